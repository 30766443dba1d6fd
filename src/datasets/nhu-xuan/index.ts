/**
 * Reference data for Như Xuân district (Thanh Hóa province, Vietnam) and the 2025 reform: the province,
 * the district, its 16 commune-level units valid until 30 June 2025, the 6 communes that succeeded them
 * from 1 July 2025 (directly under the province), and the successions between them.
 *
 * Import it from its own entry point, so that the core library does not carry it:
 *
 * ```ts
 * import { nhuXuanHierarchy } from 'planning-indicators/datasets/nhu-xuan';
 * ```
 *
 * @packageDocumentation
 */
// Types come from their defining modules: imported through the barrel, the declaration bundler
// (rollup-plugin-dts under tsup) warns of a circular re-export between the two entry points' chunks.
import type { Hierarchy } from '../../admin/model.js';
import type { AdminUnitInput, SuccessionInput } from '../../admin/schema.js';
import { buildHierarchy, deepFreeze } from '../../index.js';

/**
 * Where a bundled dataset comes from.
 *
 * @example
 * // The documents behind the Như Xuân data:
 * const source: DatasetSource = nhuXuanSource;
 * source.documents.length;
 * //=> 4
 */
export interface DatasetSource {
  /** What the dataset holds. */
  readonly title: string;
  /** The documents it was transcribed from, each with its date and the part used. */
  readonly documents: readonly string[];
  /** What the documents do not say, and how the dataset fills the gap. */
  readonly notes: readonly string[];
}

/**
 * The sources of the Như Xuân data.
 *
 * @example
 * // The resolution that merged the communes:
 * nhuXuanSource.documents[1];
 * //=> 'Resolution 1686/NQ-UBTVQH15 of 16 June 2025 of the National Assembly Standing Committee on the arrangement of commune-level administrative units of Thanh Hóa province, clauses 110–115'
 */
export const nhuXuanSource: DatasetSource = deepFreeze({
  title: 'Thanh Hóa (38), Như Xuân district (402) and its commune-level units before and after 1 July 2025',
  documents: [
    'GSO list of administrative units of 01/03/2025 (codes, names and types before the reform; as published in the dataset daohoangson/dvhcvn, data/dvhcvn.json)',
    'Resolution 1686/NQ-UBTVQH15 of 16 June 2025 of the National Assembly Standing Committee on the arrangement of commune-level administrative units of Thanh Hóa province, clauses 110–115',
    'GSO official letter 1027/CTK-CSCL of 25 June 2025 (codes of the new commune-level units)',
    'Resolution 203/2025/QH15 amending the Constitution and Law on the Organisation of Local Government 72/2025/QH15 (two-tier local government: no district level from 1 July 2025)',
  ],
  notes: [
    'The sources do not give the start of validity of the units before the reform; their validFrom is left open.',
    'Every 2025 succession of these units is a full merge: no unit was divided, so no split weights are needed.',
    'A merged commune keeps the code of the unit that held its seat: 16174 was the township Yên Cát and is now the commune Như Xuân; 16177 (Bãi Trành) is now Xuân Bình; 16222 (Thanh Sơn) is now Thanh Quân.',
  ],
});

const until = '2025-06-30';
const reform = '2025-07-01';

function oldCommune(code: string, name: string): AdminUnitInput {
  return { code, name, type: 'commune', level: 'commune', parent: '402', validTo: until };
}

function newCommune(code: string, name: string): AdminUnitInput {
  return { code, name, type: 'commune', level: 'commune', parent: '38', validFrom: reform };
}

/**
 * The 24 unit versions: Thanh Hóa province (38, still valid), Như Xuân district (402, until
 * 2025-06-30), its 16 commune-level units (1 township and 15 communes, until 2025-06-30) and the 6
 * communes valid from 2025-07-01 under the province. Codes and names as in {@link nhuXuanSource}.
 *
 * @example
 * // Code 16174 appears twice: the township Yên Cát, then the commune Như Xuân.
 * nhuXuanUnits.filter((unit) => unit.code === '16174').map((unit) => unit.name);
 * //=> ['Yên Cát', 'Như Xuân']
 */
