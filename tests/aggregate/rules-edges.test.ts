import { describe, expect, it } from 'vitest';
import { type AggregationRule, type IndicatorInput, aggregateOverTime, aggregateOverUnits, buildCatalog, buildHierarchy, rollUp } from '../../src/index.js';
import { caught, catalog as shared, data } from './helpers.js';

const base = { polarity: 'higher-is-better', precision: 1 } as const;
const percent = { unit: { unit: 'percent', power: 0 }, measure: 'ratio', ratioFactor: 100 } as const;
const povertyFormula = { kind: 'ratio', numerator: 'POOR', denominator: 'HH', factor: 100 } as const;

// The shared catalog and indicators of the shapes the rules treat differently.
const catalog = buildCatalog([
  ...shared.list,
  { ...base, code: 'HH_K', labels: { vi: 'Số hộ (nghìn)' }, unit: { unit: 'households', power: 3 }, measure: 'stock', aggregation: { overUnits: 'sum', overTime: 'last' } },
  { ...base, ...percent, code: 'POVERTY_K', labels: { vi: 'Tỷ lệ nghèo' }, aggregation: { overUnits: 'ratio-of-sums', overTime: 'last' }, numerator: 'POOR', denominator: 'HH_K' },
  { ...base, ...percent, code: 'REV_SHARE', labels: { vi: 'Tỷ trọng thu' }, aggregation: { overUnits: 'ratio-of-sums', overTime: 'ratio-of-sums' }, numerator: 'REVENUE', denominator: 'INCOME' },
  // Numerator and denominator fields take precedence over the formula: the catalog's rule holds.
  { ...base, ...percent, code: 'NAMED', labels: { vi: 'x' }, aggregation: { overUnits: 'max', overTime: 'last' }, numerator: 'POOR', denominator: 'HH', formula: povertyFormula },
  // With only one of them named, the formula says how the indicator is made.
  { ...base, ...percent, code: 'ONLY_NUM', labels: { vi: 'x' }, aggregation: { overUnits: 'max', overTime: 'last' }, numerator: 'POOR', formula: povertyFormula },
  { ...base, ...percent, code: 'ONLY_DEN', labels: { vi: 'x' }, aggregation: { overUnits: 'max', overTime: 'last' }, denominator: 'HH', formula: povertyFormula },
  { ...base, ...percent, code: 'DERIVED_LAST', labels: { vi: 'x' }, aggregation: { overUnits: 'none', overTime: 'last' }, formula: povertyFormula },
] satisfies IndicatorInput[]);

const poverty = data(
  { indicator: 'POOR', area: 'A', value: 60 },
  { indicator: 'HH', area: 'A', value: 3000 },
  { indicator: 'POOR', area: 'B', value: 100 },
  { indicator: 'HH', area: 'B', value: 500 },
  ...['NAMED', 'ONLY_NUM', 'ONLY_DEN'].flatMap((indicator) => [
    { indicator, area: 'A', value: 2 },
    { indicator, area: 'B', value: 20 },
  ]),
);

