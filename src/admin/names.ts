import { PlanningError, describeValue, quoteText } from '../numeric/index.js';
import type { IsoDate } from '../period/index.js';
import { checkDate } from './dates.js';
import { type Hierarchy, type HierarchyIndex, type Version, allVersions, describeUnit, indexOf, isBelow, validOn, versionAt } from './model.js';
import type { AdminUnit } from './schema.js';
import type { UnitFilter } from './queries.js';

// Combining marks after NFD: the five tone marks, and the three marks that make a new vowel letter
// (circumflex: â ê ô; breve: ă; horn: ơ ư).
const toneMarks = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const vowelLetterMark = /[\u0302\u0306\u031B]/u;
const plainVowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const combiningMark = /\p{M}/u;

interface Letter {
  readonly base: string;
  readonly marks: string;
}

/**
 * Puts the tone mark of one syllable (already in NFD) on its canonical vowel, the "old" placement that
 * the GSO's lists mostly use: "Hóa", "Hòa", "Thụy", "Khỏe". Rules (Vietnamese orthography, as in
 * Decision 240/QĐ and common usage):
 * 1. a vowel letter with a circumflex, breve or horn carries the tone (ơ in ươ);
 * 2. "qu" and "gi" (before another vowel) are consonants;
 * 3. one vowel carries it; of three, the middle one;
 * 4. of two, the second if a consonant follows (hoàng, tuyến), else the first (hóa, thủy, mùa).
 * Anything that is not a single Vietnamese syllable is left as it was.
 */
function placeTone(syllable: string): string {
  const letters: Letter[] = [];
  let tone: string | undefined;
  for (const char of syllable) {
    if (combiningMark.test(char)) {
      const last = letters.pop();
      if (last === undefined) return syllable;
      if (toneMarks.has(char)) {
        if (tone !== undefined) return syllable;
        tone = char;
        letters.push(last);
      } else {
        letters.push({ base: last.base, marks: last.marks + char });
      }
    } else {
      letters.push({ base: char, marks: '' });
    }
  }
  if (tone === undefined) return syllable;
  const lower = letters.map((letter) => letter.base.toLowerCase());
  const isVowel = lower.map((base) => plainVowels.has(base));
  if (lower[0] === 'q' && lower[1] === 'u') isVowel[1] = false;
  if (lower[0] === 'g' && lower[1] === 'i' && isVowel.slice(2).some(Boolean)) isVowel[1] = false;
  const vowels = isVowel.flatMap((vowel, position) => (vowel ? [position] : []));
  const first = vowels[0];
  const last = vowels[vowels.length - 1];
  if (first === undefined || last === undefined || last - first + 1 !== vowels.length) return syllable;
  const modified = vowels.filter((position) => vowelLetterMark.test(letters[position]?.marks ?? ''));
  let target: number;
  const lastModified = modified[modified.length - 1];
  if (lastModified !== undefined) target = lastModified;
  else if (vowels.length === 1) target = first;
  else if (vowels.length >= 3) target = first + 1;
  else target = last < letters.length - 1 ? last : first;
  return letters.map((letter, position) => letter.base + letter.marks + (position === target ? tone : '')).join('');
}

// Type prefixes written before names in official lists and documents, longest first so that
// "Thị trấn" wins over "Thị". Abbreviations need their dot or a space after them.
const typePrefixes = [
  'thành phố trực thuộc trung ương',
  'thành phố',
  'tổ dân phố',
  'thị trấn',
  'thị xã',
  'đặc khu',
  'khu phố',
  'phường',
  'huyện',
  'quận',
  'tỉnh',
  'thôn',
  'xã',
];
const prefixPattern = new RegExp(
  `^(?:(?:${typePrefixes.join('|')})\\s+|(?:tp|tx|tt)(?:\\.\\s*|\\s+))(?=\\S)`,
  'iu',
);

