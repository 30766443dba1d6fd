/**
 * Periods in a Vietnamese district report (`npx tsx examples/periods.ts`): read period codes, show
 * their dates, the same period last year (cùng kỳ), the year to date (9 tháng), the pace of the year,
 * and the codes SDMX and DHIS2 use for them.
 */
import {
  PlanningError,
  enumeratePeriods,
  formatPeriod,
  fromDhis2PeriodId,
  parsePeriod,
  periodDays,
  periodElapsedShare,
  periodEnd,
  periodStart,
  round,
  samePeriodLastYear,
  splitPeriod,
  toDhis2PeriodId,
  toSdmxTimePeriod,
  yearToDate,
} from 'planning-indicators';

const codes = ['2024', '2024-S1', '2024-Q3', '2024-M09', '2024-W05', '2024-01-15', '2024-FY04', '2021/2025', '2024-M01/2024-M09'];

console.log('Period codes and their dates:');
for (const code of codes) {
  const period = parsePeriod(code);
  const sdmx = toSdmxTimePeriod(period);
  let dhis2: string;
  try {
    dhis2 = toDhis2PeriodId(period);
  } catch (error) {
    // A DHIS2 period ID names one period: ranges have none.
    if (!(error instanceof PlanningError) || error.code !== 'unsupported-conversion') throw error;
    dhis2 = '(none)';
  }
  console.log(
    `  ${code.padEnd(18)} ${period.type.padEnd(11)} ${periodStart(period)} to ${periodEnd(period)}` +
      ` ${String(periodDays(period)).padStart(4)} days  SDMX ${sdmx.padEnd(15)} DHIS2 ${dhis2}`,
  );
}

// "9 tháng năm 2024 so với cùng kỳ": the first nine months against the same months of 2023.
const nineMonths = yearToDate('2024-M09');
console.log(`\n9 tháng năm 2024: ${formatPeriod(nineMonths)}, cùng kỳ: ${formatPeriod(samePeriodLastYear(nineMonths))}`);
console.log(`6 tháng đầu năm: ${formatPeriod(yearToDate('2024-M06'))} (the half-year ${formatPeriod(yearToDate('2024-S1'))})`);
console.log(`Quarters of the fiscal year 2024-FY04: ${splitPeriod('2024-FY04', 'quarter').map(formatPeriod).join(', ')}`);
console.log(`Years of the plan 2021/2025: ${enumeratePeriods('2021/2025').map(formatPeriod).join(', ')}`);

// Pace: how much of 2024 had passed at the end of 30 June?
const byDays = periodElapsedShare('2024', '2024-06-30', { by: 'days' });
const byMonths = periodElapsedShare('2024', '2024-06-30', { by: 'sub-periods', subType: 'month' });
console.log(`\nShare of 2024 elapsed on 2024-06-30: ${round(byDays.times(100), 2).toString()}% of days, ${round(byMonths.times(100), 2).toString()}% of months`);

// DHIS2 labels a November financial year by the year in which it ends.
const november = fromDhis2PeriodId('2024Nov');
console.log(`DHIS2 2024Nov is ${formatPeriod(november)}: ${periodStart(november)} to ${periodEnd(november)}`);
