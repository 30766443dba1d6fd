/*
 * Which units an aggregate over units expects, and what it says about units that stood below the
 * aggregated unit for only part of the period.
 */
import { PlanningError, quoteText } from '../numeric/index.js';
import { type IsoDate, periodEnd, periodStart } from '../period/index.js';
import {
  type AdminUnit,
  type Hierarchy,
  type UnitGroupSet,
  type UnitSpan,
  childrenDuring,
  childrenOf,
  descendantsDuring,
  descendantsOf,
  groupMembersAt,
  predecessorsOf,
  successorsOf,
  versionsOf,
} from '../admin/index.js';
import { type Lookup, addsUpOverTime, lookUpPart } from './rules.js';
import type { UnitChange } from './result.js';

/**
 * The units of a hierarchy below a parent: its children, or, with `level` or `type`, its descendants
 * of that level or type; those below it on any day of the period, or on one `date` when given.
 *
 * @example
 * // The 15 communes of Như Xuân (the township left out) at the end of 2024:
 * const selection: HierarchyUnits = { hierarchy: nhuXuanHierarchy, parent: '402', date: '2024-12-31', type: 'commune' };
 * selection.parent;
 * //=> '402'
 */
export interface HierarchyUnits {
  /** The hierarchy. */
  readonly hierarchy: Hierarchy;
  /** The code of the unit whose children (or descendants) are expected. */
  readonly parent: string;
  /**
   * The one day the units are taken at. When absent, every unit below the parent on any day of the
   * period is taken, and units that closed or opened during it count by the indicator's rule (see
   * {@link UnitChange}).
   */
  readonly date?: IsoDate | undefined;
  /** Take the descendants at this level instead of the children (`'commune'` below a province). */
  readonly level?: string | undefined;
  /** Take only descendants of this unit type (`'commune'` leaves out townships and wards). */
  readonly type?: string | undefined;
}

/**
 * The members of one group of a group set (an emulation cluster) on a date.
 *
 * @example
 * // The first illustrative emulation cluster of Như Xuân:
 * const selection: GroupUnits = { hierarchy: nhuXuanHierarchy, groupSet: nhuXuanEmulationClusters2024, group: 'cluster-1' };
 * selection.group;
 * //=> 'cluster-1'
 */
export interface GroupUnits {
  /** The hierarchy the group's codes name units of. */
  readonly hierarchy: Hierarchy;
  /** The group set. */
  readonly groupSet: UnitGroupSet;
  /** The group's id. */
  readonly group: string;
  /** The day the members are taken at; the last day of the period when absent. */
  readonly date?: IsoDate | undefined;
}

/**
 * Which units an aggregate expects: a list of area codes, the children (or descendants) of a unit of
 * a hierarchy, or the members of a group. Units of a hierarchy are taken over the period (or on a
 * date), the members of a group on a date: a unit that did not exist then is not expected, a unit that
 * did but has no value is missing, and a unit that existed for part of the period is counted or
 * reported by the indicator's rule.
 *
 * @example
 * // Two communes by code:
 * const selection: UnitSelection = ['16174', '16201'];
 * Array.isArray(selection);
 * //=> true
 */
export type UnitSelection = readonly string[] | HierarchyUnits | GroupUnits;

/** The units an aggregate expects, and the working about them. */
export interface Members {
  /** The codes whose values are read, in order, each once. */
  readonly codes: readonly string[];
  /** The parent of a hierarchy selection, or `null` for a list or a group. */
  readonly parent: string | null;
  /** The units that closed or opened during the period. */
  readonly changes: readonly UnitChange[];
  /** One sentence per change, and about the parent's own days in the period. */
  readonly notes: readonly string[];
  /** For a hierarchy selection: the unit each code stands for (the latest counted version). */
  readonly units: ReadonlyMap<string, AdminUnit>;
  /** What the selection was asked as, for messages: `children`, `descendants at level commune`... */
  readonly described: string;
  /** The days the units were taken over, for messages. */
  readonly days: string;
  /**
   * For a hierarchy selection over a period: the note (also in `notes`) about each counted code
   * that names several units in the period, by code.
   */
  readonly reused: ReadonlyMap<string, string>;
}

