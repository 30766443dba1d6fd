import { PlanningError, quoteText } from '../numeric/index.js';
import { toPeriod } from './codes.js';
import { pad, periodCode, weekStartCode } from './format.js';
import type { Period, PeriodInput, WeekStart } from './model.js';
import { checkPeriod, requireCode } from './validation.js';

/**
 * The DHIS2 financial-year period types: the month they start in, the suffix of their period ID, and
 * how many years the DHIS2 label is ahead of this library's label (the calendar year in which the
 * fiscal year starts). Source: dhis2-core `dhis-api/src/main/java/org/hisp/dhis/period/Financial*PeriodType.java`,
 * `getIsoDate`: `%dNov` is formatted with `year + 1` (the year the fiscal year ends); every other
 * financial type with the start year.
 */
const dhis2FinancialYears: readonly { readonly startMonth: number; readonly suffix: string; readonly labelOffset: number }[] = [
  { startMonth: 2, suffix: 'Feb', labelOffset: 0 },
  { startMonth: 4, suffix: 'April', labelOffset: 0 },
  { startMonth: 7, suffix: 'July', labelOffset: 0 },
  { startMonth: 8, suffix: 'Aug', labelOffset: 0 },
  { startMonth: 9, suffix: 'Sep', labelOffset: 0 },
  { startMonth: 10, suffix: 'Oct', labelOffset: 0 },
  { startMonth: 11, suffix: 'Nov', labelOffset: 1 },
];

/**
 * The DHIS2 six-monthly types that start in another month than January: the halves of the fiscal
 * years starting in April and November. Source: dhis2-core `SixMonthlyAprilPeriodType.getIsoDate`
 * (`yyyyAprilSn`, labelled by the year in which the April fiscal year starts) and
 * `SixMonthlyNovemberPeriodType.getIsoDate` (`yyyyNovSn`, labelled by the year in which the November
 * fiscal year ends: `2015NovS1` is November 2014 to April 2015).
 */
const dhis2SixMonthlies: readonly { readonly startMonth: number; readonly suffix: string; readonly labelOffset: number }[] = [
  { startMonth: 4, suffix: 'April', labelOffset: 0 },
  { startMonth: 11, suffix: 'Nov', labelOffset: 1 },
];