/**
 * Normalises a Vietnamese place name so that spellings of one name compare equal: Unicode NFC, one
 * tone-mark placement (the GSO's: "Thanh Hoá" becomes "Thanh Hóa", "Thuỵ" becomes "Thụy"), single
 * spaces, the letter Đ where an Icelandic Ð was typed, no qualifier in trailing parentheses
 * ("Xuân Hòa (huyện Như Xuân)", as Resolution 1686/NQ-UBTVQH15 writes), and no leading type prefix:
 * "Tỉnh", "Thành phố", "TP.", "Huyện", "Quận", "Thị xã", "TX.", "Xã", "Phường", "Thị trấn", "TT.",
 * "Đặc khu", "Thôn", "Tổ dân phố", "Khu phố". Letter case is kept; compare lower-cased.
 *
 * Tone placement follows the "old" style that the GSO administrative-unit list mostly uses (tone on the
 * first of two vowels at the end of a syllable: hóa, hòa, thụy), while resolutions such as 60-NQ/TW
 * write "Thanh Hoá"; the GSO list itself mixes "Hoà Bình" and "Thái Hòa".
 *
 * @param name - a place name as written in any source
 * @param options - `stripTypePrefix: false` keeps a leading "Xã", "Huyện"...
 * @returns the normalised name
 * @throws {@link PlanningError} `invalid-argument` when `name` is not a string
 *
 * @example
 * // Two spellings of the province, and a commune with its type prefix:
 * [normalizeVietnameseName('Thanh Hoá'), normalizeVietnameseName('Thanh Hóa'), normalizeVietnameseName('Xã  Xuân Hoà')];
 * //=> ['Thanh Hóa', 'Thanh Hóa', 'Xuân Hòa']
 */
export function normalizeVietnameseName(
  name: string,
  options: {
    /** Remove a leading type prefix ("Xã", "Huyện"...); true unless set to false. */
    readonly stripTypePrefix?: boolean;
  } = {},
): string {
  if (typeof name !== 'string') {
    throw new PlanningError('invalid-argument', `name must be a string; got ${describeValue(name)}`);
  }
  const decomposed = name.replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111').normalize('NFD');
  let normalized = decomposed
    .replace(/[\p{L}\p{M}]+/gu, placeTone)
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\s*\([^()]*\)$/u, '');
  if (options.stripTypePrefix !== false) normalized = normalized.replace(prefixPattern, '');
  return normalized;
}

function nameKey(name: string): string {
  return normalizeVietnameseName(name).toLowerCase();
}

function namesIndex(index: HierarchyIndex): Map<string, Version[]> {
  if (index.namesByKey !== undefined) return index.namesByKey;
  // Normalising every name costs a few microseconds; build on the first look-up, not with the hierarchy.
  const names = new Map<string, Version[]>();
  for (const version of allVersions(index)) {
    const key = nameKey(version.unit.name);
    const list = names.get(key);
    if (list === undefined) names.set(key, [version]);
    else list.push(version);
  }
  index.namesByKey = names;
  return names;
}

/**
 * Where to look for a name with {@link findUnitByName} and {@link findUnitsByName}, besides the date:
 * below a unit, at a level, of a type.
 *
 * @example
 * // The communes of Như Xuân:
 * const filter: NameFilter = { under: '402', level: 'commune' };
 * findUnitByName(nhuXuanHierarchy, 'xã Xuân Hoà', '2024-12-31', filter).code;
 * //=> '16180'
 */
export interface NameFilter extends UnitFilter {
  /** The code of a unit to search below (at any depth); absent to search the whole hierarchy. */
  readonly under?: string;
}

/**
 * Where and when to look for a name, as one object: the older form of the date and
 * {@link NameFilter} arguments of {@link findUnitByName} and {@link findUnitsByName}, still accepted.
 * The standard form passes the date positionally, as the other queries of the hierarchy do.
 *
 * @example
 * // A commune of Như Xuân in 2024:
 * const options: NameLookup = { date: '2024-12-31', under: '402', level: 'commune' };
 * findUnitByName(nhuXuanHierarchy, 'xã Xuân Hoà', options).code;
 * //=> '16180'
 */
export interface NameLookup extends NameFilter {
  /** The day on which the unit must be valid. */
  readonly date: IsoDate;
}

