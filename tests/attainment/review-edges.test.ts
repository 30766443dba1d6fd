/*
 * Proposals and estimates at their edges: a maintained or banded target that carries a value still
 * has no single value to spread, an index moves at a constant rate like a flow, the first year of a
 * range whose base is earlier than the year before it starts from that year's actual, and an
 * earlier year without its total is left out of a year-end estimate. Numbers worked out by hand.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { type TargetInput, buildCatalog, buildDataset, estimateYearEnd, parseObservations, planSchema, proposeYearTargets } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { data } from './helpers.js';

const planOf = (...targets: (Partial<TargetInput> & Pick<TargetInput, 'id' | 'indicator' | 'basis'>)[]) =>
  z.parse(planSchema, {
    id: 'P',
    title: { vi: 'Kế hoạch 5 năm (minh họa)' },
    area: '402',
    period: '2021/2025',
    document: { kind: 'five-year-plan' },
    targets: targets.map((fields) => ({ area: '402', period: '2021/2025', comparator: 'at-least', document: { kind: 'five-year-plan' }, ...fields })),
  });

describe('proposeYearTargets', () => {
  it('a maintained level with a value, and a band with a value, have no single value to spread', () => {
    const plan = planOf(
      { id: 'KEEP', indicator: 'FOREST_COVER', basis: 'level', comparator: 'maintain', value: 55 },
      { id: 'BAND', indicator: 'FOREST_COVER', basis: 'level', comparator: 'between', value: 55, lower: 50, upper: 60 },
    );
    const cover = data(...['2020', '2021'].map((period) => ({ indicator: 'FOREST_COVER', period, value: 54 })));
    expect(proposeYearTargets(plan, cover, { catalog, year: 2022 }).map((proposal) => [proposal.proposed, proposal.reason])).toEqual([
      [null, 'a target with comparator maintain has no single value to spread over the years'],
      [null, 'a target with comparator between has no single value to spread over the years'],
    ]);
  });

  it('an index moves at a constant rate, as a flow does: 100 × (120 / 100)^(1/4)', () => {
    const indexCatalog = buildCatalog([
      { code: 'PRICES', labels: { vi: 'Chỉ số giá' }, unit: { unit: 'indexPoints', power: 0 }, measure: 'index', polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'average', overTime: 'last' } },
    ]);
    const plan = planOf({ id: 'PRICES', indicator: 'PRICES', basis: 'level', value: 120 });
    const prices = buildDataset(parseObservations(['2020', '2021'].map((period) => ({ indicator: 'PRICES', area: '402', period, value: 100, status: 'official' }))));
    const [proposal] = proposeYearTargets(plan, prices, { catalog: indexCatalog, year: 2022 });
    expect([proposal?.proposed?.value?.toFixed(6), proposal?.method]).toEqual(['104.663514', 'T_2022 = A × (T / A)^(1/4)']);
  });

  it('the first year of a range whose base is 2019 starts from the 2020 actual, not from the base', () => {
    // 5 more communes from 2019 (6); 7 in 2020 already: (5 − (7 − 6)) / 5 = 0.8 a year from 2021
    const plan = planOf({ id: 'NTM', indicator: 'NTM_COMMUNES', basis: 'change', basePeriod: '2019', value: 5 });
    const communes = data({ indicator: 'NTM_COMMUNES', period: '2019', value: 6 }, { indicator: 'NTM_COMMUNES', period: '2020', value: 7 });
    const [first] = proposeYearTargets(plan, communes, { catalog, year: 2021 });
    expect([first?.latest?.period, first?.proposed?.value?.toString(), first?.method]).toEqual(['2020', '0.8', 'T_2021 = (T − (A_2020 − B)) / 5']);
    // With no 2020 value, it says so
    const [missing] = proposeYearTargets(plan, data({ indicator: 'NTM_COMMUNES', period: '2019', value: 6 }), { catalog, year: 2021 });
    expect([missing?.proposed, missing?.reason]).toEqual([null, 'no actual value of NTM_COMMUNES for area 402 in 2020']);
    // The usual base, the year before the range, is that value itself
    const usual = planOf({ id: 'NTM', indicator: 'NTM_COMMUNES', basis: 'change', value: 5 });
    const [fromBase] = proposeYearTargets(usual, communes, { catalog, year: 2021 });
    expect([fromBase?.latest?.period, fromBase?.proposed?.value?.toString()]).toEqual(['2020', '1']);
    const [noBase] = proposeYearTargets(usual, data({ indicator: 'NTM_COMMUNES', period: '2019', value: 6 }), { catalog, year: 2021 });
    expect(noBase?.reason).toBe('no base value of NTM_COMMUNES for area 402 in 2020');
  });
});

describe('estimateYearEnd', () => {
  it('an earlier year with the same part but not the whole year is left out', () => {
    const flows = data(
      { indicator: 'INVESTMENT', period: '2022-S1', value: 500 },
      { indicator: 'INVESTMENT', period: '2023-S1', value: 450 },
      { indicator: 'INVESTMENT', period: '2023', value: 1000 },
      { indicator: 'INVESTMENT', period: '2024-S1', value: 540 },
    );
    const estimate = estimateYearEnd(flows, { indicator: 'INVESTMENT', area: '402' }, { catalog, toDate: '2024-S1' });
    // only 2023: 540 / 0.45
    expect([estimate.years.map((year) => year.year), estimate.share.toString(), estimate.estimate.toString()]).toEqual([[2023], '0.45', '1200']);
  });
});
