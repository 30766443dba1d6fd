/*
 * The hierarchy value and its indexes. A Hierarchy is plain, frozen data (levels, units,
 * successions); the indexes that make queries fast are built once by buildHierarchy and kept in a
 * WeakMap keyed by the hierarchy, so the public value stays plain and JSON-ready while no query ever
 * scans the whole unit list.
 */
import { type Decimal, PlanningError } from '../numeric/index.js';
import type { IsoDate } from '../period/index.js';
import { dayKey, openEnd, openEndDay, openStart, openStartDay } from './dates.js';
import type { AbolishLevelSuccession, AdminUnit, Succession } from './schema.js';

/**
 * An administrative hierarchy: named levels, unit versions and successions, validated together by
 * {@link buildHierarchy}. Query it with {@link unitAt}, {@link childrenOf}, {@link descendantsOf} and the
 * other functions of this module, which all take it as their first argument and use the indexes built
 * with it (a look-up by code costs the same for 20 units or 100,000).
 *
 * A hierarchy is frozen. To change it, build a new one from changed units; to store it, keep its three
 * fields (they are JSON-ready) and rebuild it when read back.
 *
 * @example
 * // A province with one district:
 * const hierarchy: Hierarchy = buildHierarchy([
 *   { code: '38', name: 'Thanh Hóa', type: 'province', level: 'province' },
 *   { code: '402', name: 'Như Xuân', type: 'rural-district', level: 'district', parent: '38', validTo: '2025-06-30' },
 * ]);
 * hierarchy.units.length;
 * //=> 2
 */
export interface Hierarchy {
  /** The level names, root first (`['province', 'district', 'commune', 'village']`). */
  readonly levels: readonly string[];
  /** Every unit version, in the order given. */
  readonly units: readonly AdminUnit[];
  /** Every succession (merges, splits, renames, changes of parent, abolished levels), in the order given. */
  readonly successions: readonly Succession[];
}

/** One unit version with its interval bounds as sortable strings and its level's depth. */
export interface Version {
  readonly unit: AdminUnit;
  /** Index in the input list (for issue paths) and in `hierarchy.units`. */
  readonly position: number;
  /** validFrom, or '' when open. */
  readonly from: string;
  /** validTo, or '~' when open. */
  readonly to: string;
  /** Index of the unit's level in `levels`; -1 when unknown. */
  readonly rank: number;
}

/** One arrow of a succession: (part of) unit `from` became (part of) unit `to` on `date`. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  /** The share of `from` that went to `to`; undefined for a split share that was not given. */
  readonly share: Decimal | undefined;
  readonly date: string;
  readonly succession: Succession;
  /** Index of the succession in `hierarchy.successions`. */
  readonly position: number;
}

/** The indexes of one hierarchy. */
export interface HierarchyIndex {
  readonly levelRank: ReadonlyMap<string, number>;
  /**
   * Each code's entry: the slot of its earliest version by start (its position in `units`; a code
   * with several versions has them all in `versionLists`) times {@link eraTagSpan}, plus the tag of
   * that slot's era (the era itself below {@link farEraTag}; for a later era, {@link farEraTag}, and
   * the era is read from `eraOfSlot`). One `Map.get` then gives a batch look-up both the slot and
   * whether its era holds on the day, with no read of another array for most codes ({@link entryOf},
   * {@link slotOfEntry}, {@link slotOfCode}).
   */
  readonly entryByCode: ReadonlyMap<string, number>;
  /**
   * For each slot, its era: the number of its pair of bounds among the distinct pairs (units of one
   * reform share them), or {@link noEra} for the slots past the first 65,535 pairs. A batch look-up
   * judges each era once for its date, and each code by its era, from an array that stays in cache.
   */
  readonly eraOfSlot: Uint16Array;
  /** The day keys of each era's start (at 2 × era) and end (at 2 × era + 1). */
  readonly eraBounds: Int32Array;
  /** The versions of each code that has more than one, sorted by start. */
  readonly versionLists: ReadonlyMap<string, readonly Version[]>;
  /**
   * Every version's unit, in list order; a slot is a position in this list. The version records of
   * the slots are not kept: a national hierarchy has a hundred thousand of them. Their bounds are read
   * from the units themselves (or as day keys from their eras, {@link slotFromDay}), their ranks and
   * positions from the columns below ({@link versionOf} makes a record when one is wanted,
   * {@link allVersions} all of them once).
   */
  readonly units: readonly AdminUnit[];
  /** For each slot, the rank of its level; -1 when unknown. */
  readonly rankOfSlot: Int32Array;
  /** For each slot, its index in the input list (for issue paths); undefined when every slot is its own position. */
  readonly positionOfSlot: readonly number[] | undefined;
  /** The slots of the children of each parent code, in list order. */
  readonly childrenByParent: ReadonlyMap<string, readonly number[]>;
  readonly edgesByPredecessor: ReadonlyMap<string, readonly Edge[]>;
  readonly edgesBySuccessor: ReadonlyMap<string, readonly Edge[]>;
  /** Succession dates, ascending, each with its edges by predecessor code. */
  readonly edgesByDate: ReadonlyMap<string, ReadonlyMap<string, readonly Edge[]>>;
  readonly successionDates: readonly string[];
  /** Abolitions of levels by date. */
  readonly abolitions: ReadonlyMap<string, readonly AbolishLevelSuccession[]>;
  /** Built on the first name look-up: normalised lower-case name → versions. */
  namesByKey: Map<string, Version[]> | undefined;
  /**
   * The version records made so far, by slot ({@link versionOf}): one record per slot, so that a
   * version is the same object wherever it is found (the checks of cycles compare them).
   */
  versionBySlot: (Version | undefined)[] | undefined;
  /** Every version record in list order, once wanted ({@link allVersions}). */
  everyVersion: readonly Version[] | undefined;
}

