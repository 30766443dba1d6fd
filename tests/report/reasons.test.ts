/*
 * The words a report prints for a target it could not assess and for a growth rate it could not
 * compute: the published glossary of reasons, in Vietnamese and English, one entry per reason code.
 * A Vietnamese report never shows the English message of an assessment.
 */
import { describe, expect, it } from 'vitest';
import { type GrowthReason, type NotAssessableReason, describeGrowthReason, describeNotAssessable, growthReasons } from '../../src/index.js';

const notAssessableInVietnamese: Readonly<Record<NotAssessableReason, string>> = {
  'unknown-indicator': 'chỉ tiêu không có trong danh mục chỉ tiêu',
  'missing-actual': 'chưa có số liệu thực hiện của kỳ đánh giá',
  'missing-base': 'chưa có số liệu kỳ gốc',
  'zero-base': 'số liệu kỳ gốc bằng 0, không tính được tốc độ tăng',
  'opposite-signs': 'số liệu kỳ gốc và kỳ đánh giá trái dấu, không tính được tốc độ tăng',
  'unit-mismatch': 'đơn vị tính của số liệu không quy đổi được sang đơn vị của chỉ tiêu',
  'conflicting-values': 'có nhiều số liệu khác nhau cho cùng một kỳ, cùng mức tin cậy',
  'zero-denominator': 'mẫu số bằng 0, không tính được tỷ lệ',
  'outside-period': 'kỳ đánh giá nằm ngoài kỳ của chỉ tiêu',
  'out-of-range': 'số liệu nằm ngoài miền giá trị hợp lệ của chỉ tiêu',
};

const growthInWords: Readonly<Record<'vi' | 'en', Readonly<Record<GrowthReason, string>>>> = {
  vi: {
    'too-few-points': 'chưa đủ số liệu (cần ít nhất hai năm)',
    'too-many-missing': 'thiếu quá nhiều năm số liệu',
    'missing-endpoint': 'thiếu số liệu năm gốc hoặc năm cuối',
    'missing-value': 'thiếu số liệu',
    'missing-price-index': 'thiếu chỉ số giá',
    'missing-overlap': 'hai dãy số không có năm chung',
    'zero-base': 'số liệu năm gốc bằng 0',
    'zero-value': 'có năm số liệu bằng 0',
    'opposite-signs': 'số liệu trái dấu',
    'target-year-passed': 'đã qua năm mục tiêu',
    'zero-required-growth': 'mục tiêu bằng mức năm gốc',
    'no-base-period': 'không có kỳ so sánh',
  },
  en: {
    'too-few-points': 'too few values (two years at least)',
    'too-many-missing': 'too many years missing',
    'missing-endpoint': 'the base year or the last year has no value',
    'missing-value': 'a value is missing',
    'missing-price-index': 'the price index is missing',
    'missing-overlap': 'the two series have no year in common',
    'zero-base': 'the base value is zero',
    'zero-value': 'a value is zero',
    'opposite-signs': 'values of opposite signs',
    'target-year-passed': 'the target year has passed',
    'zero-required-growth': 'the target equals the base value',
    'no-base-period': 'no period to compare with',
  },
};

describe('describeNotAssessable', () => {
  it('says why in a Vietnamese sentence for every reason code, never the English message', () => {
    for (const [code, sentence] of Object.entries(notAssessableInVietnamese) as [NotAssessableReason, string][]) {
      expect(describeNotAssessable({ code, message: `no value of X for area 402 in 2024 (${code})` }, 'vi')).toBe(sentence);
    }
  });

  it('gives the assessment its own message in English, which names the indicator, area and period', () => {
    const message = 'no value of INVESTMENT for area 402 in 2024';
    expect(describeNotAssessable({ code: 'missing-actual', message }, 'en')).toBe(message);
    expect(describeNotAssessable({ code: 'out-of-range', message: 'POVERTY_RATE is 120 %, above 100 %' }, 'en')).toBe('POVERTY_RATE is 120 %, above 100 %');
  });
});

describe('describeGrowthReason', () => {
  it('words every growth reason in both languages, each reason differently', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(growthReasons.map((reason) => describeGrowthReason(reason, lang))).toEqual(growthReasons.map((reason) => growthInWords[lang][reason]));
      expect(new Set(growthReasons.map((reason) => describeGrowthReason(reason, lang))).size).toBe(growthReasons.length);
    }
    expect(Object.keys(growthInWords.vi).sort()).toEqual([...growthReasons].sort());
  });
});
