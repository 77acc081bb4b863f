/**
 * A self-contained SVG line chart (no DOM, no fonts to load): a shared x axis and one or two y
 * axes, so two quantities with different units — a rate and a count — can share one plot.
 * Serves both iterate's metrics plot and the bench reports' solved-vs-budget step curves.
 * Scales come from d3-scale and paths from d3-shape; everything else is plain string building,
 * with every piece of text escaped.
 */
import { scaleLinear } from 'd3-scale';
import { curveLinear, curveStepAfter, line } from 'd3-shape';

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

export interface ChartSeries {
  readonly name: string;
  readonly points: readonly ChartPoint[];
  /** Which y axis the series is read against. */
  readonly axis: 'left' | 'right';
  /** A CSS colour. */
  readonly color: string;
}

export interface AxisSpec {
  readonly label: string;
  /** Fixed domain; by default from 0 to the largest value (or 1). */
  readonly domain?: readonly [number, number];
  /** Formats tick values (default: the number as is). */
  readonly format?: (value: number) => string;
}

export interface LineChartSpec {
  readonly title: string;
  readonly xLabel: string;
  readonly left: AxisSpec;
  readonly right?: AxisSpec;
  readonly series: readonly ChartSeries[];
  readonly width?: number;
  readonly height?: number;
  /** Integer ticks on x (rounds, iterations). */
  readonly integerX?: boolean;
  /** `step`: each value holds until the next point (cumulative counts); default `linear`. */
  readonly curve?: 'linear' | 'step';
  /** A dot per point (default true). */
  readonly dots?: boolean;
  /** `from-zero`: x runs from 0 to a rounded-up maximum, instead of the data's own range. */
  readonly xDomain?: 'data' | 'from-zero';
  /** Extend each series flat to the right edge, so a finished run reads as a plateau. */
  readonly plateau?: boolean;
  /** A class on the `<svg>` element (for a page's CSS), which then also gets `role="img"` and the title as its label. */
  readonly className?: string;
}

const MARGIN = { top: 40, right: 70, bottom: 50, left: 70 } as const;

