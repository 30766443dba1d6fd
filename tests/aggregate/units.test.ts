import { describe, expect, it } from 'vitest';
import { type AggregationRule, aggregateOverUnits, toDecimal } from '../../src/index.js';
import { nhuXuanEmulationClusters2024, nhuXuanHierarchy } from '../../src/datasets/nhu-xuan/index.js';
import { caught, catalog, data } from './helpers.js';

describe('aggregateOverUnits: sums', () => {
  it('adds the values of flows over the units and lists each part with its status', () => {
    const dataset = data(
      { indicator: 'REVENUE', area: 'A', value: '120.5' },
      { indicator: 'REVENUE', area: 'B', value: '80.25', status: 'estimate', published: '2024-12-20' },
    );
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'REVENUE', units: ['A', 'B'], period: '2024' });
    expect(result.rule).toBe('sum');
    expect(result.over).toBe('units');
    expect(result.value?.toString()).toBe('200.75');
    expect(result.parts.map((part) => [part.area, part.period, part.value?.toString(), part.status, part.published])).toEqual([
      ['A', '2024', '120.5', 'official', undefined],
      ['B', '2024', '80.25', 'estimate', '2024-12-20'],
    ]);
    expect(result.numerator).toBeNull();
    expect(result.notes).toEqual([]);
  });

  it('converts a value reported in triệu đồng into the indicator’s tỷ đồng before adding', () => {
    const dataset = data(
      { indicator: 'REVENUE', area: 'A', value: '100' },
      { indicator: 'REVENUE', area: 'B', value: '2500', unit: { unit: 'VND', power: 6 } },
    );
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'REVENUE', units: ['A', 'B'], period: '2024' });
    expect(result.value?.toString()).toBe('102.5');
    expect(result.parts[1]?.value?.toString()).toBe('2.5');
  });

  it('refuses a value in a unit of another kind (persons for money) with unit-mismatch', () => {
    const dataset = data({ indicator: 'REVENUE', area: 'A', value: '100', unit: { unit: 'persons', power: 0 } });
    const error = caught(() => aggregateOverUnits(catalog, dataset, { indicator: 'REVENUE', units: ['A'], period: '2024' }));
    expect(error.code).toBe('unit-mismatch');
    expect(error.message).toContain('cannot convert persons (unit persons, kind persons) to billion VND (unit VND, kind money)');
  });

  it('sums stocks over units too (population of a district is the sum of its communes)', () => {
    const dataset = data({ indicator: 'POP', area: 'A', value: 5200 }, { indicator: 'POP', area: 'B', value: 4100 });
    expect(aggregateOverUnits(catalog, dataset, { indicator: 'POP', units: ['A', 'B'], period: '2024' }).value?.toString()).toBe('9300');
  });

  it('reads the period in any spelling and answers with its canonical code', () => {
    const dataset = data({ indicator: 'REVENUE', area: 'A', period: '2024-Q3', value: 7 });
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'REVENUE', units: ['A'], period: '2024-q3' });
    expect([result.period, result.value?.toString()]).toEqual(['2024-Q3', '7']);
  });
});

