import * as z from 'zod/mini';
import { PlanningError, deepFreeze, parseWithSchema, quoteText } from '../numeric/index.js';
import { moneyKinds, quantityKindSchema } from './kind.js';

const nonEmptyText = z.string().check(z.trim(), z.minLength(1, { error: 'expected a non-empty text' }));

/**
 * The zod schema of a unit's names in Vietnamese and English, as written after a number in a report.
 *
 * @example
 * // Names of the household unit:
 * z.parse(unitLabelsSchema, { vi: 'hộ', en: 'households' }).vi;
 * //=> 'hộ'
 */
export const unitLabelsSchema = z.readonly(
  z.object({
    /** The Vietnamese name as printed after a number (`'đồng'`, `'người'`, `'tấn'`). */
    vi: nonEmptyText,
    /** The English name as printed after a number (`'VND'`, `'persons'`, `'tonnes'`). */
    en: nonEmptyText,
  }),
);

/**
 * Names of a unit in Vietnamese and English: `{ vi: 'hộ', en: 'households' }`.
 *
 * @example
 * // The names of the tonne:
 * const labels: UnitLabels = units.tonnes.labels;
 * [labels.vi, labels.en];
 * //=> ['tấn', 'tonnes']
 */
export type UnitLabels = z.output<typeof unitLabelsSchema>;

/**
 * The zod schema of a {@link UnitOfMeasure}. Besides the field types it checks that only money kinds
 * carry a currency code and that a unit of kind `rate-per-population`, and only such a unit, carries
 * a population base.
 *
 * @example
 * // Check a unit read from JSON:
 * z.safeParse(unitOfMeasureSchema, { code: 'THB', kind: 'money', labels: { vi: 'baht', en: 'THB' }, currency: 'THB' }).success;
 * //=> true
 */
export const unitOfMeasureSchema = z.readonly(
  z
    .object({
      /**
       * The unit's identity, unique in a registry: letters, digits, `_`, `-` or `.`, starting with a
       * letter (`'VND'`, `'per10000People'`). Two units are the same unit when their codes and kinds are equal.
       */
      code: z.string().check(
        z.regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, {
          error: 'expected a unit code of letters, digits, "_", "-" or ".", starting with a letter, such as "VND"',
        }),
      ),
      /** What the unit measures; values of different kinds are never converted or compared. */
      kind: quantityKindSchema,
      /** The names printed after a number, in Vietnamese and English. */
      labels: unitLabelsSchema,
      /** A short symbol where one is usual (`'₫'`, `'%'`, `'‰'`, `'t'`); absent otherwise. */
      symbol: z.optional(nonEmptyText),
      /** The ISO 4217 code of the currency (`'VND'`, `'USD'`), for money kinds only. */
      currency: z.optional(
        z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code of three capital letters, such as "VND"' })),
      ),
      /**
       * For a rate per population, the number of people the rate is counted per: 10000 for
       * "per 10,000 people" (vạn dân), 100000 for "per 100,000 people".
       */
      populationBase: z.optional(z.int().check(z.positive({ error: 'expected a positive whole number of people, such as 10000' }))),
    })
    .check(
      z.superRefine((unit, context) => {
        if (unit.currency !== undefined && !moneyKinds.includes(unit.kind)) {
          context.addIssue({
            code: 'custom',
            path: ['currency'],
            input: unit.currency,
            message: `only units of the money kinds (${moneyKinds.join(', ')}) carry a currency; this unit is of kind ${unit.kind}`,
          });
        }
        if (unit.kind === 'rate-per-population' && unit.populationBase === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['populationBase'],
            input: unit,
            message: 'a unit of kind rate-per-population needs populationBase, the number of people per which it counts (such as 10000)',
          });
        }
        if (unit.kind !== 'rate-per-population' && unit.populationBase !== undefined) {
          context.addIssue({
            code: 'custom',
            path: ['populationBase'],
            input: unit.populationBase,
            message: `only units of kind rate-per-population carry a populationBase; this unit is of kind ${unit.kind}`,
          });
        }
      }),
    ),
);

/**
 * A unit of measure: what a number counts and how to name it. The type is the output of
 * {@link unitOfMeasureSchema}; define units of your own (other currencies, other counted things)
 * with {@link defineUnit}.
 *
 * @example
 * // The unit of a household count:
 * const unit: UnitOfMeasure = units.households;
 * [unit.code, unit.kind, unit.labels.vi];
 * //=> ['households', 'households', 'hộ']
 */
export type UnitOfMeasure = z.output<typeof unitOfMeasureSchema>;

/**
 * What {@link defineUnit} and {@link unitOfMeasureSchema} accept: a unit as written in JSON or code.
 *
 * @example
 * // A unit for Lao kip, written by hand:
 * const kip: UnitOfMeasureInput = { code: 'LAK', kind: 'money', labels: { vi: 'kíp', en: 'LAK' }, currency: 'LAK' };
 * defineUnit(kip).currency;
 * //=> 'LAK'
 */
export type UnitOfMeasureInput = z.input<typeof unitOfMeasureSchema>;

