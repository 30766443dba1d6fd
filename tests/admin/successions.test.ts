import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdminUnitInput,
  Decimal,
  type DecimalInput,
  type SuccessionInput,
  buildHierarchy,
  predecessorsOf,
  restateValues,
  successorsOf,
  validateHierarchy,
} from '../../src/index.js';
import { nhuXuanHierarchy } from '../../src/datasets/nhu-xuan/index.js';
import { issueLines, thrown } from './helpers.js';

const commune = (code: string, extra: Partial<AdminUnitInput> = {}): AdminUnitInput => ({
  code,
  name: `Xã ${code}`,
  type: 'commune',
  level: 'commune',
  parent: 'P',
  ...extra,
});

// A is split on 2020-01-01 (it keeps its code for half), B joins D, and on 2022-01-01 D merges into C.
const splitUnits: AdminUnitInput[] = [
  { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
  commune('A', { validTo: '2019-12-31' }),
  commune('B', { validTo: '2019-12-31' }),
  commune('A', { name: 'Xã A mới', validFrom: '2020-01-01' }),
  commune('C', { validFrom: '2020-01-01' }),
  commune('D', { validFrom: '2020-01-01', validTo: '2021-12-31' }),
];
const split = (weights: readonly (string | undefined)[]): SuccessionInput => ({
  kind: 'split',
  date: '2020-01-01',
  from: 'A',
  legalBasis: 'Resolution 1/2019, clause 1',
  to: ['A', 'C', 'D'].map((code, i) => (weights[i] === undefined ? { code } : { code, weight: weights[i] })),
});
const laterMerges: SuccessionInput[] = [
  { kind: 'merge', date: '2020-01-01', from: ['B'], to: 'D', legalBasis: 'Resolution 1/2019, clause 2' },
  { kind: 'merge', date: '2022-01-01', from: ['C', 'D'], to: 'C', legalBasis: 'Resolution 9/2021, clause 4' },
];
const splitHierarchy = buildHierarchy(splitUnits, { successions: [split(['0.5', '0.3', '0.2']), ...laterMerges] });

describe('successors and predecessors', () => {
  it('follows the merges of Resolution 1686/NQ-UBTVQH15 forward and back', () => {
    const [link] = successorsOf(nhuXuanHierarchy, '16180', '2024-12-31');
    expect(link?.unit.name).toBe('Xuân Bình');
    expect(link?.unit.code).toBe('16177');
    expect(link?.share?.toString()).toBe('1');
    expect(link?.succession.legalBasis).toBe('Resolution 1686/NQ-UBTVQH15, clause 112');
    expect(predecessorsOf(nhuXuanHierarchy, '16177', '2025-07-01').map((l) => l.unit.name)).toEqual([
      'Bãi Trành',
      'Xuân Hòa',
      'Xuân Bình',
    ]);
    expect(predecessorsOf(nhuXuanHierarchy, '16174', '2025-07-01').map((l) => `${l.unit.code} ${l.unit.name}`)).toEqual([
      '16174 Yên Cát',
      '16201 Tân Bình',
    ]);
  });

  it('gives no successor to a unit that continues, nor to a district abolished with its level', () => {
    expect(successorsOf(nhuXuanHierarchy, '38', '2024-12-31')).toEqual([]);
    expect(successorsOf(nhuXuanHierarchy, '402', '2024-12-31')).toEqual([]);
    expect(predecessorsOf(nhuXuanHierarchy, '16183', '2024-12-31')).toEqual([]);
  });

  it('gives the split shares, and a share of the whole for a merge', () => {
    expect(successorsOf(splitHierarchy, 'A', '2019-01-01').map((l) => `${l.unit.code} ${l.share?.toString() ?? '?'}`)).toEqual([
      'A 0.5',
      'C 0.3',
      'D 0.2',
    ]);
    expect(predecessorsOf(splitHierarchy, 'D', '2020-01-01').map((l) => `${l.unit.code} ${l.share?.toString() ?? '?'}`)).toEqual([
      'A 0.2',
      'B 1',
    ]);
    expect(successorsOf(splitHierarchy, 'D', '2021-06-01').map((l) => l.unit.code)).toEqual(['C']);
  });

  it('links the two versions of a renamed or moved unit, and keeps its values', () => {
    const renamed = buildHierarchy(
      [
        { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
        { code: 'Q', name: 'Tỉnh Q', type: 'province', level: 'province' },
        commune('A', { validTo: '2019-12-31' }),
        commune('A', { name: 'Phường A', type: 'ward', validFrom: '2020-01-01', validTo: '2021-12-31' }),
        commune('A', { name: 'Phường A', type: 'ward', parent: 'Q', validFrom: '2022-01-01' }),
      ],
      {
        successions: [
          { kind: 'rename', date: '2020-01-01', code: 'A', legalBasis: 'Resolution 7/2019' },
          { kind: 'change-parent', date: '2022-01-01', code: 'A', legalBasis: 'Resolution 8/2021' },
        ],
      },
    );
    expect(successorsOf(renamed, 'A', '2019-06-30').map((link) => [link.unit.name, link.succession.kind])).toEqual([['Phường A', 'rename']]);
    expect(predecessorsOf(renamed, 'A', '2022-01-01').map((link) => [link.unit.parent, link.succession.kind])).toEqual([['P', 'change-parent']]);
    const [row] = restateValues(renamed, { rule: 'sum', from: '2019-06-30', to: '2023-01-01', values: { A: 12 } });
    expect([row?.unit.parent, row?.value.toString(), row?.sources.map((source) => source.share.toString())]).toEqual(['Q', '12', ['1']]);
  });

  it('reports a code that names no unit on the date', () => {
    const error = thrown(() => successorsOf(nhuXuanHierarchy, '16201', '2025-07-01'));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('no unit has code 16201 on 2025-07-01');
    expect(() => predecessorsOf(nhuXuanHierarchy, '16177', '1 July 2025')).toThrow(/date must be a calendar date/);
  });
});

describe('restateValues', () => {
  it('restates Bãi Trành, Xuân Hòa and Xuân Bình onto 16177, showing the sources', () => {
    const rows = restateValues(nhuXuanHierarchy, {
      rule: 'sum',
      from: '2024-12-31',
      to: '2025-07-01',
      values: { '16177': 5000, '16180': '3000', '16183': new Decimal(4000) },
    });
    expect(rows.map((row) => [row.code, row.unit.name, row.value.toString()])).toEqual([['16177', 'Xuân Bình', '12000']]);
    expect(rows[0]?.sources.map((source) => [source.code, source.share.toString()])).toEqual([
      ['16177', '1'],
      ['16180', '1'],
      ['16183', '1'],
    ]);
  });

  it('accepts a Map and keeps values whose unit continues', () => {
    const rows = restateValues(nhuXuanHierarchy, {
      rule: 'sum',
      from: '2024-01-01',
      to: '2025-12-31',
      values: new Map<string, DecimalInput>([
        ['38', '100.5'],
        ['16204', 7],
      ]),
    });
    expect(rows.map((row) => [row.code, row.value.toString()])).toEqual([
      ['16186', '7'],
      ['38', '100.5'],
    ]);
  });

  it('adds numerators and denominators of a ratio, never the ratios', () => {
    const [row] = restateValues(nhuXuanHierarchy, {
      rule: 'ratio',
      from: '2024-12-31',
      to: '2025-07-01',
      values: { '16186': { numerator: 120, denominator: 1500 }, '16204': { numerator: 80, denominator: 900 } },
    });
    expect(row?.numerator?.toString()).toBe('200');
    expect(row?.denominator?.toString()).toBe('2400');
    expect(row?.value.toFixed(6)).toBe('0.083333');
  });

  it('shares a divided unit out by its split weights, through successive successions', () => {
    const rows = restateValues(splitHierarchy, { rule: 'sum', from: '2019-12-31', to: '2020-01-01', values: { A: 100, B: 50 } });
    expect(rows.map((row) => [row.code, row.value.toString()])).toEqual([
      ['A', '50'],
      ['C', '30'],
      ['D', '70'],
    ]);
    expect(rows[2]?.sources.map((source) => [source.code, source.share.toString()])).toEqual([
      ['A', '0.2'],
      ['B', '1'],
    ]);
    const later = restateValues(splitHierarchy, { rule: 'sum', from: '2019-06-30', to: '2023-01-01', values: { A: 100, B: 50 } });
    expect(later.map((row) => [row.code, row.value.toString()])).toEqual([
      ['A', '50'],
      ['C', '100'],
    ]);
    expect(later[1]?.sources.map((source) => [source.code, source.share.toString()])).toEqual([
      ['A', '0.5'],
      ['B', '1'],
    ]);
  });

  it('weights numerator and denominator alike across a split', () => {
    const rows = restateValues(splitHierarchy, {
      rule: 'ratio',
      from: '2019-12-31',
      to: '2020-01-01',
      values: { A: { numerator: 10, denominator: 100 }, B: { numerator: 30, denominator: 50 } },
    });
    expect(rows.map((row) => [row.code, row.numerator?.toString(), row.denominator?.toString(), row.value.toString()])).toEqual([
      ['A', '5', '50', '0.1'],
      ['C', '3', '30', '0.1'],
      ['D', '32', '70', new Decimal(32).div(70).toString()],
    ]);
  });

  it('names the unit and the succession when a split weight is missing', () => {
    const unweighted = buildHierarchy(splitUnits, { successions: [split(['0.5', undefined, undefined]), ...laterMerges] });
    const error = thrown(() => restateValues(unweighted, { rule: 'sum', from: '2019-12-31', to: '2020-01-01', values: { A: 1 } }));
    expect(error.code).toBe('missing-weight');
    expect(error.message).toBe(
      'restating needs the share of unit A (Xã A) that went to C (Xã C) in the split of A on 2020-01-01 (Resolution 1/2019, clause 1) (successions[0]); give a weight for every part of that split',
    );
    // Values that do not pass through the split need no weight.
    expect(restateValues(unweighted, { rule: 'sum', from: '2019-12-31', to: '2020-01-01', values: { B: 1 } })[0]?.code).toBe('D');
  });

  it('refuses to restate a unit abolished with its level', () => {
    const error = thrown(() =>
      restateValues(nhuXuanHierarchy, { rule: 'sum', from: '2024-12-31', to: '2025-07-01', values: { '402': 1000 } }),
    );
    expect(error.code).toBe('unsupported-conversion');
    expect(error.message).toBe(
      'unit 402 (Như Xuân) ended on 2025-06-30 with the abolition of level district on 2025-07-01 (Resolution 203/2025/QH15 (amended Constitution); Law on the Organisation of Local Government 72/2025/QH15), which gives its units no successor; its value cannot be restated onto the units valid on 2025-07-01',
    );
  });

  it('refuses to restate a unit that ended without a recorded successor', () => {
    const ended = buildHierarchy([
      { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
      commune('A', { validTo: '2019-12-31' }),
    ]);
    expect(() => restateValues(ended, { rule: 'sum', from: '2019-01-01', to: '2021-01-01', values: { A: 1 } })).toThrow(
      'unit A (Xã A) ended on 2019-12-31 with no recorded successor; its value cannot be restated onto the units valid on 2021-01-01',
    );
  });

  it('lists every code that names no unit on the from date', () => {
    const error = thrown(() =>
      restateValues(nhuXuanHierarchy, { rule: 'sum', from: '2025-07-01', to: '2025-07-01', values: { '16201': 1, '16180': 2, '16174': 3 } }),
    );
    expect(error.code).toBe('not-found');
    expect(issueLines(error.issues)).toEqual([
      'values.16180: no unit has code 16180 on 2025-07-01',
      'values.16201: no unit has code 16201 on 2025-07-01',
    ]);
  });

  it('rejects bad values, dates, direction and rule', () => {
    const base = { from: '2024-12-31', to: '2025-07-01' } as const;
    expect(() => restateValues(nhuXuanHierarchy, { ...base, rule: 'sum', values: { '16177': '5,000' } })).toThrow(
      `values["16177"] must be a finite number or a decimal string such as '12.5'; got "5,000"`,
    );
    expect(thrown(() => restateValues(nhuXuanHierarchy, { ...base, rule: 'sum', values: { '16177': Number.NaN } })).code).toBe(
      'invalid-number',
    );
    expect(() =>
      restateValues(nhuXuanHierarchy, { ...base, rule: 'ratio', values: { '16177': 5 as unknown as { numerator: 1; denominator: 1 } } }),
    ).toThrow('values["16177"] must be { numerator, denominator } for the ratio rule; got the number 5');
    expect(() =>
      restateValues(nhuXuanHierarchy, { ...base, rule: 'ratio', values: { '16177': { numerator: 1 } as unknown as { numerator: 1; denominator: 1 } } }),
    ).toThrow('values["16177"].denominator must be a finite number or a decimal string');
    expect(() => restateValues(nhuXuanHierarchy, { rule: 'sum', from: '2025-07-01', to: '2024-12-31', values: {} })).toThrow(
      'to (2024-12-31) is before from (2025-07-01); values can only be restated forward in time',
    );
    expect(() => restateValues(nhuXuanHierarchy, { rule: 'sum', from: '2025-07-01', to: '2025-13-01', values: {} })).toThrow(
      /^to must be a calendar date/,
    );
    expect(() => restateValues(nhuXuanHierarchy, { ...base, rule: 'mean' as 'sum', values: {} })).toThrow(
      `unknown rule "mean"; expected 'sum' or 'ratio'`,
    );
  });

  it('refuses a zero restated denominator', () => {
    const error = thrown(() =>
      restateValues(nhuXuanHierarchy, {
        rule: 'ratio',
        from: '2024-12-31',
        to: '2025-07-01',
        values: { '16186': { numerator: 0, denominator: 0 }, '16204': { numerator: 1, denominator: '0.0' } },
      }),
    );
    expect(error.code).toBe('division-by-zero');
    expect(error.message).toBe(
      'the restated denominator of unit 16186 (Hóa Quỳ) on 2025-07-01 is 0 (from 16186, 16204); a ratio needs a non-zero denominator',
    );
  });

  it('keeps the total of an additive quantity through any merges and weighted splits', () => {
    const scenario = fc.array(
      fc.record({
        value: fc.integer({ min: -1_000_000, max: 1_000_000 }),
        targets: fc.uniqueArray(fc.nat(4), { minLength: 1, maxLength: 3 }),
        first: fc.integer({ min: 1, max: 98 }),
        second: fc.integer({ min: 1, max: 98 }),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(scenario, (olds) => {
        const units: AdminUnitInput[] = [{ code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' }];
        const successions: SuccessionInput[] = [];
        const whole = new Map<number, string[]>();
        const values: Record<string, number> = {};
        olds.forEach((old, i) => {
          const code = `O${String(i)}`;
          units.push(commune(code, { validTo: '2019-12-31' }));
          values[code] = old.value;
          const [only] = old.targets;
          if (old.targets.length === 1 && only !== undefined) {
            whole.set(only, [...(whole.get(only) ?? []), code]);
            return;
          }
          const first = Math.min(old.first, 99 - old.targets.length);
          const second = Math.min(old.second, 99 - first);
          const percents = old.targets.length === 2 ? [first, 100 - first] : [first, second, 100 - first - second];
          successions.push({
            kind: 'split',
            date: '2020-01-01',
            from: code,
            legalBasis: 'law',
            to: old.targets.map((target, t) => ({ code: `N${String(target)}`, weight: `${String(percents[t])}e-2` })),
          });
        });
        for (const [target, from] of whole) successions.push({ kind: 'merge', date: '2020-01-01', from, to: `N${String(target)}`, legalBasis: 'law' });
        for (let target = 0; target <= 4; target += 1) units.push(commune(`N${String(target)}`, { validFrom: '2020-01-01' }));
        const hierarchy = buildHierarchy(units, { successions });
        const rows = restateValues(hierarchy, { rule: 'sum', from: '2019-12-31', to: '2020-01-01', values });
        const total = rows.reduce((sum, row) => sum.plus(row.value), new Decimal(0));
        expect(total.toString()).toBe(String(olds.reduce((sum, old) => sum + old.value, 0)));
        for (const row of rows) {
          const rebuilt = row.sources.reduce((sum, source) => sum.plus(source.share.times(values[source.code] ?? 0)), new Decimal(0));
          expect(rebuilt.equals(row.value)).toBe(true);
        }
      }),
    );
  });
});

describe('checking successions', () => {
  const base: AdminUnitInput[] = [
    { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
    { code: 'Q', name: 'Tỉnh Q', type: 'province', level: 'province' },
    { code: 'D', name: 'Huyện D', type: 'rural-district', level: 'district', parent: 'P', validTo: '2019-12-31' },
    commune('A', { validTo: '2019-12-31' }),
    commune('B'),
    commune('C', { name: 'Xã C', validTo: '2019-12-31' }),
    commune('C', { name: 'Xã C', validFrom: '2020-01-01' }),
  ];

  it('checks that predecessors end the day before and successors start on the date', () => {
    expect(
      issueLines(
        validateHierarchy(base, {
          successions: [
            { kind: 'merge', date: '2020-01-01', from: ['A', 'B', 'A', 'X'], to: 'Y', legalBasis: 'Law 1' },
          ],
        }),
      ),
    ).toEqual([
      'successions[0].from[1]: unit B (Xã B) ends with the merge into Y on 2020-01-01 (Law 1), so it must be valid until 2019-12-31; it is valid until (open)',
      'successions[0].from[2]: unit A is listed twice in the merge into Y on 2020-01-01 (Law 1)',
      'successions[0].from[3]: unit X is not valid on 2019-12-31, the day before the merge into Y on 2020-01-01 (Law 1); a predecessor must exist until that day',
      'successions[0].to: unit Y is not valid on 2020-01-01, the first day after the merge into Y on 2020-01-01 (Law 1); a successor must exist from that day',
    ]);
  });

  it('checks split shares', () => {
    const shares = (weights: string[]): SuccessionInput => ({
      kind: 'split',
      date: '2020-01-01',
      from: 'A',
      legalBasis: 'Law 2',
      to: [{ code: 'B', weight: weights[0] }, { code: 'C', weight: weights[1] }],
    });
    expect(issueLines(validateHierarchy(base, { successions: [shares(['0.5', '0.4'])] }))).toEqual([
      'successions[0].to: the shares of the split of A on 2020-01-01 (Law 2) add up to 0.9; they must add up to 1 (the whole of A)',
    ]);
    expect(issueLines(validateHierarchy(base, { successions: [shares(['1.5', '-0.5'])] }))).toEqual([
      'successions[0].to[0].weight: the share of B in the split of A on 2020-01-01 (Law 2) is 1.5; a share must be between 0 and 1',
      'successions[0].to[1].weight: the share of C in the split of A on 2020-01-01 (Law 2) is -0.5; a share must be between 0 and 1',
    ]);
  });

  it('checks that a rename or a change of parent starts a new version that differs', () => {
    expect(
      issueLines(
        validateHierarchy(base, {
          successions: [
            { kind: 'rename', date: '2020-01-01', code: 'B', legalBasis: 'Law 3' },
            { kind: 'rename', date: '2020-01-01', code: 'C', legalBasis: 'Law 3' },
            { kind: 'change-parent', date: '2020-01-01', code: 'C', legalBasis: 'Law 4' },
          ],
        }),
      ),
    ).toEqual([
      'successions[0].code: the rename of B on 2020-01-01 (Law 3) needs a new version of unit B starting on 2020-01-01; the version valid from (open) to (open) runs across that date',
      'successions[1].code: the rename of C on 2020-01-01 (Law 3) leaves unit C with the same name and type (Xã C, commune); a rename needs a new name or type',
      'successions[2].code: the change of parent of C on 2020-01-01 (Law 4) leaves unit C (Xã C) under the same parent P; a change of parent needs another parent',
    ]);
  });

  it('checks that an abolished level has no unit left', () => {
    expect(
      issueLines(
        validateHierarchy(base, {
          successions: [
            { kind: 'abolish-level', date: '2019-01-01', level: 'district', legalBasis: 'Law 5' },
            { kind: 'abolish-level', date: '2020-01-01', level: 'canton', legalBasis: 'Law 6' },
          ],
        }),
      ),
    ).toEqual([
      'successions[0].level: the abolition of level district on 2019-01-01 (Law 5) abolishes level district, but units D of that level are still valid on 2019-01-01; they must end by 2018-12-31',
      'successions[1].level: unknown level "canton" in the abolition of level canton on 2020-01-01 (Law 6); expected one of province, district, commune, village',
    ]);
  });

  it('reports malformed successions with their paths', () => {
    const error = thrown(() =>
      buildHierarchy(base, {
        successions: [
          { kind: 'merge', date: '2020-01-01', from: [], to: 'B', legalBasis: 'Law' },
          { kind: 'split', date: '2020-01-01', from: 'A', to: [{ code: 'B' }], legalBasis: '' },
          { kind: 'secede', date: '2020-01-01' } as unknown as SuccessionInput,
        ],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(issueLines(error.issues).map((line) => line.split(':')[0])).toEqual([
      'successions[0].from',
      'successions[1].legalBasis',
      'successions[1].to',
      'successions[2].kind',
    ]);
    expect(error.message).toContain('a merge needs at least one unit in from');
    expect(error.message).toContain('a split needs at least two receiving units in to');
  });
});