describe('the rule of an indicator with a formula', () => {
  it('keeps the catalog rule when the indicator names its numerator and denominator, and rolls up by the formula otherwise', () => {
    const over = (indicator: string) => aggregateOverUnits(catalog, poverty, { indicator, units: ['A', 'B'], period: '2024' });
    expect([over('NAMED').rule, over('NAMED').value?.toString()]).toEqual(['max', '20']);
    for (const indicator of ['ONLY_NUM', 'ONLY_DEN']) {
      const result = over(indicator);
      expect([result.rule, result.value?.toFixed(4), result.numerator?.toString(), result.denominator?.toString()]).toEqual(['ratio-of-sums', '4.5714', '160', '3500']);
      expect(result.notes[0]).toContain(`${indicator} is derived (ratio of POOR and HH)`);
    }
  });

  it('takes a derived indicator over time by its own rule over time, not by its formula', () => {
    const quarters = data(
      { indicator: 'DERIVED_LAST', area: 'A', period: '2024-Q1', value: 4 },
      { indicator: 'DERIVED_LAST', area: 'A', period: '2024-Q2', value: 3 },
      { indicator: 'POOR', area: 'A', period: '2024-Q2', value: 50 },
      { indicator: 'HH', area: 'A', period: '2024-Q2', value: 100 },
    );
    const result = aggregateOverTime(catalog, quarters, { indicator: 'DERIVED_LAST', area: 'A', period: '2024', subType: 'quarter' });
    expect([result.rule, result.value?.toString(), result.numerator]).toEqual(['last', '3', null]);
  });

  it('names a rule that is not text as it was given', () => {
    const error = caught(() => aggregateOverUnits(catalog, poverty, { indicator: 'REVENUE', units: ['A'], period: '2024', rule: 42 as unknown as AggregationRule }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('cannot aggregate REVENUE over units: unknown rule 42; expected one of sum, average, last, min, max, count, ratio-of-sums, none');
  });

  it('refuses last over units with invalid-argument', () => {
    expect(caught(() => aggregateOverUnits(catalog, poverty, { indicator: 'REVENUE', units: ['A'], period: '2024', rule: 'last' })).code).toBe('invalid-argument');
  });
});

describe('a ratio of sums, cell by cell', () => {
  it('scales by the powers of the numerator, the denominator and the indicator: poor households over thousands of households', () => {
    const dataset = data({ indicator: 'POOR', area: 'A', value: 60 }, { indicator: 'HH_K', area: 'A', value: 3 });
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'POVERTY_K', units: ['A'], period: '2024' });
    expect(result.value?.toString()).toBe('2');
    expect(result.notes).toEqual([
      'A 2024 has no value of POVERTY_K of its own; it is computed from POOR (60) and HH_K (3) as their ratio',
    ]);
  });

  it('names the numerator as lacking when only the denominator is there', () => {
    const dataset = data({ indicator: 'HH', area: 'A', value: 3000 });
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'POVERTY', units: ['A'], period: '2024' });
    expect(result.completeness.missing).toEqual(['A']);
    expect(result.notes).toEqual([
      'A 2024 has no numerator and denominator on the observation and no value of POOR; a ratio of sums cannot use it',
      'no unit has a usable value of POVERTY, so there is no aggregate',
    ]);
  });

  it('says nothing of a unit with no value at all, and gives no sums when no unit has one', () => {
    const dataset = data({ indicator: 'POOR', area: 'A', value: 60 }, { indicator: 'HH', area: 'A', value: 3000 });
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'POVERTY', units: ['B', 'C'], period: '2024' });
    expect([result.value, result.numerator, result.denominator]).toEqual([null, null, null]);
    expect(result.notes).toEqual(['no unit has a usable value of POVERTY, so there is no aggregate']);
    expect(aggregateOverUnits(catalog, dataset, { indicator: 'POVERTY', units: ['A', 'B'], period: '2024' }).notes).toEqual([
      'A 2024 has no value of POVERTY of its own; it is computed from POOR (60) and HH (3000) as their ratio',
    ]);
  });

  it('gives a part the status of its own observation when that carries the numerator and denominator', () => {
    const dataset = data({ indicator: 'POVERTY', area: 'A', value: 2, numerator: 60, denominator: 3000, status: 'estimate', published: '2024-12-01' });
    const [part] = aggregateOverUnits(catalog, dataset, { indicator: 'POVERTY', units: ['A'], period: '2024' }).parts;
    expect([part?.status, part?.published, part?.computed]).toEqual(['estimate', '2024-12-01', false]);
  });

  it('reads the inputs of a rate whose observation carries a numerator but no denominator', () => {
    const dataset = data(
      { indicator: 'POVERTY', area: 'A', value: 2, numerator: 60 },
      { indicator: 'POOR', area: 'A', value: 60 },
      { indicator: 'HH', area: 'A', value: 3000 },
    );
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'POVERTY', units: ['A'], period: '2024' });
    expect([result.value?.toString(), result.numerator?.toString(), result.denominator?.toString()]).toEqual(['2', '60', '3000']);
  });

  it('takes the least final status and the latest publication among the rate and its inputs, whatever their order', () => {
    const dataset = data(
      { indicator: 'POVERTY', area: 'A', value: 2, status: 'estimate', published: '2024-05-01' },
      { indicator: 'POOR', area: 'A', value: 60 },
      { indicator: 'HH', area: 'A', value: 3000, published: '2024-03-01' },
    );
    const [part] = aggregateOverUnits(catalog, dataset, { indicator: 'POVERTY', units: ['A'], period: '2024' }).parts;
    expect([part?.value?.toString(), part?.status, part?.published, part?.computed]).toEqual(['2', 'estimate', '2024-05-01', false]);
  });
});