/** The weekly types of DHIS2 that start on another day than Monday (dhis2-core `Weekly*PeriodType`). */
const dhis2WeekStarts: readonly WeekStart[] = ['wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Writes a period as a DHIS2 period ID.
 *
 * | period | DHIS2 ID | DHIS2 period type |
 * |---|---|---|
 * | `2024` | `2024` | Yearly |
 * | `2024-S1` | `2024S1` | SixMonthly |
 * | `2024-FY04-S1` | `2024AprilS1` | SixMonthlyApril (April to September 2024) |
 * | `2023-FY11-S1` | `2024NovS1` | SixMonthlyNov (November 2023 to April 2024: **labelled by the fiscal year's end year**) |
 * | `2024-Q1` | `2024Q1` | Quarterly |
 * | `2024-B1` | `202401B` | BiMonthly (January and February) |
 * | `2024-M01` | `202401` | Monthly |
 * | `2024-BiW01` | `2024BiW1` | BiWeekly (ISO weeks 1 and 2) |
 * | `2024-W05` | `2024W5` | Weekly (Monday weeks, ISO numbering; no zero padding) |
 * | `2024-WedW05` | `2024WedW5` | WeeklyWednesday; also `ThuW` (WeeklyThursday), `FriW`, `SatW`, `SunW` |
 * | `2024-01-15` | `20240115` | Daily |
 * | `2024-FY02` | `2024Feb` | FinancialFeb |
 * | `2024-FY04` | `2024April` | FinancialApril (April 2024 to March 2025) |
 * | `2024-FY07` | `2024July` | FinancialJuly |
 * | `2024-FY08` | `2024Aug` | FinancialAug |
 * | `2024-FY09` | `2024Sep` | FinancialSep |
 * | `2024-FY10` | `2024Oct` | FinancialOct |
 * | `2024-FY11` | `2025Nov` | FinancialNov (November 2024 to October 2025: **DHIS2 labels it by its end year**) |
 *
 * The label-year rule: this library labels every fiscal year (and its halves) by the year in which it
 * starts. DHIS2 does the same for every financial type except November, which dhis2-core labels by
 * the year in which it ends (`FinancialNovemberPeriodType.getIsoDate` formats `year + 1`, and so
 * does `SixMonthlyNovemberPeriodType` for its first half), so `2024-FY11` is `2025Nov` and
 * `2024-FY11-S2` is `2025NovS2`. (The `@dhis2/multi-calendar-dates` client library labels November years by their start
 * year instead; the IDs here follow the server, dhis2-core.)
 *
 * Source: DHIS2 developer documentation, Web API overview, "Date and period format"
 * (github.com/dhis2/dhis2-docs, `src/developer/web-api/overview.md`); dhis2-core
 * `dhis-api/src/main/java/org/hisp/dhis/period/PeriodTypeEnum.java` (`ofIsoPeriod`) and
 * `Financial*PeriodType.java` (`getIsoDate`).
 *
 * @param period - a period or its code
 * @returns the DHIS2 period ID
 * @throws {@link PlanningError} `unsupported-conversion` for a range (DHIS2 period IDs name single
 * periods; split the range with {@link enumeratePeriods}), for a fiscal year starting in a month
 * DHIS2 has no financial period type for (January is the calendar year; March, May, June,
 * December), for a fiscal half-year other than from April or November, and for weeks that start on
 * Tuesday; `invalid-period` for an invalid period or code
 *
 * @example
 * // Monthly, weekly and financial-year IDs:
 * ['2024-M01', '2024-W05', '2024-FY04', '2023-FY11'].map(toDhis2PeriodId);
 * //=> ['202401', '2024W5', '2024April', '2024Nov']
 */
export function toDhis2PeriodId(period: PeriodInput): string {
  const value = toPeriod(period);
  const year = pad(value.type === 'range' ? 0 : value.year, 4);
  switch (value.type) {
    case 'year':
      return year;
    case 'half':
      return `${year}S${value.half}`;
    case 'fiscal-half': {
      const sixMonthly = dhis2SixMonthlies.find((entry) => entry.startMonth === value.startMonth);
      if (sixMonthly === undefined) {
        throw new PlanningError(
          'unsupported-conversion',
          `${periodCode(value)} has no DHIS2 period ID: DHIS2 has six-monthly periods starting in January (2024-S1), April and November only`,
        );
      }
      return `${pad(value.year + sixMonthly.labelOffset, 4)}${sixMonthly.suffix}S${value.half}`;
    }
    case 'quarter':
      return `${year}Q${value.quarter}`;
    case 'bimonth':
      return `${year}${pad(value.bimonth, 2)}B`;
    case 'month':
      return `${year}${pad(value.month, 2)}`;
    case 'biweek':
      return `${year}BiW${value.biweek}`;
    case 'week':
      if (value.weekStart === undefined) return `${year}W${value.week}`;
      if (!dhis2WeekStarts.includes(value.weekStart)) {
        throw new PlanningError(
          'unsupported-conversion',
          `${periodCode(value)} has no DHIS2 period ID: DHIS2 has weeks starting on Monday, Wednesday, Thursday, Friday, Saturday and Sunday only`,
        );
      }
      return `${year}${weekStartCode(value.weekStart)}W${value.week}`;
    case 'day':
      return `${year}${pad(value.month, 2)}${pad(value.day, 2)}`;
    case 'fiscal-year': {
      const financial = dhis2FinancialYears.find((entry) => entry.startMonth === value.startMonth);
      if (financial === undefined) {
        throw new PlanningError(
          'unsupported-conversion',
          `${periodCode(value)} has no DHIS2 period ID: DHIS2 has financial years starting in February, April, July, August, September, October and November only`,
        );
      }
      return `${pad(value.year + financial.labelOffset, 4)}${financial.suffix}`;
    }
    case 'range':
      throw new PlanningError(
        'unsupported-conversion',
        `${periodCode(value)} has no DHIS2 period ID: a DHIS2 period ID names one period; list the range's periods with enumeratePeriods and convert each`,
      );
  }
}

const dhis2Pattern =
  /^(\d{4})(?:(S|Q|W|BiW|WedW|ThuW|FriW|SatW|SunW|AprilS|NovS)(\d{1,2})|-?(\d{2})(?:(-?)(\d{2})|(B))?|(Feb|April|July|Aug|Sep|Oct|Nov))?$/;

const unsupportedDhis2Types: readonly (readonly [RegExp, string])[] = [
  [/^\d{4}NovQ\d$/, 'QuarterlyNov periods (quarters from November)'],
  [/^\d{4}TueW\d{1,2}$/, 'weeks that start on Tuesday'],
];

/**
 * Reads a DHIS2 period ID into a {@link Period}; the inverse of {@link toDhis2PeriodId} (see its
 * table and the November label-year rule: `2024Nov` is November 2023 to October 2024, which this
 * library labels `2023-FY11`). Also read: the dashed forms dhis2-core accepts for months
 * (`2024-01`) and days (`2024-01-15`), and weeks with a zero (`2024W05`). Bi-months
 * (`202401B`), bi-weeks (`2024BiW1`), weeks starting on Wednesday to Sunday (`2024WedW1`) and the
 * six-monthly periods from April and November (`2024AprilS1`, `2024NovS1`) are read too.
 *
 * Source: dhis2-core `PeriodTypeEnum.ofIsoPeriod` (the ID shapes) and `Financial*PeriodType.getIsoDate`.
 *
 * @param id - a DHIS2 period ID
 * @returns the period
 * @throws {@link PlanningError} `unsupported-conversion` for DHIS2's QuarterlyNov IDs (`2024NovQ1`),
 * which have no period type here; `invalid-period` for an ID of no DHIS2 form or one naming a period
 * that does not exist (`2024Q5`, `202413`, `2025W53`, `202407B`, `2025BiW27`)
 *
 * @example
 * // A DHIS2 November financial year is labelled by its end year:
 * [periodStart(fromDhis2PeriodId('2024Nov')), periodEnd(fromDhis2PeriodId('2024Nov'))];
 * //=> ['2023-11-01', '2024-10-31']
 */
export function fromDhis2PeriodId(id: string): Period {
  const text = requireCode(id, 'a DHIS2 period ID', '202401');
  const what = `DHIS2 period ID ${quoteText(text)}`;
  const match = dhis2Pattern.exec(text);
  if (match === null) {
    const known = unsupportedDhis2Types.find(([pattern]) => pattern.test(text));
    if (known !== undefined) {
      throw new PlanningError('unsupported-conversion', `cannot read ${what}: DHIS2 ${known[1]} have no period type here`);
    }
    throw new PlanningError(
      'invalid-period',
      `invalid ${what}: expected yyyy, yyyySn, yyyyAprilSn, yyyyNovSn, yyyyQn, yyyyMMB, yyyyMM, yyyyBiWn, yyyyWn, yyyyWedWn (also Thu, Fri, Sat, Sun), yyyyMMdd or a financial year such as 2024April, 2024July, 2024Oct, 2024Nov`,
    );
  }
  const [, yearText, letter, numberText, monthText, daySeparator, dayText, bimonthMark, suffix] = match;
  const year = Number(yearText);
  const number = Number(numberText);
  let candidate: Record<string, unknown>;
  if (letter === 'S') candidate = { type: 'half', year, half: number };
  else if (letter === 'AprilS' || letter === 'NovS') {
    const sixMonthly = dhis2SixMonthlies.find((entry) => `${entry.suffix}S` === letter);
    const offset = sixMonthly?.labelOffset ?? 0;
    candidate = { type: 'fiscal-half', year: year - offset, startMonth: sixMonthly?.startMonth, half: number };
  } else if (letter === 'Q') candidate = { type: 'quarter', year, quarter: number };
  else if (letter === 'W') candidate = { type: 'week', year, week: number };
  else if (letter === 'BiW') candidate = { type: 'biweek', year, biweek: number };
  else if (letter !== undefined) {
    const weekStart = dhis2WeekStarts.find((day) => `${weekStartCode(day)}W` === letter);
    candidate = { type: 'week', year, week: number, weekStart };
  } else if (bimonthMark !== undefined) {
    if (text[4] === '-') throw new PlanningError('invalid-period', `invalid ${what}: a bi-month is yyyyMMB, such as 202401B`);
    candidate = { type: 'bimonth', year, bimonth: Number(monthText) };
  } else if (suffix !== undefined) {
    const financial = dhis2FinancialYears.find((entry) => entry.suffix === suffix);
    const offset = financial?.labelOffset ?? 0;
    candidate = { type: 'fiscal-year', year: year - offset, startMonth: financial?.startMonth };
  } else if (monthText === undefined) candidate = { type: 'year', year };
  else if (dayText === undefined) {
    candidate = { type: 'month', year, month: Number(monthText) };
  } else {
    // A day is yyyyMMdd or yyyy-MM-dd: both dashes or neither.
    if ((text[4] === '-') !== (daySeparator === '-')) {
      throw new PlanningError('invalid-period', `invalid ${what}: a day is yyyyMMdd or yyyy-MM-dd`);
    }
    candidate = { type: 'day', year, month: Number(monthText), day: Number(dayText) };
  }
  return Object.freeze(checkPeriod(candidate, what));
}
