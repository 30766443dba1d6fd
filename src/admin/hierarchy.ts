import * as z from 'zod/mini';
import { Decimal, type Issue, PlanningError, deepFreeze, describeValue, formatIssues, issuesFromZod, ownField, safeParseInput } from '../numeric/index.js';
import type { IsoDate } from '../period/index.js';
import { checkDate, dayBefore, dayKey, openEnd, openStart, showBound, showInterval, uncoveredSpans } from './dates.js';
import {
  type Edge,
  type Hierarchy,
  type HierarchyIndex,
  type Version,
  describeSuccession,
  describeUnit,
  indexOf,
  allVersions,
  entryOf,
  maxSlots,
  noEra,
  registerIndex,
  slotOfCode,
  validOn,
  versionsOfCode,
  versionAt,
  versionOf,
  slotFromDay,
  slotToDay,
} from './model.js';
import {
  type AbolishLevelSuccession,
  type AdminUnit,
  type AdminUnitInput,
  type Succession,
  type SuccessionInput,
  adminUnitSchema,
  readPlainUnit,
  successionSchema,
  vietnameseAdminLevels,
} from './schema.js';

/**
 * Options of {@link buildHierarchy} and {@link validateHierarchy}.
 *
 * @example
 * // A two-level hierarchy with one rename:
 * const options: HierarchyOptions = {
 *   levels: ['region', 'municipality'],
 *   successions: [{ kind: 'rename', date: '2020-01-01', code: '0301', legalBasis: 'Act 12/2019' }],
 * };
 * options.levels?.length;
 * //=> 2
 */
export interface HierarchyOptions {
  /** Level names, root first; any depth. Defaults to {@link vietnameseAdminLevels}. */
  readonly levels?: readonly string[];
  /** The successions between unit versions (merges, splits, renames, changes of parent, abolished levels). */
  readonly successions?: readonly SuccessionInput[];
}

interface Analysis {
  readonly issues: Issue[];
  readonly schemaIssueCount: number;
  readonly levels: readonly string[];
  readonly units: readonly AdminUnit[];
  readonly successions: readonly Succession[];
  readonly index: HierarchyIndex;
}

/**
 * Builds a hierarchy from unit versions and successions, checking every record and then the records
 * against each other, and builds the indexes that queries use (a map from each code to its versions
 * by date, and from each parent code to its children). Every problem is reported at once.
 *
 * The checks across records are: a level that is not in `levels`; a `validTo` before `validFrom`; two
 * versions of one code whose validity overlaps; a parent code that names no unit; a unit valid on a
 * day its parent is not; a parent at a level not above its child's; a cycle of parents; successions
 * whose units are not valid on the right days, whose shares do not add up to 1, or which abolish a level
 * that still has units.
 *
 * @param units - the unit versions, each as {@link AdminUnitInput}
 * @param options - the level names (default {@link vietnameseAdminLevels}) and the successions
 * @returns the frozen hierarchy, ready for queries
 * @throws {@link PlanningError} `invalid-input` when a record does not match its schema, and
 * `invalid-hierarchy` when records contradict each other; `issues` lists every problem with its path
 * (`units[3].parent`, `successions[0].from[1]`)
 *
 * @example
 * // A township under a district under a province:
 * const hierarchy = buildHierarchy([
 *   { code: '38', name: 'Thanh Hóa', type: 'province', level: 'province' },
 *   { code: '402', name: 'Như Xuân', type: 'rural-district', level: 'district', parent: '38', validTo: '2025-06-30' },
 *   { code: '16174', name: 'Yên Cát', type: 'township', level: 'commune', parent: '402', validTo: '2025-06-30' },
 * ]);
 * pathOf(hierarchy, '16174', '2024-12-31').map((unit) => unit.name);
 * //=> ['Thanh Hóa', 'Như Xuân', 'Yên Cát']
 *
 * @example
 * // Every problem at once:
 * buildHierarchy([
 *   { code: '1', name: 'A', type: 'commune', level: 'commune', parent: '9' },
 *   { code: '1', name: 'B', type: 'commune', level: 'commune' },
 * ]);
 * // throws PlanningError (invalid-hierarchy): invalid hierarchy: 2 problems
 * // - units[1].code: code 1 is already used by units[0] 1 (A) from (open) to (open); ...
 * // - units[0].parent: parent 9 of unit 1 (A) is not the code of any unit
 */
