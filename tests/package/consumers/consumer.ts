/*
 * A consumer of the packed package, compiled in each setup of tests/package/consumers/ without
 * skipLibCheck (tests/package/consumers.test.ts). Every line is a claim about the published
 * declarations: if `Decimal` widened to `any` (as it did under nodenext with a default import of
 * decimal.js), the `Expect` lines and the `@ts-expect-error` lines below fail to compile.
 */
import { type Decimal, PlanningError, growthRate, parsePeriod, toDecimal } from 'planning-indicators';
import { attainmentRatio, toDecimal as coreToDecimal } from 'planning-indicators/core';
import { formatPercent } from 'planning-indicators/format';
import { assessPlan } from 'planning-indicators/attainment';
import { renderMarkdown, scorecardTable } from 'planning-indicators/report';
import { observationsToCsv } from 'planning-indicators/exchange';
import { observationsToSheet, xlsxPackages } from 'planning-indicators/xlsx';
import { nhuXuanDataset2024, nhuXuanPlan2024 } from 'planning-indicators/datasets/nhu-xuan';
import { vnDistrictIndicatorCatalog } from 'planning-indicators/datasets/vietnam';

type IsAny<T> = 0 extends 1 & T ? true : false;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

const rate = growthRate(110, 100);
export type RateIsNotAny = Expect<Equal<IsAny<typeof rate>, false>>;
export type RateIsDecimal = Expect<Equal<typeof rate, Decimal>>;
export type DecimalIsNotAny = Expect<Equal<IsAny<Decimal>, false>>;
export type ToFixedIsString = Expect<Equal<ReturnType<Decimal['toFixed']>, string>>;
// One Decimal type whichever entry point a value comes from:
export type CoreDecimalIsTheSame = Expect<Equal<ReturnType<typeof coreToDecimal>, Decimal>>;

// Compiled, never run: each line must be a type error.
export function refusedByTheTypes(): void {
  // @ts-expect-error a Decimal is not a number
  const asNumber: number = rate;
  // @ts-expect-error a Decimal has no such method
  rate.noSuchMethod();
  // @ts-expect-error growthRate takes numbers, decimal strings or Decimals
  growthRate(true, 100);
  console.log(asNumber);
}

const ratio: Decimal = attainmentRatio(47.2, 45, 'increasing');
const assessment = assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog });
const first = assessment.assessments[0];
export type AssessedRatioIsDecimal = Expect<Equal<NonNullable<NonNullable<typeof first>['ratio']>, Decimal>>;
const table = renderMarkdown(scorecardTable(assessment, { catalog: vnDistrictIndicatorCatalog, lang: 'en' }));
const csv = observationsToCsv([]);

let refused = '';
try {
  toDecimal('12,5', 'income');
} catch (error) {
  if (error instanceof PlanningError) refused = error.code;
}

console.log(
  JSON.stringify({
    rate: rate.toFixed(2),
    ratio: ratio.toFixed(4),
    percent: formatPercent(rate, { lang: 'vi', digits: 1 }),
    period: parsePeriod('2024-Q3').type,
    assessments: assessment.assessments.length,
    table: table.length > 0,
    csv: csv.text.split('\n')[0],
    refused,
    sheet: observationsToSheet([]).sheet.name,
    workbookPackages: Object.keys(xlsxPackages),
  }),
);
