// Types come from their defining modules, as in index.ts (declaration bundling across entry points).
import type { UnitGroupSet } from '../../admin/schema.js';
import type { EmulationScoreSheetInput, EmulationScoringTable } from '../../ranking/emulation.js';
import { deepFreeze, parseEmulationScoringTable, parseWithSchema, unitGroupSetSchema } from '../../index.js';
import type { IllustrativeDataMetadata } from './observations-2024.js';

/**
 * Metadata of the bundled emulation example of Như Xuân. **Illustrative**: the district's real
 * commune clusters, points table and scores are not in the sources; the clusters, the table (built
 * on the patterns of provincial decisions) and every score here are made up.
 *
 * @example
 * // Check before quoting a result:
 * nhuXuanEmulationMetadata.illustrative;
 * //=> true
 */
export const nhuXuanEmulationMetadata: IllustrativeDataMetadata = {
  illustrative: true,
  description:
    'Illustrative 2024 emulation of the 16 commune-level units of Như Xuân: four clusters of four units, a 100-point table with bonus and penalty points, three grades and First and Second awards, and one score sheet per unit. Not an official result.',
  area: '402',
};

/**
 * Four illustrative emulation clusters (*cụm thi đua*) of Như Xuân's 16 commune-level units for 2024,
 * four units each, grouped by neighbourhood (the clusters follow the 2025 merges where they can). The
 * set is exclusive and covers every commune-level unit of the district in 2024. **Illustrative**
 * (see {@link nhuXuanEmulationMetadata}): the district's real clusters are not in the sources.
 *
 * @example
 * // The members of the first cluster, by name:
 * groupMembersAt(nhuXuanHierarchy, nhuXuanEmulationClusters2024, 'cluster-1', '2024-12-31').map((unit) => unit.name);
 * //=> ['Yên Cát', 'Hóa Quỳ', 'Tân Bình', 'Bình Lương']
 */
export const nhuXuanEmulationClusters2024: UnitGroupSet = parseWithSchema(
  unitGroupSetSchema,
  {
    id: 'nhu-xuan-commune-clusters-2024',
    name: 'Cụm thi đua các xã, thị trấn huyện Như Xuân năm 2024 (minh họa)',
    nameEn: 'Emulation clusters of the communes of Như Xuân, 2024 (illustrative)',
    validFrom: '2024-01-01',
    validTo: '2024-12-31',
    exclusive: true,
    coverage: { level: 'commune', under: '402' },
    groups: [
      { id: 'cluster-1', name: 'Cụm thi đua số 1', nameEn: 'Cluster 1', members: ['16174', '16186', '16201', '16204'] },
      { id: 'cluster-2', name: 'Cụm thi đua số 2', nameEn: 'Cluster 2', members: ['16177', '16180', '16183', '16195'] },
      { id: 'cluster-3', name: 'Cụm thi đua số 3', nameEn: 'Cluster 3', members: ['16198', '16213', '16216', '16225'] },
      { id: 'cluster-4', name: 'Cụm thi đua số 4', nameEn: 'Cluster 4', members: ['16207', '16210', '16219', '16222'] },
    ],
  },
  'group set',
);

/**
 * An illustrative 100-point emulation scoring table for the communes of Như Xuân in 2024, built on
 * the patterns of provincial decisions (criteria with maximum points scored by plan attainment, bonus
 * and penalty points: Bình Định QĐ 4683/QĐ-UBND 2021; grades with a per-criterion floor: Nghệ An
 * QĐ 21/2020/QĐ-UBND). Five criteria (economy 30, budget revenue 20, new-rural development 20,
 * culture and society 20, defence and security 10 by assessment), bonus up to 5 points, grades
 * excellent (90, no criterion under 85%), good (80, 80%) and completed (70, 70%), and per cluster one
 * First award (excellent needed) and one Second (good needed). Ties on total points go to the
 * economy criterion. **Illustrative** (see {@link nhuXuanEmulationMetadata}).
 *
 * @example
 * // The criteria and their maximum points:
 * nhuXuanEmulationTable2024.criteria.map((criterion) => `${criterion.code} ${criterion.maxPoints.toString()}`);
 * //=> ['economy 30', 'budget 20', 'new-rural 20', 'society 20', 'security 10']
 */
