/*
 * Edges of the mid-term review tables (src/report/review.ts) that a reader sees: a target the
 * catalog lacks, a band, a target kept at its base, a target's own wording, changes of counts and of
 * rates, exact targets, lower-is-better targets, the year-end estimate column, proposals without a
 * value, and the options (notes, ids, proposals, tolerance) of the section builders.
 */
import { describe, expect, it } from 'vitest';
import {
  type ObservationInput,
  type PlanInput,
  type YearEndEstimate,
  buildCatalog,
  buildDataset,
  buildPlanReport,
  parseObservations,
  planReviewSection,
  planSchema,
  proposalsTable,
  proposeYearTargets,
  reviewPlan,
  reviewSection,
  reviewTable,
  toDecimal,
} from '../../src/index.js';
import * as z from 'zod/mini';
import { vnDistrictIndicatorCatalog as catalog, vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import { expectFailure } from '../helpers.js';

const document = { kind: 'five-year-plan' } as const;
type TargetFields = Omit<PlanInput['targets'][number], 'area' | 'period' | 'document'>;
const target = (fields: TargetFields) => ({ area: '402', period: '2021/2025', document, ...fields });

const plan = z.parse(planSchema, {
  id: 'EDGES',
  title: { vi: 'Kế hoạch 5 năm (minh họa)' },
  area: '402',
  period: '2021/2025',
  document,
  targets: [
    target({ id: 'UNKNOWN', indicator: 'NOT_IN_CATALOG', basis: 'level', comparator: 'at-least', value: 3 }),
    target({ id: 'BAND', indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'between', lower: 14, upper: 16 }),
    target({ id: 'KEEP', indicator: 'FOREST_COVER', basis: 'level', comparator: 'maintain' }),
    target({ id: 'NAMED', indicator: 'NTM_COMMUNES', basis: 'change', basePeriod: '2020', comparator: 'at-least', value: 7, text: { vi: 'Thêm xã đạt chuẩn nông thôn mới', en: 'More new-rural communes' } }),
    target({ id: 'STUNT', indicator: 'CHILD_STUNTING_RATE', basis: 'change', basePeriod: '2020', comparator: 'at-most', value: -8 }),
    target({ id: 'ACCIDENTS', indicator: 'ROAD_ACCIDENTS', basis: 'level', comparator: 'maintain' }),
    target({ id: 'DEATHS', indicator: 'ROAD_DEATHS', basis: 'level', comparator: 'equal', value: 10 }),
  ],
  illustrative: true,
} satisfies PlanInput);

function data(...observations: (Partial<ObservationInput> & Pick<ObservationInput, 'indicator' | 'period' | 'value'>)[]) {
  return buildDataset(parseObservations(observations.map((observation) => ({ area: '402', status: 'official', ...observation }))));
}

const series = (indicator: string, values: readonly number[]) => values.map((value, index) => ({ indicator, period: String(2020 + index), value }));
const actuals = data(
  ...series('URBANISATION_RATE', [12, 13, 14, 15]),
  ...series('FOREST_COVER', [50, 51, 52, 53]),
  ...series('NTM_COMMUNES', [8, 10, 12, 13]),
  ...series('CHILD_STUNTING_RATE', [25, 24, 21, 19]),
  ...series('ROAD_ACCIDENTS', [15, 14, 16, 17]),
  ...series('ROAD_DEATHS', [15, 12, 10, 9]),
);
const review = reviewPlan(plan, actuals, { catalog, through: '2021/2023' });

describe('reviewTable at the edges', () => {
  it('keeps the row of a target whose indicator the catalog lacks, and says why it is not assessable', () => {
    const [vi, en] = (['vi', 'en'] as const).map((lang) => reviewTable(review, { catalog, lang }).rows[0]);
    expect(vi).toStrictEqual({
      id: 'UNKNOWN',
      cells: {
        id: { value: 'UNKNOWN', text: 'UNKNOWN' },
        target: { value: 'NOT_IN_CATALOG', text: 'NOT_IN_CATALOG' },
        planned: { value: null, text: '–' },
        toDate: { value: null, text: '–' },
        expected: { value: null, text: '–' },
        status: { value: 'not-assessable', text: 'Không đánh giá được', detail: 'chỉ tiêu không có trong danh mục chỉ tiêu' },
        remaining: { value: null, text: '–' },
      },
    });
    expect([en?.cells.status?.text, en?.cells.status?.detail]).toEqual(['Not assessable', 'indicator NOT_IN_CATALOG is not in the catalog']);
  });

  it('writes a band by its bounds, a target kept at its base without a value, a target\'s own wording, and changes of a count and of a rate', () => {
    const rows = (lang: 'vi' | 'en') =>
      reviewTable(review, { catalog, lang }).rows.slice(1, 5).map((row) => [row.id, row.cells.target?.text, row.cells.planned?.text, row.cells.toDate?.text, row.cells.expected?.text, row.cells.remaining?.text]);
    expect(rows('vi')).toEqual([
      ['BAND', 'Tỷ lệ đô thị hóa', '14%–16%', '15%', '–', '–'],
      ['KEEP', 'Tỷ lệ che phủ rừng', '–', '53%', '50%', 'đã đạt mục tiêu'],
      ['NAMED', 'Thêm xã đạt chuẩn nông thôn mới', '≥ 7 xã', '5 xã', '4 xã', 'còn 2 xã, bình quân 1 xã/năm'],
      ['STUNT', 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', '≤ -8 điểm %', '-6 điểm %', '-4,8 điểm %', 'còn 2 điểm %, bình quân 1 điểm %/năm'],
    ]);
    // English units are not made singular ("1 communes a year"): formatQuantity writes the catalog's unit label as it is.
    expect(rows('en')).toEqual([
      ['BAND', 'Urbanisation rate', '14%–16%', '15%', '–', '–'],
      ['KEEP', 'Forest cover', '–', '53%', '50%', 'target reached'],
      ['NAMED', 'More new-rural communes', '≥ 7 communes', '5 communes', '4 communes', '2 communes to go, 1 communes a year'],
      ['STUNT', 'Stunting among children under 5', '≤ -8 pp', '-6 pp', '-4.8 pp', '2 pp to go, 1 pp a year'],
    ]);
  });

  it('reads what a lower-is-better target kept at its base still needs, and reaches an exact target only at its value', () => {
    const rows = (lang: 'vi' | 'en') => reviewTable(review, { catalog, lang }).rows.slice(5).map((row) => [row.id, row.cells.planned?.text, row.cells.toDate?.text, row.cells.remaining?.text]);
    // Accidents kept at their 2020 level (15) stand at 17; deaths, to be exactly 10, stand at 9.
    expect(rows('vi')).toEqual([
      ['ACCIDENTS', '–', '17 đơn vị', 'còn 2 đơn vị'],
      ['DEATHS', '= 10 người', '9 người', 'còn 1 người'],
    ]);
    expect(rows('en')).toEqual([
      ['ACCIDENTS', '–', '17 units', '2 units to go'],
      ['DEATHS', '= 10 persons', '9 persons', '1 persons to go'],
    ]);
    // At the boundary each is reached: cover back at its base, accidents back at theirs, deaths exactly 10.
    const atBoundary = reviewPlan(plan, data(...series('FOREST_COVER', [50, 51, 52, 50]), ...series('ROAD_ACCIDENTS', [15, 14, 16, 15]), ...series('ROAD_DEATHS', [15, 12, 11, 10])), { catalog, through: '2021/2023' });
    expect(reviewTable(atBoundary, { catalog, lang: 'en' }).rows.filter((row) => ['KEEP', 'ACCIDENTS', 'DEATHS'].includes(row.id)).map((row) => row.cells.remaining?.text)).toEqual([
      'target reached',
      'target reached',
      'target reached',
    ]);
  });
});

describe('the options of the review tables', () => {
  const estimate = (value: number): YearEndEstimate => ({ toDate: '2024-S1', value: toDecimal(value), years: [], share: toDecimal('0.5'), estimate: toDecimal(value * 2), method: 'estimate = A / s' });

  it('adds the notes and the id given, and an estimate column only when there are estimates', () => {
    const table = reviewTable(review, { catalog, lang: 'vi', notes: ['Số liệu minh họa.'], id: 'danh-gia' });
    expect([table.id, table.notes, table.columns.map((column) => column.id)]).toEqual([
      'danh-gia',
      ['Số liệu minh họa.'],
      ['id', 'target', 'planned', 'toDate', 'expected', 'status', 'remaining'],
    ]);
    expect(table.columns.map((column) => column.kind)).toEqual(['text', 'text', 'number', 'number', 'number', 'status', 'number']);
    expect(reviewTable(review, { catalog, lang: 'vi', estimates: new Map() }).columns.map((column) => column.id)).not.toContain('estimate');
    const estimated = reviewTable(review, { catalog, lang: 'en', estimates: new Map([['NAMED', estimate(6)], ['UNKNOWN', estimate(2)], ['KEEP', { ...estimate(25), method: '' }]]) });
    expect(estimated.columns.at(-1)).toEqual({ id: 'estimate', label: 'Year-end estimate', kind: 'number' });
    // An estimate without a method has no detail at all.
    expect(estimated.rows[2]?.cells.estimate).toStrictEqual({ value: toDecimal(50), text: '50%' });
    expect(estimated.rows.map((row) => [row.id, row.cells.estimate?.value?.toString() ?? null, row.cells.estimate?.text, row.cells.estimate?.detail])).toEqual([
      ['UNKNOWN', '4', '–', 'estimate = A / s'],
      ['BAND', null, '–', undefined],
      ['KEEP', '50', '50%', undefined],
      ['NAMED', '12', '12 communes', 'estimate = A / s'],
      ['STUNT', null, '–', undefined],
      ['ACCIDENTS', null, '–', undefined],
      ['DEATHS', null, '–', undefined],
    ]);
  });

  it('keeps the status of a target assessed under another catalog, without a reason, when the table\'s catalog lacks its indicator', () => {
    const withoutForest = buildCatalog(vnDistrictIndicators.filter((indicator) => indicator.code !== 'FOREST_COVER'));
    const kept = reviewTable(review, { catalog: withoutForest, lang: 'en' }).rows[2];
    expect(review.paces[2]?.reason).toBeNull();
    expect(kept).toStrictEqual({
      id: 'KEEP',
      cells: {
        id: { value: 'KEEP', text: 'KEEP' },
        target: { value: 'FOREST_COVER', text: 'FOREST_COVER' },
        planned: { value: null, text: '–' },
        toDate: { value: null, text: '–' },
        expected: { value: null, text: '–' },
        status: { value: review.paces[2]?.status, text: 'Ahead of schedule' },
        remaining: { value: null, text: '–' },
      },
    });
  });

  it('refuses a catalog that is not one and paces that are not a list', () => {
    expectFailure(() => reviewTable(review, { catalog: {} as typeof catalog, lang: 'vi' }), 'invalid-argument', /^reviewTable: options.catalog must be a catalog/);
    expectFailure(() => reviewTable({ ...review, paces: undefined as never }, { catalog, lang: 'vi' }), 'invalid-argument', 'reviewTable: expected an array of review paces (from reviewPlan); got undefined');
    expectFailure(() => proposalsTable(null as never, { catalog, lang: 'vi' }), 'invalid-argument', 'proposalsTable: expected an array of proposals (from proposeYearTargets); got null');
    expectFailure(() => proposalsTable([], { catalog, lang: 'de' as 'vi' }), 'invalid-argument', /^proposalsTable: lang must be/);
    expectFailure(() => proposalsTable([], { catalog: new Map() as never, lang: 'vi' }), 'invalid-argument', /^proposalsTable: options.catalog must be a catalog/);
    expectFailure(() => reviewSection(review, { catalog, lang: 'fr' as 'vi' }), 'invalid-argument', /^reviewSection: lang must be/);
  });
});

describe('proposals without a value, and the sections', () => {
  const known = { ...plan, targets: plan.targets.filter((planned) => planned.id !== 'UNKNOWN') };
  const proposals = proposeYearTargets(known, actuals, { catalog, year: 2024 });

  it('gives a target without a proposal a dash and its reason, and names the proposed target\'s own id', () => {
    const table = proposalsTable(proposals, { catalog, lang: 'en', id: 'next' });
    expect([table.id, table.title, table.columns.map((column) => column.kind)]).toEqual(['next', 'Proposed targets for 2024 on the path of the five-year plan', ['text', 'text', 'number', 'number', 'text']]);
    expect(table.rows.map((row) => [row.id, row.cells.id?.text, row.cells.target?.text, row.cells.proposed?.text, row.cells.proposed?.detail, row.cells.latest?.text, row.cells.method?.value ?? null, row.cells.method?.text])).toEqual([
      ['BAND', 'BAND', 'Urbanisation rate', '–', 'a target with comparator between has no single value to spread over the years', '–', null, 'a target with comparator between has no single value to spread over the years'],
      ['KEEP', 'KEEP', 'Forest cover', '–', 'a target with comparator maintain has no single value to spread over the years', '–', null, 'a target with comparator maintain has no single value to spread over the years'],
      // Communes: (7 − (13 − 8)) / 2 = 1 more in each of the two years left; stunting (−8 − (19 − 25)) / 2 = −1 point.
      ['NAMED', 'NAMED-2024', 'More new-rural communes', 'change ≥ 1 communes', undefined, '13 communes (2023)', 'T_2024 = (T − (A_2023 − B)) / 2', 'T_2024 = (T − (A_2023 − B)) / 2'],
      ['STUNT', 'STUNT-2024', 'Stunting among children under 5', 'change ≤ -1 pp', undefined, '19% (2023)', 'T_2024 = (T − (A_2023 − B)) / 2', 'T_2024 = (T − (A_2023 − B)) / 2'],
      ['ACCIDENTS', 'ACCIDENTS', 'Road accidents', '–', 'a target with comparator maintain has no single value to spread over the years', '–', null, 'a target with comparator maintain has no single value to spread over the years'],
      // Deaths: 9 + (10 − 9) / 2 = 9.5, written to the indicator's precision (whole persons).
      ['DEATHS', 'DEATHS-2024', 'Road deaths', 'level = 10 persons', undefined, '9 persons (2023)', 'T_2024 = A + (T − A) / 2', 'T_2024 = A + (T − A) / 2'],
    ]);
    expect(table.rows.find((row) => row.id === 'DEATHS')?.cells.proposed?.value?.toString()).toBe('9.5');
    expect(table.rows.slice(2, 3)).toStrictEqual([
      {
        id: 'NAMED',
        cells: {
          id: { value: 'NAMED-2024', text: 'NAMED-2024' },
          target: { value: 'NTM_COMMUNES', text: 'More new-rural communes' },
          proposed: { value: toDecimal(1), text: 'change ≥ 1 communes' },
          latest: { value: toDecimal(13), text: '13 communes (2023)' },
          method: { value: 'T_2024 = (T − (A_2023 − B)) / 2', text: 'T_2024 = (T − (A_2023 − B)) / 2' },
        },
      },
    ]);
  });

  it('leaves the proposals out of a section given none, and names its blocks after its id', () => {
    const section = reviewSection(review, { catalog, lang: 'vi', id: 'giua-ky', proposals: [] });
    expect([section.id, section.blocks.map((block) => block.id), section.paragraphs]).toEqual(['giua-ky', ['giua-ky-table'], ['3 chỉ tiêu vượt tiến độ, 0 đúng tiến độ, 3 chậm tiến độ, 1 chưa đánh giá được.']]);
    expect(reviewSection(review, { catalog, lang: 'en', proposals }).blocks.map((block) => block.id)).toEqual(['review-table', 'review-proposals']);
  });

  it('proposes next year\'s targets, and uses the expected share and the tolerance given', () => {
    const build = (options: Parameters<typeof planReviewSection>[1]) => {
      const report = buildPlanReport(known, actuals, catalog, { lang: 'en', extraSections: [planReviewSection('2021/2023', options)] });
      const section = report.sections.find((candidate) => candidate.id === 'review');
      if (section === undefined) throw new Error('the review section is built');
      return section;
    };
    expect(build({ proposalsFor: 2024 }).blocks.map((block) => block.id)).toEqual(['review-table', 'review-proposals']);
    expect(build({}).blocks.map((block) => block.id)).toEqual(['review-table']);
    const given = build({ expected: { method: 'given', share: '0.5' }, tolerance: 100 });
    const table = given.blocks[0];
    // Half the path expected by now, and a tolerance of 100 points: every target with a path is on schedule; the band is judged by its bounds.
    expect(table?.kind === 'table' ? table.rows.map((row) => [row.id, row.cells.expected?.detail, row.cells.status?.text]) : []).toEqual([
      ['BAND', 's = 0.5', 'Behind schedule'],
      ['KEEP', 's = 0.5', 'On schedule'],
      ['NAMED', 's = 0.5', 'On schedule'],
      ['STUNT', 's = 0.5', 'On schedule'],
      ['ACCIDENTS', 's = 0.5', 'On schedule'],
      ['DEATHS', 's = 0.5', 'On schedule'],
    ]);
    expect(given.paragraphs).toEqual(['0 targets ahead of schedule, 5 on schedule, 1 behind, 0 not assessable.']);
    expect(build({}).paragraphs).toEqual(['3 targets ahead of schedule, 0 on schedule, 3 behind, 0 not assessable.']);
  });
});

describe('comparators, missing data, values and ids', () => {
  const comparators = z.parse(planSchema, {
    id: 'SIGNS',
    title: { vi: 'Kế hoạch 5 năm (minh họa)' },
    area: '402',
    period: '2021/2025',
    document,
    targets: [
      target({ id: 'MORE', indicator: 'NATURAL_POPULATION_GROWTH', basis: 'level', comparator: 'more-than', value: 1 }),
      target({ id: 'LEAST', indicator: 'NATURAL_POPULATION_GROWTH', basis: 'level', comparator: 'at-least', value: 1 }),
      target({ id: 'LESS', indicator: 'FOREST_COVER', basis: 'level', comparator: 'less-than', value: 52 }),
      target({ id: 'MOST', indicator: 'FOREST_COVER', basis: 'level', comparator: 'at-most', value: 52 }),
      target({ id: 'ABOUT', indicator: 'FOREST_COVER', basis: 'level', comparator: 'approximately', value: 55, tolerance: 1 }),
      target({ id: 'KEPT', indicator: 'FOREST_COVER', basis: 'level', comparator: 'maintain', value: 50 }),
      target({ id: 'NO_DATA', indicator: 'OCOP_PRODUCTS', basis: 'level', comparator: 'at-least', value: 10 }),
    ],
    illustrative: true,
  } satisfies PlanInput);
  const observed = data(...series('NATURAL_POPULATION_GROWTH', [1.5, 1.2, 0.9, 0.8]), ...series('FOREST_COVER', [50, 51, 52, 53]));
  const reviewed = reviewPlan(comparators, observed, { catalog, through: '2021/2023' });

  it('writes each comparator\'s sign, and lets the comparator, not the indicator\'s polarity, say which way the rest must go', () => {
    const table = reviewTable(reviewed, { catalog, lang: 'vi' });
    expect(table.rows.map((row) => [row.id, row.cells.planned?.text, row.cells.toDate?.text, row.cells.remaining?.text])).toEqual([
      // Natural population growth is lower-is-better, but "more than 1%" and "at least 1%" still need 0.2 points more.
      ['MORE', '> 1%', '0,8%', 'còn 0,2 điểm %'],
      ['LEAST', '≥ 1%', '0,8%', 'còn 0,2 điểm %'],
      // Forest cover is higher-is-better, but "less than 52%" and "at most 52%" need a point less.
      ['LESS', '< 52%', '53%', 'còn 1 điểm %'],
      ['MOST', '≤ 52%', '53%', 'còn 1 điểm %'],
      ['ABOUT', '≈ 55%', '53%', '–'],
      ['KEPT', '≥ 50%', '53%', 'đã đạt mục tiêu'],
      ['NO_DATA', '≥ 10 sản phẩm', '–', '–'],
    ]);
  });

  it('says why a target without data is not assessable, and gives each cell its value', () => {
    const table = reviewTable(reviewed, { catalog, lang: 'en' });
    expect(table.rows.at(-1)).toStrictEqual({
      id: 'NO_DATA',
      cells: {
        id: { value: 'NO_DATA', text: 'NO_DATA' },
        target: { value: 'OCOP_PRODUCTS', text: 'OCOP products rated 3 stars or more', detail: 'level at the end' },
        planned: { value: toDecimal(10), text: '≥ 10 products', detail: '2021–2025' },
        toDate: { value: null, text: '–' },
        expected: { value: null, text: '–' },
        status: { value: 'not-assessable', text: 'Not assessable', detail: 'no actual value of OCOP_PRODUCTS for area 402 in 2023' },
        remaining: { value: null, text: '–' },
      },
    });
    // The path from 1.5% in 2020 to 1%: 1.5 + 0.6 × (1 − 1.5) = 1.2% by 2023.
    expect(table.rows[0]).toStrictEqual({
      id: 'MORE',
      cells: {
        id: { value: 'MORE', text: 'MORE' },
        target: { value: 'NATURAL_POPULATION_GROWTH', text: 'Natural population growth rate', detail: 'level at the end' },
        planned: { value: toDecimal(1), text: '> 1%', detail: '2021–2025' },
        toDate: { value: toDecimal('0.8'), text: '0.8%', detail: 'q = A; ratio = q / T' },
        expected: { value: toDecimal('1.2'), text: '1.2%', detail: 's = 0.6' },
        status: { value: 'behind', text: 'Behind schedule' },
        remaining: { value: toDecimal('0.2'), text: '0.2 pp to go' },
      },
    });
  });

  it('names the tables by their default ids, without notes, and gives no estimate cell when there are no estimates', () => {
    const table = reviewTable(reviewed, { catalog, lang: 'vi', estimates: new Map() });
    expect([table.id, table.notes, table.rows.map((row) => row.cells.estimate)]).toEqual(['review-table', [], reviewed.paces.map(() => undefined)]);
    const proposals = proposalsTable(proposeYearTargets(comparators, observed, { catalog, year: 2024 }), { catalog, lang: 'vi' });
    expect([proposals.id, proposals.notes]).toEqual(['proposals-table', []]);
    expect(proposalsTable([], { catalog, lang: 'en' }).rows).toEqual([]);
  });
});

describe('planReviewSection at a part of a year, and as of a date', () => {
  const annual = { kind: 'annual-plan' } as const;
  const yearly = z.parse(planSchema, {
    id: 'Y', title: { vi: 'Kế hoạch 2024' }, area: '402', period: '2024', document: annual,
    targets: [
      { id: 'LEVEL', area: '402', indicator: 'PRODUCTION_VALUE', basis: 'level', period: '2024', comparator: 'at-least', value: 5400, document: annual },
      { id: 'GROWTH', area: '402', indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2024', basePeriod: '2023', comparator: 'at-least', value: 7, document: annual },
      { id: 'NEW', area: '402', indicator: 'INVESTMENT', basis: 'level', period: '2024', comparator: 'at-least', value: 1000, document: annual },
    ],
  } satisfies PlanInput);
  // Gross output: 2,400 of 5,000 in the first half of 2023, 2,600 in the first half of 2024, so 2,600 × 5,000 / 2,400 for the year.
  const halves = data(
    { indicator: 'PRODUCTION_VALUE', period: '2023-S1', value: 2400 },
    { indicator: 'PRODUCTION_VALUE', period: '2023', value: 5000 },
    { indicator: 'PRODUCTION_VALUE', period: '2024-S1', value: 2600 },
    { indicator: 'INVESTMENT', period: '2024-S1', value: 520 },
  );

  it('estimates the year of a flow\'s level only: not its growth, nor a flow without an earlier year of the same months', () => {
    const report = buildPlanReport(yearly, halves, catalog, { lang: 'en', extraSections: [planReviewSection('2024-S1')] });
    const table = report.sections.find((section) => section.id === 'review')?.blocks[0];
    expect(table?.kind === 'table' ? table.rows.map((row) => [row.id, row.cells.estimate?.value?.toString() ?? null, row.cells.estimate?.text]) : []).toEqual([
      ['LEVEL', toDecimal(2600).times(5000).div(2400).toString(), '5,416.7 billion VND'],
      ['GROWTH', null, '–'],
      ['NEW', null, '–'],
    ]);
  });

  it('reviews only the observations published by the report\'s asOf', () => {
    // Communes: 12 in 2022 (published in mid-2023), 13 in 2023 (published in mid-2024).
    const published = data(
      { indicator: 'NTM_COMMUNES', period: '2020', value: 8, published: '2021-06-28' },
      { indicator: 'NTM_COMMUNES', period: '2022', value: 12, published: '2023-06-28' },
      { indicator: 'NTM_COMMUNES', period: '2023', value: 13, published: '2024-06-28' },
    );
    const communes = { ...plan, targets: plan.targets.filter((planned) => planned.id === 'NAMED') };
    const toDate = (asOf?: string) => {
      const report = buildPlanReport(communes, published, catalog, { lang: 'en', ...(asOf === undefined ? {} : { asOf }), extraSections: [planReviewSection('2021/2023')] });
      const table = report.sections.find((section) => section.id === 'review')?.blocks[0];
      return table?.kind === 'table' ? [table.rows[0]?.cells.toDate?.text, table.rows[0]?.cells.status?.text] : [];
    };
    expect(toDate()).toEqual(['5 communes', 'Ahead of schedule']);
    expect(toDate('2024-01-01')).toEqual(['–', 'Not assessable']);
  });
});
