/* Economic structure and the budget against two estimates (issue 16, items 2 and 3). */
import { describe, expect, it } from 'vitest';
import {
  type StructureOptions,
  budgetSection,
  budgetTable,
  buildDataset,
  economicSectors,
  parseBudgetReview,
  parseObservations,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  structureChart,
  structureSection,
  structureTable,
  toDecimal,
} from '../../src/index.js';
import { nhuXuanBudget2024, nhuXuanReviewCatalog as catalog, nhuXuanReviewDataset as dataset, nhuXuanReviewMetadata } from '../../src/datasets/nhu-xuan/index.js';
import { caught, expectFailure, issueLines } from '../helpers.js';

const options: StructureOptions = { catalog, lang: 'vi', indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', dimension: 'sector', parts: economicSectors, from: 2020, to: 2024 };

describe('structureTable', () => {
  it('gives each sector its share of the sum of the sectors, and the shift in points from the first year to the last', () => {
    const table = structureTable(dataset, options);
    // 2020: 2,150 / 5,600 = 38.39%; 2024: 2,400 / 8,120 = 29.56%.
    const agriculture = table.rows.find((row) => row.id === 'agriculture');
    expect(agriculture?.cells['share-2020']?.value).toEqual(toDecimal(2150).div(5600).times(100));
    expect(agriculture?.cells.shift?.value).toEqual(toDecimal(2400).div(8120).times(100).minus(toDecimal(2150).div(5600).times(100)));
    expect(table.rows.map((row) => row.cells.shift?.text)).toEqual(['-8,8', '+6,4', '+2,5', '–']);
    expect(table.columns.map((column) => column.id)).toEqual(['part', 'share-2020', 'share-2021', 'share-2022', 'share-2023', 'share-2024', 'shift']);
    expect(table.notes[0]).toBe('Tổng giá trị sản xuất (giá hiện hành) (tỷ đồng): 2020: 5.600; 2021: 6.160; 2022: 6.860; 2023: 7.530; 2024: 8.120.');
  });

  it('shows no shares for a year where a sector is missing, and says which', () => {
    const partial = buildDataset(parseObservations([
      { indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', period: '2023', value: 10, dimensions: { sector: 'agriculture' }, status: 'official' },
      { indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', period: '2023', value: 30, dimensions: { sector: 'industry' }, status: 'official' },
      { indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', period: '2023', value: 60, dimensions: { sector: 'services' }, status: 'official' },
      { indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', period: '2024', value: 10, dimensions: { sector: 'agriculture' }, status: 'official' },
    ]));
    const table = structureTable(partial, { ...options, lang: 'en', from: 2023, to: 2024 });
    expect(table.rows.map((row) => [row.cells['share-2023']?.text, row.cells['share-2024']?.text, row.cells.shift?.text])).toEqual([
      ['10.0', '–', '–'],
      ['30.0', '–', '–'],
      ['60.0', '–', '–'],
      ['100.0', '–', '–'],
    ]);
    expect(table.notes).toContain('2024 lacks values of: Industry and construction, Services; no structure for that year.');
  });

  it('refuses fewer than two parts and years out of order', () => {
    expectFailure(() => structureTable(dataset, { ...options, parts: economicSectors.slice(0, 1) }), 'invalid-argument', 'structureTable: a structure needs two parts or more; got 1');
    expectFailure(() => structureChart(dataset, { ...options, from: 2025, to: 2020 }), 'invalid-argument', /from ≤ to/);
  });

  it('stacks the shares into one column of 100% a year, in every format', () => {
    const section = structureSection(dataset, options);
    const chart = section.blocks[1];
    expect(chart?.kind === 'series-chart' ? [chart.stacked, chart.series.map((series) => series.points[0]?.text)] : undefined).toEqual([true, ['38,4%', '33,0%', '28,6%']]);
    const report = { kind: 'report', lang: 'vi', title: 'Cơ cấu', fields: [], notes: [], sections: [section] } as const;
    expect(renderMarkdown(report)).toContain('| Nông, lâm nghiệp và thủy sản | 38,4 | 36,7 | 33,7 | 31,2 | 29,6 | -8,8 |');
    expect(renderHtml(report).match(/<rect class="bar"/g)).toHaveLength(15);
    expect(renderCsv(structureTable(dataset, options)).split('\r\n')[0]).toBe('part,share-2020,share-2021,share-2022,share-2023,share-2024,shift');
    expect(JSON.stringify(renderJson(report))).toContain('"stacked":true');
    expect(section.paragraphs[0]).toBe(
      'Cơ cấu kinh tế chuyển dịch: nông, lâm nghiệp và thủy sản giảm từ 38,4% xuống 29,6% (-8,8 điểm phần trăm); công nghiệp - xây dựng tăng từ 33,0% lên 39,4% (+6,4 điểm phần trăm); dịch vụ tăng từ 28,6% lên 31,0% (+2,5 điểm phần trăm).',
    );
  });
});

describe('the budget against the province\'s and the council\'s estimates', () => {
  const budgetReview = () => parseBudgetReview(nhuXuanBudget2024);

  it('puts both estimates of one line in one row, each beside its fulfilment, and the same period beside them', () => {
    const review = budgetReview();
    const table = budgetTable(dataset, review, 'revenue', { catalog, lang: 'vi' });
    expect(table.columns.map((column) => column.label)).toEqual([
      'Nội dung', 'Ước thực hiện năm 2024', 'Dự toán tỉnh giao', '% dự toán tỉnh giao', 'Dự toán HĐND huyện giao', '% dự toán HĐND huyện giao', 'Cùng kỳ năm 2023', 'So cùng kỳ (%)',
    ]);
    const total = table.rows[0];
    expect(total?.cells['fulfilment-province']?.value).toEqual(toDecimal('672.8').div(560).times(100));
    expect(total?.cells['fulfilment-district']?.value).toEqual(toDecimal('672.8').div(640).times(100));
    expect(total?.cells.samePeriod?.value).toEqual(toDecimal('672.8').div('612.5').times(100));
    const land = table.rows.find((row) => row.id === 'land-use-fees');
    expect([land?.cells['fulfilment-province']?.text, land?.cells['fulfilment-district']?.text]).toEqual(['116,5', '97,1']);
    expect(table.notes[1]).toContain('Nghị quyết về dự toán ngân sách năm 2024 của HĐND huyện Như Xuân (minh họa)');
  });

  it('says the fulfilment of each estimate and the growth in a sentence, in both languages', () => {
    const review = budgetReview();
    expect(budgetSection(dataset, review, { catalog, lang: 'en' }).paragraphs).toEqual([
      "Budget revenue in the area in 2024 is estimated at 672.8 billion VND: it reached 120.1% of the province's estimate, reached 105.1% of the district council's estimate, was 109.8% of the same period last year.",
      "Local budget spending in 2024 is estimated at 1,258.4 billion VND: it reached 106.6% of the province's estimate, reached 100.7% of the district council's estimate, was 109.1% of the same period last year.",
    ]);
    expect(renderCsv(budgetTable(dataset, review, 'spending', { catalog, lang: 'en' })).split('\r\n')[1]).toBe(
      `total,1258.4,1180,${toDecimal('1258.4').div(1180).times(100).toFixed()},1250,${toDecimal('1258.4').div(1250).times(100).toFixed()},1153.2,${toDecimal('1258.4').div('1153.2').times(100).toFixed()}`,
    );
  });

  it('is illustrative data, and says so', () => {
    expect(nhuXuanReviewMetadata.illustrative).toBe(true);
    expect(nhuXuanReviewMetadata.description).toContain('Not official statistics');
  });

  it('refuses a review whose estimates name unknown parts or repeat an id, listing every problem', () => {
    const error = caught(() =>
      parseBudgetReview({
        ...nhuXuanBudget2024,
        revenue: { ...nhuXuanBudget2024.revenue, estimates: [...(nhuXuanBudget2024.revenue?.estimates ?? []), { id: 'province', label: { vi: 'X' }, document: { kind: 'other' }, parts: { rent: 1 } }] },
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(issueLines(error.issues)).toEqual(['revenue.estimates[2].id: the estimate id "province" is used twice', 'revenue.estimates[2].parts.rent: no part "rent" in revenue.parts']);
    expectFailure(() => budgetTable(dataset, parseBudgetReview({ area: '402', period: '2024' }), 'revenue', { catalog, lang: 'vi' }), 'invalid-argument', 'budgetTable: the budget review has no revenue; give one in its revenue field');
  });
});