export const nhuXuanEmulationTable2024: EmulationScoringTable = parseEmulationScoringTable({
  name: 'Bảng chấm điểm thi đua các xã, thị trấn năm 2024 (minh họa)',
  criteria: [
    { code: 'economy', label: 'Phát triển kinh tế (giá trị sản xuất so với kế hoạch)', maxPoints: 30, minAttainment: '0.5' },
    { code: 'budget', label: 'Thu ngân sách nhà nước trên địa bàn', maxPoints: 20, minAttainment: '0.8' },
    { code: 'new-rural', label: 'Xây dựng nông thôn mới', maxPoints: 20 },
    { code: 'society', label: 'Văn hóa - xã hội, giảm nghèo', maxPoints: 20, floorPoints: 4 },
    { code: 'security', label: 'Quốc phòng - an ninh', maxPoints: 10 },
  ],
  maxBonus: 5,
  grades: [
    { code: 'excellent', label: 'Hoàn thành xuất sắc nhiệm vụ', minTotal: 90, minCriterionShare: '0.85' },
    { code: 'good', label: 'Hoàn thành tốt nhiệm vụ', minTotal: 80, minCriterionShare: '0.8' },
    { code: 'completed', label: 'Hoàn thành nhiệm vụ', minTotal: 70, minCriterionShare: '0.7' },
  ],
  awards: [
    { award: 'first', maxCount: 1, minGrade: 'excellent' },
    { award: 'second', maxCount: 1, minGrade: 'good' },
  ],
  ties: 'standard',
  tieBreak: ['economy'],
  quotaTies: 'demote-all',
});

type Adjustment = readonly [reason: string, points: number];

// One row per unit: attainment of economy, budget, new-rural and society (ratios to target), points
// for security (by assessment), then bonus and penalty points with their reasons.
const rows: readonly (readonly [unit: string, cluster: string, economy: string, budget: string, newRural: string, society: string, security: string, bonus?: Adjustment | undefined, penalty?: Adjustment])[] = [
  ['16174', 'cluster-1', '1.06', '1.12', '0.95', '1', '9.5', ['Bằng khen của Chủ tịch UBND tỉnh', 2]],
  ['16186', 'cluster-1', '0.98', '0.92', '0.9', '0.95', '8.5'],
  ['16201', 'cluster-1', '1.02', '1', '1', '0.96', '9'],
  ['16204', 'cluster-1', '0.93', '0.85', '0.85', '0.9', '8'],
  ['16177', 'cluster-2', '1.05', '1.08', '1', '0.98', '9.5', ['Giấy khen của Chủ tịch UBND huyện', 1]],
  ['16180', 'cluster-2', '1', '0.95', '1', '0.92', '9'],
  ['16183', 'cluster-2', '0.9', '0.78', '0.85', '0.9', '8.5'],
  ['16195', 'cluster-2', '0.96', '0.9', '1', '0.94', '9', undefined, ['Chậm nộp báo cáo thi đua', 1]],
  ['16198', 'cluster-3', '0.97', '1', '1', '0.8', '9', ['Bằng khen của Chủ tịch UBND tỉnh', 2]],
  ['16213', 'cluster-3', '0.95', '0.9', '0.95', '0.9', '8.5'],
  ['16216', 'cluster-3', '0.9', '0.88', '0.9', '0.86', '8'],
  ['16225', 'cluster-3', '1', '0.96', '0.95', '0.9', '9'],
  ['16207', 'cluster-4', '0.88', '0.82', '0.8', '0.85', '8'],
  ['16210', 'cluster-4', '0.85', '0.8', '0.75', '0.85', '7.5'],
  ['16219', 'cluster-4', '0.95', '1.04', '0.95', '1', '9.5'],
  ['16222', 'cluster-4', '1', '1', '1', '0.9', '9'],
];

/**
 * Illustrative 2024 score sheets (*bảng tự chấm điểm*) of Như Xuân's 16 commune-level units on
 * {@link nhuXuanEmulationTable2024}, each with its cluster of {@link nhuXuanEmulationClusters2024}:
 * attainment of the economy, budget, new-rural and society targets, points for defence and security,
 * and bonus and penalty points with their reasons. Chosen to show the table's rules at work: an
 * attainment under a criterion's least (Xuân Bình's budget at 78%), a cluster leader without the grade
 * for First (Cát Tân), and a tie on total points settled by the economy criterion (cluster 4).
 * **Illustrative** (see {@link nhuXuanEmulationMetadata}).
 *
 * @example
 * // Score the sheets and award the clusters:
 * const awards = assignAwards(nhuXuanEmulationTable2024, nhuXuanEmulationSheets2024.map((sheet) => scoreEmulation(nhuXuanEmulationTable2024, sheet)));
 * awards.filter((award) => award.award === 'first').map((award) => award.unit);
 * //=> ['16174', '16177', '16225', '16222']
 */
export const nhuXuanEmulationSheets2024: readonly EmulationScoreSheetInput[] = deepFreeze(
  rows.map(([unit, cluster, economy, budget, newRural, society, security, bonus, penalty]): EmulationScoreSheetInput => ({
    unit,
    cluster,
    entries: [
      { criterion: 'economy', attainment: economy },
      { criterion: 'budget', attainment: budget },
      { criterion: 'new-rural', attainment: newRural },
      { criterion: 'society', attainment: society },
      { criterion: 'security', points: security },
    ],
    ...(bonus === undefined ? {} : { bonus: [{ reason: bonus[0], points: bonus[1] }] }),
    ...(penalty === undefined ? {} : { penalties: [{ reason: penalty[0], points: penalty[1] }] }),
  })),
);
