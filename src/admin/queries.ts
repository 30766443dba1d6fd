import { PlanningError } from '../numeric/index.js';
import type { IsoDate } from '../period/index.js';
import { checkDate } from './dates.js';
import { type Hierarchy, type HierarchyIndex, type Version, indexOf, slotValidOn, unitLookupOn, versionAt, versionOf, versionsOfCode } from './model.js';
import type { AdminUnit } from './schema.js';

/**
 * Restricts a listing of units to one level, one type, or both.
 *
 * @example
 * // Only the townships:
 * const filter: UnitFilter = { type: 'township' };
 * descendantsOf(nhuXuanHierarchy, '402', '2024-12-31', filter).map((unit) => unit.name);
 * //=> ['Yên Cát']
 */
export interface UnitFilter {
  /** Keep only units at this level (`'commune'`). */
  readonly level?: string;
  /** Keep only units of this type (`'ward'`). */
  readonly type?: string;
}

/**
 * The unit that a code names on a date, or `undefined` when the code names no unit that day. A code
 * can name different units at different dates (a merged commune keeps the code of the unit that held
 * its seat), so a code always goes with a date.
 *
 * Fast on national hierarchies: one map look-up and a scan of that code's few versions.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param date - the day, `YYYY-MM-DD`
 * @returns the unit version valid on that day, or undefined
 * @throws {@link PlanningError} `invalid-argument` for a date that is not a calendar date or a hierarchy
 * not built by {@link buildHierarchy}
 *
 * @example
 * // Code 16174 before and after the 2025 reform:
 * [unitAt(nhuXuanHierarchy, '16174', '2024-12-31')?.name, unitAt(nhuXuanHierarchy, '16174', '2025-07-01')?.name];
 * //=> ['Yên Cát', 'Như Xuân']
 */
export function unitAt(hierarchy: Hierarchy, code: string, date: IsoDate): AdminUnit | undefined {
  const index = indexOf(hierarchy);
  checkDate(date, 'date');
  return versionAt(index, code, date)?.unit;
}

/**
 * The units that many codes name on one date: the batch form of {@link unitAt}, for joining a
 * national dataset to its hierarchy ({@link unitsAt} lists every unit of a date instead). The hierarchy
 * and the date are checked once, and each distinct validity span of the hierarchy (units of one reform
 * share theirs) is compared with the date once; then each code is one map look-up of its earliest
 * version and a read of whether that version's span holds on the date, from small typed arrays. Only
 * a code whose earliest version is not the one goes on to its later versions; with fewer codes than
 * half the spans, each code's bounds are compared with the date instead (as {@link unitAt} does).
 * Cost model: about what `Map.get` costs per code, plus one pass over the spans, plus the list it
 * returns (for a million codes, filling a fresh list is a large share of the cost;
 * {@link unitLookupAt} makes none).
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param codes - the codes to look up, in any order, repeats allowed; not changed
 * @param date - the day, `YYYY-MM-DD`
 * @returns for each code, in order, the unit version valid on that day, or undefined (what
 *   {@link unitAt} returns for it)
 * @throws {@link PlanningError} `invalid-argument` for a date that is not a calendar date, a
 *   hierarchy not built by {@link buildHierarchy}, or codes that are not a list
 *
 * @example
 * // Three codes on the first day after the 2025 reform:
 * unitsOfCodes(nhuXuanHierarchy, ['16174', '16177', '99999'], '2025-07-01').map((unit) => unit?.name);
 * //=> ['Như Xuân', 'Xuân Bình', undefined]
 */
export function unitsOfCodes(hierarchy: Hierarchy, codes: readonly string[], date: IsoDate): (AdminUnit | undefined)[] {
  const index = indexOf(hierarchy);
  checkDate(date, 'date');
  const given: unknown = codes;
  if (!Array.isArray(given)) throw new PlanningError('invalid-argument', `codes must be a list of unit codes; got ${typeof given}`);
  // Sized once; every position is written (undefined included), so that forEach and map visit each.
  const units = new Array<AdminUnit | undefined>(codes.length);
  // With more eras than codes, each code's own days are compared; else the eras of the date are
  // judged first, and each code is one map look-up judged by its era (unitLookupOn).
  if (codes.length < index.eraBounds.length / 2) {
    for (let position = 0; position < codes.length; position += 1) units[position] = versionAt(index, codes[position] ?? '', date)?.unit;
    return units;
  }
  const lookup = unitLookupOn(index, date);
  for (let position = 0; position < codes.length; position += 1) units[position] = lookup(codes[position] ?? '');
  return units;
}

