/*
 * Indicators: what is measured, in which unit, which direction is good, and how values combine;
 * derived indicators; catalogs.
 */
export {
  type AggregationRule,
  type Formula,
  type Indicator,
  type IndicatorInput,
  type Labels,
  type MeasureKind,
  type Polarity,
  type PriceBasis,
  type ValueRange,
  aggregationRuleSchema,
  aggregationRules,
  type IndicatorUnitInput,
  measureKindSchema,
  polaritySchema,
  roundingRuleSchema,
  codeSchema,
  isCode,
  formulaSchema,
  indicatorSchema,
  indicatorUnitSchema,
  labelsSchema,
  measureKinds,
  polarities,
  priceBasisSchema,
  valueRangeSchema,
} from './schema.js';
export {
  type Catalog,
  aggregationRuleProblem,
  buildCatalog,
  derivationOf,
  evaluateFormula,
  getIndicator,
  ratioFactorOf,
  validateCatalog,
} from './catalog.js';
/** @internal The fast first passes' shared readers of plain records (indicator and target). */
export { absent, isPlainObject, plainLabels } from './plain.js';
