/*
 * The five-year plan at mid-term: the review of every target, next year's targets from the path to
 * the five-year targets, and the year-end estimate from figures to date (issue 10).
 */
import { describe, expect, it } from 'vitest';
import {
  type PlanInput,
  type TargetInput,
  compoundGrowthRate,
  estimateYearEnd,
  planSchema,
  proposeYearTargets,
  reviewPlan,
} from '../../src/index.js';
import * as z from 'zod/mini';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { expectFailure } from '../helpers.js';
import { data } from './helpers.js';

const targets: TargetInput[] = [
  { id: 'GROWTH', area: '402', indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 7, document: { kind: 'five-year-plan' } },
  { id: 'INVEST', area: '402', indicator: 'INVESTMENT', basis: 'cumulative', period: '2021/2025', comparator: 'at-least', value: 5000, document: { kind: 'five-year-plan' } },
  { id: 'NTM', area: '402', indicator: 'NTM_COMMUNES', basis: 'change', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 5, document: { kind: 'five-year-plan' } },
  { id: 'URBAN', area: '402', indicator: 'URBANISATION_RATE', basis: 'level', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 15, document: { kind: 'five-year-plan' } },
  { id: 'REVENUE', area: '402', indicator: 'BUDGET_REVENUE', basis: 'level', period: '2021/2025', comparator: 'at-least', value: 900, document: { kind: 'five-year-plan' } },
  { id: 'Y2024', area: '402', indicator: 'INVESTMENT', basis: 'level', period: '2024', comparator: 'at-least', value: 1000, document: { kind: 'annual-plan' } },
];
const plan = z.parse(planSchema, {
  id: 'FIVE-YEAR',
  title: { vi: 'Kế hoạch 5 năm (minh họa)' },
  area: '402',
  period: '2021/2025',
  document: { kind: 'five-year-plan' },
  targets,
  illustrative: true,
} satisfies PlanInput);

const actuals = data(
  ...[4050, 4310, 4700, 5120, 5436].map((value, index) => ({ indicator: 'PRODUCTION_VALUE', period: String(2020 + index), value })),
  ...[900, 1000, 1100, 1150].map((value, index) => ({ indicator: 'INVESTMENT', period: String(2021 + index), value })),
  { indicator: 'INVESTMENT', period: '2023-S1', value: 500 },
  { indicator: 'INVESTMENT', period: '2024-S1', value: 520 },
  ...[6, 7, 8, 9, 10].map((value, index) => ({ indicator: 'NTM_COMMUNES', period: String(2020 + index), value })),
  ...[12, '12.5', 13, '13.4', 14].map((value, index) => ({ indicator: 'URBANISATION_RATE', period: String(2020 + index), value })),
  ...[500, 560, 620, 700, 760].map((value, index) => ({ indicator: 'BUDGET_REVENUE', period: String(2020 + index), value })),
);

describe('reviewPlan: the mid-term review of a five-year plan', () => {
  // Computed inside each test, not when the file loads: Stryker then runs only the tests that cover a mutant.
  const review = () => reviewPlan(plan, actuals, { catalog, through: '2021/2023' });

  it('paces every target by its shape and says what the remaining years need', () => {
    expect(review().paces.map((pace) => [pace.target.id, pace.shape, pace.status])).toEqual([
      ['GROWTH', 'average-growth', 'ahead'],
      ['INVEST', 'cumulative', 'on-pace'],
      ['NTM', 'change', 'on-pace'],
      ['URBAN', 'state-level', 'behind'],
      ['REVENUE', 'state-level', 'behind'],
      ['Y2024', 'flow-level', 'not-assessable'],
    ]);
    const [growth, invest, ntm, urban] = review().paces;
    expect(growth?.growthToDate?.toString()).toBe(compoundGrowthRate(4050, 5120, 3).toString());
    expect([invest?.remaining?.value.toString(), invest?.remaining?.perYear?.toString()]).toEqual(['2000', '1000']);
    expect([ntm?.quantity?.toString(), ntm?.expected?.toString(), ntm?.remaining?.value.toString(), ntm?.remaining?.perYear?.toString()]).toEqual(['3', '3', '2', '1']);
    // 12% in 2020, 15% in 2025: the path expects 13.8% after three of five years; 13.4% is behind.
    expect([urban?.expected?.toString(), urban?.quantity?.toString(), urban?.remaining?.value.toString()]).toEqual(['13.8', '13.4', '1.6']);
    expect(review().summary).toEqual({ total: 6, ahead: 1, onPace: 2, behind: 2, notAssessable: 1 });
  });

  it('a target outside the point reached says so', () => {
    expect(review().paces[5]?.reason?.code).toBe('outside-period');
  });

  it('reads the plan at a part of a year as well', () => {
    const nineMonths = reviewPlan(plan, actuals, { catalog, through: '2024-S1' });
    expect(nineMonths.paces.map((pace) => [pace.target.id, pace.status])).toEqual([
      ['GROWTH', 'ahead'],
      ['INVEST', 'ahead'],
      ['NTM', 'not-assessable'],
      ['URBAN', 'not-assessable'],
      ['REVENUE', 'not-assessable'],
      ['Y2024', 'ahead'],
    ]);
  });
});