describe('aggregateOverUnits: rates as a ratio of sums', () => {
  // A large commune with a low rate and a small one with a high rate: the case where averaging
  // the rates gives the wrong answer.
  const dataset = data(
    { indicator: 'POVERTY', area: 'A', value: '2', numerator: 60, denominator: 3000 },
    { indicator: 'POVERTY', area: 'B', value: '20', numerator: 100, denominator: 500 },
  );

  it('divides the summed numerators by the summed denominators, times the ratio factor', () => {
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'POVERTY', units: ['A', 'B'], period: '2024' });
    expect(result.rule).toBe('ratio-of-sums');
    expect([result.numerator?.toString(), result.denominator?.toString()]).toEqual(['160', '3500']);
    expect(result.value?.toFixed(4)).toBe('4.5714');
  });

  it('differs from the average of the percentages, which overweights the small commune', () => {
    const ratio = aggregateOverUnits(catalog, dataset, { indicator: 'POVERTY', units: ['A', 'B'], period: '2024' });
    const averageOfRates = ratio.parts.reduce((sum, part) => sum.plus(part.value ?? 0), toDecimal(0)).div(ratio.parts.length);
    expect(averageOfRates.toString()).toBe('11');
    expect(ratio.value?.toFixed(2)).toBe('4.57');
  });

  it('takes numerator and denominator from the catalog’s indicators when the rate’s observation lacks them', () => {
    const split = data(
      { indicator: 'POOR', area: 'A', value: 60 },
      { indicator: 'HH', area: 'A', value: 3000 },
      { indicator: 'POVERTY', area: 'B', value: '20', numerator: 100, denominator: 500 },
    );
    const result = aggregateOverUnits(catalog, split, { indicator: 'POVERTY', units: ['A', 'B'], period: '2024' });
    expect(result.value?.toFixed(4)).toBe('4.5714');
    expect(result.parts.map((part) => [part.area, part.value?.toString(), part.numerator?.toString(), part.denominator?.toString()])).toEqual([
      ['A', '2', '60', '3000'],
      ['B', '20', '100', '500'],
    ]);
  });

  it('reports a unit with a rate but no numerator and denominator as missing, with a note', () => {
    const partial = data(
      { indicator: 'POVERTY', area: 'A', value: '2', numerator: 60, denominator: 3000 },
      { indicator: 'POVERTY', area: 'B', value: '20' },
    );
    const result = aggregateOverUnits(catalog, partial, { indicator: 'POVERTY', units: ['A', 'B'], period: '2024' });
    expect(result.value?.toString()).toBe('2');
    expect(result.completeness.missing).toEqual(['B']);
    expect(result.notes).toEqual([
      'B 2024 has a value of POVERTY (20) but has no numerator and denominator on the observation and no value of POOR and HH; a ratio of sums cannot use it',
    ]);
  });

  it('names the one input that is lacking when the other is there', () => {
    const partial = data({ indicator: 'POOR', area: 'A', value: 60 });
    const result = aggregateOverUnits(catalog, partial, { indicator: 'POVERTY', units: ['A'], period: '2024' });
    expect(result.value).toBeNull();
    expect(result.notes[0]).toBe(
      'A 2024 has no numerator and denominator on the observation and no value of HH; a ratio of sums cannot use it',
    );
  });

  it('reconciles scales: income per person in triệu đồng from income in tỷ đồng and population in persons', () => {
    const income = data(
      { indicator: 'INCOME', area: 'A', value: 1800 },
      { indicator: 'POP', area: 'A', value: 40000 },
      { indicator: 'INCOME', area: 'B', value: 1440 },
      { indicator: 'POP', area: 'B', value: 32000 },
    );
    const result = aggregateOverUnits(catalog, income, { indicator: 'INCOME_PC', units: ['A', 'B'], period: '2024' });
    expect(result.value?.toString()).toBe('45');
    expect(result.parts.map((part) => part.value?.toString())).toEqual(['45', '45']);
  });

  it('gives no value, with a note, when the denominators sum to zero', () => {
    const zero = data({ indicator: 'POOR', area: 'A', value: 0 }, { indicator: 'HH', area: 'A', value: 0 });
    const result = aggregateOverUnits(catalog, zero, { indicator: 'POVERTY', units: ['A'], period: '2024' });
    expect(result.value).toBeNull();
    expect(result.parts[0]?.value).toBeNull();
    expect(result.completeness.share.toString()).toBe('1');
    expect(result.notes).toEqual(['the denominators (HH) sum to zero, so the ratio of sums is undefined']);
  });

  it('reports the least final status and the latest publication among the observations a part uses', () => {
    const mixed = data(
      { indicator: 'POOR', area: 'A', value: 60, status: 'estimate', published: '2024-12-20' },
      { indicator: 'HH', area: 'A', value: 3000, status: 'official', published: '2025-03-01' },
    );
    const [part] = aggregateOverUnits(catalog, mixed, { indicator: 'POVERTY', units: ['A'], period: '2024' }).parts;
    expect([part?.status, part?.published]).toEqual(['estimate', '2025-03-01']);
  });
});

