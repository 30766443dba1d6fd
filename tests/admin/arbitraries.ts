/*
 * Random valid hierarchies for property tests: two eras (until 2019 and from 2020), each a random
 * forest over four levels whose children's validity lies within their parents'. The eras reuse the
 * same codes with other parents, levels and names, as Vietnam's 2025 reform reused commune codes.
 */
import fc from 'fast-check';
import type { AdminUnitInput } from '../../src/index.js';

export const testLevels = ['l0', 'l1', 'l2', 'l3'] as const;

interface Draft {
  readonly root: boolean;
  readonly parentPick: number;
  readonly skipLevel: boolean;
  readonly start: number;
  readonly length: number;
}

const draft: fc.Arbitrary<Draft> = fc.record({
  root: fc.boolean(),
  parentPick: fc.nat(1000),
  skipLevel: fc.boolean(),
  start: fc.nat(30),
  length: fc.nat(30),
});

interface Placed {
  readonly code: string;
  readonly rank: number;
  readonly from: number;
  readonly to: number;
}

/** Years: the era's first year may stand for an open start and its last for an open end. */
function era(drafts: readonly Draft[], first: number, last: number, openStart: boolean, openEnd: boolean, tag: string): AdminUnitInput[] {
  const placed: Placed[] = [];
  const units: AdminUnitInput[] = [];
  drafts.forEach((item, i) => {
    const candidates = placed.filter((unit) => unit.rank < testLevels.length - 1);
    const parent = item.root || candidates.length === 0 ? undefined : candidates[item.parentPick % candidates.length];
    const rank =
      parent === undefined
        ? item.skipLevel
          ? 1
          : 0
        : Math.min(testLevels.length - 1, parent.rank + 1 + (item.skipLevel ? 1 : 0));
    const lower = parent?.from ?? first;
    const upper = parent?.to ?? last;
    const from = lower + (item.start % (upper - lower + 1));
    const to = from + (item.length % (upper - from + 1));
    const code = `c${String(i)}`;
    placed.push({ code, rank, from, to });
    units.push({
      code,
      name: `${tag} ${String(i)}`,
      type: `t${String(rank)}`,
      level: testLevels[rank] ?? 'l3',
      ...(parent === undefined ? {} : { parent: parent.code }),
      ...(from === first && openStart ? {} : { validFrom: `${String(from)}-01-01` }),
      ...(to === last && openEnd ? {} : { validTo: `${String(to)}-12-31` }),
    });
  });
  return units;
}

/** A random valid list of unit versions over two eras. */
export const hierarchyUnits: fc.Arbitrary<AdminUnitInput[]> = fc
  .tuple(fc.array(draft, { minLength: 1, maxLength: 25 }), fc.array(draft, { maxLength: 25 }))
  .map(([before, after]) => [
    ...era(before, 2000, 2019, true, false, 'A'),
    ...era(after, 2020, 2030, false, true, 'B'),
  ]);

/** A day to ask about: the start of a year between 1999 and 2031. */
export const askDate: fc.Arbitrary<string> = fc.integer({ min: 1999, max: 2031 }).map((year) => `${String(year)}-06-15`);
