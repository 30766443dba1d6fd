/**
 * Growth: growth rates and development indices, chaining, average growth over a plan range,
 * required growth, contributions, constant prices, progress toward targets.
 *
 * Guides: [Growth and progress](../../docs/growth-and-progress.md) and
 * [Methods](../../docs/methods.md). Import from `planning-indicators/growth`, or from
 * `planning-indicators`, which exports every domain.
 *
 * @module growth
 */
export * from '../growth/index.js';
