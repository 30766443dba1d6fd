/*
 * Charts over time at their edges: the planned path of every target shape (a change, a point change,
 * a level, a growth or a change in one year of a five-year plan), values written in another unit,
 * published after the as-of date or not yearly, an index without a base value, and the years and
 * lists the charts refuse.
 */
import { describe, expect, it } from 'vitest';
import {
  type SeriesChart,
  areaTrendChart,
  assessTarget,
  buildDataset,
  indexChart,
  indicatorTrendChart,
  parseObservations,
  parsePlan,
  planActualChart,
  trendSection,
} from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanFiveYearDataset as dataset, nhuXuanFiveYearPlan as plan, nhuXuanFiveYearPlanInput as planInput } from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../helpers.js';

function values(chart: SeriesChart, id: string): (string | null)[] {
  return chart.series.find((series) => series.id === id)?.points.map((point) => point.value?.toFixed() ?? null) ?? [];
}

function statuses(chart: SeriesChart, id: string): string[] {
  return chart.series.find((series) => series.id === id)?.points.map((point) => point.status ?? '') ?? [];
}

/** The five-year plan with one more target, built from the budget revenue target of 2025 (P3). */
function withTarget(changes: Record<string, unknown>) {
  const revenue = planInput.targets.find((target) => target.id === 'P3');
  if (revenue === undefined) throw new Error('the five-year plan has a target P3');
  return parsePlan({ ...planInput, targets: [...planInput.targets, { ...revenue, id: 'X1', ...changes }] }, { catalog });
}

