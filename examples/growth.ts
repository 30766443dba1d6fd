/**
 * The Như Xuân growth section, on the bundled illustrative data: 2024 growth of the plan's flow
 * indicators against 2023, the first half of 2024 against the first half of 2023, the average
 * annual growth 2021–2024, and the growth that 2025 needs to reach an illustrative five-year target.
 * Run with `npx tsx examples/growth.ts`.
 */
import {
  type Observation,
  type ObservationStatus,
  type PeriodGrowthResult,
  type YearSeries,
  averageAnnualGrowthOfSeries,
  bestObservation,
  compoundGrowthRate,
  formatChange,
  formatIndex,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriodLabel,
  getIndicator,
  parsePeriod,
  periodGrowth,
  requiredAverageGrowth,
  requiredGrowthToTarget,
  timeSeries,
} from 'planning-indicators';
import { vnDistrictIndicatorCatalog as catalog } from 'planning-indicators/datasets/vietnam';
import { nhuXuanDataset2024 as dataset, nhuXuanObservationsMetadata } from 'planning-indicators/datasets/nhu-xuan';

const area = '402';
/** The flow indicators of the 2024 plan whose growth the report gives. */
const flowIndicators = ['PRODUCTION_VALUE', 'BUDGET_REVENUE', 'INVESTMENT'] as const;
/** Illustrative five-year target: gross output of 6,000 tỷ đồng in 2025. Not a figure of the plan. */
const illustrativeTarget = { year: 2025, value: 6000 } as const;

function label(indicator: string): string {
  return getIndicator(catalog, indicator).labels.vi;
}

/** Observation statuses as Vietnamese reports word them. */
const statusLabel: Readonly<Record<ObservationStatus, string>> = {
  official: 'chính thức',
  preliminary: 'sơ bộ',
  estimate: 'ước tính',
  plan: 'kế hoạch',
};

function describeValue(observation: Observation | null): string {
  return observation === null ? 'không có số liệu' : `${formatNumber(observation.value, { lang: 'vi' })} (${statusLabel[observation.status]})`;
}

function describeGrowth(result: PeriodGrowthResult): string {
  const period = formatPeriodLabel(result.period, 'vi', { inSentence: true });
  const base = result.basePeriod === null ? '–' : formatPeriodLabel(result.basePeriod, 'vi', { inSentence: true });
  const values = `${describeValue(result.current)} / ${describeValue(result.base)}`;
  if (result.rate === null || result.index === null) {
    return `${period} so với ${base}: không tính được (${result.reason ?? ''}); ${values}`;
  }
  const change = formatChange(result.rate, { lang: 'vi', digits: 2 });
  return `${change} so với ${base} (chỉ số ${formatIndex(result.index, { lang: 'vi', digits: 2 })}, ${base} = 100); ${values}`;
}

/** The yearly values of a series of the dataset, for the year-indexed growth functions. */
function yearlySeries(indicator: string): YearSeries {
  return timeSeries(dataset, { indicator, area })
    .filter((point) => parsePeriod(point.period).type === 'year')
    .map((point) => ({ year: Number(point.period), value: point.observation.value }));
}

export function printGrowth(): void {
  console.log('\nTăng trưởng, huyện Như Xuân (dữ liệu minh họa, không phải số liệu chính thức)');
  console.log(`Dữ liệu minh họa / illustrative data: ${String(nhuXuanObservationsMetadata.illustrative)}`);

  console.log('\nTăng trưởng năm 2024 (giá trị 2024 / 2023, tỷ đồng)');
  for (const indicator of flowIndicators) {
    const result = periodGrowth(dataset, { indicator, area, period: '2024' }, { compare: 'previous-period' });
    console.log(`  ${label(indicator)}: ${describeGrowth(result)}`);
  }

  console.log(`\n${formatPeriodLabel('2024-S1', 'vi')} so với cùng kỳ năm trước (tỷ đồng)`);
  for (const indicator of flowIndicators) {
    const result = periodGrowth(dataset, { indicator, area, period: '2024-S1' }, { compare: 'same-period-last-year' });
    console.log(`  ${label(indicator)}: ${describeGrowth(result)}`);
  }

  console.log(`\nTốc độ tăng bình quân hằng năm ${formatPeriodLabel('2021/2024', 'vi', { inSentence: true })} (gốc năm 2020)`);
  for (const indicator of ['PRODUCTION_VALUE', 'BUDGET_REVENUE'] as const) {
    const result = averageAnnualGrowthOfSeries(dataset, { indicator, area }, '2021/2024');
    const text = result.value === null ? `không tính được (${result.reason ?? ''})` : `${formatPercent(result.value, { lang: 'vi', digits: 2 })}/năm`;
    console.log(`  ${label(indicator)}: ${text} (năm dùng: ${result.yearsUsed.join(', ')})`);
  }

  const target = formatMoney(illustrativeTarget.value, 9, { lang: 'vi' });
  console.log(`\nMục tiêu minh họa (không phải chỉ tiêu của kế hoạch): ${label('PRODUCTION_VALUE')} năm 2025 đạt ${target}`);
  const required = requiredGrowthToTarget(yearlySeries('PRODUCTION_VALUE'), illustrativeTarget);
  if (required.value === null || required.latestValue === null) {
    console.log(`  không tính được (${required.reason ?? ''})`);
    return;
  }
  const base2020 = bestObservation(dataset, { indicator: 'PRODUCTION_VALUE', area, period: '2020' });
  const perYear = requiredAverageGrowth(required.latestValue, illustrativeTarget.value, required.periods);
  console.log(`  Từ ${formatMoney(required.latestValue, 9, { lang: 'vi' })} năm ${String(required.latestYear)}, năm 2025 cần tăng ${formatPercent(required.value, { lang: 'vi', digits: 2 })} (bình quân ${formatPercent(perYear, { lang: 'vi', digits: 2 })}/năm trong ${String(required.periods)} năm còn lại)`);
  if (base2020 !== undefined) {
    const implied = compoundGrowthRate(base2020.value, illustrativeTarget.value, 5);
    console.log(`  Mục tiêu này tương ứng tốc độ tăng bình quân ${formatPercent(implied, { lang: 'vi', digits: 2 })}/năm ${formatPeriodLabel('2021/2025', 'vi', { inSentence: true })} (gốc năm 2020: ${formatMoney(base2020.value, 9, { lang: 'vi' })})`);
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) printGrowth();