export function buildHierarchy(units: readonly AdminUnitInput[], options: HierarchyOptions = {}): Hierarchy {
  const analysis = analyse(units, options);
  const { issues } = analysis;
  if (issues.length > 0) {
    const code = analysis.schemaIssueCount > 0 ? 'invalid-input' : 'invalid-hierarchy';
    throw new PlanningError(
      code,
      `invalid hierarchy: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}\n${formatIssues(issues)}`,
      { issues },
    );
  }
  const hierarchy: Hierarchy = Object.freeze({
    levels: analysis.levels,
    units: analysis.units,
    successions: analysis.successions,
  });
  registerIndex(hierarchy, analysis.index);
  return hierarchy;
}

/**
 * Checks unit versions and successions as {@link buildHierarchy} does, but returns the problems instead
 * of throwing: an empty list means the data builds.
 *
 * @param units - the unit versions (anything; every record is checked against {@link adminUnitSchema})
 * @param options - the level names and the successions, as for {@link buildHierarchy}
 * @returns every problem found, each with its path (`units[2].validTo`) and a message
 *
 * @example
 * // A commune cannot sit under another commune:
 * validateHierarchy([
 *   { code: '1', name: 'A', type: 'commune', level: 'commune' },
 *   { code: '2', name: 'B', type: 'commune', level: 'commune', parent: '1' },
 * ]).map((issue) => formatPath(issue.path));
 * //=> ['units[1].parent']
 */
export function validateHierarchy(units: readonly AdminUnitInput[], options: HierarchyOptions = {}): readonly Issue[] {
  return analyse(units, options).issues;
}

/**
 * The hierarchy as it stood on one date: the unit versions valid that day, under their parents of that
 * day, as a hierarchy of its own (no successions). Each unit's validity is narrowed to the span over
 * which it and all its ancestors are the versions of that day, so the view is itself a valid hierarchy.
 *
 * @param hierarchy - a hierarchy from {@link buildHierarchy}
 * @param date - the day to look at
 * @returns a new hierarchy holding one version per code valid on `date`
 * @throws {@link PlanningError} `invalid-argument` for a date that is not `YYYY-MM-DD` or a hierarchy
 * not built by {@link buildHierarchy}
 *
 * @example
 * // Như Xuân district's units on the last day before the 2025 reform (province and district included):
 * hierarchyAsOf(nhuXuanHierarchy, '2025-06-30').units.length;
 * //=> 18
 */
export function hierarchyAsOf(hierarchy: Hierarchy, date: IsoDate): Hierarchy {
  const index = indexOf(hierarchy);
  checkDate(date, 'date');
  const clipped = new Map<string, { readonly from: string; readonly to: string }>();
  const clip = (version: Version): { readonly from: string; readonly to: string } => {
    const known = clipped.get(version.unit.code);
    if (known !== undefined) return known;
    let from = version.from;
    let to = version.to;
    const parentCode = version.unit.parent;
    const parent = parentCode === undefined ? undefined : versionAt(index, parentCode, date);
    if (parent !== undefined) {
      const bounds = clip(parent);
      if (bounds.from > from) from = bounds.from;
      if (bounds.to < to) to = bounds.to;
    }
    const result = { from, to };
    clipped.set(version.unit.code, result);
    return result;
  };
  const units: AdminUnit[] = [];
  for (const version of allVersions(index)) {
    if (!validOn(version, date)) continue;
    const { unit } = version;
    const { from, to } = clip(version);
    units.push(from === version.from && to === version.to ? unit : withValidity(unit, from, to));
  }
  const frozenUnits = Object.freeze(units);
  const view: Hierarchy = Object.freeze({ levels: hierarchy.levels, units: frozenUnits, successions: Object.freeze([]) });
  registerIndex(view, createIndex(hierarchy.levels, frozenUnits, []).index);
  return view;
}

function withValidity(unit: AdminUnit, from: string, to: string): AdminUnit {
  const copy: { -readonly [K in keyof AdminUnit]: AdminUnit[K] } = { ...unit };
  delete copy.validFrom;
  delete copy.validTo;
  if (from !== openStart) copy.validFrom = from;
  if (to !== openEnd) copy.validTo = to;
  return Object.freeze(copy);
}