describe('aggregateOverUnits: other rules', () => {
  const dataset = data(
    { indicator: 'REVENUE', area: 'A', value: 10 },
    { indicator: 'REVENUE', area: 'B', value: 40 },
    { indicator: 'REVENUE', area: 'C', value: 25 },
  );
  const cases: [AggregationRule, string][] = [
    ['average', '25'],
    ['min', '10'],
    ['max', '40'],
    ['count', '3'],
    ['sum', '75'],
  ];
  it.each(cases)('applies the rule %s given in options', (rule, expected) => {
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'REVENUE', units: ['A', 'B', 'C', 'D'], period: '2024', rule });
    expect([result.rule, result.value?.toString(), result.completeness.missing]).toEqual([rule, expected, ['D']]);
  });

  it('averages an index (its catalog rule) but refuses to add it', () => {
    const scores = data({ indicator: 'SCORE', area: 'A', value: 60 }, { indicator: 'SCORE', area: 'B', value: 70 });
    expect(aggregateOverUnits(catalog, scores, { indicator: 'SCORE', units: ['A', 'B'], period: '2024' }).value?.toString()).toBe('65');
    const error = caught(() => aggregateOverUnits(catalog, scores, { indicator: 'SCORE', units: ['A', 'B'], period: '2024', rule: 'sum' }));
    expect(error.code).toBe('invalid-argument');
  });

  it('lets a rate be combined by its minimum or maximum', () => {
    const cover = data({ indicator: 'COVER', area: 'A', value: '61.5' }, { indicator: 'COVER', area: 'B', value: '48' });
    expect(aggregateOverUnits(catalog, cover, { indicator: 'COVER', units: ['A', 'B'], period: '2024', rule: 'max' }).value?.toString()).toBe('61.5');
  });

  it('chooses each unit’s best observation, honouring asOf and precedence', () => {
    const revised = data(
      { indicator: 'REVENUE', area: 'A', value: 10, status: 'estimate', published: '2024-12-20' },
      { indicator: 'REVENUE', area: 'A', value: 12, status: 'official', published: '2025-06-30' },
      { indicator: 'REVENUE', area: 'B', value: 5, status: 'plan', published: '2023-12-10' },
    );
    const query = { indicator: 'REVENUE', units: ['A', 'B'], period: '2024' } as const;
    expect(aggregateOverUnits(catalog, revised, query).value?.toString()).toBe('12');
    expect(aggregateOverUnits(catalog, revised, { ...query, asOf: '2025-01-10' }).value?.toString()).toBe('10');
    expect(aggregateOverUnits(catalog, revised, { ...query, precedence: ['plan'] }).value?.toString()).toBe('5');
  });

  it('reads one breakdown of a series when dimensions are given', () => {
    const bySex = data(
      { indicator: 'POP', area: 'A', value: 2600, dimensions: { sex: 'F' } },
      { indicator: 'POP', area: 'A', value: 2500, dimensions: { sex: 'M' } },
      { indicator: 'POP', area: 'B', value: 2000, dimensions: { sex: 'F' } },
    );
    const result = aggregateOverUnits(catalog, bySex, { indicator: 'POP', units: ['A', 'B'], period: '2024', dimensions: { sex: 'F' } });
    expect(result.value?.toString()).toBe('4600');
  });
});

