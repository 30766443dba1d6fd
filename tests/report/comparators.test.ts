/*
 * The sign a scorecard writes before each planned value: one per comparator, the range of a
 * `between` target without a sign, and for a `maintain` target the direction that keeps the base
 * level (at least for an indicator where more is better, at most for one where less is better).
 * In the growth section the target's period follows it: a year over the range for an average growth.
 */
import { describe, expect, it } from 'vitest';
import { type Table, assessPlan, buildDataset, buildPlanReport, parseObservations, parsePlan, scorecardTable } from '../../src/index.js';
import { nhuXuanFiveYearDataset, nhuXuanFiveYearPlan } from '../../src/datasets/nhu-xuan/index.js';
import { catalog } from './fixtures.js';

const other = { kind: 'other' } as const;
const urbanisation = (id: string, comparator: string, extra: Readonly<Record<string, unknown>> = {}) =>
  ({ id, indicator: 'URBANISATION_RATE', area: '402', period: '2024', basis: 'level', comparator, value: '15', document: other, ...extra }) as const;
const plan = parsePlan(
  {
    id: 'S', title: { vi: 'S' }, area: '402', period: '2024', document: other,
    targets: [
      urbanisation('A', 'at-least'),
      urbanisation('M', 'more-than'),
      urbanisation('B', 'at-most'),
      urbanisation('L', 'less-than'),
      urbanisation('E', 'equal'),
      urbanisation('X', 'approximately', { tolerance: '0.5' }),
      { id: 'K', indicator: 'URBANISATION_RATE', area: '402', period: '2024', basis: 'level', comparator: 'maintain', basePeriod: '2023', document: other },
      { id: 'P', indicator: 'POVERTY_RATE', area: '402', period: '2024', basis: 'level', comparator: 'maintain', basePeriod: '2023', document: other },
    ],
  },
  { catalog },
);
// Urbanisation 14.5% in 2023 and 15.25% in 2024; poverty 4% in 2023 and 3.5% in 2024.
const data = buildDataset(
  parseObservations([
    { indicator: 'URBANISATION_RATE', area: '402', period: '2023', value: '14.5', status: 'official' },
    { indicator: 'URBANISATION_RATE', area: '402', period: '2024', value: '15.25', status: 'estimate' },
    { indicator: 'POVERTY_RATE', area: '402', period: '2023', value: '4', status: 'official' },
    { indicator: 'POVERTY_RATE', area: '402', period: '2024', value: '3.5', status: 'official' },
  ]),
);

describe('the planned value of each comparator', () => {
  it('is written with its sign in both languages, a maintain target with the direction that keeps its base level', () => {
    const assessment = assessPlan(plan, data, { catalog });
    const planned = (lang: 'vi' | 'en') => scorecardTable(assessment, { catalog, lang }).rows.map((row) => [row.id, row.cells.planned?.text, row.cells.status?.value]);
    expect(planned('vi')).toEqual([
      ['A', '≥ 15%', 'exceeded'],
      ['M', '> 15%', 'exceeded'],
      ['B', '≤ 15%', 'not-met'],
      ['L', '< 15%', 'not-met'],
      ['E', '= 15%', 'not-met'],
      ['X', '≈ 15% (± 0,5%)', 'met'],
      ['K', '≥ 14,5%', 'exceeded'],
      ['P', '≤ 4%', 'exceeded'],
    ]);
    expect(planned('en').map(([id, text]) => [id, text])).toEqual([
      ['A', '≥ 15%'],
      ['M', '> 15%'],
      ['B', '≤ 15%'],
      ['L', '< 15%'],
      ['E', '= 15%'],
      ['X', '≈ 15% (± 0.5%)'],
      ['K', '≥ 14.5%'],
      ['P', '≤ 4%'],
    ]);
  });
});

describe('the target of a five-year plan in the growth section', () => {
  it('says an average growth target is a year over the range, and a change over the range is in it, in both languages', () => {
    const targets = (lang: 'vi' | 'en') => {
      const report = buildPlanReport(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, catalog, { lang, pace: '2021/2024' });
      const growth = report.sections.find((section) => section.id === 'growth')?.blocks[0] as Table | undefined;
      return growth?.rows.map((row) => [row.id, row.cells.target?.text]);
    };
    expect(targets('en')).toEqual([
      ['P1', '≥ 7% a year over 2021–2025'],
      ['P7', '≤ -15 pp in 2021–2025'],
    ]);
    expect(targets('vi')).toEqual([
      ['P1', '≥ 7%/năm giai đoạn 2021–2025'],
      ['P7', '≤ -15 điểm % giai đoạn 2021–2025'],
    ]);
  });
});
