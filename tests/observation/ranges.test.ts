import { describe, expect, it } from 'vitest';
import { PlanningError, buildCatalog, checkValueRanges, parseObservations, valueRangeProblems, type IndicatorInput } from '../../src/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';
import {
  nhuXuanCommuneCatalog,
  nhuXuanCommuneObservations2024,
  nhuXuanFiveYearObservations,
  nhuXuanObservations2024,
} from '../../src/datasets/nhu-xuan/index.js';

const netChange: IndicatorInput = {
  code: 'POPULATION_NET_CHANGE',
  labels: { vi: 'Biến động dân số' },
  unit: { unit: 'persons', power: 0 },
  measure: 'flow',
  polarity: 'higher-is-better',
  precision: 0,
  aggregation: { overUnits: 'sum', overTime: 'sum' },
  range: { integer: true },
};
const catalog = buildCatalog([...vnDistrictIndicatorCatalog.indicators.values(), netChange]);

function observation(indicator: string, value: number | string, extra: Record<string, unknown> = {}) {
  return { indicator, area: '402', period: '2024', value, status: 'official', ...extra };
}

describe('valueRangeProblems', () => {
  it('refuses a negative population with its path and the allowed range', () => {
    const issues = valueRangeProblems(catalog, parseObservations([observation('POPULATION', 80000), observation('POPULATION', -1320)]));
    expect(issues).toEqual([
      {
        path: [1, 'value'],
        message:
          "POPULATION, area 402, 2024: value -1320 is outside the valid range of the indicator (whole numbers from 0 up); correct the value, or widen the indicator's range in the catalog if such values are valid",
      },
    ]);
  });

  it('refuses a share of 101% and accepts 100%', () => {
    const issues = valueRangeProblems(catalog, parseObservations([observation('FOREST_COVER', 100), observation('POVERTY_RATE', '101')]));
    expect(issues.map((issue) => issue.path)).toEqual([[1, 'value']]);
    expect(issues[0]?.message).toContain('(values from 0 to 100)');
  });

  it('refuses 1.5 communes but accepts 1.5 km of road', () => {
    const issues = valueRangeProblems(catalog, parseObservations([observation('NTM_COMMUNES', '1.5'), observation('ROADS_KM', '1.5')]));
    expect(issues.map((issue) => issue.path)).toEqual([[0, 'value']]);
    expect(issues[0]?.message).toContain('value 1.5 is outside');
  });

  it('accepts a negative net change: an indicator without a lower bound', () => {
    expect(valueRangeProblems(catalog, parseObservations([observation('POPULATION_NET_CHANGE', -1320)]))).toEqual([]);
    expect(valueRangeProblems(catalog, parseObservations([observation('POPULATION_NET_CHANGE', '-0.5')]))).toHaveLength(1);
  });

  it('accepts anything for an indicator without a range, or one the catalog does not know', () => {
    const { range: _range, ...withoutRange } = netChange;
    const bare = buildCatalog([withoutRange]);
    expect(valueRangeProblems(bare, parseObservations([observation('POPULATION_NET_CHANGE', '-0.5'), observation('UNKNOWN', -1)]))).toEqual([]);
  });

  it('compares a value written in another scale after conversion to the indicator\'s scale', () => {
    const money = buildCatalog([{ ...netChange, code: 'AMOUNT', unit: { unit: 'VND', power: 6 }, range: { max: 1000 } }]);
    const observations = parseObservations([observation('AMOUNT', '2', { unit: { unit: 'VND', power: 9 } }), observation('AMOUNT', '0.5', { unit: { unit: 'VND', power: 9 } })]);
    expect(valueRangeProblems(money, observations).map((issue) => issue.path)).toEqual([[0, 'value']]);
  });

  it('passes the bundled data', () => {
    expect(valueRangeProblems(vnDistrictIndicatorCatalog, [...nhuXuanObservations2024, ...nhuXuanFiveYearObservations])).toEqual([]);
    expect(valueRangeProblems(nhuXuanCommuneCatalog, nhuXuanCommuneObservations2024)).toEqual([]);
  });

  it('a catalog refuses a range whose min is above its max', () => {
    expect(() => buildCatalog([{ ...netChange, range: { min: 10, max: 0 } }])).toThrow(/min to be at most max/);
  });
});

describe('checkValueRanges', () => {
  it('throws one invalid-input error listing every problem, and returns valid observations unchanged', () => {
    const bad = parseObservations([observation('POPULATION', -1), observation('HOUSEHOLDS', '2.5'), observation('FOREST_COVER', 101)]);
    const error = (() => {
      try {
        checkValueRanges(catalog, bad);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PlanningError);
    expect((error as PlanningError).code).toBe('invalid-input');
    expect((error as PlanningError).issues.map((issue) => issue.path)).toEqual([[0, 'value'], [1, 'value'], [2, 'value']]);
    expect((error as PlanningError).message).toMatch(/^3 values outside the valid range of their indicators/);
    const good = parseObservations([observation('POPULATION', 1)]);
    expect(checkValueRanges(catalog, good)).toBe(good);
  });
});