// ---------------------------------------------------------------------------------------------------
// Parsing

const levelsSchema = z.array(
  z.string().check(z.regex(/^\S(?:[\s\S]*\S)?$/, { error: 'expected a level name: non-empty text without surrounding spaces' })),
);

function parseList<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  key: string,
  issues: Issue[],
): { readonly items: readonly T[]; readonly positions: readonly number[] } {
  const whole = safeParseInput(z.array(schema), input);
  if (whole.success) return { items: whole.data, positions: whole.data.map((_, position) => position) };
  if (!Array.isArray(input)) {
    issues.push({ path: [key], message: `expected a list of records; got ${describeValue(input)}` });
    return { items: [], positions: [] };
  }
  const items: T[] = [];
  const positions: number[] = [];
  input.forEach((record: unknown, position) => {
    const result = safeParseInput(schema, record);
    if (result.success) {
      items.push(result.data);
      positions.push(position);
    } else {
      for (const issue of issuesFromZod(result.error.issues)) {
        issues.push({ path: [key, position, ...issue.path], message: issue.message });
      }
    }
  });
  return { items, positions };
}

/**
 * The fast first pass over a national list of units: each plainly valid record read without zod
 * ({@link readPlainUnit}), any other one parsed by the schema alone. Undefined as soon as a record
 * fails, so that the schema reads the whole list and reports every problem with its path.
 */
function readPlainUnits(input: unknown): readonly AdminUnit[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const records = input as readonly unknown[];
  const count = records.length;
  const items = new Array<AdminUnit>(count);
  for (let position = 0; position < count; position += 1) {
    const record = records[position];
    const plain = readPlainUnit(record);
    if (plain !== undefined) {
      items[position] = plain;
      continue;
    }
    const result = safeParseInput(adminUnitSchema, record);
    if (!result.success) return undefined;
    items[position] = deepFreeze(result.data);
  }
  return Object.freeze(items);
}

function parseLevels(input: unknown, issues: Issue[]): readonly string[] | undefined {
  const result = safeParseInput(levelsSchema, input);
  if (!result.success) {
    for (const issue of issuesFromZod(result.error.issues)) issues.push({ path: ['levels', ...issue.path], message: issue.message });
    return undefined;
  }
  const levels = result.data;
  if (levels.length === 0) {
    issues.push({ path: ['levels'], message: 'expected at least one level name, root first, such as ["province", "commune"]' });
    return undefined;
  }
  const seen = new Set<string>();
  const before = issues.length;
  for (const [position, level] of levels.entries()) {
    if (seen.has(level)) {
      issues.push({ path: ['levels', position], message: `level "${level}" is listed twice; each level must appear once` });
    }
    seen.add(level);
  }
  return issues.length === before ? Object.freeze(levels) : undefined;
}

function analyse(unitsInput: unknown, optionsInput: HierarchyOptions | null | undefined): Analysis {
  const issues: Issue[] = [];
  // Callers from JavaScript may pass null or something else: say so instead of failing on a property.
  const given: unknown = optionsInput;
  const isObject = typeof given === 'object' && given !== null && !Array.isArray(given);
  const options: HierarchyOptions = isObject ? (given) : {};
  if (given !== undefined && given !== null && !isObject) {
    issues.push({ path: [], message: `options must be an object such as { levels, successions }; got ${describeValue(given)}` });
  }
  const levels = parseLevels(options.levels ?? vietnameseAdminLevels, issues);
  // Every record read (the fast pass, positions are list positions), or those the schema accepted.
  const plainUnits = readPlainUnits(unitsInput);
  const parsedUnits = plainUnits === undefined ? parseList(adminUnitSchema, unitsInput, 'units', issues) : undefined;
  const parsedSuccessions = parseList(successionSchema, options.successions ?? [], 'successions', issues);
  const schemaIssueCount = issues.length;
  const units = plainUnits ?? deepFreeze(parsedUnits?.items ?? []);
  const unitPositions = parsedUnits?.positions;
  const successions = deepFreeze(parsedSuccessions.items);
  const built = createIndex(levels ?? [], units, successions, unitPositions, parsedSuccessions.positions);
  const unparsed = unitPositions === undefined ? new Set<string>() : unparsedCodes(unitsInput, unitPositions);
  checkUnits(built, levels, unparsed, issues);
  checkSuccessions(built.index, successions, parsedSuccessions.positions, levels, issues);
  return { issues, schemaIssueCount, levels: levels ?? [], units, successions, index: built.index };
}

