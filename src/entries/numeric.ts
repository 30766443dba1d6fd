/**
 * Exact numbers: the library's decimal.js clone (`Decimal`), `toDecimal`, named rounding rules, the
 * `PlanningError` class that every domain throws, and schema parsing that reports every problem.
 *
 * Guide: [Concepts](../../docs/concepts.md). Import from `planning-indicators/numeric`, or from
 * `planning-indicators`, which exports every domain.
 *
 * @module numeric
 */
export * from '../numeric/index.js';
