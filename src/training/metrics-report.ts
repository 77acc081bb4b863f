/**
 * The human-readable forms of an iterate run's metrics: a Markdown table (one row per round,
 * after a row for the initial proposer) and an SVG plot of the valid solve rate and the
 * cumulative number of training problems solved per round.
 */
import { renderLineChart } from '../report/line-chart.ts';
import type { IterateMetrics } from './iterate-files.ts';

export function metricsMarkdown(metrics: IterateMetrics): string {
  const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '-' : `${(100 * x).toFixed(1)}%`);
  const header = ['round', 'search proposer', 'train budget', 'train solved (cum.)', 'new', 'valid solved', 'valid rate', 'proofs', 'steps', 'train loss', 'valid top-1', 'wall s'];
  const rows: string[][] = [
    ['initial', metrics.baseline.proposer, '-', '-', '-', `${metrics.baseline.proved}/${metrics.baseline.total}`, pct(metrics.baseline.rate), '-', '-', '-', '-', metrics.baseline.seconds.toFixed(1)],
    ...metrics.rounds.map((r) => [
      String(r.round),
      r.proposer,
      `${r.train_budget.expansions} exp, k ${r.train_budget.k}`,
      `${r.solved_cumulative}/${r.train_problems}`,
      String(r.solved_new),
      `${r.valid.proved}/${r.valid.total}`,
      pct(r.valid.rate),
      String(r.proofs),
      String(r.steps),
      r.training ? r.training.train_loss.toFixed(3) : '-',
      pct(r.training?.valid_top1),
      r.seconds.toFixed(1),
    ]),
  ];
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const settings = Object.entries(metrics.settings)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(', ');
  return [
    '# Expert iteration',
    '',
    `Valid split evaluated at a fixed budget every round; "valid rate" of round R is the model trained on rounds 0..R. Settings: ${settings}.`,
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
  ].join('\n');
}

export function metricsSvg(metrics: IterateMetrics): string {
  return renderLineChart({
    title: 'Expert iteration',
    xLabel: 'round',
    integerX: true,
    left: { label: 'valid solve rate', domain: [0, 1], format: (v) => `${Math.round(v * 100)}%` },
    right: { label: 'training problems solved (cumulative)' },
    series: [
      { name: 'valid solve rate', axis: 'left', color: '#1f77b4', points: metrics.rounds.map((r) => ({ x: r.round, y: r.valid.rate })) },
      { name: 'train solved, cumulative', axis: 'right', color: '#d62728', points: metrics.rounds.map((r) => ({ x: r.round, y: r.solved_cumulative })) },
    ],
  });
}
