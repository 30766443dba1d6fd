/**
 * Targets (comparator, basis, base period, milestones, source document) and plans parsed with every
 * problem reported.
 *
 * Guide: [Indicators, targets and observations](../../docs/indicators-targets-observations.md).
 * Import from `planning-indicators/target`, or from `planning-indicators`, which exports every
 * domain.
 *
 * @module target
 */
export * from '../target/index.js';
