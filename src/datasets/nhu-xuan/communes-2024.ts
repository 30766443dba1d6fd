// Types come from their defining modules, as in index.ts (declaration bundling across entry points).
import type { Catalog } from '../../indicator/catalog.js';
import type { IndicatorInput } from '../../indicator/schema.js';
import type { Dataset } from '../../observation/dataset.js';
import type { Observation, ObservationInput } from '../../observation/schema.js';
import { buildCatalog, buildDataset, parseObservations } from '../../index.js';
import { vnDistrictIndicators } from '../vietnam/index.js';
import type { IllustrativeDataMetadata } from './observations-2024.js';

/**
 * Metadata of the bundled commune-level values of Như Xuân. **Illustrative**: made up to show roll-up
 * and emulation scoring, not official statistics. Where they overlap with the district values of
 * `nhuXuanObservations2024` they agree: the 11 communes meeting all 19 new-rural criteria are the
 * district's 11 new-rural communes, and the villages recognised add up to the district's 12 once the
 * one commune that has not reported is counted.
 *
 * @example
 * // Check before quoting a number:
 * nhuXuanCommuneMetadata.illustrative;
 * //=> true
 */
export const nhuXuanCommuneMetadata: IllustrativeDataMetadata = {
  illustrative: true,
  description:
    'Illustrative 2024 values of the 16 commune-level units of Như Xuân (valid until 2025-06-30): new-rural villages recognised (Xuân Bình, 16183, has not reported), new-rural criteria met by the 15 communes (the township Yên Cát is not assessed), and poor households and households. Not official statistics.',
  area: '402',
};

/**
 * The commune-level indicator that the district catalog lacks: how many of the 19 criteria of the
 * national new-rural commune standard (QĐ 318/QĐ-TTg of 8 March 2022) a commune meets. A commune
 * with 19 meets the standard; the district's `NTM_COMMUNES` counts those communes.
 *
 * @example
 * // Criteria do not add up over communes; communes meeting all of them are counted instead:
 * nhuXuanCommuneIndicators[0]?.aggregation;
 * //=> { overUnits: 'none', overTime: 'last' }
 */
export const nhuXuanCommuneIndicators: readonly IndicatorInput[] = [
  {
    code: 'NTM_CRITERIA_MET',
    labels: { vi: 'Số tiêu chí nông thôn mới đạt được', en: 'New-rural criteria met (of 19)' },
    definition:
      'Commune level: how many of the 19 criteria of the national new-rural commune standard 2021–2025 (QĐ 318/QĐ-TTg) the commune meets; 19 means it meets the standard.',
    group: 'new-rural',
    unit: { unit: 'count', power: 0 },
    measure: 'stock',
    polarity: 'higher-is-better',
    precision: 0,
    aggregation: { overUnits: 'none', overTime: 'last' },
    range: { min: 0, max: 19, integer: true },
  },
];

/**
 * The Vietnamese district catalog (`vnDistrictIndicators`) with {@link nhuXuanCommuneIndicators}
 * added: the catalog the commune-level values are read with.
 *
 * @example
 * // The district catalog's indicators are all there:
 * [nhuXuanCommuneCatalog.indicators.has('NTM_CRITERIA_MET'), nhuXuanCommuneCatalog.indicators.has('POVERTY_RATE')];
 * //=> [true, true]
 */
export const nhuXuanCommuneCatalog: Catalog = buildCatalog([...vnDistrictIndicators, ...nhuXuanCommuneIndicators]);

const estimate = { status: 'estimate', published: '2024-12-20', source: 'illustrative: made up for the examples, not official statistics' } as const;

function byCommune(indicator: string, values: Readonly<Record<string, string>>): ObservationInput[] {
  return Object.entries(values).map(([area, value]) => ({ indicator, area, period: '2024', value, ...estimate }));
}

