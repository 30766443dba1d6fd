import * as z from 'zod/mini';
import { roundingRules, type RoundingRule, quoteText, maxCodeLength } from '../numeric/index.js';
import { type ScaledUnit, getUnit, multiplierFromPower, unitOfMeasureSchema, units } from '../measure/index.js';

/** What {@link codeSchema} and {@link isCode} accept: letters, digits, `_`, `-` and `.`, starting with a letter or digit. */
const codePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Tells whether a value is a code as {@link codeSchema} accepts it, with the schema's own checks
 * (its length and pattern), without a zod parse: for fast first passes over large inputs.
 *
 * @param value - anything
 * @returns true when `codeSchema` accepts the value (and then gives it back unchanged)
 *
 * @example
 * // A code, a code with a space, and a number:
 * [isCode('NTM_COMMUNES'), isCode('NTM COMMUNES'), isCode(42)];
 * //=> [true, false, false]
 */
export function isCode(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxCodeLength && codePattern.test(value);
}

/**
 * The zod schema of a code that identifies an indicator, a target or a plan: letters, digits, `_`,
 * `-` and `.`, starting with a letter or digit (`GO_GROWTH`, `income.per-capita`).
 *
 * @example
 * // Codes are stable identifiers, not labels:
 * z.safeParse(codeSchema, 'NTM_COMMUNES').success;
 * //=> true
 */
export const codeSchema: z.ZodMiniString = z.string().check(
  z.maxLength(maxCodeLength),
  z.regex(codePattern, {
    error: 'expected a code of letters, digits, "_", "-" or ".", such as "GO_GROWTH"',
  }),
);

/**
 * The zod schema of a pair of labels: Vietnamese (required) and English (optional).
 *
 * @example
 * // The label of the urbanisation rate:
 * z.parse(labelsSchema, { vi: 'Tỷ lệ đô thị hóa', en: 'Urbanisation rate' }).vi;
 * //=> 'Tỷ lệ đô thị hóa'
 */
export const labelsSchema = z.object({
  /** The label in Vietnamese, as official documents write it. */
  vi: z.string().check(z.minLength(1)),
  /** The label in English, for partners and international reports. */
  en: z.optional(z.string().check(z.minLength(1))),
});

/**
 * Labels in Vietnamese and, optionally, English.
 *
 * @example
 * // Labels of the per-capita income indicator:
 * const labels: Labels = { vi: 'Thu nhập bình quân đầu người', en: 'Income per person' };
 * labels.en;
 * //=> 'Income per person'
 */
export type Labels = z.output<typeof labelsSchema>;

/**
 * What kind of quantity an indicator measures, which decides how it may be summed and compared:
 *
 * - `flow`: an amount over a period (production value, budget revenue, investment); periods add up.
 * - `stock`: a level at a point in time (population, communes meeting a standard); periods do not add up.
 * - `ratio`: a ratio or percentage with its `ratioFactor` (100 for percent, 1000 per mille); never
 *   averaged, aggregated as Σnumerator/Σdenominator.
 * - `count`: a number of things counted over the period (new enterprises, villages recognised).
 * - `index`: an index in points (a price index, a development index with base 100).
 * - `growth-rate`: a rate of change in percent (production value growth).
 *
 * @example
 * // Urbanisation is a ratio, investment a flow:
 * const kinds: MeasureKind[] = ['ratio', 'flow'];
 * kinds.length;
 * //=> 2
 */
export type MeasureKind = 'flow' | 'stock' | 'ratio' | 'count' | 'index' | 'growth-rate';

/** Every {@link MeasureKind}. */
export const measureKinds: readonly MeasureKind[] = ['flow', 'stock', 'ratio', 'count', 'index', 'growth-rate'];

/**
 * Which direction is good:
 * `higher-is-better` (income), `lower-is-better` (poverty rate, accidents) or `within-range`
 * (a structure share, a population growth rate kept inside bounds).
 *
 * @example
 * // The poverty rate should fall:
 * const polarity: Polarity = 'lower-is-better';
 * polarity;
 * //=> 'lower-is-better'
 */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'within-range';

/** Every {@link Polarity}. */
export const polarities: readonly Polarity[] = ['higher-is-better', 'lower-is-better', 'within-range'];