/** The version record of a slot: made when first wanted, then kept. */
export function versionOf(index: HierarchyIndex, slot: number): Version {
  index.versionBySlot ??= new Array<Version | undefined>(index.units.length);
  const known = index.versionBySlot[slot];
  if (known !== undefined) return known;
  const { units, positionOfSlot } = index;
  const unit = units[slot];
  if (unit === undefined) throw new RangeError(`slot ${String(slot)} is not one of the hierarchy's ${String(units.length)} units`);
  const version: Version = {
    unit,
    position: positionOfSlot === undefined ? slot : (positionOfSlot[slot] ?? slot),
    from: unit.validFrom ?? openStart,
    to: unit.validTo ?? openEnd,
    rank: index.rankOfSlot[slot] ?? -1,
  };
  index.versionBySlot[slot] = version;
  return version;
}

/** Tells whether the version of a slot is valid on a date. */
export function slotValidOn(index: HierarchyIndex, slot: number, date: string): boolean {
  const unit = index.units[slot];
  return unit !== undefined && (unit.validFrom ?? openStart) <= date && date <= (unit.validTo ?? openEnd);
}

/**
 * The day keys of a slot's bounds ({@link dayKey}), for comparisons that should not load the unit:
 * read from its era's bounds, or from the unit for a slot past the numbered eras ({@link noEra}).
 */
export function slotFromDay(index: HierarchyIndex, slot: number): number {
  const era = index.eraOfSlot[slot] ?? noEra;
  return era === noEra ? dayKey(index.units[slot]?.validFrom ?? openStart) : (index.eraBounds[2 * era] ?? openStartDay);
}

/** The day key of a slot's last day: see {@link slotFromDay}. */
export function slotToDay(index: HierarchyIndex, slot: number): number {
  const era = index.eraOfSlot[slot] ?? noEra;
  return era === noEra ? dayKey(index.units[slot]?.validTo ?? openEnd) : (index.eraBounds[2 * era + 1] ?? openEndDay);
}

/** Every version record, in list order: made on the first call and kept. */
export function allVersions(index: HierarchyIndex): readonly Version[] {
  index.everyVersion ??= index.units.map((_, slot) => versionOf(index, slot));
  return index.everyVersion;
}

const indexes = new WeakMap<Hierarchy, HierarchyIndex>();

/** Registers the indexes of a freshly built hierarchy. */
export function registerIndex(hierarchy: Hierarchy, index: HierarchyIndex): void {
  indexes.set(hierarchy, index);
}

/** The indexes of a hierarchy built by this module; throws for any other value. */
export function indexOf(hierarchy: Hierarchy): HierarchyIndex {
  const index = indexes.get(hierarchy);
  if (index === undefined) {
    throw new PlanningError(
      'invalid-argument',
      'hierarchy must be a value returned by buildHierarchy or hierarchyAsOf; got another object. ' +
        'Build it with buildHierarchy(units, { levels, successions }) (a stored hierarchy is rebuilt the same way)',
    );
  }
  return index;
}

/** The era of the slots whose bounds are past the first 65,535 pairs: never judged valid, so their bounds are read. */
export const noEra = 0xff_ff;

/** The bits of a code's entry below its slot, which hold its era's tag (see {@link HierarchyIndex.entryByCode}). */
export const eraTagBits = 6;
/** What a slot is multiplied by in a code's entry, to make room for its era's tag. */
export const eraTagSpan = 2 ** eraTagBits;
/** The tag of an era of 63 or more, whose number is read from `eraOfSlot`. */
export const farEraTag = eraTagSpan - 1;
/** The most slots an index holds, so that every entry is below 2^32 and `entry >>> eraTagBits` is its slot. */
export const maxSlots = 2 ** 32 / eraTagSpan;

/** A code's entry from its earliest slot and that slot's era. */
export function entryOf(slot: number, era: number): number {
  return slot * eraTagSpan + (era < farEraTag ? era : farEraTag);
}

