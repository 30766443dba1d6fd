/*
 * Units of measure: quantity kinds, units (đồng, người, hộ, %, ‰, per 10,000 people...), scale
 * multipliers (nghìn, triệu, tỷ, nghìn tỷ) with their SDMX UNIT_MULT codes, and exact conversion
 * between scales of one unit.
 */
export { type QuantityKind, moneyKinds, quantityKindSchema, quantityKinds } from './kind.js';
export {
  type Multiplier,
  multiplierFromPower,
  multiplierFromSdmxUnitMult,
  multipliers,
} from './multiplier.js';
export {
  type Quantity,
  type QuantityInput,
  type ScaledUnit,
  assertSameUnit,
  compareQuantities,
  convertScale,
  differenceUnit,
  quantitySchema,
  sameUnit,
  scaledUnit,
  scaledUnitLabels,
  scaledUnitSchema,
} from './scaled.js';
export {
  type BuiltInUnits,
  type UnitLabels,
  type UnitOfMeasure,
  type UnitOfMeasureInput,
  type UnitRegistry,
  defineUnit,
  getUnit,
  unitLabelsSchema,
  unitOfMeasureSchema,
  units,
} from './unit.js';