/**
 * How values of an indicator combine, over administrative units or over time (the two are set
 * separately, as in DHIS2):
 *
 * - `sum`, `average`, `min`, `max`: of the values;
 * - `last`: the latest value (stocks over time);
 * - `count`: the number of units or periods with a value;
 * - `ratio-of-sums`: Σnumerator / Σdenominator × factor, the only correct way to combine rates;
 * - `none`: the values do not combine.
 *
 * @example
 * // Budget revenue sums over communes and over quarters:
 * const rule: AggregationRule = 'sum';
 * rule;
 * //=> 'sum'
 */
export type AggregationRule = 'sum' | 'average' | 'last' | 'min' | 'max' | 'count' | 'ratio-of-sums' | 'none';

/** Every {@link AggregationRule}. */
export const aggregationRules: readonly AggregationRule[] = [
  'sum',
  'average',
  'last',
  'min',
  'max',
  'count',
  'ratio-of-sums',
  'none',
];

/**
 * The zod schema of a price basis for money values: current prices (giá hiện hành) or constant
 * prices of a named base year (giá so sánh 2010, 2020).
 *
 * @example
 * // Production value at constant 2010 prices:
 * z.parse(priceBasisSchema, { kind: 'constant', baseYear: 2010 }).kind;
 * //=> 'constant'
 */
export const priceBasisSchema = z.discriminatedUnion('kind', [
  z.object({
    /** Nominal values at the prices of each period (giá hiện hành). */
    kind: z.literal('current'),
  }),
  z.object({
    /** Volumes at the prices of a base year (giá so sánh). */
    kind: z.literal('constant'),
    /** The base year of the prices, such as 2010 or 2020. */
    baseYear: z.number().check(z.int(), z.gte(1900), z.lte(2200)),
  }),
]);

/**
 * A price basis: current prices, or constant prices of a base year.
 *
 * @example
 * // Current prices:
 * const basis: PriceBasis = { kind: 'current' };
 * basis.kind;
 * //=> 'current'
 */
export type PriceBasis = z.output<typeof priceBasisSchema>;

/**
 * The zod schema of a derived indicator's formula over other indicators of the catalog:
 *
 * - `per-capita`: `numerator / population` (income per person from total income and population);
 * - `ratio`: `numerator / denominator × factor` (a rate with factor 100 is a percentage);
 * - `share`: `part / total × 100`, a percentage of two indicators of the same unit;
 * - `growth`: the growth rate in percent of another indicator against the previous period.
 *
 * @example
 * // Income per person from total income and population:
 * z.parse(formulaSchema, { kind: 'per-capita', numerator: 'INCOME_TOTAL', population: 'POPULATION' }).kind;
 * //=> 'per-capita'
 */
export const formulaSchema = z.discriminatedUnion('kind', [
  z.object({
    /** Divides a total by a population. */
    kind: z.literal('per-capita'),
    /** The code of the total (money, a count...). */
    numerator: codeSchema,
    /** The code of the population indicator (persons or households). */
    population: codeSchema,
  }),
  z.object({
    /** Divides one indicator by another and multiplies by a factor. */
    kind: z.literal('ratio'),
    /** The code of the numerator indicator. */
    numerator: codeSchema,
    /** The code of the denominator indicator. */
    denominator: codeSchema,
    /** The factor: 100 for a percentage, 1000 per mille, 10000 per 10,000 people. */
    factor: z.number().check(z.positive()),
  }),
  z.object({
    /** A percentage share of a part in its total; both in the same unit. */
    kind: z.literal('share'),
    /** The code of the part. */
    part: codeSchema,
    /** The code of the total. */
    total: codeSchema,
  }),
  z.object({
    /** The growth rate of another indicator, in percent, against the previous period. */
    kind: z.literal('growth'),
    /** The code of the indicator whose growth this is. */
    of: codeSchema,
  }),
]);

/**
 * A formula that derives an indicator from others.
 *
 * @example
 * // Urbanisation rate = urban population / population × 100:
 * const formula: Formula = { kind: 'ratio', numerator: 'POP_URBAN', denominator: 'POPULATION', factor: 100 };
 * formula.kind;
 * //=> 'ratio'
 */
export type Formula = z.output<typeof formulaSchema>;

/**
 * An indicator's unit as written in JSON: a built-in unit code or a unit object, and a power of ten.
 *
 * @example
 * // tỷ đồng:
 * const unit: IndicatorUnitInput = { unit: 'VND', power: 9 };
 * unit.power;
 * //=> 9
 */