describe('the planned path of each target shape', () => {
  it('spreads a change over the years from the base year (8 more new-rural communes from 4 in 2020)', () => {
    const chart = indicatorTrendChart(plan, dataset, 'P5', { catalog, lang: 'en' });
    expect(values(chart, 'path')).toEqual(['4', '5.6', '7.2', '8.8', '10.4', '12']);
    expect(chart.references.map((reference) => reference.label)).toEqual(['Target 2025: 12 communes']);
    expect(values(planActualChart(plan, dataset, 'P5', { catalog, lang: 'en' }), 'plan')).toEqual(['5.6', '7.2', '8.8', '10.4', '12']);
  });

  it('spreads a point change the same way (the poverty rate down 15 points from 22.16 %)', () => {
    const chart = indicatorTrendChart(plan, dataset, 'P7', { catalog, lang: 'en' });
    expect(values(chart, 'path')).toEqual(['22.16', '19.16', '16.16', '13.16', '10.16', '7.16']);
    expect(statuses(chart, 'actual')).toEqual(['', 'ahead', 'ahead', 'ahead', 'ahead', '']);
  });

  it('draws a level without milestones in even steps from the base-year value to the target (urbanisation 12.5 % to 17 %)', () => {
    const chart = indicatorTrendChart(plan, dataset, 'P6', { catalog, lang: 'en' });
    expect(chart.series.map((series) => series.id)).toEqual(['actual', 'path']);
    expect(values(chart, 'path')).toEqual(['12.5', '13.4', '14.3', '15.2', '16.1', '17']);
    expect(values(planActualChart(plan, dataset, 'P6', { catalog, lang: 'en' }), 'plan')).toEqual(['13.4', '14.3', '15.2', '16.1', '17']);
  });

  it('draws only the target of a level without a base-year value', () => {
    const chart = indicatorTrendChart(plan, buildDataset(dataset.observations.filter((observation) => !(observation.indicator === 'URBANISATION_RATE' && observation.period === '2020'))), 'P6', {
      catalog,
      lang: 'en',
    });
    expect(values(chart, 'path')).toEqual([null, null, null, null, null, '17']);
  });

  it('plans an average growth by its compound path when the target has no milestones (plan against actual)', () => {
    const chart = planActualChart(plan, dataset, 'P1', { catalog, lang: 'en' });
    expect(chart.series[0]?.points.map((point) => point.text)).toEqual(['4,333.5', '4,636.8', '4,961.4', '5,308.7', '5,680.3']);
  });

  it('measures a growth in one year of a five-year plan from the year before, as its assessment does', () => {
    // Revenue of 2025 up 10 % on 2024 (672.8 tỷ đồng): 740.08, not 10 % on the base year 2020.
    const grown = withTarget({ basis: 'growth', value: '10' });
    const chart = indicatorTrendChart(grown, dataset, 'X1', { catalog, lang: 'en' });
    expect(chart.categories).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(values(chart, 'path')).toEqual([null, null, null, null, null, '740.08']);
    expect(chart.references.map((reference) => reference.label)).toEqual(['Target 2025: 740.1 billion VND']);
    const target = grown.targets.find((candidate) => candidate.id === 'X1');
    if (target === undefined) throw new Error('the target X1 was added');
    const withRevenue2025 = buildDataset([...dataset.observations, ...parseObservations([{ indicator: 'BUDGET_REVENUE', area: '402', period: '2025', value: '740.08', status: 'official' }])]);
    expect(assessTarget(target, withRevenue2025, { catalog }).status).toBe('met');
  });

  it('measures a change in one year of a five-year plan from the year before, and draws no path before it', () => {
    const changed = withTarget({ basis: 'change', value: '80' });
    expect(values(indicatorTrendChart(changed, dataset, 'X1', { catalog, lang: 'en' }), 'path')).toEqual([null, null, null, null, '672.8', '752.8']);
    expect(values(planActualChart(changed, dataset, 'X1', { catalog, lang: 'en' }), 'plan')).toEqual([null, null, null, '672.8', '752.8']);
  });

  it('measures a change over the plan\'s years without a base period from the year before them, and draws nothing without that value', () => {
    const changed = withTarget({ basis: 'change', period: '2021/2025', value: '8' });
    expect(values(indicatorTrendChart(changed, dataset, 'X1', { catalog, lang: 'en' }), 'path')).toEqual(['431.2', '432.8', '434.4', '436', '437.6', '439.2']);
    const without2024 = buildDataset(dataset.observations.filter((observation) => !(observation.indicator === 'BUDGET_REVENUE' && observation.period === '2024')));
    expect(values(indicatorTrendChart(withTarget({ basis: 'change', value: '80' }), without2024, 'X1', { catalog, lang: 'en' }), 'path')).toEqual([null, null, null, null, null, null]);
    expect(values(indicatorTrendChart(withTarget({ basis: 'growth', value: '10' }), without2024, 'X1', { catalog, lang: 'en' }), 'path')).toEqual([null, null, null, null, null, null]);
  });

  it('measures a one-year target from its own base year when it names one', () => {
    const grown = withTarget({ basis: 'growth', value: '10', basePeriod: '2023' });
    expect(values(indicatorTrendChart(grown, dataset, 'X1', { catalog, lang: 'en' }), 'path').at(-1)).toBe('673.75');
  });

  it('has no path for a target without a value', () => {
    const kept = withTarget({ basis: 'level', comparator: 'maintain', value: undefined });
    expect(values(indicatorTrendChart(kept, dataset, 'X1', { catalog, lang: 'en' }), 'path')).toEqual([null, null, null, null, null, null]);
    expect(indicatorTrendChart(kept, dataset, 'X1', { catalog, lang: 'en' }).references).toEqual([]);
  });
});

