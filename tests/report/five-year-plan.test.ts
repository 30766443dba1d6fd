import { describe, expect, it } from 'vitest';
import { type Table, aggregateOverUnits, bestObservation, buildPlanReport, parsePlan, renderHtml, renderMarkdown } from '../../src/index.js';
import {
  nhuXuanCommuneCatalog,
  nhuXuanCommuneDataset2024,
  nhuXuanFiveYearDataset,
  nhuXuanFiveYearMetadata,
  nhuXuanFiveYearObservations,
  nhuXuanFiveYearPlan,
  nhuXuanFiveYearPlanInput,
  nhuXuanHierarchy,
  nhuXuanObservations2024,
} from '../../src/datasets/nhu-xuan/index.js';
import { catalog } from './fixtures.js';

const years = ['2020', '2021', '2022', '2023', '2024'];

describe('the illustrative Như Xuân five-year plan 2021–2025', () => {
  it('parses, from its input and from JSON, and says that it is illustrative', () => {
    expect(parsePlan(JSON.parse(JSON.stringify(nhuXuanFiveYearPlanInput)), { catalog })).toEqual(nhuXuanFiveYearPlan);
    expect([nhuXuanFiveYearPlan.period, nhuXuanFiveYearPlan.document.kind, nhuXuanFiveYearPlan.illustrative]).toEqual(['2021/2025', 'five-year-plan', true]);
    expect(nhuXuanFiveYearPlan.note).toMatch(/^Illustrative: the target values are made up/);
    expect(nhuXuanFiveYearMetadata.illustrative).toBe(true);
  });

  it('holds the target shapes of Vietnamese five-year plans', () => {
    const shapes = nhuXuanFiveYearPlan.targets.map((target) => [target.id, target.indicator, target.basis, target.period, target.basePeriod ?? null, target.comparator, target.value?.toString()]);
    expect(shapes).toEqual([
      ['P1', 'PRODUCTION_VALUE', 'growth', '2021/2025', '2020', 'at-least', '7'],
      ['P2', 'INCOME_PER_CAPITA', 'level', '2021/2025', null, 'at-least', '50'],
      ['P3', 'BUDGET_REVENUE', 'level', '2025', null, 'at-least', '750'],
      ['P4', 'INVESTMENT', 'cumulative', '2021/2025', null, 'at-least', '4500'],
      ['P5', 'NTM_COMMUNES', 'change', '2021/2025', '2020', 'at-least', '8'],
      ['P6', 'URBANISATION_RATE', 'level', '2021/2025', null, 'at-least', '17'],
      ['P7', 'POVERTY_RATE', 'point-change', '2021/2025', '2020', 'at-most', '-15'],
    ]);
    // Yearly milestones of income; the 2024 one is the 2024 annual plan's target.
    expect(nhuXuanFiveYearPlan.targets[1]?.milestones?.map((milestone) => `${milestone.period}: ${milestone.value.toString()}`)).toEqual(['2021: 34', '2022: 37.5', '2023: 41', '2024: 45', '2025: 50']);
  });

  it('has a yearly value of every indicator of the plan in each year 2020–2024', () => {
    for (const target of nhuXuanFiveYearPlan.targets) {
      for (const period of years) {
        expect(bestObservation(nhuXuanFiveYearDataset, { indicator: target.indicator, area: '402', period }), `${target.indicator} ${period}`).toBeDefined();
      }
    }
  });

  it('extends the 2024 observations without changing or repeating any of them', () => {
    const key = (o: { indicator: string; area: string; period: string }) => `${o.indicator}|${o.area}|${o.period}`;
    const old = new Set(nhuXuanObservations2024.map(key));
    expect(nhuXuanFiveYearObservations.filter((observation) => old.has(key(observation)))).toEqual([]);
    for (const observation of nhuXuanObservations2024) {
      expect(bestObservation(nhuXuanFiveYearDataset, observation)?.value).toEqual(observation.value);
    }
    expect(nhuXuanFiveYearObservations.every((observation) => observation.source?.startsWith('illustrative') === true)).toBe(true);
  });

  it('agrees with the other bundled data: poverty 2024 is the communes\' total, urbanisation the urban share of the population', () => {
    const communes = aggregateOverUnits(nhuXuanCommuneCatalog, nhuXuanCommuneDataset2024, { indicator: 'POVERTY_RATE', units: { hierarchy: nhuXuanHierarchy, parent: '402' }, period: '2024' });
    const district = bestObservation(nhuXuanFiveYearDataset, { indicator: 'POVERTY_RATE', area: '402', period: '2024' });
    expect(communes.value?.toDecimalPlaces(2).toString()).toBe(district?.value.toString());
    expect(district?.value.toString()).toBe('9.64');
    for (const period of years) {
      const rate = bestObservation(nhuXuanFiveYearDataset, { indicator: 'URBANISATION_RATE', area: '402', period });
      const urban = bestObservation(nhuXuanFiveYearDataset, { indicator: 'POPULATION_URBAN', area: '402', period });
      const population = bestObservation(nhuXuanFiveYearDataset, { indicator: 'POPULATION', area: '402', period });
      expect(urban?.value.div(population?.value ?? 1).times(100).toDecimalPlaces(1).toString(), period).toBe(rate?.value.toString());
    }
  });

  it('is carried by the plan report: range periods, an average growth target, a pace column for every target', () => {
    for (const pace of ['2024', '2021/2023', '2024-S1', '2025-S1']) {
      const report = buildPlanReport(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, catalog, { lang: 'vi', pace });
      const scorecard = report.sections[0]?.blocks[0] as Table;
      expect(scorecard.rows.map((row) => row.cells.pace?.value === undefined)).toEqual(Array.from({ length: 7 }, () => false));
      expect(renderHtml(report)).toContain('<table id="scorecard-table">');
    }
    const report = buildPlanReport(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, catalog, { lang: 'vi', pace: '2021/2024' });
    const scorecard = report.sections[0]?.blocks[0] as Table;
    expect(scorecard.columns.map((column) => column.label).slice(0, 4)).toEqual(['Mã', 'Chỉ tiêu', 'Kỳ', 'Kế hoạch']);
    expect(scorecard.rows.map((row) => [row.cells.period?.text, row.cells.planned?.text])).toEqual([
      ['Giai đoạn 2021–2025', '≥ 7%/năm'],
      ['Giai đoạn 2021–2025', '≥ 50 triệu đồng/người/năm'],
      ['Năm 2025', '≥ 750 tỷ đồng'],
      ['Giai đoạn 2021–2025', '≥ 4.500 tỷ đồng'],
      ['Giai đoạn 2021–2025', '≥ 8 xã'],
      ['Giai đoạn 2021–2025', '≥ 17%'],
      ['Giai đoạn 2021–2025', '≤ -15 điểm %'],
    ]);
    const pace = scorecard.columns.find((column) => column.id === 'pace');
    expect(pace?.label).toBe('Tiến độ giai đoạn 2021–2024');
    // The growth section: the average growth target and the poverty fall in points, from the base year 2020.
    const growth = report.sections.find((section) => section.id === 'growth')?.blocks[0] as Table;
    expect(growth.rows.map((row) => [row.id, row.cells.range?.text, row.cells.baseYear?.text, row.cells.average?.text, row.cells.target?.text])).toEqual([
      ['P1', 'Giai đoạn 2021–2024', '2020', '7,64%', '≥ 7%/năm giai đoạn 2021–2025'],
      ['P7', 'Giai đoạn 2021–2024', '2020', '-3,13 điểm %', '≤ -15 điểm % giai đoạn 2021–2025'],
    ]);
    expect(renderMarkdown(report)).toContain('| Giá trị sản xuất (giá so sánh 2010) | Giai đoạn 2021–2024 | 2020 | 4.050 tỷ đồng | 5.436 tỷ đồng | 7,64% | 6,17% | ≥ 7%/năm giai đoạn 2021–2025 |');
  });
});
