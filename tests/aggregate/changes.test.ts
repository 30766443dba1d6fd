import { describe, expect, it } from 'vitest';
import { type AdminUnitInput, aggregateOverUnits, buildHierarchy, childrenOf, countUnitsMeeting, toDecimal } from '../../src/index.js';
import { nhuXuanHierarchy } from '../../src/datasets/nhu-xuan/index.js';
import { catalog, data } from './helpers.js';

// District D of province P: A and C all year; B until 30 June 2024, when it merged into A.
const units: AdminUnitInput[] = [
  { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
  { code: 'D', name: 'Huyện D', type: 'rural-district', level: 'district', parent: 'P' },
  { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D' },
  { code: 'B', name: 'Xã B', type: 'commune', level: 'commune', parent: 'D', validTo: '2024-06-30' },
  { code: 'C', name: 'Xã C', type: 'commune', level: 'commune', parent: 'D' },
];
const hierarchy = buildHierarchy(units, {
  successions: [{ kind: 'merge', date: '2024-07-01', from: ['B'], to: 'A', legalBasis: 'Resolution 1/2024' }],
});

describe('aggregateOverUnits: units that close during the period', () => {
  it('counts the 2024 value of a commune that closed on 30 June in the district’s 2024 sum, and says so', () => {
    const dataset = data(
      { indicator: 'REVENUE', area: 'A', value: 10 },
      { indicator: 'REVENUE', area: 'B', value: 5 },
      { indicator: 'REVENUE', area: 'C', value: 7 },
    );
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'REVENUE', units: { hierarchy, parent: 'D' }, period: '2024' });
    expect(result.value?.toString()).toBe('22');
    expect([result.completeness.found, result.completeness.expected]).toEqual([3, 3]);
    expect(result.completeness.changes).toEqual([
      { code: 'B', name: 'Xã B', from: '2024-01-01', to: '2024-06-30', opened: false, closed: true, predecessors: [], successors: ['A'], counted: true },
    ]);
    expect(result.notes).toEqual([
      'B (Xã B) stood below D only from 2024-01-01 to 2024-06-30 (then A (Xã A)); REVENUE adds up over time, so its value of 2024 counts for the part of the period it existed',
    ]);
  });
});

// District D of province P in 2024: A and C all year; B until 30 June (merged into A); E from
// 1 October, split off C (three tenths of it).
const changing = buildHierarchy(
  [
    ...units,
    { code: 'E', name: 'Xã E', type: 'commune', level: 'commune', parent: 'D', validFrom: '2024-10-01' },
  ],
  {
    successions: [
      { kind: 'merge', date: '2024-07-01', from: ['B'], to: 'A', legalBasis: 'Resolution 1/2024' },
      { kind: 'split', date: '2024-10-01', from: 'C', to: [{ code: 'C', weight: '0.7' }, { code: 'E', weight: '0.3' }], legalBasis: 'Resolution 2/2024' },
    ],
  },
);
const district = { hierarchy: changing, parent: 'D' } as const;

describe('aggregateOverUnits: the rule of each indicator for units that closed or opened', () => {
  const values = data(
    ...(['A', 'B', 'C', 'E'] as const).flatMap((area, index) => [
      { indicator: 'REVENUE', area, value: [10, 5, 7, 2][index] ?? 0 },
      { indicator: 'POP', area, value: [1000, 400, 700, 300][index] ?? 0 },
      { indicator: 'POOR', area, value: [50, 30, 70, 15][index] ?? 0 },
      { indicator: 'HH', area, value: [250, 100, 200, 100][index] ?? 0 },
    ]),
  );

  it('adds a flow of every unit that stood below the district during the year, closed and opened alike', () => {
    const result = aggregateOverUnits(catalog, values, { indicator: 'REVENUE', units: district, period: '2024' });
    expect(result.value?.toString()).toBe('24');
    expect(result.completeness.expected).toBe(4);
    expect(result.completeness.changes.map((change) => [change.code, change.closed, change.opened, change.predecessors, change.successors, change.counted])).toEqual([
      ['B', true, false, [], ['A'], true],
      ['E', false, true, ['C'], [], true],
    ]);
    expect(result.notes[1]).toBe(
      'E (Xã E) stood below D only from 2024-10-01 to 2024-12-31 (formed from C (Xã C)); REVENUE adds up over time, so its value of 2024 counts for the part of the period it existed',
    );
  });

  it('takes a stock at the end of the year: the closed commune is not added again beside the successor that holds it', () => {
    const result = aggregateOverUnits(catalog, values, { indicator: 'POP', units: district, period: '2024' });
    expect(result.value?.toString()).toBe('2000');
    expect(result.completeness.expected).toBe(3);
    expect(result.parts.map((part) => part.area)).toEqual(['A', 'C', 'E']);
    expect(result.completeness.changes.map((change) => [change.code, change.counted])).toEqual([
      ['B', false],
      ['E', true],
    ]);
    expect(result.notes).toEqual([
      'E (Xã E) stood below D only from 2024-10-01 to 2024-12-31 (formed from C (Xã C)); POP is a level taken on 2024-12-31, when it stands there, so its value counts',
      'B (Xã B) stood below D only from 2024-01-01 to 2024-06-30 (then A (Xã A)); POP is a level taken on 2024-12-31, when it no longer stood there, so its own value is not added (its successors hold what it had); its value of 2024 was 400',
    ]);
  });

  it('takes a rate of two stocks at the end of the year too, as a ratio of the units there', () => {
    const result = aggregateOverUnits(catalog, values, { indicator: 'POVERTY', units: district, period: '2024' });
    expect([result.numerator?.toString(), result.denominator?.toString(), result.value?.toString()]).toEqual(['135', '550', toDecimal(135).div(550).times(100).toString()]);
    expect(result.completeness.changes.find((change) => change.code === 'B')?.counted).toBe(false);
  });

  it('takes the level on the parent’s last day when the parent closes during the period', () => {
    const population = data(
      ...childrenOf(nhuXuanHierarchy, '402', '2025-06-30').map((unit) => ({ indicator: 'POP', area: unit.code, period: '2025', value: 1000 })),
    );
    const result = aggregateOverUnits(catalog, population, { indicator: 'POP', units: { hierarchy: nhuXuanHierarchy, parent: '402' }, period: '2025' });
    expect([result.value?.toString(), result.completeness.share.toString(), result.completeness.changes]).toEqual(['16000', '1', []]);
    expect(result.notes[0]).toBe(
      '402 stood only from 2025-01-01 to 2025-06-30 in 2025, so its units are those below it on those days and POP, a level, is taken on 2025-06-30',
    );
    // Codes reused by the new communes cannot be told apart in data kept by code: the roll-up says so.
    expect(result.notes.filter((note) => note.startsWith('code '))).toHaveLength(6);
  });

  it('keeps the units of one day, with no changes, when a date is given', () => {
    const result = aggregateOverUnits(catalog, values, { indicator: 'REVENUE', units: { ...district, date: '2024-12-31' }, period: '2024' });
    expect([result.value?.toString(), result.completeness.changes, result.notes]).toEqual(['19', [], []]);
  });

  it('counts units meeting a condition over the same units, listing the changes', () => {
    const result = countUnitsMeeting(catalog, values, { indicator: 'POP', units: district, period: '2024', condition: { comparator: 'at-least', value: 400 } });
    expect([result.value?.toString(), result.meeting]).toEqual(['2', ['A', 'C']]);
    expect(result.completeness.changes.map((change) => [change.code, change.counted])).toEqual([
      ['B', false],
      ['E', true],
    ]);
  });
});