export const nhuXuanUnits: readonly AdminUnitInput[] = deepFreeze([
  { code: '38', name: 'Thanh Hóa', type: 'province', level: 'province' },
  { code: '402', name: 'Như Xuân', type: 'rural-district', level: 'district', parent: '38', validTo: until },
  { code: '16174', name: 'Yên Cát', type: 'township', level: 'commune', parent: '402', validTo: until },
  oldCommune('16177', 'Bãi Trành'),
  oldCommune('16180', 'Xuân Hòa'),
  oldCommune('16183', 'Xuân Bình'),
  oldCommune('16186', 'Hóa Quỳ'),
  oldCommune('16195', 'Cát Vân'),
  oldCommune('16198', 'Cát Tân'),
  oldCommune('16201', 'Tân Bình'),
  oldCommune('16204', 'Bình Lương'),
  oldCommune('16207', 'Thanh Quân'),
  oldCommune('16210', 'Thanh Xuân'),
  oldCommune('16213', 'Thanh Hòa'),
  oldCommune('16216', 'Thanh Phong'),
  oldCommune('16219', 'Thanh Lâm'),
  oldCommune('16222', 'Thanh Sơn'),
  oldCommune('16225', 'Thượng Ninh'),
  newCommune('16174', 'Như Xuân'),
  newCommune('16177', 'Xuân Bình'),
  newCommune('16186', 'Hóa Quỳ'),
  newCommune('16213', 'Thanh Phong'),
  newCommune('16222', 'Thanh Quân'),
  newCommune('16225', 'Thượng Ninh'),
]);

function merge(clause: number, from: readonly string[], to: string): SuccessionInput {
  return { kind: 'merge', date: reform, from, to, legalBasis: `Resolution 1686/NQ-UBTVQH15, clause ${String(clause)}` };
}

/**
 * The 7 successions of 1 July 2025: the six merges of Resolution 1686/NQ-UBTVQH15, clauses 110–115
 * (16 units became 6), and the abolition of the district level.
 *
 * @example
 * // Clause 112: Bãi Trành, Xuân Hòa and Xuân Bình became Xuân Bình, under Bãi Trành's code.
 * const clause112 = nhuXuanSuccessions.find((succession) => succession.legalBasis.endsWith('clause 112'));
 * clause112?.kind === 'merge' ? [clause112.from, clause112.to] : undefined;
 * //=> [['16177', '16180', '16183'], '16177']
 */
export const nhuXuanSuccessions: readonly SuccessionInput[] = deepFreeze([
  merge(110, ['16174', '16201'], '16174'),
  merge(111, ['16195', '16198', '16225'], '16225'),
  merge(112, ['16177', '16180', '16183'], '16177'),
  merge(113, ['16186', '16204'], '16186'),
  merge(114, ['16213', '16216', '16219'], '16213'),
  merge(115, ['16207', '16210', '16222'], '16222'),
  {
    kind: 'abolish-level',
    date: reform,
    level: 'district',
    legalBasis: 'Resolution 203/2025/QH15 (amended Constitution); Law on the Organisation of Local Government 72/2025/QH15',
  },
]);

/**
 * The hierarchy built from {@link nhuXuanUnits} and {@link nhuXuanSuccessions} with the Vietnamese
 * levels (province, district, commune, village), ready for queries and restatement.
 *
 * @example
 * // The same code on both sides of the reform:
 * import { unitAt } from 'planning-indicators';
 * [unitAt(nhuXuanHierarchy, '16174', '2024-12-31')?.name, unitAt(nhuXuanHierarchy, '16174', '2025-07-01')?.name];
 * //=> ['Yên Cát', 'Như Xuân']
 */
export const nhuXuanHierarchy: Hierarchy = buildHierarchy(nhuXuanUnits, { successions: nhuXuanSuccessions });

export { nhuXuanPlan2024, nhuXuanPlan2024Input } from './plan-2024.js';
export { nhuXuanFiveYearPlan, nhuXuanFiveYearPlanInput } from './plan-2021-2025.js';
export { nhuXuanFiveYearDataset, nhuXuanFiveYearMetadata, nhuXuanFiveYearObservations } from './observations-2021-2025.js';
export {
  type IllustrativeDataMetadata,
  nhuXuanDataset2024,
  nhuXuanObservations2024,
  nhuXuanObservationsMetadata,
} from './observations-2024.js';
export {
  nhuXuanCommuneCatalog,
  nhuXuanCommuneDataset2024,
  nhuXuanCommuneIndicators,
  nhuXuanCommuneMetadata,
  nhuXuanCommuneObservations2024,
} from './communes-2024.js';
export {
  nhuXuanEmulationClusters2024,
  nhuXuanEmulationMetadata,
  nhuXuanEmulationSheets2024,
  nhuXuanEmulationTable2024,
} from './emulation-2024.js';
export {
  type AreaPlan,
  nhuXuanBudget2024,
  nhuXuanCommunePlans2024,
  nhuXuanReviewCatalog,
  nhuXuanReviewDataset,
  nhuXuanReviewIndicators,
  nhuXuanReviewMetadata,
  nhuXuanReviewObservations,
} from './review-2024.js';
