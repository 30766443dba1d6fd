/*
 * The words a reader of the charts over time sees in both languages: titles, descriptions, axis
 * labels, series names, the final target and the index line, the title of each point (its year, its
 * series, its value and pace, or that there is no value yet) and the section's heading.
 */
import { describe, expect, it } from 'vitest';
import { areaTrendChart, indexChart, indicatorTrendChart, planActualChart, trendSection } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanFiveYearDataset as dataset, nhuXuanFiveYearPlan as plan } from '../../src/datasets/nhu-xuan/index.js';

describe('indicatorTrendChart and planActualChart in both languages', () => {
  it('title, describe and label the trend of income per person against its path and milestones', () => {
    const texts = (lang: 'vi' | 'en') => {
      const chart = indicatorTrendChart(plan, dataset, 'P2', { catalog, lang });
      return [chart.title, chart.description, chart.categoryLabel, chart.valueLabel, chart.series.map((series) => series.label), chart.references.map((reference) => reference.label), chart.series[0]?.points.map((point) => point.title)];
    };
    expect(texts('vi')).toEqual([
      'P2 Thu nhập bình quân đầu người: thực hiện so với lộ trình kế hoạch 2020–2025',
      'Giá trị thực hiện hằng năm của chỉ tiêu Thu nhập bình quân đầu người 2020–2025, lộ trình đều từ năm gốc đến mục tiêu và mục tiêu cuối kỳ; hình dạng điểm cho biết tiến độ từng năm.',
      'Năm',
      'triệu đồng/người/năm',
      ['Thực hiện', 'Lộ trình kế hoạch', 'Mốc kế hoạch từng năm'],
      ['Mục tiêu 2025: 50 triệu đồng/người/năm'],
      [
        '2020, Thực hiện: 31,3 triệu đồng/người/năm',
        '2021, Thực hiện: 34,2 triệu đồng/người/năm (Chậm tiến độ)',
        '2022, Thực hiện: 38 triệu đồng/người/năm (Chậm tiến độ)',
        '2023, Thực hiện: 42,1 triệu đồng/người/năm (Chậm tiến độ)',
        '2024, Thực hiện: 47,2 triệu đồng/người/năm (Vượt tiến độ)',
        '2025, Thực hiện: chưa có số liệu',
      ],
    ]);
    expect(texts('en')).toEqual([
      'P2 Income per person: actual against the planned path, 2020–2025',
      "Yearly actual values of Income per person, 2020–2025, the even path from the base year to the target, and the final target; the marker's shape tells each year's pace.",
      'Year',
      'million VND per person per year',
      ['Actual', 'Planned path', 'Yearly milestones'],
      ['Target 2025: 50 million VND per person per year'],
      [
        '2020, Actual: 31.3 million VND per person per year',
        '2021, Actual: 34.2 million VND per person per year (Behind schedule)',
        '2022, Actual: 38 million VND per person per year (Behind schedule)',
        '2023, Actual: 42.1 million VND per person per year (Behind schedule)',
        '2024, Actual: 47.2 million VND per person per year (Ahead of schedule)',
        '2025, Actual: no data',
      ],
    ]);
  });

  it('title, describe and label the investment summed over the years, plan against actual', () => {
    const texts = (lang: 'vi' | 'en') => {
      const chart = planActualChart(plan, dataset, 'P4', { catalog, lang });
      return [chart.title, chart.description, chart.categoryLabel, chart.valueLabel, chart.series.map((series) => series.label), chart.series[1]?.points.at(-1)?.title];
    };
    expect(texts('vi')).toEqual([
      'P4 Vốn đầu tư phát triển toàn xã hội: kế hoạch và thực hiện từng năm',
      'Cột kế hoạch và cột thực hiện của chỉ tiêu Vốn đầu tư phát triển toàn xã hội theo từng năm; ký hiệu trên cột thực hiện cho biết tiến độ.',
      'Năm',
      'tỷ đồng',
      ['Kế hoạch', 'Thực hiện'],
      '2025, Thực hiện: chưa có số liệu',
    ]);
    expect(texts('en')).toEqual([
      'P4 Total social development investment: plan and actual by year',
      'A plan bar and an actual bar of Total social development investment for each year; the mark above the actual bar tells the pace.',
      'Year',
      'billion VND',
      ['Plan', 'Actual'],
      '2025, Actual: no data',
    ]);
  });
});

