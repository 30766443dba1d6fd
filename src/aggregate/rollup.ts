import { PlanningError, quoteText } from '../numeric/index.js';
import { type IsoDate, type PeriodInput, formatPeriod, periodEnd, periodStart } from '../period/index.js';
import { type Hierarchy, versionsOf } from '../admin/index.js';
import type { AggregationRule, Catalog } from '../indicator/index.js';
import type { BestValueOptions, Dataset } from '../observation/index.js';
import { assemble, completenessOf, derivedNote, latestPublished, leastFinal, lookUpPart, prepareLookup, resolveRule } from './rules.js';
import { expectedMembers } from './members.js';
import type { AggregatePart, AggregateResult, Completeness, UnitChange } from './result.js';

/**
 * Options of {@link rollUp}.
 *
 * @example
 * // The poverty rate of Thanh Hóa's communes, rolled up through the districts to the province:
 * const options: RollUpOptions = {
 *   indicator: 'POVERTY_RATE', hierarchy: nhuXuanHierarchy, root: '38', leafLevel: 'commune', period: '2024',
 * };
 * options.leafLevel;
 * //=> 'commune'
 */
export interface RollUpOptions extends BestValueOptions {
  /** The indicator's code. */
  readonly indicator: string;
  /** The hierarchy the units come from. */
  readonly hierarchy: Hierarchy;
  /** The code of the unit at the top of the roll-up (a province). */
  readonly root: string;
  /** The level whose units' values are read (`'commune'`); every level between it and the root is rolled up in turn. */
  readonly leafLevel: string;
  /** The period of the values. */
  readonly period: PeriodInput;
  /**
   * The day the units are taken at. When absent, every unit below each parent during the period is
   * taken, by the indicator's rule for units that closed or opened (see {@link UnitChange}).
   */
  readonly date?: IsoDate | undefined;
  /** The rule; the indicator's `aggregation.overUnits` when absent. Checked as the catalog checks rules. */
  readonly rule?: AggregationRule | undefined;
  /** The breakdown of the series, when the values are broken down. */
  readonly dimensions?: Readonly<Record<string, string>> | undefined;
}

/**
 * One unit of a roll-up: its aggregate over the units directly below it (whose parts are the leaves'
 * values or the roll-ups of the units in between), its name and level, and the roll-ups of its
 * children above the leaf level.
 *
 * @example
 * // The district in a province's roll-up of 2024:
 * const { root } = rollUp(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'NTM_VILLAGES_NEW', hierarchy: nhuXuanHierarchy, root: '38', leafLevel: 'commune', period: '2024',
 * });
 * const district: RollUpNode | undefined = root.children[0];
 * [district?.name, district?.level, district?.value?.toString(), district?.completeness.missing];
 * //=> ['Như Xuân', 'district', '11', ['16183']]
 */
export interface RollUpNode extends AggregateResult {
  /** The unit's name. */
  readonly name: string;
  /** The unit's level. */
  readonly level: string;
  /** The roll-ups of the units directly below it that are above the leaf level, in the hierarchy's order. */
  readonly children: readonly RollUpNode[];
}

/**
 * The completeness of one level of a roll-up: how many of the units of that level that the roll-up
 * expected had a usable value (a reported value for the leaves, a roll-up with a value for the levels
 * in between), which did not, and the units of that level that closed or opened during the period.
 *
 * @example
 * // Every commune-level unit of Như Xuân reported its poverty counts for 2024:
 * const { levels } = rollUp(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'POVERTY_RATE', hierarchy: nhuXuanHierarchy, root: '38', leafLevel: 'commune', period: '2024',
 * });
 * const communes: LevelCompleteness | undefined = levels[1];
 * [communes?.level, communes?.expected, communes?.share.toString()];
 * //=> ['commune', 16, '1']
 */
export interface LevelCompleteness extends Completeness {
  /** The level's name. */
  readonly level: string;
}

