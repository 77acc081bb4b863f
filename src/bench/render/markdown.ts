/**
 * `report.md` and `comparison.md`: the HTML pages' tables, as Markdown. Markdown has no charts:
 * report.md reads its curves at a few levels instead (and lists the proof-length histogram);
 * comparison.md has the tables only, its charts are in comparison.html.
 */
import type { Comparison } from '../compare.ts';
import type { Counts, Report } from '../report.ts';
import { escapeMarkdownCell as cell } from './escape.ts';
import { describeProposerModel, manifestLine, orDash, percent, seconds, signedPercent } from './format.ts';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function passCells(c: Counts, ks: readonly number[]): string[] {
  return ks.map((k) => percent(c.passAt.find((p) => p.k === k)?.value ?? 0));
}

export function renderReportMarkdown(report: Report): string {
  const { summary: s, budget, environment: env } = report;
  const ks = s.passAt.map((p) => p.k);
  const header = ['bucket', 'problems', 'proved', 'certified', 'smt', 'kernel', 'unsupported', 'errors', ...ks.map((k) => `pass@${k}`)];
  const countRow = (name: string, c: Counts): string[] => [cell(name), String(c.problems), String(c.proved), String(c.certified), String(c.smt), String(c.kernel), String(c.unsupported), String(c.errors), ...passCells(c, ks)];
  const lean = env.lean === null ? 'not used' : `toolchain ${env.lean.toolchain ?? '?'}, Mathlib ${env.lean.mathlib ?? '?'}, REPL ${env.lean.repl ?? '?'}`;
  return [
    `# Benchmark report: ${cell(report.label)}`,
    '',
    `Budget (attempts × tactics per expansion × expansions): **${cell(budget.notation)}**; ${budget.timeLimitSeconds} s per attempt${budget.tacticTimeoutSeconds === null ? '' : `, ${budget.tacticTimeoutSeconds} s per tactic`}.`,
    '',
    table(header, [...report.buckets.map((b) => countRow(b.name, b)), countRow('**all**', s)]),
    '',
    `Proved ${s.proved}/${s.problems}: ${s.certified} certified, ${s.smt} smt-trusted, ${s.kernel} kernel-checked${s.pending > 0 ? `; ${s.pending} not attempted yet` : ''}.`,
    '',
    table(
      ['measure', 'value'],
      [
        ['attempts recorded', String(s.attemptsRecorded)],
        ['wall time', seconds(s.wallSeconds)],
        ['CPU time', seconds(s.cpuSeconds)],
        ['expansions (all attempts)', String(s.expansions)],
        ['expansions per solved problem', orDash(s.expansionsPerSolved, (v) => v.toFixed(1))],
        ['median expansions of a successful attempt', orDash(s.medianExpansionsToProof, (v) => v.toFixed(1))],
      ],
    ),
    '',
    '## Environment',
    '',
    table(
      ['item', 'value'],
      [
        ['proofseek', `${cell(env.proofseekVersion)} (commit ${cell(env.gitCommit ?? 'unknown')})`],
        ['backend', `${cell(env.backend.name)} (${cell(env.backend.version)})`],
        ['Lean', cell(lean)],
        ['z3', cell(env.z3Version ?? 'unknown')],
        ['proposer', cell(report.config.baseline === null ? env.proposer : `none (baseline ${report.config.baseline})`)],
        ['model manifest', cell(manifestLine(env.modelManifest))],
        ...(env.proposerModel === undefined ? [] : [['proposer model', cell(describeProposerModel(env.proposerModel))]]),
        ['problem set', `${cell(report.config.problemPath)}: ${env.problemCount} problems, sha256 ${env.problemSetSha256}`],
        ['node / platform', `${cell(env.node)} / ${cell(env.platform)}`],
      ],
    ),
    '',
    '## Cumulative solved',
    '',
    cumulativeTable(report),
    '',
    '## Proof lengths',
    '',
    report.proofLengths.length === 0 ? 'No tactic proofs.' : table(['tactics', 'problems'], report.proofLengths.map((l) => [String(l.length), String(l.count)])),
    '',
    '## Problems',
    '',
    table(
      ['problem', 'bucket', 'status', 'verifier', 'tier', 'attempts (solved)', 'seconds', 'expansions', 'proof / reason'],
      report.problems.map((p) => [
        cell(p.name),
        cell(p.bucket),
        p.status,
        p.verifier ?? '–',
        p.tier ?? '–',
        `${p.attempts} (${p.solvedAttempts})`,
        p.seconds.toFixed(2),
        String(p.expansions),
        p.proof !== null ? `<code>${cell(p.proof)}</code>` : cell([p.stop, p.message].filter((x) => x !== null).join(': ')),
      ]),
    ),
    '',
  ].join('\n');
}

