// Types come from their defining modules, as in index.ts (declaration bundling across entry points).
import type { Catalog } from '../../indicator/catalog.js';
import type { IndicatorInput } from '../../indicator/schema.js';
import type { Dataset } from '../../observation/dataset.js';
import type { Observation, ObservationInput } from '../../observation/schema.js';
import type { Plan } from '../../target/schema.js';
import type { BudgetReviewInput } from '../../report/budget.js';
import { buildCatalog, buildDataset, deepFreeze, parseObservations, parsePlan } from '../../index.js';
import { vnDistrictIndicators } from '../vietnam/index.js';
import { type IllustrativeDataMetadata, nhuXuanObservations2024 } from './observations-2024.js';
import { nhuXuanFiveYearObservations } from './observations-2021-2025.js';
import { nhuXuanCommuneObservations2024 } from './communes-2024.js';
import { nhuXuanCommuneIndicators } from './communes-2024.js';

const source = 'illustrative: made up for the examples, not official statistics';

/**
 * Metadata of the bundled data of the Như Xuân review report. **Illustrative**: made up to show the
 * economic structure, the budget against two estimates and the comparison of communes, not official
 * statistics.
 *
 * @example
 * // Check before quoting a number:
 * nhuXuanReviewMetadata.illustrative;
 * //=> true
 */
export const nhuXuanReviewMetadata: IllustrativeDataMetadata = {
  illustrative: true,
  description:
    'Illustrative values for the review report of Như Xuân: gross output at current prices by sector 2020–2024 (agriculture, forestry and fisheries; industry and construction; services), budget revenue by source and budget spending by item for 2023 and 2024 with the province\'s and the district council\'s 2024 estimates, and 2024 targets of the communes of emulation cluster 1 and 2. The revenue sources add up to the bundled budget revenue (612.5 and 672.8 tỷ đồng). Not official statistics.',
  area: '402',
};

/**
 * The indicator the review needs that the district catalog lacks: local budget spending
 * (chi ngân sách địa phương), in tỷ đồng, a flow summed over time and over units.
 *
 * @example
 * nhuXuanReviewIndicators.map((indicator) => indicator.code);
 * //=> ['BUDGET_EXPENDITURE']
 */
export const nhuXuanReviewIndicators: readonly IndicatorInput[] = deepFreeze([
  {
    code: 'BUDGET_EXPENDITURE',
    labels: { vi: 'Chi ngân sách địa phương', en: 'Local budget spending' },
    definition: 'Spending of the district budget (chi ngân sách địa phương) in the year, by item: development investment, recurrent spending, other.',
    group: 'economy',
    unit: { unit: 'VND', power: 9 },
    measure: 'flow',
    polarity: 'higher-is-better',
    priceBasis: { kind: 'current' },
    range: { min: 0 },
    precision: 1,
    aggregation: { overUnits: 'sum', overTime: 'sum' },
  },
]);

/**
 * The catalog of the review: the Vietnamese district catalog with the commune indicator
 * (`NTM_CRITERIA_MET`) and {@link nhuXuanReviewIndicators}.
 *
 * @example
 * nhuXuanReviewCatalog.indicators.has('BUDGET_EXPENDITURE');
 * //=> true
 */
export const nhuXuanReviewCatalog: Catalog = buildCatalog([...vnDistrictIndicators, ...nhuXuanCommuneIndicators, ...nhuXuanReviewIndicators]);

function published(year: string): Pick<ObservationInput, 'status' | 'published'> {
  return year === '2024' ? { status: 'estimate', published: '2024-12-20' } : { status: 'official', published: `${String(Number(year) + 1)}-06-28` };
}

function byPart(indicator: string, dimension: string, values: Readonly<Record<string, Readonly<Record<string, string>>>>): ObservationInput[] {
  return Object.entries(values).flatMap(([part, years]) =>
    Object.entries(years).map(([period, value]) => ({ indicator, area: '402', period, value, dimensions: { [dimension]: part }, ...published(period), source })),
  );
}

/**
 * The observations of the review that the five-year data lack: gross output at current prices by
 * sector (dimension `sector`: `agriculture`, `industry`, `services`) 2020–2024; budget revenue by
 * source (dimension `source`) and budget spending by item (dimension `item`) for 2023 and 2024,
 * with the spending totals. **Illustrative** (see {@link nhuXuanReviewMetadata}).
 *
 * @example
 * // The sectors' output in 2024 add up to the total at current prices:
 * nhuXuanReviewObservations.filter((o) => o.indicator === 'PRODUCTION_VALUE_CURRENT' && o.period === '2024').reduce((sum, o) => sum.plus(o.value), toDecimal(0)).toString();
 * //=> '8120'
 */