// ---------------------------------------------------------------------------------------------------
// Indexes

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The indexes of a hierarchy, and what its checks need besides. */
interface BuiltIndex {
  readonly index: HierarchyIndex;
  /** The lists of the codes that have more than one version (each sorted by start). */
  readonly multiVersionLists: readonly (readonly Version[])[];
  /** Whether some unit has an unknown level, a validity that ends before it starts, or itself as parent. */
  readonly oddUnits: boolean;
}

/** Builds the indexes of a list of parsed units and successions (no checks). */
export function createIndex(
  levels: readonly string[],
  units: readonly AdminUnit[],
  successions: readonly Succession[],
  unitPositions?: readonly number[],
  successionPositions?: readonly number[],
): BuiltIndex {
  const levelRank = new Map(levels.map((level, rank) => [level, rank]));
  if (units.length > maxSlots) {
    throw new PlanningError('invalid-argument', `a hierarchy holds at most ${String(maxSlots)} unit versions; got ${String(units.length)}`);
  }
  const entryByCode = new Map<string, number>();
  const childrenByParent = new Map<string, number[]>();
  const count = units.length;
  // Columns rather than a record per version: a national list has a hundred thousand units. The
  // bounds are not copied: they are the units' own, and their eras' day keys (slotFromDay).
  const rankOfSlot = new Int32Array(count);
  // Each distinct pair of bounds is an era, numbered in order of appearance (see HierarchyIndex.eraOfSlot).
  const eraOfSlot = new Uint16Array(count);
  const erasByStart = new Map<number, Map<number, number>>();
  const eraBounds: number[] = [];
  let lastEra = -1;
  const versionLists = new Map<string, Version[]>();
  const multiVersionLists: Version[][] = [];
  const repeatedCodes = new Set<string>();
  let oddUnits = false;
  // Units of one level come in runs: their rank is looked up once per run.
  let lastLevel: string | undefined;
  let lastRank = -1;
  // Units of one era share their bounds (often the very same strings): the era is looked up when
  // they differ from the previous unit's.
  let lastFrom = openStart;
  let lastTo = openEnd;
  let slot = -1;
  for (const unit of units) {
    slot += 1;
    const { code, level, parent } = unit;
    if (level !== lastLevel) {
      lastLevel = level;
      lastRank = levelRank.get(level) ?? -1;
    }
    const from = unit.validFrom ?? openStart;
    const to = unit.validTo ?? openEnd;
    if (lastRank < 0 || from > to || parent === code) oddUnits = true;
    if (from !== lastFrom || to !== lastTo || lastEra < 0) {
      lastFrom = from;
      lastTo = to;
      lastEra = eraOf(erasByStart, eraBounds, dayKey(from), dayKey(to));
    }
    eraOfSlot[slot] = lastEra;
    rankOfSlot[slot] = lastRank;
    // A new code grows the map, which tells it apart with one hash look-up instead of a get and a set.
    const size = entryByCode.size;
    entryByCode.set(code, entryOf(slot, lastEra));
    if (entryByCode.size === size) repeatedCodes.add(code);
    if (parent !== undefined) {
      const siblings = childrenByParent.get(parent);
      if (siblings === undefined) childrenByParent.set(parent, [slot]);
      else siblings.push(slot);
    }
  }
  const edgesByPredecessor = new Map<string, Edge[]>();
  const edgesBySuccessor = new Map<string, Edge[]>();
  const edgesByDate = new Map<string, Map<string, Edge[]>>();
  const abolitions = new Map<string, AbolishLevelSuccession[]>();
  successions.forEach((succession, position) => {
    if (succession.kind === 'abolish-level') pushTo(abolitions, succession.date, succession);
    const at = successionPositions?.[position] ?? position;
    const dateEdges = edgesByDate.get(succession.date) ?? new Map<string, Edge[]>();
    edgesByDate.set(succession.date, dateEdges);
    for (const edge of edgesOf(succession, at)) {
      pushTo(edgesByPredecessor, edge.from, edge);
      pushTo(edgesBySuccessor, edge.to, edge);
      pushTo(dateEdges, edge.from, edge);
    }
  });
  const successionDates = [...edgesByDate.keys()].sort();
  const sortedEdgesByDate = new Map(successionDates.map((date) => [date, edgesByDate.get(date) ?? new Map<string, Edge[]>()]));
  const index: HierarchyIndex = {
    levelRank,
    entryByCode,
    eraOfSlot,
    eraBounds: Int32Array.from(eraBounds),
    versionLists,
    units,
    rankOfSlot,
    positionOfSlot: unitPositions,
    childrenByParent,
    edgesByPredecessor,
    edgesBySuccessor,
    edgesByDate: sortedEdgesByDate,
    successionDates,
    abolitions,
    namesByKey: undefined,
    versionBySlot: undefined,
    everyVersion: undefined,
  };
  if (repeatedCodes.size > 0) {
    // The map now holds each repeated code's last slot: gather every version of those codes, the
    // lists in the order of the codes' first versions, and point each code at its earliest version by
    // start.
    const slotLists = new Map<string, number[]>();
    units.forEach((unit, slot) => {
      if (repeatedCodes.has(unit.code)) pushTo(slotLists, unit.code, slot);
    });
    const fromOf = (slot: number): string => units[slot]?.validFrom ?? openStart;
    for (const [code, slots] of slotLists) {
      // A stable sort: versions of one start keep their list order.
      slots.sort((a, b) => (fromOf(a) < fromOf(b) ? -1 : fromOf(a) > fromOf(b) ? 1 : 0));
      const list = slots.map((slot) => versionOf(index, slot));
      versionLists.set(code, list);
      multiVersionLists.push(list);
      // Stryker disable next-line UnaryOperator: a repeated code has at least two slots, so slots[0] is always a slot
      const earliest = slots[0] ?? -1;
      entryByCode.set(code, entryOf(earliest, eraOfSlot[earliest] ?? noEra));
    }
  }
  return { index, multiVersionLists, oddUnits };
}

