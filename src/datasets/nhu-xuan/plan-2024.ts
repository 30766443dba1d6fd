// Types come from their defining modules, as in index.ts (declaration bundling across entry points).
import type { Plan, PlanInput } from '../../target/schema.js';
import { parsePlan } from '../../index.js';
import { vnDistrictIndicatorCatalog } from '../vietnam/index.js';

const document = {
  kind: 'annual-plan',
  title: 'Nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2024 của huyện Như Xuân',
  reference: 'Hội nghị triển khai nhiệm vụ năm 2024, huyện Như Xuân, 3/1/2024 (Báo Thanh Hóa)',
  date: '2024-01-03',
  url: 'https://baothanhhoa.vn/thoi-su/nhu-xuan-trien-khai-nhiem-vu-phat-trien-kinh-te-xa-hoi-quoc-phong--an-ninh-nam-2024/203463.htm',
} as const;

const common = { area: '402', period: '2024', document } as const;

/**
 * The Như Xuân 2024 plan as JSON-ready input: the eight quantitative targets that the district
 * adopted for 2024, exactly as the source article states them (Báo Thanh Hóa, 3 January 2024). The
 * targets are official; no actual values are part of the plan.
 *
 * @example
 * // The plan's targets, as written in Vietnamese:
 * nhuXuanPlan2024Input.targets.map((target) => target.text?.vi).slice(0, 2);
 * //=> ['Tăng trưởng giá trị sản xuất đạt 5,6% trở lên', 'Thu nhập bình quân đầu người đạt 45 triệu đồng/năm']
 */
export const nhuXuanPlan2024Input: PlanInput = {
  id: 'NHU-XUAN-2024',
  title: {
    vi: 'Kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân',
    en: 'Như Xuân district socio-economic plan 2024',
  },
  area: '402',
  period: '2024',
  document,
  illustrative: false,
  note: 'Targets as stated in the source article. The year is inside the 2021–2025 five-year plan and the term of the 23rd district Party Congress resolution.',
  targets: [
    {
      ...common,
      id: 'T1',
      indicator: 'PRODUCTION_VALUE',
      basis: 'growth',
      basePeriod: '2023',
      comparator: 'at-least',
      value: '5.6',
      text: { vi: 'Tăng trưởng giá trị sản xuất đạt 5,6% trở lên', en: 'Gross output growth of 5.6% or more' },
    },
    {
      ...common,
      id: 'T2',
      indicator: 'INCOME_PER_CAPITA',
      basis: 'level',
      comparator: 'at-least',
      value: '45',
      text: { vi: 'Thu nhập bình quân đầu người đạt 45 triệu đồng/năm', en: 'Income per person of 45 million VND a year' },
    },
    {
      ...common,
      id: 'T3',
      indicator: 'BUDGET_REVENUE',
      basis: 'growth',
      basePeriod: '2023',
      comparator: 'at-least',
      value: '12',
      text: { vi: 'Tỷ lệ tăng thu ngân sách 12%', en: 'Budget revenue growth of 12%' },
    },
    {
      ...common,
      id: 'T4',
      indicator: 'NTM_COMMUNES',
      basis: 'change',
      basePeriod: '2023',
      comparator: 'at-least',
      value: '2',
      text: { vi: 'Có thêm 2 xã đạt chuẩn nông thôn mới', en: '2 more communes meeting the new-rural standard' },
    },
    {
      ...common,
      id: 'T5',
      indicator: 'NTM_VILLAGES_NEW',
      basis: 'level',
      comparator: 'at-least',
      value: '10',
      text: { vi: '10 thôn nông thôn mới', en: '10 villages meeting the new-rural standard' },
    },
    {
      ...common,
      id: 'T6',
      indicator: 'URBANISATION_RATE',
      basis: 'level',
      comparator: 'at-least',
      value: '15',
      text: { vi: 'Tỷ lệ đô thị hóa 15%', en: 'Urbanisation rate of 15%' },
    },
    {
      ...common,
      id: 'T7',
      indicator: 'ROADS_HARDENED_SHARE',
      basis: 'level',
      comparator: 'at-least',
      value: '79',
      text: {
        vi: 'Tỷ lệ đường giao thông trên địa bàn được cứng hóa 79%',
        en: 'Share of roads hard-surfaced of 79%',
      },
    },
    {
      ...common,
      id: 'T8',
      indicator: 'INVESTMENT',
      basis: 'level',
      comparator: 'at-least',
      value: '1000',
      unit: { unit: 'VND', power: 9 },
      text: {
        vi: 'Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng',
        en: 'Total social development investment of 1,000 billion VND',
      },
    },
  ],
};

/**
 * The Như Xuân 2024 plan, parsed and checked against {@link vnDistrictIndicatorCatalog}: eight targets
 * of five shapes (growth at least, level at least, increment of a count, count in the year, ratio).
 *
 * @example
 * // The bases of the eight targets:
 * nhuXuanPlan2024.targets.map((target) => target.basis);
 * //=> ['growth', 'level', 'growth', 'change', 'level', 'level', 'level', 'level']
 */
export const nhuXuanPlan2024: Plan = parsePlan(nhuXuanPlan2024Input, { catalog: vnDistrictIndicatorCatalog });