/**
 * The result of {@link rollUp}: the roll-up of the root with the tree of units in between, and the
 * completeness of each level.
 *
 * @example
 * // The province's 2024 poverty rate, from its communes through the district:
 * const result: RollUpResult = rollUp(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'POVERTY_RATE', hierarchy: nhuXuanHierarchy, root: '38', leafLevel: 'commune', period: '2024',
 * });
 * [result.rule, result.root.value?.toFixed(2)];
 * //=> ['ratio-of-sums', '9.64']
 */
export interface RollUpResult {
  /** The indicator's code. */
  readonly indicator: string;
  /** The rule applied at every level. */
  readonly rule: AggregationRule;
  /** The canonical code of the period. */
  readonly period: string;
  /** The level whose values were read. */
  readonly leafLevel: string;
  /** The root's roll-up, with the roll-ups of the units below it in `children`. */
  readonly root: RollUpNode;
  /** The completeness of each level below the root, from the root's children down to the leaves. */
  readonly levels: readonly LevelCompleteness[];
}

/** What the walk collects per level. */
interface LevelTally {
  readonly expected: string[];
  readonly found: Set<string>;
  readonly changes: UnitChange[];
}

/** A child's roll-up as a part of its parent's, or `undefined` when it has nothing to carry. */
function carried(node: RollUpNode, code: string): AggregatePart | undefined {
  // A roll-up without a value carries nothing, except a ratio whose denominators sum to zero, which
  // still carries its sums up: a roll-up of no parts has neither a value nor sums, and only a ratio
  // of sums (or an average, which always has a value) carries sums.
  if (node.value === null && node.numerator === null) return undefined;
  return {
    area: code,
    period: node.period,
    value: node.value,
    numerator: node.numerator,
    denominator: node.denominator,
    status: leastFinal(node.parts),
    published: latestPublished(node.parts),
    computed: false,
  };
}

/**
 * Rolls the values of one level of a hierarchy (communes) up through every level above it to a root
 * (districts, then the province) in one call, by the indicator's rule over units, applied level by
 * level so that the result is the one a statistics office gets when each level adds up the one below:
 * sums of sums; ratios of sums carried as numerators and denominators (never averages of rates);
 * averages carried as sums and counts (an average over the leaves, not an average of averages); counts
 * of counts; minima and maxima of minima and maxima. A derived indicator (per-capita, ratio, share)
 * is rolled up as its formula over the summed inputs.
 *
 * Each unit above the leaves has its own aggregate ({@link RollUpNode}: parts, completeness over the
 * units directly below it, notes); each level has its completeness ({@link LevelCompleteness}). Units
 * are those below each parent during the period (or on `date`), with units that closed or opened
 * during it treated as {@link aggregateOverUnits} treats them; a unit above the leaf level with no
 * units below it is missing at its level, with a note, never an error.
 *
 * Values are kept by code, and every value is counted once. A leaf code met again (reused by a
 * successor under another parent during the period) is read once, where it is met first; a unit
 * above the leaves met again (moved to another parent during the period) is rolled up once, where it
 * is met first, over the units below every version of its code; either way the second place says
 * so in a note. A code that names a leaf and, in the same period, a unit above the leaves (a commune
 * that became a town with wards of its own) stands for both: the leaf's value is read and the town
 * is rolled up from its wards, both count, and the second place says so in a note. A unit at or below
 * the leaf level is read as a leaf wherever it stands (a village directly below a district, the
 * leaves being communes): its value counts in its parent's roll-up, and it is tallied in `levels`
 * only when its own level is one of them.
 *
 * Rules follow DHIS2's aggregation types, applied up the organisation unit hierarchy (DHIS2
 * documentation, "Configure metadata: aggregation type" and "Metadata: aggregate indicators").
 *
 * @param catalog - the catalog that defines the indicator (and its inputs)
 * @param dataset - the observations of the leaf units
 * @param options - indicator, hierarchy, root, leaf level, period, and optionally date, rule, `asOf`, `precedence`, dimensions
 * @returns the roll-up of the root with its tree of units and the completeness of each level
 * @throws {@link PlanningError} `not-found` for an unknown indicator or a root that names no unit in
 * the period; `invalid-argument` for a leaf level that is not a level of the hierarchy below the
 * root's, a root with no units below it, or a rule refused as {@link aggregateOverUnits} refuses it;
 * `invalid-period` for a bad period; `unit-mismatch` for a value in a unit of another kind
 *
 * @example
 * // Villages recognised as new-rural in 2024, communes → district → province:
 * const result = rollUp(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'NTM_VILLAGES_NEW', hierarchy: nhuXuanHierarchy, root: '38', leafLevel: 'commune', period: '2024',
 * });
 * [result.root.value?.toString(), result.root.parts.map((part) => [part.area, part.value?.toString()])];
 * //=> ['11', [['402', '11']]]
 * result.levels.map((level) => [level.level, level.found, level.expected]);
 * //=> [['district', 1, 1], ['commune', 15, 16]]
 *
 * @example
 * // The poverty rate is carried up as poor households over households:
 * const poverty = rollUp(vnDistrictIndicatorCatalog, nhuXuanCommuneDataset2024, {
 *   indicator: 'POVERTY_RATE', hierarchy: nhuXuanHierarchy, root: '38', leafLevel: 'commune', period: '2024',
 * });
 * [poverty.root.numerator?.toString(), poverty.root.denominator?.toString(), poverty.root.value?.toFixed(2)];
 * //=> ['1774', '18400', '9.64']
 */