/** The era of a pair of day keys, numbered on first sight; every pair past the numbered ones gets {@link noEra}. */
function eraOf(erasByStart: Map<number, Map<number, number>>, eraBounds: number[], fromDay: number, toDay: number): number {
  let byEnd = erasByStart.get(fromDay);
  if (byEnd === undefined) {
    byEnd = new Map();
    erasByStart.set(fromDay, byEnd);
  }
  const known = byEnd.get(toDay);
  if (known !== undefined) return known;
  const era = eraBounds.length / 2;
  if (era === noEra) return noEra;
  eraBounds.push(fromDay, toDay);
  byEnd.set(toDay, era);
  return era;
}

const one = new Decimal(1);

function edgesOf(succession: Succession, position: number): Edge[] {
  const base = { date: succession.date, succession, position };
  switch (succession.kind) {
    case 'merge':
      return [...new Set(succession.from)].map((from) => ({ ...base, from, to: succession.to, share: one }));
    case 'split':
      return succession.to.map((part) => ({ ...base, from: succession.from, to: part.code, share: part.weight }));
    case 'rename':
    case 'change-parent':
      return [{ ...base, from: succession.code, to: succession.code, share: one }];
    case 'abolish-level':
      return [];
  }
}

// ---------------------------------------------------------------------------------------------------
// Checks across units

/**
 * The codes of the unit records that did not parse, where they have a text code: a child naming one
 * as its parent is not also reported as naming no unit (the record's own problem is reported).
 */
function unparsedCodes(input: unknown, positions: readonly number[]): ReadonlySet<string> {
  const codes = new Set<string>();
  if (!Array.isArray(input)) return codes;
  const parsed = new Set(positions);
  input.forEach((record: unknown, position) => {
    const code = parsed.has(position) ? undefined : ownField(record, 'code');
    if (typeof code === 'string') codes.add(code);
  });
  return codes;
}

