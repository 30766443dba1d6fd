/*
 * Next year's targets from a five-year plan, target by target: what each shape proposes and the
 * working it publishes, and why a target proposes nothing (outside the range, no single value, a
 * missing value, a growth that cannot be compounded). Also the year-end estimate over several
 * earlier years. Each number is worked out by hand from the values given.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { type TargetInput, type YearTargetProposal, estimateYearEnd, planSchema, proposeYearTargets, reviewPlan } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { expectFailure } from '../helpers.js';
import { data } from './helpers.js';

const fiveYear = { kind: 'five-year-plan' } as const;
const entry = (id: string, fields: Partial<TargetInput> & Pick<TargetInput, 'indicator' | 'basis'>): TargetInput => ({
  id,
  area: '402',
  period: '2021/2025',
  comparator: 'at-least',
  document: fiveYear,
  ...fields,
});

const plan = z.parse(planSchema, {
  id: 'P',
  title: { vi: 'Kế hoạch 5 năm (minh họa)' },
  area: '402',
  period: '2021/2025',
  document: fiveYear,
  targets: [
    entry('UNKNOWN', { indicator: 'NOPE', basis: 'level', value: 1 }),
    entry('OWN', { indicator: 'INVESTMENT', basis: 'level', period: '2024', value: 1000, milestones: [{ period: '2024-S1', value: 500 }], document: { kind: 'annual-plan' } }),
    entry('BAND', { indicator: 'FOREST_COVER', basis: 'level', comparator: 'between', lower: 50, upper: 60 }),
    entry('KEEP', { indicator: 'FOREST_COVER', basis: 'level', comparator: 'maintain' }),
    entry('APPROX', { indicator: 'FOREST_COVER', basis: 'level', comparator: 'approximately', value: 55, tolerance: 1 }),
    entry('GROWTH', { indicator: 'PRODUCTION_VALUE', basis: 'growth', basePeriod: '2020', value: 7 }),
    entry('INVEST', { indicator: 'INVESTMENT', basis: 'cumulative', value: 5000 }),
    entry('NTM', { indicator: 'NTM_COMMUNES', basis: 'change', basePeriod: '2020', value: 5 }),
    entry('POINTS', { indicator: 'POVERTY_RATE', basis: 'point-change', basePeriod: '2020', comparator: 'at-most', value: -3 }),
    entry('URBAN', { indicator: 'URBANISATION_RATE', basis: 'level', value: 15 }),
    entry('REVENUE', { indicator: 'BUDGET_REVENUE', basis: 'level', value: 900 }),
    entry('NEGATIVE', { indicator: 'BUDGET_REVENUE', basis: 'level', value: -900 }),
  ],
});

const actuals = data(
  ...[4050, 4310, 4700, 5120].map((value, index) => ({ indicator: 'PRODUCTION_VALUE', period: String(2020 + index), value })),
  ...[900, 1000, 1100].map((value, index) => ({ indicator: 'INVESTMENT', period: String(2021 + index), value })),
  ...[6, 7, 8, 9].map((value, index) => ({ indicator: 'NTM_COMMUNES', period: String(2020 + index), value })),
  ...[10, 9, 8, 7].map((value, index) => ({ indicator: 'POVERTY_RATE', period: String(2020 + index), value })),
  ...[12, '12.5', 13, '13.4'].map((value, index) => ({ indicator: 'URBANISATION_RATE', period: String(2020 + index), value })),
  ...[500, 560, 620, 700].map((value, index) => ({ indicator: 'BUDGET_REVENUE', period: String(2020 + index), value })),
);

/** Each proposal as [id, shape, reason or proposed value, method, latest period]. */
function read(proposals: readonly YearTargetProposal[]) {
  return proposals.map((proposal) => [
    proposal.source.id,
    proposal.shape,
    proposal.reason ?? proposal.proposed?.value?.toString(),
    proposal.method,
    proposal.latest?.period ?? null,
  ]);
}