describe('aggregates over time, their working', () => {
  it('says that no period has a value, and lists no unit changes', () => {
    const result = aggregateOverTime(catalog, data({ indicator: 'REVENUE', value: 5 }), { indicator: 'REVENUE', area: 'A', period: '2024', subType: 'half' });
    expect(result.notes).toEqual(['no period has a usable value of REVENUE, so there is no aggregate']);
    expect(result.completeness.changes).toEqual([]);
    const found = aggregateOverTime(catalog, data({ indicator: 'REVENUE', period: '2024-S1', value: 5 }), { indicator: 'REVENUE', area: 'A', period: '2024', subType: 'half' });
    expect(found.notes).toEqual([]);
    expect(found.completeness.changes).toEqual([]);
  });
});

describe('a ratio of two flows adds up over time', () => {
  // District D: A all year, B closed on 30 June 2024 and merged into A.
  const hierarchy = buildHierarchy(
    [
      { code: 'D', name: 'Huyện D', type: 'rural-district', level: 'district' },
      { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D' },
      { code: 'B', name: 'Xã B', type: 'commune', level: 'commune', parent: 'D', validTo: '2024-06-30' },
    ],
    { successions: [{ kind: 'merge', date: '2024-07-01', from: ['B'], to: 'A', legalBasis: 'Resolution 1/2024' }] },
  );
  const dataset = data(
    { indicator: 'REVENUE', area: 'A', value: 30 },
    { indicator: 'INCOME', area: 'A', value: 100 },
    { indicator: 'REVENUE', area: 'B', value: 10 },
    { indicator: 'INCOME', area: 'B', value: 100 },
  );

  it('counts a unit that closed during the year when both inputs are flows', () => {
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'REV_SHARE', units: { hierarchy, parent: 'D' }, period: '2024' });
    expect([result.value?.toString(), result.completeness.expected]).toEqual(['20', 2]);
    expect(result.notes[0]).toContain('REV_SHARE adds up over time, so its value of 2024 counts for the part of the period it existed');
  });

  it('takes the level at the end of the year when one input is a stock', () => {
    const stocks = data({ indicator: 'INCOME', area: 'A', value: 1800 }, { indicator: 'POP', area: 'A', value: 40000 }, { indicator: 'INCOME', area: 'B', value: 900 }, { indicator: 'POP', area: 'B', value: 20000 });
    const result = aggregateOverUnits(catalog, stocks, { indicator: 'INCOME_PC', units: { hierarchy, parent: 'D' }, period: '2024' });
    expect([result.value?.toString(), result.completeness.expected]).toEqual(['45', 1]);
    expect(result.notes[0]).toContain('INCOME_PC is a level taken on 2024-12-31, when it no longer stood there, so its own value is not added');
  });
});

describe('a roll-up over a unit with nothing below it', () => {
  it('gives the empty unit a completeness of share 1 over no units', () => {
    const hierarchy = buildHierarchy([
      { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
      { code: 'D', name: 'Huyện D', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'E', name: 'Huyện E', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D' },
    ]);
    const result = rollUp(catalog, data({ indicator: 'REVENUE', value: 5 }), { indicator: 'REVENUE', hierarchy, root: 'P', leafLevel: 'commune', period: '2024' });
    const empty = result.root.children[1];
    expect([empty?.area, empty?.completeness.expected, empty?.completeness.share.toString()]).toEqual(['E', 0, '1']);
  });
});
