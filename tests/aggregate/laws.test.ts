import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ObservationInput, aggregateOverTime, aggregateOverUnits, buildDataset, parseObservations, toDecimal } from '../../src/index.js';
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
