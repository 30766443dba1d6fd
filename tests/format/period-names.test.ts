import { describe, expect, it } from 'vitest';
import { type WeekStart, formatPeriodLabel } from '../../src/index.js';

describe('formatPeriodLabel, every month and weekday by name', () => {
  it('names each of the twelve months in English', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const labels = names.map((_, index) => formatPeriodLabel({ type: 'month', year: 2024, month: index + 1 }, 'en'));
    expect(labels).toEqual(names.map((name) => `${name} 2024`));
  });

  it('names the fiscal year ending in each month', () => {
    expect(formatPeriodLabel('2024-FY02', 'en')).toBe('Fiscal year February 2024–January 2025');
    expect(formatPeriodLabel('2024-FY09', 'en')).toBe('Fiscal year September 2024–August 2025');
    expect(formatPeriodLabel('2024-FY02', 'vi')).toBe('Năm tài chính 2/2024–1/2025');
  });

  it('names the start day of a week that does not start on Monday, in both languages', () => {
    const weekdays: readonly (readonly [WeekStart, string, string])[] = [
      ['tuesday', 'thứ Ba', 'Tuesday'],
      ['wednesday', 'thứ Tư', 'Wednesday'],
      ['thursday', 'thứ Năm', 'Thursday'],
      ['friday', 'thứ Sáu', 'Friday'],
      ['saturday', 'thứ Bảy', 'Saturday'],
      ['sunday', 'Chủ nhật', 'Sunday'],
    ];
    for (const [weekStart, vi, en] of weekdays) {
      const week = { type: 'week', year: 2024, week: 10, weekStart } as const;
      expect(formatPeriodLabel(week, 'vi')).toBe(`Tuần 10/2024 (từ ${vi})`);
      expect(formatPeriodLabel(week, 'en')).toBe(`${en} week 10 of 2024`);
    }
  });

  it('writes the bi-months of a year and the ranges of bi-weeks and bi-months in full', () => {
    expect(formatPeriodLabel('2024-B3', 'vi', { inSentence: true })).toBe('tháng 5–6/2024');
    expect(formatPeriodLabel('2024-B4', 'en')).toBe('July–August 2024');
    expect(formatPeriodLabel('2024-BiW01/2024-BiW03', 'vi')).toBe('Hai tuần 1/2024 – hai tuần 3/2024');
    expect(formatPeriodLabel('2024-BiW01/2024-BiW03', 'en')).toBe('Bi-week 1 of 2024 – bi-week 3 of 2024');
  });

  it('writes a range of weeks, quarters or days across two years in full', () => {
    expect(formatPeriodLabel('2023-W50/2024-W02', 'vi')).toBe('Tuần 50/2023 – tuần 2/2024');
    expect(formatPeriodLabel('2023-W50/2024-W02', 'en')).toBe('Week 50 of 2023 – week 2 of 2024');
    expect(formatPeriodLabel('2023-12-30/2024-01-02', 'vi')).toBe('30/12/2023 – 02/01/2024');
    expect(formatPeriodLabel('2023-Q4/2024-Q1', 'en', { inSentence: true })).toBe('Q4 2023 – Q1 2024');
    expect(formatPeriodLabel('2023-M03/2024-M02', 'en')).toBe('March 2023 – February 2024');
  });

  it('writes a range of halves across two years in full, and of months from a later month in one year compactly', () => {
    expect(formatPeriodLabel('2023-S1/2024-S2', 'en')).toBe('First half of 2023 – second half of 2024');
    expect(formatPeriodLabel('2024-M02/2024-M05', 'vi')).toBe('Tháng 2–5/2024');
    expect(formatPeriodLabel('2024-M01/2024-M12', 'vi')).toBe('12 tháng năm 2024');
  });
});
