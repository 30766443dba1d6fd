/*
 * Exact numbers: the library's decimal.js clone, conversion of inputs, named rounding rules, the
 * `PlanningError` class that every domain throws, and schema parsing that reports every problem.
 */
export {
  Decimal,
  type DecimalInput,
  isDecimal,
  isDecimalInput,
  maxDecimalTextLength,
  maxExponent,
  maxResultExponent,
  maxSignificantDigits,
  minExponent,
  toDecimal,
} from './decimal.js';
export { PlanningError, type PlanningErrorCode, type PlanningErrorOptions, type Issue, formatIssues, formatPath, maxListedIssues } from './errors.js';
export { round, roundingRules, type RoundingRule } from './rounding.js';
export { type ParsedEach, decimalSchema, deepFreeze, issueMessage, issuesFromZod, parseEach, parseWithSchema, safeParseInput } from './schema.js';
export {
  type ScaledColumn,
  createScaledColumn,
  decimalFromScaled,
  powerOfTen,
  readScaled,
  roundedQuotient,
  scaledDigits,
  writeScaled,
} from './scaled.js';
export { describeValue, maxCodeLength, maxNameLength, maxQuotedItems, maxQuotedLength, quoteList, quoteText } from './describe.js';
export { ownField, ownValue } from './own.js';
