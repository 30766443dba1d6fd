import { describe, expect, it } from 'vitest';
import { buildHierarchy, rollUp } from '../../src/index.js';
import { caught, catalog, data } from './helpers.js';

// Province P: D1 with commune A all year; D2 with commune B until 30 June 2024, merged into A;
// D3 with no communes; N, a district created in 2025.
const hierarchy = buildHierarchy(
  [
    { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
    { code: 'D1', name: 'Huyện 1', type: 'rural-district', level: 'district', parent: 'P' },
    { code: 'D2', name: 'Huyện 2', type: 'rural-district', level: 'district', parent: 'P' },
    { code: 'D3', name: 'Huyện 3', type: 'rural-district', level: 'district', parent: 'P' },
    { code: 'N', name: 'Huyện mới', type: 'rural-district', level: 'district', parent: 'P', validFrom: '2025-01-01' },
    { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D1' },
    { code: 'B', name: 'Xã B', type: 'commune', level: 'commune', parent: 'D2', validTo: '2024-06-30' },
  ],
  { successions: [{ kind: 'merge', date: '2024-07-01', from: ['B'], to: 'A', legalBasis: 'Resolution 1/2024' }] },
);
const province = { hierarchy, root: 'P', leafLevel: 'commune', period: '2024' } as const;

describe('rollUp, edges', () => {
  it('carries the sums of a ratio whose denominators sum to zero up to the parent', () => {
    const result = rollUp(catalog, data({ indicator: 'POOR', value: 0 }, { indicator: 'HH', value: 0 }), { ...province, indicator: 'POVERTY' });
    const [d1] = result.root.children;
    expect([d1?.value, d1?.numerator?.toString(), d1?.denominator?.toString()]).toEqual([null, '0', '0']);
    expect(result.root.parts.map((part) => [part.area, part.value, part.numerator?.toString(), part.denominator?.toString()])).toEqual([['D1', null, '0', '0']]);
    expect([result.root.value, result.root.numerator?.toString(), result.root.completeness.missing]).toEqual([null, '0', ['D2', 'D3']]);
  });

  it('keeps the working of each unit free of empty notes', () => {
    const result = rollUp(catalog, data({ indicator: 'REVENUE', value: 5 }), { ...province, indicator: 'REVENUE' });
    expect(result.root.children.map((node) => [node.area, node.notes])).toEqual([
      ['D1', []],
      ['D2', [
        'B (Xã B) stood below D2 only from 2024-01-01 to 2024-06-30 (then A (Xã A)); REVENUE adds up over time, so its value of 2024 counts for the part of the period it existed',
        'no unit has a usable value of REVENUE, so there is no aggregate',
      ]],
      ['D3', ['D3 (Huyện 3) has no units below it from 2024-01-01 to 2024-12-31', 'no unit has a usable value of REVENUE, so there is no aggregate']],
    ]);
  });

  it('does not call a unit empty when its only unit closed during the period and a level is taken at the end', () => {
    const result = rollUp(catalog, data({ indicator: 'POP', value: 900 }, { indicator: 'POP', area: 'B', value: 300 }), { ...province, indicator: 'POP' });
    const d2 = result.root.children[1];
    expect([d2?.value, d2?.completeness.expected, d2?.completeness.changes.map((change) => change.code)]).toEqual([null, 0, ['B']]);
    expect(d2?.notes.some((note) => note.includes('has no units below it'))).toBe(false);
    const alone = rollUp(catalog, data({ indicator: 'POP', area: 'B', value: 300 }), { ...province, root: 'D2', indicator: 'POP' });
    expect([alone.root.value, alone.root.completeness.expected, alone.root.completeness.changes.length]).toEqual([null, 0, 1]);
  });

  it('refuses a root with no units below it, naming the days or the date', () => {
    const empty = caught(() => rollUp(catalog, data({ indicator: 'REVENUE', value: 5 }), { ...province, root: 'D3', indicator: 'REVENUE' }));
    expect([empty.code, empty.message]).toEqual(['invalid-argument', 'unit D3 has no units below it from 2024-01-01 to 2024-12-31; there is nothing to roll up']);
    const onDate = caught(() => rollUp(catalog, data({ indicator: 'REVENUE', value: 5 }), { ...province, root: 'D3', indicator: 'REVENUE', date: '2024-06-01' }));
    expect(onDate.message).toBe('unit D3 has no units below it on 2024-06-01; there is nothing to roll up');
  });

  it('refuses a root that did not exist in the period or on the date', () => {
    const later = caught(() => rollUp(catalog, data({ indicator: 'REVENUE', value: 5 }), { ...province, root: 'N', indicator: 'REVENUE' }));
    expect([later.code, later.message]).toEqual(['not-found', 'no unit has code N on any day from 2024-01-01 to 2024-12-31; choose a root that exists in 2024']);
    const onDate = caught(() => rollUp(catalog, data({ indicator: 'REVENUE', value: 5 }), { ...province, root: 'N', indicator: 'REVENUE', date: '2024-06-01' }));
    expect(onDate.message).toBe('no unit has code N on 2024-06-01; choose a root that exists in 2024');
  });

  it('refuses the top level as the leaf level, since it is not below the root', () => {
    const error = caught(() => rollUp(catalog, data({ indicator: 'REVENUE', value: 5 }), { ...province, leafLevel: 'province', indicator: 'REVENUE' }));
    expect([error.code, error.message]).toEqual(['invalid-argument', 'leafLevel province is not below the level of P (province); choose a level below it, such as district']);
  });
});

describe('rollUp, the level of a unit change', () => {
  it('tallies the change of a code that names a commune and then a town at the level of the unit that changed', () => {
    // Commune X became the town X (a district-level unit) on 1 July 2024.
    const upgraded = buildHierarchy([
      { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
      { code: 'D1', name: 'Huyện 1', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D1' },
      { code: 'X', name: 'Xã X', type: 'commune', level: 'commune', parent: 'D1', validTo: '2024-06-30' },
      { code: 'X', name: 'Thị xã X', type: 'town', level: 'district', parent: 'P', validFrom: '2024-07-01' },
    ]);
    const result = rollUp(catalog, data({ indicator: 'REVENUE', value: 5 }), { ...province, hierarchy: upgraded, indicator: 'REVENUE' });
    expect(result.levels.map((level) => [level.level, level.changes.map((change) => [change.code, change.from, change.to])])).toEqual([
      ['district', [['X', '2024-07-01', '2024-12-31']]],
      ['commune', [['X', '2024-01-01', '2024-06-30']]],
    ]);
  });
});

describe('rollUp, a code that names a commune and then a town with wards', () => {
  // Commune C of district D1 until 30 June 2024; from 1 July 2024 the same code C is a town (a
  // district-level unit) of province P, with ward X1 below it.
  const commune = { code: 'C', name: 'Xã C', type: 'commune', level: 'commune', parent: 'D1', validTo: '2024-06-30' } as const;
  const town = { code: 'C', name: 'Thị xã C', type: 'town', level: 'district', parent: 'P', validFrom: '2024-07-01' } as const;
  const rest = [
    { code: 'D1', name: 'Huyện 1', type: 'rural-district', level: 'district', parent: 'P' },
    { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D1' },
    commune,
    { code: 'X1', name: 'Phường X1', type: 'ward', level: 'commune', parent: 'C', validFrom: '2024-07-01' },
  ] as const;
  const top = { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' } as const;
  const townLast = buildHierarchy([top, ...rest, town]);
  const townFirst = buildHierarchy([top, town, ...rest]);
  const revenue = (period: string) =>
    data(
      { indicator: 'REVENUE', area: 'A', period, value: 5 },
      { indicator: 'REVENUE', area: 'C', period, value: 7 },
      { indicator: 'REVENUE', area: 'X1', period, value: 11 },
    );
  const options = { root: 'P', leafLevel: 'commune', period: '2024', indicator: 'REVENUE' } as const;

  it('counts the commune’s value and the ward’s over a period that spans the change, whichever unit comes first', () => {
    for (const hierarchy of [townLast, townFirst]) {
      const result = rollUp(catalog, revenue('2024'), { ...options, hierarchy });
      // A 5 and C 7 below D1, X1 11 below the town: every value once.
      expect(result.root.value?.toString()).toBe('23');
      expect(result.root.children.map((node) => [node.area, node.name, node.value?.toString(), node.parts.map((part) => part.area)]).sort()).toEqual([
        ['C', 'Thị xã C', '11', ['X1']],
        ['D1', 'Huyện 1', '12', ['A', 'C']],
      ]);
      expect(result.levels.map((level) => [level.level, level.expected, level.found, level.missing])).toEqual([
        ['district', 2, 2, []],
        ['commune', 3, 3, []],
      ]);
      expect(result.root.completeness.missing).toEqual([]);
    }
  });

  it('says at the second place that the code names both units and that both count', () => {
    const townSecond = rollUp(catalog, revenue('2024'), { ...options, hierarchy: townLast });
    expect(townSecond.root.notes).toEqual([
      'C (Thị xã C) stood below P only from 2024-07-01 to 2024-12-31; REVENUE adds up over time, so its value of 2024 counts for the part of the period it existed',
      'code C also names a unit whose value of 2024 was read below D1; here it names Thị xã C (district), rolled up from the units below it, and both count',
    ]);
    const townFirstResult = rollUp(catalog, revenue('2024'), { ...options, hierarchy: townFirst });
    expect(townFirstResult.root.notes[1]).toBe(
      'code C names several units in 2024; below P it names Thị xã C (district), rolled up from the units below it, so no value of code C is read for it',
    );
    const d1 = townFirstResult.root.children.find((node) => node.area === 'D1');
    expect(d1?.notes.slice(0, 2)).toEqual([
      'C (Xã C) stood below D1 only from 2024-01-01 to 2024-06-30; REVENUE adds up over time, so its value of 2024 counts for the part of the period it existed',
      'code C names 2 units in 2024 (Xã C from 2024-01-01 to 2024-06-30, Thị xã C from 2024-07-01 to 2024-12-31); values are kept by code, so its one value of 2024 is read once, for Xã C, and the data cannot tell which unit it describes',
    ]);
    expect(d1?.notes.at(-1)).toBe(
      'code C also names a unit rolled up below P from the units below it; here it names Xã C (commune), whose value of 2024 is read, and both count',
    );
    for (const result of [townSecond, townFirstResult]) {
      expect([result.root, ...result.root.children].flatMap((node) => node.notes).some((note) => note.includes('was already'))).toBe(false);
    }
  });

  it('counts the ward over a period after the change, when the commune no longer exists', () => {
    for (const period of ['2024-H2', '2025']) {
      const result = rollUp(catalog, revenue(period), { ...options, hierarchy: townLast, period });
      expect([period, result.root.value?.toString(), result.root.parts.map((part) => [part.area, part.value?.toString()])]).toEqual([
        period,
        '16',
        [['D1', '5'], ['C', '11']],
      ]);
    }
  });

  it('takes a level at the end of the period: the ward counts and the closed commune is named with its value', () => {
    const population = data(
      { indicator: 'POP', area: 'A', value: 5 },
      { indicator: 'POP', area: 'C', value: 7 },
      { indicator: 'POP', area: 'X1', value: 11 },
    );
    const result = rollUp(catalog, population, { ...options, hierarchy: townLast, indicator: 'POP' });
    expect(result.root.value?.toString()).toBe('16');
    expect(result.root.children[0]?.notes).toEqual([
      'C (Xã C) stood below D1 only from 2024-01-01 to 2024-06-30; POP is a level taken on 2024-12-31, when it no longer stood there, so its own value is not added; its value of 2024 was 7',
    ]);
  });
});

describe('rollUp, a unit above the leaves met twice', () => {
  it('rolls a commune that moved between two districts up once, where it is met first, and says so at the second', () => {
    const moved = buildHierarchy([
      { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
      { code: 'D1', name: 'Huyện 1', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'D2', name: 'Huyện 2', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'M', name: 'Xã M', type: 'commune', level: 'commune', parent: 'D1', validTo: '2024-06-30' },
      { code: 'M', name: 'Xã M', type: 'commune', level: 'commune', parent: 'D2', validFrom: '2024-07-01' },
      { code: 'V', name: 'Thôn V', type: 'village', level: 'village', parent: 'M' },
    ]);
    const result = rollUp(catalog, data({ indicator: 'REVENUE', area: 'V', value: 5 }), { hierarchy: moved, root: 'P', leafLevel: 'village', period: '2024', indicator: 'REVENUE' });
    expect(result.root.value?.toString()).toBe('5');
    expect(result.root.children.map((node) => [node.area, node.value?.toString() ?? null, node.children.map((child) => child.area)])).toEqual([
      ['D1', '5', ['M']],
      ['D2', null, []],
    ]);
    expect(result.root.children[1]?.notes).toContain('M (Xã M) was already rolled up below D1 in this roll-up; the units below it are counted once, there');
    expect(result.levels.map((level) => [level.level, level.expected, level.found])).toEqual([
      ['district', 2, 1],
      ['commune', 1, 1],
      ['village', 1, 1],
    ]);
  });
});

describe('rollUp, units that skip a level', () => {
  // Commune K stands directly below the province; village V directly below district D1.
  const skipping = buildHierarchy([
    { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
    { code: 'D1', name: 'Huyện 1', type: 'rural-district', level: 'district', parent: 'P' },
    { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D1' },
    { code: 'E', name: 'Xã E', type: 'commune', level: 'commune', parent: 'D1' },
    { code: 'V', name: 'Thôn V', type: 'village', level: 'village', parent: 'D1' },
    { code: 'K', name: 'Xã K', type: 'commune', level: 'commune', parent: 'P' },
  ]);
  const revenue = data(
    { indicator: 'REVENUE', area: 'A', value: 5 },
    { indicator: 'REVENUE', area: 'E', value: 6 },
    { indicator: 'REVENUE', area: 'V', value: 8 },
    { indicator: 'REVENUE', area: 'K', value: 7 },
  );
  const options = { hierarchy: skipping, root: 'P', leafLevel: 'commune', period: '2024', indicator: 'REVENUE' } as const;

  it('reads a unit at or below the leaf level as a leaf wherever it stands, and tallies it only at its own level', () => {
    const result = rollUp(catalog, revenue, options);
    expect(result.root.value?.toString()).toBe('26');
    expect(result.root.parts.map((part) => [part.area, part.value?.toString()])).toEqual([
      ['D1', '19'],
      ['K', '7'],
    ]);
    expect(result.root.children[0]?.completeness.expected).toBe(3);
    expect(result.levels.map((level) => [level.level, level.expected, level.found])).toEqual([
      ['district', 1, 1],
      ['commune', 3, 3],
    ]);
  });

  it('lists the change of a village below a district in its parent only, when villages are below the leaf level', () => {
    const closing = buildHierarchy([
      { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
      { code: 'D1', name: 'Huyện 1', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D1' },
      { code: 'V', name: 'Thôn V', type: 'village', level: 'village', parent: 'D1', validTo: '2024-06-30' },
    ]);
    const result = rollUp(catalog, revenue, { ...options, hierarchy: closing });
    expect([result.root.value?.toString(), result.root.children[0]?.completeness.changes.map((change) => change.code)]).toEqual(['13', ['V']]);
    expect(result.levels.map((level) => [level.level, level.changes.length])).toEqual([
      ['district', 0],
      ['commune', 0],
    ]);
  });

  it('counts a leaf below the root as one unit and a district by the count it carries', () => {
    const result = rollUp(catalog, revenue, { ...options, rule: 'count' });
    expect([result.root.children[0]?.value?.toString(), result.root.value?.toString()]).toEqual(['3', '4']);
  });
});