describe('aggregateOverUnits: expected units and completeness', () => {
  const communes = ['16174', '16177', '16180'];

  it('reports every expected unit without a value as missing, with the share found', () => {
    const dataset = data({ indicator: 'REVENUE', area: '16174', value: 3 }, { indicator: 'REVENUE', area: '16180', value: 4 });
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'REVENUE', units: communes, period: '2024' });
    expect(result.value?.toString()).toBe('7');
    expect(result.completeness.expected).toBe(3);
    expect(result.completeness.found).toBe(2);
    expect(result.completeness.missing).toEqual(['16177']);
    expect(result.completeness.share.toFixed(4)).toBe('0.6667');
  });

  it('gives no value, never an error, when no unit has one', () => {
    const result = aggregateOverUnits(catalog, data(), { indicator: 'REVENUE', units: communes, period: '2024' });
    expect(result.value).toBeNull();
    expect(result.completeness.share.toString()).toBe('0');
    expect(result.notes).toEqual(['no unit has a usable value of REVENUE, so there is no aggregate']);
  });

  it('expects the children of a unit of the hierarchy during the period', () => {
    const dataset = data({ indicator: 'REVENUE', area: '16174', value: 3 });
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'REVENUE', units: { hierarchy: nhuXuanHierarchy, parent: '402' }, period: '2024' });
    expect(result.area).toBe('402');
    expect(result.completeness.expected).toBe(16);
    expect(result.completeness.missing).toHaveLength(15);
    expect(result.completeness.missing[0]).toBe('16177');
  });

  it('expects every unit below the parent during the period: in 2025, the 16 old communes to 30 June and the 6 new ones after', () => {
    const under = (indicator: string, period: string) =>
      aggregateOverUnits(catalog, data(), { indicator, units: { hierarchy: nhuXuanHierarchy, parent: '38', level: 'commune' }, period });
    expect(under('REVENUE', '2024').completeness.expected).toBe(16);
    expect(under('REVENUE', '2024').completeness.changes).toEqual([]);
    // A flow counts every unit for the days it existed; the six reused codes are read once.
    const flow = under('REVENUE', '2025');
    expect(flow.completeness.expected).toBe(16);
    expect(flow.completeness.changes).toHaveLength(22);
    expect(flow.completeness.changes.every((change) => change.counted)).toBe(true);
    // A stock is a level at the end of 2025: only the six new communes are there.
    const stock = under('POP', '2025');
    expect(stock.completeness.missing).toEqual(['16174', '16177', '16186', '16213', '16222', '16225']);
    expect(stock.completeness.changes.filter((change) => !change.counted)).toHaveLength(16);
  });

  it('takes the units on the date given, and only those of a type when asked', () => {
    const result = aggregateOverUnits(catalog, data(), {
      indicator: 'REVENUE',
      units: { hierarchy: nhuXuanHierarchy, parent: '402', date: '2025-06-30', type: 'township' },
      period: '2025',
    });
    expect(result.completeness.missing).toEqual(['16174']);
  });

  it('expects the members of a group (an emulation cluster)', () => {
    const dataset = data({ indicator: 'REVENUE', area: '16201', value: 2 });
    const result = aggregateOverUnits(catalog, dataset, {
      indicator: 'REVENUE',
      units: { hierarchy: nhuXuanHierarchy, groupSet: nhuXuanEmulationClusters2024, group: 'cluster-1' },
      period: '2024',
    });
    expect(result.area).toBeNull();
    expect(result.completeness.missing).toEqual(['16174', '16186', '16204']);
  });
});