/**
 * Validates a unit of your own and returns it frozen, ready to use with the functions of this
 * module. Use it for units the built-in {@link units} do not cover: another country's currency,
 * another counted thing, another population base.
 *
 * @param input - the unit: code, kind, labels and, where they apply, symbol, currency, populationBase
 * @returns the validated unit, deeply frozen
 * @throws {@link PlanningError} `invalid-input` listing every problem with its path (a bad code, an
 * unknown kind, a missing label, a currency on a non-money unit, a rate without its population base)
 *
 * @example
 * // Doctors per 1,000 people, a base the built-in units do not have:
 * const per1000 = defineUnit({
 *   code: 'per1000People',
 *   kind: 'rate-per-population',
 *   labels: { vi: '/nghìn dân', en: 'per 1,000 people' },
 *   populationBase: 1000,
 * });
 * per1000.populationBase;
 * //=> 1000
 *
 * @example
 * // A currency on a count is refused:
 * defineUnit({ code: 'farms', kind: 'count', labels: { vi: 'trang trại', en: 'farms' }, currency: 'VND' });
 * // throws PlanningError: invalid unit of measure: 1 problem
 * // - currency: only units of the money kinds (money, money-per-person, money-per-area) carry a currency; ...
 */
export function defineUnit(input: UnitOfMeasureInput): UnitOfMeasure {
  return parseWithSchema(unitOfMeasureSchema, input, 'unit of measure');
}

/**
 * A set of units looked up by code, such as the built-in {@link units} or your own extension of it
 * (`{ ...units, THB: defineUnit(...) }`).
 *
 * @example
 * // A registry with one more currency:
 * const registry: UnitRegistry = { ...units, THB: defineUnit({ code: 'THB', kind: 'money', labels: { vi: 'baht', en: 'THB' }, currency: 'THB' }) };
 * getUnit('THB', registry).kind;
 * //=> 'money'
 */
export type UnitRegistry = Readonly<Record<string, UnitOfMeasure>>;

/**
 * The built-in units, by code: what Vietnamese socio-economic plans and statistical reports measure
 * in (domain notes: GSO yearbook units; district plan indicator sets).
 */
export interface BuiltInUnits extends UnitRegistry {
  /** Vietnamese đồng: labels `'đồng'` / `'VND'`, symbol `₫`, currency VND. Reports write it scaled: triệu đồng, tỷ đồng. */
  readonly VND: UnitOfMeasure;
  /** US dollar: labels `'USD'` / `'USD'`, symbol `$`, currency USD (export values: triệu USD). */
  readonly USD: UnitOfMeasure;
  /** Đồng per person per year (`'đồng/người/năm'`), the unit of per-capita income, usually scaled to triệu đồng/người/năm. */
  readonly VNDPerPersonPerYear: UnitOfMeasure;
  /** Đồng per hectare (`'đồng/ha'`), the unit of output value per hectare of cropland, usually triệu đồng/ha. */
  readonly VNDPerHectare: UnitOfMeasure;
  /** Percent (`'%'`): a share or rate out of 100. */
  readonly percent: UnitOfMeasure;
  /** Per mille (`'‰'`): a rate out of 1,000, as birth rates. */
  readonly perMille: UnitOfMeasure;
  /** Percentage points (`'điểm phần trăm'` / `'percentage points'`, symbol `pp`): the difference of two percentages. */
  readonly percentagePoints: UnitOfMeasure;
  /** Per 10,000 people (`'/vạn dân'`; 1 vạn = 10,000), as hospital beds or doctors per 10,000 people. */
  readonly per10000People: UnitOfMeasure;
  /** Per 100,000 people (`'/100.000 dân'`), as incidence and mortality rates. */
  readonly per100000People: UnitOfMeasure;
  /** Index points (`'điểm'` / `'index points'`): an index number such as a development index with base = 100. */
  readonly indexPoints: UnitOfMeasure;
  /** Persons (`'người'` / `'persons'`): workers placed in jobs, population. */
  readonly persons: UnitOfMeasure;
  /** Households (`'hộ'` / `'households'`): poor households, households with a cultural title. */
  readonly households: UnitOfMeasure;
  /** A generic count (`'đơn vị'` / `'units'`) for things with no unit of their own. */
  readonly count: UnitOfMeasure;
  /** Communes (`'xã'` / `'communes'`), as communes meeting the new-rural standard. */
  readonly communes: UnitOfMeasure;
  /** Villages (`'thôn'` / `'villages'`), as villages meeting the new-rural standard. */
  readonly villages: UnitOfMeasure;
  /** Products (`'sản phẩm'` / `'products'`), as OCOP products. */
  readonly products: UnitOfMeasure;
  /** Kilometres (`'km'`), as roads built or hard-surfaced. */
  readonly km: UnitOfMeasure;
  /** Hectares (`'ha'`), as planted forest or cropland. */
  readonly ha: UnitOfMeasure;
  /** Tonnes (`'tấn'` / `'tonnes'`, symbol `t`), as cereal output. */
  readonly tonnes: UnitOfMeasure;
  /** Quintals (`'tạ'` / `'quintals'`, symbol `q`; 1 tạ = 100 kg). */
  readonly quintals: UnitOfMeasure;
  /** Quintals per hectare (`'tạ/ha'`), the unit of crop yield. */
  readonly quintalsPerHectare: UnitOfMeasure;
}