// Households, poor households and the poverty rate (%) by commune, as a commune would report them
// (the rate to two decimals; the roll-up uses the counts). The township has the most
// households and the fewest poor; the small upland communes the reverse, which is why an average of
// the communes' rates overstates the district's rate.
const poverty: Readonly<Record<string, readonly [number, number, string]>> = {
  '16174': [3200, 58, '1.81'],
  '16177': [1150, 69, '6'],
  '16180': [900, 99, '11'],
  '16183': [1300, 91, '7'],
  '16186': [1400, 98, '7'],
  '16195': [850, 119, '14'],
  '16198': [780, 117, '15'],
  '16201': [1000, 60, '6'],
  '16204': [760, 95, '12.5'],
  '16207': [920, 184, '20'],
  '16210': [1050, 147, '14'],
  '16213': [700, 77, '11'],
  '16216': [1100, 110, '10'],
  '16219': [1250, 150, '12'],
  '16222': [800, 176, '22'],
  '16225': [1240, 124, '10'],
};

/**
 * Illustrative 2024 values of Như Xuân's 16 commune-level units (estimates published 2024-12-20):
 *
 * - `NTM_VILLAGES_NEW`, villages recognised as new-rural in the year: 15 units, summing to 11;
 *   Xuân Bình (16183) has not reported (the district's 12 includes its one village);
 * - `NTM_CRITERIA_MET`, new-rural criteria met, for the 15 communes (the township Yên Cát, 16174, is
 *   not assessed): 11 communes meet all 19;
 * - `POVERTY_RATE` with its numerator and denominator (poor households and households): 1,774 of
 *   18,400 households, 9.64%, while the communes' rates average 11.21%.
 *
 * **Not official statistics** (see {@link nhuXuanCommuneMetadata}).
 *
 * @example
 * // Xuân Hòa's poverty rate and the counts it comes from:
 * const row = nhuXuanCommuneObservations2024.find((o) => o.indicator === 'POVERTY_RATE' && o.area === '16180');
 * [row?.value.toString(), row?.numerator?.toString(), row?.denominator?.toString()];
 * //=> ['11', '99', '900']
 */
export const nhuXuanCommuneObservations2024: readonly Observation[] = parseObservations([
  ...byCommune('NTM_VILLAGES_NEW', {
    '16174': '0',
    '16177': '1',
    '16180': '1',
    '16186': '1',
    '16195': '0',
    '16198': '1',
    '16201': '1',
    '16204': '1',
    '16207': '1',
    '16210': '0',
    '16213': '1',
    '16216': '1',
    '16219': '0',
    '16222': '1',
    '16225': '1',
  }),
  ...byCommune('NTM_CRITERIA_MET', {
    '16177': '19',
    '16180': '19',
    '16183': '17',
    '16186': '19',
    '16195': '19',
    '16198': '19',
    '16201': '19',
    '16204': '19',
    '16207': '16',
    '16210': '15',
    '16213': '19',
    '16216': '19',
    '16219': '18',
    '16222': '19',
    '16225': '19',
  }),
  ...Object.entries(poverty).map(([area, [total, poor, rate]]): ObservationInput => ({
    indicator: 'POVERTY_RATE',
    area,
    period: '2024',
    value: rate,
    numerator: poor,
    denominator: total,
    ...estimate,
  })),
]);

/**
 * {@link nhuXuanCommuneObservations2024} indexed as a dataset, ready for `aggregateOverUnits` and
 * `countUnitsMeeting`. **Illustrative.**
 *
 * @example
 * // The villages recognised in Như Xuân's communes, with the commune that has not reported:
 * const result = aggregateOverUnits(nhuXuanCommuneCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'NTM_VILLAGES_NEW', units: { hierarchy: nhuXuanHierarchy, parent: '402' }, period: '2024',
 * });
 * [result.value?.toString(), result.completeness.missing];
 * //=> ['11', ['16183']]
 */
export const nhuXuanCommuneDataset2024: Dataset = buildDataset(nhuXuanCommuneObservations2024);