describe('proposeYearTargets, target by target', () => {
  it('for 2022, from the 2021 values: four years left', () => {
    expect(read(proposeYearTargets(plan, actuals, { catalog, year: 2022 }))).toEqual([
      ['UNKNOWN', null, 'indicator NOPE is not in the catalog', '', null],
      ['OWN', 'flow-level', 'target OWN is for 2024, not for a range of years', '', null],
      ['BAND', 'state-level', 'a target with comparator between has no single value to spread over the years', '', null],
      ['KEEP', 'state-level', 'a target with comparator maintain has no single value to spread over the years', '', null],
      ['APPROX', 'state-level', 'a target with comparator approximately has no single value to spread over the years', '', null],
      // 4,050 × 1.07^5 = 5,680.33 to reach from 4,310 in four years
      ['GROWTH', 'average-growth', '7.145555393548385558267672860520804097143', 'T_2022 = ((B × (1 + T/100)^5 / A_2021)^(1/4) − 1) × 100', '2021'],
      // (5,000 − 900) / 4
      ['INVEST', 'cumulative', '1025', 'T_2022 = (T − Σ A 2021–2021) / 4', '2021'],
      // (5 − (7 − 6)) / 4
      ['NTM', 'change', '1', 'T_2022 = (T − (A_2021 − B)) / 4', '2021'],
      // (−3 − (9 − 10)) / 4
      ['POINTS', 'change', '-0.5', 'T_2022 = (T − (A_2021 − B)) / 4', '2021'],
      // a rate moves in equal steps: 12.5 + (15 − 12.5) / 4
      ['URBAN', 'state-level', '13.125', 'T_2022 = A + (T − A) / 4', '2021'],
      // a flow grows at a constant rate: 560 × (900 / 560)^(1/4)
      ['REVENUE', 'state-level', '630.5240371502851738528874099949246439312', 'T_2022 = A × (T / A)^(1/4)', '2021'],
      ['NEGATIVE', 'state-level', 'compound growth needs latest value and target of the same sign; got latest value 560 and target -900', '', '2021'],
    ]);
  });

  it('the proposed targets are yearly targets of the annual plan, from the year before', () => {
    const byId = new Map(proposeYearTargets(plan, actuals, { catalog, year: 2024 }).map((proposal) => [proposal.source.id, proposal.proposed]));
    const fields = (id: string) => {
      const proposed = byId.get(id);
      return [proposed?.id, proposed?.period, proposed?.basis, proposed?.basePeriod, proposed?.comparator, proposed?.document.kind, proposed?.milestones];
    };
    expect(fields('GROWTH')).toEqual(['GROWTH-2024', '2024', 'growth', '2023', 'at-least', 'annual-plan', undefined]);
    expect(fields('INVEST')).toEqual(['INVEST-2024', '2024', 'level', undefined, 'at-least', 'annual-plan', undefined]);
    expect(fields('NTM')).toEqual(['NTM-2024', '2024', 'change', '2023', 'at-least', 'annual-plan', undefined]);
    expect(fields('POINTS')).toEqual(['POINTS-2024', '2024', 'point-change', '2023', 'at-most', 'annual-plan', undefined]);
    expect(fields('URBAN')).toEqual(['URBAN-2024', '2024', 'level', undefined, 'at-least', 'annual-plan', undefined]);
    // The plan's own target for the year, without its milestones, as a target of the annual plan.
    const own = proposeYearTargets(plan, actuals, { catalog, year: 2024 })[1];
    expect([own?.proposed?.id, own?.proposed?.value?.toString(), own?.proposed?.milestones, own?.proposed?.document.kind, own?.method, own?.latest, own?.reason]).toEqual([
      'OWN', '1000', undefined, 'annual-plan', "T (the plan's own target for 2024)", null, null,
    ]);
  });

  it('a year outside the range proposes nothing, on either side', () => {
    for (const year of [2020, 2026]) {
      const proposals = proposeYearTargets(plan, actuals, { catalog, year });
      expect(proposals.slice(2).map((proposal) => proposal.reason)).toEqual(Array.from({ length: 10 }, () => `${String(year)} is outside 2021/2025`));
    }
  });

  it('a missing base or earlier value is named, with the latest value found', () => {
    const lacking = data(
      { indicator: 'PRODUCTION_VALUE', period: '2023', value: 5120 },
      { indicator: 'INVESTMENT', period: '2021', value: 900 },
      { indicator: 'INVESTMENT', period: '2023', value: 1100 },
      { indicator: 'NTM_COMMUNES', period: '2023', value: 9 },
    );
    const proposals = proposeYearTargets(plan, lacking, { catalog, year: 2024 });
    expect(read(proposals).slice(5, 8)).toEqual([
      ['GROWTH', 'average-growth', 'no base value of PRODUCTION_VALUE for area 402 in 2020', '', '2023'],
      ['INVEST', 'cumulative', 'no actual value of INVESTMENT for area 402 in 2022', '', '2023'],
      ['NTM', 'change', 'no base value of NTM_COMMUNES for area 402 in 2020', '', '2023'],
    ]);
    expect(read(proposals)[10]).toEqual(['REVENUE', 'state-level', 'no actual value of BUDGET_REVENUE for area 402 in 2023', '', null]);
  });
});

