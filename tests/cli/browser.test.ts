/*
 * The page of `planning-indicators scorecard --lang en --format html > report.html` in a real browser:
 * written by runCli to a file and opened by headless Chromium (Debian's `chromium`), whose DOM dump
 * shows what the browser built. Without Chromium the block is skipped on a workstation and fails on
 * CI (the CI environment variable is set).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, onCi } from '../chromium.js';
import { cli } from './helpers.js';

const run = promisify(execFile);


describe.skipIf(chromium === undefined && !onCi)('the English HTML report of the CLI in headless Chromium', () => {
  let folder = '';
  let dom = '';

  beforeAll(async () => {
    if (chromium === undefined) throw new Error('Chromium was not found (/usr/bin/chromium or chromium on PATH) and CI is set: install it (apt-get install chromium).');
    const { code, stdout } = cli(['scorecard', '--lang', 'en', '--format', 'html']);
    expect(code).toBe(0);
    folder = mkdtempSync(join(tmpdir(), 'planning-indicators-cli-html-'));
    const page = join(folder, 'report.html');
    writeFileSync(page, stdout);
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(folder, 'profile')}`];
    dom = (await run(chromium, [...flags, '--dump-dom', pathToFileURL(page).href], { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 })).stdout;
  }, 90_000);

  afterAll(() => {
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  it('shows the English title and facts of the plan', () => {
    expect(dom).toContain('<html lang="en">');
    expect(dom).toContain('<h1>Như Xuân district socio-economic plan 2024</h1>');
    expect(dom).toContain('<dt>Area</dt><dd>Như Xuân rural district</dd>');
    expect(dom).toContain('<dt>Result</dt><dd>7 of 8 targets met or exceeded</dd>');
  });

  it('shows the eight targets with their statuses and the six-month pace', () => {
    const table = dom.slice(dom.indexOf('<table id="scorecard-table">'), dom.indexOf('</table>'));
    expect([...table.matchAll(/<tr data-row="(T\d)">/g)].map((match) => match[1])).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
    // Every target has a pace; those with no six-month value cannot be assessed.
    expect([...table.matchAll(/data-status="([a-z-]+)">/g)].map((match) => match[1])).toEqual([
      'exceeded', 'ahead', 'exceeded', 'not-assessable', 'not-met', 'behind', 'met', 'not-assessable', 'exceeded', 'not-assessable',
      'met', 'not-assessable', 'exceeded', 'not-assessable', 'exceeded', 'ahead',
    ]);
  });

  it('draws the attainment chart, two growth charts and one chart per emulation cluster as SVG', () => {
    expect(dom.match(/<svg /g)).toHaveLength(7);
    for (const id of ['scorecard-chart', 'growth-chart-PRODUCTION_VALUE', 'growth-chart-BUDGET_REVENUE', 'emulation-chart-cluster-1', 'emulation-chart-cluster-4']) {
      expect(dom).toContain(`<figure class="chart" id="${id}">`);
    }
  });
});
