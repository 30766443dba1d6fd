/* Next year's plan as the table a draft plan carries (issue 16, item 5). */
import { describe, expect, it } from 'vitest';
import { buildCatalog, buildDataset, draftPlanSection, draftPlanTable, parseObservations, proposeYearTargets, renderCsv, renderMarkdown, toDecimal } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog, vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import { nhuXuanFiveYearDataset as dataset, nhuXuanFiveYearPlan as plan } from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../helpers.js';

const proposals = proposeYearTargets(plan, dataset, { catalog, year: 2025 });

describe('draftPlanTable', () => {
  it('turns a proposed growth into the level it means, from the latest estimate, and compares it with that estimate', () => {
    const table = draftPlanTable(proposals, dataset, { catalog, lang: 'vi' });
    const output = table.rows[0]?.cells;
    const growth = proposals[0]?.proposed?.value;
    if (growth === undefined) throw new Error('P1 has a proposal');
    expect(output?.planned?.value).toEqual(toDecimal(5436).times(growth.div(100).plus(1)));
    expect(output?.compare?.value).toEqual(toDecimal(5436).times(growth.div(100).plus(1)).div(5436).times(100));
    expect(table.columns.map((column) => column.label)).toEqual([
      'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023', 'Ước thực hiện năm 2024', 'Kế hoạch năm 2025', 'KH 2025 so với ƯTH 2024 (%)', 'Căn cứ đề xuất',
    ]);
  });

  it('adds a change to the latest value, compares rates in points, and writes a fall as a fall', () => {
    const markdown = renderMarkdown(draftPlanTable(proposals, dataset, { catalog, lang: 'vi' }));
    expect(markdown).toContain('| 5 | Số xã đạt chuẩn nông thôn mới | xã | 9 | 11 | 12 | 109,1 | tăng thêm ≥ 1 xã |');
    expect(markdown).toContain('| 7 | Tỷ lệ hộ nghèo (đa chiều) | % | 12,31 | 9,64 | 7,16 | -2,48 điểm % | giảm ≥ 2,48 điểm % |');
    expect(renderCsv(draftPlanTable(proposals, dataset, { catalog, lang: 'en' })).split('\r\n')[7]).toBe('7,POVERTY_RATE,,12.31,9.64,7.16,-2.48,point-change');
  });

  it('is the table of the next-year section, and refuses proposals with no year', () => {
    expect(draftPlanSection(proposals, dataset, { catalog, lang: 'vi' }).paragraphs).toEqual(['Từ mục tiêu kế hoạch 5 năm và số ước thực hiện mới nhất, dự kiến 7 chỉ tiêu chủ yếu cho năm 2025.']);
    expectFailure(() => draftPlanTable([], dataset, { catalog, lang: 'vi' }), 'invalid-argument', /no proposal has a target for a year/);
  });
});

