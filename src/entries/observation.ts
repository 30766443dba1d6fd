/**
 * Observations (values with status and publication date) and datasets indexed for constant-time
 * lookup, revisions and as-of views.
 *
 * Guide: [Indicators, targets and observations](../../docs/indicators-targets-observations.md).
 * Import from `planning-indicators/observation`, or from `planning-indicators`, which exports every
 * domain.
 *
 * @module observation
 */
export * from '../observation/index.js';