function checkUnits(built: BuiltIndex, levels: readonly string[] | undefined, unparsed: ReadonlySet<string>, issues: Issue[]): void {
  const { index } = built;
  let orderBroken = levels === undefined;
  let selfParents = false;
  // The checks of single units, skipped when the index saw none of what they report.
  for (const version of built.oddUnits ? allVersions(index) : []) {
    const { unit, position } = version;
    if (unit.parent === unit.code) selfParents = true;
    if (levels !== undefined && version.rank < 0) {
      orderBroken = true;
      issues.push({
        path: ['units', position, 'level'],
        message: `unknown level "${unit.level}" for unit ${describeUnit(unit)}; expected one of ${levels.join(', ')} (set the levels option for another hierarchy)`,
      });
    }
    if (version.from > version.to) {
      issues.push({
        path: ['units', position, 'validTo'],
        message: `unit ${describeUnit(unit)} ends on ${version.to}, before it starts on ${version.from}; validTo must not be before validFrom`,
      });
    }
  }
  // Two versions of one code must not overlap.
  for (const list of built.multiVersionLists) {
    let latest: Version | undefined;
    for (const version of list) {
      if (latest !== undefined && version.from <= latest.to) {
        issues.push({
          path: ['units', version.position, 'code'],
          message:
            `code ${version.unit.code} is already used by units[${String(latest.position)}] ${describeUnit(latest.unit)} ` +
            `${showInterval(latest.from, latest.to)}; this unit is valid ${showInterval(version.from, version.to)}, ` +
            'and two units with one code must not be valid on the same day',
        });
      }
      if (latest === undefined || version.to > latest.to) latest = version;
    }
  }
  // The parent links are checked parent by parent (one look-up for all its children); only when one
  // fails are they checked unit by unit, which reports each problem in list order.
  if (!parentLinksHold(index)) orderBroken = checkParentLinks(index, levels, unparsed, issues) || orderBroken;
  // Levels strictly increase down every valid parent link, so a cycle can only exist where that order
  // is broken: look for cycles only then.
  if (orderBroken || selfParents) findCycles(index, allVersions(index), issues);
}

/**
 * @internal Tells whether every parent link holds, as {@link checkParentLinks} judges them (a link of
 * a unit to itself and a unit whose validity is reversed are judged elsewhere), looking each parent
 * up once; a link to an unknown parent fails even when that parent's record was refused by the schema
 * (the step check then decides). Exported for the tests that hold it to {@link checkParentLinks}.
 */
export function parentLinksHold(index: HierarchyIndex): boolean {
  const { versionLists, rankOfSlot, units } = index;
  // Bounds are compared as day keys (which order as the dates do), read from the slots' eras.
  for (const [parentCode, children] of index.childrenByParent) {
    const slot = slotOfCode(index, parentCode);
    if (slot === undefined) {
      // An unknown parent fails every link the step check judges.
      for (const child of children) {
        if (slotFromDay(index, child) <= slotToDay(index, child) && units[child]?.code !== parentCode) return false;
      }
      continue;
    }
    // A parent with several versions is judged version by version.
    const list = versionLists.get(parentCode);
    if (list !== undefined) {
      for (const child of children) if (!linkHolds(versionOf(index, child), parentCode, list)) return false;
      continue;
    }
    // One parent version: its bounds and rank are read once for all its children.
    const parentFrom = slotFromDay(index, slot);
    const parentTo = slotToDay(index, slot);
    const parentRank = rankOfSlot[slot] ?? -1;
    for (const child of children) {
      const from = slotFromDay(index, child);
      const to = slotToDay(index, child);
      const rank = rankOfSlot[child] ?? -1;
      // The exemptions are read only for a link that fails: most links hold, and the unit's code is one
      // more object to load per child.
      if (from < parentFrom || to > parentTo || (rank >= 0 && parentRank >= rank)) {
        if (from > to || units[child]?.code === parentCode) continue;
        return false;
      }
    }
  }
  return true;
}

/** Tells whether one unit's link to a parent with several versions holds. */
function linkHolds(child: Version, parentCode: string, parents: readonly Version[]): boolean {
  const { from, to, rank } = child;
  if (from > to || child.unit.code === parentCode) return true;
  if (uncoveredSpans(from, to, parents).length > 0) return false;
  for (const parent of parents) {
    if (parent.to < from || parent.from > to) continue;
    if (rank >= 0 && parent.rank >= rank) return false;
  }
  return true;
}

/**
 * @internal Checks each unit's parent link, in list order: a known parent, valid whenever the unit
 * is, at a level above its own. Tells whether the level order is broken.
 */
