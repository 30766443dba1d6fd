import { type Issue, PlanningError, deepFreeze, formatIssues, issuesFromZod, ownField, parseEach, safeParseInput } from '../numeric/index.js';
import type { IsoDate } from '../period/index.js';
import { checkDate, openEnd, openStart, showInterval, uncoveredSpans } from './dates.js';
import { type Hierarchy, type HierarchyIndex, allVersions, describeUnit, indexOf, isBelow, versionAt, versionsOfCode } from './model.js';
import { type AdminUnit, type UnitGroup, type UnitGroupSet, type UnitGroupSetInput, unitGroupSchema, unitGroupSetSchema } from './schema.js';

interface Span {
  readonly from: string;
  readonly to: string;
}

function spanOf(record: { readonly validFrom?: string | undefined; readonly validTo?: string | undefined }): Span {
  return { from: record.validFrom ?? openStart, to: record.validTo ?? openEnd };
}

function intersect(a: Span, b: Span): Span {
  return { from: a.from > b.from ? a.from : b.from, to: a.to < b.to ? a.to : b.to };
}

/** A group's own validity: its dates where given, the set's otherwise. */
/** A group set whose groups with schema problems are `undefined`, so that the others keep their index. */
type CheckedGroupSet = Omit<UnitGroupSet, 'groups'> & { readonly groups: readonly (UnitGroup | undefined)[] };

function ownSpan(groupSet: CheckedGroupSet, group: UnitGroup): Span {
  const set = spanOf(groupSet);
  return { from: group.validFrom ?? set.from, to: group.validTo ?? set.to };
}

function groupSpan(groupSet: UnitGroupSet, group: UnitGroup): Span {
  return intersect(spanOf(groupSet), ownSpan(groupSet, group));
}

function unitName(index: HierarchyIndex, code: string, date: string): string {
  const version = versionAt(index, code, date);
  return version === undefined ? code : describeUnit(version.unit);
}

/**
 * Checks a group set against a hierarchy and returns every problem: the schema of
 * {@link unitGroupSetSchema}; group ids used twice; a group valid outside its set; a member listed twice
 * or naming no unit while the group exists; and the set's own rules, naming the units that break
 * them: with `exclusive`, a unit in two groups at once; with `coverage`, a unit of the level (below
 * `under`) that is in no group on some day when it and the set exist.
 *
 * @param hierarchy - the hierarchy whose unit codes the groups list
 * @param groupSet - the group set to check
 * @returns every problem, each with its path (`groups[1].members[0]`) and a message
 * @throws {@link PlanningError} `invalid-argument` for a hierarchy not built by {@link buildHierarchy}
 *
 * @example
 * // A commune in two groups of an exclusive set:
 * validateUnitGroupSet(nhuXuanHierarchy, {
 *   id: 'clusters', name: 'Cụm thi đua', exclusive: true, validFrom: '2024-01-01', validTo: '2024-12-31',
 *   groups: [
 *     { id: '1', name: 'Cụm 1', members: ['16177', '16180'] },
 *     { id: '2', name: 'Cụm 2', members: ['16180', '16183'] },
 *   ],
 * }).map((issue) => issue.message);
 * //=> ['unit 16180 (Xuân Hòa) is in groups 1 and 2 from 2024-01-01 to 2024-12-31; set clusters allows a unit in one group at most']
 */
export function validateUnitGroupSet(hierarchy: Hierarchy, groupSet: UnitGroupSetInput): readonly Issue[] {
  const index = indexOf(hierarchy);
  const parsed = safeParseInput(unitGroupSetSchema, groupSet);
  if (!parsed.success) return groupSetIssues(hierarchy, index, groupSet, issuesFromZod(parsed.error.issues));
  return checkGroupSet(hierarchy, index, parsed.data);
}

/**
 * Parses a group set and checks it against a hierarchy (see {@link validateUnitGroupSet}).
 *
 * @param hierarchy - the hierarchy whose unit codes the groups list
 * @param input - the group set, for example read from JSON
 * @returns the group set, deeply frozen
 * @throws {@link PlanningError} `invalid-input` when the input does not match {@link unitGroupSetSchema};
 * `invalid-hierarchy` when it breaks a rule (every problem is in `issues`)
 *
 * @example
 * // Two illustrative emulation clusters of Như Xuân's 16 commune-level units in 2024:
 * const communes = childrenOf(nhuXuanHierarchy, '402', '2024-12-31').map((unit) => unit.code);
 * const clusters = parseUnitGroupSet(nhuXuanHierarchy, {
 *   id: 'nhu-xuan-clusters', name: 'Cụm thi đua (minh họa)', exclusive: true,
 *   validFrom: '2024-01-01', validTo: '2024-12-31', coverage: { level: 'commune', under: '402' },
 *   groups: [
 *     { id: 'north', name: 'Cụm 1', members: communes.slice(0, 8) },
 *     { id: 'south', name: 'Cụm 2', members: communes.slice(8) },
 *   ],
 * });
 * clusters.groups.length;
 * //=> 2
 */
