/*
 * The charts over time and the review page in a real browser (issue 16, item 8). Headless Chromium
 * (Debian's `chromium`, which `.ci/run` installs) opens:
 *
 * - a gallery of every chart of the reports, with a script that measures each text with the fonts
 *   Chromium really uses and reports any that falls outside its SVG (a cut label), any ellipsis, and
 *   any point label that crosses a reference line;
 * - each new chart as its own page, for its DOM and a screenshot (saved in docs/images/ for the guide
 *   when UPDATE_SCREENSHOT is set);
 * - the whole Như Xuân review, dumped, printed to PDF, and the PDF's pages read back with Poppler's
 *   tools (pdfinfo, pdftotext, pdftoppm from Debian's poppler-utils, which `.ci/run` installs with
 *   Chromium): page count, the text of the first page and of every section's first page, nothing
 *   printed in the right margin, and the first page rendered to PNG.
 *
 * Without Chromium or Poppler the block is skipped on a workstation and fails on CI.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Chart,
  type Report,
  type SeriesChart,
  areaTrendChart,
  assessPlan,
  attainmentChart,
  buildReviewReport,
  economicSectors,
  growthChart,
  indexChart,
  indicatorTrendChart,
  parseBudgetReview,
  planActualChart,
  rankingCharts,
  renderChartSvg,
  renderHtml,
  structureChart,
  toDecimal,
} from '../../src/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';
import {
  nhuXuanBudget2024,
  nhuXuanCommuneCatalog,
  nhuXuanCommuneDataset2024,
  nhuXuanCommunePlans2024,
  nhuXuanDataset2024,
  nhuXuanFiveYearDataset,
  nhuXuanFiveYearPlan,
  nhuXuanPlan2024,
  nhuXuanReviewCatalog,
  nhuXuanReviewDataset,
} from '../../src/datasets/nhu-xuan/index.js';
import { chromium, onCi, poppler } from '../chromium.js';
import { awards, clusterNames, communeNames, emulationTable, growthInputs } from './fixtures.js';
import { type Png, countColour, readPng } from './png.js';

const run = promisify(execFile);
const images = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'images');
const update = (process.env.UPDATE_SCREENSHOT ?? '') !== '';

function flags(profile: string): string[] {
  return ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`];
}

const lang = 'vi' as const;
/**
 * The charts the gallery measures, built when a test first asks for the browser's pages and not when
 * the file loads, so that mutation runs count the report code they run as covered by these tests.
 */
function chartsToMeasure(): { readonly newCharts: readonly (readonly [string, SeriesChart])[]; readonly allCharts: readonly (Chart | SeriesChart)[] } {
  const trend = indicatorTrendChart(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, 'P2', { catalog: vnDistrictIndicatorCatalog, lang });
  const planActual = planActualChart(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, 'P4', { catalog: vnDistrictIndicatorCatalog, lang });
  const index = indexChart(nhuXuanFiveYearDataset, ['PRODUCTION_VALUE', 'BUDGET_REVENUE', 'INVESTMENT', 'INCOME_PER_CAPITA'], { catalog: vnDistrictIndicatorCatalog, lang, area: '402', from: 2020, to: 2024 });
  const structure = structureChart(nhuXuanReviewDataset, { catalog: nhuXuanReviewCatalog, lang, indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', dimension: 'sector', parts: economicSectors, from: 2020, to: 2024 });
  const communes = areaTrendChart(nhuXuanCommuneDataset2024, 'POVERTY_RATE', {
    catalog: nhuXuanCommuneCatalog,
    lang,
    from: 2024,
    to: 2024,
    areas: [['16174', 'Yên Cát'], ['16186', 'Hóa Quỳ'], ['16201', 'Tân Bình'], ['16204', 'Bình Lương']].map(([code = '', name = '']) => ({ code, name })),
  });
  const attainment = attainmentChart(assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }), { catalog: vnDistrictIndicatorCatalog, lang });
  // Labels longer than any real one: they must wrap, never be cut.
  const long = 'Tỷ lệ hộ gia đình ở khu vực nông thôn được sử dụng nước sạch đáp ứng quy chuẩn kỹ thuật quốc gia theo Quyết định của Thủ tướng Chính phủ';
  const longLabels: Chart = { ...attainment, id: 'long-labels', bars: attainment.bars.map((bar, position) => (position % 2 === 0 ? { ...bar, label: `${bar.label.slice(0, 3)}${long}` } : bar)) };
  const newCharts: readonly (readonly [string, SeriesChart])[] = [
    ['chart-trend', trend],
    ['chart-plan-actual', planActual],
    ['chart-index', index],
    ['chart-structure', structure],
  ];
  const allCharts: readonly (Chart | SeriesChart)[] = [
    ...newCharts.map(([, chart]) => chart),
    communes,
    attainment,
    longLabels,
    growthChart(growthInputs[0] ?? { indicator: 'PRODUCTION_VALUE', series: [] }, { catalog: vnDistrictIndicatorCatalog, lang }),
    ...rankingCharts(awards, { lang, names: communeNames, groups: clusterNames, table: emulationTable }),
  ];
  return { newCharts, allCharts };
}

