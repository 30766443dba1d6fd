/* planning-indicators review: the whole district review (issue 16, item 6). */
import { describe, expect, it } from 'vitest';
import {
  nhuXuanBudget2024,
  nhuXuanCommuneObservations2024,
  nhuXuanFiveYearPlanInput,
  nhuXuanObservations2024,
  nhuXuanPlan2024Input,
} from '../../src/datasets/nhu-xuan/index.js';
import type { Observation } from '../../src/index.js';
import { cli } from './helpers.js';

describe('planning-indicators review', () => {
  it('reviews the bundled Như Xuân data: every part, in order, with the illustrative note', () => {
    const { code, stdout } = cli(['review', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { title: string; pageBreaks: boolean; notes: string[]; sections: { id: string }[] };
    expect(report.title).toBe('Báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân');
    expect(report.sections.map((section) => section.id)).toEqual(['scorecard', 'growth', 'five-year', 'trends', 'structure', 'budget', 'league', 'emulation', 'next-year']);
    expect(report.pageBreaks).toBe(true);
    expect(report.notes[0]).toContain('minh họa');
  });

  it('writes Markdown in English with the budget sentence and the draft plan of the next year', () => {
    const { code, stdout } = cli(['review', '--lang', 'en', '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain("## Budget revenue and spending\n\nBudget revenue in the area in 2024 is estimated at 672.8 billion VND: it reached 120.1% of the province's estimate");
    expect(stdout).toContain('## Draft plan for 2025');
    expect(stdout).toContain('| 1 | Gross output (constant 2010 prices) | billion VND | 5,120 | 5,436 | 5,680.3 | 104.5 | up ≥ 4.49% on the year before |');
  });

  it('writes one self-contained HTML page whose sections after the first start a new printed page', () => {
    const { stdout } = cli(['review', '--format', 'html']);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(stdout.match(/<section id="[a-z-]+" class="page">/g)).toHaveLength(8);
    expect(stdout).toContain('@page{size:A4 portrait');
    expect(/(src|href)=/.test(stdout)).toBe(false);
  });

  it('reads your own plans, data and budget', () => {
    const files = {
      'plan.json': JSON.stringify(nhuXuanPlan2024Input),
      'five.json': JSON.stringify(nhuXuanFiveYearPlanInput),
      'data.json': JSON.stringify(nhuXuanObservations2024.map((observation) => ({ ...observation, value: observation.value.toString(), ...(observation.numerator === undefined ? {} : { numerator: observation.numerator.toString(), denominator: observation.denominator?.toString() }) }))),
      'budget.json': JSON.stringify({ ...nhuXuanBudget2024, spending: undefined }),
    };
    const { code, stdout, stderr } = cli(['review', '--plan', 'plan.json', '--five-year-plan', 'five.json', '--data', 'data.json', '--budget', 'budget.json', '--format', 'json'], files);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { notes: string[]; sections: { id: string; blocks: { id: string }[] }[] };
    expect(report.sections.map((section) => section.id)).toEqual(['scorecard', 'growth', 'five-year', 'trends', 'budget', 'next-year']);
    // The revenue sources have no observations in the file: the table says so with dashes, the total comes from the file.
    expect(report.sections.find((section) => section.id === 'budget')?.blocks.map((block) => block.id)).toEqual(['budget-revenue']);
    expect(report.notes).toEqual([]);
  });

  it('compares the areas of --area-plans and draws the indicators of --index in index form, from your own files', () => {
    const observations = (list: readonly Observation[]) =>
      list.map((observation) => ({ ...observation, value: observation.value.toString(), ...(observation.numerator === undefined ? {} : { numerator: observation.numerator.toString(), denominator: observation.denominator?.toString() }) }));
    const villages = (area: string, value: string) => ({
      id: `X-${area}`,
      title: { vi: `Kế hoạch năm 2024, xã ${area} (minh họa)` },
      area,
      period: '2024',
      document: { kind: 'annual-plan' },
      targets: [{ id: 'X1', indicator: 'NTM_VILLAGES_NEW', area, period: '2024', document: { kind: 'annual-plan' }, basis: 'level', comparator: 'at-least', value }],
    });
    const files = {
      'plan.json': JSON.stringify(nhuXuanPlan2024Input),
      'five.json': JSON.stringify(nhuXuanFiveYearPlanInput),
      'data.json': JSON.stringify(observations([...nhuXuanObservations2024, ...nhuXuanCommuneObservations2024.filter((observation) => observation.indicator === 'NTM_VILLAGES_NEW')])),
      // Yên Cát recognised no village in 2024, Bãi Trành one.
      'communes.json': JSON.stringify([villages('16174', '1'), villages('16177', '1')]),
    };
    const argv = ['review', '--plan', 'plan.json', '--five-year-plan', 'five.json', '--data', 'data.json', '--area-plans', 'communes.json', '--index', 'PRODUCTION_VALUE, BUDGET_REVENUE', '--format', 'json'];
    const { code, stdout, stderr } = cli(argv, files);
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as { sections: { id: string; blocks: { id: string; kind: string; rows?: { cells: unknown[] }[] }[] }[] };
    expect(report.sections.map((section) => section.id)).toEqual(['scorecard', 'growth', 'five-year', 'trends', 'league', 'next-year']);
    const league = JSON.stringify(report.sections.find((section) => section.id === 'league'));
    expect(league).toContain('Bãi Trành');
    expect(league).toContain('Yên Cát');
    expect(report.sections.find((section) => section.id === 'trends')?.blocks[0]?.id).toBe('trends-index');

    const withoutFiveYear = cli(argv.filter((arg) => arg !== '--five-year-plan' && arg !== 'five.json'), files);
    expect([withoutFiveYear.code, withoutFiveYear.stderr]).toEqual([2, 'planning-indicators: --index draws its indicators over the years of the five-year plan: give --five-year-plan too (see planning-indicators review --help)\n']);

    const unknown = cli([...argv.slice(0, -4), '--index', 'PRODUCTION_VALUE,NOPE'], files);
    expect([unknown.code, unknown.stderr]).toEqual([2, 'planning-indicators: --index: "NOPE" is not in the catalog (see planning-indicators review --help)\n']);
    const notAList = cli(argv, { ...files, 'communes.json': JSON.stringify(villages('16174', '1')) });
    expect(notAList.code).toBe(1);
    expect(notAList.stderr).toContain('communes.json: expected a JSON list of plans');
    const badPlan = cli(argv, { ...files, 'communes.json': JSON.stringify([villages('16174', '1'), { ...villages('16177', '1'), period: '2024-Q5' }]) });
    expect(badPlan.code).toBe(1);
    expect(badPlan.stderr).toContain('plan 2');
  });

  it('refuses a plan without data, and a budget file that is not one', () => {
    const usage = cli(['review', '--plan', 'plan.json']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("a review of your own files needs --plan (the year's plan) and --data");
    const bad = cli(['review', '--budget', 'budget.json'], { 'budget.json': '{"area": "402"}' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('budget.json');
    expect(bad.stderr).toContain('period');
  });
});
