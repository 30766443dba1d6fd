/*
 * The words a reader of the growth section sees in both languages: the headings of the growth and
 * yearly tables, the notes, the titles, descriptions, legends and bar titles of the charts, for a
 * level indicator (growth in percent) and a rate (changes in percentage points).
 */
import { describe, expect, it } from 'vitest';
import { type GrowthSeriesInput, assessPlan, growthChart, growthSection, growthTable, growthYearsTable } from '../../src/index.js';
import { nhuXuanDataset2024, nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';
import { catalog, growthInputs } from './fixtures.js';

const [grossOutput] = growthInputs as [GrowthSeriesInput, GrowthSeriesInput];
const [firstTarget] = assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog }).assessments;
if (firstTarget === undefined) throw new Error('the 2024 plan has targets');
// Gross output with its plan target T1 (growth of 5.6% in 2024), and urbanisation 14% in 2022 and
// 15.2% in 2024 with 2023 missing: 0.6 points a year over 2023–2024, against a target of 0.5.
const assessed: GrowthSeriesInput = { ...grossOutput, assessment: firstTarget };
const urbanisation: GrowthSeriesInput = { indicator: 'URBANISATION_RATE', target: '0.5', series: [{ year: 2022, value: '14' }, { year: 2023, value: null }, { year: 2024, value: '15.2' }] };

describe('growthTable in both languages', () => {
  it('heads its columns', () => {
    expect(growthTable(growthInputs, { catalog, lang: 'vi' }).columns.map((column) => column.label)).toEqual(['Chỉ tiêu', 'Kỳ', 'Năm gốc', 'Giá trị năm gốc', 'Giá trị năm cuối', 'Tăng bình quân/năm', 'Tăng năm cuối', 'Mục tiêu', 'Đánh giá']);
    const en = growthTable(growthInputs, { catalog, lang: 'en' });
    expect([en.title, en.columns.map((column) => column.label)]).toEqual(['Growth', ['Indicator', 'Period', 'Base year', 'Base value', 'Last value', 'Average annual growth', 'Latest year', 'Target', 'Status']]);
  });

  it('calls the average context when a row carries its plan target, and says why in a note, with the note on rates', () => {
    const vi = growthTable([assessed, urbanisation], { catalog, lang: 'vi' });
    expect(vi.columns[5]?.label).toBe('Tăng bình quân/năm (tham khảo)');
    expect(vi.notes).toEqual([
      'Cột Đánh giá là kết quả của chỉ tiêu kế hoạch trong kỳ của chỉ tiêu; tốc độ tăng bình quân của các năm có số liệu chỉ để tham khảo.',
      'Chỉ tiêu tỷ lệ (%): mức tăng, giảm tính bằng điểm phần trăm.',
    ]);
    expect(vi.rows.map((row) => vi.columns.map((column) => row.cells[column.id]?.text))).toEqual([
      ['Giá trị sản xuất (giá so sánh 2010)', 'Giai đoạn 2021–2024', '2020', '4.050 tỷ đồng', '5.436 tỷ đồng', '7,64%', '6,17%', '≥ 5,6% năm 2024', 'Vượt kế hoạch'],
      ['Tỷ lệ đô thị hóa', 'Giai đoạn 2023–2024', '2022', '14%', '15,2%', '0,6 điểm %', '–', '≥ 0,5 điểm %', 'Vượt kế hoạch'],
    ]);
    const en = growthTable([assessed, urbanisation], { catalog, lang: 'en' });
    expect(en.columns[5]?.label).toBe('Average annual growth (context)');
    expect(en.notes).toEqual([
      "The status is the plan target's own, over the target's period; the average growth of the years with data is context only.",
      'Rates (%): changes are in percentage points.',
    ]);
    expect(en.rows.map((row) => [row.cells.range?.text, row.cells.average?.text, row.cells.target?.text, row.cells.status?.text])).toEqual([
      ['2021–2024', '7.64%', '≥ 5.6% in 2024', 'Exceeded'],
      ['2023–2024', '0.6 pp', '≥ 0.5 pp', 'Exceeded'],
    ]);
  });
});

