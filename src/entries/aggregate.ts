/**
 * Roll-up: observations aggregated over the administrative hierarchy and over time by each
 * indicator's rules, each aggregate with its parts and its completeness.
 *
 * Guide: [Aggregation and roll-up](../../docs/aggregation.md). Import from
 * `planning-indicators/aggregate`, or from `planning-indicators`, which exports every domain.
 *
 * @module aggregate
 */
export * from '../aggregate/index.js';