export interface IndicatorUnitInput {
  /** A built-in unit code such as `'VND'`, `'percent'`, `'communes'`, or a unit object of your own. */
  readonly unit: string | z.input<typeof unitOfMeasureSchema>;
  /** The power of ten of the scale word: 0 for đồng, 6 for triệu, 9 for tỷ. */
  readonly power: number;
}

/**
 * The zod schema of an indicator's unit in JSON: a built-in unit by its code (`"VND"`, `"percent"`,
 * `"communes"`) or a unit object of your own (see `unitOfMeasureSchema`), and the power of ten of
 * its scale word (6 for triệu đồng, 9 for tỷ đồng). It yields a `ScaledUnit`.
 *
 * @example
 * // Income per person in triệu đồng per person per year:
 * const unit = z.parse(indicatorUnitSchema, { unit: 'VNDPerPersonPerYear', power: 6 });
 * [unit.unit.code, unit.power];
 * //=> ['VNDPerPersonPerYear', 6]
 */
export const indicatorUnitSchema: z.ZodMiniType<ScaledUnit, IndicatorUnitInput> = z.pipe(
  z.object({
    unit: z.union([z.string(), unitOfMeasureSchema]),
    power: z.int(),
  }),
  z.transform((input, context): ScaledUnit => {
    let unit;
    if (typeof input.unit === 'string') {
      if (!Object.hasOwn(units, input.unit)) {
        context.issues.push({
          code: 'custom',
          input: input.unit,
          path: ['unit'],
          message: `unknown unit code ${quoteText(input.unit)}; use a built-in code (${Object.keys(units).join(', ')}) or a unit object`,
        });
        return z.NEVER;
      }
      unit = getUnit(input.unit);
    } else {
      unit = input.unit;
    }
    try {
      multiplierFromPower(input.power);
    } catch (error) {
      context.issues.push({ code: 'custom', input: input.power, path: ['power'], message: (error as Error).message });
      return z.NEVER;
    }
    return { unit, power: input.power };
  }),
);

/**
 * The zod schema of a {@link RoundingRule} name.
 *
 * @example
 * // Banker's rounding for a statistical series:
 * z.parse(roundingRuleSchema, 'half-even');
 * //=> 'half-even'
 */
export const roundingRuleSchema: z.ZodMiniType<RoundingRule, RoundingRule> = z.enum(roundingRules as [RoundingRule, ...RoundingRule[]]);

/**
 * The zod schema of a {@link MeasureKind}.
 *
 * @example
 * // A flow adds up over periods:
 * z.parse(measureKindSchema, 'flow');
 * //=> 'flow'
 */
export const measureKindSchema: z.ZodMiniType<MeasureKind, MeasureKind> = z.enum(measureKinds as [MeasureKind, ...MeasureKind[]]);

/**
 * The zod schema of a {@link Polarity}.
 *
 * @example
 * // Accidents should fall:
 * z.parse(polaritySchema, 'lower-is-better');
 * //=> 'lower-is-better'
 */
export const polaritySchema: z.ZodMiniType<Polarity, Polarity> = z.enum(polarities as [Polarity, ...Polarity[]]);

/**
 * The zod schema of an {@link AggregationRule}.
 *
 * @example
 * // Rates combine as a ratio of sums:
 * z.parse(aggregationRuleSchema, 'ratio-of-sums');
 * //=> 'ratio-of-sums'
 */
export const aggregationRuleSchema: z.ZodMiniType<AggregationRule, AggregationRule> = z.enum(
  aggregationRules as [AggregationRule, ...AggregationRule[]],
);

/**
 * The zod schema of the range of valid values of an indicator, in the indicator's own unit and scale:
 * an inclusive lower bound `min`, an inclusive upper bound `max` and whether values must be whole
 * numbers (`integer`). Each part is optional; an indicator without a range accepts any value, which is
 * how a catalog allows the exceptions that exist (a net change or a growth rate can be negative). The
 * bounds are checked when observations are checked against a catalog (`valueRangeProblems`).
 *
 * @example
 * // A count: whole numbers, never negative:
 * z.parse(valueRangeSchema, { min: 0, integer: true }).integer;
 * //=> true
 */
