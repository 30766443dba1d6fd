/**
 * Attainment: ratios that stay correct for zero and negative targets, progress from a baseline,
 * gaps, target and plan assessments with their working, pace within a period.
 *
 * Guides: [Attainment](../../docs/attainment.md) and [Methods](../../docs/methods.md). Import from
 * `planning-indicators/attainment`, or from `planning-indicators`, which exports every domain.
 *
 * @module attainment
 */
export * from '../attainment/index.js';