/**
 * A prepared look-up of codes on one date: the form of {@link unitsOfCodes} for codes that come one
 * at a time (rows of a file being read, a join that stops early), and the fastest look-up when the
 * answers are used at once rather than kept in a list. The hierarchy and the date are checked once,
 * and each distinct validity span is judged for the date once, as {@link unitsOfCodes} does; then each
 * call is one map look-up and, for most codes, one read of a small typed array. Cost model: one pass
 * over the hierarchy's distinct validity spans when made (a few for a real hierarchy, at most 65,535),
 * then about what `Map.get` costs per code.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param date - the day, `YYYY-MM-DD`
 * @returns a function that gives, for a code, what {@link unitAt} gives for it on `date`
 * @throws {@link PlanningError} `invalid-argument` for a date that is not a calendar date or a
 *   hierarchy not built by {@link buildHierarchy} (the function itself never throws)
 *
 * @example
 * // Codes read one by one, on the first day after the 2025 reform:
 * const unitOn = unitLookupAt(nhuXuanHierarchy, '2025-07-01');
 * [unitOn('16174')?.name, unitOn('16180')?.name];
 * //=> ['Như Xuân', undefined]
 */
export function unitLookupAt(hierarchy: Hierarchy, date: IsoDate): (code: string) => AdminUnit | undefined {
  const index = indexOf(hierarchy);
  checkDate(date, 'date');
  return unitLookupOn(index, date);
}

/**
 * Every version of a code, oldest first: its history of names, types, parents and validity.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @returns the versions sorted by `validFrom` (empty for an unknown code)
 * @throws {@link PlanningError} `invalid-argument` for a hierarchy not built by {@link buildHierarchy}
 *
 * @example
 * // The two units that code 16177 has named:
 * versionsOf(nhuXuanHierarchy, '16177').map((unit) => `${unit.name} ${unit.validFrom ?? '…'}–${unit.validTo ?? '…'}`);
 * //=> ['Bãi Trành …–2025-06-30', 'Xuân Bình 2025-07-01–…']
 */
export function versionsOf(hierarchy: Hierarchy, code: string): readonly AdminUnit[] {
  return versionsOfCode(indexOf(hierarchy), code).map((version) => version.unit);
}

function requireVersion(index: HierarchyIndex, code: string, date: IsoDate): Version {
  checkDate(date, 'date');
  const version = versionAt(index, code, date);
  if (version === undefined) {
    const known = versionsOfCode(index, code);
    const hint =
      known.length === 0
        ? 'no unit has this code'
        : `the code is valid ${known.map((v) => `from ${v.unit.validFrom ?? '(open)'} to ${v.unit.validTo ?? '(open)'}`).join(', ')}`;
    throw new PlanningError('not-found', `no unit has code ${code} on ${date}; ${hint}`);
  }
  return version;
}

/**
 * The parent of a unit on a date, or `undefined` for a root (a province, a country).
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param date - the day
 * @returns the parent unit valid on that day, or undefined
 * @throws {@link PlanningError} `not-found` when the code names no unit on that day; `invalid-argument`
 * for a malformed date
 *
 * @example
 * // Xuân Bình's parent before the reform is the district, after it the province:
 * [parentOf(nhuXuanHierarchy, '16183', '2024-12-31')?.name, parentOf(nhuXuanHierarchy, '16177', '2025-07-01')?.name];
 * //=> ['Như Xuân', 'Thanh Hóa']
 */
export function parentOf(hierarchy: Hierarchy, code: string, date: IsoDate): AdminUnit | undefined {
  const index = indexOf(hierarchy);
  const parentCode = requireVersion(index, code, date).unit.parent;
  return parentCode === undefined ? undefined : versionAt(index, parentCode, date)?.unit;
}

