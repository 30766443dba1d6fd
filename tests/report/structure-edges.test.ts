/* Edges of the economic structure (src/report/structure.ts) that a reader sees: English texts, ids, years, empty and zero totals. */
import { describe, expect, it } from 'vitest';
import { type StructureOptions, buildDataset, economicSectors, parseObservations, structureChart, structureSection, structureTable } from '../../src/index.js';
import { nhuXuanReviewCatalog as catalog, nhuXuanReviewDataset as dataset } from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../helpers.js';

const options: StructureOptions = { catalog, lang: 'en', indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', dimension: 'sector', parts: economicSectors, from: 2020, to: 2024 };

function sectors(values: Readonly<Record<string, Readonly<Record<string, number>>>>, extra: Record<string, unknown> = {}) {
  return buildDataset(parseObservations(Object.entries(values).flatMap(([sector, byYear]) =>
    Object.entries(byYear).map(([period, value]) => ({ indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', period, value, dimensions: { sector }, status: 'official', ...extra }))),
  ));
}

describe('structureTable in English', () => {
  it('names the table, its columns, rows and notes in English, with the shares and totals in English digits', () => {
    const table = structureTable(dataset, options);
    expect(table.id).toBe('structure-table');
    expect(table.lang).toBe('en');
    expect(table.title).toBe('Structure of gross output (current prices) by sector (%)');
    expect(table.columns.map((column) => [column.label, column.kind])).toEqual([
      ['Sector', 'text'], ['2020', 'number'], ['2021', 'number'], ['2022', 'number'], ['2023', 'number'], ['2024', 'number'], ['Shift 2020–2024 (points)', 'number'],
    ]);
    expect(table.rows.map((row) => [row.id, row.cells.part?.text, row.cells['share-2024']?.text, row.cells.shift?.text])).toEqual([
      ['agriculture', 'Agriculture, forestry and fisheries', '29.6', '-8.8'],
      ['industry', 'Industry and construction', '39.4', '+6.4'],
      ['services', 'Services', '31.0', '+2.5'],
      ['total', 'Total', '100.0', '–'],
    ]);
    expect(table.notes).toEqual([
      'Gross output (current prices) (billion VND): 2020: 5,600; 2021: 6,160; 2022: 6,860; 2023: 7,530; 2024: 8,120.',
      'Shares are of the sum of the sectors; rounded, so the total may be off by 0.1.',
    ]);
  });

  it('uses the Vietnamese name of a part that has no English one', () => {
    const parts = [{ code: 'agriculture', labels: { vi: 'Nông nghiệp' } }, { code: 'industry', labels: { vi: 'Công nghiệp', en: 'Industry' } }];
    const table = structureTable(dataset, { ...options, parts, id: 'two' });
    expect(table.id).toBe('two');
    expect(table.rows.map((row) => row.cells.part?.text)).toEqual(['Nông nghiệp', 'Industry', 'Total']);
  });

  it('gives no shares for a year whose sectors sum to zero, and the zero total in the note', () => {
    const table = structureTable(sectors({ agriculture: { 2023: 0, 2024: 1 }, industry: { 2023: 0, 2024: 3 } }), { ...options, parts: economicSectors.slice(0, 2), from: 2023, to: 2024 });
    expect(table.rows.slice(0, 2).map((row) => [row.cells['share-2023']?.text, row.cells['share-2024']?.text, row.cells.shift?.text])).toEqual([
      ['–', '25.0', '–'],
      ['–', '75.0', '–'],
    ]);
    expect(table.notes[0]).toBe('Gross output (current prices) (billion VND): 2023: 0; 2024: 4.');
  });

  it('converts values given in another scale to the indicator\'s unit', () => {
    const millions = sectors({ agriculture: { 2024: 1000 }, industry: { 2024: 3000 } }, { unit: { unit: 'VND', power: 6 } });
    const table = structureTable(millions, { ...options, parts: economicSectors.slice(0, 2), from: 2024, to: 2024 });
    expect(table.notes[0]).toBe('Gross output (current prices) (billion VND): 2024: 4.');
    expect(table.rows[0]?.cells['share-2024']?.text).toBe('25.0');
  });

  it('refuses years that are not whole four-digit years, naming both', () => {
    for (const [from, to] of [[999, 2024], [2020, 10000], [2020.5, 2024], [2020, 2024.5]] as const) {
      expectFailure(() => structureTable(dataset, { ...options, from, to }), 'invalid-argument', `structureTable: from and to must be years (whole numbers from 1000 to 9999) with from ≤ to; got from ${String(from)} and to ${String(to)}`);
    }
    expect(structureTable(dataset, { ...options, from: 2024, to: 2024 }).columns.map((column) => column.id)).toEqual(['part', 'share-2024', 'shift']);
    expectFailure(() => structureSection(dataset, { ...options, parts: [] }), 'invalid-argument', 'structureSection: a structure needs two parts or more; got 0');
  });
});

describe('structureChart and structureSection in English', () => {
  it('describes the stacked chart: title, description, axes, point titles and a scale up to 100', () => {
    const chart = structureChart(dataset, options);
    expect(chart.id).toBe('structure-chart');
    expect(chart.title).toBe('Structure of gross output (current prices) by sector');
    expect(chart.description).toBe('The share of each sector in gross output (current prices), 2020–2024, one stacked column of 100% a year.');
    expect([chart.type, chart.categoryLabel, chart.valueLabel, chart.categories]).toEqual(['bars', 'Year', 'Share (%)', ['2020', '2021', '2022', '2023', '2024']]);
    expect(chart.series.map((series) => [series.id, series.label, series.role])).toEqual([
      ['agriculture', 'Agriculture, forestry and fisheries', 'series'], ['industry', 'Industry and construction', 'series'], ['services', 'Services', 'series'],
    ]);
    expect(chart.series[0]?.points[0]?.title).toBe('2020, Agriculture, forestry and fisheries: 38.4%');
    expect(chart.scale.max.toString()).toBe('100');
    expect([chart.references, chart.statusLegend]).toEqual([[], []]);
  });

  it('names the section and its blocks after its id, and says nothing when no share can move', () => {
    const section = structureSection(dataset, { ...options, id: 'economy' });
    expect([section.id, section.title, section.blocks.map((block) => block.id)]).toEqual(['economy', 'Shift in the economic structure', ['economy-table', 'economy-chart']]);
    expect(structureSection(dataset, options).blocks.map((block) => block.id)).toEqual(['structure-table', 'structure-chart']);
    const lastYearMissing = sectors({ agriculture: { 2023: 1, 2024: 1 }, industry: { 2023: 1 } });
    expect(structureSection(lastYearMissing, { ...options, parts: economicSectors.slice(0, 2), from: 2023, to: 2024 }).paragraphs).toEqual([]);
  });

  it('uses only observations published by the as-of date', () => {
    const revised = buildDataset(parseObservations([
      { indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', period: '2024', value: 1, dimensions: { sector: 'agriculture' }, status: 'official', published: '2025-01-10' },
      { indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', period: '2024', value: 3, dimensions: { sector: 'agriculture' }, status: 'official', published: '2025-06-10' },
      { indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', period: '2024', value: 3, dimensions: { sector: 'industry' }, status: 'official', published: '2025-01-10' },
    ]));
    const twoSectors = { ...options, parts: economicSectors.slice(0, 2), from: 2024, to: 2024 };
    expect(structureTable(revised, { ...twoSectors, asOf: '2025-02-01' }).rows[0]?.cells['share-2024']?.text).toBe('25.0');
    expect(structureTable(revised, twoSectors).rows[0]?.cells['share-2024']?.text).toBe('50.0');
  });
});

describe('structure texts in Vietnamese, and the English summary', () => {
  it('names the table, the chart and the missing parts in Vietnamese', () => {
    const vi = { ...options, lang: 'vi' as const };
    const table = structureTable(dataset, vi);
    expect([table.title, table.columns[0]?.label, table.columns.at(-1)?.label, table.rows.at(-1)?.cells.part?.text, table.notes[1]]).toEqual([
      'Cơ cấu tổng giá trị sản xuất (giá hiện hành) theo ngành (%)', 'Ngành', 'Chuyển dịch 2020–2024 (điểm %)', 'Tổng số',
      'Tỷ trọng tính trên tổng các ngành; số làm tròn nên tổng có thể lệch 0,1.',
    ]);
    const chart = structureChart(dataset, vi);
    expect([chart.title, chart.description, chart.categoryLabel, chart.valueLabel]).toEqual([
      'Cơ cấu tổng giá trị sản xuất (giá hiện hành) theo ngành',
      'Tỷ trọng của từng ngành trong tổng giá trị sản xuất (giá hiện hành) 2020–2024, mỗi năm một cột chồng bằng 100%.',
      'Năm', 'Tỷ trọng (%)',
    ]);
    const partial = sectors({ agriculture: { 2024: 1 } });
    expect(structureTable(partial, { ...vi, from: 2024, to: 2024 }).notes).toContain('Năm 2024 thiếu số liệu của: Công nghiệp - xây dựng, Dịch vụ; không tính được cơ cấu năm này.');
  });

  it('says in English how each share moved', () => {
    expect(structureSection(dataset, options).paragraphs).toEqual([
      'The economic structure shifted: agriculture, forestry and fisheries fell from 38.4% to 29.6% (-8.8 percentage points); industry and construction rose from 33.0% to 39.4% (+6.4 percentage points); services rose from 28.6% to 31.0% (+2.5 percentage points).',
    ]);
  });

  it('accepts the years 1000 and 9999 themselves', () => {
    expect(structureTable(dataset, { ...options, from: 1000, to: 1000 }).columns.map((column) => column.id)).toEqual(['part', 'share-1000', 'shift']);
    expect(structureTable(dataset, { ...options, from: 9999, to: 9999 }).columns.map((column) => column.id)).toEqual(['part', 'share-9999', 'shift']);
  });
});
