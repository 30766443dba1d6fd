import { PlanningError, quoteText } from '../numeric/index.js';

/**
 * A scale multiplier: a power of ten by which a reported figure is multiplied to give the value in
 * the unit itself (45 triệu đồng = 45 × 10^6 đồng). Its power is also its SDMX `UNIT_MULT` code
 * (SDMX global code list CL_UNIT_MULT, version 1.1, SDMX Global Registry: "value × 10^code").
 *
 * @example
 * // The multiplier of "tỷ đồng":
 * const billion: Multiplier = multiplierFromPower(9);
 * [billion.names.vi, billion.names.en, billion.sdmxUnitMult];
 * //=> ['tỷ', 'billion', '9']
 */
export interface Multiplier {
  /** The power of ten: 0, 3, 6, 9, 12 or 15. */
  readonly power: number;
  /** The SDMX `UNIT_MULT` code (CL_UNIT_MULT), the power written as text: `'6'` for millions. */
  readonly sdmxUnitMult: string;
  /** The SDMX code list's English name of the code: `'Units'`, `'Thousands'`, `'Millions'`... */
  readonly sdmxName: string;
  /**
   * The scale word put before a unit in Vietnamese (`'triệu'`, `'tỷ'`, `'nghìn tỷ'`) and in English,
   * short scale (`'million'`, `'billion'`, `'trillion'`). For power 0 the names are `'đơn vị'` and
   * `'units'`, and no word is put before the unit.
   */
  readonly names: {
    /** The Vietnamese scale word, official spelling: `nghìn` (not ngàn), `tỷ` (not tỉ). */
    readonly vi: string;
    /** The English scale word, short scale: billion = 10^9, trillion = 10^12. */
    readonly en: string;
  };
}

function multiplier(power: number, vi: string, en: string, sdmxName: string): Multiplier {
  return Object.freeze({ power, sdmxUnitMult: String(power), sdmxName, names: Object.freeze({ vi, en }) });
}

/**
 * The scale multipliers that Vietnamese reports and SDMX use, by ascending power: units, nghìn
 * (thousand, 10^3), triệu (million, 10^6), tỷ (billion, 10^9), nghìn tỷ (trillion, 10^12) and
 * triệu tỷ (quadrillion, 10^15). Mind the false friend: Vietnamese "nghìn tỷ" is 10^12, English
 * "billion" is 10^9 (= tỷ).
 *
 * @example
 * // The powers in the registry:
 * multipliers.map((entry) => entry.power);
 * //=> [0, 3, 6, 9, 12, 15]
 */
export const multipliers: readonly Multiplier[] = Object.freeze([
  multiplier(0, 'đơn vị', 'units', 'Units'),
  multiplier(3, 'nghìn', 'thousand', 'Thousands'),
  multiplier(6, 'triệu', 'million', 'Millions'),
  multiplier(9, 'tỷ', 'billion', 'Billions'),
  multiplier(12, 'nghìn tỷ', 'trillion', 'Trillions'),
  multiplier(15, 'triệu tỷ', 'quadrillion', 'Quadrillions'),
]);

const knownPowers = multipliers.map((entry) => entry.power).join(', ');

/**
 * Finds the multiplier of a power of ten.
 *
 * @param power - the power of ten, such as 6 for triệu / million
 * @returns the multiplier with that power
 * @throws {@link PlanningError} `invalid-argument` if the power is not an integer; `not-found` if
 * the registry has no multiplier with that power (the message lists the powers it has)
 *
 * @example
 * // What is 10^12 called?
 * multiplierFromPower(12).names;
 * //=> { vi: 'nghìn tỷ', en: 'trillion' }
 */
export function multiplierFromPower(power: number): Multiplier {
  if (!Number.isInteger(power)) {
    throw new PlanningError(
      'invalid-argument',
      `a multiplier power must be an integer such as 6 (million); got ${String(power)}`,
    );
  }
  const found = multipliers.find((entry) => entry.power === power);
  if (found === undefined) {
    throw new PlanningError(
      'not-found',
      `no scale multiplier for 10^${String(power)}; known powers: ${knownPowers}`,
    );
  }
  return found;
}

const sdmxCodePattern = /^[+-]?\d+$/;

/**
 * Finds the multiplier of an SDMX `UNIT_MULT` code (CL_UNIT_MULT 1.1, where the code is the power of
 * ten: value × 10^code).
 *
 * @param code - the code as text (`'6'`) or as a number (6)
 * @returns the multiplier with that power
 * @throws {@link PlanningError} `invalid-argument` if the code is not a whole number; `not-found` if
 * the registry has no multiplier for it (the message lists the codes it has)
 *
 * @example
 * // An SDMX series with UNIT_MULT 9 is in billions, tỷ in Vietnamese:
 * multiplierFromSdmxUnitMult('9').names.vi;
 * //=> 'tỷ'
 */
export function multiplierFromSdmxUnitMult(code: string | number): Multiplier {
  const text = typeof code === 'number' ? String(code) : code.trim();
  if (!sdmxCodePattern.test(text)) {
    throw new PlanningError(
      'invalid-argument',
      `an SDMX UNIT_MULT code must be a whole number such as "6" (millions); got ${typeof code === 'string' ? quoteText(code) : String(code)}`,
    );
  }
  const power = Number(text);
  const found = multipliers.find((entry) => entry.power === power);
  if (found === undefined) {
    throw new PlanningError(
      'not-found',
      `no scale multiplier for SDMX UNIT_MULT ${quoteText(text)}; known codes: ${knownPowers}`,
    );
  }
  return found;
}
