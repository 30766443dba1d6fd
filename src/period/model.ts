import * as z from 'zod/mini';

/**
 * The earliest label year a period may carry. Together with {@link maxPeriodYear} it keeps every
 * period code four digits wide and every date of every period between `1000-01-01` and `9999-12-31`
 * (so `1000-W01`, which starts on 30 December 999, and any fiscal year labelled 9999 are refused).
 *
 * @example
 * // The range of years a period code may name:
 * [minPeriodYear, maxPeriodYear];
 * //=> [1000, 9999]
 */
export const minPeriodYear = 1000;

/**
 * The latest label year a period may carry; see {@link minPeriodYear}.
 *
 * @example
 * // Year 9999 is a valid period, its fiscal year starting April is not (it would end in 10000):
 * maxPeriodYear;
 * //=> 9999
 */
export const maxPeriodYear = 9999;

// The object shapes only check JSON types; the value rules (ranges, ISO week counts, leap days,
// range ends) live in one function, periodIssues, shared with the functions that accept period
// objects directly, so that the schema and the functions can never disagree.
const integer = (name: string): z.ZodMiniNumber => z.number({ error: `${name} must be an integer number` });

const yearShape = z.readonly(
  z.object({
    type: z.literal('year'),
    /** The calendar year, 1000 to 9999. */
    year: integer('year'),
  }),
);
const fiscalYearShape = z.readonly(
  z.object({
    type: z.literal('fiscal-year'),
    /** The label year: the calendar year in which the fiscal year starts, 1000 to 9998. */
    year: integer('year'),
    /** The month (2 to 12) on whose first day the fiscal year starts. */
    startMonth: integer('startMonth'),
  }),
);
const halfShape = z.readonly(
  z.object({
    type: z.literal('half'),
    /** The calendar year, 1000 to 9999. */
    year: integer('year'),
    /** 1 (January to June) or 2 (July to December). */
    half: integer('half'),
  }),
);
const fiscalHalfShape = z.readonly(
  z.object({
    type: z.literal('fiscal-half'),
    /** The label year of the fiscal year the half belongs to: the calendar year in which that fiscal year starts. */
    year: integer('year'),
    /** The month (2 to 12) on whose first day the fiscal year starts. */
    startMonth: integer('startMonth'),
    /** 1 (the fiscal year's first six months) or 2 (its last six). */
    half: integer('half'),
  }),
);
const quarterShape = z.readonly(
  z.object({
    type: z.literal('quarter'),
    /** The calendar year, 1000 to 9999. */
    year: integer('year'),
    /** 1 to 4: quarter 1 is January to March. */
    quarter: integer('quarter'),
  }),
);
const bimonthShape = z.readonly(
  z.object({
    type: z.literal('bimonth'),
    /** The calendar year, 1000 to 9999. */
    year: integer('year'),
    /** 1 to 6: bi-month 1 is January and February. */
    bimonth: integer('bimonth'),
  }),
);
const monthShape = z.readonly(
  z.object({
    type: z.literal('month'),
    /** The calendar year, 1000 to 9999. */
    year: integer('year'),
    /** 1 (January) to 12 (December). */
    month: integer('month'),
  }),
);
const biweekShape = z.readonly(
  z.object({
    type: z.literal('biweek'),
    /** The ISO 8601 week-year of the bi-week's first week, 1000 to 9999. */
    year: integer('year'),
    /** 1 to 26, or 27 in ISO week-years that have 53 weeks: bi-week n is ISO weeks 2n-1 and 2n. */
    biweek: integer('biweek'),
  }),
);
const weekShape = z.readonly(
  z.object({
    type: z.literal('week'),
    /** The week-year (for ISO weeks, the year of the week's Thursday), 1000 to 9999. */
    year: integer('year'),
    /** 1 to 52, or 53 in week-years that have 53 weeks (2020, 2026 for ISO weeks). */
    week: integer('week'),
    /** The weekday the week starts on, for weeks that do not start on Monday; absent for ISO weeks. */
    weekStart: z.optional(
      z.enum(['tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], {
        error: 'weekStart must be one of tuesday, wednesday, thursday, friday, saturday, sunday (weeks that start on Monday are ISO weeks: leave weekStart out)',
      }),
    ),
  }),
);
const dayShape = z.readonly(
  z.object({
    type: z.literal('day'),
    /** The calendar year, 1000 to 9999. */
    year: integer('year'),
    /** 1 (January) to 12 (December). */
    month: integer('month'),
    /** 1 to the number of days of the month. */
    day: integer('day'),
  }),
);

