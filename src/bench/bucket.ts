/**
 * Which breakdown row a problem belongs to: its `topic` tag, else its `source` tag, else the
 * miniF2F family read off its name (`mathd_algebra_…`, `amc12a_…`, `aimeII_…`, `imo_…`, …).
 */
import type { ProblemTags } from '../core/problem.ts';

/** miniF2F name prefixes, longest first where one extends another. */
const NAME_PREFIXES: readonly [RegExp, string][] = [
  [/^mathd_algebra/u, 'mathd_algebra'],
  [/^mathd_numbertheory/u, 'mathd_numbertheory'],
  [/^amc12/u, 'amc12'],
  [/^aime/u, 'aime'],
  [/^imo/u, 'imo'],
  [/^algebra/u, 'algebra'],
  [/^numbertheory/u, 'numbertheory'],
  [/^induction/u, 'induction'],
];

/** The bucket name for a problem; `other` when neither tags nor name say. */
export function bucketOf(name: string, tags: ProblemTags | undefined): string {
  const tagged = tags?.['topic'] ?? tags?.['source'];
  if (tagged !== undefined && tagged !== '') return tagged;
  for (const [pattern, bucket] of NAME_PREFIXES) if (pattern.test(name)) return bucket;
  return 'other';
}