export const nhuXuanReviewObservations: readonly Observation[] = parseObservations([
  ...byPart('PRODUCTION_VALUE_CURRENT', 'sector', {
    agriculture: { '2020': '2150', '2021': '2260', '2022': '2310', '2023': '2350', '2024': '2400' },
    industry: { '2020': '1850', '2021': '2120', '2022': '2500', '2023': '2890', '2024': '3200' },
    services: { '2020': '1600', '2021': '1780', '2022': '2050', '2023': '2290', '2024': '2520' },
  }),
  ...byPart('BUDGET_REVENUE', 'source', {
    'land-use-fees': { '2023': '265.4', '2024': '291.2' },
    'non-state-enterprises': { '2023': '148.6', '2024': '170.5' },
    'personal-income-tax': { '2023': '22.3', '2024': '24.8' },
    'fees-charges': { '2023': '31.7', '2024': '33.1' },
    'land-and-rent': { '2023': '58.9', '2024': '61.4' },
    other: { '2023': '85.6', '2024': '91.8' },
  }),
  ...byPart('BUDGET_EXPENDITURE', 'item', {
    investment: { '2023': '412.6', '2024': '468.3' },
    recurrent: { '2023': '705.2', '2024': '748.9' },
    other: { '2023': '35.4', '2024': '41.2' },
  }),
  { indicator: 'BUDGET_EXPENDITURE', area: '402', period: '2023', value: '1153.2', ...published('2023'), source },
  { indicator: 'BUDGET_EXPENDITURE', area: '402', period: '2024', value: '1258.4', ...published('2024'), source },
]);

/**
 * Everything the Như Xuân review report reads, indexed as one dataset: the 2024 observations, the
 * five-year observations, the commune values and {@link nhuXuanReviewObservations}. **Illustrative.**
 *
 * @example
 * bestObservation(nhuXuanReviewDataset, { indicator: 'BUDGET_REVENUE', area: '402', period: '2024', dimensions: { source: 'land-use-fees' } })?.value.toString();
 * //=> '291.2'
 */
export const nhuXuanReviewDataset: Dataset = buildDataset([
  ...nhuXuanObservations2024,
  ...nhuXuanFiveYearObservations,
  ...nhuXuanCommuneObservations2024,
  ...nhuXuanReviewObservations,
]);

/**
 * The budget of Như Xuân in 2024 against the province's estimate (dự toán tỉnh giao) and the
 * district council's estimate (dự toán HĐND huyện giao), by revenue source and by spending item, as
 * {@link budgetSection} reads it. The two estimates are **illustrative**; the council's is higher than
 * the province's, as districts usually set it.
 *
 * @example
 * nhuXuanBudget2024.revenue.estimates.map((estimate) => estimate.label.vi);
 * //=> ['Dự toán tỉnh giao', 'Dự toán HĐND huyện giao']
 */
export const nhuXuanBudget2024: BudgetReviewInput = deepFreeze({
  area: '402',
  period: '2024',
  revenue: {
    indicator: 'BUDGET_REVENUE',
    dimension: 'source',
    parts: [
      { code: 'land-use-fees', labels: { vi: 'Thu tiền sử dụng đất', en: 'Land-use fees' } },
      { code: 'non-state-enterprises', labels: { vi: 'Thu từ khu vực ngoài quốc doanh', en: 'Non-state enterprises' } },
      { code: 'personal-income-tax', labels: { vi: 'Thuế thu nhập cá nhân', en: 'Personal income tax' } },
      { code: 'fees-charges', labels: { vi: 'Thu phí, lệ phí', en: 'Fees and charges' } },
      { code: 'land-and-rent', labels: { vi: 'Thuế sử dụng đất, tiền thuê đất', en: 'Land tax and land rent' } },
      { code: 'other', labels: { vi: 'Thu khác', en: 'Other revenue' } },
    ],
    estimates: [
      {
        id: 'province',
        label: { vi: 'Dự toán tỉnh giao', en: "Province's estimate" },
        document: { kind: 'budget-estimate', reference: 'Quyết định giao dự toán ngân sách năm 2024 của UBND tỉnh Thanh Hóa (minh họa)' },
        total: '560',
        parts: { 'land-use-fees': '250', 'non-state-enterprises': '140', 'personal-income-tax': '20', 'fees-charges': '30', 'land-and-rent': '50', other: '70' },
      },
      {
        id: 'district',
        label: { vi: 'Dự toán HĐND huyện giao', en: "District council's estimate" },
        document: { kind: 'council-resolution', reference: 'Nghị quyết về dự toán ngân sách năm 2024 của HĐND huyện Như Xuân (minh họa)' },
        total: '640',
        parts: { 'land-use-fees': '300', 'non-state-enterprises': '160', 'personal-income-tax': '22', 'fees-charges': '32', 'land-and-rent': '56', other: '70' },
      },
    ],
  },
  spending: {
    indicator: 'BUDGET_EXPENDITURE',
    dimension: 'item',
    parts: [
      { code: 'investment', labels: { vi: 'Chi đầu tư phát triển', en: 'Development investment' } },
      { code: 'recurrent', labels: { vi: 'Chi thường xuyên', en: 'Recurrent spending' } },
      { code: 'other', labels: { vi: 'Chi khác', en: 'Other spending' } },
    ],
    estimates: [
      {
        id: 'province',
        label: { vi: 'Dự toán tỉnh giao', en: "Province's estimate" },
        document: { kind: 'budget-estimate' },
        total: '1180',
        parts: { investment: '420', recurrent: '730', other: '30' },
      },
      {
        id: 'district',
        label: { vi: 'Dự toán HĐND huyện giao', en: "District council's estimate" },
        document: { kind: 'council-resolution' },
        total: '1250',
        parts: { investment: '480', recurrent: '735', other: '35' },
      },
    ],
  },
});

