import { describe, expect, it } from 'vitest';
import { type IndicatorInput, aggregateOverUnits, buildCatalog, buildDataset, buildHierarchy, evaluateFormula, parseObservations, rollUp } from '../../src/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';
import { caught } from './helpers.js';

const base = { polarity: 'higher-is-better', precision: 1 } as const;
const none = { overUnits: 'none', overTime: 'none' } as const;
const stock = { overUnits: 'sum', overTime: 'last' } as const;

// Derived indicators with no numerator and denominator fields: only their formulas say how they are made.
const catalog = buildCatalog([
  { ...base, code: 'INCOME', labels: { vi: 'Tổng thu nhập' }, unit: { unit: 'VND', power: 9 }, measure: 'flow', aggregation: { overUnits: 'sum', overTime: 'sum' } },
  { ...base, code: 'POP', labels: { vi: 'Dân số' }, unit: { unit: 'persons', power: 0 }, measure: 'stock', aggregation: stock },
  { ...base, code: 'URBAN_POP', labels: { vi: 'Dân số thành thị' }, unit: { unit: 'persons', power: 0 }, measure: 'stock', aggregation: stock },
  { ...base, code: 'DOCTORS', labels: { vi: 'Số bác sĩ' }, unit: { unit: 'persons', power: 0 }, measure: 'stock', aggregation: stock },
  {
    ...base, code: 'INCOME_PC', labels: { vi: 'Thu nhập bình quân đầu người' }, unit: { unit: 'VNDPerPersonPerYear', power: 6 },
    measure: 'flow', aggregation: none, formula: { kind: 'per-capita', numerator: 'INCOME', population: 'POP' },
  },
  {
    ...base, code: 'URBAN_SHARE', labels: { vi: 'Tỷ lệ đô thị hóa' }, unit: { unit: 'percent', power: 0 }, measure: 'ratio',
    aggregation: { overUnits: 'none', overTime: 'last' }, formula: { kind: 'share', part: 'URBAN_POP', total: 'POP' },
  },
  {
    ...base, code: 'DOCTORS_10K', labels: { vi: 'Số bác sĩ trên 1 vạn dân' }, unit: { unit: 'per10000People', power: 0 }, measure: 'ratio',
    ratioFactor: 10000, aggregation: none, formula: { kind: 'ratio', numerator: 'DOCTORS', denominator: 'POP', factor: 10000 },
  },
] satisfies IndicatorInput[]);

function dataset(...rows: readonly { readonly indicator: string; readonly area: string; readonly value: number | string }[]) {
  return buildDataset(parseObservations(rows.map((row) => ({ ...row, period: '2024', status: 'official' }))));
}

// Two communes: A is large and rich, B small and poor.
const inputs = dataset(
  { indicator: 'INCOME', area: 'A', value: 1800 },
  { indicator: 'POP', area: 'A', value: 40000 },
  { indicator: 'URBAN_POP', area: 'A', value: 10000 },
  { indicator: 'DOCTORS', area: 'A', value: 30 },
  { indicator: 'INCOME', area: 'B', value: 200 },
  { indicator: 'POP', area: 'B', value: 10000 },
  { indicator: 'URBAN_POP', area: 'B', value: 0 },
  { indicator: 'DOCTORS', area: 'B', value: 2 },
);
const both = ['A', 'B'];

