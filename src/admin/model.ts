/*
 * The hierarchy value and its indexes. A Hierarchy is plain, frozen data (levels, units,
 * successions); the indexes that make queries fast are built once by buildHierarchy and kept in a
 * WeakMap keyed by the hierarchy, so the public value stays plain and JSON-ready while no query ever
 * scans the whole unit list.
 */
import { type Decimal, PlanningError } from '../numeric/index.js';
import { openEnd, openStart } from './dates.js';
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
  /** Each code's versions sorted by start; a code's lone version is stored bare (one indirection less per look-up). */
  readonly versionsByCode: ReadonlyMap<string, Version | readonly Version[]>;
  /** Every version, in list order. */
  readonly versions: readonly Version[];
  readonly childrenByParent: ReadonlyMap<string, readonly Version[]>;
  readonly edgesByPredecessor: ReadonlyMap<string, readonly Edge[]>;
  readonly edgesBySuccessor: ReadonlyMap<string, readonly Edge[]>;
  /** Succession dates, ascending, each with its edges by predecessor code. */
  readonly edgesByDate: ReadonlyMap<string, ReadonlyMap<string, readonly Edge[]>>;
  readonly successionDates: readonly string[];
  /** Abolitions of levels by date. */
  readonly abolitions: ReadonlyMap<string, readonly AbolishLevelSuccession[]>;
  /** Built on the first name look-up: normalised lower-case name → versions. */
  namesByKey: Map<string, Version[]> | undefined;
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

/** Tells a code's list of versions from its lone version. */
export function isVersionList<T extends Version | readonly Version[]>(entry: T): entry is Extract<T, readonly Version[]> {
  return Array.isArray(entry);
}

/** The versions of a code, sorted by start (empty for an unknown code). */
export function versionsOfCode(index: HierarchyIndex, code: string): readonly Version[] {
  const entry = index.versionsByCode.get(code);
  if (entry === undefined) return [];
  return isVersionList(entry) ? entry : [entry];
}

/** The version of `code` valid on `date` (sentinels allowed), or undefined. */
export function versionAt(index: HierarchyIndex, code: string, date: string): Version | undefined {
  const entry = index.versionsByCode.get(code);
  if (entry === undefined) return undefined;
  if (!isVersionList(entry)) return entry.from <= date && date <= entry.to ? entry : undefined;
  for (const version of entry) {
    if (version.from > date) return undefined;
    if (date <= version.to) return version;
  }
  return undefined;
}

/**
 * The look-up of many codes on one date: the version each code names that day. Units of one era share
 * their bounds (often the very same strings), so a code with one version compares its bounds with the
 * date only when they differ from the previous code's; the answers are those of {@link versionAt}.
 */
export function versionLookupAt(index: HierarchyIndex, date: string): (code: string) => Version | undefined {
  const { versionsByCode } = index;
  // The open bounds hold on every date: a valid start for the memory of the last comparison.
  let lastFrom = openStart;
  let lastTo = openEnd;
  let lastValid = true;
  return (code) => {
    const entry = versionsByCode.get(code);
    if (entry === undefined) return undefined;
    if (isVersionList(entry)) return versionAt(index, code, date);
    const { from, to } = entry;
    if (from !== lastFrom || to !== lastTo) {
      lastFrom = from;
      lastTo = to;
      lastValid = from <= date && date <= to;
    }
    return lastValid ? entry : undefined;
  };
}

/** Tells whether a version is valid on a date. */
export function validOn(version: Version, date: string): boolean {
  return version.from <= date && date <= version.to;
}

/** Makes the internal version record of a unit whose level has the given rank (-1 when unknown). */
export function makeVersion(unit: AdminUnit, position: number, rank: number): Version {
  return { unit, position, from: unit.validFrom ?? openStart, to: unit.validTo ?? openEnd, rank };
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
