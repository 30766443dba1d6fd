// Types come from their defining modules, as in index.ts (declaration bundling across entry points).
import type { Plan, PlanInput } from '../../target/schema.js';
import { parsePlan } from '../../index.js';
import { vnDistrictIndicatorCatalog } from '../vietnam/index.js';

const document = {
  kind: 'five-year-plan',
  title: 'Kế hoạch phát triển kinh tế - xã hội 5 năm 2021–2025 của huyện Như Xuân (minh họa)',
} as const;

const common = { area: '402', document } as const;
const plan = '2021/2025';

/**
 * An **illustrative** five-year socio-economic plan 2021–2025 for Như Xuân district as JSON-ready
 * input. The sources in the research give the shape of the district's five-year plan (the 23rd
 * district Party Congress, term 2020–2025; 2020 as the base year) but not its targets, so every
 * value here is made up: the plan says so in `illustrative` and `note`. Its seven targets take the
 * shapes that Vietnamese five-year plans use:
 *
 * - P1 average annual growth of gross output over 2021–2025 from the base year 2020
 *   ("tốc độ tăng bình quân giai đoạn 2021–2025 đạt 7%/năm"; basis `growth`, period `2021/2025`);
 * - P2 a level of income per person by 2025, with a milestone for each year (the 2024 one equals the
 *   2024 annual plan's 45 triệu đồng);
 * - P3 a level of budget revenue in the plan's last year (period `2025`);
 * - P4 investment summed over the five years (basis `cumulative`);
 * - P5 more communes meeting the new-rural standard over the range (basis `change` from 2020);
 * - P6 an urbanisation rate to reach by the end of the range;
 * - P7 a fall of the poverty rate in percentage points over the range (basis `point-change` from 2020).
 *
 * @example
 * // The bases and periods of the seven targets:
 * nhuXuanFiveYearPlanInput.targets.map((target) => `${target.basis} ${target.period}`);
 * //=> ['growth 2021/2025', 'level 2021/2025', 'level 2025', 'cumulative 2021/2025', 'change 2021/2025', 'level 2021/2025', 'point-change 2021/2025']
 */
export const nhuXuanFiveYearPlanInput: PlanInput = {
  id: 'NHU-XUAN-2021-2025',
  title: {
    vi: 'Kế hoạch phát triển kinh tế - xã hội 5 năm 2021–2025, huyện Như Xuân (minh họa)',
    en: 'Như Xuân district five-year socio-economic plan 2021–2025 (illustrative)',
  },
  area: '402',
  period: plan,
  document,
  illustrative: true,
  note:
    'Illustrative: the target values are made up for the examples and are not those of any official document. The shapes follow Vietnamese five-year plans: average annual growth over the period from the base year 2020, levels by 2025 with yearly milestones, a cumulative sum over the five years, changes over the period. Như Xuân district ceased to exist on 1 July 2025, so no full-year 2025 figure exists for it.',
  targets: [
    {
      ...common,
      id: 'P1',
      indicator: 'PRODUCTION_VALUE',
      period: plan,
      basis: 'growth',
      basePeriod: '2020',
      comparator: 'at-least',
      value: '7',
      text: {
        vi: 'Tốc độ tăng giá trị sản xuất bình quân giai đoạn 2021–2025 đạt 7%/năm trở lên',
        en: 'Average annual gross output growth of 7% or more over 2021–2025',
      },
    },
    {
      ...common,
      id: 'P2',
      indicator: 'INCOME_PER_CAPITA',
      period: plan,
      basis: 'level',
      comparator: 'at-least',
      value: '50',
      milestones: [
        { period: '2021', value: '34' },
        { period: '2022', value: '37.5' },
        { period: '2023', value: '41' },
        { period: '2024', value: '45' },
        { period: '2025', value: '50' },
      ],
      text: {
        vi: 'Đến năm 2025, thu nhập bình quân đầu người đạt 50 triệu đồng/năm trở lên',
        en: 'Income per person of 50 million VND a year or more by 2025',
      },
    },
    {
      ...common,
      id: 'P3',
      indicator: 'BUDGET_REVENUE',
      period: '2025',
      basis: 'level',
      comparator: 'at-least',
      value: '750',
      text: {
        vi: 'Thu ngân sách nhà nước trên địa bàn năm 2025 đạt 750 tỷ đồng trở lên',
        en: 'State budget revenue in the area of 750 billion VND or more in 2025',
      },
    },
    {
      ...common,
      id: 'P4',
      indicator: 'INVESTMENT',
      period: plan,
      basis: 'cumulative',
      comparator: 'at-least',
      value: '4500',
      text: {
        vi: 'Tổng vốn đầu tư phát triển toàn xã hội giai đoạn 2021–2025 đạt 4.500 tỷ đồng trở lên',
        en: 'Total social development investment of 4,500 billion VND or more over 2021–2025',
      },
    },
    {
      ...common,
      id: 'P5',
      indicator: 'NTM_COMMUNES',
      period: plan,
      basis: 'change',
      basePeriod: '2020',
      comparator: 'at-least',
      value: '8',
      text: {
        vi: 'Giai đoạn 2021–2025 có thêm 8 xã đạt chuẩn nông thôn mới',
        en: '8 more communes meeting the new-rural standard over 2021–2025',
      },
    },
    {
      ...common,
      id: 'P6',
      indicator: 'URBANISATION_RATE',
      period: plan,
      basis: 'level',
      comparator: 'at-least',
      value: '17',
      text: { vi: 'Đến năm 2025, tỷ lệ đô thị hóa đạt 17%', en: 'Urbanisation rate of 17% by 2025' },
    },
    {
      ...common,
      id: 'P7',
      indicator: 'POVERTY_RATE',
      period: plan,
      basis: 'point-change',
      basePeriod: '2020',
      comparator: 'at-most',
      value: '-15',
      text: {
        vi: 'Tỷ lệ hộ nghèo giảm 15 điểm % trong giai đoạn 2021–2025 (bình quân 3 điểm %/năm)',
        en: 'Poverty rate down 15 percentage points over 2021–2025 (3 points a year on average)',
      },
    },
  ],
};

/**
 * The illustrative Như Xuân five-year plan 2021–2025 ({@link nhuXuanFiveYearPlanInput}), parsed and
 * checked against {@link vnDistrictIndicatorCatalog}. **Illustrative**: `illustrative` is true.
 *
 * @example
 * // An illustrative five-year plan, not an official document:
 * [nhuXuanFiveYearPlan.period, nhuXuanFiveYearPlan.document.kind, nhuXuanFiveYearPlan.illustrative];
 * //=> ['2021/2025', 'five-year-plan', true]
 */
export const nhuXuanFiveYearPlan: Plan = parsePlan(nhuXuanFiveYearPlanInput, { catalog: vnDistrictIndicatorCatalog });
