import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type PlanReportSectionBuilder,
  type Table,
  assessPlan,
  assessTargetPace,
  buildDataset,
  buildPlanReport,
  growthOutlookSection,
  parseObservations,
  parsePlan,
  planGrowthSection,
  planReport,
  renderJson,
  standardPlanReportSections,
} from '../../src/index.js';
import { nhuXuanDataset2024, nhuXuanObservations2024, nhuXuanPlan2024, nhuXuanPlan2024Input } from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../format/helpers.js';
import { cli } from '../cli/helpers.js';
import { catalog } from './fixtures.js';

function tableOf(section: { readonly blocks: readonly unknown[] } | undefined): Table {
  return section?.blocks[0] as Table;
}

describe('buildPlanReport', () => {
  it('builds the report that the command line prints, so that an app can produce it without the CLI', () => {
    const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, {
      lang: 'en',
      pace: '2024-S1',
      areaName: 'Như Xuân rural district',
      fields: [{ label: 'Data', value: 'data.json' }],
      notes: ['Illustrative data.'],
    });
    // The CLI on the same plan and data (as files) prints the same sections, built by this function.
    const files = { 'plan.json': JSON.stringify(nhuXuanPlan2024Input), 'data.json': JSON.stringify(nhuXuanObservations2024) };
    const printed = cli(['scorecard', '--plan', 'plan.json', '--data', 'data.json', '--pace', '2024-S1', '--lang', 'en', '--format', 'json'], files);
    expect(printed.code).toBe(0);
    const fromCli = JSON.parse(printed.stdout) as { sections: unknown };
    expect(fromCli.sections).toEqual((JSON.parse(JSON.stringify(renderJson(report))) as { sections: unknown }).sections);
    expect(report.fields.map((field) => field.label)).toEqual(['Plan period', 'Area', 'Document', 'Result', 'Data']);
    expect(report.notes).toEqual(['Illustrative data.']);
  });

  it('assesses each target once: the scorecard and the growth section print the same status for it', () => {
    const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'vi' });
    const scorecard = new Map(tableOf(report.sections[0]).rows.map((row) => [row.id, row.cells.status?.value]));
    const growth = tableOf(report.sections.find((section) => section.id === 'growth'));
    expect(growth.rows.map((row) => row.id)).toEqual(['T1', 'T3']);
    for (const row of growth.rows) expect(row.cells.status?.value).toBe(scorecard.get(row.id));
  });

  it('prints one status per growth target, on any data: the growth section repeats the scorecard\'s (a law)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: -300, max: 300 }),
        fc.constantFrom('at-least' as const, 'at-most' as const, 'more-than' as const),
        (values, tenths, comparator) => {
          const plan = parsePlan(
            {
              id: 'P', title: { vi: 'Kế hoạch' }, area: '402', period: '2024', document: { kind: 'annual-plan' },
              targets: [{ id: 'G', indicator: 'PRODUCTION_VALUE', area: '402', period: '2024', basis: 'growth', basePeriod: '2023', comparator, value: tenths / 10, document: { kind: 'annual-plan' } }],
            },
            { catalog },
          );
          const dataset = buildDataset(parseObservations(values.map((value, index) => ({ indicator: 'PRODUCTION_VALUE', area: '402', period: String(2019 + index), value, status: 'official' }))));
          const report = buildPlanReport(plan, dataset, catalog, { lang: 'en' });
          const scorecard = tableOf(report.sections[0]).rows[0]?.cells.status?.value;
          const growth = tableOf(report.sections.find((section) => section.id === 'growth')).rows[0]?.cells.status?.value;
          expect(growth).toBe(scorecard);
          expect(scorecard).toBe(assessPlan(plan, dataset, { catalog }).assessments[0]?.status);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives every target a pace, whatever its shape, not-assessable included', () => {
    const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', pace: { toDate: '2024-S1', expected: { method: 'given', share: '0.5' } } });
    const rows = tableOf(report.sections[0]).rows;
    expect(rows.map((row) => row.cells.pace?.value)).toEqual(['ahead', 'not-assessable', 'behind', 'not-assessable', 'not-assessable', 'not-assessable', 'not-assessable', 'ahead']);
    const investment = nhuXuanPlan2024.targets.find((target) => target.id === 'T8');
    if (investment === undefined) throw new Error('the 2024 plan has T8');
    const expected = assessTargetPace(investment, nhuXuanDataset2024, { catalog, toDate: '2024-S1', expected: { method: 'given', share: '0.5' } });
    expect(rows[7]?.cells.paceValue?.value).toEqual(expected.pace?.share.times(100));
  });

  it('uses only what was published by asOf, in every section', () => {
    const late = buildDataset(parseObservations([...nhuXuanObservations2024.filter((o) => !(o.indicator === 'PRODUCTION_VALUE' && o.period === '2024')), {
      indicator: 'PRODUCTION_VALUE', area: '402', period: '2024', value: 5436, status: 'official', published: '2025-03-01',
    }]));
    const report = buildPlanReport(nhuXuanPlan2024, late, catalog, { lang: 'en', asOf: '2024-12-31' });
    expect(tableOf(report.sections[0]).rows[0]?.cells.status?.value).toBe('not-assessable');
    const growth = tableOf(report.sections.find((section) => section.id === 'growth'));
    expect(growth.rows[0]?.cells.status?.value).toBe('not-assessable');
    expect(growth.rows[0]?.cells.last?.detail).toBe('2023');
  });

  it('takes its sections from builders: the standard list unless given, extra sections and builders after it', () => {
    const headline: PlanReportSectionBuilder = ({ assessment }) => ({ id: 'headline', title: 'Headline', paragraphs: [String(assessment.summary.metOrExceeded)], blocks: [] });
    const nothing: PlanReportSectionBuilder = () => undefined;
    const ready = { id: 'comments', title: 'Comments', paragraphs: ['Budget revenue fell short.'], blocks: [] };
    const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', extraSections: [headline, nothing, ready] });
    expect(report.sections.map((section) => section.id)).toEqual(['scorecard', 'growth', 'headline', 'comments']);
    expect(report.sections[2]?.paragraphs).toEqual(['7']);
    expect(buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', sections: [] }).sections.map((section) => section.id)).toEqual(['scorecard']);
    expect(standardPlanReportSections).toEqual([planGrowthSection]);
    expect(Object.isFrozen(standardPlanReportSections)).toBe(true);
  });

  it('equals planReport on the same assessment when it has no pace and no sections', () => {
    const built = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'vi', sections: [] });
    expect(renderJson(built)).toEqual(renderJson(planReport(assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog }), { catalog, lang: 'vi' })));
  });

  it('leaves the growth section out when no growth target has two yearly values', () => {
    const plan = parsePlan({ ...nhuXuanPlan2024Input, targets: nhuXuanPlan2024Input.targets.filter((target) => target.basis !== 'growth') }, { catalog });
    expect(buildPlanReport(plan, nhuXuanDataset2024, catalog, { lang: 'en' }).sections.map((section) => section.id)).toEqual(['scorecard']);
  });

  it('refuses an unknown language, a catalog that is not one, a plan without targets and a bad pace period', () => {
    expectFailure(() => buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'fr' as 'en' }), 'invalid-argument', "buildPlanReport: lang must be 'vi' (Vietnamese) or 'en' (English); got \"fr\"");
    expectFailure(() => buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, {} as typeof catalog, { lang: 'en' }), 'invalid-argument', 'buildPlanReport: options.catalog must be a catalog');
    expectFailure(() => buildPlanReport({} as typeof nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en' }), 'invalid-argument', 'buildPlanReport: expected an array of targets');
    expectFailure(() => buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang: 'en', pace: '2024-Q5' }), 'invalid-period');
  });
});