export function checkParentLinks(index: HierarchyIndex, levels: readonly string[] | undefined, unparsed: ReadonlySet<string>, issues: Issue[]): boolean {
  const levelList = levels?.join(' > ') ?? '';
  let orderBroken = false;
  for (const version of allVersions(index)) {
    const { unit, position, from, to } = version;
    const parentCode = unit.parent;
    if (parentCode === undefined || parentCode === unit.code || from > to) continue;
    const parents = versionsOfCode(index, parentCode);
    if (parents.length === 0) {
      if (unparsed.has(parentCode)) continue;
      issues.push({
        path: ['units', position, 'parent'],
        message: `parent ${parentCode} of unit ${describeUnit(unit)} is not the code of any unit`,
      });
      continue;
    }
    const gaps = uncoveredSpans(from, to, parents);
    if (gaps.length > 0) {
      issues.push({
        path: ['units', position, 'parent'],
        message:
          `unit ${describeUnit(unit)} is valid ${showInterval(from, to)}, but its parent ${parentCode} ` +
          `is not valid ${gaps.map(([gapFrom, gapTo]) => showInterval(gapFrom, gapTo)).join(' nor ')}; a unit can only exist while its parent does`,
      });
    }
    for (const parent of parents) {
      if (parent.to < from || parent.from > to) continue;
      if (version.rank >= 0 && parent.rank >= 0 && parent.rank >= version.rank) {
        orderBroken = true;
        issues.push(parentLevelIssue(version, parent, levelList));
      }
    }
  }
  return orderBroken;
}

function parentLevelIssue(version: Version, parent: Version, levelList: string): Issue {
  const { unit } = version;
  return {
    path: ['units', version.position, 'parent'],
    message:
      `unit ${describeUnit(unit)} at level ${unit.level} has the parent ${describeUnit(parent.unit)} at level ` +
      `${parent.unit.level}; a parent must be at a level above its child's (${levelList})`,
  };
}

