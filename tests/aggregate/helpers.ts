import { type IndicatorInput, type ObservationInput, buildCatalog, buildDataset, parseObservations } from '../../src/index.js';

const base = { polarity: 'higher-is-better', precision: 1 } as const;

function indicator(code: string, rest: Omit<IndicatorInput, 'code' | 'labels' | 'polarity' | 'precision'>): IndicatorInput {
  return { ...base, code, labels: { vi: code }, ...rest };
}

/** A small catalog with one indicator of each shape the roll-up treats differently. */
export const catalog = buildCatalog([
  indicator('REVENUE', { unit: { unit: 'VND', power: 9 }, measure: 'flow', aggregation: { overUnits: 'sum', overTime: 'sum' } }),
  indicator('INCOME', { unit: { unit: 'VND', power: 9 }, measure: 'flow', aggregation: { overUnits: 'sum', overTime: 'sum' } }),
  indicator('POP', { unit: { unit: 'persons', power: 0 }, measure: 'stock', aggregation: { overUnits: 'sum', overTime: 'last' } }),
  indicator('POOR', { unit: { unit: 'households', power: 0 }, measure: 'stock', aggregation: { overUnits: 'sum', overTime: 'last' } }),
  indicator('HH', { unit: { unit: 'households', power: 0 }, measure: 'stock', aggregation: { overUnits: 'sum', overTime: 'last' } }),
  indicator('POVERTY', {
    unit: { unit: 'percent', power: 0 },
    measure: 'ratio',
    ratioFactor: 100,
    aggregation: { overUnits: 'ratio-of-sums', overTime: 'last' },
    numerator: 'POOR',
    denominator: 'HH',
  }),
  indicator('INCOME_PC', {
    unit: { unit: 'VNDPerPersonPerYear', power: 6 },
    measure: 'flow',
    aggregation: { overUnits: 'ratio-of-sums', overTime: 'none' },
    numerator: 'INCOME',
    denominator: 'POP',
  }),
  indicator('COVER', { unit: { unit: 'percent', power: 0 }, measure: 'ratio', aggregation: { overUnits: 'none', overTime: 'last' } }),
  indicator('GROWTH', { unit: { unit: 'percent', power: 0 }, measure: 'growth-rate', aggregation: { overUnits: 'none', overTime: 'none' } }),
  indicator('SCORE', { unit: { unit: 'indexPoints', power: 0 }, measure: 'index', aggregation: { overUnits: 'average', overTime: 'last' } }),
]);

/** A dataset of official values (status and area filled in unless given). */
export function data(...observations: (Partial<ObservationInput> & Pick<ObservationInput, 'indicator' | 'value'>)[]) {
  return buildDataset(parseObservations(observations.map((observation) => ({ area: 'A', period: '2024', status: 'official', ...observation }))));
}

// The same helper as the other domains' tests: run an action that must throw a PlanningError.
export { caught } from '../measure/caught.js';
