// Types come from their defining modules, as in index.ts (declaration bundling across entry points).
import type { Dataset } from '../../observation/dataset.js';
import type { Observation, ObservationInput } from '../../observation/schema.js';
import { buildDataset, parseObservations } from '../../index.js';

const estimate = { status: 'estimate', published: '2024-12-20' } as const;
const official = { status: 'official', published: '2024-06-28' } as const;
const halfYear = { status: 'estimate', published: '2024-06-25' } as const;
const source = 'illustrative: made up for the examples, not official statistics';

function series(indicator: string, values: Readonly<Record<string, readonly [string, 'official' | 'estimate' | 'half']>>): ObservationInput[] {
  return Object.entries(values).map(([period, [value, kind]]) => ({
    indicator,
    area: '402',
    period,
    value,
    ...(kind === 'official' ? official : kind === 'half' ? halfYear : estimate),
    source,
  }));
}

/**
 * What a bundled set of example values says about itself.
 *
 * @example
 * // Example data that is not official says so:
 * const metadata: IllustrativeDataMetadata = { illustrative: true, description: 'made up', area: '402' };
 * metadata.illustrative;
 * //=> true
 */
export interface IllustrativeDataMetadata {
  /** True when the values are made up for examples and are not official statistics. */
  readonly illustrative: boolean;
  /** What the values are and where they come from. */
  readonly description: string;
  /** The administrative area they describe. */
  readonly area: string;
}

/**
 * Metadata of the bundled Như Xuân observations. **Illustrative**: the source article gives targets
 * only, so every actual value here is made up to exercise the library, and is not an official figure.
 *
 * @example
 * // Always check before you quote a number:
 * nhuXuanObservationsMetadata.illustrative;
 * //=> true
 */
export const nhuXuanObservationsMetadata: IllustrativeDataMetadata = {
  illustrative: true,
  description:
    'Illustrative 2020–2024 district values for the eight indicators of the Như Xuân 2024 plan, with half-year values for the flows. Not official statistics.',
  area: '402',
};

/**
 * Illustrative observations for Như Xuân district (area 402): yearly values 2020–2024 of gross output
 * and budget revenue, 2023–2024 values of the other plan indicators, and first-half values of the
 * flows in 2023 and 2024. The 2023 values are marked official and the 2024 values estimates. **Not
 * official statistics** (see {@link nhuXuanObservationsMetadata}).
 *
 * @example
 * // The illustrative 2024 estimate of investment, in tỷ đồng:
 * nhuXuanObservations2024.find((o) => o.indicator === 'INVESTMENT' && o.period === '2024')?.value.toString();
 * //=> '1085'
 */
export const nhuXuanObservations2024: readonly Observation[] = parseObservations([
  ...series('PRODUCTION_VALUE', {
    '2020': ['4050', 'official'],
    '2021': ['4310', 'official'],
    '2022': ['4700', 'official'],
    '2023': ['5120', 'official'],
    '2024': ['5436', 'estimate'],
    '2023-S1': ['2380', 'official'],
    '2024-S1': ['2526', 'half'],
  }),
  ...series('BUDGET_REVENUE', {
    '2020': ['431.2', 'official'],
    '2021': ['468.9', 'official'],
    '2022': ['540.3', 'official'],
    '2023': ['612.5', 'official'],
    '2024': ['672.8', 'estimate'],
    '2023-S1': ['280', 'official'],
    '2024-S1': ['301', 'half'],
  }),
  ...series('INCOME_PER_CAPITA', { '2023': ['42.1', 'official'], '2024': ['47.2', 'estimate'] }),
  ...series('NTM_COMMUNES', { '2023': ['9', 'official'], '2024': ['11', 'estimate'] }),
  ...series('NTM_VILLAGES_NEW', { '2023': ['8', 'official'], '2024': ['12', 'estimate'] }),
  ...series('INVESTMENT', {
    '2023': ['948', 'official'],
    '2024': ['1085', 'estimate'],
    '2023-S1': ['430', 'official'],
    '2024-S1': ['520', 'half'],
  }),
  ...series('POPULATION', { '2023': ['71400', 'official'], '2024': ['72000', 'estimate'] }),
  ...series('POPULATION_URBAN', { '2023': ['10353', 'official'], '2024': ['10800', 'estimate'] }),
  {
    indicator: 'URBANISATION_RATE',
    area: '402',
    period: '2023',
    value: '14.5',
    numerator: '10353',
    denominator: '71400',
    ...official,
    source,
  },
  { indicator: 'URBANISATION_RATE', area: '402', period: '2024', value: '15', numerator: '10800', denominator: '72000', ...estimate, source },
  ...series('ROADS_HARDENED_SHARE', { '2023': ['77.4', 'official'], '2024': ['80.2', 'estimate'] }),
]);

/**
 * {@link nhuXuanObservations2024} indexed as a dataset, ready for `assessPlan`. **Illustrative.**
 *
 * @example
 * // How the illustrative 2024 data score the plan:
 * assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }).summary.metOrExceeded;
 * //=> 7
 */
export const nhuXuanDataset2024: Dataset = buildDataset(nhuXuanObservations2024);
