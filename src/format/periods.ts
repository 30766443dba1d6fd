import { type Period, type PeriodInput, type SimplePeriod, type WeekStart, formatPeriod, parsePeriod } from '../period/index.js';
import { type Language, checkLanguage } from './language.js';

/**
 * Options of {@link formatPeriodLabel}.
 *
 * @example
 * // A label inside a sentence starts in lower case where the language allows it:
 * const options: PeriodLabelOptions = { inSentence: true };
 * `trong ${formatPeriodLabel('2024-Q1', 'vi', options)}`;
 * //=> 'trong quý I/2024'
 */
export interface PeriodLabelOptions {
  /**
   * false (default): a label that stands alone, as a table heading or a column title, with a capital
   * first letter (`Quý I/2024`, `First half of 2024`). true: the form used inside a sentence (`quý
   * I/2024`, `first half of 2024`). Month names and `Q1` keep their capital in English either way.
   */
  readonly inSentence?: boolean | undefined;
}

const romanQuarters = ['I', 'II', 'III', 'IV'] as const;

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function roman(quarter: number): string {
  return romanQuarters[quarter - 1] ?? String(quarter);
}

function monthName(month: number): string {
  return englishMonths[month - 1] ?? String(month);
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** The month before `startMonth` (2 to 12), where a fiscal year ends. */
function fiscalEndMonth(startMonth: number): number {
  return startMonth - 1;
}

const vietnameseWeekdays: Readonly<Record<WeekStart, string>> = Object.freeze({
  tuesday: 'thứ Ba',
  wednesday: 'thứ Tư',
  thursday: 'thứ Năm',
  friday: 'thứ Sáu',
  saturday: 'thứ Bảy',
  sunday: 'Chủ nhật',
});

/**
 * The months from `firstMonth` of `year` to `lastMonth` (the next year's when smaller), as DHIS2
 * names its bi-months and six-month periods: `tháng 1–2/2024`, `tháng 10/2024–3/2025`.
 */
function vietnameseMonths(firstMonth: number, lastMonth: number, year: number): string {
  return lastMonth >= firstMonth ? `tháng ${firstMonth}–${lastMonth}/${year}` : `tháng ${firstMonth}/${year}–${lastMonth}/${year + 1}`;
}

function englishMonthRange(firstMonth: number, lastMonth: number, year: number): string {
  return lastMonth >= firstMonth
    ? `${monthName(firstMonth)}–${monthName(lastMonth)} ${year}`
    : `${monthName(firstMonth)} ${year}–${monthName(lastMonth)} ${year + 1}`;
}

/** The first and last month (1 to 12) of a half of a fiscal year. */
function fiscalHalfMonths(startMonth: number, half: number): [number, number] {
  const first = ((startMonth - 1 + (half - 1) * 6) % 12) + 1;
  return [first, ((first + 4) % 12) + 1];
}

/** The Vietnamese label of a simple period, in the form used inside a sentence. */
function vietnamese(period: SimplePeriod): string {
  const { year } = period;
  switch (period.type) {
    case 'year':
      return `năm ${year}`;
    case 'fiscal-year':
      return `năm tài chính ${period.startMonth}/${year}–${fiscalEndMonth(period.startMonth)}/${year + 1}`;
    case 'half':
      return `6 tháng ${period.half === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'fiscal-half': {
      const [first, last] = fiscalHalfMonths(period.startMonth, period.half);
      return vietnameseMonths(first, last, first >= period.startMonth ? year : year + 1);
    }
    case 'quarter':
      return `quý ${roman(period.quarter)}/${year}`;
    case 'bimonth':
      return vietnameseMonths(period.bimonth * 2 - 1, period.bimonth * 2, year);
    case 'month':
      return `tháng ${period.month}/${year}`;
    case 'biweek':
      return `hai tuần ${period.biweek}/${year}`;
    case 'week':
      if (period.weekStart !== undefined) return `tuần ${period.week}/${year} (từ ${vietnameseWeekdays[period.weekStart]})`;
      return `tuần ${period.week}/${year}`;
    case 'day':
      return `${twoDigits(period.day)}/${twoDigits(period.month)}/${year}`;
  }
}

/** The English label of a simple period, in the form used inside a sentence. */
function english(period: SimplePeriod): string {
  const { year } = period;
  switch (period.type) {
    case 'year':
      return String(year);
    case 'fiscal-year':
      return `fiscal year ${monthName(period.startMonth)} ${year}–${monthName(fiscalEndMonth(period.startMonth))} ${year + 1}`;
    case 'half':
      return `${period.half === 1 ? 'first' : 'second'} half of ${year}`;
    case 'fiscal-half': {
      const [first, last] = fiscalHalfMonths(period.startMonth, period.half);
      return englishMonthRange(first, last, first >= period.startMonth ? year : year + 1);
    }
    case 'quarter':
      return `Q${period.quarter} ${year}`;
    case 'bimonth':
      return englishMonthRange(period.bimonth * 2 - 1, period.bimonth * 2, year);
    case 'month':
      return `${monthName(period.month)} ${year}`;
    case 'biweek':
      return `bi-week ${period.biweek} of ${year}`;
    case 'week':
      if (period.weekStart !== undefined) {
        const day = period.weekStart.charAt(0).toUpperCase() + period.weekStart.slice(1);
        return `${day} week ${period.week} of ${year}`;
      }
      return `week ${period.week} of ${year}`;
    case 'day':
      return `${period.day} ${monthName(period.month)} ${year}`;
  }
}

/**
 * The number of months of a year-to-date range in Vietnamese, as the General Statistics Office titles
 * its reports: "5 tháng đầu năm 2024" up to six months, "7 tháng năm 2024" from seven on.
 */
function monthsToDate(months: number, year: number): string {
  return months <= 6 ? `${months} tháng đầu năm ${year}` : `${months} tháng năm ${year}`;
}

/** A compact label for a range whose ends share a year (or a month), or undefined. */
function compactRange(start: SimplePeriod, end: SimplePeriod, lang: Language): string | undefined {
  const sameYear = start.year === end.year;
  if (start.type === 'year' && end.type === 'year') {
    return lang === 'vi' ? `giai đoạn ${start.year}–${end.year}` : `${start.year}–${end.year}`;
  }
  if (!sameYear) return undefined;
  const { year } = start;
  if (start.type === 'month' && end.type === 'month') {
    if (lang === 'en') return `${monthName(start.month)}–${monthName(end.month)} ${year}`;
    return start.month === 1 ? monthsToDate(end.month, year) : `tháng ${start.month}–${end.month}/${year}`;
  }
  if (start.type === 'quarter' && end.type === 'quarter') {
    return lang === 'vi' ? `quý ${roman(start.quarter)}–${roman(end.quarter)}/${year}` : `Q${start.quarter}–Q${end.quarter} ${year}`;
  }
  if (start.type === 'half' && end.type === 'half') {
    // The two halves of one year are the year.
    return lang === 'vi' ? `năm ${year}` : String(year);
  }
  if (start.type === 'week' && end.type === 'week' && start.weekStart === undefined) {
    return lang === 'vi' ? `tuần ${start.week}–${end.week}/${year}` : `weeks ${start.week}–${end.week} of ${year}`;
  }
  if (start.type === 'day' && end.type === 'day' && start.month === end.month) {
    return lang === 'vi'
      ? `${twoDigits(start.day)}–${twoDigits(end.day)}/${twoDigits(start.month)}/${year}`
      : `${start.day}–${end.day} ${monthName(start.month)} ${year}`;
  }
  return undefined;
}

function inlineLabel(period: Period, lang: Language): string {
  const simple = lang === 'vi' ? vietnamese : english;
  if (period.type !== 'range') return simple(period);
  const { start, end } = period;
  if (formatPeriod(start) === formatPeriod(end)) return simple(start);
  return compactRange(start, end, lang) ?? `${simple(start)} – ${simple(end)}`;
}

/**
 * Writes a period as reports name it, in Vietnamese or English:
 *
 * | period | `vi` | `en` |
 * |---|---|---|
 * | year | `Năm 2024` | `2024` |
 * | fiscal year from April | `Năm tài chính 4/2024–3/2025` | `Fiscal year April 2024–March 2025` |
 * | half | `6 tháng đầu năm 2024`, `6 tháng cuối năm 2024` | `First half of 2024`, `Second half of 2024` |
 * | half of a fiscal year | `Tháng 10/2024–3/2025` | `October 2024–March 2025` |
 * | quarter | `Quý I/2024` (Roman numerals) | `Q1 2024` |
 * | bi-month | `Tháng 3–4/2024` | `March–April 2024` |
 * | month | `Tháng 9/2024` | `September 2024` |
 * | bi-week | `Hai tuần 3/2024` | `Bi-week 3 of 2024` |
 * | ISO week | `Tuần 5/2024` | `Week 5 of 2024` |
 * | week from another day | `Tuần 5/2024 (từ thứ Tư)` | `Wednesday week 5 of 2024` |
 * | day | `15/01/2024` | `15 January 2024` |
 * | years | `Giai đoạn 2021–2025` | `2021–2025` |
 * | months from January | `5 tháng đầu năm 2024`, `9 tháng năm 2024` | `January–September 2024` |
 * | other months of a year | `Tháng 3–6/2024` | `March–June 2024` |
 * | quarters of a year | `Quý I–III/2024` | `Q1–Q3 2024` |
 * | weeks of a year | `Tuần 5–8/2024` | `Weeks 5–8 of 2024` |
 * | days of a month | `15–20/01/2024` | `15–20 January 2024` |
 * | other ranges | `Tháng 11/2023 – tháng 2/2024` | `November 2023 – February 2024` |
 *
 * Year-to-date month ranges follow the titles of the General Statistics Office's monthly reports
 * ("tháng 5 và 5 tháng đầu năm", "tháng 7 và 7 tháng năm"): `đầu năm` up to six months, not after.
 * Ranges use an en dash (U+2013), unspaced between numbers or short forms and spaced between two
 * full labels. The two halves of one year are labelled as the year, and a range whose ends are the
 * same period as that period. No `Intl` call is made: the output is the same on every ICU version.
 *
 * @param period - a period object or a period code (`'2024-Q1'`, `'2024-M01/2024-M09'`)
 * @param lang - the language of the label
 * @param options - whether the label stands alone (capitalised) or sits inside a sentence
 * @returns the label
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code; `invalid-argument`
 * for an unknown language
 *
 * @example
 * // Labels of a quarterly report, in both languages:
 * [formatPeriodLabel('2024-Q1', 'vi'), formatPeriodLabel('2024-Q1', 'en')];
 * //=> ['Quý I/2024', 'Q1 2024']
 *
 * @example
 * // The nine-month report and the five-year plan:
 * [formatPeriodLabel('2024-M01/2024-M09', 'vi'), formatPeriodLabel('2021/2025', 'vi', { inSentence: true })];
 * //=> ['9 tháng năm 2024', 'giai đoạn 2021–2025']
 */
export function formatPeriodLabel(period: PeriodInput, lang: Language, options: PeriodLabelOptions = {}): string {
  checkLanguage(lang, 'formatPeriodLabel');
  // formatPeriod validates an object (throwing invalid-period) without copying it; codes are parsed.
  let value: Period;
  if (typeof period === 'string') {
    value = parsePeriod(period);
  } else {
    formatPeriod(period);
    value = period;
  }
  const label = inlineLabel(value, lang);
  return options.inSentence === true ? label : label.charAt(0).toUpperCase() + label.slice(1);
}