describe('proposeYearTargets: next year from the five-year plan', () => {
  const proposals = () => proposeYearTargets(plan, actuals, { catalog, year: 2025 });

  it('gives the yearly growth, sum, change and level that stay on the path', () => {
    const byId = new Map(proposals().map((proposal) => [proposal.source.id, proposal]));
    const growth = byId.get('GROWTH')?.proposed;
    expect([growth?.basis, growth?.period, growth?.basePeriod, growth?.value?.toFixed(4)]).toEqual(['growth', '2025', '2024', '4.4947']);
    expect(byId.get('INVEST')?.proposed?.value?.toString()).toBe('850');
    expect([byId.get('NTM')?.proposed?.basis, byId.get('NTM')?.proposed?.value?.toString()]).toEqual(['change', '1']);
    expect(byId.get('URBAN')?.proposed?.value?.toString()).toBe('15');
    expect([byId.get('REVENUE')?.proposed?.value?.toString(), byId.get('REVENUE')?.method]).toEqual(['900', 'T_2025 = A × (T / A)^(1/1)']);
    expect(byId.get('Y2024')?.reason).toBe('target Y2024 is for 2024, not for a range of years');
  });

  it('spreads what remains over the years left: two years from 2023', () => {
    const through2023 = proposeYearTargets(plan, actuals, { catalog, year: 2024 });
    const invest = through2023.find((proposal) => proposal.source.id === 'INVEST');
    expect([invest?.proposed?.value?.toString(), invest?.latest?.period]).toEqual(['1000', '2023']);
    const urban = through2023.find((proposal) => proposal.source.id === 'URBAN');
    expect(urban?.proposed?.value?.toString()).toBe('14.2');
    const revenue = through2023.find((proposal) => proposal.source.id === 'REVENUE');
    // constant growth from 700 to 900 in two years: 700 × (9/7)^(1/2)
    expect(revenue?.proposed?.value?.toFixed(4)).toBe('793.7254');
  });

  it('starts from the base value in the range\'s first year, and refuses a year that is not whole', () => {
    const first = proposeYearTargets(plan, actuals, { catalog, year: 2021 }).find((proposal) => proposal.source.id === 'GROWTH');
    expect([first?.latest?.period, first?.proposed?.value?.toString()]).toEqual(['2020', '7']);
    expectFailure(() => proposeYearTargets(plan, actuals, { catalog, year: 2025.5 }), 'invalid-argument', 'year must be a whole number such as 2025; got 2025.5');
  });
});

describe('estimateYearEnd: "ước thực hiện cả năm" from the seasonal profile', () => {
  it('scales the value to date by the earlier years\' share of the year done by then', () => {
    const estimate = estimateYearEnd(actuals, { indicator: 'INVESTMENT', area: '402' }, { catalog, toDate: '2024-S1' });
    // 2023 brought 500 of 1,100 by mid-year; 520 / (500 / 1100) = 1,144
    expect([estimate.share.toString(), estimate.estimate.toString(), estimate.years.map((year) => year.year)]).toEqual(['0.4545454545454545454545454545454545454545', '1144', [2023]]);
    expect(estimate.method).toBe('estimate = A_2024-S1 × Σ year / Σ same part (2023)');
  });

  it('refuses what it cannot estimate, saying why', () => {
    const key = { indicator: 'INVESTMENT', area: '402' };
    expectFailure(() => estimateYearEnd(actuals, { indicator: 'URBANISATION_RATE', area: '402' }, { catalog, toDate: '2024-S1' }), 'invalid-argument', /URBANISATION_RATE is a ratio/);
    expectFailure(() => estimateYearEnd(actuals, key, { catalog, toDate: '2024-Q2' }), 'invalid-argument', /from 1 January/);
    expectFailure(() => estimateYearEnd(actuals, key, { catalog, toDate: '2024' }), 'invalid-argument', /from 1 January/);
    expectFailure(() => estimateYearEnd(actuals, key, { catalog, toDate: '2023-S1' }), 'insufficient-data', /none of 2020–2022 has both/);
    expectFailure(() => estimateYearEnd(actuals, key, { catalog, toDate: '2024-Q1' }), 'insufficient-data', 'no value of INVESTMENT for area 402 in 2024-Q1');
    expectFailure(() => estimateYearEnd(actuals, key, { catalog, toDate: '2024-S1', years: 0 }), 'invalid-argument', 'years must be a whole number, 1 or more; got 0');
  });
});