describe('aggregateOverUnits: bad input', () => {
  const dataset = data({ indicator: 'REVENUE', value: 1 });
  const ask = (options: Partial<Parameters<typeof aggregateOverUnits>[2]>) =>
    caught(() => aggregateOverUnits(catalog, dataset, { indicator: 'REVENUE', units: ['A'], period: '2024', ...options }));

  it('refuses an unknown indicator with not-found', () => {
    const error = ask({ indicator: 'REVENUES' });
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('unknown indicator code "REVENUES"; did you mean "REVENUE"?');
  });

  it('refuses an indicator whose rule over units is none', () => {
    const error = ask({ indicator: 'GROWTH' });
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe(
      'cannot aggregate GROWTH over units: the catalog gives it the rule none over units, so its values do not combine; report them one by one',
    );
  });

  it('refuses the rule none asked in options', () => {
    expect(ask({ rule: 'none' }).message).toBe(
      'cannot aggregate REVENUE over units: the rule none was asked, so its values do not combine; report them one by one',
    );
  });

  it('refuses to average or add a rate, as the catalog does', () => {
    for (const rule of ['average', 'sum'] as const) {
      const error = ask({ indicator: 'POVERTY', rule });
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toBe(
        `cannot aggregate POVERTY over units by ${rule}: a ratio must not be combined by ${rule} (rates are never averaged or added); use ratio-of-sums with a numerator and denominator, last, min, max or none`,
      );
    }
    expect(ask({ indicator: 'GROWTH', rule: 'average' }).message).toContain('a growth-rate must not be combined by average');
  });

  it('refuses ratio-of-sums for an indicator without numerator and denominator indicators', () => {
    const error = ask({ indicator: 'COVER', rule: 'ratio-of-sums' });
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe(
      'cannot aggregate COVER over units by ratio-of-sums: ratio-of-sums needs the codes of the numerator and denominator indicators (fields numerator and denominator)',
    );
  });

  it('refuses last over units, which have no order', () => {
    expect(ask({ rule: 'last' }).message).toBe(
      'cannot aggregate REVENUE over units by last: last picks the latest period, and units have no order; over units use sum, average, min, max, count or ratio-of-sums',
    );
  });

  it('refuses a rule that does not exist', () => {
    const error = ask({ rule: 'median' as AggregationRule });
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain('unknown rule "median"; expected one of sum, average, last, min, max, count, ratio-of-sums, none');
  });

  it('refuses an empty list, a repeated unit and a code that is not text', () => {
    expect(ask({ units: [] }).message).toBe('units is an empty list; name at least one area code to aggregate');
    expect(ask({ units: ['A', 'A'] }).message).toBe('units lists A twice; each unit may count once');
    const error = ask({ units: ['A', 7 as unknown as string] });
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('units[1] must be an area code such as "16174"; got number');
  });

  it('refuses units that are neither a list nor a selection', () => {
    const error = ask({ units: 'A' as unknown as string[] });
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe(
      'units must be a list of area codes, { hierarchy, parent } or { hierarchy, groupSet, group }; got "A"',
    );
  });

  it('refuses a parent that names no unit on the date, or has no units below it', () => {
    const unknown = ask({ units: { hierarchy: nhuXuanHierarchy, parent: '402' }, period: '2026' });
    expect(unknown.code).toBe('not-found');
    expect(unknown.message).toContain('no unit has code 402 on any day from 2026-01-01 to 2026-12-31');
    const onDay = ask({ units: { hierarchy: nhuXuanHierarchy, parent: '402', date: '2026-12-31' }, period: '2026' });
    expect(onDay.message).toContain('no unit has code 402 on 2026-12-31');
    const empty = ask({ units: { hierarchy: nhuXuanHierarchy, parent: '16174' } });
    expect(empty.code).toBe('invalid-argument');
    expect(empty.message).toBe('unit 16174 has no children from 2024-01-01 to 2024-12-31; there is nothing to aggregate');
    const noVillages = ask({ units: { hierarchy: nhuXuanHierarchy, parent: '402', level: 'village', date: '2024-12-31' } });
    expect(noVillages.message).toBe('unit 402 has no descendants at level village on 2024-12-31; there is nothing to aggregate');
  });

  it('refuses an unknown group, and a group not in force on the date', () => {
    const unknown = ask({ units: { hierarchy: nhuXuanHierarchy, groupSet: nhuXuanEmulationClusters2024, group: 'cluster-9' } });
    expect(unknown.code).toBe('not-found');
    const outOfForce = ask({ units: { hierarchy: nhuXuanHierarchy, groupSet: nhuXuanEmulationClusters2024, group: 'cluster-1' }, period: '2023' });
    expect(outOfForce.code).toBe('invalid-argument');
    expect(outOfForce.message).toBe(
      'group cluster-1 of set nhu-xuan-commune-clusters-2024 has no members on 2023-12-31; choose a date when the group is in force',
    );
  });

  it('refuses a malformed period', () => {
    const error = ask({ period: '2024-Q5' });
    expect(error.code).toBe('invalid-period');
    expect(error.message).toContain('2024-Q5');
  });
});
