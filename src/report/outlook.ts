import { type Decimal, type DecimalInput, PlanningError, toDecimal } from '../numeric/index.js';
import { formatPeriod } from '../period/index.js';
import { timeSeries } from '../observation/index.js';
import { compoundGrowthRate, requiredGrowthToTarget } from '../growth/index.js';
import { type Language, formatPercent, formatPeriodLabel, formatQuantity } from '../format/index.js';
import type { ReportSection } from './model.js';
import type { PlanReportContext, PlanReportSectionBuilder } from './plan.js';
import { describeGrowthReason } from './reasons.js';

/**
 * A level to reach by a year, for {@link growthOutlookSection}: the indicator, the value and the year,
 * and optionally the base year of the plan range (2020 for 2021–2025) to state the average growth a
 * year the level means.
 *
 * @example
 * // Gross output of 6,000 tỷ đồng in 2025, a five-year plan measured from 2020:
 * const level: OutlookLevel = { indicator: 'PRODUCTION_VALUE', year: 2025, value: 6000, baseYear: 2020, illustrative: true };
 * level.year;
 * //=> 2025
 */
export interface OutlookLevel {
  /** The indicator's code. */
  readonly indicator: string;
  /** The area; the plan's area unless given. */
  readonly area?: string | undefined;
  /** The year the level is to be reached in. */
  readonly year: number;
  /** The level, in the indicator's unit. */
  readonly value: DecimalInput;
  /** The base year of the plan range, for the average growth a year the level means from it. */
  readonly baseYear?: number | undefined;
  /** True when the level is an example, not a target of the plan: the section says so. */
  readonly illustrative?: boolean | undefined;
}

const percent = (value: DecimalInput, lang: Language) => formatPercent(value, { lang, digits: 2 });

/** The average growth a year from the base value to the level ({@link compoundGrowthRate}); none for a zero base or opposite signs. */
function impliedAverage(base: Decimal, level: Decimal, years: number): Decimal | undefined {
  try {
    return compoundGrowthRate(base, level, years);
  } catch (error) {
    if (error instanceof PlanningError) return undefined;
    throw error;
  }
}

/**
 * A plan report section ({@link PlanReportSectionBuilder}) on what a level to reach by a year needs:
 * from the latest yearly value before that year (as of the report's date), the average growth a year
 * the remaining years need ({@link requiredGrowthToTarget}), and, with a base year, the average
 * annual growth over the whole range that the level means ({@link compoundGrowthRate}, GSO: from the
 * year before the range). Rates are written to two decimals, as the report's other rates. The section
 * (id `outlook-<year>`) is left out when the indicator has no yearly value before the year.
 *
 * @param level - the indicator, the level, the year and the optional base year
 * @returns the section builder
 *
 * @example
 * // Gross output of 6,000 tỷ đồng in 2025 (illustrative), from 5,436 in 2024:
 * const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, vnDistrictIndicatorCatalog, {
 *   lang: 'vi', sections: [growthOutlookSection({ indicator: 'PRODUCTION_VALUE', year: 2025, value: 6000, baseYear: 2020, illustrative: true })],
 * });
 * report.sections[1]?.paragraphs[1];
 * //=> 'Từ 5.436 tỷ đồng năm 2024, năm 2025 cần tăng 10,38%; mục tiêu này tương ứng tốc độ tăng bình quân 8,18%/năm giai đoạn 2021–2025 (gốc năm 2020: 4.050 tỷ đồng).'
 */
export function growthOutlookSection(level: OutlookLevel): PlanReportSectionBuilder {
  return (context: PlanReportContext): ReportSection | undefined => {
    const { lang, catalog } = context;
    const indicator = catalog.indicators.get(level.indicator);
    if (indicator === undefined) return undefined;
    const target = toDecimal(level.value, 'the outlook level');
    const series = timeSeries(context.dataset, { indicator: level.indicator, area: level.area ?? context.plan.area }, context.asOf === undefined ? {} : { asOf: context.asOf })
      .filter((point) => /^\d{4}$/.test(point.period) && Number(point.period) < level.year)
      .map((point) => ({ year: Number(point.period), value: point.observation.value }));
    const required = requiredGrowthToTarget(series, { year: level.year, value: target });
    if (required.latestValue === null || required.latestYear === null) return undefined;
    const vi = lang === 'vi';
    const quantity = (value: DecimalInput) => formatQuantity(value, indicator, { lang, minimumDigits: 0 });
    const name = vi ? indicator.labels.vi : (indicator.labels.en ?? indicator.labels.vi);
    const years = required.periods;
    const latest = quantity(required.latestValue);
    const need =
      required.value === null
        ? vi
          ? `không tính được tốc độ tăng cần đạt (${required.reason === null ? '' : describeGrowthReason(required.reason, lang)})`
          : `the growth needed cannot be computed (${required.reason === null ? '' : describeGrowthReason(required.reason, lang)})`
        : years === 1
          ? vi
            ? `năm ${String(level.year)} cần tăng ${percent(required.value, lang)}`
            : `${String(level.year)} needs growth of ${percent(required.value, lang)}`
          : vi
            ? `${String(years)} năm còn lại cần tăng bình quân ${percent(required.value, lang)}/năm`
            : `the ${String(years)} remaining years need average growth of ${percent(required.value, lang)} a year`;
    const base = level.baseYear === undefined ? undefined : series.find((point) => point.year === level.baseYear);
    let implied = '';
    if (base !== undefined && level.baseYear !== undefined) {
      const average = impliedAverage(base.value, target, level.year - level.baseYear);
      const range = formatPeriodLabel(formatPeriod({ type: 'range', start: { type: 'year', year: level.baseYear + 1 }, end: { type: 'year', year: level.year } }), lang, { inSentence: true });
      if (average !== undefined) {
        implied = vi
          ? `; mục tiêu này tương ứng tốc độ tăng bình quân ${percent(average, lang)}/năm ${range} (gốc năm ${String(level.baseYear)}: ${quantity(base.value)})`
          : `; the target means average growth of ${percent(average, lang)} a year over ${range} (base year ${String(level.baseYear)}: ${quantity(base.value)})`;
      }
    }
    const goal = vi ? `${name} năm ${String(level.year)} đạt ${quantity(target)}.` : `${name} of ${quantity(target)} in ${String(level.year)}.`;
    return {
      id: `outlook-${String(level.year)}`,
      title: vi ? `Yêu cầu tăng trưởng năm ${String(level.year)}` : `Growth required in ${String(level.year)}`,
      paragraphs: [
        level.illustrative === true ? (vi ? `Mục tiêu minh họa (không phải chỉ tiêu của kế hoạch): ${goal}` : `Illustrative target (not a target of the plan): ${goal}`) : vi ? `Mục tiêu: ${goal}` : `Target: ${goal}`,
        vi ? `Từ ${latest} năm ${String(required.latestYear)}, ${need}${implied}.` : `From ${latest} in ${String(required.latestYear)}, ${need}${implied}.`,
      ],
      blocks: [],
    };
  };
}