describe('the values the charts read', () => {
  const revenue = (observations: Parameters<typeof parseObservations>[0]) => buildDataset(parseObservations(observations));

  it('converts a value written in another unit into the indicator\'s, and leaves out one that cannot be converted', () => {
    const data = revenue([
      { indicator: 'BUDGET_REVENUE', area: '402', period: '2022', value: '540300', unit: { unit: 'VND', power: 6 }, status: 'official' },
      { indicator: 'BUDGET_REVENUE', area: '402', period: '2023', value: '612.5', status: 'official' },
      { indicator: 'BUDGET_REVENUE', area: '402', period: '2024', value: '672.8', unit: { unit: 'USD', power: 6 }, status: 'official' },
    ]);
    const chart = areaTrendChart(data, 'BUDGET_REVENUE', { catalog, lang: 'en', areas: [{ code: '402', name: 'Như Xuân' }], from: 2022, to: 2024 });
    expect(values(chart, '402')).toEqual(['540.3', '612.5', null]);
  });

  it('reads yearly values only, and only those published by the as-of date', () => {
    const data = revenue([
      { indicator: 'BUDGET_REVENUE', area: '402', period: '2023', value: '612.5', status: 'official', published: '2024-06-28' },
      { indicator: 'BUDGET_REVENUE', area: '402', period: '2024', value: '672.8', status: 'official', published: '2025-06-28' },
      { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-Q1', value: '150', status: 'official', published: '2024-04-20' },
    ]);
    const options = { catalog, lang: 'en', areas: [{ code: '402', name: 'Như Xuân' }], from: 2023, to: 2024 } as const;
    expect(values(areaTrendChart(data, 'BUDGET_REVENUE', options), '402')).toEqual(['612.5', '672.8']);
    expect(values(areaTrendChart(data, 'BUDGET_REVENUE', { ...options, asOf: '2024-12-31' }), '402')).toEqual(['612.5', null]);
  });

  it('judges the pace on the data published by the as-of date', () => {
    const chart = indicatorTrendChart(plan, dataset, 'P2', { catalog, lang: 'en', asOf: '2023-12-31' });
    // By the end of 2023 the official 2023 value and the 2024 estimate were not yet published.
    expect(values(chart, 'actual')).toEqual(['31.3', '34.2', '38', null, null, null]);
    expect(statuses(chart, 'actual')).toEqual(['', 'behind', 'behind', '', '', '']);
  });

  it('gives an index year without a value no point', () => {
    const chart = indexChart(dataset, ['BUDGET_REVENUE'], { catalog, lang: 'en', area: '402', from: 2023, to: 2025 });
    expect(chart.series[0]?.points.map((point) => point.text)).toEqual(['100.0', '109.8', '–']);
  });

  it('gives an indicator without a base-year value, or with a zero one, no index points', () => {
    const data = revenue([
      { indicator: 'BUDGET_REVENUE', area: '402', period: '2021', value: '468.9', status: 'official' },
      { indicator: 'INVESTMENT', area: '402', period: '2020', value: '0', status: 'official' },
      { indicator: 'INVESTMENT', area: '402', period: '2021', value: '742', status: 'official' },
    ]);
    const chart = indexChart(data, ['BUDGET_REVENUE', 'INVESTMENT'], { catalog, lang: 'en', area: '402', from: 2020, to: 2021 });
    expect(chart.series.map((series) => series.points.map((point) => point.text))).toEqual([['–', '–'], ['–', '–']]);
    expect(chart.series[0]?.points[1]?.title).toBe('2021, State budget revenue in the area: no data');
  });
});

describe('what the charts refuse', () => {
  const area = [{ code: '402', name: 'Như Xuân' }];

  it('takes years from 1000 to 9999, from before or equal to to', () => {
    expect(areaTrendChart(dataset, 'BUDGET_REVENUE', { catalog, lang: 'en', areas: area, from: 2024, to: 2024 }).categories).toEqual(['2024']);
    expect(indexChart(dataset, ['BUDGET_REVENUE'], { catalog, lang: 'en', area: '402', from: 1000, to: 1001 }).categories).toEqual(['1000', '1001']);
    expect(indexChart(dataset, ['BUDGET_REVENUE'], { catalog, lang: 'en', area: '402', from: 9998, to: 9999 }).categories).toEqual(['9998', '9999']);
    const refused = (from: unknown, to: unknown): void => {
      expectFailure(
        () => areaTrendChart(dataset, 'BUDGET_REVENUE', { catalog, lang: 'en', areas: area, from: from as number, to: to as number }),
        'invalid-argument',
        `areaTrendChart: from and to must be years (whole numbers from 1000 to 9999) with from ≤ to; got from ${String(from)} and to ${String(to)}`,
      );
    };
    refused(999, 2024);
    refused(2024, 10000);
    refused(2023.5, 2024);
    refused(2023, 2024.5);
    refused('2023', 2024);
    refused(2023, '2024');
  });

  it('refuses no areas, and an indicator the catalog lacks', () => {
    expectFailure(() => areaTrendChart(dataset, 'BUDGET_REVENUE', { catalog, lang: 'en', areas: [], from: 2023, to: 2024 }), 'invalid-argument', 'areaTrendChart: give one area or more');
    expectFailure(() => areaTrendChart(dataset, 'BUDGET_REVENUE', { catalog, lang: 'en', areas: 'Như Xuân' as never, from: 2023, to: 2024 }), 'invalid-argument', /^areaTrendChart: /);
    expectFailure(() => indexChart(dataset, ['NO_SUCH'], { catalog, lang: 'en', area: '402', from: 2023, to: 2024 }), 'not-found', /NO_SUCH/);
    expectFailure(() => areaTrendChart(dataset, 'BUDGET_REVENUE', { catalog, lang: 'de' as 'en', areas: area, from: 2023, to: 2024 }), 'invalid-argument', /^areaTrendChart: lang must be/);
    expectFailure(() => indexChart(dataset, ['BUDGET_REVENUE'], { catalog, lang: 'de' as 'en', area: '402', from: 2023, to: 2024 }), 'invalid-argument', /^indexChart: lang must be/);
    expectFailure(() => trendSection(plan, dataset, { catalog, lang: 'de' as 'en' }), 'invalid-argument', /^trendSection: lang must be/);
    expectFailure(() => planActualChart(plan, dataset, 'P1', { catalog, lang: 'de' as 'en' }), 'invalid-argument', /^planActualChart: lang must be/);
  });

  it('refuses a target that is not over years, saying which target and which periods', () => {
    const quarterly = parsePlan(
      { ...planInput, period: '2025-Q1', targets: [{ ...planInput.targets[2], period: '2025-Q1' }] },
      { catalog },
    );
    expectFailure(
      () => indicatorTrendChart(quarterly, dataset, 'P3', { catalog, lang: 'en' }),
      'invalid-argument',
      'charts over time need a target over years (2021/2025) or in a year of a plan over years; target P3 is over 2025-Q1 in a plan over 2025-Q1',
    );
  });
});

describe('the charts as a whole', () => {
  const areas = [{ code: '402', name: 'Như Xuân' }, { code: '999', name: 'X' }];

  it('scales an area trend to its values, and has no reference line and no status legend', () => {
    const chart = areaTrendChart(dataset, 'BUDGET_REVENUE', { catalog, lang: 'en', areas, from: 2022, to: 2024 });
    expect(chart).toMatchObject({ kind: 'series-chart', type: 'line', references: [], statusLegend: [] });
    expect(chart.series.map((series) => [series.id, series.label, series.role])).toEqual([['402', 'Như Xuân', 'series'], ['999', 'X', 'series']]);
    expect(chart.scale.max.greaterThanOrEqualTo(672.8)).toBe(true);
    expect(chart.scale.max.lessThan(1000)).toBe(true);
  });

  it('writes each index point\'s year, indicator and value in its title, and gives a point without a status no status at all', () => {
    const chart = indexChart(dataset, ['BUDGET_REVENUE'], { catalog, lang: 'vi', area: '402', from: 2020, to: 2021 });
    expect(chart.series[0]?.points.map((point) => point.title)).toEqual(['2020, Thu ngân sách nhà nước trên địa bàn: 100,0', '2021, Thu ngân sách nhà nước trên địa bàn: 108,7']);
    const trend = indicatorTrendChart(plan, dataset, 'P2', { catalog, lang: 'en' });
    expect(trend.series[0]?.points.map((point) => 'status' in point)).toEqual([false, true, true, true, true, false]);
  });

  it('draws a target over part of the plan\'s years over its own years', () => {
    const revenue = planInput.targets.find((target) => target.id === 'P2');
    if (revenue === undefined) throw new Error('the five-year plan has a target P2');
    const early = parsePlan({ ...planInput, targets: [{ ...revenue, id: 'E1', period: '2021/2023', value: '41', milestones: undefined }] }, { catalog });
    const chart = indicatorTrendChart(early, dataset, 'E1', { catalog, lang: 'en' });
    expect(chart.categories).toEqual(['2020', '2021', '2022', '2023']);
    expect(chart.references.map((reference) => reference.label)).toEqual(['Target 2023: 41 million VND per person per year']);
  });

  it('judges the one-year target in its own year once it has a value', () => {
    const grown = withTarget({ basis: 'growth', value: '10' });
    const withRevenue2025 = buildDataset([...dataset.observations, ...parseObservations([{ indicator: 'BUDGET_REVENUE', area: '402', period: '2025', value: '740.08', status: 'official' }])]);
    const chart = indicatorTrendChart(grown, withRevenue2025, 'X1', { catalog, lang: 'en' });
    expect(statuses(chart, 'actual').at(-1)).not.toBe('');
    expect(statuses(chart, 'actual').slice(0, 5)).toEqual(['', '', '', '', '']);
  });

  it('passes the as-of date on to every chart of the section', () => {
    const section = trendSection(plan, dataset, { catalog, lang: 'en', asOf: '2023-12-31' });
    const income = section?.blocks.find((block) => block.id === 'trend-P2') as SeriesChart | undefined;
    expect(income === undefined ? [] : values(income, 'actual')).toEqual(['31.3', '34.2', '38', null, null, null]);
  });

  it('names the function and what it expected when refusing a catalog or a list', () => {
    const notCatalog = {} as never;
    expectFailure(() => indexChart(dataset, ['BUDGET_REVENUE'], { catalog: notCatalog, lang: 'en', area: '402', from: 2020, to: 2021 }), 'invalid-argument', /^indexChart: options\.catalog must be a catalog/);
    expectFailure(() => areaTrendChart(dataset, 'BUDGET_REVENUE', { catalog: notCatalog, lang: 'en', areas, from: 2020, to: 2021 }), 'invalid-argument', /^areaTrendChart: options\.catalog must be a catalog/);
    expectFailure(() => indexChart(dataset, 'BUDGET_REVENUE' as never, { catalog, lang: 'en', area: '402', from: 2020, to: 2021 }), 'invalid-argument', /^indexChart: expected an array of indicator codes; got /);
    expectFailure(() => areaTrendChart(dataset, 'BUDGET_REVENUE', { catalog, lang: 'en', areas: '402' as never, from: 2020, to: 2021 }), 'invalid-argument', /^areaTrendChart: expected an array of areas \{ code, name \}; got /);
    expectFailure(() => indexChart(dataset, ['BUDGET_REVENUE'], { catalog, lang: 'en', area: '402', from: 2021, to: 2020 }), 'invalid-argument', /^indexChart: from and to must be years/);
    expectFailure(() => indicatorTrendChart({} as never, dataset, 'P1', { catalog, lang: 'en' }), 'invalid-argument', /^indicatorTrendChart: expected an array of targets \(give a plan from parsePlan\); got /);
    expectFailure(() => indicatorTrendChart(undefined as never, dataset, 'P1', { catalog, lang: 'en' }), 'invalid-argument', /^indicatorTrendChart: expected an array of targets/);
  });
});

describe('the ids the charts take', () => {
  it('takes a given id, or makes one from the target, the indicator or the kind of chart', () => {
    expect(indicatorTrendChart(plan, dataset, 'P1', { catalog, lang: 'en', id: 'mine' }).id).toBe('mine');
    expect(planActualChart(plan, dataset, 'P1', { catalog, lang: 'en', id: 'mine' }).id).toBe('mine');
    expect(indexChart(dataset, ['BUDGET_REVENUE'], { catalog, lang: 'en', area: '402', from: 2020, to: 2024 }).id).toBe('index-chart');
    expect(indexChart(dataset, ['BUDGET_REVENUE'], { catalog, lang: 'en', area: '402', from: 2020, to: 2024, id: 'mine' }).id).toBe('mine');
    const areas = { catalog, lang: 'en', areas: [{ code: '402', name: 'Như Xuân' }], from: 2020, to: 2024 } as const;
    expect(areaTrendChart(dataset, 'BUDGET_REVENUE', areas).id).toBe('area-trend-BUDGET_REVENUE');
    expect(areaTrendChart(dataset, 'BUDGET_REVENUE', { ...areas, id: 'mine' }).id).toBe('mine');
    expect(trendSection(plan, dataset, { catalog, lang: 'en', id: 'mine' })?.id).toBe('mine');
    expect(trendSection(plan, dataset, { catalog, lang: 'en' })?.id).toBe('trends');
  });
});
