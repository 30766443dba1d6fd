import { describe, expect, it } from 'vitest';
import { aggregateOverUnits, buildHierarchy } from '../../src/index.js';
import { catalog, data } from './helpers.js';

// Province P. District N had a first version until 2023 and came back on 1 July 2024; district O
// stood only on 31 December 2024. In D1, communes B and C merged into BC on 1 July 2024; commune S
// was split into S1 and S2 on 1 April 2024, and S2 merged into A on 1 October 2024. Code Q named
// three communes of D1 in 2024 (the first one on 1 January only, the last from 31 December); code R
// named one commune until March 2024, another until June 2025 and a third from July 2025.
const hierarchy = buildHierarchy(
  [
    { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
    { code: 'N', name: 'Huyện N cũ', type: 'rural-district', level: 'district', parent: 'P', validFrom: '2020-01-01', validTo: '2023-12-31' },
    { code: 'N', name: 'Huyện N', type: 'rural-district', level: 'district', parent: 'P', validFrom: '2024-07-01' },
    { code: 'Z', name: 'Xã Z', type: 'commune', level: 'commune', parent: 'N', validFrom: '2024-07-01' },
    { code: 'O', name: 'Huyện O', type: 'rural-district', level: 'district', parent: 'P', validFrom: '2024-12-31' },
    { code: 'Y', name: 'Xã Y', type: 'commune', level: 'commune', parent: 'O', validFrom: '2024-12-31' },
    { code: 'D1', name: 'Huyện 1', type: 'rural-district', level: 'district', parent: 'P' },
    { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D1' },
    { code: 'B', name: 'Xã B', type: 'commune', level: 'commune', parent: 'D1', validTo: '2024-06-30' },
    { code: 'C', name: 'Xã C', type: 'commune', level: 'commune', parent: 'D1', validTo: '2024-06-30' },
    { code: 'BC', name: 'Xã BC', type: 'commune', level: 'commune', parent: 'D1', validFrom: '2024-07-01' },
    { code: 'S', name: 'Xã S', type: 'commune', level: 'commune', parent: 'D1', validTo: '2024-03-31' },
    { code: 'S1', name: 'Xã S1', type: 'commune', level: 'commune', parent: 'D1', validFrom: '2024-04-01' },
    { code: 'S2', name: 'Xã S2', type: 'commune', level: 'commune', parent: 'D1', validFrom: '2024-04-01', validTo: '2024-09-30' },
    { code: 'Q', name: 'Xã Q cũ', type: 'commune', level: 'commune', parent: 'D1', validFrom: '2019-01-01', validTo: '2024-01-01' },
    { code: 'Q', name: 'Xã Q', type: 'commune', level: 'commune', parent: 'D1', validFrom: '2024-01-02', validTo: '2024-12-30' },
    { code: 'Q', name: 'Xã Q mới', type: 'commune', level: 'commune', parent: 'D1', validFrom: '2024-12-31' },
    { code: 'R', name: 'Xã R cũ', type: 'commune', level: 'commune', parent: 'D1', validFrom: '2020-01-01', validTo: '2024-03-31' },
    { code: 'R', name: 'Xã R', type: 'commune', level: 'commune', parent: 'D1', validFrom: '2024-04-01', validTo: '2025-06-30' },
    { code: 'R', name: 'Xã R mới', type: 'commune', level: 'commune', parent: 'D1', validFrom: '2025-07-01' },
  ],
  {
    successions: [
      { kind: 'merge', date: '2024-07-01', from: ['B', 'C'], to: 'BC', legalBasis: 'Resolution 1/2024' },
      { kind: 'split', date: '2024-04-01', from: 'S', to: [{ code: 'S1' }, { code: 'S2' }], legalBasis: 'Resolution 2/2024' },
      { kind: 'merge', date: '2024-10-01', from: ['S2'], to: 'A', legalBasis: 'Resolution 3/2024' },
    ],
  },
);

const values = (indicator: string) => data({ indicator, area: 'Z', value: 3 }, { indicator, area: 'BC', value: 4 });
const over = (parent: string, indicator: string) => aggregateOverUnits(catalog, values(indicator), { indicator, units: { hierarchy, parent }, period: '2024' });
const flow = 'REVENUE adds up over time, so its value of 2024 counts for the part of the period it existed';
const counted = 'POP is a level taken on 2024-12-31, when it stands there, so its value counts';
const left = 'POP is a level taken on 2024-12-31, when it no longer stood there, so its own value is not added';

describe('expected members, the days of the parent', () => {
  it('takes the units of a parent that opened during the period on its own days, its older version left out', () => {
    const revenue = over('N', 'REVENUE');
    expect([revenue.value?.toString(), revenue.notes]).toEqual(['3', ['N stood only from 2024-07-01 to 2024-12-31 in 2024, so its units are those below it on those days']]);
    expect(over('N', 'POP').notes).toEqual([
      'N stood only from 2024-07-01 to 2024-12-31 in 2024, so its units are those below it on those days and POP, a level, is taken on 2024-12-31',
    ]);
  });

  it('takes a parent renamed during the period over the whole period', () => {
    const renamed = buildHierarchy(
      [
        { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
        { code: 'D', name: 'Huyện D', type: 'rural-district', level: 'district', parent: 'P', validTo: '2024-06-30' },
        { code: 'D', name: 'Thị xã D', type: 'town', level: 'district', parent: 'P', validFrom: '2024-07-01' },
        { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D' },
      ],
      { successions: [{ kind: 'rename', date: '2024-07-01', code: 'D', legalBasis: 'Resolution 4/2024' }] },
    );
    const result = aggregateOverUnits(catalog, data({ indicator: 'POP', area: 'A', value: 9 }), { indicator: 'POP', units: { hierarchy: renamed, parent: 'D' }, period: '2024' });
    expect([result.value?.toString(), result.notes]).toEqual(['9', []]);
  });

  it('takes a parent that stood on one day only on that day', () => {
    const result = over('O', 'REVENUE');
    expect([result.value, result.completeness.missing, result.notes[0]]).toEqual([
      null,
      ['Y'],
      'O stood only from 2024-12-31 to 2024-12-31 in 2024, so its units are those below it on those days',
    ]);
  });
});

describe('expected members, the units that changed', () => {
  it('names every predecessor and successor of a unit, and both for a unit that opened and closed', () => {
    expect(over('D1', 'REVENUE').notes.slice(0, 6)).toEqual([
      `B (Xã B) stood below D1 only from 2024-01-01 to 2024-06-30 (then BC (Xã BC)); ${flow}`,
      `C (Xã C) stood below D1 only from 2024-01-01 to 2024-06-30 (then BC (Xã BC)); ${flow}`,
      `BC (Xã BC) stood below D1 only from 2024-07-01 to 2024-12-31 (formed from B (Xã B), C (Xã C)); ${flow}`,
      `S (Xã S) stood below D1 only from 2024-01-01 to 2024-03-31 (then S1 (Xã S1), S2 (Xã S2)); ${flow}`,
      `S1 (Xã S1) stood below D1 only from 2024-04-01 to 2024-12-31 (formed from S (Xã S)); ${flow}`,
      `S2 (Xã S2) stood below D1 only from 2024-04-01 to 2024-09-30 (formed from S (Xã S); then A (Xã A)); ${flow}`,
    ]);
  });

  it('names the units of a reused code by their days within the period, leaving out versions outside it', () => {
    const revenue = over('D1', 'REVENUE');
    expect(revenue.notes.slice(-2)).toEqual([
      'code Q names 3 units in 2024 (Xã Q cũ from 2024-01-01 to 2024-01-01, Xã Q from 2024-01-02 to 2024-12-30, Xã Q mới from 2024-12-31 to 2024-12-31); values are kept by code, so its one value of 2024 is read once, for Xã Q cũ and Xã Q and Xã Q mới, and the data cannot tell which unit it describes',
      'code R names 2 units in 2024 (Xã R cũ from 2024-01-01 to 2024-03-31, Xã R from 2024-04-01 to 2024-12-31); values are kept by code, so its one value of 2024 is read once, for Xã R cũ and Xã R, and the data cannot tell which unit it describes',
    ]);
    expect(revenue.completeness.expected).toBe(9);
  });

  it('takes a level only from the units standing at the end, naming the left-out ones without a value when they have none', () => {
    const population = over('D1', 'POP');
    expect([population.value?.toString(), population.completeness.expected]).toEqual(['4', 5]);
    expect(population.notes.slice(0, 11)).toEqual([
      `BC (Xã BC) stood below D1 only from 2024-07-01 to 2024-12-31 (formed from B (Xã B), C (Xã C)); ${counted}`,
      `S1 (Xã S1) stood below D1 only from 2024-04-01 to 2024-12-31 (formed from S (Xã S)); ${counted}`,
      `Q (Xã Q mới) stood below D1 only from 2024-12-31 to 2024-12-31; ${counted}`,
      `R (Xã R) stood below D1 only from 2024-04-01 to 2024-12-31; ${counted}`,
      `B (Xã B) stood below D1 only from 2024-01-01 to 2024-06-30 (then BC (Xã BC)); ${left} (its successors hold what it had)`,
      `C (Xã C) stood below D1 only from 2024-01-01 to 2024-06-30 (then BC (Xã BC)); ${left} (its successors hold what it had)`,
      `S (Xã S) stood below D1 only from 2024-01-01 to 2024-03-31 (then S1 (Xã S1), S2 (Xã S2)); ${left} (its successors hold what it had)`,
      `S2 (Xã S2) stood below D1 only from 2024-04-01 to 2024-09-30 (formed from S (Xã S); then A (Xã A)); ${left} (its successors hold what it had)`,
      `Q (Xã Q cũ) stood below D1 only from 2024-01-01 to 2024-01-01; ${left}`,
      `Q (Xã Q) stood below D1 only from 2024-01-02 to 2024-12-30; ${left}`,
      `R (Xã R cũ) stood below D1 only from 2024-01-01 to 2024-03-31; ${left}`,
    ]);
  });
});