/**
 * The ancestors of a unit on a date, nearest first: parent, grandparent, ..., root.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param date - the day
 * @returns the ancestors, nearest first (empty for a root)
 * @throws {@link PlanningError} `not-found` when the code names no unit on that day; `invalid-argument`
 * for a malformed date
 *
 * @example
 * // Above the township Yên Cát at the end of 2024:
 * ancestorsOf(nhuXuanHierarchy, '16174', '2024-12-31').map((unit) => unit.name);
 * //=> ['Như Xuân', 'Thanh Hóa']
 */
export function ancestorsOf(hierarchy: Hierarchy, code: string, date: IsoDate): readonly AdminUnit[] {
  const index = indexOf(hierarchy);
  const ancestors: AdminUnit[] = [];
  let parentCode = requireVersion(index, code, date).unit.parent;
  while (parentCode !== undefined) {
    const parent = versionAt(index, parentCode, date);
    if (parent === undefined) break;
    ancestors.push(parent.unit);
    parentCode = parent.unit.parent;
  }
  return ancestors;
}

/**
 * The path from the root down to a unit on a date, the unit included: what a breadcrumb shows, and
 * the units whose totals include this unit's values.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param date - the day
 * @returns the units from the root to the unit itself
 * @throws {@link PlanningError} `not-found` when the code names no unit on that day; `invalid-argument`
 * for a malformed date
 *
 * @example
 * // Code 16174 after the reform sits directly under the province:
 * pathOf(nhuXuanHierarchy, '16174', '2025-07-01').map((unit) => unit.code);
 * //=> ['38', '16174']
 */
export function pathOf(hierarchy: Hierarchy, code: string, date: IsoDate): readonly AdminUnit[] {
  const unit = requireVersion(indexOf(hierarchy), code, date).unit;
  return [...ancestorsOf(hierarchy, code, date)].reverse().concat(unit);
}

function childVersions(index: HierarchyIndex, code: string, date: IsoDate): Version[] {
  const candidates = index.childrenByParent.get(code);
  if (candidates === undefined) return [];
  return candidates.filter((child) => slotValidOn(index, child, date)).map((child) => versionOf(index, child));
}

function matches(unit: AdminUnit, filter: UnitFilter): boolean {
  return (filter.level === undefined || unit.level === filter.level) && (filter.type === undefined || unit.type === filter.type);
}

/**
 * The children of a unit on a date, in the order of the hierarchy's unit list.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param date - the day
 * @param filter - keep only children of this level or type
 * @returns the units whose parent is this unit on that day
 * @throws {@link PlanningError} `not-found` when the code names no unit on that day; `invalid-argument`
 * for a malformed date
 *
 * @example
 * // Như Xuân district had 16 commune-level units in 2024:
 * childrenOf(nhuXuanHierarchy, '402', '2024-12-31').length;
 * //=> 16
 */
export function childrenOf(hierarchy: Hierarchy, code: string, date: IsoDate, filter: UnitFilter = {}): readonly AdminUnit[] {
  const index = indexOf(hierarchy);
  requireVersion(index, code, date);
  return childVersions(index, code, date)
    .map((child) => child.unit)
    .filter((unit) => matches(unit, filter));
}

/**
 * The descendants of a unit on a date (children, grandchildren, ...), depth first: each unit is
 * followed by its own descendants. Optionally only those of one level or type.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param date - the day
 * @param filter - keep only descendants of this level or type
 * @returns the units below this unit on that day, the unit itself excluded
 * @throws {@link PlanningError} `not-found` when the code names no unit on that day; `invalid-argument`
 * for a malformed date
 *
 * @example
 * // The province's communes before and after the reform (the bundled data holds Như Xuân's only):
 * [
 *   descendantsOf(nhuXuanHierarchy, '38', '2024-12-31', { level: 'commune' }).length,
 *   descendantsOf(nhuXuanHierarchy, '38', '2025-07-01', { level: 'commune' }).length,
 * ];
 * //=> [16, 6]
 */
