import { describe, expect, it } from 'vitest';
import { aggregateOverUnits, buildHierarchy } from '../../src/index.js';
import { nhuXuanEmulationClusters2024, nhuXuanHierarchy } from '../../src/datasets/nhu-xuan/index.js';
import { caught, catalog, data } from './helpers.js';

const ask = (units: unknown) => caught(() => aggregateOverUnits(catalog, data({ indicator: 'REVENUE', value: 1 }), { indicator: 'REVENUE', units: units as string[], period: '2024' }));

describe('expected members, edges', () => {
  it('refuses a list that is empty, repeats a code or holds something that is not a code, with invalid-argument', () => {
    expect([ask([]).code, ask(['A', 'A']).code]).toEqual(['invalid-argument', 'invalid-argument']);
    expect(ask(['A', '']).message).toBe('units[1] must be an area code such as "16174"; got ""');
    expect(ask([null]).message).toBe('units[0] must be an area code such as "16174"; got null');
    expect(ask([['A']]).message).toBe('units[0] must be an area code such as "16174"; got an array');
    expect(ask(null).message).toBe('units must be a list of area codes, { hierarchy, parent } or { hierarchy, groupSet, group }; got null');
  });

  it('adds no working for a list of codes or the members of a group', () => {
    const listed = aggregateOverUnits(catalog, data({ indicator: 'REVENUE', value: 1 }), { indicator: 'REVENUE', units: ['A'], period: '2024' });
    expect([listed.notes, listed.completeness.changes]).toEqual([[], []]);
    const grouped = aggregateOverUnits(catalog, data({ indicator: 'REVENUE', area: '16201', value: 2 }), {
      indicator: 'REVENUE',
      units: { hierarchy: nhuXuanHierarchy, groupSet: nhuXuanEmulationClusters2024, group: 'cluster-1' },
      period: '2024',
    });
    expect([grouped.notes, grouped.completeness.changes]).toEqual([[], []]);
  });

  it('names the level and the type asked when a parent has no such descendants', () => {
    expect(ask({ hierarchy: nhuXuanHierarchy, parent: '402', type: 'village' }).message).toBe(
      'unit 402 has no descendants of type village from 2024-01-01 to 2024-12-31; there is nothing to aggregate',
    );
    expect(ask({ hierarchy: nhuXuanHierarchy, parent: '402', level: 'village', type: 'village' }).message).toBe(
      'unit 402 has no descendants at level village of type village from 2024-01-01 to 2024-12-31; there is nothing to aggregate',
    );
  });
});

describe('expected members of a parent that changed during the period', () => {
  // District D stood until 30 September 2024; code R named an older commune to 30 June
  // 2024 and a new one from 1 July, after an even older one that closed in 2022.
  const hierarchy = buildHierarchy([
    { code: 'D', name: 'Huyện D', type: 'rural-district', level: 'district', validTo: '2024-09-30' },
    { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D', validTo: '2024-09-30' },
    { code: 'R', name: 'Xã R xưa', type: 'commune', level: 'commune', parent: 'D', validTo: '2022-12-31' },
    { code: 'R', name: 'Xã R cũ', type: 'commune', level: 'commune', parent: 'D', validFrom: '2023-01-01', validTo: '2024-06-30' },
    { code: 'R', name: 'Xã R mới', type: 'commune', level: 'commune', parent: 'D', validFrom: '2024-07-01', validTo: '2024-09-30' },
  ]);
  const values = data({ indicator: 'REVENUE', value: 5 }, { indicator: 'REVENUE', area: 'R', value: 3 }, { indicator: 'POP', value: 50 }, { indicator: 'POP', area: 'R', value: 30 });

  it('says on which days the parent stood, and when a level is taken', () => {
    const flow = aggregateOverUnits(catalog, values, { indicator: 'REVENUE', units: { hierarchy, parent: 'D' }, period: '2024' });
    expect(flow.notes[0]).toBe('D stood only from 2024-01-01 to 2024-09-30 in 2024, so its units are those below it on those days');
    const stock = aggregateOverUnits(catalog, values, { indicator: 'POP', units: { hierarchy, parent: 'D' }, period: '2024' });
    expect(stock.notes[0]).toBe(
      'D stood only from 2024-01-01 to 2024-09-30 in 2024, so its units are those below it on those days and POP, a level, is taken on 2024-09-30',
    );
  });

  it('says which units a reused code names in the period, each on its own days', () => {
    const flow = aggregateOverUnits(catalog, values, { indicator: 'REVENUE', units: { hierarchy, parent: 'D' }, period: '2024' });
    expect(flow.value?.toString()).toBe('8');
    expect(flow.notes.at(-1)).toBe(
      'code R names 2 units in 2024 (Xã R cũ from 2024-01-01 to 2024-06-30, Xã R mới from 2024-07-01 to 2024-09-30); values are kept by code, so its one value of 2024 is read once, for Xã R cũ and Xã R mới, and the data cannot tell which unit it describes',
    );
  });
});
