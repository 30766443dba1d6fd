/*
 * The growth outlook section in both languages: an illustrative level or a plan target, one year or
 * several left, with and without the average a year the level means from the plan's base year, and
 * the reason in words when no growth can be computed.
 */
import { describe, expect, it } from 'vitest';
import { type OutlookLevel, buildPlanReport, growthOutlookSection } from '../../src/index.js';
import { nhuXuanDataset2024, nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';
import { catalog } from './fixtures.js';

/** The outlook section of the 2024 report of Như Xuân for one level. */
function outlook(level: OutlookLevel, lang: 'vi' | 'en') {
  const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, catalog, { lang, sections: [growthOutlookSection(level)] });
  return report.sections[1];
}

// Gross output (constant 2010 prices): 4,050 tỷ đồng in 2020 and 5,436 in 2024.
const output = { indicator: 'PRODUCTION_VALUE', value: 6000 } as const;

describe('growthOutlookSection', () => {
  it('says an illustrative level is not a target of the plan, with the growth of the one year left and the average it means since the base year', () => {
    expect(outlook({ ...output, year: 2025, baseYear: 2020, illustrative: true }, 'en')).toEqual({
      id: 'outlook-2025',
      title: 'Growth required in 2025',
      paragraphs: [
        'Illustrative target (not a target of the plan): Gross output (constant 2010 prices) of 6,000 billion VND in 2025.',
        // 6000 / 5436 − 1 = 10.38%; (6000 / 4050)^(1/5) − 1 = 8.18%.
        'From 5,436 billion VND in 2024, 2025 needs growth of 10.38%; the target means average growth of 8.18% a year over 2021–2025 (base year 2020: 4,050 billion VND).',
      ],
      blocks: [],
    });
    expect(outlook({ ...output, year: 2025, baseYear: 2020, illustrative: true }, 'vi')?.paragraphs[0]).toBe(
      'Mục tiêu minh họa (không phải chỉ tiêu của kế hoạch): Giá trị sản xuất (giá so sánh 2010) năm 2025 đạt 6.000 tỷ đồng.',
    );
  });

  it('states a level that is not illustrative as a target, and the growth of one year left without a base year', () => {
    expect(outlook({ ...output, year: 2025 }, 'vi')).toEqual({
      id: 'outlook-2025',
      title: 'Yêu cầu tăng trưởng năm 2025',
      paragraphs: ['Mục tiêu: Giá trị sản xuất (giá so sánh 2010) năm 2025 đạt 6.000 tỷ đồng.', 'Từ 5.436 tỷ đồng năm 2024, năm 2025 cần tăng 10,38%.'],
      blocks: [],
    });
    expect(outlook({ ...output, year: 2025, illustrative: false }, 'en')?.paragraphs).toEqual([
      'Target: Gross output (constant 2010 prices) of 6,000 billion VND in 2025.',
      'From 5,436 billion VND in 2024, 2025 needs growth of 10.38%.',
    ]);
  });

  it('gives the average a year of several years left, in both languages', () => {
    // (6000 / 5436)^(1/3) − 1 = 3.35%; (6000 / 4050)^(1/7) − 1 = 5.78%.
    expect(outlook({ ...output, year: 2027, baseYear: 2020 }, 'vi')?.paragraphs[1]).toBe(
      'Từ 5.436 tỷ đồng năm 2024, 3 năm còn lại cần tăng bình quân 3,35%/năm; mục tiêu này tương ứng tốc độ tăng bình quân 5,78%/năm giai đoạn 2021–2027 (gốc năm 2020: 4.050 tỷ đồng).',
    );
    expect(outlook({ ...output, year: 2027, baseYear: 2020 }, 'en')?.paragraphs[1]).toBe(
      'From 5,436 billion VND in 2024, the 3 remaining years need average growth of 3.35% a year; the target means average growth of 5.78% a year over 2021–2027 (base year 2020: 4,050 billion VND).',
    );
  });

  it('says why no growth can be computed, and leaves out the average a level of the other sign cannot mean', () => {
    expect(outlook({ ...output, value: -6000, year: 2025, baseYear: 2020 }, 'vi')?.paragraphs[1]).toBe(
      'Từ 5.436 tỷ đồng năm 2024, không tính được tốc độ tăng cần đạt (số liệu trái dấu).',
    );
    expect(outlook({ ...output, value: -6000, year: 2025, baseYear: 2020 }, 'en')?.paragraphs[1]).toBe(
      'From 5,436 billion VND in 2024, the growth needed cannot be computed (values of opposite signs).',
    );
  });

  it('is left out for an indicator not in the catalogue and for an area without values', () => {
    expect(outlook({ ...output, indicator: 'NOT_AN_INDICATOR', year: 2025 }, 'en')).toBeUndefined();
    expect(outlook({ ...output, area: '999', year: 2025 }, 'en')).toBeUndefined();
  });
});