export const valueRangeSchema = z
  .object({
    /** The smallest valid value (inclusive); no lower bound when absent. */
    min: z.optional(z.number()),
    /** The largest valid value (inclusive); no upper bound when absent. */
    max: z.optional(z.number()),
    /** Whether values must be whole numbers (counts of people, households, communes). */
    integer: z.optional(z.boolean()),
  })
  .check(
    z.refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
      error: 'expected min to be at most max',
      path: ['max'],
    }),
  );

/**
 * The range of valid values of an indicator. Inferred from {@link valueRangeSchema}.
 *
 * @example
 * // A percentage share:
 * const share: ValueRange = { min: 0, max: 100 };
 * share.max;
 * //=> 100
 */
export type ValueRange = z.output<typeof valueRangeSchema>;

/**
 * The zod schema of an indicator definition. Parse with `parseIndicator` or as part of a catalog
 * (`buildCatalog`); the type {@link Indicator} is inferred from it.
 *
 * @example
 * // The urbanisation rate of the Như Xuân plan:
 * const indicator = z.parse(indicatorSchema, {
 *   code: 'URBANISATION_RATE',
 *   labels: { vi: 'Tỷ lệ đô thị hóa', en: 'Urbanisation rate' },
 *   unit: { unit: 'percent', power: 0 },
 *   measure: 'ratio',
 *   ratioFactor: 100,
 *   polarity: 'higher-is-better',
 *   precision: 1,
 *   aggregation: { overUnits: 'ratio-of-sums', overTime: 'last' },
 * });
 * indicator.measure;
 * //=> 'ratio'
 */
export const indicatorSchema = z.object({
  /** The stable code of the indicator. */
  code: codeSchema,
  /** Names in Vietnamese and English. */
  labels: labelsSchema,
  /** An optional longer definition: what is counted, how, and from which source. */
  definition: z.optional(z.string()),
  /** A thematic group, such as `economy`, `society`, `environment`, `defence-security`, `new-rural`. */
  group: z.optional(z.string().check(z.minLength(1))),
  /** The unit of measure and its scale (triệu đồng is VND at power 6). */
  unit: indicatorUnitSchema,
  /** What kind of quantity it is; decides aggregation and comparison. */
  measure: measureKindSchema,
  /** For a ratio: the factor of its value (100 for a percentage, 1000 per mille). */
  ratioFactor: z.optional(z.number().check(z.positive())),
  /** Which direction is good. */
  polarity: polaritySchema,
  /** Decimal places shown in reports. */
  precision: z.number().check(z.int(), z.gte(0), z.lte(15)),
  /** The rounding rule for reports; half away from zero when absent. */
  rounding: z.optional(roundingRuleSchema),
  /** For money: current or constant prices of a base year. */
  priceBasis: z.optional(priceBasisSchema),
  /** How values combine over administrative units and over time. */
  aggregation: z.object({
    /** The rule over administrative units (communes into a district). */
    overUnits: aggregationRuleSchema,
    /** The rule over time (quarters into a year). */
    overTime: aggregationRuleSchema,
  }),
  /** For `ratio-of-sums`: the code of the numerator indicator. */
  numerator: z.optional(codeSchema),
  /** For `ratio-of-sums`: the code of the denominator indicator. */
  denominator: z.optional(codeSchema),
  /** For a derived indicator: how it is computed from others. */
  formula: z.optional(formulaSchema),
  /** The valid values (bounds, whole numbers); any value when absent. */
  range: z.optional(valueRangeSchema),
});

/**
 * An indicator definition: what is measured, in which unit, which direction is good, and how values
 * combine. Inferred from {@link indicatorSchema}.
 *
 * @example
 * // Read an indicator's unit:
 * const indicator: Indicator = getIndicator(vnDistrictIndicatorCatalog, 'INCOME_PER_CAPITA');
 * indicator.unit.power;
 * //=> 6
 */
export type Indicator = z.output<typeof indicatorSchema>;

/**
 * An indicator as accepted from JSON (decimal fields may be strings or numbers).
 *
 * @example
 * // A count of villages, as written in a JSON file:
 * const input: IndicatorInput = {
 *   code: 'NTM_VILLAGES', labels: { vi: 'Số thôn đạt chuẩn nông thôn mới' },
 *   unit: { unit: 'villages', power: 0 }, measure: 'count', polarity: 'higher-is-better',
 *   precision: 0, aggregation: { overUnits: 'sum', overTime: 'sum' },
 * };
 * input.code;
 * //=> 'NTM_VILLAGES'
 */
export type IndicatorInput = z.input<typeof indicatorSchema>;