export function descendantsOf(
  hierarchy: Hierarchy,
  code: string,
  date: IsoDate,
  filter: UnitFilter = {},
): readonly AdminUnit[] {
  const index = indexOf(hierarchy);
  requireVersion(index, code, date);
  const found: AdminUnit[] = [];
  const stack: Version[] = childVersions(index, code, date).reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (matches(next.unit, filter)) found.push(next.unit);
    stack.push(...childVersions(index, next.unit.code, date).reverse());
  }
  return found;
}

/**
 * The leaves below a unit on a date: its descendants that have no children that day (communes of a
 * district, or villages where they are in the hierarchy).
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param date - the day
 * @returns the childless descendants, depth first (empty when the unit itself has no children)
 * @throws {@link PlanningError} `not-found` when the code names no unit on that day; `invalid-argument`
 * for a malformed date
 *
 * @example
 * // After the reform the province's leaves are the six new communes:
 * leavesOf(nhuXuanHierarchy, '38', '2025-07-01').map((unit) => unit.code);
 * //=> ['16174', '16177', '16186', '16213', '16222', '16225']
 */
export function leavesOf(hierarchy: Hierarchy, code: string, date: IsoDate): readonly AdminUnit[] {
  const index = indexOf(hierarchy);
  return descendantsOf(hierarchy, code, date).filter((unit) => childVersions(index, unit.code, date).length === 0);
}

/**
 * The units without a parent on a date (the provinces of a national hierarchy).
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param date - the day
 * @returns the roots valid on that day, in list order
 * @throws {@link PlanningError} `invalid-argument` for a malformed date
 *
 * @example
 * // The bundled data has one root, the province:
 * rootsAt(nhuXuanHierarchy, '2025-07-01').map((unit) => unit.name);
 * //=> ['Thanh Hóa']
 */
export function rootsAt(hierarchy: Hierarchy, date: IsoDate): readonly AdminUnit[] {
  return unitsAt(hierarchy, date).filter((unit) => unit.parent === undefined);
}

/**
 * Every unit valid on a date, in list order; optionally only those of one level or type.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param date - the day
 * @param filter - keep only units of this level or type
 * @returns the units valid on that day
 * @throws {@link PlanningError} `invalid-argument` for a malformed date
 *
 * @example
 * // Districts existed until 30 June 2025:
 * [unitsAt(nhuXuanHierarchy, '2025-06-30', { level: 'district' }).length, unitsAt(nhuXuanHierarchy, '2025-07-01', { level: 'district' }).length];
 * //=> [1, 0]
 */
export function unitsAt(hierarchy: Hierarchy, date: IsoDate, filter: UnitFilter = {}): readonly AdminUnit[] {
  const index = indexOf(hierarchy);
  checkDate(date, 'date');
  const units: AdminUnit[] = [];
  index.units.forEach((unit, slot) => {
    if (slotValidOn(index, slot, date) && matches(unit, filter)) units.push(unit);
  });
  return units;
}

/**
 * A unit version and the days, within a window, on which it stood below a given unit: the answer of
 * {@link childrenDuring} and {@link descendantsDuring}.
 *
 * @example
 * // Xuân Hòa stood under Như Xuân district for the first half of 2025:
 * const span: UnitSpan | undefined = childrenDuring(nhuXuanHierarchy, '402', '2025-01-01', '2025-12-31').find((item) => item.unit.code === '16180');
 * [span?.unit.name, span?.from, span?.to];
 * //=> ['Xuân Hòa', '2025-01-01', '2025-06-30']
 */