describe('draftPlanTable in English and for every kind of proposal', () => {
  it('writes the whole table in English: the columns, each row from the latest estimate, the basis in words and the note', () => {
    expect(renderMarkdown(draftPlanTable(proposals, dataset, { catalog, lang: 'en' }))).toBe(
      [
        '## Draft main targets of the 2025 plan',
        '',
        '| No. | Target | Unit | Actual 2023 | Estimated 2024 | Plan 2025 | Plan 2025 against estimate 2024 (%) | Proposed as |',
        '| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |',
        '| 1 | Gross output (constant 2010 prices) | billion VND | 5,120 | 5,436 | 5,680.3 | 104.5 | up ≥ 4.49% on the year before |',
        '| 2 | Income per person | million VND per person per year | 42.1 | 47.2 | 50 | 105.9 | reach ≥ 50 million VND per person per year |',
        '| 3 | State budget revenue in the area | billion VND | 612.5 | 672.8 | 750 | 111.5 | reach ≥ 750 billion VND |',
        '| 4 | Total social development investment | billion VND | 948 | 1,085 | 864 | 79.6 | reach ≥ 864 billion VND |',
        '| 5 | Communes meeting the new-rural standard | communes | 9 | 11 | 12 | 109.1 | ≥ 1 communes more |',
        '| 6 | Urbanisation rate | % | 14.5 | 15 | 17 | +2 pp | reach ≥ 17% |',
        '| 7 | Multidimensional poverty rate | % | 12.31 | 9.64 | 7.16 | -2.48 pp | down ≥ 2.48 pp |',
        '',
        "- The year's plan follows the path of the five-year plan: what remains of the target spread evenly over the remaining years, from the latest estimate. Rates are compared in percentage points.",
        '',
      ].join('\n'),
    );
  });

  it('writes the Vietnamese rows and note in full, each target with its id and working as detail', () => {
    const table = draftPlanTable(proposals, dataset, { catalog, lang: 'vi', id: 'ke-hoach-2025' });
    expect(table.id).toBe('ke-hoach-2025');
    expect(table.rows.map((row) => [row.id, row.cells.number?.text, row.cells.unit?.text, row.cells.basis?.text, row.cells.basis?.value])).toEqual([
      ['P1', '1', 'tỷ đồng', 'tăng ≥ 4,49% so với năm trước', 'growth'],
      ['P2', '2', 'triệu đồng/người/năm', 'đạt ≥ 50 triệu đồng/người/năm', 'level'],
      ['P3', '3', 'tỷ đồng', 'đạt ≥ 750 tỷ đồng', 'level'],
      ['P4', '4', 'tỷ đồng', 'đạt ≥ 864 tỷ đồng', 'level'],
      ['P5', '5', 'xã', 'tăng thêm ≥ 1 xã', 'change'],
      ['P6', '6', '%', 'đạt ≥ 17%', 'level'],
      ['P7', '7', '%', 'giảm ≥ 2,48 điểm %', 'point-change'],
    ]);
    expect(table.rows[0]?.cells.target).toEqual({ value: 'PRODUCTION_VALUE', text: 'Giá trị sản xuất (giá so sánh 2010)', detail: 'P1: T_2025 = ((B × (1 + T/100)^5 / A_2024)^(1/1) − 1) × 100' });
    expect(table.rows[0]?.cells.number?.value?.toString()).toBe('1');
    expect(table.rows[5]?.cells.compare?.value?.toString()).toBe('2');
    expect(table.columns.map((column) => column.kind)).toEqual(['number', 'text', 'text', 'number', 'number', 'number', 'number', 'text']);
    expect(table.notes).toEqual([
      'Kế hoạch năm đề xuất theo lộ trình kế hoạch 5 năm: phần còn lại của mục tiêu chia đều cho các năm còn lại, từ số ước thực hiện mới nhất. Chỉ tiêu tỷ lệ so sánh bằng điểm phần trăm.',
    ]);
  });

  it('writes a cumulative target, strict and exact comparators, a strict fall, a change of a rate, and a proposal without a target', () => {
    const [growth, income, , investment, communes, urban, poverty] = proposals;
    if (growth?.proposed == null || income?.proposed == null || investment?.proposed == null || communes?.proposed == null || urban?.proposed == null || poverty?.proposed == null) {
      throw new Error('the five-year plan proposes every target');
    }
    const varied = [
      { ...investment, proposed: { ...investment.proposed, basis: 'cumulative' as const } },
      { ...income, proposed: { ...income.proposed, comparator: 'more-than' as const } },
      { ...growth, proposed: { ...growth.proposed, comparator: 'equal' as const } },
      { ...poverty, proposed: { ...poverty.proposed, comparator: 'less-than' as const } },
      { ...poverty, proposed: { ...poverty.proposed, comparator: 'at-least' as const } },
      { ...urban, proposed: { ...urban.proposed, basis: 'change' as const, value: toDecimal(2) } },
      { ...communes, proposed: null, reason: 'the target has no value', method: '' },
    ];
    const vi = draftPlanTable(varied, dataset, { catalog, lang: 'vi' });
    expect(vi.rows.map((row) => [row.cells.planned?.text, row.cells.compare?.text, row.cells.basis?.text])).toEqual([
      ['864', '79,6', 'đạt ≥ 864 tỷ đồng'],
      ['50', '105,9', 'đạt > 50 triệu đồng/người/năm'],
      ['5.680,3', '104,5', 'tăng 4,49% so với năm trước'],
      ['7,16', '-2,48 điểm %', 'giảm > 2,48 điểm %'],
      ['7,16', '-2,48 điểm %', 'thay đổi ≥ -2,48 điểm %'],
      ['17', '+2 điểm %', 'tăng thêm ≥ +2 điểm %'],
      ['–', '–', 'the target has no value'],
    ]);
    expect(vi.rows[6]?.cells.basis?.value).toBeNull();
    expect(vi.rows[6]?.cells.target?.detail).toBe('P5');
    const en = draftPlanTable(varied, dataset, { catalog, lang: 'en' });
    expect(en.rows.map((row) => row.cells.basis?.text)).toEqual([
      'reach ≥ 864 billion VND',
      'reach > 50 million VND per person per year',
      'up 4.49% on the year before',
      'down > 2.48 pp',
      'a change of ≥ -2.48 pp',
      '≥ +2 pp more',
      'the target has no value',
    ]);
    // Six of the seven have a target: the section counts those.
    expect(draftPlanSection(varied, dataset, { catalog, lang: 'en' }).paragraphs).toEqual(['From the five-year targets and the latest estimates, 6 main targets are proposed for 2025.']);
  });

  it('leaves the earlier values, the plan and the comparison empty for an area without values', () => {
    const [growth, , , , communes] = proposals;
    if (growth?.proposed == null || communes?.proposed == null) throw new Error('the five-year plan proposes every target');
    const elsewhere = { ...growth, source: { ...growth.source, area: '999' } };
    const withoutLatest = draftPlanTable([elsewhere], dataset, { catalog, lang: 'vi' }).rows[0]?.cells;
    expect([withoutLatest?.before?.text, withoutLatest?.latest?.text, withoutLatest?.planned?.text, withoutLatest?.compare?.text]).toEqual(['–', '–', '–', '–']);
    const changeWithoutLatest = draftPlanTable([{ ...communes, source: { ...communes.source, area: '999' } }], dataset, { catalog, lang: 'vi' }).rows[0]?.cells;
    expect([changeWithoutLatest?.planned?.text, changeWithoutLatest?.compare?.text]).toEqual(['–', '–']);
  });

  it('titles the section by the year of the proposals in both languages, with the table inside under its own id', () => {
    const vi = draftPlanSection(proposals, dataset, { catalog, lang: 'vi', id: 'nam-toi' });
    expect([vi.id, vi.title, vi.blocks.map((block) => block.id)]).toEqual(['nam-toi', 'Dự kiến kế hoạch năm 2025', ['nam-toi-table']]);
    const en = draftPlanSection(proposals, dataset, { catalog, lang: 'en' });
    expect([en.id, en.title, en.paragraphs, en.blocks.map((block) => block.id)]).toEqual([
      'next-year',
      'Draft plan for 2025',
      ['From the five-year targets and the latest estimates, 7 main targets are proposed for 2025.'],
      ['next-year-table'],
    ]);
  });
});

