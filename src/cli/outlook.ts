/*
 * Two sections that the scorecard adds on the bundled Như Xuân data: the growth that 2025 needs to reach
 * an illustrative five-year target (built by the report domain), and the district roll-up of commune
 * values with its completeness.
 */
import { getIndicator } from '../indicator/index.js';
import { type AggregateResult, aggregateOverUnits } from '../aggregate/index.js';
import { type Language, formatNumber, formatPercent } from '../format/index.js';
import { proposeYearTargets, reviewPlan } from '../attainment/index.js';
import { type ReportSection, growthOutlookSection, reviewSection } from '../report/index.js';
import { vnDistrictIndicatorCatalog } from '../datasets/vietnam/index.js';
import {
  nhuXuanCommuneCatalog,
  nhuXuanCommuneDataset2024,
  nhuXuanFiveYearDataset,
  nhuXuanFiveYearPlan,
  nhuXuanHierarchy,
} from '../datasets/nhu-xuan/index.js';

/** The illustrative five-year target of the demo: gross output of 6,000 tỷ đồng in 2025 (not in the plan), from base year 2020. */
export const illustrativeOutlook = growthOutlookSection({ indicator: 'PRODUCTION_VALUE', year: 2025, value: 6000, baseYear: 2020, illustrative: true });

/**
 * The mid-term review of the bundled illustrative five-year plan 2021–2025 through 2024, with the
 * targets it proposes for 2025: where each five-year target stands and what 2025 needs.
 */
export function fiveYearReviewSection(lang: Language): ReportSection {
  const catalog = vnDistrictIndicatorCatalog;
  const review = reviewPlan(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, { catalog, through: '2021/2024' });
  const proposals = proposeYearTargets(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, { catalog, year: 2025 });
  const section = reviewSection(review, { catalog, lang, proposals, id: 'five-year-review' });
  const note =
    lang === 'vi'
      ? 'Kế hoạch 5 năm 2021–2025 và số liệu các năm là minh họa, không phải chỉ tiêu và số liệu chính thức.'
      : 'The five-year plan 2021–2025 and its yearly values are illustrative, not official targets or statistics.';
  return { ...section, paragraphs: [...section.paragraphs, note] };
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
