import { describe, expect, it } from 'vitest';
import {
  type IndicatorInput,
  PlanningError,
  buildCatalog,
  evaluateFormula,
  getIndicator,
  ratioFactorOf,
} from '../../src/index.js';
import { vnDistrictIndicatorCatalog, vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';

const flow = (code: string, extra: Partial<IndicatorInput> = {}): IndicatorInput => ({
  code,
  labels: { vi: code },
  unit: { unit: 'VND', power: 9 },
  measure: 'flow',
  polarity: 'higher-is-better',
  precision: 1,
  aggregation: { overUnits: 'sum', overTime: 'sum' },
  ...extra,
});

function problems(input: unknown): string[] {
  try {
    buildCatalog(input);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanningError);
    expect((error as PlanningError).code).toBe('invalid-input');
    return (error as PlanningError).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }
  return [];
}

describe('the bundled Vietnamese district catalog', () => {
  it('holds the eight indicators of the Như Xuân 2024 plan and the common ones, with vi and en labels', () => {
    for (const code of ['PRODUCTION_VALUE', 'INCOME_PER_CAPITA', 'BUDGET_REVENUE', 'NTM_COMMUNES', 'NTM_VILLAGES_NEW', 'URBANISATION_RATE', 'ROADS_HARDENED_SHARE', 'INVESTMENT']) {
      expect(vnDistrictIndicatorCatalog.indicators.has(code)).toBe(true);
    }
    expect(vnDistrictIndicatorCatalog.list.length).toBeGreaterThanOrEqual(35);
    expect(vnDistrictIndicatorCatalog.list.every((indicator) => indicator.labels.en !== undefined)).toBe(true);
    expect(vnDistrictIndicators).toHaveLength(vnDistrictIndicatorCatalog.list.length);
  });

  it('measures production value at constant 2010 prices, in tỷ đồng', () => {
    const production = getIndicator(vnDistrictIndicatorCatalog, 'PRODUCTION_VALUE');
    expect([production.priceBasis, production.unit.unit.code, production.unit.power]).toEqual([{ kind: 'constant', baseYear: 2010 }, 'VND', 9]);
  });

  it('knows the ratio factor of a percentage', () => {
    expect(ratioFactorOf(getIndicator(vnDistrictIndicatorCatalog, 'URBANISATION_RATE'))).toBe(100);
    expect(ratioFactorOf(getIndicator(vnDistrictIndicatorCatalog, 'INVESTMENT'))).toBeUndefined();
  });
});

describe('buildCatalog validation', () => {
  it('accepts an array or an object with indicators, and freezes the result', () => {
    const catalog = buildCatalog({ indicators: [flow('A')] });
    expect(catalog.list).toHaveLength(1);
    expect(Object.isFrozen(catalog.list[0])).toBe(true);
  });

  it('reports schema problems with their paths', () => {
    expect(problems([{ ...flow('A'), polarity: 'up', precision: -1 }]).map((line) => line.split(':')[0])).toEqual(['0.polarity', '0.precision']);
    expect(problems([flow('A', { unit: { unit: 'dong', power: 9 } })])[0]).toMatch(/^0\.unit\.unit: unknown unit code "dong"/);
    expect(problems([flow('A', { unit: { unit: 'VND', power: 7 } })])[0]).toMatch(/^0\.unit\.power/);
  });

  it('reports duplicate codes', () => {
    expect(problems([flow('A'), flow('A')])).toEqual(['1.code: duplicate indicator code "A"']);
  });

  it('reports unknown references with their paths, also under an indicators key', () => {
    expect(problems({ indicators: [flow('R', { formula: { kind: 'share', part: 'P', total: 'T' }, unit: { unit: 'percent', power: 0 }, measure: 'ratio', aggregation: { overUnits: 'none', overTime: 'none' } })] })).toEqual([
      'indicators.0.formula.part: indicator R refers to "P", which is not in the catalog',
      'indicators.0.formula.total: indicator R refers to "T", which is not in the catalog',
    ]);
  });

  it('refuses to average or add percentages, and ratio-of-sums without its parts', () => {
    const percentage = { unit: { unit: 'percent', power: 0 }, measure: 'ratio' } as const;
    expect(problems([flow('R', { ...percentage, aggregation: { overUnits: 'average', overTime: 'ratio-of-sums' } })])).toEqual([
      '0.aggregation.overUnits: a ratio must not be combined by average (rates are never averaged or added); use ratio-of-sums with a numerator and denominator, last, min, max or none',
      '0.aggregation.overTime: ratio-of-sums needs the codes of the numerator and denominator indicators (fields numerator and denominator)',
    ]);
  });

  it('needs the factor of a ratio that is not a percentage', () => {
    expect(problems([flow('R', { unit: { unit: 'persons', power: 0 }, measure: 'ratio', aggregation: { overUnits: 'none', overTime: 'none' } })])).toEqual([
      '0.ratioFactor: a ratio needs its factor (100 for a percentage, 1000 per mille) unless its unit is percent or per mille',
    ]);
  });

  it('checks that units agree with formulas', () => {
    const people = flow('POP', { unit: { unit: 'persons', power: 0 }, measure: 'stock' });
    const share = flow('S', { unit: { unit: 'percent', power: 0 }, measure: 'ratio', aggregation: { overUnits: 'none', overTime: 'none' }, formula: { kind: 'share', part: 'A', total: 'POP' } });
    expect(problems([flow('A'), people, share])).toEqual(['2.formula: a share needs its part and total in the same unit; A is in VND, POP in persons']);
    const perCapita = flow('PC', { aggregation: { overUnits: 'none', overTime: 'none' }, formula: { kind: 'per-capita', numerator: 'A', population: 'B' } });
    expect(problems([flow('A'), flow('B'), perCapita])).toEqual([
      '2.formula: per-capita needs a population in persons or households; B is in money',
      '2.formula: money per person must be in a money-per-person unit; PC is in money',
    ]);
    const growth = flow('G', { aggregation: { overUnits: 'none', overTime: 'none' }, formula: { kind: 'growth', of: 'A' } });
    expect(problems([flow('A'), growth])).toEqual(['1.formula: a growth rate is in percent; G is in money']);
  });

  it('finds cycles among formulas', () => {
    const percent = { unit: { unit: 'percent', power: 0 }, measure: 'growth-rate', aggregation: { overUnits: 'none', overTime: 'none' } } as const;
    expect(problems([flow('A', { ...percent, formula: { kind: 'growth', of: 'B' } }), flow('B', { ...percent, formula: { kind: 'growth', of: 'A' } })])).toEqual([
      '0.formula: formulas form a cycle: A → B → A',
    ]);
  });
});