function findCycles(index: HierarchyIndex, versions: readonly Version[], issues: Issue[]): void {
  // A cycle on some day is also a cycle on the latest start among its members: check those days only.
  const dates = [...new Set(versions.map((version) => version.from))].sort();
  const reported = new Set<string>();
  for (const date of dates) {
    const state = new Map<string, 'open' | 'done'>();
    for (const start of versions) {
      if (!validOn(start, date) || state.has(start.unit.code)) continue;
      const path: Version[] = [];
      let current: Version | undefined = start;
      while (current !== undefined && !state.has(current.unit.code)) {
        state.set(current.unit.code, 'open');
        path.push(current);
        const parentCode: string | undefined = current.unit.parent;
        current = parentCode === undefined ? undefined : versionAt(index, parentCode, date);
      }
      if (current !== undefined && state.get(current.unit.code) === 'open') {
        const loopStart = path.indexOf(current);
        const loop = path.slice(loopStart);
        const key = loop.map((version) => `${version.unit.code}@${version.from}`).sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          const first = loop.reduce((a, b) => (b.position < a.position ? b : a));
          const turn = [...loop.slice(loop.indexOf(first)), ...loop.slice(0, loop.indexOf(first)), first];
          issues.push({
            path: ['units', first.position, 'parent'],
            message: `units ${turn.map((version) => version.unit.code).join(' → ')} form a cycle of parents ${date === openStart ? 'from the start of their validity' : `on ${date}`}; a unit cannot be its own ancestor`,
          });
        }
      }
      for (const version of path) state.set(version.unit.code, 'done');
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Checks of successions

function checkSuccessions(
  index: HierarchyIndex,
  successions: readonly Succession[],
  positions: readonly number[],
  levels: readonly string[] | undefined,
  issues: Issue[],
): void {
  successions.forEach((succession, at) => {
    const position = positions[at] ?? at;
    const path = (...rest: PropertyKey[]): PropertyKey[] => ['successions', position, ...rest];
    const lastDay = dayBefore(succession.date);
    const what = describeSuccession(succession);
    const before = (code: string, where: PropertyKey[]): Version | undefined => {
      const version = versionAt(index, code, lastDay);
      if (version === undefined) {
        issues.push({
          path: where,
          message: `unit ${code} is not valid on ${lastDay}, the day before ${what}; a predecessor must exist until that day`,
        });
      }
      return version;
    };
    const after = (code: string, where: PropertyKey[]): Version | undefined => {
      const version = versionAt(index, code, succession.date);
      if (version === undefined) {
        issues.push({
          path: where,
          message: `unit ${code} is not valid on ${succession.date}, the first day after ${what}; a successor must exist from that day`,
        });
      }
      return version;
    };
    const mustEnd = (version: Version, where: PropertyKey[]): void => {
      if (version.to !== lastDay) {
        issues.push({
          path: where,
          message: `unit ${describeUnit(version.unit)} ends with ${what}, so it must be valid until ${lastDay}; it is valid until ${showBound(version.to)}`,
        });
      }
    };
    switch (succession.kind) {
      case 'merge': {
        const seen = new Set<string>();
        succession.from.forEach((code, i) => {
          if (seen.has(code)) {
            issues.push({ path: path('from', i), message: `unit ${code} is listed twice in ${what}` });
            return;
          }
          seen.add(code);
          const version = before(code, path('from', i));
          if (version !== undefined && code !== succession.to) mustEnd(version, path('from', i));
        });
        after(succession.to, path('to'));
        break;
      }
      case 'split': {
        const version = before(succession.from, path('from'));
        const codes = succession.to.map((part) => part.code);
        if (version !== undefined && !codes.includes(succession.from)) mustEnd(version, path('from'));
        const seen = new Set<string>();
        let total = new Decimal(0);
        let allShares = true;
        for (const [i, part] of succession.to.entries()) {
          if (seen.has(part.code)) issues.push({ path: path('to', i, 'code'), message: `unit ${part.code} is listed twice in ${what}` });
          seen.add(part.code);
          after(part.code, path('to', i, 'code'));
          if (part.weight === undefined) {
            allShares = false;
            continue;
          }
          if (part.weight.isNegative() || part.weight.greaterThan(1)) {
            issues.push({
              path: path('to', i, 'weight'),
              message: `the share of ${part.code} in ${what} is ${part.weight.toString()}; a share must be between 0 and 1`,
            });
          }
          total = total.plus(part.weight);
        }
        if (allShares && !total.equals(1)) {
          issues.push({
            path: path('to'),
            message: `the shares of ${what} add up to ${total.toString()}; they must add up to 1 (the whole of ${succession.from})`,
          });
        }
        break;
      }
      case 'rename':
      case 'change-parent': {
        const old = before(succession.code, path('code'));
        const renewed = after(succession.code, path('code'));
        if (old === undefined || renewed === undefined) break;
        if (old === renewed) {
          issues.push({
            path: path('code'),
            message: `${what} needs a new version of unit ${succession.code} starting on ${succession.date}; the version valid ${showInterval(old.from, old.to)} runs across that date`,
          });
        } else if (succession.kind === 'rename' && old.unit.name === renewed.unit.name && old.unit.type === renewed.unit.type) {
          issues.push({
            path: path('code'),
            message: `${what} leaves unit ${succession.code} with the same name and type (${old.unit.name}, ${old.unit.type}); a rename needs a new name or type`,
          });
        } else if (succession.kind === 'change-parent' && old.unit.parent === renewed.unit.parent) {
          issues.push({
            path: path('code'),
            message: `${what} leaves unit ${describeUnit(renewed.unit)} under the same parent ${renewed.unit.parent ?? '(none)'}; a change of parent needs another parent`,
          });
        }
        break;
      }
      case 'abolish-level': {
        if (levels !== undefined && !levels.includes(succession.level)) {
          issues.push({
            path: path('level'),
            message: `unknown level "${succession.level}" in ${what}; expected one of ${levels.join(', ')}`,
          });
          break;
        }
        const remaining: string[] = [];
        for (const version of allVersions(index)) {
          if (version.unit.level === succession.level && validOn(version, succession.date)) remaining.push(version.unit.code);
        }
        if (remaining.length > 0) {
          const shown = remaining.slice(0, 10).join(', ') + (remaining.length > 10 ? ` and ${String(remaining.length - 10)} more` : '');
          issues.push({
            path: path('level'),
            message: `${what} abolishes level ${succession.level}, but units ${shown} of that level are still valid on ${succession.date}; they must end by ${lastDay}`,
          });
        }
        break;
      }
    }
  });
}
