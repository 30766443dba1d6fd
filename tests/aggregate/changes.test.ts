import { describe, expect, it } from 'vitest';
import { type AdminUnitInput, aggregateOverUnits, buildHierarchy } from '../../src/index.js';
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
      'B (Xã B) stood below D only from 2024-01-01 to 2024-06-30 (then A); REVENUE adds up over time, so its value of 2024 counts for the part of the period it existed',
    ]);
  });
});
