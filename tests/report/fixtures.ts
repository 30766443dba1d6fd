/*
 * The Như Xuân 2024 report used by the report tests: the plan assessed on the bundled illustrative
 * data, growth of two indicators from the same data, and an emulation ranking of the district's 16
 * communes in two clusters on made-up score sheets. Everything but the plan's targets is illustrative.
 */
import {
  type EmulationAward,
  type EmulationScore,
  type GrowthSeriesInput,
  type PlanAssessment,
  type Report,
  assessPlan,
  assignAwards,
  growthSection,
  parseEmulationScoringTable,
  planReport,
  rankingSection,
  scoreEmulation,
} from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import {
  nhuXuanDataset2024,
  nhuXuanObservations2024,
  nhuXuanObservationsMetadata,
  nhuXuanPlan2024,
  nhuXuanUnits,
} from '../../src/datasets/nhu-xuan/index.js';

export { catalog };

export const assessment: PlanAssessment = assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog });

function yearly(indicator: string): GrowthSeriesInput['series'] {
  return nhuXuanObservations2024
    .filter((observation) => observation.indicator === indicator && /^\d{4}$/.test(observation.period))
    .map((observation) => ({ year: Number(observation.period), value: observation.value }));
}

export const growthInputs: readonly GrowthSeriesInput[] = [
  { indicator: 'PRODUCTION_VALUE', series: yearly('PRODUCTION_VALUE'), target: '5.6' },
  { indicator: 'BUDGET_REVENUE', series: yearly('BUDGET_REVENUE'), target: '12' },
];

export const emulationTable = parseEmulationScoringTable({
  name: 'Bảng điểm thi đua cấp xã 2024 (minh họa)',
  criteria: [
    { code: 'economy', label: 'Phát triển kinh tế', maxPoints: 50 },
    { code: 'society', label: 'Văn hóa - xã hội', maxPoints: 30 },
    { code: 'security', label: 'Quốc phòng - an ninh', maxPoints: 20 },
  ],
  maxBonus: 5,
  grades: [
    { code: 'excellent', label: 'Hoàn thành xuất sắc', minTotal: 90, minCriterionShare: '0.85' },
    { code: 'good', label: 'Hoàn thành tốt', minTotal: 80, minCriterionShare: '0.7' },
  ],
  awards: [
    { award: 'leader', maxCount: 1, minGrade: 'excellent' },
    { award: 'first', maxCount: 1, minGrade: 'excellent' },
    { award: 'second', maxCount: 2, minGrade: 'good' },
  ],
  ties: 'standard',
  quotaTies: 'demote-all',
});

/** The 16 commune-level units of Như Xuân in 2024, by code. */
export const communeNames: Readonly<Record<string, string>> = Object.fromEntries(
  nhuXuanUnits.filter((unit) => unit.parent === '402').map((unit) => [unit.code, unit.name]),
);

// Made-up attainments (economy, society) and security points, two clusters of eight communes.
const sheets: readonly (readonly [string, 'A' | 'B', string, string, number])[] = [
  ['16174', 'A', '1.02', '0.97', 19],
  ['16177', 'A', '0.98', '0.95', 18],
  ['16180', 'A', '0.91', '0.9', 17],
  ['16183', 'A', '0.95', '0.88', 18],
  ['16186', 'A', '0.86', '0.92', 16],
  ['16195', 'A', '0.88', '0.8', 17],
  ['16198', 'A', '0.8', '0.85', 15],
  ['16201', 'A', '0.84', '0.78', 16],
  ['16204', 'B', '0.97', '0.96', 19],
  ['16207', 'B', '0.93', '0.91', 18],
  ['16210', 'B', '0.9', '0.94', 17],
  ['16213', 'B', '0.87', '0.86', 18],
  ['16216', 'B', '0.85', '0.83', 17],
  ['16219', 'B', '0.79', '0.88', 16],
  ['16222', 'B', '0.82', '0.8', 15],
  ['16225', 'B', '0.76', '0.75', 14],
];

export const emulationScores: readonly EmulationScore[] = sheets.map(([unit, cluster, economy, society, security]) =>
  scoreEmulation(emulationTable, {
    unit,
    cluster,
    entries: [
      { criterion: 'economy', attainment: economy },
      { criterion: 'society', attainment: society },
      { criterion: 'security', points: security },
    ],
  }),
);

export const awards: readonly EmulationAward[] = assignAwards(emulationTable, emulationScores);

export const clusterNames: Readonly<Record<string, string>> = { A: 'Cụm thi đua số 1', B: 'Cụm thi đua số 2' };

/** The whole Vietnamese report: scorecard, growth and ranking. */
export function nhuXuanReport(): Report {
  return planReport(assessment, {
    catalog,
    lang: 'vi',
    areaName: 'Huyện Như Xuân (Thanh Hóa)',
    notes: [`Số liệu thực hiện là số liệu minh họa, không phải số liệu thống kê chính thức (${nhuXuanObservationsMetadata.description})`],
    sections: [
      growthSection(growthInputs, { catalog, lang: 'vi' }),
      rankingSection(awards, { lang: 'vi', names: communeNames, groups: clusterNames, table: emulationTable, valueLabel: 'Điểm thi đua' }),
    ],
  });
}
