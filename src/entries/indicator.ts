/**
 * Indicators: what is measured, in which unit, which direction is good and how values combine;
 * derived formulas; validated catalogs.
 *
 * Guide: [Indicators, targets and observations](../../docs/indicators-targets-observations.md).
 * Import from `planning-indicators/indicator`, or from `planning-indicators`, which exports every
 * domain.
 *
 * @module indicator
 */
export * from '../indicator/index.js';