describe('draftPlanTable: dates, scales, every comparator and refusals', () => {
  it('reads only the values published by asOf: in June 2024 the 2024 estimate is not out, so no plan is derived from it', () => {
    const table = draftPlanTable(proposals, dataset, { catalog, lang: 'en', asOf: '2024-06-30' });
    expect(table.rows.map((row) => [row.id, row.cells.before?.text, row.cells.latest?.text, row.cells.planned?.text, row.cells.compare?.text])).toEqual([
      ['P1', '5,120', '–', '–', '–'],
      ['P2', '42.1', '–', '50', '–'],
      ['P3', '612.5', '–', '750', '–'],
      ['P4', '948', '–', '864', '–'],
      ['P5', '9', '–', '–', '–'],
      ['P6', '14.5', '–', '17', '–'],
      ['P7', '12.31', '–', '–', '–'],
    ]);
  });

  it('converts a value given in another scale of the unit, and compares nothing with a zero estimate', () => {
    const [, , budget] = proposals;
    if (budget?.proposed == null) throw new Error('the five-year plan proposes a budget target');
    const inMillions = buildDataset(parseObservations([{ indicator: 'BUDGET_REVENUE', area: '402', period: '2024', value: 672800, unit: { unit: 'VND', power: 6 }, status: 'official' }]));
    expect(draftPlanTable([budget], inMillions, { catalog, lang: 'en' }).rows.map((row) => [row.cells.latest?.text, row.cells.planned?.text, row.cells.compare?.text])).toEqual([['672.8', '750', '111.5']]);
    const zero = buildDataset(parseObservations([{ indicator: 'BUDGET_REVENUE', area: '402', period: '2024', value: 0, status: 'official' }]));
    expect(draftPlanTable([budget], zero, { catalog, lang: 'en' }).rows[0]?.cells.compare).toEqual({ value: null, text: '–' });
  });

  it('writes about, maintain and at-most levels with their signs, a fall of a count, a rise capped from above, and a strict fall of a rate', () => {
    const [, income, , , communes, urban] = proposals;
    if (income?.proposed == null || communes?.proposed == null || urban?.proposed == null) throw new Error('the five-year plan proposes every target');
    const varied = [
      { ...income, proposed: { ...income.proposed, comparator: 'approximately' as const } },
      { ...income, proposed: { ...income.proposed, comparator: 'maintain' as const } },
      { ...income, proposed: { ...income.proposed, comparator: 'at-most' as const } },
      { ...communes, proposed: { ...communes.proposed, value: toDecimal(-2), comparator: 'at-most' as const } },
      { ...communes, proposed: { ...communes.proposed, value: toDecimal(2), comparator: 'at-most' as const } },
      { ...urban, proposed: { ...urban.proposed, basis: 'change' as const, value: toDecimal(-1), comparator: 'less-than' as const } },
    ];
    // 11 communes in 2024: two fewer is 9, two more is 13; urbanisation 15% less one point is 14%.
    expect(draftPlanTable(varied, dataset, { catalog, lang: 'vi' }).rows.map((row) => [row.cells.planned?.text, row.cells.compare?.text, row.cells.basis?.text])).toEqual([
      ['50', '105,9', 'đạt ≈ 50 triệu đồng/người/năm'],
      ['50', '105,9', 'đạt ≥ 50 triệu đồng/người/năm'],
      ['50', '105,9', 'đạt ≤ 50 triệu đồng/người/năm'],
      ['9', '81,8', 'giảm ≥ 2 xã'],
      ['13', '118,2', 'tăng thêm ≤ 2 xã'],
      ['14', '-1 điểm %', 'giảm > 1 điểm %'],
    ]);
    expect(draftPlanTable(varied, dataset, { catalog, lang: 'en' }).rows.map((row) => row.cells.basis?.text)).toEqual([
      'reach ≈ 50 million VND per person per year',
      'reach ≥ 50 million VND per person per year',
      'reach ≤ 50 million VND per person per year',
      'down ≥ 2 communes',
      '≤ 2 communes more',
      'down > 1 pp',
    ]);
  });

  it('refuses an unknown language, a catalog that is not one and proposals that are not a list', () => {
    expectFailure(() => draftPlanTable(proposals, dataset, { catalog, lang: 'fr' as 'vi' }), 'invalid-argument', /^draftPlanTable: lang must be 'vi' \(Vietnamese\) or 'en' \(English\); got "fr"$/);
    expectFailure(() => draftPlanTable(proposals, dataset, { catalog: {} as typeof catalog, lang: 'vi' }), 'invalid-argument', /^draftPlanTable: options.catalog must be a catalog/);
    expectFailure(() => draftPlanTable({} as never, dataset, { catalog, lang: 'vi' }), 'invalid-argument', 'draftPlanTable: expected an array of proposals (from proposeYearTargets); got an object');
    expectFailure(
      () => draftPlanTable(proposals.map((proposal) => ({ ...proposal, proposed: null })), dataset, { catalog, lang: 'en' }),
      'invalid-argument',
      'draftPlanTable: no proposal has a target for a year; give the proposals of proposeYearTargets for a year of the plan',
    );
  });
});

