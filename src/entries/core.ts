/**
 * The core of the library in one import: exact numbers, units of measure, periods, indicators,
 * observations, targets, growth and attainment, which is what assessing a plan needs. The
 * administrative hierarchy, roll-up, ranking, formatting, data exchange and reports come from their
 * own sub-paths (`planning-indicators/admin`, `/aggregate`, `/ranking`, `/format`, `/exchange`,
 * `/report`); `planning-indicators` itself exports everything.
 *
 * @module core
 */
export * from '../numeric/index.js';
export * from '../measure/index.js';
export * from '../period/index.js';
export * from '../indicator/index.js';
export * from '../observation/index.js';
export * from '../target/index.js';
export * from '../growth/index.js';
export * from '../attainment/index.js';
