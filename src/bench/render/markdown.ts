/** `report.md` and `comparison.md`: the same content as the HTML pages, as Markdown tables. */
import type { Comparison } from '../compare.ts';
import type { Counts, Report } from '../report.ts';
import { escapeMarkdownCell as cell } from './escape.ts';
import { manifestLine, orDash, percent, seconds, signedPercent } from './format.ts';

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
        ['problem set', `${cell(report.config.problemPath)}: ${env.problemCount} problems, sha256 ${env.problemSetSha256}`],
        ['node / platform', `${cell(env.node)} / ${cell(env.platform)}`],
      ],
    ),
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
