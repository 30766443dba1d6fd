/* planning-indicators review: the whole district review (issue 16, item 6). */
import { describe, expect, it } from 'vitest';
import { nhuXuanBudget2024, nhuXuanFiveYearPlanInput, nhuXuanObservations2024, nhuXuanPlan2024Input } from '../../src/datasets/nhu-xuan/index.js';
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
