import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdminUnitInput,
  type ObservationInput,
  type SuccessionInput,
  aggregateOverTime,
  aggregateOverUnits,
  buildDataset,
  buildHierarchy,
  parseObservations,
  restateValues,
  rollUp,
  toDecimal,
} from '../../src/index.js';
import { catalog } from './helpers.js';

// Values with up to two decimals, as reports give them, written as exact decimal strings.
const amount = fc.integer({ min: -1_000_000, max: 10_000_000 }).map((cents) => toDecimal(cents).div(100).toString());

const unitValues = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[0-9]{5}$/), amount), {
  minLength: 1,
  maxLength: 30,
  selector: ([code]) => code,
});

function dataset(rows: readonly ObservationInput[]) {
  return buildDataset(parseObservations(rows));
}

function revenue(area: string, period: string, value: string): ObservationInput {
  return { indicator: 'REVENUE', area, period, value, status: 'official' };
}

describe('laws of the roll-up', () => {
  it('a sum over units does not depend on the order the units are listed in', () => {
    fc.assert(
      fc.property(
        unitValues.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          const data = dataset(rows.map(([code, value]) => revenue(code, '2024', value)));
          const sum = (order: readonly (readonly [string, string])[]) =>
            aggregateOverUnits(catalog, data, { indicator: 'REVENUE', units: order.map(([code]) => code), period: '2024' }).value;
          expect(sum(shuffled)?.toString()).toBe(sum(rows)?.toString());
        },
      ),
    );
  });

  it('a sum over units equals the sum of the values given', () => {
    fc.assert(
      fc.property(unitValues, (rows) => {
        const data = dataset(rows.map(([code, value]) => revenue(code, '2024', value)));
        const result = aggregateOverUnits(catalog, data, { indicator: 'REVENUE', units: rows.map(([code]) => code), period: '2024' });
        const expected = rows.reduce((total, [, value]) => total.plus(value), toDecimal(0));
        expect(result.value?.eq(expected)).toBe(true);
      }),
    );
  });

  it('a year summed from its quarters equals the year summed from its months', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 12, maxLength: 12 }), (months) => {
        const monthly = months.map((value, index) => revenue('A', `2024-M${String(index + 1).padStart(2, '0')}`, value));
        const quarterly = [0, 1, 2, 3].map((quarter) =>
          revenue(
            'A',
            `2024-Q${String(quarter + 1)}`,
            months
              .slice(quarter * 3, quarter * 3 + 3)
              .reduce((total, value) => total.plus(value), toDecimal(0))
              .toString(),
          ),
        );
        const data = dataset([...monthly, ...quarterly]);
        const byQuarter = aggregateOverTime(catalog, data, { indicator: 'REVENUE', area: 'A', period: '2024', subType: 'quarter' });
        const byMonth = aggregateOverTime(catalog, data, { indicator: 'REVENUE', area: 'A', period: '2024', subType: 'month' });
        expect(byQuarter.value).not.toBeNull();
        expect(byQuarter.value?.toString()).toBe(byMonth.value?.toString());
      }),
    );
  });

  it('an aggregate with a value for every expected unit has share 1 and nothing missing', () => {
    fc.assert(
      fc.property(unitValues, fc.constantFrom('sum', 'average', 'min', 'max', 'count'), (rows, rule) => {
        const data = dataset(rows.map(([code, value]) => revenue(code, '2024', value)));
        const { completeness } = aggregateOverUnits(catalog, data, { indicator: 'REVENUE', units: rows.map(([code]) => code), period: '2024', rule });
        expect([completeness.share.toString(), completeness.missing, completeness.found]).toEqual(['1', [], rows.length]);
      }),
    );
  });

  it('found plus missing is always the number expected, and the share is found over expected', () => {
    fc.assert(
      fc.property(unitValues, fc.uniqueArray(fc.stringMatching(/^[0-9]{5}$/), { maxLength: 10 }), (rows, extra) => {
        const data = dataset(rows.map(([code, value]) => revenue(code, '2024', value)));
        const known = new Set(rows.map(([code]) => code));
        const units = [...rows.map(([code]) => code), ...extra.filter((code) => !known.has(code))];
        const { completeness } = aggregateOverUnits(catalog, data, { indicator: 'REVENUE', units, period: '2024' });
        expect(completeness.found + completeness.missing.length).toBe(completeness.expected);
        expect(completeness.share.eq(toDecimal(completeness.found).div(completeness.expected))).toBe(true);
      }),
    );
  });
});