const simpleShape = z.discriminatedUnion(
  'type',
  [yearShape, fiscalYearShape, halfShape, fiscalHalfShape, quarterShape, bimonthShape, monthShape, biweekShape, weekShape, dayShape],
  { error: 'expected a simple period (year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week or day): a range cannot be nested' },
);

const rangeShape = z.readonly(
  z.object({
    type: z.literal('range'),
    /** The first period of the range. */
    start: simpleShape,
    /** The last period of the range: same type as `start`, not before it. */
    end: simpleShape,
  }),
);

// The types below are named interfaces over the shapes' output types, so that documentation and
// editor hints show `Period` and `YearPeriod` instead of the expanded zod output.

/**
 * A calendar year: code `2024`.
 *
 * @example
 * // The plan year of the Như Xuân report:
 * const year: YearPeriod = { type: 'year', year: 2024 };
 * periodDays(year);
 * //=> 366
 */
export interface YearPeriod extends z.output<typeof yearShape> {
  /** Always `'year'`. */
  readonly type: 'year';
}

/**
 * Twelve months from the first day of `startMonth` (2 to 12) of `year`: code `2024-FY04`. The label
 * year is the calendar year in which the fiscal year **starts** (the rule of SDMX and of most DHIS2
 * financial years): `{ year: 2024, startMonth: 4 }` runs from 1 April 2024 to 31 March 2025.
 *
 * @example
 * // The fiscal year from October 2024 to September 2025:
 * const fiscal: FiscalYearPeriod = { type: 'fiscal-year', year: 2024, startMonth: 10 };
 * [periodStart(fiscal), periodEnd(fiscal)];
 * //=> ['2024-10-01', '2025-09-30']
 */
export interface FiscalYearPeriod extends z.output<typeof fiscalYearShape> {
  /** Always `'fiscal-year'`. */
  readonly type: 'fiscal-year';
}

/**
 * A calendar half-year: code `2024-S1` (Vietnamese reports: *6 tháng đầu năm*, *6 tháng cuối năm*).
 *
 * @example
 * // The second half of 2024:
 * const half: HalfPeriod = { type: 'half', year: 2024, half: 2 };
 * periodStart(half);
 * //=> '2024-07-01'
 */
export interface HalfPeriod extends z.output<typeof halfShape> {
  /** Always `'half'`. */
  readonly type: 'half';
}

/**
 * A calendar quarter: code `2024-Q3` (Vietnamese reports: *quý III*).
 *
 * @example
 * // The third quarter of 2024:
 * const quarter: QuarterPeriod = { type: 'quarter', year: 2024, quarter: 3 };
 * formatPeriod(quarter);
 * //=> '2024-Q3'
 */
export interface QuarterPeriod extends z.output<typeof quarterShape> {
  /** Always `'quarter'`. */
  readonly type: 'quarter';
}

/**
 * A calendar month: code `2024-M09` (Vietnamese reports: *tháng 9*).
 *
 * @example
 * // September 2024:
 * const month: MonthPeriod = { type: 'month', year: 2024, month: 9 };
 * periodEnd(month);
 * //=> '2024-09-30'
 */
export interface MonthPeriod extends z.output<typeof monthShape> {
  /** Always `'month'`. */
  readonly type: 'month';
}