describe('draftPlanTable: its default id, the Vietnamese title, the year of a list that opens without a target, and a name without English', () => {
  it('is the table "draft-plan" titled by the plan year in Vietnamese unless another id is given', () => {
    const table = draftPlanTable(proposals, dataset, { catalog, lang: 'vi' });
    expect([table.kind, table.id, table.lang, table.title]).toEqual(['table', 'draft-plan', 'vi', 'Dự kiến các chỉ tiêu chủ yếu kế hoạch năm 2025']);
  });

  it('takes the year from the first proposal that has a target, even after proposals without one', () => {
    const [growth] = proposals;
    if (growth === undefined) throw new Error('the five-year plan proposes a growth target');
    const withoutTarget = { ...growth, proposed: null, reason: 'no value yet', method: '' };
    const table = draftPlanTable([withoutTarget, growth], dataset, { catalog, lang: 'en' });
    expect([table.title, table.rows.map((row) => [row.cells.number?.text, row.cells.planned?.text, row.cells.basis?.text])]).toEqual([
      'Draft main targets of the 2025 plan',
      [['1', '–', 'no value yet'], ['2', '5,680.3', 'up ≥ 4.49% on the year before']],
    ]);
    expect(draftPlanSection([withoutTarget, growth], dataset, { catalog, lang: 'en' }).paragraphs).toEqual(['From the five-year targets and the latest estimates, 1 main target is proposed for 2025.']);
  });

  it('names in English a target whose indicator has an English label, and by its Vietnamese label one that has none', () => {
    const noEnglish = buildCatalog(
      vnDistrictIndicators.map((indicator) => (indicator.code === 'POVERTY_RATE' ? { ...indicator, labels: { vi: indicator.labels.vi } } : indicator)),
    );
    const names = draftPlanTable(proposals, dataset, { catalog: noEnglish, lang: 'en' }).rows.map((row) => row.cells.target?.text);
    expect([names[5], names[6]]).toEqual(['Urbanisation rate', 'Tỷ lệ hộ nghèo (đa chiều)']);
  });
});
