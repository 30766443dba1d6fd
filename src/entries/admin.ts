/**
 * Administrative units: dated units in a hierarchy of named levels, successions (merge, split,
 * rename, change of parent), restatement of values onto later units, Vietnamese name matching, unit
 * groups.
 *
 * Guide: [Administrative units](../../docs/admin-units.md). Import from
 * `planning-indicators/admin`, or from `planning-indicators`, which exports every domain.
 *
 * @module admin
 */
export * from '../admin/index.js';
