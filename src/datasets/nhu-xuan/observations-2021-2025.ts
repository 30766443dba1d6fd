// Types come from their defining modules, as in index.ts (declaration bundling across entry points).
import type { Dataset } from '../../observation/dataset.js';
import type { Observation, ObservationInput } from '../../observation/schema.js';
import { buildDataset, parseObservations } from '../../index.js';
import { type IllustrativeDataMetadata, nhuXuanObservations2024 } from './observations-2024.js';

const source = 'illustrative: made up for the examples, not official statistics';

/** A year's value as published: official a year and a half later, or an estimate in December. */
function published(period: string, kind: 'official' | 'estimate'): Pick<ObservationInput, 'status' | 'published'> {
  const year = Number(period.slice(0, 4));
  if (period.endsWith('-S1')) return { status: 'estimate', published: `${String(year)}-06-25` };
  return kind === 'official' ? { status: 'official', published: `${String(year + 1)}-06-28` } : { status: 'estimate', published: `${String(year)}-12-20` };
}

function series(indicator: string, values: Readonly<Record<string, string>>, kind: 'official' | 'estimate' = 'official'): ObservationInput[] {
  return Object.entries(values).map(([period, value]) => ({ indicator, area: '402', period, value, ...published(period, kind), source }));
}

/** A rate with the counts it was computed from (for ratio-of-sums roll-ups). */
function rates(indicator: string, values: Readonly<Record<string, readonly [string, number, number]>>): ObservationInput[] {
  return Object.entries(values).map(([period, [value, numerator, denominator]]) => ({
    indicator,
    area: '402',
    period,
    value,
    numerator,
    denominator,
    ...published(period, period === '2024' ? 'estimate' : 'official'),
    source,
  }));
}

/**
 * Metadata of the bundled observations for the five-year plan 2021–2025. **Illustrative**: made up
 * to exercise the library, not official figures.
 *
 * @example
 * // Always check before you quote a number:
 * nhuXuanFiveYearMetadata.illustrative;
 * //=> true
 */
export const nhuXuanFiveYearMetadata: IllustrativeDataMetadata = {
  illustrative: true,
  description:
    'Illustrative yearly values 2020–2024 of the indicators of the illustrative Như Xuân five-year plan 2021–2025 that the 2024 observations lack (2020–2022 income per person, new-rural communes, investment, population, urban population and urbanisation rate; the poverty rate 2020–2024, whose 2024 value is the district total of the illustrative commune data), and first-half 2025 values of the flows. Consistent with the bundled 2024 observations, which they extend. Income per person in 2020 (31.3 million VND) is the figure the district reported for 2020 (Báo Thanh Hóa, 16 Dec 2020); everything else is made up. Not official statistics.',
  area: '402',
};

/**
 * The observations that the five-year plan adds to {@link nhuXuanObservations2024}: values of the
 * years 2020–2022 (and the poverty rate 2020–2024) for the plan's indicators, and first-half 2025
 * estimates of gross output, budget revenue and investment. None repeats a period of the 2024 data.
 * **Not official statistics** (see {@link nhuXuanFiveYearMetadata}).
 *
 * @example
 * // Income per person, 2020–2022 (million VND):
 * nhuXuanFiveYearObservations.filter((o) => o.indicator === 'INCOME_PER_CAPITA').map((o) => `${o.period}: ${o.value.toString()}`);
 * //=> ['2020: 31.3', '2021: 34.2', '2022: 38']
 */
export const nhuXuanFiveYearObservations: readonly Observation[] = parseObservations([
  ...series('INCOME_PER_CAPITA', { '2020': '31.3', '2021': '34.2', '2022': '38' }),
  ...series('NTM_COMMUNES', { '2020': '4', '2021': '5', '2022': '7' }),
  ...series('INVESTMENT', { '2020': '690', '2021': '742', '2022': '861' }),
  ...series('POPULATION', { '2020': '69600', '2021': '70200', '2022': '70800' }),
  ...series('POPULATION_URBAN', { '2020': '8700', '2021': '9126', '2022': '9770' }),
  ...rates('URBANISATION_RATE', { '2020': ['12.5', 8700, 69600], '2021': ['13', 9126, 70200], '2022': ['13.8', 9770, 70800] }),
  // Poor households over households; 2024 is the sum over the communes of the illustrative commune data.
  ...rates('POVERTY_RATE', {
    '2020': ['22.16', 3900, 17600],
    '2021': ['18.99', 3380, 17800],
    '2022': ['15.5', 2790, 18000],
    '2023': ['12.31', 2240, 18200],
    '2024': ['9.64', 1774, 18400],
  }),
  ...series('PRODUCTION_VALUE', { '2025-S1': '2700' }, 'estimate'),
  ...series('BUDGET_REVENUE', { '2025-S1': '340' }, 'estimate'),
  ...series('INVESTMENT', { '2025-S1': '580' }, 'estimate'),
]);

/**
 * The dataset of the five-year plan: {@link nhuXuanObservations2024} and
 * {@link nhuXuanFiveYearObservations} indexed together, with a yearly value 2020–2024 for every
 * indicator of the plan. **Illustrative.**
 *
 * @example
 * // Gross output from the base year 2020 to 2024, in tỷ đồng:
 * ['2020', '2024'].map((period) => bestObservation(nhuXuanFiveYearDataset, { indicator: 'PRODUCTION_VALUE', area: '402', period })?.value.toString());
 * //=> ['4050', '5436']
 */
export const nhuXuanFiveYearDataset: Dataset = buildDataset([...nhuXuanObservations2024, ...nhuXuanFiveYearObservations]);
