/*
 * buildPlanReport as a reader sees it: the title, the area's name, the added facts and notes (each
 * shown only when given, the plan's own wording otherwise); the growth section against the plan's
 * targets (its reference lines, the series it shows or leaves out); a given expected pace; refusals.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset, buildPlanReport, parseObservations } from '../../src/index.js';
import { nhuXuanDataset2024, nhuXuanFiveYearDataset, nhuXuanFiveYearPlan, nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';
import { catalog } from './fixtures.js';

describe('buildPlanReport options', () => {
  it('titles the report with the given title, else with the plan\'s title in the report\'s language', () => {
    const titled = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', title: 'Như Xuân: the 2024 plan at year end', sections: [] });
    expect(titled.title).toBe('Như Xuân: the 2024 plan at year end');
    const untitled = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'vi', sections: [] });
    expect(untitled.title).toBe(nhuXuanPlan2024.title.vi);
  });

  it('names the area as told, else by the plan\'s area code', () => {
    const named = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', areaName: 'Như Xuân rural district', sections: [] });
    expect(named.fields.find((field) => field.label === 'Area')?.value).toBe('Như Xuân rural district');
    const coded = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', sections: [] });
    expect(coded.fields.find((field) => field.label === 'Area')?.value).toBe(nhuXuanPlan2024.area);
  });

  it('adds the given facts after the plan\'s own and the given notes after the plan\'s, and nothing when none is given', () => {
    const plain = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', sections: [] });
    const told = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, {
      lang: 'en',
      sections: [],
      fields: [{ label: 'Data', value: 'data.json' }],
      notes: ['Figures for the fourth quarter are estimates.'],
    });
    expect(told.fields).toEqual([...plain.fields, { label: 'Data', value: 'data.json' }]);
    expect(told.notes).toEqual([...plain.notes, 'Figures for the fourth quarter are estimates.']);
  });
});

describe('buildPlanReport growth section, against the plan\'s targets', () => {
  const chartsOf = (report: ReturnType<typeof buildPlanReport>) =>
    (report.sections.find((section) => section.id === 'growth')?.blocks ?? []).flatMap((block) => (block.kind === 'chart' ? [block] : []));
  const onlyT1 = { ...nhuXuanPlan2024, targets: nhuXuanPlan2024.targets.filter((target) => target.id === 'T1') };
  const grossOutput = (values: Readonly<Record<string, number>>) =>
    buildDataset(parseObservations(Object.entries(values).map(([period, value]) => ({ indicator: 'PRODUCTION_VALUE', area: '402', period, value, status: 'official' }))));

  it('draws the target of a growth target as the chart\'s reference line, and none for a change in points', () => {
    const yearly = chartsOf(buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en' }));
    expect(yearly.find((chart) => chart.id === 'growth-chart-PRODUCTION_VALUE')?.reference?.value.toString()).toBe('5.6');
    const fiveYear = chartsOf(buildPlanReport(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, catalog, { lang: 'en' }));
    // P1 is a growth target of 7% a year; P7 a fall of the poverty rate in percentage points.
    expect(fiveYear.map((chart) => [chart.id, chart.reference === null ? null : chart.reference.value.toString()])).toEqual([
      ['growth-chart-PRODUCTION_VALUE', '7'],
      ['growth-chart-POVERTY_RATE', null],
    ]);
  });

  it('shows a growth target with two yearly values and leaves out one with a single value', () => {
    const two = buildPlanReport(onlyT1, grossOutput({ '2023': 5120, '2024': 5436 }), catalog, { lang: 'en' });
    expect(two.sections.map((section) => section.id)).toEqual(['scorecard', 'growth']);
    const one = buildPlanReport(onlyT1, grossOutput({ '2024': 5436 }), catalog, { lang: 'en' });
    expect(one.sections.map((section) => section.id)).toEqual(['scorecard']);
  });

  it('counts only the yearly values there are: a value in a unit that is not the indicator\'s does not make a second one', () => {
    const dataset = buildDataset(
      parseObservations([
        { indicator: 'PRODUCTION_VALUE', area: '402', period: '2023', value: 5120, status: 'official', unit: { unit: 'persons', power: 0 } },
        { indicator: 'PRODUCTION_VALUE', area: '402', period: '2024', value: 5436, status: 'official' },
      ]),
    );
    expect(buildPlanReport(onlyT1, dataset, catalog, { lang: 'en' }).sections.map((section) => section.id)).toEqual(['scorecard']);
  });

  it('stops at the target\'s year: a later year in the data is not shown', () => {
    const table = buildPlanReport(onlyT1, grossOutput({ '2022': 4800, '2023': 5120, '2024': 5436, '2025': 6000 }), catalog, { lang: 'en' }).sections[1]?.blocks[0];
    if (table?.kind !== 'table') throw new Error('the growth section starts with its table');
    expect([table.rows[0]?.cells.range?.text, table.rows[0]?.cells.last?.detail]).toEqual(['2023–2024', '2024']);
  });
});

describe('buildPlanReport pace and refusals', () => {
  it('uses the expected share it is given instead of the months elapsed', () => {
    const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', pace: { toDate: '2024-S1', expected: { method: 'given', share: '0.6' } } });
    const block = report.sections[0]?.blocks[0];
    if (block?.kind !== 'table') throw new Error('the report starts with the scorecard table');
    const investment = block.rows.find((row) => row.id === 'T8')?.cells;
    expect([investment?.pace?.text, investment?.paceValue?.text, investment?.paceValue?.detail]).toEqual(['Behind schedule', '52.0%', 'expected 60.0%']);
  });

  it('refuses missing options or a missing plan with a message, not a TypeError', () => {
    expect(() => buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, undefined as never)).toThrow(
      "buildPlanReport: lang must be 'vi' (Vietnamese) or 'en' (English); got undefined",
    );
    expect(() => buildPlanReport(undefined as never, nhuXuanDataset2024, catalog, { lang: 'en' })).toThrow(
      'buildPlanReport: expected an array of targets (give a plan from parsePlan); got undefined',
    );
  });
});
