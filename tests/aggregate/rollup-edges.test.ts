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
