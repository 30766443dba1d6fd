/**
 * The Như Xuân 2024 scorecard: the eight targets of the plan, assessed on the bundled illustrative
 * data (base 2023, actual 2024), with status, attainment ratio, gap and the values used, and the
 * six-month pace of the flow indicators. Run with `npx tsx examples/scorecard.ts`.
 */
import { assessPlan, assessTargetPace, getIndicator, round, type TargetAssessment } from 'planning-indicators';
import { vnDistrictIndicatorCatalog as catalog } from 'planning-indicators/datasets/vietnam';
import { nhuXuanPlan2024 as plan } from 'planning-indicators/datasets/nhu-xuan';
import { nhuXuanDataset2024 as dataset, nhuXuanObservationsMetadata } from 'planning-indicators/datasets/nhu-xuan';

const statusLabel = { exceeded: 'Vượt kế hoạch', met: 'Đạt', 'not-met': 'Không đạt', 'not-assessable': 'Không đánh giá được' } as const;

function describeValue(assessment: TargetAssessment, which: 'actual' | 'base'): string {
  const used = assessment[which];
  return used === null ? '–' : `${used.value.toString()} (${used.period}, ${used.status})`;
}

export function printScorecard(): void {
  const result = assessPlan(plan, dataset, { catalog });
  console.log(`\n${plan.title.vi}`);
  console.log(`Dữ liệu minh họa / illustrative data: ${String(nhuXuanObservationsMetadata.illustrative)}\n`);
  for (const assessment of result.assessments) {
    const indicator = getIndicator(catalog, assessment.target.indicator);
    const digits = indicator.precision;
    const ratio = assessment.ratio === null ? '–' : `${round(assessment.ratio.times(100), 1).toString()}%`;
    const gap = assessment.gap === null ? '–' : round(assessment.gap, digits + 1).toString();
    console.log(`${assessment.target.id}  ${assessment.target.text?.vi ?? indicator.labels.vi}`);
    console.log(`    status ${statusLabel[assessment.status]} · ratio ${ratio} · gap ${gap} (${assessment.quantityUnit})`);
    console.log(`    q = ${assessment.quantity === null ? '–' : round(assessment.quantity, 2).toString()} · base ${describeValue(assessment, 'base')} · actual ${describeValue(assessment, 'actual')}`);
    console.log(`    ${assessment.formula}; rule ${assessment.rule}`);
  }
  const summary = result.summary;
  console.log(`\n${String(summary.metOrExceeded)}/${String(summary.total)} chỉ tiêu đạt và vượt kế hoạch (${String(summary.exceeded)} vượt, ${String(summary.met)} đạt, ${String(summary.notMet)} không đạt, ${String(summary.notAssessable)} không đánh giá được)`);

  console.log('\nTiến độ 6 tháng đầu năm / six-month pace of the flow indicators');
  for (const target of plan.targets) {
    if (getIndicator(catalog, target.indicator).measure !== 'flow' || target.indicator === 'INCOME_PER_CAPITA') continue;
    const pace = assessTargetPace(target, dataset, {
      catalog,
      toDate: '2024-S1',
      expected: { method: 'sub-periods', asOf: '2024-06-30', subType: 'month' },
    });
    const detail =
      pace.pace !== null
        ? `${round(pace.pace.share.times(100), 1).toString()}% of the annual target, expected ${round(pace.pace.expectedShare.times(100), 1).toString()}%`
        : pace.growthToDate !== null
          ? `growth ${round(pace.growthToDate, 2).toString()}% vs same period 2023, target ${target.value?.toString() ?? '–'}%`
          : (pace.reason?.message ?? '');
    console.log(`  ${target.id} ${target.indicator}: ${pace.status} (${detail})`);
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) printScorecard();
