/**
 * Ranking and composite indices: ranks with explicit tie methods, ranks within groups,
 * normalisation and weighted aggregation, emulation scoring tables, grades and awards.
 *
 * Guide: [Ranking, composite indices and emulation scoring](../../docs/ranking-and-composites.md).
 * Import from `planning-indicators/ranking`, or from `planning-indicators`, which exports every
 * domain.
 *
 * @module ranking
 */
export * from '../ranking/index.js';