export interface UnitSpan {
  /** The unit version. */
  readonly unit: AdminUnit;
  /** The first day of the window on which it stood below the unit asked about. */
  readonly from: IsoDate;
  /** The last day of the window on which it stood below the unit asked about. */
  readonly to: IsoDate;
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

/** The versions below `code` within [from, to], each with its days below it, in the hierarchy's list order. */
function spansBelow(hierarchy: Hierarchy, code: string, from: IsoDate, to: IsoDate, deep: boolean, filter: UnitFilter): readonly UnitSpan[] {
  const index = indexOf(hierarchy);
  checkDate(from, 'from');
  checkDate(to, 'to');
  if (to < from) throw new PlanningError('invalid-argument', `to (${to}) is before from (${from}); a window runs forward in time`);
  const windows = versionsOfCode(index, code)
    .filter((version) => version.from <= to && version.to >= from)
    .map((version) => [laterOf(version.from, from), earlierOf(version.to, to)] as const);
  if (windows.length === 0) {
    const known = versionsOfCode(index, code);
    const hint =
      known.length === 0
        ? 'no unit has this code'
        : `the code is valid ${known.map((v) => `from ${v.unit.validFrom ?? '(open)'} to ${v.unit.validTo ?? '(open)'}`).join(', ')}`;
    throw new PlanningError('not-found', `no unit has code ${code} on any day from ${from} to ${to}; ${hint}`);
  }
  // versionOf keeps one record per slot, so that a child reached twice is one key of the map.
  const found = new Map<Version, { from: string; to: string }>();
  const visit = (parentCode: string, spans: readonly (readonly [string, string])[]): void => {
    for (const slot of index.childrenByParent.get(parentCode) ?? []) {
      const child = versionOf(index, slot);
      for (const [start, end] of spans) {
        const first = laterOf(child.from, start);
        const last = earlierOf(child.to, end);
        if (first > last) continue;
        const seen = found.get(child);
        if (seen === undefined) found.set(child, { from: first, to: last });
        else found.set(child, { from: earlierOf(seen.from, first), to: laterOf(seen.to, last) });
        if (deep) visit(child.unit.code, [[first, last]]);
      }
    }
  };
  visit(code, windows);
  return [...found]
    .filter(([version]) => matches(version.unit, filter))
    .sort(([a], [b]) => a.position - b.position)
    .map(([version, span]) => ({ unit: version.unit, from: span.from, to: span.to }));
}

/**
 * The children of a unit at any time within a window of days, each with the days on which it was a
 * child: the units that a roll-up over a period must account for, including those that closed,
 * opened or moved during it (which {@link childrenOf}, on one day, cannot show). When the code names
 * several units within the window (a code reused after a merger), the children of each count.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param from - the first day of the window
 * @param to - the last day of the window
 * @param filter - keep only children of this level or type
 * @returns one span per child version, in the hierarchy's list order
 * @throws {@link PlanningError} `not-found` when the code names no unit on any day of the window;
 * `invalid-argument` for a malformed date or `to` before `from`
 *
 * @example
 * // In 2025 Như Xuân district had its 16 communes until 30 June, when it was abolished:
 * const spans = childrenDuring(nhuXuanHierarchy, '402', '2025-01-01', '2025-12-31');
 * [spans.length, spans[0]?.from, spans[0]?.to];
 * //=> [16, '2025-01-01', '2025-06-30']
 */
export function childrenDuring(hierarchy: Hierarchy, code: string, from: IsoDate, to: IsoDate, filter: UnitFilter = {}): readonly UnitSpan[] {
  return spansBelow(hierarchy, code, from, to, false, filter);
}

/**
 * The descendants of a unit at any time within a window of days (children, grandchildren, ...),
 * each with the days on which it stood below the unit; optionally only those of one level or type.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param code - the unit's code
 * @param from - the first day of the window
 * @param to - the last day of the window
 * @param filter - keep only descendants of this level or type
 * @returns one span per descendant version, in the hierarchy's list order
 * @throws {@link PlanningError} `not-found` when the code names no unit on any day of the window;
 * `invalid-argument` for a malformed date or `to` before `from`
 *
 * @example
 * // The province's commune-level units in 2025: 16 until 30 June, 6 from 1 July.
 * const spans = descendantsDuring(nhuXuanHierarchy, '38', '2025-01-01', '2025-12-31', { level: 'commune' });
 * [spans.length, spans.filter((span) => span.from === '2025-07-01').length];
 * //=> [22, 6]
 */
export function descendantsDuring(
  hierarchy: Hierarchy,
  code: string,
  from: IsoDate,
  to: IsoDate,
  filter: UnitFilter = {},
): readonly UnitSpan[] {
  return spansBelow(hierarchy, code, from, to, true, filter);
}