describe('growthYearsTable in both languages', () => {
  it('titles and heads the table, and says why a year has no change', () => {
    const vi = growthYearsTable([urbanisation], { catalog, lang: 'vi' });
    expect([vi.title, vi.columns.map((column) => column.label), vi.rows.map((row) => row.cells.growth?.detail)]).toEqual([
      'Tốc độ tăng so với năm trước',
      ['Chỉ tiêu', 'Năm', 'Giá trị', 'Tăng so với năm trước'],
      [undefined, 'thiếu số liệu', 'thiếu số liệu'],
    ]);
    const en = growthYearsTable([urbanisation], { catalog, lang: 'en' });
    expect([en.title, en.columns.map((column) => column.label), en.rows.map((row) => row.cells.growth?.detail)]).toEqual([
      'Growth on the previous year',
      ['Indicator', 'Year', 'Value', 'Growth on the previous year'],
      [undefined, 'a value is missing', 'a value is missing'],
    ]);
  });
});

describe('growthChart in both languages', () => {
  it('titles, describes and labels the chart of a level indicator, with its target line and bar titles', () => {
    const vi = growthChart(grossOutput, { catalog, lang: 'vi' });
    expect([vi.title, vi.description, vi.categoryLabel, vi.valueLabel, vi.legend.map((entry) => entry.label), vi.reference?.label]).toEqual([
      'Giá trị sản xuất (giá so sánh 2010): tốc độ tăng so với năm trước',
      'Tốc độ tăng so với năm trước của Giá trị sản xuất (giá so sánh 2010), giai đoạn 2021–2024; đường đứt nét là mục tiêu tăng bình quân mỗi năm.',
      'Năm',
      'Tốc độ tăng (%)',
      ['Tăng so với năm trước', 'Mục tiêu tăng bình quân/năm'],
      'Mục tiêu 5,6%',
    ]);
    expect(vi.bars.map((bar) => bar.title)).toEqual(['Năm 2021: 6,4% so với năm 2020', 'Năm 2022: 9,0% so với năm 2021', 'Năm 2023: 8,9% so với năm 2022', 'Năm 2024: 6,2% so với năm 2023']);
    const en = growthChart(grossOutput, { catalog, lang: 'en' });
    expect([en.categoryLabel, en.valueLabel, en.legend.map((entry) => entry.label)]).toEqual(['Year', 'Growth (%)', ['Growth on the previous year', 'Target average annual growth']]);
  });

  it('titles, describes and labels the chart of a rate in percentage points, a missing year included', () => {
    const vi = growthChart(urbanisation, { catalog, lang: 'vi' });
    expect([vi.title, vi.description, vi.valueLabel, vi.legend.map((entry) => entry.label), vi.reference?.label, vi.bars.map((bar) => bar.title)]).toEqual([
      'Tỷ lệ đô thị hóa: tăng, giảm so với năm trước (điểm %)',
      'Mức tăng, giảm so với năm trước (điểm %) của Tỷ lệ đô thị hóa, giai đoạn 2023–2024; đường đứt nét là mục tiêu tăng bình quân mỗi năm.',
      'Tăng, giảm (điểm %)',
      ['Tăng, giảm so với năm trước', 'Không tính được', 'Mục tiêu tăng bình quân/năm'],
      'Mục tiêu 0,5 điểm %',
      ['Năm 2023: – (thiếu số liệu) so với năm 2022', 'Năm 2024: – (thiếu số liệu) so với năm 2023'],
    ]);
    const en = growthChart(urbanisation, { catalog, lang: 'en' });
    expect([en.title, en.description, en.valueLabel, en.legend.map((entry) => entry.label), en.reference?.label, en.bars.map((bar) => bar.title)]).toEqual([
      'Urbanisation rate: change on the previous year (percentage points)',
      'Change of Urbanisation rate on the previous year in percentage points, 2023–2024; the dashed line is the target average annual growth.',
      'Change (percentage points)',
      ['Change on the previous year', 'No value', 'Target average annual growth'],
      'Target 0.5 pp',
      ['2023: – (a value is missing) on 2022', '2024: – (a value is missing) on 2023'],
    ]);
  });

  it('titles the section', () => {
    expect([growthSection(growthInputs, { catalog, lang: 'vi' }).title, growthSection(growthInputs, { catalog, lang: 'en' }).title]).toEqual(['Tăng trưởng', 'Growth']);
  });
});
