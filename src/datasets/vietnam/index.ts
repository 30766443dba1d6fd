/**
 * A catalog of typical indicators of a Vietnamese district's annual socio-economic plan: the eight of
 * the Như Xuân 2024 plan and the common ones of provincial and district plans (Lào Cai 2024,
 * Chư Păh 2024, Thanh Hóa reports), with Vietnamese and English labels, units, polarity, precision and
 * aggregation rules. Import it from `planning-indicators/datasets/vietnam`.
 *
 * The codes are this library's own; the labels follow the wording of plans and GSO yearbooks.
 *
 * @packageDocumentation
 */
// Types come from their defining modules (declaration bundling across entry points).
import type { Catalog } from '../../indicator/catalog.js';
import type { IndicatorInput } from '../../indicator/schema.js';
import { buildCatalog } from '../../index.js';

type Group = 'economy' | 'new-rural' | 'society' | 'environment' | 'defence-security' | 'administration' | 'party';

interface Spec {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  readonly group: Group;
}

const sum = { overUnits: 'sum', overTime: 'sum' } as const;
const stockSum = { overUnits: 'sum', overTime: 'last' } as const;
const none = { overUnits: 'none', overTime: 'none' } as const;

function labels(spec: Spec) {
  return { code: spec.code, labels: { vi: spec.vi, en: spec.en }, group: spec.group };
}

function money(spec: Spec, power: 6 | 9, extra: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    ...labels(spec),
    unit: { unit: 'VND', power },
    measure: 'flow',
    polarity: 'higher-is-better',
    precision: 1,
    priceBasis: { kind: 'current' },
    aggregation: sum,
    range: nonNegative,
    ...extra,
  };
}

/** Money flows, stocks of people and amounts of land, roads or output are never negative. */
const nonNegative = { min: 0 } as const;
/** Counts of people, households, communes, villages and other things are whole numbers. */
const wholeCount = { min: 0, integer: true } as const;
/** The units counted in whole numbers; tonnes, hectares and kilometres take fractions. */
const wholeUnits: ReadonlySet<string> = new Set(['persons', 'households', 'communes', 'villages', 'products', 'count']);
/** A share in percent, from 0 to 100. */
const share = { min: 0, max: 100 } as const;

/** A percentage known only as a rate: it does not combine over units. */
function rate(spec: Spec, extra: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    ...labels(spec),
    unit: { unit: 'percent', power: 0 },
    measure: 'ratio',
    ratioFactor: 100,
    polarity: 'higher-is-better',
    precision: 1,
    aggregation: { overUnits: 'none', overTime: 'last' },
    range: share,
    ...extra,
  };
}

/** A percentage with its numerator and denominator indicators: it combines as a ratio of sums. */
function percentage(spec: Spec, numerator: string, denominator: string, extra: Partial<IndicatorInput> = {}): IndicatorInput {
  return rate(spec, { aggregation: { overUnits: 'ratio-of-sums', overTime: 'last' }, numerator, denominator, ...extra });
}

function counted(spec: Spec, unit: string, measure: 'count' | 'stock', extra: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    ...labels(spec),
    unit: { unit, power: 0 },
    measure,
    polarity: 'higher-is-better',
    precision: 0,
    aggregation: measure === 'count' ? sum : stockSum,
    range: wholeUnits.has(unit) ? wholeCount : nonNegative,
    ...extra,
  };
}

/**
 * The indicator definitions of {@link vnDistrictIndicatorCatalog}, as plain input objects (JSON-ready),
 * for apps that want to extend the list before building their own catalog.
 *
 * @example
 * // Add an indicator of your own and build a catalog:
 * const catalog = buildCatalog([...vnDistrictIndicators, {
 *   code: 'TOURISTS', labels: { vi: 'Lượt khách du lịch', en: 'Tourist visits' }, unit: { unit: 'count', power: 0 },
 *   measure: 'count', polarity: 'higher-is-better', precision: 0, aggregation: { overUnits: 'sum', overTime: 'sum' },
 * }]);
 * catalog.indicators.has('TOURISTS');
 * //=> true
 */
