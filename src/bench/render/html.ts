/**
 * `report.html` and `comparison.html`: self-contained pages (inline CSS, inline SVG, no
 * scripts, no external fonts or images), so they open offline and from any mail attachment.
 * Every piece of text from records (names, proofs, messages) is escaped.
 */
import type { Comparison } from '../compare.ts';
import type { Counts, Report } from '../report.ts';
import { escapeHtml as esc } from './escape.ts';
import { describeProposerModel, manifestLine, orDash, percent, seconds, signedPercent } from './format.ts';
import { barChart, lineChart } from './svg.ts';

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1100px;padding:0 16px;color:#1f2328}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
.headline{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}.headline div{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px}
.headline b{display:block;font-size:20px}.charts{display:flex;flex-wrap:wrap;gap:16px}
.chart{border:1px solid #d0d7de;border-radius:6px;background:#fff}.chart text{font-size:11px;fill:#57606a}.chart .chart-title{font-size:13px;fill:#1f2328;font-weight:600}
.proved{color:#1a7f37;font-weight:600}.failed,.unsupported{color:#57606a}.error{color:#d1242f;font-weight:600}.pending{color:#9a6700}
pre{margin:4px 0;white-space:pre-wrap;background:#f6f8fa;padding:6px;border-radius:4px}summary{cursor:pointer}
.muted{color:#57606a}.warning{background:#fff8c5;border:1px solid #d4a72c;padding:6px 10px;border-radius:6px}
`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>\n`;
}

function table(header: readonly string[], rows: readonly string[], attrs = ''): string {
  return `<table${attrs}><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const num = (v: string | number): string => `<td class="num">${esc(String(v))}</td>`;
const txt = (v: string): string => `<td>${esc(v)}</td>`;

function countRow(name: string, c: Counts, ks: readonly number[], strong = false): string {
  const label = strong ? `<td><b>${esc(name)}</b></td>` : txt(name);
  return `<tr>${label}${[c.problems, c.proved, c.certified, c.smt, c.kernel, c.unsupported, c.errors].map(num).join('')}${ks.map((k) => num(percent(c.passAt.find((p) => p.k === k)?.value ?? 0))).join('')}</tr>`;
}

export function renderReportHtml(report: Report): string {
  const { summary: s, budget, environment: env } = report;
  const ks = s.passAt.map((p) => p.k);
  const passK = s.passAt.at(-1)!;
  const headline = [
    ['proved', `${s.proved}/${s.problems}`],
    ['pass@1', percent(s.passAt[0]?.value ?? 0)],
    ...(passK.k > 1 ? [[`pass@${passK.k}`, percent(passK.value)]] : []),
    ['certified / smt / kernel', `${s.certified} / ${s.smt} / ${s.kernel}`],
    ['budget', budget.notation],
    ['wall / CPU', `${seconds(s.wallSeconds)} / ${seconds(s.cpuSeconds)}`],
  ].map(([k, v]) => `<div><span class="muted">${esc(k!)}</span><b>${esc(v!)}</b></div>`).join('');

  const buckets = table(
    ['bucket', 'problems', 'proved', 'certified', 'smt', 'kernel', 'unsupported', 'errors', ...ks.map((k) => `pass@${k}`)],
    [...report.buckets.map((b) => countRow(b.name, b, ks)), countRow('all', s, ks, true)],
    ' id="buckets"',
  );

  // A baseline run has neither expansions nor tactic proofs: those two charts would be empty.
  const searched = report.config.baseline === null;
  const charts = [
    lineChart({ title: 'Solved vs time per problem', xLabel: 'seconds (attempts in order)', yLabel: 'problems solved', total: s.problems, series: [{ label: report.label, points: report.curves.byTime }] }),
    ...(searched ? [
      lineChart({ title: 'Solved vs expansions per problem', xLabel: 'expansions (attempts in order)', yLabel: 'problems solved', total: s.problems, series: [{ label: report.label, points: report.curves.byExpansions }] }),
      barChart({ title: 'Proof lengths', xLabel: 'tactics in the proof', yLabel: 'problems', bars: report.proofLengths.map((l) => ({ label: String(l.length), value: l.count })) }),
    ] : []),
  ].join('');

  const measures = table(['measure', 'value'], [
    ['attempts recorded', String(s.attemptsRecorded)],
    ['time per attempt', `${budget.timeLimitSeconds} s${budget.tacticTimeoutSeconds === null ? '' : `; ${budget.tacticTimeoutSeconds} s per tactic`}`],
    ['wall time', seconds(s.wallSeconds)],
    ['CPU time', seconds(s.cpuSeconds)],
    ['time summed over attempts', seconds(s.attemptSeconds)],
    ['expansions (all attempts)', String(s.expansions)],
    ['expansions per solved problem', orDash(s.expansionsPerSolved, (v) => v.toFixed(1))],
    ['median expansions of a successful attempt', orDash(s.medianExpansionsToProof, (v) => v.toFixed(1))],
  ].map(([k, v]) => `<tr>${txt(k!)}${num(v!)}</tr>`));

  const lean = env.lean === null ? 'not used' : `toolchain ${env.lean.toolchain ?? '?'}, Mathlib ${env.lean.mathlib ?? '?'}, REPL ${env.lean.repl ?? '?'}`;
  const environment = table(['item', 'value'], [
    ['proofseek', `${env.proofseekVersion} (commit ${env.gitCommit ?? 'unknown'})`],
    ['backend', `${env.backend.name} (${env.backend.version})`],
    ['Lean', lean],
    ['z3', env.z3Version ?? 'unknown'],
    ['proposer', report.config.baseline === null ? env.proposer : `none (baseline ${report.config.baseline})`],
    ['model manifest', manifestLine(env.modelManifest)],
    ...(env.proposerModel === undefined ? [] : [['proposer model', describeProposerModel(env.proposerModel)]]),
    ['problem set', `${report.config.problemPath}: ${env.problemCount} problems, sha256 ${env.problemSetSha256}`],
    ['node / platform', `${env.node} / ${env.platform}`],
    ['report made', report.createdAt],
  ].map(([k, v]) => `<tr>${txt(k!)}${txt(v!)}</tr>`), ' id="environment"');

  const problems = table(
    ['problem', 'bucket', 'status', 'verifier', 'tier', 'attempts (solved)', 'seconds', 'expansions', 'proof'],
    report.problems.map((p) => {
      const detail = p.proof !== null
        ? `<details><summary>${p.proofLength ?? 0} tactic${p.proofLength === 1 ? '' : 's'} (attempt ${p.proofAttempt ?? 0})</summary><pre>${esc(p.proof)}</pre></details>`
        : esc([p.stop, p.message].filter((x) => x !== null).join(': '));
      return `<tr>${txt(p.name)}${txt(p.bucket)}<td class="${p.status}">${p.status}</td>${txt(p.verifier ?? '–')}${txt(p.tier ?? '–')}${num(`${p.attempts} (${p.solvedAttempts})`)}${num(p.seconds.toFixed(2))}${num(p.expansions)}<td>${detail}</td></tr>`;
    }),
    ' id="problems"',
  );

  return page(`proofseek report: ${report.label}`, [
    `<h1>Benchmark report: ${esc(report.label)}</h1>`,
    `<p class="muted">${esc(report.config.problemPath)} · ${esc(env.backend.name)} backend · ${esc(report.config.baseline === null ? `proposer ${env.proposer}` : `baseline ${report.config.baseline}`)}</p>`,
    `<section id="summary"><div class="headline">${headline}</div>`,
    `<p>Proved ${s.proved} of ${s.problems}: <b>${s.certified}</b> certified (every step checked by the trusted core), <b>${s.smt}</b> smt-trusted (a goal closed by z3 with no certificate), <b>${s.kernel}</b> kernel-checked by Lean${s.pending > 0 ? `; ${s.pending} not attempted yet` : ''}.</p>`,
    buckets, measures, '</section>',
    `<h2>Curves</h2><div class="charts" id="charts">${charts}</div>`,
    `<p class="muted">A problem’s cost is the time${searched ? ' (or expansions)' : ''} its attempts used, in attempt order, up to its first proof.${searched ? '' : ' A baseline run has no expansions and no tactic proofs, so it has no expansion or proof-length chart.'}</p>`,
    `<h2>Environment</h2>${environment}`,
    `<h2>Problems</h2>${problems}`,
  ].join('\n'));
}

export function renderComparisonHtml(comparison: Comparison, curves: readonly { label: string; total: number; searched: boolean; byTime: Report['curves']['byTime']; byExpansions: Report['curves']['byExpansions'] }[]): string {
  const runs = table(
    ['run', 'proposer', 'backend', 'budget', 'proved', 'certified', 'smt', 'kernel', 'wall'],
    comparison.runs.map((r) => `<tr>${txt(r.label)}${txt(r.proposer)}${txt(r.backend)}${txt(r.budget)}${num(`${r.proved}/${r.problems}`)}${num(r.certified)}${num(r.smt)}${num(r.kernel)}${num(seconds(r.wallSeconds))}</tr>`),
    ' id="runs"',
  );
  const total = Math.max(1, ...curves.map((c) => c.total));
  const charts = [
    lineChart({ title: 'Solved vs time per problem', xLabel: 'seconds', yLabel: 'problems solved', total, series: curves.map((c) => ({ label: c.label, points: c.byTime })) }),
    // Baseline runs spend no expansions, so they are left out of the expansions chart.
    lineChart({ title: 'Solved vs expansions per problem (search runs)', xLabel: 'expansions', yLabel: 'problems solved', total, series: curves.filter((c) => c.searched).map((c) => ({ label: c.label, points: c.byExpansions })) }),
  ].join('');
  const names = (list: readonly string[]): string => (list.length === 0 ? 'none' : list.map(esc).join(', '));
  const pairs = comparison.pairs.map((p) => {
    const k = p.deltas[0]?.passAtK.k ?? 1;
    const deltas = table(
      ['bucket', 'problems', `pass@1 ${esc(p.a)}`, `pass@1 ${esc(p.b)}`, 'Δ pass@1', `pass@${k} ${esc(p.a)}`, `pass@${k} ${esc(p.b)}`, `Δ pass@${k}`],
      p.deltas.map((d) => `<tr>${txt(d.bucket)}${num(d.problems)}${num(percent(d.passAt1.a))}${num(percent(d.passAt1.b))}${num(signedPercent(d.passAt1.delta))}${num(percent(d.passAtK.a))}${num(percent(d.passAtK.b))}${num(signedPercent(d.passAtK.delta))}</tr>`),
      ' class="deltas"',
    );
    return `<h2>${esc(p.a)} vs ${esc(p.b)}</h2><p>On ${p.common} common problems: solved by both <b>${p.both.length}</b>, only by ${esc(p.a)} <b>${p.onlyA.length}</b>, only by ${esc(p.b)} <b>${p.onlyB.length}</b>, by neither <b>${p.neither}</b>.</p>${deltas}` +
      `<details><summary>only ${esc(p.a)} (${p.onlyA.length})</summary><p>${names(p.onlyA)}</p></details><details><summary>only ${esc(p.b)} (${p.onlyB.length})</summary><p>${names(p.onlyB)}</p></details>`;
  });
  return page('proofseek comparison', [
    '<h1>Comparison of benchmark runs</h1>',
    ...comparison.warnings.map((w) => `<p class="warning">${esc(w)}</p>`),
    `<section id="summary">${runs}</section>`,
    `<h2>Curves</h2><div class="charts" id="charts">${charts}</div>`,
    ...pairs,
  ].join('\n'));
}