export function parseUnitGroupSet(hierarchy: Hierarchy, input: UnitGroupSetInput): UnitGroupSet {
  const index = indexOf(hierarchy);
  const parsed = safeParseInput(unitGroupSetSchema, input);
  if (!parsed.success) {
    const issues = groupSetIssues(hierarchy, index, input, issuesFromZod(parsed.error.issues));
    throw new PlanningError('invalid-input', `invalid group set: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}\n${formatIssues(issues)}`, { issues });
  }
  const groupSet = deepFreeze(parsed.data);
  const issues = checkGroupSet(hierarchy, index, groupSet);
  if (issues.length > 0) {
    throw new PlanningError(
      'invalid-hierarchy',
      `group set ${groupSet.id} breaks ${String(issues.length)} rule${issues.length === 1 ? '' : 's'}\n${formatIssues(issues)}`,
      { issues },
    );
  }
  return groupSet;
}

/**
 * The parts of a group set that do match their schema, when the whole does not: its own fields when
 * they all do, with each group parsed on its own. Undefined when a field of the set itself has a
 * problem (the checks between groups need the set's dates and id).
 */
function salvageGroupSet(input: unknown): CheckedGroupSet | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const fields = safeParseInput(unitGroupSetSchema, { ...input, groups: [] });
  if (!fields.success) return undefined;
  return { ...fields.data, groups: parseEach(unitGroupSchema, ownField(input, 'groups')).values };
}

/** The schema problems of a group set, with the problems between the groups that do parse. */
function groupSetIssues(hierarchy: Hierarchy, index: HierarchyIndex, input: unknown, schemaIssues: readonly Issue[]): Issue[] {
  const partial = salvageGroupSet(input);
  return [...schemaIssues, ...(partial === undefined ? [] : checkGroupSet(hierarchy, index, partial))];
}

function checkGroupSet(hierarchy: Hierarchy, index: HierarchyIndex, groupSet: CheckedGroupSet): Issue[] {
  const issues: Issue[] = [];
  const setSpan = spanOf(groupSet);
  if (setSpan.from > setSpan.to) {
    issues.push({ path: ['validTo'], message: `the set ends on ${setSpan.to}, before it starts on ${setSpan.from}` });
    return issues;
  }
  const seenIds = new Map<string, number>();
  const memberships = new Map<string, { readonly group: UnitGroup; readonly at: number; readonly span: Span; readonly path: PropertyKey[] }[]>();
  groupSet.groups.forEach((group, at) => {
    if (group === undefined) return;
    const earlier = seenIds.get(group.id);
    if (earlier !== undefined) {
      issues.push({ path: ['groups', at, 'id'], message: `group id ${group.id} is already used by groups[${String(earlier)}]; ids must be unique in a set` });
    }
    seenIds.set(group.id, at);
    const own = ownSpan(groupSet, group);
    if (own.from < setSpan.from || own.to > setSpan.to || own.from > own.to) {
      issues.push({
        path: ['groups', at],
        message: `group ${group.id} is valid ${showInterval(own.from, own.to)}, outside the set's validity ${showInterval(setSpan.from, setSpan.to)}`,
      });
    }
    const span = intersect(setSpan, own);
    const seenMembers = new Set<string>();
    group.members.forEach((code, m) => {
      const path = ['groups', at, 'members', m];
      if (seenMembers.has(code)) {
        issues.push({ path, message: `unit ${code} is listed twice in group ${group.id}` });
        return;
      }
      seenMembers.add(code);
      const versions = versionsOfCode(index, code);
      if (!versions.some((version) => version.from <= span.to && version.to >= span.from)) {
        issues.push({ path, message: `member ${code} of group ${group.id} names no unit ${showInterval(span.from, span.to)}, while the group exists` });
      }
      const list = memberships.get(code) ?? [];
      list.push({ group, at, span, path });
      memberships.set(code, list);
    });
  });
  if (groupSet.exclusive === true) {
    for (const [code, list] of memberships) {
      for (let i = 0; i < list.length; i += 1) {
        for (let j = i + 1; j < list.length; j += 1) {
          const first = list[i];
          const second = list[j];
          if (first === undefined || second === undefined) continue;
          const overlap = intersect(first.span, second.span);
          if (overlap.from > overlap.to) continue;
          issues.push({
            path: second.path,
            message: `unit ${unitName(index, code, overlap.from)} is in groups ${first.group.id} and ${second.group.id} ${showInterval(overlap.from, overlap.to)}; set ${groupSet.id} allows a unit in one group at most`,
          });
        }
      }
    }
  }
  // A group with schema problems has unknown members: coverage is checked only when every group parses.
  if (groupSet.coverage !== undefined && groupSet.groups.every((group) => group !== undefined)) checkCoverage(hierarchy, index, groupSet, memberships, issues);
  return issues;
}