describe('getIndicator', () => {
  it('names the unknown code and suggests near ones', () => {
    expect(() => getIndicator(vnDistrictIndicatorCatalog, 'investment')).toThrow(/unknown indicator code "investment"; did you mean "INVESTMENT"/);
    expect(() => getIndicator(vnDistrictIndicatorCatalog, 'ZZZ')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('evaluateFormula', () => {
  const catalog = vnDistrictIndicatorCatalog;

  it('computes income per person in triệu đồng from a total in tỷ đồng and a population in persons', () => {
    expect(evaluateFormula(catalog, 'INCOME_PER_CAPITA', (code) => (code === 'INCOME_TOTAL' ? 3240 : 72000)).toString()).toBe('45');
  });

  it('derives a rate from its numerator and denominator indicators, in its own scale', () => {
    expect(evaluateFormula(catalog, 'URBANISATION_RATE', (code) => (code === 'POPULATION_URBAN' ? 11000 : 71000)).toFixed(2)).toBe('15.49');
    const byFields = buildCatalog([
      { code: 'INCOME', labels: { vi: 'Tổng thu nhập' }, unit: { unit: 'VND', power: 9 }, measure: 'flow', polarity: 'higher-is-better', precision: 0, aggregation: { overUnits: 'sum', overTime: 'sum' } },
      { code: 'PEOPLE', labels: { vi: 'Dân số' }, unit: { unit: 'persons', power: 0 }, measure: 'stock', polarity: 'higher-is-better', precision: 0, aggregation: { overUnits: 'sum', overTime: 'last' } },
      {
        code: 'INCOME_PC', labels: { vi: 'Thu nhập bình quân' }, unit: { unit: 'VNDPerPersonPerYear', power: 6 }, measure: 'ratio', ratioFactor: 1, polarity: 'higher-is-better',
        precision: 1, aggregation: { overUnits: 'ratio-of-sums', overTime: 'none' }, numerator: 'INCOME', denominator: 'PEOPLE',
      },
    ]);
    // 3,240 tỷ đồng over 72,000 people is 45 triệu đồng a person, not 45,000,000.
    expect(evaluateFormula(byFields, 'INCOME_PC', (code) => (code === 'INCOME' ? 3240 : 72000)).toString()).toBe('45');
  });

  it('computes a growth from the previous period', () => {
    expect(evaluateFormula(catalog, 'PRODUCTION_VALUE_GROWTH', (_code, offset) => (offset === 0 ? 5436 : 5120)).toFixed(2)).toBe('6.17');
  });

  it('refuses an observed indicator, a missing input and a zero denominator', () => {
    expect(() => evaluateFormula(catalog, 'INVESTMENT', () => 1)).toThrow(/has no formula/);
    expect(() => evaluateFormula(catalog, 'INCOME_PER_CAPITA', () => undefined)).toThrow(expect.objectContaining({ code: 'insufficient-data' }));
    expect(() => evaluateFormula(catalog, 'INCOME_PER_CAPITA', (code) => (code === 'POPULATION' ? 0 : 1))).toThrow(expect.objectContaining({ code: 'division-by-zero' }));
  });
});