describe('growthOutlookSection', () => {
  const build = (sections: Parameters<typeof buildPlanReport>[3]['sections'], lang: 'vi' | 'en' = 'en', asOf?: string) =>
    buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang, sections, ...(asOf === undefined ? {} : { asOf }) });

  it('states the growth the years left need, to two decimals, and the average a year the level means from the base year', () => {
    const report = build([growthOutlookSection({ indicator: 'BUDGET_REVENUE', year: 2026, value: 900, baseYear: 2020 })]);
    expect(report.sections[1]?.id).toBe('outlook-2026');
    expect(report.sections[1]?.paragraphs).toEqual([
      'Target: State budget revenue in the area of 900 billion VND in 2026.',
      // (900 / 672.8)^(1/2) − 1 = 15.66%; (900 / 431.2)^(1/6) − 1 = 13.05%.
      'From 672.8 billion VND in 2024, the 2 remaining years need average growth of 15.66% a year; the target means average growth of 13.05% a year over 2021–2026 (base year 2020: 431.2 billion VND).',
    ]);
  });

  it('uses the latest value published by the as-of date, and is left out without a value before the year', () => {
    const report = build([growthOutlookSection({ indicator: 'PRODUCTION_VALUE', year: 2025, value: 6000 })], 'vi', '2024-06-30');
    expect(report.sections[1]?.paragraphs[1]).toBe('Từ 5.120 tỷ đồng năm 2023, 2 năm còn lại cần tăng bình quân 8,25%/năm.');
    expect(build([growthOutlookSection({ indicator: 'PRODUCTION_VALUE', year: 2020, value: 6000 })]).sections.map((section) => section.id)).toEqual(['scorecard']);
    expect(build([growthOutlookSection({ indicator: 'GDP', year: 2025, value: 1 })]).sections.map((section) => section.id)).toEqual(['scorecard']);
  });
});
