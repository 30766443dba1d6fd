/*
 * The admin queries at their edges, found by mutation testing of src/admin/queries.ts and model.ts:
 * windows of one day and versions that begin or end on a window's edge, a child reached through two
 * versions of its parent, results in list order, depth-first order of descendants, the last day of a
 * validity, and the messages that name the argument at fault.
 */
import { describe, expect, it } from 'vitest';
import {
  type AdminUnitInput,
  buildHierarchy,
  childrenDuring,
  descendantsDuring,
  descendantsOf,
  hierarchyAsOf,
  parentOf,
  unitLookupAt,
  unitsOfCodes,
} from '../../src/index.js';
import { thrown } from './helpers.js';

const shown = (spans: readonly { readonly unit: { readonly code: string }; readonly from: string; readonly to: string }[]) =>
  spans.map((span) => `${span.unit.code} ${span.from}..${span.to}`);

// P above D1 (to 31 March 2024) and D2 (from 1 April 2024); D renamed on 1 July 2024. C4 is listed
// before its parent D2 and before D1, and D1's children after D2, so that list order and the order
// of a visit from P differ.
const units: AdminUnitInput[] = [
  { code: 'P', name: 'Province', type: 'province', level: 'province' },
  { code: 'C4', name: 'C4', type: 'commune', level: 'commune', parent: 'D2', validFrom: '2024-04-01' },
  { code: 'D1', name: 'D1', type: 'rural-district', level: 'district', parent: 'P', validTo: '2024-03-31' },
  { code: 'D2', name: 'D2', type: 'rural-district', level: 'district', parent: 'P', validFrom: '2024-04-01' },
  { code: 'C1', name: 'C1', type: 'commune', level: 'commune', parent: 'D1', validTo: '2024-03-31' },
  { code: 'C2', name: 'C2', type: 'commune', level: 'commune', parent: 'D1', validFrom: '2024-02-01', validTo: '2024-03-31' },
  { code: 'D', name: 'D old', type: 'rural-district', level: 'district', parent: 'P', validTo: '2024-06-30' },
  { code: 'D', name: 'D new', type: 'rural-district', level: 'district', parent: 'P', validFrom: '2024-07-01' },
  { code: 'C3', name: 'C3', type: 'commune', level: 'commune', parent: 'D' },
];
const hierarchy = buildHierarchy(units, {
  successions: [
    { kind: 'rename', date: '2024-07-01', code: 'D', legalBasis: 'law' },
    { kind: 'merge', date: '2024-04-01', from: ['D1'], to: 'D2', legalBasis: 'law' },
    { kind: 'merge', date: '2024-04-01', from: ['C1', 'C2'], to: 'C4', legalBasis: 'law' },
  ],
});

describe('windows at their edges', () => {
  it('take a window of one day, and a child that stands below the unit on that day alone', () => {
    expect(shown(childrenDuring(hierarchy, 'D1', '2024-03-31', '2024-03-31'))).toEqual(['C1 2024-03-31..2024-03-31', 'C2 2024-03-31..2024-03-31']);
  });

  it('keep a unit that begins on the window\'s last day or ends on its first', () => {
    expect(shown(childrenDuring(hierarchy, 'D2', '2024-03-01', '2024-04-01'))).toEqual(['C4 2024-04-01..2024-04-01']);
    expect(shown(childrenDuring(hierarchy, 'D1', '2024-03-31', '2024-05-01'))).toEqual(['C1 2024-03-31..2024-03-31', 'C2 2024-03-31..2024-03-31']);
  });

  it('leave out a child that stood below the unit on no day of the window', () => {
    expect(shown(childrenDuring(hierarchy, 'D1', '2024-01-01', '2024-01-31'))).toEqual(['C1 2024-01-01..2024-01-31']);
  });

  it('join the days of a child reached through two versions of its parent', () => {
    expect(shown(childrenDuring(hierarchy, 'D', '2024-01-01', '2024-12-31'))).toEqual(['C3 2024-01-01..2024-12-31']);
  });

  it('list the units in the hierarchy\'s order, filtered', () => {
    expect(shown(descendantsDuring(hierarchy, 'P', '2024-01-01', '2024-12-31'))).toEqual([
      'C4 2024-04-01..2024-12-31',
      'D1 2024-01-01..2024-03-31',
      'D2 2024-04-01..2024-12-31',
      'C1 2024-01-01..2024-03-31',
      'C2 2024-02-01..2024-03-31',
      'D 2024-01-01..2024-06-30',
      'D 2024-07-01..2024-12-31',
      'C3 2024-01-01..2024-12-31',
    ]);
    expect(shown(descendantsDuring(hierarchy, 'P', '2024-01-01', '2024-12-31', { level: 'commune' }))).toEqual([
      'C4 2024-04-01..2024-12-31',
      'C1 2024-01-01..2024-03-31',
      'C2 2024-02-01..2024-03-31',
      'C3 2024-01-01..2024-12-31',
    ]);
  });

  it('name the argument that is not a date', () => {
    expect(thrown(() => childrenDuring(hierarchy, 'P', '2024-02-30', '2024-12-31')).message).toBe(
      'from must be a calendar date written YYYY-MM-DD, such as \'2025-07-01\'; got "2024-02-30"',
    );
    expect(thrown(() => childrenDuring(hierarchy, 'P', '2024-01-01', '2024-13-01')).message).toBe(
      'to must be a calendar date written YYYY-MM-DD, such as \'2025-07-01\'; got "2024-13-01"',
    );
  });

  it('say on which days a code is valid when the window misses them', () => {
    expect(thrown(() => childrenDuring(hierarchy, 'D2', '2024-01-01', '2024-02-01')).message).toBe(
      'no unit has code D2 on any day from 2024-01-01 to 2024-02-01; the code is valid from 2024-04-01 to (open)',
    );
  });
});

