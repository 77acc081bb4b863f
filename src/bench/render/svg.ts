/**
 * Inline SVG charts for the HTML report, drawn with d3-scale and d3-shape into plain strings
 * (no DOM, no scripts): a step line chart (cumulative solved vs a budget; the shared
 * `report/line-chart.ts` draws it) and a bar chart (distribution of proof lengths). Every label
 * is escaped.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { renderLineChart } from '../../report/line-chart.ts';
import { escapeHtml } from './escape.ts';

const WIDTH = 520;
const HEIGHT = 260;
const MARGIN = { top: 28, right: 16, bottom: 44, left: 48 };

export interface Series {
  readonly label: string;
  readonly points: readonly { readonly x: number; readonly solved: number }[];
}

const COLOURS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#57606a'];

/**
 * A step chart of one or more series; `total` fixes the y axis top (the problem count). Drawn by
 * the shared line chart, each curve extended flat to the right edge.
 */
export function lineChart(options: { title: string; xLabel: string; yLabel: string; series: readonly Series[]; total: number }): string {
  const { title, xLabel, yLabel, series, total } = options;
  return renderLineChart({
    title,
    xLabel,
    left: { label: yLabel, domain: [0, Math.max(1, total)] },
    series: series.map((s, i) => ({ name: s.label, axis: 'left', color: COLOURS[i % COLOURS.length]!, points: s.points.map((p) => ({ x: p.x, y: p.solved })) })),
    width: WIDTH,
    height: HEIGHT,
    curve: 'step',
    dots: false,
    xDomain: 'from-zero',
    plateau: true,
    className: 'chart',
  });
}

/** Vertical bars, one per category. */
export function barChart(options: { title: string; xLabel: string; yLabel: string; bars: readonly { label: string; value: number }[] }): string {
  const { title, xLabel, yLabel, bars } = options;
  // At most 48 px per bar, so that one or two bars do not fill the whole chart.
  const right = Math.min(WIDTH - MARGIN.right, MARGIN.left + Math.max(1, bars.length) * 48);
  const x = scaleBand<string>().domain(bars.map((b) => b.label)).range([MARGIN.left, right]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(1, ...bars.map((b) => b.value))]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const rects = bars.map((b) => {
    const top = y(b.value);
    return `<rect class="bar" x="${fmt(x(b.label) ?? 0)}" y="${fmt(top)}" width="${fmt(x.bandwidth())}" height="${fmt(y(0) - top)}" fill="#1f6feb"><title>${escapeHtml(`${b.label}: ${b.value}`)}</title></rect>`;
  });
  const xTicks = bars.map((b) => `<text x="${fmt((x(b.label) ?? 0) + x.bandwidth() / 2)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${escapeHtml(b.label)}</text>`).join('');
  const yAxis = y.ticks(5).map((t) => `<g><line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${fmt(y(t))}" y2="${fmt(y(t))}" stroke="#d0d7de"/><text x="${MARGIN.left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end">${t}</text></g>`).join('');
  const baseline = `<path class="axis" d="M${MARGIN.left},${fmt(y(0))}H${WIDTH - MARGIN.right}" stroke="#57606a"/>`;
  return svg(title, [yAxis, baseline, ...rects, xTicks, labels(xLabel, yLabel)].join(''));
}

function labels(xLabel: string, yLabel: string): string {
  return `<text x="${(MARGIN.left + WIDTH - MARGIN.right) / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escapeHtml(xLabel)}</text>` +
    `<text transform="translate(14,${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(yLabel)}</text>`;
}

function svg(title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">` +
    `<text class="chart-title" x="${MARGIN.left}" y="18">${escapeHtml(title)}</text>${body}</svg>`;
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 10) / 10) : '0';
}
