import { describe, expect, it } from 'vitest';
import { renderLineChart } from '../../src/report/line-chart.ts';

describe('renderLineChart', () => {
  const svg = renderLineChart({
    title: 'rate <&> count',
    xLabel: 'round',
    integerX: true,
    left: { label: 'rate', domain: [0, 1], format: (v) => `${Math.round(v * 100)}%` },
    right: { label: 'count' },
    series: [
      { name: 'rate', axis: 'left', color: '#1f77b4', points: [{ x: 0, y: 0.5 }, { x: 1, y: 0.75 }, { x: 2, y: 1 }] },
      { name: 'count', axis: 'right', color: '#d62728', points: [{ x: 0, y: 10 }, { x: 1, y: 40 }, { x: 2, y: 20 }] },
    ],
  });

  it('is one SVG document with escaped text, a path and a dot per point for each series', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/u);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('rate &lt;&amp;&gt; count');
    expect(svg).not.toContain('<&>');
    expect(svg.match(/<path /gu)).toHaveLength(2);
    expect(svg.match(/<circle /gu)).toHaveLength(6);
    for (const tick of ['0%', '40%', '100%']) expect(svg).toContain(`>${tick}</text>`);
  });

  it('places points by their own axis: the left series reaches the top at 1, the right at its maximum', () => {
    const cy = (color: string): number[] => [...svg.matchAll(new RegExp(`<circle cx="[\\d.]+" cy="([\\d.]+)" r="3.5" fill="${color}"`, 'gu'))].map((m) => Number(m[1]));
    const rate = cy('#1f77b4');
    const count = cy('#d62728');
    expect(rate[2]).toBeLessThan(rate[1]!); // higher value, smaller y
    expect(Math.min(...rate)).toBe(40); // top margin: y = 1 on [0, 1]
    expect(Math.min(...count)).toBe(count[1]); // 40 is the right series' maximum
    expect(count[1]).toBe(40);
  });
});
