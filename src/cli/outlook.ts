/*
 * Two sections that the scorecard adds on the bundled Như Xuân data: the growth that 2025 needs to reach
 * an illustrative five-year target, and the district roll-up of commune values with its completeness.
 */
import { formatPeriod } from '../period/index.js';
import { type Catalog, getIndicator } from '../indicator/index.js';
import { type Dataset, bestObservation } from '../observation/index.js';
import { compoundGrowthRate, requiredAverageGrowth } from '../growth/index.js';
import { type AggregateResult, aggregateOverUnits } from '../aggregate/index.js';
import { type Language, formatMoney, formatNumber, formatPercent, formatPeriodLabel } from '../format/index.js';
import type { ReportSection } from '../report/index.js';
import { nhuXuanCommuneCatalog, nhuXuanCommuneDataset2024, nhuXuanHierarchy } from '../datasets/nhu-xuan/index.js';

/** The illustrative five-year target of the demo: gross output of 6,000 tỷ đồng in 2025 (not in the plan). */
const illustrativeTarget = { indicator: 'PRODUCTION_VALUE', year: 2025, value: 6000 } as const;

/** The growth 2025 needs to reach the illustrative target, from the latest yearly value of the bundled data. */
export function outlookSection(catalog: Catalog, dataset: Dataset, area: string, lang: Language): ReportSection | undefined {
  const vi = lang === 'vi';
  const label = getIndicator(catalog, illustrativeTarget.indicator).labels;
  const latest = bestObservation(dataset, { indicator: illustrativeTarget.indicator, area, period: '2024' });
  const base = bestObservation(dataset, { indicator: illustrativeTarget.indicator, area, period: '2020' });
  if (latest === undefined || base === undefined) return undefined;
  const needed = requiredAverageGrowth(latest.value, illustrativeTarget.value, 1);
  const implied = compoundGrowthRate(base.value, illustrativeTarget.value, 5);
  const name = vi ? label.vi : (label.en ?? label.vi);
  const target = formatMoney(illustrativeTarget.value, 9, { lang });
  const plan = formatPeriodLabel(formatPeriod({ type: 'range', start: { type: 'year', year: 2021 }, end: { type: 'year', year: 2025 } }), lang, { inSentence: true });
  const percent = (value: Parameters<typeof formatPercent>[0]) => formatPercent(value, { lang, digits: 2 });
  return {
    id: 'outlook-2025',
    title: vi ? 'Yêu cầu tăng trưởng năm 2025' : 'Growth required in 2025',
    paragraphs: vi
      ? [
          `Mục tiêu minh họa (không phải chỉ tiêu của kế hoạch): ${name} năm 2025 đạt ${target}.`,
          `Từ ${formatMoney(latest.value, 9, { lang })} năm 2024, năm 2025 cần tăng ${percent(needed)}; mục tiêu này tương ứng tốc độ tăng bình quân ${percent(implied)}/năm ${plan} (gốc năm 2020: ${formatMoney(base.value, 9, { lang })}).`,
        ]
      : [
          `Illustrative target (not a target of the plan): ${name} of ${target} in 2025.`,
          `From ${formatMoney(latest.value, 9, { lang })} in 2024, 2025 needs growth of ${percent(needed)}; the target means average growth of ${percent(implied)} a year over ${plan} (base year 2020: ${formatMoney(base.value, 9, { lang })}).`,
        ],
    blocks: [],
  };
}

function completeness(result: AggregateResult, lang: Language): string {
  const { found, expected, missing, share } = result.completeness;
  const names = missing.map((code) => {
    const unit = nhuXuanHierarchy.units.find((candidate) => candidate.code === code);
    return unit === undefined ? code : `${unit.name} (${code})`;
  });
  const shown = formatPercent(share.times(100), { lang, digits: 2, minimumDigits: 0 });
  return lang === 'vi'
    ? `đủ số liệu ${String(found)}/${String(expected)} xã (${shown})${names.length === 0 ? '' : `, thiếu: ${names.join(', ')}`}`
    : `${String(found)} of ${String(expected)} communes reported (${shown})${names.length === 0 ? '' : `; missing: ${names.join(', ')}`}`;
}

/** The district roll-up of two commune indicators of the bundled illustrative commune data, with completeness. */
export function rollUpSection(lang: Language): ReportSection {
  const vi = lang === 'vi';
  const communes = { hierarchy: nhuXuanHierarchy, parent: '402' } as const;
  const villages = aggregateOverUnits(nhuXuanCommuneCatalog, nhuXuanCommuneDataset2024, { indicator: 'NTM_VILLAGES_NEW', units: communes, period: '2024' });
  const poverty = aggregateOverUnits(nhuXuanCommuneCatalog, nhuXuanCommuneDataset2024, { indicator: 'POVERTY_RATE', units: communes, period: '2024' });
  const name = (code: string) => {
    const labels = getIndicator(nhuXuanCommuneCatalog, code).labels;
    return vi ? labels.vi : (labels.en ?? labels.vi);
  };
  const value = (result: AggregateResult, digits: number) => (result.value === null ? '–' : formatNumber(result.value, { lang, digits, minimumDigits: 0 }));
  return {
    id: 'roll-up-2024',
    title: vi ? 'Tổng hợp từ xã lên huyện, năm 2024' : 'District roll-up of commune values, 2024',
    paragraphs: [
      vi
        ? `${name('NTM_VILLAGES_NEW')}: ${value(villages, 0)} thôn (cộng các xã); ${completeness(villages, lang)}.`
        : `${name('NTM_VILLAGES_NEW')}: ${value(villages, 0)} villages (sum over communes); ${completeness(villages, lang)}.`,
      vi
        ? `${name('POVERTY_RATE')}: ${value(poverty, 2)}% (tổng số hộ nghèo / tổng số hộ, không lấy bình quân tỷ lệ của các xã); ${completeness(poverty, lang)}.`
        : `${name('POVERTY_RATE')}: ${value(poverty, 2)}% (total poor households over total households, not the average of the communes' rates); ${completeness(poverty, lang)}.`,
      vi ? 'Số liệu cấp xã là số liệu minh họa, không phải số liệu thống kê chính thức.' : 'The commune values are illustrative, not official statistics.',
    ],
    blocks: [],
  };
}
