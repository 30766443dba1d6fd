/*
 * The review report's parts without a browser (review-browser.test.ts prints it in Chromium): which
 * sections it holds for which inputs, in which order and language, the five-year plan's years, and
 * the title and facts the reader sees first.
 */
import { describe, expect, it } from 'vitest';
import { type Report, assessPlan, buildReviewReport, economicSectors, parseBudgetReview } from '../../src/index.js';
import {
  nhuXuanBudget2024,
  nhuXuanCommunePlans2024,
  nhuXuanFiveYearPlan,
  nhuXuanPlan2024,
  nhuXuanReviewCatalog as catalog,
  nhuXuanReviewDataset as dataset,
} from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../helpers.js';

/** Each section as `id: title [block ids]`. */
function outline(report: Report): string[] {
  return report.sections.map((section) => `${section.id}: ${section.title} [${section.blocks.map((block) => block.id).join(' ')}]`);
}

const trendBlocks = [1, 2, 3, 4, 5, 6, 7].map((n) => `trend-P${String(n)} plan-actual-P${String(n)}`).join(' ');

function everyPart(lang: 'vi' | 'en'): Report {
  return buildReviewReport(nhuXuanPlan2024, dataset, catalog, {
    lang,
    areaName: 'huyện Như Xuân',
    pace: '2024-S1',
    fiveYearPlan: nhuXuanFiveYearPlan,
    indexIndicators: ['PRODUCTION_VALUE', 'BUDGET_REVENUE'],
    structure: { indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', dimension: 'sector', parts: economicSectors, from: 2020, to: 2024 },
    budget: parseBudgetReview(nhuXuanBudget2024),
    league: { title: 'cụm 1', entries: nhuXuanCommunePlans2024.map(({ area, name, plan }) => ({ area, name, assessment: assessPlan(plan, dataset, { catalog }) })) },
    fields: [{ label: 'Kỳ báo cáo', value: '6 tháng' }],
    notes: ['Số liệu minh họa.'],
    extraSections: [{ id: 'emulation', title: 'Thi đua', paragraphs: [], blocks: [] }],
  });
}

describe('buildReviewReport', () => {
  it('holds every part in the order of a review, the five-year progress through the year, the index chart first among the trends, next year last', () => {
    const report = everyPart('vi');
    expect(report.title).toBe('Báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân');
    expect(report.pageBreaks).toBe(true);
    expect(outline(report)).toEqual([
      'scorecard: Đánh giá thực hiện kế hoạch [scorecard-table scorecard-chart]',
      'growth: Tăng trưởng [growth-table growth-chart-PRODUCTION_VALUE growth-chart-BUDGET_REVENUE]',
      'five-year: Tiến độ thực hiện kế hoạch 5 năm: Đánh giá giữa kỳ giai đoạn 2021–2025 (đến năm 2024) [five-year-table]',
      `trends: Diễn biến các chỉ tiêu qua các năm [trends-index ${trendBlocks}]`,
      'structure: Chuyển dịch cơ cấu kinh tế [structure-table structure-chart]',
      'budget: Thu, chi ngân sách [budget-revenue budget-spending]',
      'league: So sánh giữa các đơn vị [league-table]',
      'emulation: Thi đua []',
      'next-year: Dự kiến kế hoạch năm 2025 [next-year-table]',
    ]);
    expect(report.fields).toEqual([
      { label: 'Kỳ kế hoạch', value: 'Năm 2024' },
      { label: 'Địa bàn', value: 'huyện Như Xuân' },
      { label: 'Văn bản', value: 'Hội nghị triển khai nhiệm vụ năm 2024, huyện Như Xuân, 3/1/2024 (Báo Thanh Hóa)' },
      { label: 'Kết quả', value: '7/8 chỉ tiêu đạt và vượt kế hoạch' },
      { label: 'Kỳ báo cáo', value: '6 tháng' },
    ]);
    expect(report.notes).toEqual(['Số liệu minh họa.']);
    const trends = report.sections.find((section) => section.id === 'trends')?.blocks[0];
    expect(trends?.kind === 'series-chart' ? [trends.categories, trends.series.map((series) => series.id)] : undefined).toEqual([
      ['2020', '2021', '2022', '2023', '2024'],
      ['PRODUCTION_VALUE', 'BUDGET_REVENUE'],
    ]);
    expect(report.sections.find((section) => section.id === 'league')?.blocks[0]?.title).toBe('Bảng so sánh kết quả thực hiện kế hoạch giữa các đơn vị: cụm 1');
    // The pace of the annual plan up to the first half is in the scorecard.
    expect(report.sections[0]?.blocks[0]?.kind === 'table' ? report.sections[0].blocks[0].columns.map((column) => column.id) : []).toContain('pace');
  });

  it('writes the same parts in English, the plan\'s title kept as written after "Review of the"', () => {
    const report = everyPart('en');
    expect(report.title).toBe('Review of the Như Xuân district socio-economic plan 2024');
    expect(outline(report).map((line) => line.replace(/ \[.*$/, ''))).toEqual([
      'scorecard: Plan assessment',
      'growth: Growth',
      'five-year: Progress of the five-year plan: Mid-term review of 2021–2025 (through 2024)',
      'trends: Indicators over the years',
      'structure: Shift in the economic structure',
      'budget: Budget revenue and spending',
      'league: Comparison between areas',
      'emulation: Thi đua',
      'next-year: Draft plan for 2025',
    ]);
    expect(report.lang).toBe('en');
  });

  it('has only the year\'s own sections without the parts, and the plan\'s area code when no name is given', () => {
    const report = buildReviewReport(nhuXuanPlan2024, dataset, catalog, { lang: 'en', title: 'Mid-year review' });
    expect(report.title).toBe('Mid-year review');
    expect(outline(report).map((line) => line.replace(/ \[.*$/, ''))).toEqual(['scorecard: Plan assessment', 'growth: Growth']);
    expect(report.fields[1]).toEqual({ label: 'Area', value: '402' });
    expect(report.notes).toEqual([]);
    expect(report.pageBreaks).toBe(true);
  });

  it('reviews the five-year plan through its first year, has no next year in its last, and nothing of it for a year outside it', () => {
    const first = buildReviewReport({ ...nhuXuanPlan2024, period: '2021' }, dataset, catalog, { lang: 'vi', fiveYearPlan: nhuXuanFiveYearPlan });
    expect(outline(first).slice(2)).toEqual([
      'five-year: Tiến độ thực hiện kế hoạch 5 năm: Đánh giá giữa kỳ giai đoạn 2021–2025 (đến năm 2021) [five-year-table]',
      `trends: Diễn biến các chỉ tiêu qua các năm [${trendBlocks}]`,
      'next-year: Dự kiến kế hoạch năm 2022 [next-year-table]',
    ]);
    const last = buildReviewReport({ ...nhuXuanPlan2024, period: '2025' }, dataset, catalog, { lang: 'vi', fiveYearPlan: nhuXuanFiveYearPlan });
    expect(outline(last).slice(2).map((line) => line.replace(/ \[.*$/, ''))).toEqual([
      'five-year: Tiến độ thực hiện kế hoạch 5 năm: Đánh giá giữa kỳ giai đoạn 2021–2025 (đến năm 2025)',
      'trends: Diễn biến các chỉ tiêu qua các năm',
    ]);
    for (const year of ['2020', '2026']) {
      expect(buildReviewReport({ ...nhuXuanPlan2024, period: year }, dataset, catalog, { lang: 'vi', fiveYearPlan: nhuXuanFiveYearPlan }).sections.map((section) => section.id)).toEqual(['scorecard', 'growth']);
    }
    // A "five-year" plan for one year is not a span of years: nothing of it is shown.
    expect(buildReviewReport(nhuXuanPlan2024, dataset, catalog, { lang: 'vi', fiveYearPlan: { ...nhuXuanFiveYearPlan, period: '2024' } }).sections.map((section) => section.id)).toEqual(['scorecard', 'growth']);
  });

  it('uses only the observations published by asOf, in the scorecard and in the five-year review', () => {
    const early = buildReviewReport(nhuXuanPlan2024, dataset, catalog, { lang: 'vi', fiveYearPlan: nhuXuanFiveYearPlan, asOf: '2024-07-01' });
    expect(early.fields[3]).toEqual({ label: 'Kết quả', value: '0/8 chỉ tiêu đạt và vượt kế hoạch' });
    const late = buildReviewReport(nhuXuanPlan2024, dataset, catalog, { lang: 'vi', fiveYearPlan: nhuXuanFiveYearPlan });
    const fiveYearRows = (report: Report) => {
      const block = report.sections.find((section) => section.id === 'five-year')?.blocks[0];
      return block?.kind === 'table' ? block.rows.map((row) => row.cells.toDate?.text) : [];
    };
    expect(fiveYearRows(early)).not.toEqual(fiveYearRows(late));
  });

  it('refuses a plan that is not for one year, an unknown language and a catalog that is not one', () => {
    expectFailure(
      () => buildReviewReport(nhuXuanFiveYearPlan, dataset, catalog, { lang: 'vi' }),
      'invalid-argument',
      `buildReviewReport: the year's plan must be for one year (such as 2024); plan ${nhuXuanFiveYearPlan.id} is for 2021/2025`,
    );
    expectFailure(() => buildReviewReport(nhuXuanPlan2024, dataset, catalog, { lang: 'fr' as 'vi' }), 'invalid-argument', /^buildReviewReport: lang must be/);
    expectFailure(() => buildReviewReport(nhuXuanPlan2024, dataset, catalog, undefined as unknown as { lang: 'vi' }), 'invalid-argument', /^buildReviewReport: lang must be/);
    expectFailure(() => buildReviewReport(nhuXuanPlan2024, dataset, {} as typeof catalog, { lang: 'vi' }), 'invalid-argument', /^buildReviewReport: options.catalog must be a catalog/);
  });
});
