import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Period, formatPeriodLabel, parsePeriod, periodTypes } from '../../src/index.js';
import { expectFailure, languagesArbitrary } from './helpers.js';

/** [code, Vietnamese label, English label]: one row for each period type, and the range forms. */
const labels: readonly (readonly [string, string, string])[] = [
  ['2024', 'Năm 2024', '2024'],
  ['2024-FY04', 'Năm tài chính 4/2024–3/2025', 'Fiscal year April 2024–March 2025'],
  ['2024-FY10', 'Năm tài chính 10/2024–9/2025', 'Fiscal year October 2024–September 2025'],
  ['2024-S1', '6 tháng đầu năm 2024', 'First half of 2024'],
  ['2024-S2', '6 tháng cuối năm 2024', 'Second half of 2024'],
  ['2024-Q1', 'Quý I/2024', 'Q1 2024'],
  ['2024-Q2', 'Quý II/2024', 'Q2 2024'],
  ['2024-Q3', 'Quý III/2024', 'Q3 2024'],
  ['2024-Q4', 'Quý IV/2024', 'Q4 2024'],
  ['2024-M09', 'Tháng 9/2024', 'September 2024'],
  ['2024-M01', 'Tháng 1/2024', 'January 2024'],
  ['2024-W05', 'Tuần 5/2024', 'Week 5 of 2024'],
  ['2024-FY04-S1', 'Tháng 4–9/2024', 'April–September 2024'],
  ['2024-FY04-S2', 'Tháng 10/2024–3/2025', 'October 2024–March 2025'],
  ['2023-FY11-S1', 'Tháng 11/2023–4/2024', 'November 2023–April 2024'],
  ['2023-FY11-S2', 'Tháng 5–10/2024', 'May–October 2024'],
  ['2024-B1', 'Tháng 1–2/2024', 'January–February 2024'],
  ['2024-B6', 'Tháng 11–12/2024', 'November–December 2024'],
  ['2024-BiW03', 'Hai tuần 3/2024', 'Bi-week 3 of 2024'],
  ['2024-WedW05', 'Tuần 5/2024 (từ thứ Tư)', 'Wednesday week 5 of 2024'],
  ['2024-SunW52', 'Tuần 52/2024 (từ Chủ nhật)', 'Sunday week 52 of 2024'],
  ['2024-SatW01/2024-SatW02', 'Tuần 1/2024 (từ thứ Bảy) – tuần 2/2024 (từ thứ Bảy)', 'Saturday week 1 of 2024 – Saturday week 2 of 2024'],
  ['2024-01-15', '15/01/2024', '15 January 2024'],
  ['2021/2025', 'Giai đoạn 2021–2025', '2021–2025'],
  ['2024-M01/2024-M09', '9 tháng năm 2024', 'January–September 2024'],
  ['2024-M01/2024-M05', '5 tháng đầu năm 2024', 'January–May 2024'],
  ['2024-M01/2024-M06', '6 tháng đầu năm 2024', 'January–June 2024'],
  ['2024-M01/2024-M07', '7 tháng năm 2024', 'January–July 2024'],
  ['2024-M03/2024-M06', 'Tháng 3–6/2024', 'March–June 2024'],
  ['2023-M11/2024-M02', 'Tháng 11/2023 – tháng 2/2024', 'November 2023 – February 2024'],
  ['2024-Q1/2024-Q3', 'Quý I–III/2024', 'Q1–Q3 2024'],
  ['2023-Q4/2024-Q2', 'Quý IV/2023 – quý II/2024', 'Q4 2023 – Q2 2024'],
  ['2024-S1/2024-S2', 'Năm 2024', '2024'],
  ['2023-S2/2024-S1', '6 tháng cuối năm 2023 – 6 tháng đầu năm 2024', 'Second half of 2023 – first half of 2024'],
  ['2024-W05/2024-W08', 'Tuần 5–8/2024', 'Weeks 5–8 of 2024'],
  ['2024-01-15/2024-01-20', '15–20/01/2024', '15–20 January 2024'],
  ['2024-01-30/2024-02-02', '30/01/2024 – 02/02/2024', '30 January 2024 – 2 February 2024'],
  ['2024/2024', 'Năm 2024', '2024'],
  ['2023-FY04/2024-FY04', 'Năm tài chính 4/2023–3/2024 – năm tài chính 4/2024–3/2025', 'Fiscal year April 2023–March 2024 – fiscal year April 2024–March 2025'],
];

describe('formatPeriodLabel', () => {
  it.each(labels)('labels %s as "%s" and "%s"', (code, vi, en) => {
    expect(formatPeriodLabel(code, 'vi')).toBe(vi);
    expect(formatPeriodLabel(code, 'en')).toBe(en);
  });

  it('has a label for every period type in both languages', () => {
    const covered = new Set(labels.map(([code]) => parsePeriod(code).type));
    expect([...covered].sort()).toEqual([...periodTypes].sort());
  });

  it('writes ranges with an en dash (U+2013) and Roman-numeral quarters', () => {
    expect(formatPeriodLabel('2021/2025', 'en')).toBe('2021\u20132025');
    expect(formatPeriodLabel('2024-Q4', 'vi')).toBe('Quý IV/2024');
  });

  it('accepts a period object as well as a code', () => {
    const quarter: Period = { type: 'quarter', year: 2024, quarter: 1 };
    expect(formatPeriodLabel(quarter, 'vi')).toBe('Quý I/2024');
  });

  it('writes the form used inside a sentence when asked', () => {
    expect(formatPeriodLabel('2024-Q1', 'vi', { inSentence: true })).toBe('quý I/2024');
    expect(formatPeriodLabel('2021/2025', 'vi', { inSentence: true })).toBe('giai đoạn 2021–2025');
    expect(formatPeriodLabel('2024-S1', 'en', { inSentence: true })).toBe('first half of 2024');
    expect(formatPeriodLabel('2024-M09', 'en', { inSentence: true })).toBe('September 2024');
  });

  it('gives different months of one year different labels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        languagesArbitrary,
        (year, first, second, lang) => {
          fc.pre(first !== second);
          const one = formatPeriodLabel({ type: 'month', year, month: first }, lang);
          const other = formatPeriodLabel({ type: 'month', year, month: second }, lang);
          expect(one).not.toBe(other);
        },
      ),
    );
  });

  it('refuses an invalid period or code and an unknown language', () => {
    expectFailure(() => formatPeriodLabel('2024-Q5', 'vi'), 'invalid-period', '2024-Q5');
    expectFailure(() => formatPeriodLabel({ type: 'month', year: 2024, month: 13 }, 'en'), 'invalid-period', 'month');
    expectFailure(() => formatPeriodLabel('2024', 'fr' as 'vi'), 'invalid-argument', 'formatPeriodLabel: lang');
  });

  it('says what a language given as an options object should have been, never "[object Object]"', () => {
    expectFailure(
      () => formatPeriodLabel('2024', { lang: 'vi' } as never),
      'invalid-argument',
      "formatPeriodLabel: lang must be 'vi' (Vietnamese) or 'en' (English); got an object",
    );
  });
});