/** A page of every chart with a script that writes, for each, the texts that fall outside it, as JSON. */
function gallery(allCharts: readonly (Chart | SeriesChart)[]): string {
  const script = `
const report = [];
for (const svg of document.querySelectorAll('svg')) {
  const box = svg.viewBox.baseVal;
  const problems = [];
  const references = [...svg.querySelectorAll('line.reference')].map((line) => ({ x1: +line.getAttribute('x1'), y1: +line.getAttribute('y1'), x2: +line.getAttribute('x2'), y2: +line.getAttribute('y2') }));
  let texts = 0;
  for (const text of svg.querySelectorAll('text')) {
    texts += 1;
    const b = text.getBBox();
    if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > box.width + 0.5 || b.y + b.height > box.height + 0.5) problems.push('cut: ' + text.textContent + ' [' + [b.x, b.y, b.width, b.height].map(Math.round).join(',') + ']');
    if (text.textContent.includes('…')) problems.push('ellipsis: ' + text.textContent);
    if (text.classList.contains('point-label') || text.classList.contains('value')) {
      for (const r of references) {
        const crossesH = r.y1 === r.y2 && r.y1 > b.y + 1 && r.y1 < b.y + b.height - 1 && b.x < Math.max(r.x1, r.x2) && b.x + b.width > Math.min(r.x1, r.x2);
        const crossesV = r.x1 === r.x2 && r.x1 > b.x + 1 && r.x1 < b.x + b.width - 1 && b.y < Math.max(r.y1, r.y2) && b.y + b.height > Math.min(r.y1, r.y2);
        if (crossesH || crossesV) problems.push('over the reference line: ' + text.textContent);
      }
    }
  }
  report.push({ id: svg.closest('[data-chart]').dataset.chart, texts, problems });
}
document.getElementById('result').textContent = JSON.stringify(report);`;
  const figures = allCharts.map((chart) => `<div data-chart="${chart.id}" style="width:760px">${renderChartSvg(chart)}</div>`);
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>charts</title></head><body style="margin:0">${figures.join('\n')}<pre id="result"></pre><script>${script}</script></body></html>`;
}

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`no ${start}`);
  return text.slice(from, text.indexOf(end, from) + end.length);
}

/** Pixels within `tolerance` of a colour on every channel. */
function countNear(png: Png, colour: string, tolerance: number): number {
  const target = [1, 3, 5].map((start) => Number.parseInt(colour.slice(start, start + 2), 16));
  let count = 0;
  for (let at = 0; at < png.pixels.length; at += png.channels) {
    if (target.every((value, channel) => Math.abs((png.pixels[at + channel] ?? 0) - value) <= tolerance)) count += 1;
  }
  return count;
}

interface PdfPage {
  readonly text: string;
  readonly marginInk: number;
}

/** Poppler's tools, or why the PDF cannot be read back. */
function popplerTools(): NonNullable<typeof poppler> {
  if (poppler === undefined) {
    throw new Error('pdfinfo, pdftotext and pdftoppm (Debian package poppler-utils) were not found: the printed review cannot be read back. Install them (apt-get install poppler-utils) and run again.');
  }
  return poppler;
}

/** One page of a PDF rendered by pdftoppm at a resolution, as PNG or as binary PPM bytes. */
async function renderPdfPage(pdf: string, page: number, dpi: number, folder: string, format: 'png' | 'ppm'): Promise<Buffer> {
  const out = join(folder, `page-${String(page)}-${String(dpi)}`);
  const number = String(page);
  await promisify(execFile)(popplerTools().pdftoppm, [...(format === 'png' ? ['-png'] : []), '-r', String(dpi), '-f', number, '-l', number, '-singlefile', pdf, out]);
  return readFileSync(`${out}.${format}`);
}

/** Width, height and RGB bytes of a binary PPM (P6, maximum 255) as pdftoppm writes it. */
function readPpm(bytes: Buffer): { readonly width: number; readonly height: number; readonly pixels: Buffer } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a binary PPM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}

/** Every page's text (pdftotext) and the ink in its outer right margin (pdftoppm at 72 dpi, one pixel a point). */
async function readPdfPages(pdf: string, folder: string): Promise<PdfPage[]> {
  const tools = popplerTools();
  const run = promisify(execFile);
  const info = await run(tools.pdfinfo, [pdf]);
  const count = Number(/^Pages:\s+(\d+)$/m.exec(info.stdout)?.[1] ?? 0);
  const pages: PdfPage[] = [];
  for (let page = 1; page <= count; page += 1) {
    const text = await run(tools.pdftotext, ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
    const { width, height, pixels } = readPpm(await renderPdfPage(pdf, page, 72, folder, 'ppm'));
    // The right margin is 12 mm (34 pt): nothing may be printed in its outer 28 pt.
    let ink = 0;
    for (let y = 0; y < height; y += 1) {
      for (let x = width - 28; x < width; x += 1) {
        const at = (y * width + x) * 3;
        if ((pixels[at] ?? 255) < 200 || (pixels[at + 1] ?? 255) < 200 || (pixels[at + 2] ?? 255) < 200) ink += 1;
      }
    }
    pages.push({ text: text.stdout.replace(/\s+/g, ' '), marginInk: ink });
  }
  return pages;
}

describe.skipIf((chromium === undefined || poppler === undefined) && !onCi)('charts over time and the review page in headless Chromium', () => {
  let folder = '';
  let measured: { id: string; texts: number; problems: string[] }[] = [];
  const doms = new Map<string, string>();
  const shots = new Map<string, Buffer>();
  let reviewDom = '';
  let pages: PdfPage[] = [];
  let firstPage: Buffer = Buffer.alloc(0);
  let allCharts: readonly (Chart | SeriesChart)[] = [];
  /*
   * Chromium opens the pages once, when the first test asks for them (not in beforeAll, whose work
   * mutation runs count as static: every mutant of the report code it runs would rerun all of
   * report's tests).
   */
  let opening: Promise<void> | undefined;
  const openPages = (): Promise<void> => (opening ??= openPagesOnce());
  async function openPagesOnce(): Promise<void> {
    if (chromium === undefined) return;
    const browser = chromium;
    const review: Report = buildReviewReport(nhuXuanPlan2024, nhuXuanReviewDataset, nhuXuanReviewCatalog, {
      lang,
      areaName: 'huyện Như Xuân',
      pace: '2024-S1',
      fiveYearPlan: nhuXuanFiveYearPlan,
      indexIndicators: ['PRODUCTION_VALUE', 'BUDGET_REVENUE', 'INVESTMENT', 'INCOME_PER_CAPITA'],
      structure: { indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', dimension: 'sector', parts: economicSectors, from: 2020, to: 2024 },
      budget: parseBudgetReview(nhuXuanBudget2024),
      league: { entries: nhuXuanCommunePlans2024.map(({ area, name, plan }) => ({ area, name, assessment: assessPlan(plan, nhuXuanReviewDataset, { catalog: nhuXuanReviewCatalog }) })) },
      notes: ['Số liệu minh họa, không phải số liệu thống kê chính thức.'],
    });
    const charts = chartsToMeasure();
    allCharts = charts.allCharts;
    folder = mkdtempSync(join(tmpdir(), 'planning-indicators-review-'));
    const options = { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 };
    const open = async (name: string, html: string, shot?: { width: number; height: number }): Promise<void> => {
      const page = join(folder, `${name}.html`);
      writeFileSync(page, html);
      const url = pathToFileURL(page).href;
      const dump = await run(browser, [...flags(join(folder, `profile-${name}-dom`)), '--dump-dom', url], options);
      doms.set(name, dump.stdout);
      if (shot !== undefined) {
        const file = join(folder, `${name}.png`);
        await run(browser, [...flags(join(folder, `profile-${name}-shot`)), `--screenshot=${file}`, `--window-size=${String(shot.width)},${String(shot.height)}`, '--hide-scrollbars', url], options);
        shots.set(name, readFileSync(file));
        if (update) copyFileSync(file, join(images, `${name}.png`));
      }
    };
    const pdf = join(folder, 'review.pdf');
    const reviewPage = join(folder, 'review-page.html');
    writeFileSync(reviewPage, renderHtml(review));
    // Two at a time: the machine is shared.
    await Promise.all([open('gallery', gallery(allCharts)), open('review', renderHtml(review), { width: 1100, height: 1500 })]);
    await Promise.all(charts.newCharts.map(([name, chart]) => open(name, renderHtml(chart), { width: 820, height: 520 })));
    await run(browser, [...flags(join(folder, 'profile-pdf')), '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(reviewPage).href], options);
    measured = JSON.parse(between(doms.get('gallery') ?? '', '<pre id="result">', '</pre>').replace(/^<pre id="result">|<\/pre>$/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) as typeof measured;
    reviewDom = doms.get('review') ?? '';
    pages = await readPdfPages(pdf, folder);
    firstPage = await renderPdfPage(pdf, 1, 144, folder, 'png');
    if (update) writeFileSync(join(images, 'review-page-1.png'), firstPage);
  }

  afterAll(() => {
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  function requireChromium(): void {
    if (chromium === undefined) {
      throw new Error('Chromium was not found (/usr/bin/chromium or chromium on PATH) and CI is set: the charts must be checked in a real browser. Install it (apt-get install chromium) and run again.');
    }
  }

  it('cuts no label of any chart: every text lies inside its SVG as Chromium lays it out, long labels wrap, none is shortened', async () => {
    requireChromium();
    await openPages();
    expect(measured.map((chart) => chart.id)).toEqual(allCharts.map((chart) => chart.id));
    for (const chart of measured) {
      expect(chart.texts).toBeGreaterThan(5);
      expect(chart.problems, chart.id).toEqual([]);
    }
    // The long labels took several lines.
    expect((doms.get('gallery') ?? '').match(/<tspan x="[\d.]+" dy="14">/g)?.length).toBeGreaterThan(4);
  }, 300_000);

  it('draws the trend of a five-year target: the actual line, the planned path, the milestones, the final target and each year\'s pace', async () => {
    requireChromium();
    await openPages();
    const dom = doms.get('chart-trend') ?? '';
    expect([...dom.matchAll(/<g class="series" data-series="([a-z]+)" data-role="([a-z]+)">/g)].map((match) => `${match[1] ?? ''}:${match[2] ?? ''}`)).toEqual(['path:target', 'milestones:target', 'actual:actual']);
    const actual = between(dom, '<g class="series" data-series="actual"', '<g class="legend">');
    expect([...actual.matchAll(/<g class="point" data-status="([a-z-]*)" data-value="([\d.]+)">/g)].map((match) => `${match[2] ?? ''} ${match[1] ?? ''}`)).toEqual([
      '31.3 ',
      '34.2 behind',
      '38 behind',
      '42.1 behind',
      '47.2 ahead',
    ]);
    expect(actual).toContain('<title>2021, Thực hiện: 34,2 triệu đồng/người/năm (Chậm tiến độ)</title>');
    expect(dom).toContain('class="reference" data-value="50"');
    expect(dom).toMatch(/class="reference-label"[^>]*>(<tspan[^>]*>)?Mục tiêu 2025: 50/);
    expect([...dom.matchAll(/<g class="legend-item" data-(?:series|status)="([a-z-]+)">/g)].map((match) => match[1])).toEqual(['actual', 'path', 'milestones', 'ahead', 'behind']);
  }, 300_000);

  it('pairs plan and actual bars by year, and draws several series with a legend', async () => {
    requireChromium();
    await openPages();
    const pairs = doms.get('chart-plan-actual') ?? '';
    expect(pairs.match(/<rect class="bar"/g)).toHaveLength(9);
    expect([...pairs.matchAll(/<text [^>]*class="category"[^>]*>(\d{4})</g)].map((match) => match[1])).toEqual(['2021', '2022', '2023', '2024', '2025']);
    const indexDom = doms.get('chart-index') ?? '';
    expect([...indexDom.matchAll(/<g class="legend-item" data-series="([A-Z_]+)">/g)].map((match) => match[1])).toEqual(['PRODUCTION_VALUE', 'BUDGET_REVENUE', 'INVESTMENT', 'INCOME_PER_CAPITA']);
    expect(indexDom).toContain('class="reference" data-value="100"');
    // Four series, four dash patterns: apart in greyscale too.
    expect(new Set([...indexDom.matchAll(/class="series-line" d="[^"]+" fill="none" stroke="#[0-9a-f]+" stroke-width="[\d.]+"( stroke-dasharray="[\d ]+")?/g)].map((match) => match[1] ?? 'solid')).size).toBe(4);
    const structureDom = doms.get('chart-structure') ?? '';
    expect(structureDom.match(/<rect class="bar"/g)).toHaveLength(15);
    expect(structureDom).toContain('>29,6%</text>');
  }, 300_000);

  it('takes screenshots that show the charts in their colours', async () => {
    requireChromium();
    await openPages();
    const trendShot = readPng(shots.get('chart-trend') ?? Buffer.alloc(0));
    // The ahead marker (dark green) and the behind markers (vermilion) are drawn.
    expect(countColour(trendShot, '#1b5e20')).toBeGreaterThan(20);
    expect(countColour(trendShot, '#d55e00')).toBeGreaterThan(40);
    const structureShot = readPng(shots.get('chart-structure') ?? Buffer.alloc(0));
    expect(countColour(structureShot, '#0072b2')).toBeGreaterThan(5000);
    expect(countColour(structureShot, '#e69f00')).toBeGreaterThan(5000);
  }, 300_000);

  it('lays out the whole review: every section, the budget with both estimates, the league table and next year\'s plan', async () => {
    requireChromium();
    await openPages();
    expect([...reviewDom.matchAll(/<section id="([a-z-]+)"( class="page")?>/g)].map((match) => `${match[1] ?? ''}${match[2] === undefined ? '' : ' (new page)'}`)).toEqual([
      'scorecard',
      'growth (new page)',
      'five-year (new page)',
      'trends (new page)',
      'structure (new page)',
      'budget (new page)',
      'league (new page)',
      'next-year (new page)',
    ]);
    const budget = between(reviewDom, '<table id="budget-revenue">', '</table>');
    expect(budget).toContain('<th scope="col" class="number">Dự toán tỉnh giao</th>');
    expect(budget).toContain('<th scope="col" class="number">% dự toán HĐND huyện giao</th>');
    expect(between(reviewDom, '<table id="league-table">', '</table>').match(/data-status="not-assessable"/g)).toHaveLength(2);
    expect(reviewDom).toContain('<caption>Dự kiến các chỉ tiêu chủ yếu kế hoạch năm 2025</caption>');
    expect(reviewDom.match(/<svg /g)?.length).toBe(1 + 2 + 1 + 14 + 1);
  }, 300_000);

  it('prints on A4 portrait, each part on a new page, nothing cut at the right margin', async () => {
    requireChromium();
    await openPages();
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(pages.length).toBeLessThanOrEqual(30);
    expect(pages[0]?.text).toContain('Báo cáo tình hình thực hiện kế hoạch phát triển');
    for (const title of ['Tăng trưởng', 'Tiến độ thực hiện kế hoạch 5 năm', 'Diễn biến các chỉ tiêu qua các năm', 'Chuyển dịch cơ cấu kinh tế', 'Thu, chi ngân sách', 'So sánh giữa các đơn vị', 'Dự kiến kế hoạch năm 2025']) {
      expect(pages.some((page) => page.text.trimStart().startsWith(title)), title).toBe(true);
    }
    expect(pages.map((page) => page.marginInk)).toEqual(pages.map(() => 0));
    const png = readPng(firstPage);
    // A4 (595 × 842 points) at 144 dpi.
    expect([png.width, png.height]).toEqual([1190, 1684]);
    // The status badges keep their colours in print (colour conversion may move a channel by one).
    expect(countNear(png, '#1b5e20', 2)).toBeGreaterThan(200);
    expect(countNear(png, '#d55e00', 2)).toBeGreaterThan(40);
    expect(toDecimal(png.width).div(png.height).toFixed(3)).toBe(toDecimal(210).div(297).toFixed(3));
  }, 300_000);
});