const builtInUnits: BuiltInUnits = {
  VND: { code: 'VND', kind: 'money', labels: { vi: 'đồng', en: 'VND' }, symbol: '₫', currency: 'VND' },
  USD: { code: 'USD', kind: 'money', labels: { vi: 'USD', en: 'USD' }, symbol: '$', currency: 'USD' },
  VNDPerPersonPerYear: {
    code: 'VNDPerPersonPerYear',
    kind: 'money-per-person',
    labels: { vi: 'đồng/người/năm', en: 'VND per person per year' },
    currency: 'VND',
  },
  VNDPerHectare: {
    code: 'VNDPerHectare',
    kind: 'money-per-area',
    labels: { vi: 'đồng/ha', en: 'VND per hectare' },
    currency: 'VND',
  },
  percent: { code: 'percent', kind: 'percent', labels: { vi: '%', en: '%' }, symbol: '%' },
  perMille: { code: 'perMille', kind: 'per-mille', labels: { vi: '‰', en: '‰' }, symbol: '‰' },
  percentagePoints: {
    code: 'percentagePoints',
    kind: 'percentage-points',
    labels: { vi: 'điểm phần trăm', en: 'percentage points' },
    symbol: 'pp',
  },
  per10000People: {
    code: 'per10000People',
    kind: 'rate-per-population',
    labels: { vi: '/vạn dân', en: 'per 10,000 people' },
    populationBase: 10_000,
  },
  per100000People: {
    code: 'per100000People',
    kind: 'rate-per-population',
    labels: { vi: '/100.000 dân', en: 'per 100,000 people' },
    populationBase: 100_000,
  },
  indexPoints: { code: 'indexPoints', kind: 'index', labels: { vi: 'điểm', en: 'index points' } },
  persons: { code: 'persons', kind: 'persons', labels: { vi: 'người', en: 'persons' } },
  households: { code: 'households', kind: 'households', labels: { vi: 'hộ', en: 'households' } },
  count: { code: 'count', kind: 'count', labels: { vi: 'đơn vị', en: 'units' } },
  communes: { code: 'communes', kind: 'count', labels: { vi: 'xã', en: 'communes' } },
  villages: { code: 'villages', kind: 'count', labels: { vi: 'thôn', en: 'villages' } },
  products: { code: 'products', kind: 'count', labels: { vi: 'sản phẩm', en: 'products' } },
  km: { code: 'km', kind: 'length', labels: { vi: 'km', en: 'km' }, symbol: 'km' },
  ha: { code: 'ha', kind: 'area', labels: { vi: 'ha', en: 'ha' }, symbol: 'ha' },
  tonnes: { code: 'tonnes', kind: 'mass', labels: { vi: 'tấn', en: 'tonnes' }, symbol: 't' },
  quintals: { code: 'quintals', kind: 'mass', labels: { vi: 'tạ', en: 'quintals' }, symbol: 'q' },
  quintalsPerHectare: {
    code: 'quintalsPerHectare',
    kind: 'yield',
    labels: { vi: 'tạ/ha', en: 'quintals per hectare' },
    symbol: 'q/ha',
  },
};

/**
 * The built-in units, by code (`units.VND`, `units.percent`, `units.per10000People`...). Each entry's
 * key is its code. The registry and its units are frozen; extend it with your own units by spreading
 * it into a new object.
 *
 * @example
 * // The unit of the 2024 investment target of Như Xuân (1.000 tỷ đồng):
 * [units.VND.labels.vi, units.VND.currency];
 * //=> ['đồng', 'VND']
 */
export const units: BuiltInUnits = deepFreeze(builtInUnits);

/**
 * Looks up a unit by its code, in the built-in {@link units} or in a registry of your own.
 *
 * @param code - the unit's code, such as `'VND'` or `'per10000People'` (case matters)
 * @param registry - where to look; the built-in units unless given
 * @returns the unit with that code
 * @throws {@link PlanningError} `not-found` if the registry has no unit with that code; the message
 * lists the known codes
 *
 * @example
 * // Find the unit of a household count:
 * getUnit('households').labels.vi;
 * //=> 'hộ'
 *
 * @example
 * // An unknown code names the codes that exist:
 * getUnit('vnd');
 * // throws PlanningError: unknown unit code "vnd"; known codes: VND, USD, VNDPerPersonPerYear, ...
 */
export function getUnit(code: string, registry: UnitRegistry = units): UnitOfMeasure {
  const unit = Object.hasOwn(registry, code) ? registry[code] : undefined;
  if (unit === undefined) {
    throw new PlanningError(
      'not-found',
      `unknown unit code ${quoteText(code)}; known codes: ${Object.keys(registry).join(', ')}`,
    );
  }
  return unit;
}
