import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHierarchy, childrenDuring, childrenOf, descendantsDuring, descendantsOf, unitsAt } from '../../src/index.js';
import { hierarchyUnits, testLevels } from './arbitraries.js';
import { nhuXuanHierarchy as hierarchy } from '../../src/datasets/nhu-xuan/index.js';
import { thrown } from './helpers.js';

const shown = (spans: readonly { readonly unit: { readonly code: string }; readonly from: string; readonly to: string }[]) =>
  spans.map((span) => `${span.unit.code} ${span.from}..${span.to}`);

describe('childrenDuring and descendantsDuring', () => {
  it('gives the children valid on every day of a window, unchanged from childrenOf', () => {
    const spans = childrenDuring(hierarchy, '402', '2024-01-01', '2024-12-31');
    expect(spans).toHaveLength(16);
    expect(spans.every((span) => span.from === '2024-01-01' && span.to === '2024-12-31')).toBe(true);
  });

  it('keeps the children that stood below the unit for part of the window, with their days', () => {
    const spans = childrenDuring(hierarchy, '402', '2025-01-01', '2025-12-31', { type: 'township' });
    expect(shown(spans)).toEqual(['16174 2025-01-01..2025-06-30']);
  });

  it('follows a reused code on both sides of a reform: Yên Cát to 30 June, then the commune Như Xuân', () => {
    const spans = descendantsDuring(hierarchy, '38', '2025-01-01', '2025-12-31', { level: 'commune' }).filter((span) => span.unit.code === '16174');
    expect(spans.map((span) => `${span.unit.name} ${span.from}..${span.to}`)).toEqual(['Yên Cát 2025-01-01..2025-06-30', 'Như Xuân 2025-07-01..2025-12-31']);
  });

  it('limits a descendant’s days to those on which its ancestors were below the unit', () => {
    const units = [
      { code: 'P', name: 'P', type: 'province', level: 'province' },
      { code: 'D1', name: 'D1', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'D2', name: 'D2', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'C', name: 'C', type: 'commune', level: 'commune', parent: 'D1', validTo: '2024-03-31' },
      { code: 'C', name: 'C', type: 'commune', level: 'commune', parent: 'D2', validFrom: '2024-04-01' },
    ];
    const moved = buildHierarchy(units, {
      successions: [{ kind: 'change-parent', date: '2024-04-01', code: 'C', legalBasis: 'law' }],
    });
    expect(shown(descendantsDuring(moved, 'D1', '2024-01-01', '2024-12-31'))).toEqual(['C 2024-01-01..2024-03-31']);
    expect(shown(descendantsDuring(moved, 'D2', '2024-01-01', '2024-12-31'))).toEqual(['C 2024-04-01..2024-12-31']);
    expect(shown(descendantsDuring(moved, 'P', '2024-01-01', '2024-12-31', { level: 'commune' }))).toEqual([
      'C 2024-01-01..2024-03-31',
      'C 2024-04-01..2024-12-31',
    ]);
  });

  it('refuses a code that names no unit in the window, and a window that runs backwards', () => {
    const unknown = thrown(() => childrenDuring(hierarchy, '402', '2026-01-01', '2026-12-31'));
    expect(unknown.code).toBe('not-found');
    expect(unknown.message).toBe('no unit has code 402 on any day from 2026-01-01 to 2026-12-31; the code is valid from (open) to 2025-06-30');
    const backwards = thrown(() => descendantsDuring(hierarchy, '38', '2025-12-31', '2025-01-01'));
    expect(backwards.code).toBe('invalid-argument');
    expect(backwards.message).toBe('to (2025-01-01) is before from (2025-12-31); a window runs forward in time');
    expect(thrown(() => childrenDuring(hierarchy, '38', '2025-13-01', '2025-12-31')).code).toBe('invalid-argument');
  });
});

describe('laws of units over a window', () => {
  // The random hierarchies change only at year boundaries, so the first and last day of each year
  // are every distinct state of the window.
  const window = fc.tuple(fc.integer({ min: 1999, max: 2031 }), fc.nat(6));

  it('holds on each day of the window exactly the units that childrenOf and descendantsOf give that day', () => {
    fc.assert(
      fc.property(hierarchyUnits, window, fc.nat(100), (units, [first, length], pick) => {
        const hierarchy = buildHierarchy(units, { levels: testLevels });
        const from = `${String(first)}-01-01`;
        const to = `${String(first + length)}-12-31`;
        const candidates = unitsAt(hierarchy, from);
        const parent = candidates[pick % Math.max(1, candidates.length)];
        if (parent === undefined) return;
        const children = childrenDuring(hierarchy, parent.code, from, to);
        const descendants = descendantsDuring(hierarchy, parent.code, from, to);
        for (let year = first; year <= first + length; year += 1) {
          for (const day of [`${String(year)}-01-01`, `${String(year)}-12-31`]) {
            const on = (spans: typeof children) => spans.filter((span) => span.from <= day && day <= span.to).map((span) => span.unit);
            const sameUnits = (a: readonly object[], b: readonly object[]) => {
              expect(new Set(a)).toEqual(new Set(b));
            };
            if (unitsAt(hierarchy, day).some((unit) => unit.code === parent.code)) {
              sameUnits(on(children), childrenOf(hierarchy, parent.code, day));
              sameUnits(on(descendants), descendantsOf(hierarchy, parent.code, day));
            }
          }
        }
      }));
  });
});
