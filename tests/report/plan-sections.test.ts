/*
 * buildPlanReport's growth section and pace, beyond the defaults: yearly values in another unit of
 * the indicator's scale or in a unit that is not its own, the years a five-year target is measured
 * over, one chart per indicator, and the pace period, tolerance and as-of date passed on to every
 * target's pace.
 */
import { describe, expect, it } from 'vitest';
import { type Table, buildDataset, buildPlanReport, parseObservations, parsePlan } from '../../src/index.js';
import {
  nhuXuanDataset2024,
  nhuXuanFiveYearDataset,
  nhuXuanFiveYearPlan,
  nhuXuanObservations2024,
  nhuXuanPlan2024,
} from '../../src/datasets/nhu-xuan/index.js';
import { catalog } from './fixtures.js';

function growthTableOf(report: ReturnType<typeof buildPlanReport>): Table {
  const block = report.sections.find((section) => section.id === 'growth')?.blocks[0];
  if (block?.kind !== 'table') throw new Error('the report has a growth section with its table');
  return block;
}

function scorecardOf(report: ReturnType<typeof buildPlanReport>): Table {
  const block = report.sections[0]?.blocks[0];
  if (block?.kind !== 'table') throw new Error('the report starts with the scorecard table');
  return block;
}

describe('the growth section of a plan report', () => {
  const withGrossOutput2024 = (value: string | number, unit: { unit: string; power: number }) =>
    buildDataset(
      parseObservations([
        ...nhuXuanObservations2024.filter((observation) => !(observation.indicator === 'PRODUCTION_VALUE' && observation.period === '2024')),
        { indicator: 'PRODUCTION_VALUE', area: '402', period: '2024', value, status: 'estimate', unit },
      ]),
    );

  it('converts a yearly value given in another scale of the indicator\'s unit (million VND for billion VND)', () => {
    const row = growthTableOf(buildPlanReport(nhuXuanPlan2024, withGrossOutput2024(5_436_000, { unit: 'VND', power: 6 }), catalog, { lang: 'en' })).rows[0];
    expect([row?.id, row?.cells.last?.text, row?.cells.last?.detail, row?.cells.latest?.text]).toEqual(['T1', '5,436 billion VND', '2024', '6.17%']);
  });

  it('leaves out a yearly value in a unit that is not the indicator\'s, rather than misreading it', () => {
    const row = growthTableOf(buildPlanReport(nhuXuanPlan2024, withGrossOutput2024(5436, { unit: 'persons', power: 0 }), catalog, { lang: 'en' })).rows[0];
    // The 2024 value is missing: the last value is 2023's, and the growth of 2024 on 2023 is unknown.
    expect([row?.id, row?.cells.last?.text, row?.cells.last?.detail, row?.cells.latest]).toEqual(['T1', '5,120 billion VND', '2023', { value: null, text: '–' }]);
  });

  it('measures a five-year target from its base year, ignoring earlier years, and draws one chart per indicator', () => {
    // An earlier year (2018) would change the base year if it were read; a second, yearly target on
    // gross output adds a row but not a second chart of the same indicator.
    const earlier = buildDataset([
      ...nhuXuanFiveYearDataset.observations,
      ...parseObservations([{ indicator: 'PRODUCTION_VALUE', area: '402', period: '2018', value: 3500, status: 'official' }]),
    ]);
    const [growthTarget] = nhuXuanFiveYearPlan.targets;
    if (growthTarget === undefined) throw new Error('the five-year plan has targets');
    const plan = parsePlan(
      {
        ...nhuXuanFiveYearPlan,
        targets: [...nhuXuanFiveYearPlan.targets, { ...growthTarget, id: 'P1-2024', period: '2024', basePeriod: '2023', milestones: undefined, text: undefined }],
      },
      { catalog },
    );
    const report = buildPlanReport(plan, earlier, catalog, { lang: 'en' });
    const table = growthTableOf(report);
    expect(table.rows.map((row) => [row.id, row.cells.range?.text, row.cells.baseYear?.text, row.cells.first?.text])).toEqual([
      ['P1', '2021–2024', '2020', '4,050 billion VND'],
      ['P7', '2021–2024', '2020', '22.16%'],
      ['P1-2024', '2019–2024', '2018', '3,500 billion VND'],
    ]);
    expect(report.sections.find((section) => section.id === 'growth')?.blocks.map((block) => block.id)).toEqual(['growth-table', 'growth-chart-PRODUCTION_VALUE', 'growth-chart-POVERTY_RATE']);
  });
});

describe('the pace of a plan report', () => {
  it('expects the share of whole months elapsed by the end of the pace period unless told otherwise', () => {
    const investment = scorecardOf(buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', pace: '2024-S1' })).rows[7]?.cells;
    expect([investment?.pace?.text, investment?.paceValue?.text, investment?.paceValue?.detail]).toEqual(['Ahead of schedule', '52.0%', 'expected 50.0%']);
  });

  it('passes the tolerance on: within 5 points of the expected, every target assessed is on pace', () => {
    const paces = (tolerance?: string) =>
      scorecardOf(buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', pace: { toDate: '2024-S1', ...(tolerance === undefined ? {} : { tolerance }) } })).rows.map((row) => row.cells.pace?.value);
    expect(paces()).toEqual(['ahead', 'not-assessable', 'behind', 'not-assessable', 'not-assessable', 'not-assessable', 'not-assessable', 'ahead']);
    expect(paces('5')).toEqual(['on-pace', 'not-assessable', 'on-pace', 'not-assessable', 'not-assessable', 'not-assessable', 'not-assessable', 'on-pace']);
  });

  it('passes the as-of date on: before the half-year figures were published, no pace can be assessed', () => {
    const rows = scorecardOf(buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', pace: '2024-S1', asOf: '2024-06-01' })).rows;
    expect(rows.map((row) => row.cells.pace?.value)).toEqual(Array<string>(8).fill('not-assessable'));
  });
});