/**
 * The weekday on which a non-ISO week starts: weeks that start on another day than Monday, as
 * DHIS2's weekly period types starting on Wednesday, Thursday, Friday, Saturday or Sunday. An ISO
 * week (Monday) has no `weekStart`.
 *
 * @example
 * // Week 18 of 2017 in weeks that start on Wednesday:
 * const start: WeekStart = 'wednesday';
 * periodStart({ type: 'week', year: 2017, week: 18, weekStart: start });
 * //=> '2017-05-03'
 */
export type WeekStart = 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/**
 * Every {@link WeekStart}, in weekday order from Tuesday to Sunday.
 *
 * @example
 * // Check a weekday read from a file:
 * weekStarts.includes('sunday');
 * //=> true
 */
export const weekStarts: readonly WeekStart[] = Object.freeze(['tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * A week of seven days. Without `weekStart` it is an ISO 8601 week, Monday to Sunday, numbered within
 * its ISO week-year: code `2024-W05`. Week 1 is the week with the year's first Thursday, so a
 * week-year has 52 or 53 weeks and its first days may belong to the previous calendar year. Source:
 * ISO 8601-1:2019, "week date"; computed with date-fns (`getISOWeek`, `getISOWeekYear`,
 * `getISOWeeksInYear`).
 *
 * With `weekStart` (`'wednesday'`, ...) the week starts on that day and is numbered by the same rule
 * moved to that day: week 1 is the first week with at least four days in January, that is the week
 * that holds 4 January (code `2024-WedW05`). This is DHIS2's rule for its weekly period types that
 * start on Wednesday, Thursday, Friday, Saturday or Sunday (dhis2-core
 * `WeeklyAbstractPeriodType.getIsoDate`: `WeekFields.of(startDay, 4)`); computed with date-fns
 * (`getWeek`, `getWeekYear` with `firstWeekContainsDate: 4`).
 *
 * @example
 * // Week 53 of 2020 ends in 2021:
 * const week: WeekPeriod = { type: 'week', year: 2020, week: 53 };
 * periodEnd(week);
 * //=> '2021-01-03'
 *
 * @example
 * // Week 1 of 2024 in weeks starting on Sunday holds 4 January:
 * const sundayWeek: WeekPeriod = { type: 'week', year: 2024, week: 1, weekStart: 'sunday' };
 * [periodStart(sundayWeek), periodEnd(sundayWeek)];
 * //=> ['2023-12-31', '2024-01-06']
 */
export interface WeekPeriod extends Omit<z.output<typeof weekShape>, 'weekStart'> {
  /** Always `'week'`. */
  readonly type: 'week';
  /** The weekday the week starts on; absent for an ISO week (Monday). */
  readonly weekStart?: WeekStart | undefined;
}

/**
 * Two ISO weeks, Monday to Sunday of the next week: bi-week n of an ISO week-year is its weeks 2n-1
 * and 2n; code `2024-BiW01`. A week-year of 53 weeks has a 27th bi-week, which starts on the Monday
 * of week 53 and so runs into the first week of the next week-year (its first bi-week): the rule of
 * DHIS2's BiWeekly period type (dhis2-core `DateUnitPeriodTypeParser`, bi-week n starts on ISO week
 * 2n-1; `BiWeeklyPeriodTypeTest` names `2009BiW27`).
 *
 * @example
 * // The first bi-week of 2018 (dhis2-core's BiWeeklyPeriodTypeTest):
 * const biweek: BiweekPeriod = { type: 'biweek', year: 2018, biweek: 1 };
 * [periodStart(biweek), periodEnd(biweek)];
 * //=> ['2018-01-01', '2018-01-14']
 */
export interface BiweekPeriod extends z.output<typeof biweekShape> {
  /** Always `'biweek'`. */
  readonly type: 'biweek';
}

/**
 * Two calendar months, January–February to November–December: code `2024-B1` (DHIS2: `202401B`).
 *
 * @example
 * // March and April 2024:
 * const bimonth: BimonthPeriod = { type: 'bimonth', year: 2024, bimonth: 2 };
 * [periodStart(bimonth), periodEnd(bimonth)];
 * //=> ['2024-03-01', '2024-04-30']
 */
export interface BimonthPeriod extends z.output<typeof bimonthShape> {
  /** Always `'bimonth'`. */
  readonly type: 'bimonth';
}

/**
 * One half of a fiscal year: code `2024-FY04-S2`. `year` and `startMonth` name the fiscal year as in
 * {@link FiscalYearPeriod} (labelled by the year in which it starts); half 1 is its first six
 * months. DHIS2's six-monthly types starting in April and November are these halves.
 *
 * @example
 * // The second half of the fiscal year from April 2024: October 2024 to March 2025:
 * const half: FiscalHalfPeriod = { type: 'fiscal-half', year: 2024, startMonth: 4, half: 2 };
 * [periodStart(half), periodEnd(half)];
 * //=> ['2024-10-01', '2025-03-31']
 */
export interface FiscalHalfPeriod extends z.output<typeof fiscalHalfShape> {
  /** Always `'fiscal-half'`. */
  readonly type: 'fiscal-half';
}

/**
 * One calendar day: code `2024-01-15`, the same text as its {@link IsoDate}.
 *
 * @example
 * // The day the 2025 administrative reform took effect:
 * const day: DayPeriod = { type: 'day', year: 2025, month: 7, day: 1 };
 * periodStart(day);
 * //=> '2025-07-01'
 */
export interface DayPeriod extends z.output<typeof dayShape> {
  /** Always `'day'`. */
  readonly type: 'day';
}

/**
 * Every period that is not a range: a year, fiscal year, half-year, half of a fiscal year, quarter,
 * bi-month, month, bi-week, week or day.
 * The two ends of a range are simple periods.
 *
 * @example
 * // The ends of the nine-month range:
 * const start: SimplePeriod = { type: 'month', year: 2024, month: 1 };
 * formatPeriod(start);
 * //=> '2024-M01'
 */
export type SimplePeriod =
  | YearPeriod
  | FiscalYearPeriod
  | HalfPeriod
  | FiscalHalfPeriod
  | QuarterPeriod
  | BimonthPeriod
  | MonthPeriod
  | BiweekPeriod
  | WeekPeriod
  | DayPeriod;

/**
 * The contiguous run of periods from `start` to `end`, both included: code `start/end`. Both ends
 * are simple periods of one type (fiscal years and their halves also of one start month, weeks of one
 * start day), and `start` is not after
 * `end`. `2021/2025` is a five-year plan (*giai đoạn 2021-2025*); `2024-M01/2024-M09` is "9 months"
 * (*9 tháng*).
 *
 * @example
 * // The five-year plan 2021-2025:
 * const plan: RangePeriod = { type: 'range', start: { type: 'year', year: 2021 }, end: { type: 'year', year: 2025 } };
 * formatPeriod(plan);
 * //=> '2021/2025'
 */
export interface RangePeriod extends Omit<z.output<typeof rangeShape>, 'start' | 'end'> {
  /** Always `'range'`. */
  readonly type: 'range';
  /** The first period of the range. */
  readonly start: SimplePeriod;
  /** The last period of the range: of the same type as `start` and not before it. */
  readonly end: SimplePeriod;
}

/**
 * A period of time as plain, readonly data: a discriminated union on `type`.
 *
 * - {@link YearPeriod} `{ type: 'year', year }`: code `2024`.
 * - {@link FiscalYearPeriod} `{ type: 'fiscal-year', year, startMonth }`: code `2024-FY04`, labelled
 *   by the year in which it starts.
 * - {@link HalfPeriod} `{ type: 'half', year, half }`: code `2024-S1`.
 * - {@link FiscalHalfPeriod} `{ type: 'fiscal-half', year, startMonth, half }`: code `2024-FY04-S1`.
 * - {@link QuarterPeriod} `{ type: 'quarter', year, quarter }`: code `2024-Q3`.
 * - {@link BimonthPeriod} `{ type: 'bimonth', year, bimonth }`: code `2024-B1`.
 * - {@link MonthPeriod} `{ type: 'month', year, month }`: code `2024-M09`.
 * - {@link BiweekPeriod} `{ type: 'biweek', year, biweek }`: two ISO weeks, code `2024-BiW01`.
 * - {@link WeekPeriod} `{ type: 'week', year, week, weekStart? }`: ISO 8601 week, code `2024-W05`,
 *   or a week starting on another day, code `2024-WedW05`.
 * - {@link DayPeriod} `{ type: 'day', year, month, day }`: code `2024-01-15`.
 * - {@link RangePeriod} `{ type: 'range', start, end }`: code `2021/2025`.
 *
 * The members are the output types of {@link periodValueSchema}'s shapes. Functions that take a
 * period accept a {@link PeriodInput}: a period object or its code.
 *
 * @example
 * // The third quarter of 2024 as a value:
 * const quarter: Period = { type: 'quarter', year: 2024, quarter: 3 };
 * formatPeriod(quarter);
 * //=> '2024-Q3'
 */
export type Period = SimplePeriod | RangePeriod;

/**
 * Internal (not exported by the domain): the shape of every period value, without the value rules.
 * periodValueSchema (value-schema.ts) adds them; it lives apart so that this module, which the value
 * rules' own modules read types and year bounds from, imports none of them (no import cycle).
 */
export const periodShape = z.discriminatedUnion(
  'type',
  [yearShape, fiscalYearShape, halfShape, fiscalHalfShape, quarterShape, bimonthShape, monthShape, biweekShape, weekShape, dayShape, rangeShape],
  { error: 'expected a period object whose type is one of year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week, day, range' },
);

/**
 * The name of a kind of period: `'year'`, `'fiscal-year'`, `'half'`, `'fiscal-half'`, `'quarter'`,
 * `'bimonth'`, `'month'`, `'biweek'`, `'week'`, `'day'` or `'range'`.
 *
 * @example
 * // The type of a code:
 * const type: PeriodType = parsePeriod('2024-M09').type;
 * type;
 * //=> 'month'
 */
export type PeriodType = Period['type'];

/**
 * The type of a simple period: every {@link PeriodType} except `'range'`.
 *
 * @example
 * // Split a year into one of these:
 * const finer: SimplePeriodType = 'quarter';
 * splitPeriod('2024', finer).map(formatPeriod);
 * //=> ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']
 */
export type SimplePeriodType = SimplePeriod['type'];

/**
 * What every function of the period domain accepts as a period: a {@link Period} object or a period
 * code string such as `'2024-Q3'` (read with {@link parsePeriod}). Objects are checked by the same
 * rules as {@link periodValueSchema}; an invalid one is refused with `invalid-period`.
 *
 * @example
 * // The same quarter, written two ways:
 * const inputs: PeriodInput[] = ['2024-Q3', { type: 'quarter', year: 2024, quarter: 3 }];
 * inputs.map(periodStart);
 * //=> ['2024-07-01', '2024-07-01']
 */
export type PeriodInput = Period | string;

/**
 * Every simple period type, from the coarsest to the finest.
 *
 * @example
 * // List the types a year can be split into:
 * simplePeriodTypes.join(', ');
 * //=> 'year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week, day'
 */
export const simplePeriodTypes: readonly SimplePeriodType[] = Object.freeze([
  'year',
  'fiscal-year',
  'half',
  'fiscal-half',
  'quarter',
  'bimonth',
  'month',
  'biweek',
  'week',
  'day',
]);

/**
 * Every period type: the {@link simplePeriodTypes} and `'range'`.
 *
 * @example
 * // Check a type name read from a file:
 * periodTypes.includes('range');
 * //=> true
 */
export const periodTypes: readonly PeriodType[] = Object.freeze([...simplePeriodTypes, 'range']);