/** The chart as an SVG document. */
export function renderLineChart(spec: LineChartSpec): string {
  const width = spec.width ?? 640;
  const height = spec.height ?? 360;
  const inner = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const all = spec.series.flatMap((s) => s.points);
  const xs = all.map((p) => p.x);
  const fromZero = spec.xDomain === 'from-zero';
  const xMin = fromZero ? 0 : xs.length > 0 ? Math.min(...xs) : 0;
  const xMax = fromZero ? Math.max(1e-9, ...xs) : xs.length > 0 ? Math.max(...xs) : 1;
  const x = fromZero
    ? scaleLinear().domain([0, xMax]).nice().range([inner.left, inner.right])
    : scaleLinear().domain([xMin, xMax === xMin ? xMin + 1 : xMax]).range([inner.left, inner.right]);
  const yScale = (axis: 'left' | 'right', spec_: AxisSpec | undefined) => {
    const values = spec.series.filter((s) => s.axis === axis).flatMap((s) => s.points.map((p) => p.y));
    const domain = spec_?.domain ?? [0, Math.max(1, ...values)];
    return scaleLinear().domain([domain[0], domain[1]]).nice().range([inner.bottom, inner.top]);
  };
  const yLeft = yScale('left', spec.left);
  const yRight = yScale('right', spec.right);
  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="white"/>`);
  parts.push(text(width / 2, 22, spec.title, { anchor: 'middle', size: 15, weight: 'bold', className: 'chart-title' }));
  // Axes and grid.
  const xTicks = spec.integerX ? integerTicks(xMin, xMax) : x.ticks(6);
  const curve = spec.curve === 'step' ? curveStepAfter : curveLinear;
  const xEnd = x.domain()[1]!;
  for (const t of xTicks) {
    parts.push(`<line x1="${n(x(t))}" y1="${inner.bottom}" x2="${n(x(t))}" y2="${inner.bottom + 5}" stroke="#333"/>`);
    parts.push(text(x(t), inner.bottom + 18, String(t), { anchor: 'middle' }));
  }
  parts.push(`<line x1="${inner.left}" y1="${inner.bottom}" x2="${inner.right}" y2="${inner.bottom}" stroke="#333"/>`);
  parts.push(text((inner.left + inner.right) / 2, height - 12, spec.xLabel, { anchor: 'middle' }));
  const leftFormat = spec.left.format ?? String;
  for (const t of yLeft.ticks(5)) {
    parts.push(`<line x1="${inner.left}" y1="${n(yLeft(t))}" x2="${inner.right}" y2="${n(yLeft(t))}" stroke="#e4e4e4"/>`);
    parts.push(text(inner.left - 8, yLeft(t) + 4, leftFormat(t), { anchor: 'end' }));
  }
  parts.push(`<line x1="${inner.left}" y1="${inner.top}" x2="${inner.left}" y2="${inner.bottom}" stroke="#333"/>`);
  parts.push(text(18, (inner.top + inner.bottom) / 2, spec.left.label, { anchor: 'middle', rotate: true }));
  if (spec.right) {
    const rightFormat = spec.right.format ?? String;
    for (const t of yRight.ticks(5)) parts.push(text(inner.right + 8, yRight(t) + 4, rightFormat(t), { anchor: 'start' }));
    parts.push(`<line x1="${inner.right}" y1="${inner.top}" x2="${inner.right}" y2="${inner.bottom}" stroke="#333"/>`);
    parts.push(text(width - 14, (inner.top + inner.bottom) / 2, spec.right.label, { anchor: 'middle', rotate: true }));
  }
  // Series: a path and a dot per point, and a legend entry.
  for (const [i, series] of spec.series.entries()) {
    const y = series.axis === 'left' ? yLeft : yRight;
    const last = series.points.at(-1) ?? { x: 0, y: 0 };
    const points = spec.plateau ? [...series.points, { x: xEnd, y: last.y }] : series.points;
    const path = line<ChartPoint>()
      .x((p) => x(p.x))
      .y((p) => y(p.y))
      .curve(curve)(points as ChartPoint[]);
    if (path) parts.push(`<path class="series" d="${path}" fill="none" stroke="${escape(series.color)}" stroke-width="2"><title>${escape(series.name)}</title></path>`);
    if (spec.dots ?? true) for (const p of series.points) parts.push(`<circle cx="${n(x(p.x))}" cy="${n(y(p.y))}" r="3.5" fill="${escape(series.color)}"/>`);
    const lx = inner.left + 10 + i * 220;
    parts.push(`<line x1="${lx}" y1="${inner.top - 8}" x2="${lx + 20}" y2="${inner.top - 8}" stroke="${escape(series.color)}" stroke-width="2"/>`);
    parts.push(text(lx + 26, inner.top - 4, spec.right ? `${series.name} (${series.axis} axis)` : series.name, { anchor: 'start' }));
  }
  const page = spec.className === undefined ? '' : ` class="${escape(spec.className)}" role="img" aria-label="${escape(spec.title)}"`;
  return `<svg xmlns="http://www.w3.org/2000/svg"${page} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">\n${parts.join('\n')}\n</svg>\n`;
}

function integerTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  const step = Math.max(1, Math.ceil((max - min) / 10));
  for (let t = Math.ceil(min); t <= max; t += step) ticks.push(t);
  return ticks;
}

function text(x: number, y: number, content: string, style: { anchor: 'start' | 'middle' | 'end'; size?: number; weight?: string; rotate?: boolean; className?: string }): string {
  const attrs = [`x="${n(x)}"`, `y="${n(y)}"`, `text-anchor="${style.anchor}"`];
  if (style.className) attrs.unshift(`class="${style.className}"`);
  if (style.size) attrs.push(`font-size="${style.size}"`);
  if (style.weight) attrs.push(`font-weight="${style.weight}"`);
  if (style.rotate) attrs.push(`transform="rotate(-90 ${n(x)} ${n(y)})"`);
  return `<text ${attrs.join(' ')}>${escape(content)}</text>`;
}

function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function escape(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