describe('laws of restatement and roll-up', () => {
  // Old communes valid until 2024-12-31 under random districts; on 2025-01-01 each goes whole into
  // one of five new communes (a merge) or is divided among two or three of them with weights in
  // hundredths summing to 1 (a split). The new communes stand under random districts too.
  const reform = fc.record({
    districts: fc.integer({ min: 1, max: 3 }),
    newDistricts: fc.array(fc.nat(2), { minLength: 5, maxLength: 5 }),
    olds: fc.array(
      fc.record({
        district: fc.nat(2),
        revenue: fc.integer({ min: -1_000_000, max: 10_000_000 }),
        poor: fc.nat(2000),
        households: fc.integer({ min: 1, max: 20000 }),
        targets: fc.uniqueArray(fc.nat(4), { minLength: 1, maxLength: 3 }),
        first: fc.integer({ min: 1, max: 98 }),
        second: fc.integer({ min: 1, max: 98 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  });

  type Reform = typeof reform extends fc.Arbitrary<infer T> ? T : never;

  function scenario({ districts, newDistricts, olds }: Reform) {
    const units: AdminUnitInput[] = [{ code: 'P', name: 'P', type: 'province', level: 'province' }];
    for (let d = 0; d < districts; d += 1) units.push({ code: `D${String(d)}`, name: `D${String(d)}`, type: 'rural-district', level: 'district', parent: 'P' });
    const successions: SuccessionInput[] = [];
    const whole = new Map<number, string[]>();
    olds.forEach((old, i) => {
      const code = `O${String(i)}`;
      units.push({ code, name: code, type: 'commune', level: 'commune', parent: `D${String(old.district % districts)}`, validTo: '2024-12-31' });
      const [only] = old.targets;
      if (old.targets.length === 1 && only !== undefined) {
        whole.set(only, [...(whole.get(only) ?? []), code]);
        return;
      }
      const first = Math.min(old.first, 99 - old.targets.length);
      const second = Math.min(old.second, 99 - first);
      const percents = old.targets.length === 2 ? [first, 100 - first] : [first, second, 100 - first - second];
      successions.push({
        kind: 'split',
        date: '2025-01-01',
        from: code,
        legalBasis: 'law',
        to: old.targets.map((target, t) => ({ code: `N${String(target)}`, weight: `${String(percents[t])}e-2` })),
      });
    });
    for (const [target, from] of whole) successions.push({ kind: 'merge', date: '2025-01-01', from, to: `N${String(target)}`, legalBasis: 'law' });
    newDistricts.forEach((district, target) =>
      units.push({ code: `N${String(target)}`, name: `N${String(target)}`, type: 'commune', level: 'commune', parent: `D${String(district % districts)}`, validFrom: '2025-01-01' }),
    );
    return buildHierarchy(units, { successions });
  }

  const rolled = (hierarchy: ReturnType<typeof scenario>, rows: readonly ObservationInput[], indicator: string, date: string) =>
    rollUp(catalog, dataset(rows), { indicator, hierarchy, root: 'P', leafLevel: 'commune', period: '2024', date }).root;

  it('keeps the province’s total of a sum when the communes’ values are restated onto their successors', () => {
    fc.assert(
      fc.property(reform, (drawn) => {
        const hierarchy = scenario(drawn);
        const values = Object.fromEntries(drawn.olds.map((old, i) => [`O${String(i)}`, toDecimal(old.revenue).div(100).toString()]));
        const before = rolled(hierarchy, Object.entries(values).map(([area, value]) => revenue(area, '2024', value)), 'REVENUE', '2024-12-31');
        const restated = restateValues(hierarchy, { rule: 'sum', from: '2024-12-31', to: '2025-01-01', values });
        const after = rolled(hierarchy, restated.map((row) => revenue(row.code, '2024', row.value.toString())), 'REVENUE', '2025-01-01');
        const given = drawn.olds.reduce((total, old) => total.plus(toDecimal(old.revenue).div(100)), toDecimal(0));
        expect(before.value?.eq(given)).toBe(true);
        expect(after.value?.eq(given)).toBe(true);
      }));
  });

  it('keeps the province’s rate when numerators and denominators are restated and rolled up as a ratio of sums', () => {
    fc.assert(
      fc.property(reform, (drawn) => {
        const hierarchy = scenario(drawn);
        const parts = Object.fromEntries(drawn.olds.map((old, i) => [`O${String(i)}`, { numerator: old.poor, denominator: old.households }]));
        const rate = (area: string, numerator: string, denominator: string): ObservationInput => ({
          indicator: 'POVERTY', area, period: '2024', value: toDecimal(numerator).div(denominator).times(100).toString(), numerator, denominator, status: 'official',
        });
        const before = rolled(hierarchy, Object.entries(parts).map(([area, part]) => rate(area, String(part.numerator), String(part.denominator))), 'POVERTY', '2024-12-31');
        const restated = restateValues(hierarchy, { rule: 'ratio', from: '2024-12-31', to: '2025-01-01', values: parts });
        const after = rolled(
          hierarchy,
          restated.map((row) => rate(row.code, row.numerator?.toString() ?? '0', row.denominator?.toString() ?? '1')),
          'POVERTY',
          '2025-01-01',
        );
        expect([after.numerator?.eq(before.numerator ?? -1), after.denominator?.eq(before.denominator ?? -1)]).toEqual([true, true]);
        expect(after.value?.eq(before.value ?? -1)).toBe(true);
      }));
  });
});
