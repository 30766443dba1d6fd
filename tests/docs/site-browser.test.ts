/*
 * The API site (docs-out/, written by `npm run docs:check`, which `npm test` runs before the unit
 * tests) in headless Chromium: a few pages are copied with a small script that measures the laid-out
 * page (titles, code blocks, page width) and writes the result into the DOM, which Chromium dumps.
 * Without Chromium the block is skipped on a workstation and fails on CI, as the report's browser test.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, onCi } from '../chromium.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const site = join(root, 'docs-out');

interface PageCheck {
  /** The width of the viewport and of the laid-out page: a wider page scrolls sideways. */
  readonly viewport: number;
  readonly pageWidth: number;
  /** The text of every h1 on the page. */
  readonly titles: readonly string[];
  /** The code blocks that reach past the viewport, or overflow without scrolling or wrapping. */
  readonly spills: readonly string[];
  /** How many code blocks the page has, and how many of them scroll sideways inside themselves. */
  readonly codeBlocks: number;
  readonly scrollingCodeBlocks: number;
}

const measure = `<script>
// TypeDoc hides the body until its script has run (no flash of unstyled content): show it first.
document.body.style.removeProperty('display');
(function () {
  var viewport = document.documentElement.clientWidth;
  var spills = [];
  var scrolling = 0;
  var blocks = document.querySelectorAll('pre');
  blocks.forEach(function (pre) {
    var style = getComputedStyle(pre);
    var box = pre.getBoundingClientRect();
    var scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
    var wraps = style.whiteSpace !== 'pre' && style.whiteSpace !== 'nowrap';
    if (scrolls && pre.scrollWidth > pre.clientWidth) scrolling += 1;
    if (box.right > viewport + 1 || (pre.scrollWidth > pre.clientWidth + 1 && !scrolls && !wraps)) {
      spills.push(pre.textContent.slice(0, 60));
    }
  });
  var titles = Array.prototype.map.call(document.querySelectorAll('h1'), function (h1) {
    return h1.getClientRects().length > 0 ? h1.textContent.trim() : '(hidden) ' + h1.textContent.trim();
  });
  document.body.setAttribute('data-check', JSON.stringify({
    viewport: viewport, pageWidth: document.documentElement.scrollWidth, titles: titles,
    spills: spills, codeBlocks: blocks.length, scrollingCodeBlocks: scrolling
  }));
})();
</script>`;

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

if (chromium === undefined && !onCi) {
  console.log('note: chromium not found: the headless-browser test of the API site does not run here');
}

describe.skipIf(chromium === undefined && !onCi)('the API site in headless Chromium', () => {
  let folder = '';
  let profile = 0;

  async function check(page: string, width: number): Promise<PageCheck> {
    if (chromium === undefined) throw new Error('chromium not found: apt-get install chromium (.ci/run installs it)');
    const copy = join(folder, page.replace(/\.html$/, `.check-${String(width)}.html`));
    writeFileSync(copy, readFileSync(join(folder, page), 'utf8').replace('</body>', `${measure}</body>`));
    profile += 1;
    const { stdout } = await run(
      chromium,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
        `--user-data-dir=${join(folder, `profile-${String(profile)}`)}`, `--window-size=${String(width)},900`, '--hide-scrollbars', '--dump-dom', pathToFileURL(copy).href],
      { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const data = /data-check="([^"]*)"/.exec(stdout);
    if (data === null) throw new Error(`the check script did not run on ${page}`);
    return JSON.parse(decode(data[1] ?? '')) as PageCheck;
  }

  beforeAll(() => {
    if (!existsSync(join(site, 'index.html'))) throw new Error('docs-out/ is missing: run `npm run docs:check` before this test (`npm test` does)');
    folder = mkdtempSync(join(tmpdir(), 'planning-indicators-site-'));
    cpSync(site, folder, { recursive: true });
  });

  afterAll(() => {
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it.concurrent.each([1280, 700])('shows the title of the index page once, and its code blocks scroll inside a %i px page', async (width) => {
    const page = await check('index.html', width);
    expect(page.titles.filter((title) => !title.startsWith('(hidden)'))).toEqual(['planning-indicators']);
    expect(page.spills).toEqual([]);
    expect(page.pageWidth).toBeLessThanOrEqual(page.viewport);
    expect(page.codeBlocks).toBeGreaterThan(3);
    // At 700 px the README's command lines are wider than the text column: they scroll, not spill.
    if (width === 700) expect(page.scrollingCodeBlocks).toBeGreaterThan(0);
  }, 120_000);

  it.concurrent.each(['documents/Reports.html', 'documents/Command_line.html', 'functions/growth.growthRate.html'])('keeps the code blocks of %s inside a 700 px page', async (page) => {
    const result = await check(page, 700);
    expect(result.spills).toEqual([]);
    expect(result.pageWidth).toBeLessThanOrEqual(result.viewport);
    expect(result.titles.filter((title) => !title.startsWith('(hidden)'))).toHaveLength(1);
  }, 120_000);
});

describe('the API reference is grouped by domain, each with its guide, functions first', () => {
  const domains: Readonly<Record<string, string>> = {
    measure: 'Units_of_measure',
    period: 'Periods',
    admin: 'Administrative_units',
    growth: 'Growth_and_progress',
    aggregate: 'Aggregation_and_roll-up',
    attainment: 'Attainment',
    ranking: 'Ranking,_composite_indices_and_emulation_scoring',
    indicator: 'Indicators,_targets_and_observations',
    format: 'Formatting_and_parsing',
    exchange: 'Data_exchange',
    report: 'Reports',
  };
  it.each(Object.entries(domains))('the %s module links its guide and lists its functions first', (domain, guide) => {
    if (!existsSync(join(site, 'index.html'))) throw new Error('docs-out/ is missing: run `npm run docs:check` before this test (`npm test` does)');
    const html = readFileSync(join(site, 'modules', `${domain}.html`), 'utf8');
    expect(html.includes(`href="../documents/${guide}.html"`), `the ${domain} page links docs-out/documents/${guide}.html`).toBe(true);
    const sections = [...html.matchAll(/<h2 class="tsd-anchor-link" id="([\w-]+)">/g)].map((match) => match[1]);
    expect(sections[0]).toBe('functions');
  });
});
