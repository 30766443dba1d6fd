/*
 * Formatting and parsing in Vietnamese and English: numbers with the separators of each language,
 * percentages and percentage points, indices, money with scale words (45 triệu đồng, 15 nghìn tỷ
 * đồng), quantities with an indicator's precision, period labels (Quý I/2024, 9 tháng năm 2024),
 * statuses and reporting phrases; exact parsing of localised numbers and scaled amounts.
 */
export { type Language, type NumberSeparators, languageSchema, languages, numberSeparators } from './language.js';
export {
  type NumberFormatOptions,
  type PercentagePointsFormatOptions,
  formatIndex,
  formatNumber,
  formatPercent,
  formatPercentagePoints,
} from './number.js';
export { type QuantityFormat, type ScaledFormatOptions, formatMoney, formatQuantity } from './quantity.js';
export {
  type ParseMoneyOptions,
  type ParseNumberOptions,
  type ScaledNumber,
  parseLocalizedNumber,
  parseMoney,
  maxNumberTextLength,
  parseScaledNumber,
} from './parse.js';
export { type PeriodLabelOptions, formatPeriodLabel } from './periods.js';
export { type ReportStatus, formatStatus, statusLabels } from './status.js';
export {
  type ChangeFormatOptions,
  type PhraseOptions,
  type PlanFulfilmentFormatOptions,
  formatChange,
  formatPercentOfSamePeriod,
  formatPlanFulfilment,
} from './phrases.js';