/** The date and filter of either calling form as one lookup; a filter after a lookup object is refused, not merged. */
function lookupOf(dateOrLookup: unknown, filter: NameFilter | undefined, where: string): NameLookup {
  if (typeof dateOrLookup === 'string') return { ...filter, date: dateOrLookup };
  if (typeof dateOrLookup !== 'object' || dateOrLookup === null) {
    throw new PlanningError('invalid-argument', `${where}: expected a date such as '2024-12-31' as the third argument; got ${describeValue(dateOrLookup)}`);
  }
  if (filter !== undefined) {
    throw new PlanningError(
      'invalid-argument',
      `${where}: got both a lookup object with its date and a filter; pass the date and the filter separately (${where}(hierarchy, name, date, filter))`,
    );
  }
  // The object form's fields are checked where they are used (checkDate, versionAt).
  return dateOrLookup as NameLookup;
}

/**
 * Every unit valid on a date whose name matches, after {@link normalizeVietnameseName} on both sides
 * and ignoring letter case; optionally only below one unit, at one level or of one type. The date is
 * positional, as in the other queries of the hierarchy (`unitAt`, `childrenOf`...).
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param name - the name as written in the source (with or without its type prefix)
 * @param date - the day on which the units must be valid
 * @param filter - optionally the unit to search below, the level and the type
 * @returns the matching units, in code order (empty when none)
 * @throws {@link PlanningError} `not-found` when `under` names no unit on that day; `invalid-argument`
 * for a malformed date
 *
 * @example
 * // "Như Xuân" names the district in 2024 and a commune in 2025:
 * [findUnitsByName(nhuXuanHierarchy, 'Như Xuân', '2024-12-31')[0]?.type, findUnitsByName(nhuXuanHierarchy, 'Như Xuân', '2025-07-01')[0]?.type];
 * //=> ['rural-district', 'commune']
 */
export function findUnitsByName(hierarchy: Hierarchy, name: string, date: IsoDate, filter?: NameFilter): readonly AdminUnit[];
/**
 * The older form of {@link findUnitsByName}: the date inside one {@link NameLookup} object. Still
 * accepted; prefer the date as the third argument.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param name - the name as written in the source
 * @param lookup - the date, and optionally the unit to search below, the level and the type
 * @returns the matching units, in code order (empty when none)
 * @throws {@link PlanningError} as the standard form
 *
 * @example
 * // The same search as `findUnitsByName(nhuXuanHierarchy, 'Như Xuân', '2024-12-31')`:
 * findUnitsByName(nhuXuanHierarchy, 'Như Xuân', { date: '2024-12-31' }).map((unit) => unit.code);
 * //=> ['402']
 */