const communeDocument = { kind: 'annual-plan', title: 'Kế hoạch phát triển kinh tế - xã hội năm 2024 của xã (minh họa)' } as const;

/** An illustrative 2024 plan of a commune: villages recognised, criteria met, and a ceiling on the poverty rate. */
function communePlan(area: string, name: string, villages: string, criteria: string, poverty: string): Plan {
  const common = { area, period: '2024', document: communeDocument } as const;
  return parsePlan(
    {
      id: `NHU-XUAN-${area}-2024`,
      title: { vi: `Kế hoạch năm 2024, ${name} (minh họa)`, en: `${name} plan 2024 (illustrative)` },
      area,
      period: '2024',
      document: communeDocument,
      illustrative: true,
      targets: [
        { ...common, id: 'X1', indicator: 'NTM_VILLAGES_NEW', basis: 'level', comparator: 'at-least', value: villages },
        { ...common, id: 'X2', indicator: 'NTM_CRITERIA_MET', basis: 'level', comparator: 'at-least', value: criteria },
        { ...common, id: 'X3', indicator: 'POVERTY_RATE', basis: 'level', comparator: 'at-most', value: poverty },
      ],
    },
    { catalog: nhuXuanReviewCatalog },
  );
}

/**
 * The plan of one area, with the area's code and name.
 *
 * @example
 * const first: AreaPlan | undefined = nhuXuanCommunePlans2024[0];
 * first?.plan.targets.length;
 * //=> 3
 */
export interface AreaPlan {
  /** The area's code. */
  readonly area: string;
  /** The area's name. */
  readonly name: string;
  /** Its plan. */
  readonly plan: Plan;
}

/**
 * **Illustrative** 2024 plans of the eight communes of emulation clusters 1 and 2 of Như Xuân, each
 * with three targets (villages recognised as new-rural, new-rural criteria met, a ceiling on the
 * poverty rate), for the league table of communes ({@link areaLeagueTable}). Made up; the actual
 * values are the bundled commune data.
 *
 * @example
 * nhuXuanCommunePlans2024.map((entry) => entry.name);
 * //=> ['Yên Cát', 'Hóa Quỳ', 'Tân Bình', 'Bình Lương', 'Bãi Trành', 'Xuân Hòa', 'Xuân Bình', 'Cát Vân']
 */
export const nhuXuanCommunePlans2024: readonly AreaPlan[] = [
  ['16174', 'Yên Cát', '1', '19', '2'],
  ['16186', 'Hóa Quỳ', '1', '19', '8'],
  ['16201', 'Tân Bình', '1', '19', '5'],
  ['16204', 'Bình Lương', '1', '19', '12'],
  ['16177', 'Bãi Trành', '1', '19', '6'],
  ['16180', 'Xuân Hòa', '2', '19', '10'],
  ['16183', 'Xuân Bình', '1', '18', '7.5'],
  ['16195', 'Cát Vân', '1', '19', '13'],
].map(([area = '', name = '', villages = '', criteria = '', poverty = '']) => ({ area, name, plan: communePlan(area, name, villages, criteria, poverty) }));