/**
 * The HTML page's two curves read at a few levels: the per-problem budget (seconds, expansions)
 * within which a quarter, half, three quarters, 90% and all of the solved problems were solved.
 * Markdown has no charts; report.json has every point.
 */
function cumulativeTable(report: Report): string {
  const { byTime, byExpansions } = report.curves;
  const solved = byTime.at(-1)?.solved ?? 0;
  if (solved === 0) return 'No problem solved.';
  const targets = [...new Set([0.25, 0.5, 0.75, 0.9, 1].map((f) => Math.max(1, Math.ceil(f * solved))))];
  const within = (curve: typeof byTime, target: number): number | null => curve.find((p) => p.solved >= target)?.x ?? null;
  // A baseline run makes no expansions: its expansion column would be all zeros.
  const searched = report.config.baseline === null;
  return table(
    ['solved', 'within seconds per problem', 'within expansions per problem'],
    targets.map((t) => [`${t} (${percent(t / report.summary.problems)})`, orDash(within(byTime, t), (x) => x.toFixed(2)), searched ? orDash(within(byExpansions, t), String) : '–']),
  );
}

export function renderComparisonMarkdown(comparison: Comparison): string {
  const runs = table(
    ['run', 'proposer', 'backend', 'budget', 'proved', 'certified', 'smt', 'kernel', 'wall'],
    comparison.runs.map((r) => [cell(r.label), cell(r.proposer), cell(r.backend), cell(r.budget), `${r.proved}/${r.problems}`, String(r.certified), String(r.smt), String(r.kernel), seconds(r.wallSeconds)]),
  );
  const pairs = comparison.pairs.flatMap((p) => [
    `## ${cell(p.a)} vs ${cell(p.b)}`,
    '',
    `On ${p.common} common problems: solved by both ${p.both.length}, only by ${cell(p.a)} ${p.onlyA.length}, only by ${cell(p.b)} ${p.onlyB.length}, by neither ${p.neither}.`,
    '',
    table(
      ['bucket', 'problems', `pass@1 ${cell(p.a)}`, `pass@1 ${cell(p.b)}`, 'Δ pass@1', `pass@${p.deltas[0]?.passAtK.k ?? 1} ${cell(p.a)}`, `pass@${p.deltas[0]?.passAtK.k ?? 1} ${cell(p.b)}`, `Δ pass@${p.deltas[0]?.passAtK.k ?? 1}`],
      p.deltas.map((d) => [cell(d.bucket), String(d.problems), percent(d.passAt1.a), percent(d.passAt1.b), signedPercent(d.passAt1.delta), percent(d.passAtK.a), percent(d.passAtK.b), signedPercent(d.passAtK.delta)]),
    ),
    '',
    `Only ${cell(p.a)}: ${p.onlyA.length === 0 ? 'none' : p.onlyA.map(cell).join(', ')}`,
    '',
    `Only ${cell(p.b)}: ${p.onlyB.length === 0 ? 'none' : p.onlyB.map(cell).join(', ')}`,
    '',
  ]);
  return ['# Comparison of benchmark runs', '', ...comparison.warnings.map((w) => `> warning: ${cell(w)}\n`), runs, '', ...pairs].join('\n');
}
