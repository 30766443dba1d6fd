import type { Language } from '../format/index.js';

/** The words the CLI adds to the reports of the report domain, in both languages. */
export interface CliWords {
  readonly illustrativeData: string;
  readonly illustrativePlan: string;
  readonly illustrativeEmulation: string;
  readonly emulationPoints: string;
  readonly emulationTitle: string;
  readonly rankingTitle: (column: string) => string;
  readonly growthTitle: string;
  readonly fields: Readonly<Record<'area' | 'data' | 'range' | 'file' | 'asOf' | 'scoringTable' | 'clusters', string>>;
  readonly bundledData: string;
  readonly requiredTitle: string;
  readonly requiredColumns: Readonly<Record<'indicator' | 'from' | 'latest' | 'target' | 'by' | 'years' | 'required', string>>;
  readonly noRequired: (reason: string) => string;
}

export const cliWords: Readonly<Record<Language, CliWords>> = {
  vi: {
    illustrativeData: 'Số liệu thực hiện là số liệu minh họa của bộ dữ liệu kèm theo, không phải số liệu thống kê chính thức.',
    illustrativePlan: 'Kế hoạch 5 năm và số liệu thực hiện là minh họa của bộ dữ liệu kèm theo, không phải chỉ tiêu và số liệu thống kê chính thức.',
    illustrativeEmulation: 'Cụm thi đua, bảng điểm và điểm chấm là minh họa, không phải kết quả thi đua chính thức.',
    emulationPoints: 'Điểm thi đua',
    emulationTitle: 'Thi đua',
    rankingTitle: (column) => `Xếp hạng theo ${column}`,
    growthTitle: 'Tăng trưởng',
    fields: {
      area: 'Địa bàn',
      data: 'Số liệu',
      range: 'Các năm',
      file: 'Tệp',
      asOf: 'Số liệu công bố đến ngày',
      scoringTable: 'Bảng điểm',
      clusters: 'Cụm thi đua',
    },
    bundledData: 'số liệu minh họa kèm theo (huyện Như Xuân)',
    requiredTitle: 'Tốc độ tăng cần đạt để hoàn thành mục tiêu',
    requiredColumns: {
      indicator: 'Chỉ tiêu',
      from: 'Năm gần nhất',
      latest: 'Giá trị năm gần nhất',
      target: 'Mục tiêu',
      by: 'Năm đạt mục tiêu',
      years: 'Số năm còn lại',
      required: 'Tăng bình quân cần đạt mỗi năm',
    },
    noRequired: (reason) => `không tính được (${reason})`,
  },
  en: {
    illustrativeData: 'The actual values are the illustrative values of the bundled dataset, not official statistics.',
    illustrativePlan: 'The five-year plan and its actual values are the illustrative values of the bundled dataset, not official targets or statistics.',
    illustrativeEmulation: 'The clusters, the points table and the scores are illustrative, not an official emulation result.',
    emulationPoints: 'Emulation points',
    emulationTitle: 'Emulation',
    rankingTitle: (column) => `Ranking by ${column}`,
    growthTitle: 'Growth',
    fields: {
      area: 'Area',
      data: 'Data',
      range: 'Years',
      file: 'File',
      asOf: 'Data published up to',
      scoringTable: 'Points table',
      clusters: 'Clusters',
    },
    bundledData: 'bundled illustrative data (Như Xuân district)',
    requiredTitle: 'Growth needed to reach the target',
    requiredColumns: {
      indicator: 'Indicator',
      from: 'Latest year',
      latest: 'Latest value',
      target: 'Target',
      by: 'Target year',
      years: 'Years left',
      required: 'Required average growth a year',
    },
    noRequired: (reason) => `cannot be computed (${reason})`,
  },
};
