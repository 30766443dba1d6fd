/*
 * The HTML report in a real browser: the Như Xuân 2024 report is written to a file and opened by
 * headless Chromium (Debian's `chromium` package, which `.ci/run` installs), once to dump the DOM it
 * built and once to take a screenshot, whose pixels are read back. Without Chromium the block is
 * skipped on a workstation and fails on CI (the CI environment variable is set).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { chartToneColours, renderHtml } from '../../src/index.js';
import { chromium, onCi } from '../chromium.js';
import { nhuXuanReport } from './fixtures.js';
import { type Png, countColour, isPng, readPng } from './png.js';

const run = promisify(execFile);

if (chromium === undefined && !onCi) {
  console.log('note: chromium not found (/usr/bin/chromium or on PATH): the headless-browser test of the HTML report does not run here; apt-get install chromium to run it');
}

/** The flags of a quiet, isolated headless run: no network, no first-run or background work, a fresh profile. */
function flags(profile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ];
}

/** The part of an HTML text from an opening tag that matches `start` to the next `end`. */
function slice(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  if (from < 0) throw new Error(`the page has no ${start}`);
  return html.slice(from, html.indexOf(end, from) + end.length);
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

describe.skipIf(chromium === undefined && !onCi)('the HTML report in headless Chromium', () => {
  let folder = '';
  let dom = '';
  let screenshot = Buffer.alloc(0);
  let png: Png | undefined;

  /*
   * Chromium opens the report once, when the first test asks for it (not in beforeAll, whose work
   * mutation runs count as static: every mutant of the report code it runs would rerun all of
   * report's tests).
   */
  let opening: Promise<void> | undefined;
  const openReport = (): Promise<void> => (opening ??= openReportOnce());
  async function openReportOnce(): Promise<void> {
    // Without Chromium (on CI) each test fails with the reason, so that CI counts the failures.
    if (chromium === undefined) return;
    folder = mkdtempSync(join(tmpdir(), 'planning-indicators-report-'));
    const page = join(folder, 'report.html');
    const shot = join(folder, 'scorecard.png');
    writeFileSync(page, renderHtml(nhuXuanReport()));
    const url = pathToFileURL(page).href;
    const options = { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 };
    // Two fresh profiles, so that the two runs can go at once.
    const [dump] = await Promise.all([
      run(chromium, [...flags(join(folder, 'profile-dom')), '--dump-dom', url], options),
      run(chromium, [...flags(join(folder, 'profile-shot')), `--screenshot=${shot}`, '--window-size=1280,2000', '--hide-scrollbars', url], options),
    ]);
    dom = dump.stdout;
    screenshot = readFileSync(shot);
    png = readPng(screenshot);
    if ((process.env.UPDATE_SCREENSHOT ?? '') !== '') {
      copyFileSync(shot, join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'images', 'scorecard.png'));
    }
  }

  afterAll(() => {
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  /** Fails the test, saying why, when Chromium is missing on CI. */
  function requireChromium(): void {
    if (chromium === undefined) {
      throw new Error(
        'Chromium was not found (/usr/bin/chromium or chromium on PATH) and CI is set: the HTML report must be checked in a real browser. ' +
          ".ci/run installs Debian's chromium package when it is missing; install it (apt-get install chromium) and run again.",
      );
    }
  }

  it('shows the title and the facts of the plan', async () => {
    requireChromium();
    await openReport();
    expect(dom).toContain('<html lang="vi">');
    expect(dom).toContain('<title>Kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân</title>');
    expect(dom).toContain('<h1>Kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân</h1>');
    expect(dom).toContain('<dt>Kết quả</dt><dd>7/8 chỉ tiêu đạt và vượt kế hoạch</dd>');
  }, 90_000);

  it('shows the eight target rows with their statuses', async () => {
    requireChromium();
    await openReport();
    const table = slice(dom, '<table id="scorecard-table">', '</table>');
    expect([...table.matchAll(/<tr data-row="(T\d)">/g)].map((match) => match[1])).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
    expect([...table.matchAll(/data-status="([a-z-]+)">([^<]+)</g)].map((match) => `${match[1] ?? ''}: ${match[2] ?? ''}`)).toEqual([
      'exceeded: Vượt kế hoạch',
      'exceeded: Vượt kế hoạch',
      'not-met: Không đạt',
      'met: Đạt',
      'exceeded: Vượt kế hoạch',
      'met: Đạt',
      'exceeded: Vượt kế hoạch',
      'exceeded: Vượt kế hoạch',
    ]);
    expect(table).toContain('<td class="number">≥&nbsp;1.000&nbsp;tỷ&nbsp;đồng</td>');
    expect(table).toContain('<td class="number">≥&nbsp;45&nbsp;triệu đồng/người/năm</td>');
  }, 90_000);

  it('draws the charts as SVG: eight attainment bars and the 100% line, four growth columns a chart, eight units a cluster', async () => {
    requireChromium();
    await openReport();
    expect(count(dom, /<svg /g)).toBe(5);
    const attainment = slice(dom, '<figure class="chart" id="scorecard-chart">', '</figure>');
    expect([...attainment.matchAll(/<rect class="bar tone-[a-z-]+" data-tone="([a-z-]+)"/g)].map((match) => match[1])).toEqual([
      'exceeded',
      'exceeded',
      'not-met',
      'met',
      'exceeded',
      'met',
      'exceeded',
      'exceeded',
    ]);
    expect(count(attainment, /class="reference" data-value="100"/g)).toBe(1);
    expect(attainment).toContain('>100%</text>');
    for (const id of ['growth-chart-PRODUCTION_VALUE', 'growth-chart-BUDGET_REVENUE']) {
      const chart = slice(dom, `<figure class="chart" id="${id}">`, '</figure>');
      expect(count(chart, /<rect class="bar /g)).toBe(4);
      expect(count(chart, /class="reference"/g)).toBe(1);
    }
    for (const id of ['ranking-chart-A', 'ranking-chart-B']) {
      const chart = slice(dom, `<figure class="chart" id="${id}">`, '</figure>');
      expect(count(chart, /<rect class="bar /g)).toBe(8);
      expect(count(chart, /<tspan class="mark"[^>]*>★ /g)).toBe(4);
    }
  }, 90_000);

  it('takes a screenshot that shows the bars in their status colours and the page styled', async () => {
    requireChromium();
    await openReport();
    expect(isPng(screenshot)).toBe(true);
    expect(screenshot.length).toBeGreaterThan(20_000);
    expect([png?.width, png?.height]).toEqual([1280, 2000]);
    if (png === undefined) throw new Error('no screenshot');
    // Bars are solid rectangles of their tone's colour: hundreds of pixels each at least.
    expect(countColour(png, chartToneColours.exceeded)).toBeGreaterThan(5 * 200);
    expect(countColour(png, chartToneColours['not-met'])).toBeGreaterThan(200);
    expect(countColour(png, chartToneColours.met)).toBeGreaterThan(2 * 200);
    // The notes' background comes from the inline style sheet: the Content-Security-Policy let it apply.
    expect(countColour(png, '#fff8e1')).toBeGreaterThan(1000);
  }, 90_000);
});