function checkCoverage(
  hierarchy: Hierarchy,
  index: HierarchyIndex,
  groupSet: CheckedGroupSet,
  memberships: ReadonlyMap<string, readonly { readonly span: Span }[]>,
  issues: Issue[],
): void {
  const coverage = groupSet.coverage;
  if (coverage === undefined) return;
  const { level, under } = coverage;
  if (!hierarchy.levels.includes(level)) {
    issues.push({ path: ['coverage', 'level'], message: `unknown level "${level}"; expected one of ${hierarchy.levels.join(', ')}` });
    return;
  }
  const setSpan = spanOf(groupSet);
  if (under !== undefined && !versionsOfCode(index, under).some((version) => version.from <= setSpan.to && version.to >= setSpan.from)) {
    issues.push({ path: ['coverage', 'under'], message: `coverage.under ${under} names no unit while the set exists` });
    return;
  }
  const scope = under === undefined ? '' : ` under ${under}`;
  for (const version of allVersions(index)) {
    const { unit } = version;
    if (unit.level !== level) continue;
    const span = intersect(setSpan, version);
    if (span.from > span.to) continue;
    if (under !== undefined && !isBelow(index, version, under, span.from)) continue;
    const spans = [...(memberships.get(unit.code) ?? [])].map((membership) => membership.span).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const gaps = uncoveredSpans(span.from, span.to, spans);
    if (gaps.length === 0) continue;
    issues.push({
      path: ['coverage'],
      message:
        `unit ${describeUnit(unit)} at level ${level} is in no group of set ${groupSet.id} ` +
        `${gaps.map(([from, to]) => showInterval(from, to)).join(' nor ')}; every ${level}${scope} must be in a group while the set exists`,
    });
  }
}

/**
 * The members of one group on a date: the units its codes name that day. Empty when the group or its
 * set is not in force that day; members whose code names no unit that day are left out.
 *
 * @param hierarchy - the hierarchy whose unit codes the group lists
 * @param groupSet - the group set
 * @param groupId - the id of the group
 * @param date - the day
 * @returns the member units valid that day, in the group's order
 * @throws {@link PlanningError} `not-found` for an unknown group id; `invalid-argument` for a malformed
 * date or a hierarchy not built by {@link buildHierarchy}
 *
 * @example
 * // An illustrative cluster of three communes:
 * const clusters: UnitGroupSet = { id: 's', name: 'Cụm', groups: [{ id: 'c', name: 'Cụm 1', members: ['16177', '16180', '16183'] }] };
 * groupMembersAt(nhuXuanHierarchy, clusters, 'c', '2024-12-31').map((unit) => unit.name);
 * //=> ['Bãi Trành', 'Xuân Hòa', 'Xuân Bình']
 */
export function groupMembersAt(hierarchy: Hierarchy, groupSet: UnitGroupSet, groupId: string, date: IsoDate): readonly AdminUnit[] {
  const index = indexOf(hierarchy);
  checkDate(date, 'date');
  const group = groupSet.groups.find((candidate) => candidate.id === groupId);
  if (group === undefined) {
    throw new PlanningError(
      'not-found',
      `group set ${groupSet.id} has no group ${groupId}; its groups are ${groupSet.groups.map((candidate) => candidate.id).join(', ') || '(none)'}`,
    );
  }
  const span = groupSpan(groupSet, group);
  if (date < span.from || date > span.to) return [];
  return group.members.flatMap((code) => {
    const version = versionAt(index, code, date);
    return version === undefined ? [] : [version.unit];
  });
}

/**
 * The groups of a set that a unit belongs to on a date.
 *
 * @param groupSet - the group set
 * @param code - the unit's code
 * @param date - the day
 * @returns the groups in force that day that list the code, in the set's order
 * @throws {@link PlanningError} `invalid-argument` for a malformed date
 *
 * @example
 * // Which illustrative cluster holds Xuân Hòa?
 * const clusters: UnitGroupSet = { id: 's', name: 'Cụm', groups: [{ id: 'c', name: 'Cụm 1', members: ['16177', '16180'] }] };
 * groupsOfUnitAt(clusters, '16180', '2024-12-31').map((group) => group.name);
 * //=> ['Cụm 1']
 */
export function groupsOfUnitAt(groupSet: UnitGroupSet, code: string, date: IsoDate): readonly UnitGroup[] {
  checkDate(date, 'date');
  return groupSet.groups.filter((group) => {
    const span = groupSpan(groupSet, group);
    return date >= span.from && date <= span.to && group.members.includes(code);
  });
}
