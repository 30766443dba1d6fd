/**
 * Formatting and parsing in Vietnamese and English: numbers, percentages, money with scale words,
 * quantities, period labels, statuses and report phrases; exact parsing of localised numbers.
 *
 * Guide: [Formatting and parsing](../../docs/formatting.md). Import from
 * `planning-indicators/format`, or from `planning-indicators`, which exports every domain.
 *
 * @module format
 */
export * from '../format/index.js';