/** Names a value of the wrong kind in a message. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return quoteText(value);
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value;
}

// Array.isArray does not narrow a readonly array type.
function isCodeList(selection: UnitSelection): selection is readonly string[] {
  return Array.isArray(selection);
}

function codeList(selection: readonly string[]): Members {
  const codes: readonly unknown[] = selection;
  if (codes.length === 0) throw new PlanningError('invalid-argument', 'units is an empty list; name at least one area code to aggregate');
  const seen = new Set<string>();
  codes.forEach((code, index) => {
    if (typeof code !== 'string' || code === '') {
      throw new PlanningError('invalid-argument', `units[${String(index)}] must be an area code such as "16174"; got ${describe(code)}`);
    }
    if (seen.has(code)) throw new PlanningError('invalid-argument', `units lists ${code} twice; each unit may count once`);
    seen.add(code);
  });
  return { codes: selection, parent: null, changes: [], notes: [], units: new Map(), described: 'units', days: '', reused: new Map() };
}

/** The parent's first and last day within [from, to]. */
function parentDays(hierarchy: Hierarchy, parent: string, from: IsoDate, to: IsoDate): readonly [IsoDate, IsoDate] {
  let first = to;
  let last = from;
  for (const unit of versionsOf(hierarchy, parent)) {
    const start = unit.validFrom === undefined || unit.validFrom < from ? from : unit.validFrom;
    const end = unit.validTo === undefined || unit.validTo > to ? to : unit.validTo;
    if (start > end) continue;
    if (start < first) first = start;
    if (end > last) last = end;
  }
  return [first, last];
}

function named(unit: AdminUnit): string {
  return `${unit.code} (${unit.name})`;
}

/**
 * The expected units of a selection for a period. Units of a hierarchy taken without a `date` are
 * those below the parent on any day of the period (on the parent's days in it): values that add up
 * over time count for every one of them, levels only for those still there on the parent's last day
 * in the period; each unit that closed or opened is listed and noted.
 */
export function expectedMembers(selection: UnitSelection, period: string, lookup: Lookup): Members {
  if (isCodeList(selection)) return codeList(selection);
  if (typeof selection !== 'object' || (selection as unknown) === null) {
    throw new PlanningError(
      'invalid-argument',
      `units must be a list of area codes, { hierarchy, parent } or { hierarchy, groupSet, group }; got ${describe(selection)}`,
    );
  }
  if ('groupSet' in selection) {
    const date = selection.date ?? periodEnd(period);
    const members = groupMembersAt(selection.hierarchy, selection.groupSet, selection.group, date);
    if (members.length === 0) {
      throw new PlanningError('invalid-argument', `group ${selection.group} of set ${selection.groupSet.id} has no members on ${date}; choose a date when the group is in force`);
    }
    return { codes: members.map((unit) => unit.code), parent: null, changes: [], notes: [], units: new Map(), described: 'members', days: `on ${date}`, reused: new Map() };
  }
  const { hierarchy, parent, level, type, date } = selection;
  const filtered = level !== undefined || type !== undefined;
  const filter = { ...(level === undefined ? {} : { level }), ...(type === undefined ? {} : { type }) };
  const described = filtered ? `descendants${level === undefined ? '' : ` at level ${level}`}${type === undefined ? '' : ` of type ${type}`}` : 'children';
  if (date !== undefined) {
    const units = filtered ? descendantsOf(hierarchy, parent, date, filter) : childrenOf(hierarchy, parent, date);
    return {
      codes: units.map((unit) => unit.code),
      parent,
      changes: [],
      notes: [],
      units: new Map(units.map((unit) => [unit.code, unit])),
      described,
      days: `on ${date}`,
      reused: new Map(),
    };
  }
  const from = periodStart(period);
  const to = periodEnd(period);
  const spans = filtered ? descendantsDuring(hierarchy, parent, from, to, filter) : childrenDuring(hierarchy, parent, from, to);
  return fromSpans(hierarchy, parent, period, spans, lookup, { described, days: `from ${from} to ${to}` });
}

