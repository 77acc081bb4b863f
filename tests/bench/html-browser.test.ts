/**
 * The HTML report in a real browser: Debian's Chromium driven headless by playwright-core opens
 * report.html (from a small real bench run) and comparison.html, and the charts, the summary
 * and the per-problem table must render, with no console errors and no request beyond the page
 * itself. Skips, saying so, only when no chromium binary exists (.ci/run installs it).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../src/bench/compare.ts';
import { buildReport, type Report } from '../../src/bench/report.ts';
import { writeComparison, writeReport } from '../../src/bench/write.ts';
import { shutdownSmt } from '../../src/symbolic/smt/index.ts';
import { configFor, realRun, someValidProblems } from './real-run.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (CHROMIUM === undefined) console.warn('SKIP tests/bench/html-browser.test.ts: no chromium binary (/usr/bin/chromium); .ci/run installs it');

describe.skipIf(CHROMIUM === undefined)('report.html in headless Chromium', () => {
  let dir: string;
  let browser: Browser;
  let report: Report;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'proofseek-html-'));
    const problems = await someValidProblems(2, ['algebra.lean', 'sums.lean', 'number_theory.lean']);
    const search = await realRun(join(dir, 'search'), problems, configFor({ label: 'search', attempts: 2, expansions: 4, timeLimitSeconds: 4 }));
    const z3 = await realRun(join(dir, 'z3'), problems, configFor({ label: 'z3', baseline: 'z3', proposer: 'none', timeLimitSeconds: 4 }));
    report = buildReport(search.bench, search.attempts);
    const baseline = buildReport(z3.bench, z3.attempts);
    await writeReport(join(dir, 'search'), report);
    await writeComparison(join(dir, 'cmp'), compareReports([report, baseline]), [report, baseline]);
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    browser = await chromium.launch({ executablePath: CHROMIUM!, headless: true, args: root ? ['--no-sandbox'] : [] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
    await shutdownSmt();
  });

  /** Opens `file`, recording console errors, page errors and every request made. */
  async function open(file: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors, requests: requests.filter((r) => r !== url) };
  }

  it('renders the summary, the three charts and the per-problem table', async () => {
    const { page, errors, requests } = await open(join(dir, 'search', 'report.html'));
    expect(await page.locator('#summary .headline div').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#summary').innerText()).toContain(`${report.summary.proved}/${report.summary.problems}`);
    expect(await page.locator('#charts svg').count()).toBe(3);
    expect(await page.locator('#charts svg path.series').count()).toBe(2);
    for (const d of await page.locator('#charts svg path.series').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))) expect(d).toMatch(/^M[\d.]+,[\d.]+(?:[HVL][\d.,]+)+/u);
    expect(await page.locator('#charts svg rect.bar').count()).toBe(report.proofLengths.length);
    // Charts are laid out with a real size (not collapsed to nothing).
    const box = await page.locator('#charts svg').first().boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);
    expect(await page.locator('#problems tbody tr').count()).toBe(report.problems.length);
    const proved = report.problems.find((p) => p.proof !== null)!;
    const row = page.locator('#problems tbody tr', { hasText: proved.name });
    await row.locator('summary').click();
    expect(await row.locator('pre').isVisible()).toBe(true);
    expect(await row.locator('pre').innerText()).toBe(proved.proof);
    expect(await page.locator('#environment').innerText()).toContain(report.environment.problemSetSha256);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('renders the comparison page with both runs in each chart', async () => {
    const { page, errors, requests } = await open(join(dir, 'cmp', 'comparison.html'));
    expect(await page.locator('#runs tbody tr').count()).toBe(2);
    expect(await page.locator('#charts svg path.series').count()).toBe(3); // the baseline has no expansions curve
    expect(await page.locator('table.deltas').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