export const vnDistrictIndicators: readonly IndicatorInput[] = [
  // Economy
  money(
    { code: 'PRODUCTION_VALUE', vi: 'Giá trị sản xuất (giá so sánh 2010)', en: 'Gross output (constant 2010 prices)', group: 'economy' },
    9,
    { priceBasis: { kind: 'constant', baseYear: 2010 }, definition: 'Gross output (giá trị sản xuất, GTSX) of all sectors in the area, at constant 2010 prices; district plans set its growth rate.' },
  ),
  money(
    { code: 'PRODUCTION_VALUE_CURRENT', vi: 'Tổng giá trị sản xuất (giá hiện hành)', en: 'Gross output (current prices)', group: 'economy' },
    9,
  ),
  {
    ...labels({ code: 'PRODUCTION_VALUE_GROWTH', vi: 'Tốc độ tăng giá trị sản xuất', en: 'Gross output growth', group: 'economy' }),
    unit: { unit: 'percent', power: 0 },
    measure: 'growth-rate',
    polarity: 'higher-is-better',
    precision: 1,
    aggregation: none,
    // A growth rate is negative when output falls, but output cannot fall by more than all of it.
    range: { min: -100 },
    formula: { kind: 'growth', of: 'PRODUCTION_VALUE' },
  },
  {
    ...labels({ code: 'INCOME_PER_CAPITA', vi: 'Thu nhập bình quân đầu người', en: 'Income per person', group: 'economy' }),
    unit: { unit: 'VNDPerPersonPerYear', power: 6 },
    measure: 'flow',
    polarity: 'higher-is-better',
    precision: 1,
    priceBasis: { kind: 'current' },
    aggregation: none,
    range: nonNegative,
    formula: { kind: 'per-capita', numerator: 'INCOME_TOTAL', population: 'POPULATION' },
  },
  money({ code: 'INCOME_TOTAL', vi: 'Tổng thu nhập của dân cư', en: 'Total household income', group: 'economy' }, 9),
  money({ code: 'BUDGET_REVENUE', vi: 'Thu ngân sách nhà nước trên địa bàn', en: 'State budget revenue in the area', group: 'economy' }, 9),
  money({ code: 'INVESTMENT', vi: 'Vốn đầu tư phát triển toàn xã hội', en: 'Total social development investment', group: 'economy' }, 9),
  counted({ code: 'GRAIN_OUTPUT', vi: 'Sản lượng lương thực có hạt', en: 'Cereal output', group: 'economy' }, 'tonnes', 'count', { measure: 'flow' }),
  counted({ code: 'FOREST_PLANTED', vi: 'Diện tích trồng rừng tập trung', en: 'New plantation forest area', group: 'economy' }, 'ha', 'count', { measure: 'flow', precision: 1 }),
  counted({ code: 'OCOP_PRODUCTS', vi: 'Số sản phẩm OCOP đạt 3 sao trở lên', en: 'OCOP products rated 3 stars or more', group: 'economy' }, 'products', 'stock'),
  counted({ code: 'NEW_ENTERPRISES', vi: 'Số doanh nghiệp thành lập mới', en: 'New enterprises', group: 'economy' }, 'count', 'count'),
  money({ code: 'EXPORT_VALUE', vi: 'Giá trị xuất khẩu', en: 'Export value', group: 'economy' }, 6, { unit: { unit: 'USD', power: 6 } }),
  percentage({ code: 'URBANISATION_RATE', vi: 'Tỷ lệ đô thị hóa', en: 'Urbanisation rate', group: 'economy' }, 'POPULATION_URBAN', 'POPULATION'),
  percentage({ code: 'ROADS_HARDENED_SHARE', vi: 'Tỷ lệ đường giao thông được cứng hóa', en: 'Share of roads hard-surfaced', group: 'economy' }, 'ROADS_HARDENED_KM', 'ROADS_KM'),
  counted({ code: 'ROADS_HARDENED_KM', vi: 'Chiều dài đường giao thông được cứng hóa', en: 'Length of hard-surfaced roads', group: 'economy' }, 'km', 'stock', { precision: 1 }),
  counted({ code: 'ROADS_KM', vi: 'Tổng chiều dài đường giao thông', en: 'Total road length', group: 'economy' }, 'km', 'stock', { precision: 1 }),
  // New rural development
  counted({ code: 'NTM_COMMUNES', vi: 'Số xã đạt chuẩn nông thôn mới', en: 'Communes meeting the new-rural standard', group: 'new-rural' }, 'communes', 'stock'),
  counted({ code: 'NTM_VILLAGES_NEW', vi: 'Số thôn được công nhận đạt chuẩn nông thôn mới trong năm', en: 'Villages recognised as meeting the new-rural standard in the year', group: 'new-rural' }, 'villages', 'count'),
  counted({ code: 'NTM_ADVANCED_COMMUNES', vi: 'Số xã đạt chuẩn nông thôn mới nâng cao', en: 'Communes meeting the advanced new-rural standard', group: 'new-rural' }, 'communes', 'stock'),
  // Society
  counted({ code: 'POPULATION', vi: 'Dân số trung bình', en: 'Average population', group: 'society' }, 'persons', 'stock'),
  counted({ code: 'POPULATION_URBAN', vi: 'Dân số thành thị', en: 'Urban population', group: 'society' }, 'persons', 'stock'),
  percentage({ code: 'POVERTY_RATE', vi: 'Tỷ lệ hộ nghèo (đa chiều)', en: 'Multidimensional poverty rate', group: 'society' }, 'POOR_HOUSEHOLDS', 'HOUSEHOLDS', { polarity: 'lower-is-better', precision: 2 }),
  counted({ code: 'POOR_HOUSEHOLDS', vi: 'Số hộ nghèo', en: 'Poor households', group: 'society' }, 'households', 'stock', { polarity: 'lower-is-better' }),
  counted({ code: 'HOUSEHOLDS', vi: 'Tổng số hộ', en: 'Households', group: 'society' }, 'households', 'stock'),
  counted({ code: 'JOBS_CREATED', vi: 'Số lao động được giải quyết việc làm', en: 'Workers placed in jobs', group: 'society' }, 'persons', 'count'),
  counted({ code: 'OVERSEAS_WORKERS', vi: 'Số người đi xuất khẩu lao động', en: 'Overseas contract workers', group: 'society' }, 'persons', 'count'),
  rate({ code: 'TRAINED_WORKFORCE_SHARE', vi: 'Tỷ lệ lao động qua đào tạo', en: 'Trained workforce share', group: 'society' }),
  rate({ code: 'SCHOOLS_STANDARD_SHARE', vi: 'Tỷ lệ trường đạt chuẩn quốc gia', en: 'Schools meeting the national standard', group: 'society' }),
  rate({ code: 'HEALTH_INSURANCE_COVERAGE', vi: 'Tỷ lệ dân số tham gia bảo hiểm y tế', en: 'Health-insurance coverage', group: 'society' }),
  {
    ...labels({ code: 'DOCTORS_PER_10000', vi: 'Số bác sĩ trên 1 vạn dân', en: 'Doctors per 10,000 people', group: 'society' }),
    unit: { unit: 'per10000People', power: 0 },
    measure: 'ratio',
    ratioFactor: 10000,
    polarity: 'higher-is-better',
    precision: 1,
    aggregation: none,
    range: nonNegative,
  },
  rate({ code: 'CHILD_STUNTING_RATE', vi: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', en: 'Stunting among children under 5', group: 'society' }, { polarity: 'lower-is-better' }),
  rate({ code: 'NATURAL_POPULATION_GROWTH', vi: 'Tỷ lệ tăng dân số tự nhiên', en: 'Natural population growth rate', group: 'society' }, { polarity: 'lower-is-better', precision: 2, range: { min: -100, max: 100 } }),
  rate({ code: 'CULTURAL_HOUSEHOLDS_SHARE', vi: 'Tỷ lệ gia đình đạt danh hiệu văn hóa', en: 'Households with the "cultural family" title', group: 'society' }),
  // Environment
  rate({ code: 'FOREST_COVER', vi: 'Tỷ lệ che phủ rừng', en: 'Forest cover', group: 'environment' }),
  rate({ code: 'CLEAN_WATER_SHARE', vi: 'Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh', en: 'Rural population using hygienic water', group: 'environment' }),
  rate({ code: 'WASTE_COLLECTED_SHARE', vi: 'Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý', en: 'Household solid waste collected and treated', group: 'environment' }),
  // Defence and security
  rate({ code: 'DRAFT_QUOTA_FULFILMENT', vi: 'Tỷ lệ hoàn thành chỉ tiêu giao quân', en: 'Military-draft quota fulfilled', group: 'defence-security' }, { range: nonNegative }),
  counted({ code: 'ROAD_ACCIDENTS', vi: 'Số vụ tai nạn giao thông', en: 'Road accidents', group: 'defence-security' }, 'count', 'count', { polarity: 'lower-is-better' }),
  counted({ code: 'ROAD_DEATHS', vi: 'Số người chết do tai nạn giao thông', en: 'Road deaths', group: 'defence-security' }, 'persons', 'count', { polarity: 'lower-is-better' }),
  rate({ code: 'CRIME_CLEARANCE_RATE', vi: 'Tỷ lệ điều tra, khám phá án hình sự', en: 'Criminal case clearance rate', group: 'defence-security' }),
  // Administration and Party building
  rate({ code: 'PROCEDURES_ON_TIME', vi: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', en: 'Administrative procedures handled on time', group: 'administration' }),
  rate({ code: 'PARTY_UNITS_GOOD', vi: 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', en: 'Grassroots Party units rated "good" or above', group: 'party' }),
];

/**
 * The built catalog of {@link vnDistrictIndicators}: 40-odd typical indicators of a Vietnamese
 * district plan, validated (references, units, aggregation rules) and indexed by code.
 *
 * @example
 * // The Vietnamese label and unit power of the investment indicator:
 * const investment = vnDistrictIndicatorCatalog.indicators.get('INVESTMENT');
 * [investment?.labels.vi, investment?.unit.power];
 * //=> ['Vốn đầu tư phát triển toàn xã hội', 9]
 */
export const vnDistrictIndicatorCatalog: Catalog = buildCatalog(vnDistrictIndicators);