describe('indexChart, areaTrendChart and trendSection in both languages', () => {
  it('title, describe and label the index with its base year', () => {
    const texts = (lang: 'vi' | 'en') => {
      const chart = indexChart(dataset, ['PRODUCTION_VALUE', 'BUDGET_REVENUE'], { catalog, lang, area: '402', from: 2020, to: 2024 });
      return [chart.title, chart.description, chart.valueLabel, chart.references.map((reference) => reference.label)];
    };
    expect(texts('vi')).toEqual([
      'Chỉ số phát triển (năm 2020 = 100)',
      'Các chỉ tiêu Giá trị sản xuất (giá so sánh 2010), Thu ngân sách nhà nước trên địa bàn quy về chỉ số, năm 2020 = 100, để so sánh nhịp tăng.',
      'Chỉ số (năm 2020 = 100)',
      ['Năm 2020 = 100'],
    ]);
    expect(texts('en')).toEqual([
      'Development index (2020 = 100)',
      'Gross output (constant 2010 prices), State budget revenue in the area as an index with 2020 = 100, to compare how fast they grew.',
      'Index (2020 = 100)',
      ['2020 = 100'],
    ]);
  });

  it('title and describe the values of areas, an area without data included', () => {
    const texts = (lang: 'vi' | 'en') => {
      const chart = areaTrendChart(dataset, 'BUDGET_REVENUE', { catalog, lang, areas: [{ code: '402', name: 'Như Xuân' }, { code: '999', name: 'X' }], from: 2022, to: 2024 });
      return [chart.title, chart.description, chart.categoryLabel, chart.valueLabel, chart.series.map((series) => series.points.map((point) => point.title))];
    };
    expect(texts('vi')).toEqual([
      'Thu ngân sách nhà nước trên địa bàn theo đơn vị',
      'Giá trị hằng năm của chỉ tiêu Thu ngân sách nhà nước trên địa bàn tại Như Xuân, X.',
      'Năm',
      'tỷ đồng',
      [
        ['2022, Như Xuân: 540,3 tỷ đồng', '2023, Như Xuân: 612,5 tỷ đồng', '2024, Như Xuân: 672,8 tỷ đồng'],
        ['2022, X: chưa có số liệu', '2023, X: chưa có số liệu', '2024, X: chưa có số liệu'],
      ],
    ]);
    expect(texts('en')).toEqual([
      'State budget revenue in the area by area',
      'Yearly values of State budget revenue in the area in Như Xuân, X.',
      'Year',
      'billion VND',
      [
        ['2022, Như Xuân: 540.3 billion VND', '2023, Như Xuân: 612.5 billion VND', '2024, Như Xuân: 672.8 billion VND'],
        ['2022, X: no data', '2023, X: no data', '2024, X: no data'],
      ],
    ]);
  });

  it('head the section and say what it holds', () => {
    const heading = (lang: 'vi' | 'en') => {
      const section = trendSection(plan, dataset, { catalog, lang });
      return [section?.title, section?.paragraphs];
    };
    expect(heading('vi')).toEqual(['Diễn biến các chỉ tiêu qua các năm', ['Mỗi chỉ tiêu kế hoạch nhiều năm: giá trị thực hiện so với lộ trình, và kế hoạch so với thực hiện từng năm.']]);
    expect(heading('en')).toEqual(['Indicators over the years', ['Each multi-year target: its actual values against the planned path, and plan against actual by year.']]);
  });
});
