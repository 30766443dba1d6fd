/**
 * Units of measure: quantity kinds, units (đồng, người, hộ, %, ‰...), scale multipliers (nghìn,
 * triệu, tỷ) with their SDMX UNIT_MULT codes, and exact conversion between scales of one unit.
 *
 * Guide: [Units of measure](../../docs/units-of-measure.md). Import from
 * `planning-indicators/measure`, or from `planning-indicators`, which exports every domain.
 *
 * @module measure
 */
export * from '../measure/index.js';
