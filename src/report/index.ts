/**
 * Reports: figures and tables built as plain text (SVG, Markdown), with no DOM and no browser.
 *
 * Algorithm sketch (line chart): x and y scales (d3-scale) from the data or fixed domains →
 * grid, ticks and labels → one d3-shape path and dots per series, read against the left or
 * the right y axis → one SVG string.
 *
 * Files:
 *   - line-chart.ts: renderLineChart, a line chart with one or two y axes.
 */
export { renderLineChart, type AxisSpec, type ChartPoint, type ChartSeries, type LineChartSpec } from './line-chart.ts';