/** The slot of a code's entry. */
export function slotOfEntry(entry: number): number {
  return entry >>> eraTagBits;
}

/** The slot of a code's earliest version, or undefined for an unknown code. */
export function slotOfCode(index: HierarchyIndex, code: string): number | undefined {
  const entry = index.entryByCode.get(code);
  return entry === undefined ? undefined : slotOfEntry(entry);
}

/**
 * Which eras hold on a day: 1 at each era whose bounds contain it, 0 elsewhere (and at {@link noEra},
 * which the array covers when it is in use).
 */
export function erasOnDay(index: HierarchyIndex, day: number): Uint8Array {
  const { eraBounds } = index;
  const count = eraBounds.length / 2;
  const valid = new Uint8Array(count + 1);
  for (let era = 0; era < count; era += 1) {
    if ((eraBounds[2 * era] ?? openEndDay) <= day && day <= (eraBounds[2 * era + 1] ?? openStartDay)) valid[era] = 1;
  }
  return valid;
}

/** The versions of a code, sorted by start (empty for an unknown code). */
export function versionsOfCode(index: HierarchyIndex, code: string): readonly Version[] {
  const slot = slotOfCode(index, code);
  if (slot === undefined) return [];
  return index.versionLists.get(code) ?? [versionOf(index, slot)];
}

/** The version of `code` valid on `date` (sentinels allowed), or undefined. */
export function versionAt(index: HierarchyIndex, code: string, date: string): Version | undefined {
  const slot = slotOfCode(index, code);
  if (slot === undefined) return undefined;
  // The earliest version is most often the one (and most codes have no other).
  if (slotValidOn(index, slot, date)) return versionOf(index, slot);
  return laterVersionAt(index, code, date);
}

/** The version of `code` valid on `date` when its earliest is not: one of its later versions, or undefined. */
function laterVersionAt(index: HierarchyIndex, code: string, date: string): Version | undefined {
  for (const version of index.versionLists.get(code) ?? []) {
    if (version.from > date) return undefined;
    if (date <= version.to) return version;
  }
  return undefined;
}

/**
 * The look-up of many codes on one date: the unit each code names that day, as {@link versionAt}
 * finds it. Each era is judged once for the date ({@link erasOnDay}); then a code is one map look-up,
 * whose entry gives its earliest version's slot and (for the first eras) its era: most codes need no
 * other read than their unit. A code whose earliest version is not the one goes on to its later ones.
 */
export function unitLookupOn(index: HierarchyIndex, date: IsoDate): (code: string) => AdminUnit | undefined {
  const { entryByCode, eraOfSlot, units } = index;
  const valid = erasOnDay(index, dayKey(date));
  // What an entry's tag says on this day: 1 where the era holds, 0 where not, and for the far tag 2
  // (read the slot's era). One read, always within bounds, judges most codes.
  const byTag = new Uint8Array(eraTagSpan);
  byTag.set(valid.subarray(0, farEraTag));
  byTag[farEraTag] = 2;
  return (code) => {
    const entry = entryByCode.get(code);
    if (entry === undefined) return undefined;
    const judged = byTag[entry & farEraTag];
    // A slot past the numbered eras (noEra) is outside `valid`, so its versions are compared by date.
    if (judged === 1 || (judged === 2 && valid[eraOfSlot[slotOfEntry(entry)] ?? noEra] === 1)) return units[slotOfEntry(entry)];
    return versionAt(index, code, date)?.unit;
  };
}

/** Tells whether a version is valid on a date. */
export function validOn(version: Version, date: string): boolean {
  return version.from <= date && date <= version.to;
}

/** Names a unit in a message: `16174 (Yên Cát)`. */
export function describeUnit(unit: AdminUnit): string {
  return `${unit.code} (${unit.name})`;
}

/** Names a succession in a message: `the merge into 16177 on 2025-07-01 (Resolution 1686/NQ-UBTVQH15, clause 112)`. */
export function describeSuccession(succession: Succession): string {
  const basis = `on ${succession.date} (${succession.legalBasis})`;
  switch (succession.kind) {
    case 'merge':
      return `the merge into ${succession.to} ${basis}`;
    case 'split':
      return `the split of ${succession.from} ${basis}`;
    case 'rename':
      return `the rename of ${succession.code} ${basis}`;
    case 'change-parent':
      return `the change of parent of ${succession.code} ${basis}`;
    case 'abolish-level':
      return `the abolition of level ${succession.level} ${basis}`;
  }
}

/** Tells whether `ancestor` is on the chain of parents of a version on a date. */
export function isBelow(index: HierarchyIndex, version: Version, ancestor: string, date: string): boolean {
  let parentCode = version.unit.parent;
  while (parentCode !== undefined) {
    if (parentCode === ancestor) return true;
    parentCode = versionAt(index, parentCode, date)?.unit.parent;
  }
  return false;
}