function fromSpans(
  hierarchy: Hierarchy,
  parent: string,
  period: string,
  spans: readonly UnitSpan[],
  lookup: Lookup,
  labels: { readonly described: string; readonly days: string },
): Members {
  const from = periodStart(period);
  const to = periodEnd(period);
  const [first, last] = parentDays(hierarchy, parent, from, to);
  const additive = addsUpOverTime(lookup);
  const code = lookup.indicator.code;
  const codes: string[] = [];
  const units = new Map<string, AdminUnit>();
  const versionsByCode = new Map<string, UnitSpan[]>();
  const changes: UnitChange[] = [];
  const notes: string[] = [];
  const reusedNotes = new Map<string, string>();
  if (first > from || last < to) {
    notes.push(
      `${parent} stood only from ${first} to ${last} in ${period}, so its units are those below it on those days` +
        (additive ? '' : ` and ${code}, a level, is taken on ${last}`),
    );
  }
  const notCounted: { readonly span: UnitSpan; readonly sentence: string }[] = [];
  for (const span of spans) {
    const { unit } = span;
    const opened = span.from > first;
    const closed = span.to < last;
    const counted = additive || !closed;
    if (counted) {
      if (!units.has(unit.code)) codes.push(unit.code);
      units.set(unit.code, unit);
      versionsByCode.set(unit.code, [...(versionsByCode.get(unit.code) ?? []), span]);
    }
    if (!opened && !closed) continue;
    const predecessors = opened ? predecessorsOf(hierarchy, unit.code, span.from).map((link) => link.unit) : [];
    const successors = closed ? successorsOf(hierarchy, unit.code, span.to).map((link) => link.unit) : [];
    changes.push({
      code: unit.code,
      name: unit.name,
      from: span.from,
      to: span.to,
      opened,
      closed,
      predecessors: predecessors.map((link) => link.code),
      successors: successors.map((link) => link.code),
      counted,
    });
    const links = [
      predecessors.length > 0 ? `formed from ${predecessors.map(named).join(', ')}` : undefined,
      successors.length > 0 ? `then ${successors.map(named).join(', ')}` : undefined,
    ].filter((link) => link !== undefined);
    const stood = `${named(unit)} stood below ${parent} only from ${span.from} to ${span.to}${links.length > 0 ? ` (${links.join('; ')})` : ''}`;
    if (additive) {
      notes.push(`${stood}; ${code} adds up over time, so its value of ${period} counts for the part of the period it existed`);
    } else if (counted) {
      notes.push(`${stood}; ${code} is a level taken on ${last}, when it stands there, so its value counts`);
    } else {
      notCounted.push({
        span,
        sentence:
          `${stood}; ${code} is a level taken on ${last}, when it no longer stood there, so its own value is not added` +
          (successors.length > 0 ? ' (its successors hold what it had)' : ''),
      });
    }
  }
  for (const { span, sentence } of notCounted) {
    // Name the value left out, unless its code now names a counted unit whose value it is.
    const value = units.has(span.unit.code) ? undefined : lookUpPart(lookup, span.unit.code, period).part?.value;
    notes.push(value === undefined || value === null ? sentence : `${sentence}; its value of ${period} was ${value.toString()}`);
  }
  for (const [reused, counted] of versionsByCode) {
    // Values are keyed by code: a code that names several units in the period has one value for all.
    const versions = versionsOf(hierarchy, reused).filter((unit) => (unit.validFrom ?? from) <= to && (unit.validTo ?? to) >= from);
    if (versions.length < 2) continue;
    const which = versions
      .map((unit) => `${unit.name} from ${unit.validFrom === undefined || unit.validFrom < from ? from : unit.validFrom} to ${unit.validTo === undefined || unit.validTo > to ? to : unit.validTo}`)
      .join(', ');
    const names = [...new Set(counted.map((span) => span.unit.name))].join(' and ');
    const note = `code ${reused} names ${String(versions.length)} units in ${period} (${which}); values are kept by code, so its one value of ${period} is read once, for ${names}, and the data cannot tell which unit it describes`;
    notes.push(note);
    reusedNotes.set(reused, note);
  }
  return { codes, parent, changes, notes, units, reused: reusedNotes, ...labels };
}