describe('the queries of one day at their edges', () => {
  it('give the descendants depth first, each unit\'s children in list order', () => {
    expect(descendantsOf(hierarchy, 'P', '2024-03-01').map((unit) => unit.name)).toEqual(['D1', 'C1', 'C2', 'D old', 'C3']);
  });

  it('hold a unit on the last day of its validity and not on the day after', () => {
    expect(hierarchyAsOf(hierarchy, '2024-03-31').units.map((unit) => unit.code)).toEqual(['P', 'D1', 'C1', 'C2', 'D', 'C3']);
    expect(hierarchyAsOf(hierarchy, '2024-04-01').units.map((unit) => unit.code)).toEqual(['P', 'C4', 'D2', 'D', 'C3']);
  });

  it('say on which days a code is valid when the date misses them', () => {
    expect(thrown(() => parentOf(hierarchy, 'C4', '2024-03-31')).message).toBe(
      'no unit has code C4 on 2024-03-31; the code is valid from 2024-04-01 to (open)',
    );
    expect(thrown(() => parentOf(hierarchy, 'D1', '2024-04-01')).message).toBe(
      'no unit has code D1 on 2024-04-01; the code is valid from (open) to 2024-03-31',
    );
  });

  it('name the argument of unitsOfCodes that is wrong', () => {
    expect(thrown(() => unitsOfCodes(hierarchy, ['P'], '2024-02-30')).message).toBe(
      'date must be a calendar date written YYYY-MM-DD, such as \'2025-07-01\'; got "2024-02-30"',
    );
    expect(thrown(() => unitsOfCodes(hierarchy, 'P' as unknown as string[], '2024-01-01')).message).toBe('codes must be a list of unit codes; got string');
  });
});

describe('the messages of a code that is not there', () => {
  // A code with a gap between its two versions: nothing in 2021.
  const gapped = buildHierarchy([
    { code: 'G', name: 'G then', type: 'province', level: 'province', validFrom: '2020-01-01', validTo: '2020-12-31' },
    { code: 'G', name: 'G now', type: 'province', level: 'province', validFrom: '2022-01-01' },
  ]);

  it('list every validity of the code, and say when no unit has it', () => {
    expect(thrown(() => parentOf(gapped, 'G', '2021-06-01')).message).toBe(
      'no unit has code G on 2021-06-01; the code is valid from 2020-01-01 to 2020-12-31, from 2022-01-01 to (open)',
    );
    expect(thrown(() => childrenDuring(gapped, 'G', '2021-01-01', '2021-12-31')).message).toBe(
      'no unit has code G on any day from 2021-01-01 to 2021-12-31; the code is valid from 2020-01-01 to 2020-12-31, from 2022-01-01 to (open)',
    );
    expect(thrown(() => childrenDuring(gapped, 'H', '2021-01-01', '2021-12-31')).message).toBe(
      'no unit has code H on any day from 2021-01-01 to 2021-12-31; no unit has this code',
    );
  });

  it('name the date of a one-day query and the kind of a wrong list', () => {
    expect(thrown(() => parentOf(hierarchy, 'P', '2024-02-30')).message).toBe(
      'date must be a calendar date written YYYY-MM-DD, such as \'2025-07-01\'; got "2024-02-30"',
    );
    expect(thrown(() => unitsOfCodes(hierarchy, 'P' as unknown as string[], '2024-01-01')).code).toBe('invalid-argument');
  });
});

describe('the eras judged for a date', () => {
  it('hold a unit of a later era only within its own bounds, not from an earlier era\'s end', () => {
    // Three eras, in this order: 2000, 2002 and 2005. On 2003-06-01 none holds.
    const eras = buildHierarchy([
      { code: 'A', name: 'A', type: 'province', level: 'province', validFrom: '2000-01-01', validTo: '2000-12-31' },
      { code: 'B', name: 'B', type: 'province', level: 'province', validFrom: '2002-01-01', validTo: '2002-12-31' },
      { code: 'C', name: 'C', type: 'province', level: 'province', validFrom: '2005-01-01', validTo: '2005-12-31' },
    ]);
    const codes = ['A', 'B', 'C', 'C'];
    expect(unitsOfCodes(eras, codes, '2003-06-01')).toEqual([undefined, undefined, undefined, undefined]);
    expect(unitsOfCodes(eras, codes, '2005-06-01').map((unit) => unit?.code)).toEqual([undefined, undefined, 'C', 'C']);
    const unitOn = unitLookupAt(eras, '2003-06-01');
    expect(codes.map((code) => unitOn(code))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('find nothing in a hierarchy of no units, in either form', () => {
    const empty = buildHierarchy([]);
    expect(unitsOfCodes(empty, ['A', 'B'], '2024-01-01')).toEqual([undefined, undefined]);
    expect(unitLookupAt(empty, '2024-01-01')('A')).toBeUndefined();
  });
});
