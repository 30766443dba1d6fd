/**
 * The main example (`npm run demo`). It grows with the library: for now it shows exact numbers and
 * calendar dates; later sections print the Như Xuân 2024 report.
 */
import { isoDateToDate, round, toDecimal, toIsoDate } from '../src/index.js';

const target = toDecimal('5.6');
const actual = toDecimal(0.1).plus(0.2).times(20);
console.log(`Exact arithmetic: 0.1 + 0.2 = ${toDecimal(0.1).plus(0.2).toString()}`);
console.log(`Rounded half away from zero: ${round(actual.div(target).times(100), 1).toString()}%`);
console.log(`Reform date: ${toIsoDate(isoDateToDate('2025-07-01'))}`);