export function rollUp(catalog: Catalog, dataset: Dataset, options: RollUpOptions): RollUpResult {
  const { indicator, rule } = resolveRule(catalog, options.indicator, 'overUnits', options.rule);
  const period = formatPeriod(options.period);
  const { hierarchy, root, leafLevel, date } = options;
  const lookup = prepareLookup(catalog, dataset, indicator, rule, options);
  const levels = hierarchy.levels;
  const leafRank = levels.indexOf(leafLevel);
  if (leafRank < 0) {
    throw new PlanningError('invalid-argument', `leafLevel ${quoteText(leafLevel)} is not a level of the hierarchy; expected one of ${levels.join(', ')}`);
  }
  const from = date ?? periodStart(period);
  const to = date ?? periodEnd(period);
  const rootUnit = versionsOf(hierarchy, root)
    .filter((unit) => (unit.validFrom ?? from) <= to && (unit.validTo ?? to) >= from)
    .at(-1);
  if (rootUnit === undefined) {
    throw new PlanningError('not-found', `no unit has code ${root} ${date === undefined ? `on any day from ${from} to ${to}` : `on ${date}`}; choose a root that exists in ${period}`);
  }
  const rootRank = levels.indexOf(rootUnit.level);
  if (rootRank >= leafRank) {
    throw new PlanningError(
      'invalid-argument',
      `leafLevel ${leafLevel} is not below the level of ${root} (${rootUnit.level}); choose a level below it, such as ${levels[rootRank + 1] ?? leafLevel}`,
    );
  }
  const tallies = new Map<string, LevelTally>(levels.slice(rootRank + 1, leafRank + 1).map((level) => [level, { expected: [], found: new Set(), changes: [] }]));
  const derived = derivedNote(lookup);
  // Values are kept by code, so a code is read from the data at most once, where it is first met as
  // a leaf (a code reused by a successor under another parent during the period is read once), and a
  // unit above the leaves is rolled up at most once, where it is first met (its roll-up takes the
  // units below every version of its code). The two are kept apart: a code that names a leaf and,
  // during the same period, a unit above the leaves (a commune that became a town with wards) is
  // read as the leaf and rolled up as the town, so neither hides the units of the other.
  const readBelow = new Map<string, string>();
  const rolledUpBelow = new Map<string, string>();

  const walk = (code: string, name: string, level: string): RollUpNode => {
    const members = expectedMembers({ hierarchy, parent: code, date }, period, lookup);
    const parts: AggregatePart[] = [];
    const found = new Set<string>();
    const rolledUp = new Set<AggregatePart>();
    const children: RollUpNode[] = [];
    const notes: string[] = [...(derived === undefined ? [] : [derived]), ...members.notes];
    for (const change of members.changes) {
      const unit = versionsOf(hierarchy, change.code).find((version) => (version.validFrom ?? change.from) <= change.from && (version.validTo ?? change.to) >= change.to);
      if (unit !== undefined) tallies.get(unit.level)?.changes.push(change);
    }
    const expected: string[] = [];
    for (const childCode of members.codes) {
      const unit = members.units.get(childCode);
      if (unit === undefined) continue;
      // Every unit's level is one of the hierarchy's levels (buildHierarchy refuses any other).
      const leaf = levels.indexOf(unit.level) >= leafRank;
      const already = (leaf ? readBelow : rolledUpBelow).get(childCode);
      if (already !== undefined) {
        notes.push(
          leaf
            ? `code ${childCode} was already read below ${already} in this roll-up; its one value of ${period} is counted once, there`
            : `${childCode} (${unit.name}) was already rolled up below ${already} in this roll-up; the units below it are counted once, there`,
        );
        continue;
      }
      (leaf ? readBelow : rolledUpBelow).set(childCode, code);
      const other = (leaf ? rolledUpBelow : readBelow).get(childCode);
      const bothCount =
        other === undefined
          ? undefined
          : leaf
            ? `code ${childCode} also names a unit rolled up below ${other} from the units below it; here it names ${unit.name} (${unit.level}), whose value of ${period} is read, and both count`
            : `code ${childCode} also names a unit whose value of ${period} was read below ${other}; here it names ${unit.name} (${unit.level}), rolled up from the units below it, and both count`;
      // The members' note on a reused code says which unit the code's one value is read for; a unit
      // above the leaves has no value of its own read, so here that sentence would mislead.
      const reusedNote = leaf ? undefined : members.reused.get(childCode);
      if (reusedNote !== undefined) {
        notes[notes.indexOf(reusedNote)] =
          bothCount ?? `code ${childCode} names several units in ${period}; below ${code} it names ${unit.name} (${unit.level}), rolled up from the units below it, so no value of code ${childCode} is read for it`;
      } else if (bothCount !== undefined) {
        notes.push(bothCount);
      }
      expected.push(childCode);
      // A code reaches a level's tally once: it is read once as a leaf and rolled up once above the
      // leaves. A unit below the leaf level that stands directly below a parent above it (a village
      // below a district, the leaves being communes) has its value read, and no level tally.
      const tally = tallies.get(unit.level);
      tally?.expected.push(childCode);
      let part: AggregatePart | undefined;
      if (leaf) {
        const looked = lookUpPart(lookup, childCode, period);
        if (looked.note !== undefined) notes.push(looked.note);
        part = looked.part;
      } else {
        const child = walk(childCode, unit.name, unit.level);
        children.push(child);
        part = carried(child, childCode);
      }
      if (part === undefined) continue;
      if (!leaf) rolledUp.add(part);
      parts.push(part);
      found.add(childCode);
      tally?.found.add(childCode);
    }
    if (members.codes.length === 0 && members.changes.length === 0) notes.push(`${code} (${name}) has no units below it ${members.days}`);
    const result = assemble(lookup, {
      head: { over: 'units', area: code, period },
      parts,
      expected,
      found,
      notes,
      changes: members.changes,
      rolledUp,
    });
    return { ...result, name, level, children };
  };

  const rootNode = walk(root, rootUnit.name, rootUnit.level);
  if (rootNode.completeness.expected === 0 && rootNode.completeness.changes.length === 0) {
    throw new PlanningError('invalid-argument', `unit ${root} has no units below it ${date === undefined ? `from ${from} to ${to}` : `on ${date}`}; there is nothing to roll up`);
  }
  return {
    indicator: indicator.code,
    rule,
    period,
    leafLevel,
    root: rootNode,
    levels: [...tallies].map(([level, tally]) => ({ level, ...completenessOf(tally.expected, tally.found, tally.changes) })),
  };
}
