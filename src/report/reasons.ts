import type { NotAssessableDetail, NotAssessableReason } from '../attainment/index.js';
import type { GrowthReason } from '../growth/index.js';
import type { Language } from '../format/index.js';

const notAssessableWords: Readonly<Record<NotAssessableReason, string>> = {
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

/**
 * Why a target could not be assessed, in the report's language: in Vietnamese a sentence for each
 * reason code ("chưa có số liệu thực hiện của kỳ đánh giá"), in English the assessment's own message,
 * which names the indicator, area and period. Reports use it so that no English sentence appears in
 * a Vietnamese report.
 *
 * @param detail - the reason an assessment or pace carries
 * @param lang - the language of the report
 * @returns the reason as a sentence fragment
 *
 * @example
 * describeNotAssessable({ code: 'missing-actual', message: 'no value of INVESTMENT for area 402 in 2024' }, 'vi');
 * //=> 'chưa có số liệu thực hiện của kỳ đánh giá'
 */
export function describeNotAssessable(detail: NotAssessableDetail, lang: Language): string {
  if (lang === 'en') return detail.message;
  return Object.hasOwn(notAssessableWords, detail.code) ? notAssessableWords[detail.code] : detail.message;
}

const growthWords: Readonly<Record<Language, Readonly<Record<GrowthReason, string>>>> = {
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

/**
 * Why a growth rate could not be computed ({@link GrowthReason}), in words of the report's language.
 *
 * @param reason - the reason code
 * @param lang - the language of the report
 * @returns the reason in words
 *
 * @example
 * describeGrowthReason('zero-base', 'vi');
 * //=> 'số liệu năm gốc bằng 0'
 */
export function describeGrowthReason(reason: GrowthReason, lang: Language): string {
  return Object.hasOwn(growthWords[lang], reason) ? growthWords[lang][reason] : reason;
}