describe('reviewPlan', () => {
  it('reads the point reached as a canonical code and counts the paces', () => {
    const review = reviewPlan(plan, actuals, { catalog, through: '2021/2023' });
    expect(review.through).toBe('2021/2023');
    expect(review.summary).toEqual({ total: 12, ahead: 3, onPace: 2, behind: 2, notAssessable: 5 });
    expect(review.paces.map((pace) => pace.status)).toEqual([
      'not-assessable', 'not-assessable', 'not-assessable', 'not-assessable', 'not-assessable', 'ahead', 'on-pace', 'on-pace', 'ahead', 'behind', 'behind', 'ahead',
    ]);
  });
});

describe('estimateYearEnd over several earlier years', () => {
  const flows = data(
    { indicator: 'INVESTMENT', period: '2021-S1', value: 400 },
    { indicator: 'INVESTMENT', period: '2021', value: 1000 },
    { indicator: 'INVESTMENT', period: '2022-S1', value: 500 },
    { indicator: 'INVESTMENT', period: '2022', value: 1000 },
    { indicator: 'INVESTMENT', period: '2023-S1', value: 450 },
    { indicator: 'INVESTMENT', period: '2023', value: 1000 },
    { indicator: 'INVESTMENT', period: '2024-S1', value: 500 },
  );
  const key = { indicator: 'INVESTMENT', area: '402' };

  it('uses three years unless told, most recent first, summing parts and totals', () => {
    // (450 + 500 + 400) / 3,000 = 0.45; 500 / 0.45
    const three = estimateYearEnd(flows, key, { catalog, toDate: '2024-S1' });
    expect([three.share.toString(), three.estimate.toString(), three.years.map((year) => [year.year, year.toDate.toString(), year.total.toString()]), three.method, three.value.toString()]).toEqual([
      '0.45',
      '1111.111111111111111111111111111111111111',
      [[2023, '450', '1000'], [2022, '500', '1000'], [2021, '400', '1000']],
      'estimate = A_2024-S1 × Σ year / Σ same part (2023, 2022, 2021)',
      '500',
    ]);
    // (450 + 500) / 2,000 = 0.475
    const two = estimateYearEnd(flows, key, { catalog, toDate: '2024-S1', years: 2 });
    expect([two.share.toString(), two.estimate.toString(), two.years.length]).toEqual(['0.475', '1052.631578947368421052631578947368421053', 2]);
    expect(estimateYearEnd(flows, key, { catalog, toDate: '2024-S1', years: 1 }).years.map((year) => year.year)).toEqual([2023]);
  });

  it('refuses a part of two years, a fractional count of years, the second half, and a profile of zeros', () => {
    expectFailure(
      () => estimateYearEnd(flows, key, { catalog, toDate: '2023-M01/2024-M06' }),
      'invalid-argument',
      'toDate must be a part of one year from 1 January, such as 2024-S1 or 2024-M01/2024-M09; got 2023-M01/2024-M06 (2023-01-01 to 2024-06-30)',
    );
    expectFailure(() => estimateYearEnd(flows, key, { catalog, toDate: '2024-S1', years: 1.5 }), 'invalid-argument', 'years must be a whole number, 1 or more; got 1.5');
    expectFailure(() => estimateYearEnd(flows, key, { catalog, toDate: '2024-S2' }), 'invalid-argument', /got 2024-S2 \(2024-07-01 to 2024-12-31\)$/);
    const zeros = data({ indicator: 'INVESTMENT', period: '2023-S1', value: 0 }, { indicator: 'INVESTMENT', period: '2023', value: 10 }, { indicator: 'INVESTMENT', period: '2024-S1', value: 5 });
    expectFailure(
      () => estimateYearEnd(zeros, key, { catalog, toDate: '2024-S1' }),
      'insufficient-data',
      'the earlier years brought no INVESTMENT by the same point of the year, so their profile cannot scale it',
    );
    expectFailure(() => estimateYearEnd(flows, { indicator: 'NTM_COMMUNES', area: '402' }, { catalog, toDate: '2024-S1' }), 'invalid-argument', 'a year-end estimate scales a flow by its seasonal share; NTM_COMMUNES is a stock, whose latest value is its own estimate');
  });
});