describe('aggregateOverUnits: derived indicators', () => {
  it('rolls income per person up as Σ income / Σ population, not as the average of the communes’ values', () => {
    const result = aggregateOverUnits(catalog, inputs, { indicator: 'INCOME_PC', units: both, period: '2024' });
    expect(result.rule).toBe('ratio-of-sums');
    expect([result.numerator?.toString(), result.denominator?.toString(), result.value?.toString()]).toEqual(['2000', '50000', '40']);
    // The communes' own values are 45 and 20: their average, 32.5, would weigh B as much as A.
    expect(result.parts.map((part) => [part.area, part.value?.toString(), part.computed])).toEqual([
      ['A', '45', true],
      ['B', '20', true],
    ]);
    expect(result.value?.eq(evaluateFormula(catalog, 'INCOME_PC', (code) => (code === 'INCOME' ? 2000 : 50000)))).toBe(true);
  });

  it('says in the working that the indicator was rolled up by its formula and which values were computed', () => {
    const result = aggregateOverUnits(catalog, inputs, { indicator: 'INCOME_PC', units: both, period: '2024' });
    expect(result.notes).toEqual([
      "INCOME_PC is derived (per-capita of INCOME and POP), so it is rolled up as its formula over the summed inputs, Σ INCOME and Σ POP, never as a sum or average of the units' values",
      'A 2024 has no value of INCOME_PC of its own; it is computed from INCOME (1800) and POP (40000) by its formula (per-capita)',
      'B 2024 has no value of INCOME_PC of its own; it is computed from INCOME (200) and POP (10000) by its formula (per-capita)',
    ]);
  });

  it('uses a unit’s own observation of the derived indicator when it has one, beside its inputs', () => {
    const own = dataset(
      { indicator: 'INCOME_PC', area: 'A', value: '45.5' },
      { indicator: 'INCOME', area: 'A', value: 1800 },
      { indicator: 'POP', area: 'A', value: 40000 },
    );
    const result = aggregateOverUnits(catalog, own, { indicator: 'INCOME_PC', units: ['A'], period: '2024' });
    expect(result.parts.map((part) => [part.value?.toString(), part.computed])).toEqual([['45.5', false]]);
    expect(result.value?.toString()).toBe('45');
  });

  it('reports a unit with a derived value but no inputs as missing, with a note', () => {
    const bare = dataset({ indicator: 'INCOME_PC', area: 'A', value: '45.5' }, { indicator: 'INCOME', area: 'B', value: 200 }, { indicator: 'POP', area: 'B', value: 10000 });
    const result = aggregateOverUnits(catalog, bare, { indicator: 'INCOME_PC', units: both, period: '2024' });
    expect([result.value?.toString(), result.completeness.missing]).toEqual(['20', ['A']]);
    expect(result.notes).toContain(
      'A 2024 has a value of INCOME_PC (45.5) but has no numerator and denominator on the observation and no value of INCOME and POP; a ratio of sums cannot use it',
    );
  });

  it('rolls a share and a ratio with a factor up by their formulas', () => {
    const share = aggregateOverUnits(catalog, inputs, { indicator: 'URBAN_SHARE', units: both, period: '2024' });
    expect([share.value?.toString(), share.parts.map((part) => part.value?.toString())]).toEqual(['20', ['25', '0']]);
    const doctors = aggregateOverUnits(catalog, inputs, { indicator: 'DOCTORS_10K', units: both, period: '2024' });
    expect([doctors.value?.toString(), doctors.parts.map((part) => part.value?.toString())]).toEqual(['6.4', ['7.5', '2']]);
  });

  it('rolls up the income per person of the Vietnamese catalog, whose rule over units is none', () => {
    const district = buildDataset(
      parseObservations([
        { indicator: 'INCOME_TOTAL', area: '16174', period: '2024', value: 600, status: 'estimate' },
        { indicator: 'POPULATION', area: '16174', period: '2024', value: 10000, status: 'estimate' },
        { indicator: 'INCOME_TOTAL', area: '16177', period: '2024', value: 300, status: 'estimate' },
        { indicator: 'POPULATION', area: '16177', period: '2024', value: 8000, status: 'estimate' },
      ]),
    );
    const result = aggregateOverUnits(vnDistrictIndicatorCatalog, district, { indicator: 'INCOME_PER_CAPITA', units: ['16174', '16177'], period: '2024' });
    expect(result.value?.toString()).toBe('50');
  });

  it('follows another rule when one is asked, and refuses none as before', () => {
    expect(aggregateOverUnits(catalog, inputs, { indicator: 'INCOME_PC', units: both, period: '2024', rule: 'ratio-of-sums' }).value?.toString()).toBe('40');
    const own = dataset({ indicator: 'INCOME_PC', area: 'A', value: 45 }, { indicator: 'INCOME_PC', area: 'B', value: 20 });
    expect(aggregateOverUnits(catalog, own, { indicator: 'INCOME_PC', units: both, period: '2024', rule: 'max' }).value?.toString()).toBe('45');
    const error = caught(() => aggregateOverUnits(catalog, inputs, { indicator: 'INCOME_PC', units: both, period: '2024', rule: 'none' }));
    expect(error.code).toBe('invalid-argument');
  });

  it('gives no value, with a note, when the populations sum to zero', () => {
    const empty = dataset({ indicator: 'INCOME', area: 'A', value: 0 }, { indicator: 'POP', area: 'A', value: 0 });
    const result = aggregateOverUnits(catalog, empty, { indicator: 'INCOME_PC', units: ['A'], period: '2024' });
    expect([result.value, result.parts[0]?.value, result.parts[0]?.computed]).toEqual([null, null, true]);
    expect(result.notes.at(-1)).toBe('the denominators (POP) sum to zero, so the ratio of sums is undefined');
  });
});

describe('rollUp: derived indicators', () => {
  it('carries the inputs of income per person up through the district, computing each commune’s value on the way', () => {
    const hierarchy = buildHierarchy([
      { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
      { code: 'D', name: 'Huyện D', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D' },
      { code: 'B', name: 'Xã B', type: 'commune', level: 'commune', parent: 'D' },
    ]);
    const result = rollUp(catalog, inputs, { indicator: 'INCOME_PC', hierarchy, root: 'P', leafLevel: 'commune', period: '2024' });
    const district = result.root.children[0];
    expect([result.rule, result.root.value?.toString(), result.root.numerator?.toString(), result.root.denominator?.toString()]).toEqual(['ratio-of-sums', '40', '2000', '50000']);
    expect(result.root.parts.map((part) => [part.area, part.value?.toString(), part.computed])).toEqual([['D', '40', false]]);
    expect(district?.parts.map((part) => [part.area, part.value?.toString(), part.computed])).toEqual([
      ['A', '45', true],
      ['B', '20', true],
    ]);
    expect(result.root.notes[0]).toContain('INCOME_PC is derived (per-capita of INCOME and POP)');
    expect(district?.notes.slice(1)).toEqual([
      'A 2024 has no value of INCOME_PC of its own; it is computed from INCOME (1800) and POP (40000) by its formula (per-capita)',
      'B 2024 has no value of INCOME_PC of its own; it is computed from INCOME (200) and POP (10000) by its formula (per-capita)',
    ]);
  });
});
