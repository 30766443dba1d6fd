import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AdminUnitInput, type AggregationRule, aggregateOverUnits, buildDataset, buildHierarchy, parseObservations, rollUp, toDecimal } from '../../src/index.js';
import { nhuXuanHierarchy } from '../../src/datasets/nhu-xuan/index.js';
import { caught, catalog, data } from './helpers.js';

// Province P with two districts: D1 with a large commune at a low rate and a small one at a high
// rate; D2 with one middling commune.
const units: AdminUnitInput[] = [
  { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
  { code: 'D1', name: 'Huyện 1', type: 'rural-district', level: 'district', parent: 'P' },
  { code: 'D2', name: 'Huyện 2', type: 'rural-district', level: 'district', parent: 'P' },
  { code: 'D3', name: 'Huyện 3', type: 'rural-district', level: 'district', parent: 'P' },
  { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D1' },
  { code: 'B', name: 'Xã B', type: 'commune', level: 'commune', parent: 'D1' },
  { code: 'C', name: 'Xã C', type: 'commune', level: 'commune', parent: 'D2' },
];
const hierarchy = buildHierarchy(units);
const province = { hierarchy, root: 'P', leafLevel: 'commune', period: '2024' } as const;

const values = data(
  { indicator: 'REVENUE', area: 'A', value: 100 },
  { indicator: 'REVENUE', area: 'B', value: 20 },
  { indicator: 'REVENUE', area: 'C', value: 60 },
  { indicator: 'POOR', area: 'A', value: 60 },
  { indicator: 'HH', area: 'A', value: 3000 },
  { indicator: 'POOR', area: 'B', value: 100 },
  { indicator: 'HH', area: 'B', value: 500 },
  { indicator: 'POOR', area: 'C', value: 150 },
  { indicator: 'HH', area: 'C', value: 1500 },
  { indicator: 'SCORE', area: 'A', value: 60 },
  { indicator: 'SCORE', area: 'B', value: 90 },
  { indicator: 'SCORE', area: 'C', value: 30 },
);

describe('rollUp: communes to districts to the province in one call', () => {
  it('adds the communes into districts and the districts into the province, with the working at each level', () => {
    const result = rollUp(catalog, values, { ...province, indicator: 'REVENUE' });
    expect([result.rule, result.root.value?.toString(), result.root.level, result.root.name]).toEqual(['sum', '180', 'province', 'Tỉnh P']);
    expect(result.root.parts.map((part) => [part.area, part.value?.toString()])).toEqual([
      ['D1', '120'],
      ['D2', '60'],
    ]);
    expect(result.root.children.map((node) => [node.area, node.value?.toString(), node.parts.map((part) => part.area)])).toEqual([
      ['D1', '120', ['A', 'B']],
      ['D2', '60', ['C']],
      ['D3', undefined, []],
    ]);
  });

  it('gives the completeness of each unit and of each level, and notes a district with no communes', () => {
    const result = rollUp(catalog, values, { ...province, indicator: 'REVENUE' });
    expect([result.root.completeness.found, result.root.completeness.expected, result.root.completeness.missing]).toEqual([2, 3, ['D3']]);
    expect(result.levels.map((level) => [level.level, level.found, level.expected, level.missing])).toEqual([
      ['district', 2, 3, ['D3']],
      ['commune', 3, 3, []],
    ]);
    expect(result.root.children[2]?.notes).toEqual([
      'D3 (Huyện 3) has no units below it from 2024-01-01 to 2024-12-31',
      'no unit has a usable value of REVENUE, so there is no aggregate',
    ]);
  });

  it('carries a rate up as numerators and denominators, never as an average of the districts’ rates', () => {
    const result = rollUp(catalog, values, { ...province, indicator: 'POVERTY' });
    expect(result.root.parts.map((part) => [part.area, part.numerator?.toString(), part.denominator?.toString()])).toEqual([
      ['D1', '160', '3500'],
      ['D2', '150', '1500'],
    ]);
    expect([result.root.numerator?.toString(), result.root.denominator?.toString(), result.root.value?.toString()]).toEqual(['310', '5000', '6.2']);
    // D1 is at 4.57% and D2 at 10%: their average, 7.29%, is not the province's rate.
    const [d1, d2] = result.root.children;
    expect(d1?.value?.add(d2?.value ?? 0).div(2).toFixed(2)).toBe('7.29');
  });

  it('carries an average up as a sum and a count, so the province averages its communes, not its districts', () => {
    const result = rollUp(catalog, values, { ...province, indicator: 'SCORE' });
    expect(result.root.children.map((node) => [node.value?.toString(), node.numerator?.toString(), node.denominator?.toString()])).toEqual([
      ['75', '150', '2'],
      ['30', '30', '1'],
      [undefined, undefined, undefined],
    ]);
    expect(result.root.value?.toString()).toBe('60');
  });

  it('counts the communes with a value, and takes minima and maxima of minima and maxima', () => {
    const rolled = (rule: AggregationRule) => rollUp(catalog, values, { ...province, indicator: 'REVENUE', rule }).root.value?.toString();
    expect([rolled('count'), rolled('min'), rolled('max')]).toEqual(['3', '20', '100']);
  });

  it('rolls a per-capita indicator up from its inputs, computing each commune’s value', () => {
    const income = data(
      { indicator: 'INCOME', area: 'A', value: 1800 },
      { indicator: 'POP', area: 'A', value: 40000 },
      { indicator: 'INCOME', area: 'C', value: 200 },
      { indicator: 'POP', area: 'C', value: 10000 },
    );
    const result = rollUp(catalog, income, { ...province, indicator: 'INCOME_PC' });
    expect([result.root.value?.toString(), result.root.children[0]?.parts[0]?.computed]).toEqual(['40', true]);
  });

  it('reads each commune once across the 2025 reform, when codes were reused by communes under another parent', () => {
    const revenue = buildDataset(
      parseObservations(
        ['16174', '16177', '16180'].map((area) => ({ indicator: 'REVENUE', area, period: '2025', value: 10, status: 'estimate' })),
      ),
    );
    const result = rollUp(catalog, revenue, { indicator: 'REVENUE', hierarchy: nhuXuanHierarchy, root: '38', leafLevel: 'commune', period: '2025' });
    expect(result.root.value?.toString()).toBe('30');
    expect(result.root.parts.map((part) => part.area)).toEqual(['402']);
    expect(result.root.notes).toContain('code 16174 was already read below 402 in this roll-up; its one value of 2025 is counted once, there');
    expect(result.levels.find((level) => level.level === 'district')?.changes.map((change) => [change.code, change.to, change.counted])).toEqual([
      ['402', '2025-06-30', true],
    ]);
  });

  it('takes a stock of 2025 at the end of the year: the abolished district is reported, not added', () => {
    const population = buildDataset(
      parseObservations([
        { indicator: 'POP', area: '16183', period: '2025', value: 4000, status: 'estimate' },
        { indicator: 'POP', area: '16225', period: '2025', value: 9000, status: 'estimate' },
      ]),
    );
    const result = rollUp(catalog, population, { indicator: 'POP', hierarchy: nhuXuanHierarchy, root: '38', leafLevel: 'commune', period: '2025' });
    expect(result.root.value?.toString()).toBe('9000');
    expect(result.root.completeness.changes.find((change) => change.code === '402')?.counted).toBe(false);
    expect(result.root.notes).toContain(
      '402 (Như Xuân) stood below 38 only from 2025-01-01 to 2025-06-30; POP is a level taken on 2025-12-31, when it no longer stood there, so its own value is not added',
    );
  });

  it('takes the units of one day when a date is given', () => {
    const result = rollUp(catalog, values, { ...province, indicator: 'REVENUE', date: '2024-12-31' });
    expect([result.root.value?.toString(), result.root.completeness.changes]).toEqual(['180', []]);
  });

  it('refuses a leaf level that is not a level of the hierarchy or not below the root, and a root absent from the period', () => {
    const unknown = caught(() => rollUp(catalog, values, { ...province, indicator: 'REVENUE', leafLevel: 'hamlet' }));
    expect([unknown.code, unknown.message]).toEqual([
      'invalid-argument',
      'leafLevel "hamlet" is not a level of the hierarchy; expected one of province, district, commune, village',
    ]);
    const above = caught(() => rollUp(catalog, values, { ...province, indicator: 'REVENUE', root: 'A' }));
    expect(above.message).toBe('leafLevel commune is not below the level of A (commune); choose a level below it, such as village');
    const absent = caught(() => rollUp(catalog, values, { indicator: 'REVENUE', hierarchy: nhuXuanHierarchy, root: '402', leafLevel: 'commune', period: '2026' }));
    expect([absent.code, absent.message]).toEqual(['not-found', 'no unit has code 402 on any day from 2026-01-01 to 2026-12-31; choose a root that exists in 2026']);
    const empty = caught(() => rollUp(catalog, values, { ...province, indicator: 'REVENUE', root: 'D3' }));
    expect(empty.message).toBe('unit D3 has no units below it from 2024-01-01 to 2024-12-31; there is nothing to roll up');
    expect(caught(() => rollUp(catalog, values, { ...province, indicator: 'GROWTH' })).code).toBe('invalid-argument');
  });
});

describe('laws of the roll-up through several levels', () => {
  // A province of up to four districts and twelve communes, each commune in a random district,
  // with a random subset of communes reporting.
  const tree = fc.record({
    districts: fc.integer({ min: 1, max: 4 }),
    communes: fc.array(
      fc.record({ district: fc.nat(3), reports: fc.boolean(), revenue: fc.integer({ min: -5000, max: 100000 }), poor: fc.nat(500), households: fc.integer({ min: 1, max: 5000 }) }),
      { minLength: 1, maxLength: 12 },
    ),
  });

  it('rolling up level by level gives what aggregating the communes at once gives, under every rule', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom<[string, AggregationRule | undefined]>(['REVENUE', 'sum'], ['REVENUE', 'average'], ['REVENUE', 'min'], ['REVENUE', 'max'], ['REVENUE', 'count'], ['POVERTY', undefined]), ({ districts, communes }, [indicator, rule]) => {
        const list: AdminUnitInput[] = [{ code: 'P', name: 'P', type: 'province', level: 'province' }];
        for (let d = 0; d < districts; d += 1) list.push({ code: `D${String(d)}`, name: `D${String(d)}`, type: 'rural-district', level: 'district', parent: 'P' });
        communes.forEach((commune, c) =>
          list.push({ code: `C${String(c)}`, name: `C${String(c)}`, type: 'commune', level: 'commune', parent: `D${String(commune.district % districts)}` }),
        );
        const rows = communes.flatMap((commune, c) =>
          commune.reports
            ? [
                { indicator: 'REVENUE', area: `C${String(c)}`, value: toDecimal(commune.revenue).div(100).toString() },
                { indicator: 'POOR', area: `C${String(c)}`, value: commune.poor },
                { indicator: 'HH', area: `C${String(c)}`, value: commune.households },
              ]
            : [],
        );
        const dataset = data(...rows);
        const built = buildHierarchy(list);
        const stepwise = rollUp(catalog, dataset, { indicator, rule, hierarchy: built, root: 'P', leafLevel: 'commune', period: '2024' });
        const atOnce = aggregateOverUnits(catalog, dataset, { indicator, rule, units: { hierarchy: built, parent: 'P', level: 'commune' }, period: '2024' });
        expect(stepwise.root.value?.toString()).toBe(atOnce.value?.toString());
        const leaves = stepwise.levels.at(-1);
        expect([leaves?.found, leaves?.expected]).toEqual([atOnce.completeness.found, atOnce.completeness.expected]);
      }));
  });
});