export function findUnitsByName(hierarchy: Hierarchy, name: string, lookup: NameLookup): readonly AdminUnit[];
export function findUnitsByName(hierarchy: Hierarchy, name: string, dateOrLookup: IsoDate | NameLookup, filter?: NameFilter): readonly AdminUnit[] {
  const index = indexOf(hierarchy);
  const { date, under, level, type } = lookupOf(dateOrLookup, filter, 'findUnitsByName');
  checkDate(date, 'date');
  if (under !== undefined && versionAt(index, under, date) === undefined) {
    throw new PlanningError('not-found', `no unit has code ${under} on ${date}, so there is nothing to search under`);
  }
  const candidates = namesIndex(index).get(nameKey(name)) ?? [];
  return candidates
    .filter(
      (version) =>
        validOn(version, date) &&
        (level === undefined || version.unit.level === level) &&
        (type === undefined || version.unit.type === type) &&
        (under === undefined || isBelow(index, version, under, date)),
    )
    .map((version) => version.unit)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * The one unit valid on a date whose name matches (see {@link findUnitsByName}). It reports ambiguity
 * instead of guessing: names repeat across a country (and NQ 1686 itself writes "Xuân Hòa (huyện Như
 * Xuân)"), so give `under`, `level` or `type` until one unit is left.
 *
 * The date is positional, as in the other queries of the hierarchy (`unitAt`, `childrenOf`...); the
 * older form with the date inside one {@link NameLookup} object is still accepted.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param name - the name as written in the source
 * @param date - the day on which the unit must be valid
 * @param filter - optionally the unit to search below, the level and the type
 * @returns the matching unit
 * @throws {@link PlanningError} `not-found` when no unit matches; `ambiguous` when several do (the
 * message lists them with their parents); `invalid-argument` for a malformed date
 *
 * @example
 * // "Thanh Hoá" (with the other tone placement) finds the province:
 * findUnitByName(nhuXuanHierarchy, 'Tỉnh Thanh Hoá', '2024-12-31').code;
 * //=> '38'
 *
 * @example
 * // Two communes named Xuân Hòa in two districts (the second code is illustrative); no guessing:
 * const twoDistricts = buildHierarchy([
 *   { code: '38', name: 'Thanh Hóa', type: 'province', level: 'province' },
 *   { code: '402', name: 'Như Xuân', type: 'rural-district', level: 'district', parent: '38' },
 *   { code: '395', name: 'Thọ Xuân', type: 'rural-district', level: 'district', parent: '38' },
 *   { code: '16180', name: 'Xuân Hòa', type: 'commune', level: 'commune', parent: '402' },
 *   { code: '99999', name: 'Xuân Hòa', type: 'commune', level: 'commune', parent: '395' },
 * ]);
 * findUnitByName(twoDistricts, 'Xuân Hoà', '2024-12-31');
 * // throws PlanningError (ambiguous): 2 units are named "Xuân Hoà" on 2024-12-31: 16180 (Xuân Hòa), commune,
 * // in 402 (Như Xuân); 99999 (Xuân Hòa), commune, in 395 (Thọ Xuân); give under, level or type to choose one
 * findUnitByName(twoDistricts, 'Xuân Hoà', '2024-12-31', { under: '402' }).code;
 * //=> '16180'
 */
export function findUnitByName(hierarchy: Hierarchy, name: string, date: IsoDate, filter?: NameFilter): AdminUnit;
/**
 * The older form of {@link findUnitByName}: the date inside one {@link NameLookup} object. Still
 * accepted; prefer the date as the third argument.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param name - the name as written in the source
 * @param lookup - the date, and optionally the unit to search below, the level and the type
 * @returns the matching unit
 * @throws {@link PlanningError} as the standard form
 *
 * @example
 * // The same search as `findUnitByName(nhuXuanHierarchy, 'Tỉnh Thanh Hoá', '2024-12-31')`:
 * findUnitByName(nhuXuanHierarchy, 'Tỉnh Thanh Hoá', { date: '2024-12-31' }).code;
 * //=> '38'
 */
export function findUnitByName(hierarchy: Hierarchy, name: string, lookup: NameLookup): AdminUnit;
export function findUnitByName(hierarchy: Hierarchy, name: string, dateOrLookup: IsoDate | NameLookup, filter?: NameFilter): AdminUnit {
  const lookup = lookupOf(dateOrLookup, filter, 'findUnitByName');
  const found = findUnitsByName(hierarchy, name, lookup);
  const where = lookup.under === undefined ? '' : ` under ${lookup.under}`;
  const [only] = found;
  if (only === undefined) {
    throw new PlanningError(
      'not-found',
      `no unit is named ${quoteText(name)}${where} on ${lookup.date} (compared as ${quoteText(normalizeVietnameseName(name))})`,
    );
  }
  if (found.length > 1) {
    const index = indexOf(hierarchy);
    const listed = found
      .map((unit) => {
        const parent = unit.parent === undefined ? undefined : versionAt(index, unit.parent, lookup.date)?.unit;
        return `${describeUnit(unit)}, ${unit.type}${parent === undefined ? '' : `, in ${describeUnit(parent)}`}`;
      })
      .join('; ');
    throw new PlanningError(
      'ambiguous',
      `${String(found.length)} units are named ${quoteText(name)}${where} on ${lookup.date}: ${listed}; give under, level or type to choose one`,
    );
  }
  return only;
}
