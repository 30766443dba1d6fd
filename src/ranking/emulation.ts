import * as z from 'zod/mini';
import {
  type Decimal,
  Decimal as DecimalClass,
  type Issue,
  PlanningError,
  decimalSchema,
  deepFreeze,
  quoteText,
  formatIssues,
  issuesFromZod,
  ownField,
  parseEach,
  safeParseInput, quoteList,
  maxCodeLength,
} from '../numeric/index.js';
import { describeValue, isList } from './choices.js';
import { rankLexicographic } from './rank.js';

const codeSchema = z.string().check(z.minLength(1, { error: 'expected a non-empty code' }), z.maxLength(maxCodeLength));
const nonNegativeDecimal = decimalSchema.check(
  z.refine((value: Decimal) => !value.isNegative() || value.isZero(), { error: 'expected a number of 0 or more' }),
);
const positiveDecimal = decimalSchema.check(z.refine((value: Decimal) => value.gt(0), { error: 'expected a number greater than 0' }));
const shareDecimal = decimalSchema.check(
  z.refine((value: Decimal) => value.gte(0) && value.lte(1), { error: 'expected a share from 0 to 1, such as 0.85' }),
);

/**
 * The zod schema of an {@link AwardTier}.
 *
 * @example
 * // Read an award tier from JSON:
 * z.parse(awardTierSchema, 'first');
 * //=> 'first'
 */
export const awardTierSchema = z.literal(['leader', 'first', 'second', 'third'], {
  error: "expected an award tier: 'leader', 'first', 'second' or 'third'",
});

/**
 * An award tier of an emulation cluster, best first: `leader` (*dẫn đầu*, the unit that leads the
 * cluster and is nominated for the emulation flag), then `first`, `second` and `third` (*Nhất*,
 * *Nhì*, *Ba*).
 *
 * @example
 * // Second prize:
 * const award: AwardTier = 'second';
 * awardTierLabels[award].vi;
 * //=> 'Nhì'
 */
export type AwardTier = z.output<typeof awardTierSchema>;

/**
 * Every {@link AwardTier}, best first.
 *
 * @example
 * // The award tiers with their Vietnamese labels:
 * awardTiers.map((tier) => awardTierLabels[tier].vi);
 * //=> ['Dẫn đầu', 'Nhất', 'Nhì', 'Ba']
 */
export const awardTiers: readonly AwardTier[] = Object.freeze(['leader', 'first', 'second', 'third']);

/**
 * Labels of the award tiers in Vietnamese (as written in emulation decisions) and English.
 *
 * @example
 * // Label a First award:
 * awardTierLabels.first;
 * //=> { vi: 'Nhất', en: 'First' }
 */
export const awardTierLabels: Readonly<
  Record<
    AwardTier,
    {
      /** The label in Vietnamese, as written in emulation decisions. */
      readonly vi: string;
      /** The label in English. */
      readonly en: string;
    }
  >
> = Object.freeze({
  leader: Object.freeze({ vi: 'Dẫn đầu', en: 'Leader' }),
  first: Object.freeze({ vi: 'Nhất', en: 'First' }),
  second: Object.freeze({ vi: 'Nhì', en: 'Second' }),
  third: Object.freeze({ vi: 'Ba', en: 'Third' }),
});

/**
 * The zod schema of one criterion of an emulation scoring table (*tiêu chí*, with its maximum points).
 * Points are earned from attainment (a ratio to the target, 1 = 100%): `maxPoints × attainment`,
 * capped at `maxPoints`, never below `floorPoints` (default 0); an attainment under `minAttainment`
 * earns `floorPoints` only. `minAttainment: 1` makes the criterion all-or-nothing.
 *
 * @example
 * // 10 points, proportional to attainment, nothing under 50%:
 * z.parse(emulationCriterionSchema, { code: 'budget', label: 'Thu ngân sách', maxPoints: 10, minAttainment: '0.5' }).maxPoints.toString();
 * //=> '10'
 */
export const emulationCriterionSchema = z.object({
  /** The criterion code, unique in the table (`'economy'`, `'1.2'`). */
  code: codeSchema,
  /** The criterion as the table names it (*Thu ngân sách nhà nước*). */
  label: z.string(),
  /** The maximum points (*điểm tối đa*), more than 0. */
  maxPoints: positiveDecimal,
  /** The least attainment ratio that earns proportional points; below it only `floorPoints`. None when not given. */
  minAttainment: z.optional(nonNegativeDecimal),
  /** The least points a unit earns on this criterion, at most `maxPoints`; 0 when not given. */
  floorPoints: z.optional(nonNegativeDecimal),
});

/**
 * The zod schema of one grade band (*xếp loại*): the least total and the least share of its maximum
 * that every criterion must reach. For example "excellent" (*hoàn thành xuất sắc*) needs 90 points and
 * no criterion under 85% of its maximum.
 *
 * @example
 * // The Nghệ An "excellent" band:
 * z.parse(emulationGradeSchema, { code: 'excellent', label: 'Hoàn thành xuất sắc', minTotal: 90, minCriterionShare: '0.85' }).code;
 * //=> 'excellent'
 */
export const emulationGradeSchema = z.object({
  /** The grade code (`'excellent'`), unique in the table. */
  code: codeSchema,
  /** The grade as the table names it (*Hoàn thành xuất sắc nhiệm vụ*). */
  label: z.string(),
  /** The least total points, bonus and penalty included. */
  minTotal: decimalSchema,
  /** The least share of its maximum (0–1) that every criterion must reach (0.85 = 85%). */
  minCriterionShare: shareDecimal,
});

/**
 * The zod schema of one award tier rule: its quota per cluster (a count, a share of the cluster's
 * units rounded down, or both, the smaller applying) and the least grade it needs.
 *
 * @example
 * // One First award per cluster, only for units graded excellent:
 * z.parse(emulationAwardRuleSchema, { award: 'first', maxCount: 1, minGrade: 'excellent' }).award;
 * //=> 'first'
 */
export const emulationAwardRuleSchema = z.object({
  /** The award tier this rule is for. */
  award: awardTierSchema,
  /** The most units of a cluster that may get this tier. */
  maxCount: z.optional(z.int().check(z.minimum(0, { error: 'expected a count of 0 or more' }))),
  /** The largest share (0–1) of a cluster's units that may get this tier, rounded down to whole units. */
  maxShare: z.optional(shareDecimal),
  /** The least grade (a grade code of the table) a unit needs for this tier; any grade, or none, when not given. */
  minGrade: z.optional(codeSchema),
});

/**
 * The zod schema of an emulation scoring table (*bảng tiêu chí, thang điểm thi đua*) as an issuer
 * publishes it for a year: criteria with maximum points, a cap on bonus points, grade bands best
 * first, award tiers best first with quotas per cluster, the tie method of the cluster ranking, the
 * criteria that break ties on total points (in order), and what happens to units tied at a quota.
 *
 * `ties` may not be `ordinal`: that would place tied units apart on no stated ground; list
 * tie-breaking criteria in `tieBreak` instead. `quotaTies` says what happens when tied units would
 * take more places than a tier has left: `admit-all` gives them all the tier (flagged `overQuota`),
 * `demote-all` moves them all on to the next tier.
 *
 * Patterns from provincial decisions: Bình Định QĐ 4683/QĐ-UBND (2021) (criteria, points, bonus and
 * penalty points), Nghệ An QĐ 21/2020 and 77/2025/QĐ-UBND (grade bands with per-criterion floors).
 *
 * @example
 * // A table with two criteria, one grade and one award:
 * const table = parseEmulationScoringTable({
 *   name: 'Cụm thi đua xã 2024',
 *   criteria: [
 *     { code: 'economy', label: 'Kinh tế', maxPoints: 60 },
 *     { code: 'society', label: 'Văn hóa - xã hội', maxPoints: 40 },
 *   ],
 *   grades: [{ code: 'excellent', label: 'Hoàn thành xuất sắc', minTotal: 90, minCriterionShare: '0.85' }],
 *   awards: [{ award: 'first', maxCount: 1 }],
 *   ties: 'standard',
 *   quotaTies: 'demote-all',
 * });
 * table.criteria.length;
 * //=> 2
 */
export const emulationScoringTableSchema = z.object({
  /** The table's name or the decision that issued it (*QĐ …/QĐ-UBND*). */
  name: z.string(),
  /** The criteria with their maximum points, at least one. */
  criteria: z.array(emulationCriterionSchema).check(z.minLength(1, { error: 'expected at least one criterion' })),
  /** The most bonus points that count; no cap when not given. */
  maxBonus: z.optional(nonNegativeDecimal),
  /** The grade bands, best first. */
  grades: z.array(emulationGradeSchema),
  /** The award tiers, best first (leader, first, second, third), each with its quota. */
  awards: z.array(emulationAwardRuleSchema),
  /** The tie method of the ranking within a cluster (not `ordinal`). */
  ties: z.literal(['standard', 'modified', 'dense', 'fractional'], {
    error: "expected a tie method: 'standard', 'modified', 'dense' or 'fractional' (ordinal is refused: list tie-breaking criteria in tieBreak)",
  }),
  /** Criterion codes whose points order units equal on total points, in order; none when not given. */
  tieBreak: z.optional(z.array(codeSchema)),
  /** What happens to units tied at the end of a quota: all get the tier, or all move on to the next. */
  quotaTies: z.literal(['admit-all', 'demote-all'], { error: "expected 'admit-all' or 'demote-all'" }),
});

/**
 * An emulation scoring table, parsed: see {@link emulationScoringTableSchema}.
 *
 * @example
 * // Tables are parsed once and then used for every unit:
 * const table: EmulationScoringTable = parseEmulationScoringTable({
 *   name: 'Demo', criteria: [{ code: 'c', label: 'C', maxPoints: 100 }],
 *   grades: [], awards: [], ties: 'standard', quotaTies: 'admit-all',
 * });
 * table.name;
 * //=> 'Demo'
 */
export type EmulationScoringTable = z.output<typeof emulationScoringTableSchema>;

/**
 * An emulation scoring table as accepted from JSON: numbers or decimal strings where the parsed table
 * has Decimals.
 *
 * @example
 * // Points may be written as numbers or strings:
 * const input: EmulationScoringTableInput = {
 *   name: 'Demo', criteria: [{ code: 'c', label: 'C', maxPoints: '100' }],
 *   grades: [], awards: [], ties: 'standard', quotaTies: 'admit-all',
 * };
 * input.criteria.length;
 * //=> 1
 */
export type EmulationScoringTableInput = z.input<typeof emulationScoringTableSchema>;

/**
 * Parses an emulation scoring table and checks it as a whole: unique criterion and grade codes, a
 * floor within each maximum, grades best first (least totals not increasing), award tiers in the
 * order leader, first, second, third with a quota each, known grades and tie-break criteria.
 *
 * @param input - the table, for example from `JSON.parse`
 * @returns the parsed table, deeply frozen
 * @throws {@link PlanningError} `invalid-input` with one issue per problem, each with its path
 *
 * @example
 * // A table whose grade band names an unknown grade and whose tier has no quota:
 * try {
 *   parseEmulationScoringTable({
 *     name: 'Bad', criteria: [{ code: 'c', label: 'C', maxPoints: 100 }],
 *     grades: [], awards: [{ award: 'first', minGrade: 'excellent' }],
 *     ties: 'standard', quotaTies: 'admit-all',
 *   });
 * } catch (error) {
 *   if (error instanceof PlanningError) console.log(error.issues.map((issue) => formatPath(issue.path)));
 * }
 * //=> ['awards[0]', 'awards[0].minGrade']
 */
export function parseEmulationScoringTable(input: unknown): EmulationScoringTable {
  const parsed = safeParseInput(emulationScoringTableSchema, input);
  if (!parsed.success) {
    // The parts that do parse are still checked against each other, in the same run.
    throw issuesError([...issuesFromZod(parsed.error.issues), ...tableIssues(salvageTable(input))], 'emulation scoring table');
  }
  const table = deepFreeze(parsed.data);
  throwIssues(tableIssues(table), 'emulation scoring table');
  return table;
}

/** A scoring table whose records with schema problems are `undefined`, so that the others keep their index. */
interface CheckedTable {
  readonly criteria: readonly (EmulationScoringTable['criteria'][number] | undefined)[];
  readonly grades: readonly (EmulationScoringTable['grades'][number] | undefined)[];
  readonly awards: readonly (EmulationScoringTable['awards'][number] | undefined)[];
  readonly tieBreak?: readonly (string | undefined)[] | undefined;
  /** The bonus cap; `null` when it has a problem of its own (the largest total is then unknown). */
  readonly maxBonus?: Decimal | null | undefined;
  /** The codes named by criteria and grades that have schema problems: known, not reported as unknown. */
  readonly unparsedCodes?: ReadonlySet<string>;
}

/** The codes of the records of a list that did not parse, where they have a text code. */
function codesOfUnparsed(records: unknown, values: readonly unknown[]): string[] {
  return values.flatMap((value, index) => {
    const code = value === undefined && Array.isArray(records) ? ownField(records[index], 'code') : undefined;
    return typeof code === 'string' ? [code] : [];
  });
}

/** The records of a table that does not match its schema, each parsed on its own. */
function salvageTable(input: unknown): CheckedTable {
  const maxBonusInput = ownField(input, 'maxBonus');
  const maxBonus = maxBonusInput === undefined ? undefined : safeParseInput(nonNegativeDecimal, maxBonusInput);
  const tieBreak = ownField(input, 'tieBreak');
  const criteriaInput = ownField(input, 'criteria');
  const gradesInput = ownField(input, 'grades');
  const criteria = parseEach(emulationCriterionSchema, criteriaInput).values;
  const grades = parseEach(emulationGradeSchema, gradesInput).values;
  return {
    criteria,
    grades,
    awards: parseEach(emulationAwardRuleSchema, ownField(input, 'awards')).values,
    tieBreak: tieBreak === undefined ? undefined : parseEach(codeSchema, tieBreak).values,
    maxBonus: maxBonus === undefined ? undefined : maxBonus.success ? maxBonus.data : null,
    unparsedCodes: new Set([...codesOfUnparsed(criteriaInput, criteria), ...codesOfUnparsed(gradesInput, grades)]),
  };
}

/** The checks of a table as a whole, skipping the records that have schema problems. */
function tableIssues(table: CheckedTable): Issue[] {
  const issues: Issue[] = [];
  const criterionCodes = new Set<string>();
  table.criteria.forEach((criterion, index) => {
    if (criterion === undefined) return;
    if (criterionCodes.has(criterion.code)) {
      issues.push({ path: ['criteria', index, 'code'], message: `criterion code ${quoteText(criterion.code)} is used twice` });
    }
    criterionCodes.add(criterion.code);
    if (criterion.floorPoints?.gt(criterion.maxPoints)) {
      issues.push({
        path: ['criteria', index, 'floorPoints'],
        message: `floorPoints ${criterion.floorPoints.toString()} is above maxPoints ${criterion.maxPoints.toString()}`,
      });
    }
  });
  const gradeCodes = new Set<string>();
  table.grades.forEach((grade, index) => {
    if (grade === undefined) return;
    if (gradeCodes.has(grade.code)) issues.push({ path: ['grades', index, 'code'], message: `grade code ${quoteText(grade.code)} is used twice` });
    gradeCodes.add(grade.code);
    const previous = table.grades[index - 1];
    if (previous !== undefined && grade.minTotal.gt(previous.minTotal)) {
      issues.push({
        path: ['grades', index, 'minTotal'],
        message: `grades must be listed best first; minTotal ${grade.minTotal.toString()} is above the ${previous.minTotal.toString()} of the grade before`,
      });
    }
  });
  // The largest total is known only when every criterion and the bonus cap parse.
  const { maxBonus } = table;
  if (maxBonus !== null && table.criteria.length > 0 && table.criteria.every((criterion) => criterion !== undefined)) {
    const largestTotal = table.criteria.reduce((sum, criterion) => sum.plus(criterion.maxPoints), maxBonus ?? new DecimalClass(0));
    table.grades.forEach((grade, index) => {
      if (grade?.minTotal.gt(largestTotal) === true) {
        issues.push({
          path: ['grades', index, 'minTotal'],
          message: `grade ${quoteText(grade.code)} needs ${grade.minTotal.toString()} points, more than the ${largestTotal.toString()} the table gives at most (its criteria's maxPoints and maxBonus); no unit could reach it`,
        });
      }
    });
  }
  const unparsed = table.unparsedCodes ?? new Set<string>();
  let lastTier = -1;
  table.awards.forEach((rule, index) => {
    if (rule === undefined) return;
    const tier = awardTiers.indexOf(rule.award);
    if (tier <= lastTier) {
      issues.push({ path: ['awards', index, 'award'], message: `award tiers must be listed once each, in the order ${awardTiers.join(', ')}; ${quoteText(rule.award)} comes too late` });
    }
    lastTier = Math.max(lastTier, tier);
    if (rule.maxCount === undefined && rule.maxShare === undefined) {
      issues.push({ path: ['awards', index], message: 'an award tier needs a quota per cluster: maxCount, maxShare or both' });
    }
    if (rule.minGrade !== undefined && !gradeCodes.has(rule.minGrade) && !unparsed.has(rule.minGrade)) {
      issues.push({ path: ['awards', index, 'minGrade'], message: `unknown grade ${quoteText(rule.minGrade)}; the grades are ${describeCodes(gradeCodes)}` });
    }
  });
  const tieBreakCodes = new Set<string>();
  (table.tieBreak ?? []).forEach((code, index) => {
    if (code === undefined) return;
    if (!criterionCodes.has(code)) {
      // With no criterion at all (a list with its own problem) every code would look unknown: say nothing.
      if (!unparsed.has(code) && table.criteria.length > 0) issues.push({ path: ['tieBreak', index], message: `unknown criterion ${quoteText(code)}; the criteria are ${describeCodes(criterionCodes)}` });
    } else if (tieBreakCodes.has(code)) {
      issues.push({ path: ['tieBreak', index], message: `criterion ${quoteText(code)} is listed twice` });
    }
    tieBreakCodes.add(code);
  });
  return issues;
}

/**
 * The problems of a sheet's entries against the table: unknown or repeated criteria, entries with
 * both or neither of attainment and points, points above a criterion's maximum, criteria without an
 * entry. Entries with schema problems are `undefined`; the criteria they name (`unparsed`) are not
 * reported as missing.
 */
function entryIssues(
  table: EmulationScoringTable,
  entries: readonly (EmulationScoreSheet['entries'][number] | undefined)[],
  unparsed: ReadonlySet<string>,
): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(table.criteria.map((criterion) => criterion.code));
  const byCriterion = new Map<string, { readonly entry: EmulationScoreSheet['entries'][number]; readonly index: number }>();
  entries.forEach((entry, index) => {
    if (entry === undefined) return;
    const path = ['entries', index];
    if (!known.has(entry.criterion)) {
      issues.push({ path: [...path, 'criterion'], message: `unknown criterion ${quoteText(entry.criterion)}; the table's criteria are ${describeCodes(known)}` });
    } else if (byCriterion.has(entry.criterion)) {
      issues.push({ path: [...path, 'criterion'], message: `criterion ${quoteText(entry.criterion)} has more than one entry` });
    }
    byCriterion.set(entry.criterion, { entry, index });
    if ((entry.attainment === undefined) === (entry.points === undefined)) {
      issues.push({ path, message: 'give either attainment (a ratio to the target, 1 = 100%) or points (awarded directly), not both or neither' });
    }
  });
  for (const criterion of table.criteria) {
    const found = byCriterion.get(criterion.code);
    if (found === undefined) {
      if (!unparsed.has(criterion.code)) {
        issues.push({ path: ['entries'], message: `criterion ${quoteText(criterion.code)} has no entry; give its attainment or its points (0 if none were earned)` });
      }
      continue;
    }
    if (found.entry.points?.gt(criterion.maxPoints)) {
      issues.push({
        path: ['entries', found.index, 'points'],
        message: `${found.entry.points.toString()} points are more than the ${criterion.maxPoints.toString()} that criterion ${quoteText(criterion.code)} allows`,
      });
    }
  }
  return issues;
}

function describeCodes(codes: ReadonlySet<string>): string {
  return codes.size === 0 ? 'none' : quoteList(codes);
}

function issuesError(issues: readonly Issue[], what: string): PlanningError {
  return new PlanningError('invalid-input', `invalid ${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${formatIssues(issues)}`, { issues });
}

function throwIssues(issues: readonly Issue[], what: string): void {
  if (issues.length > 0) throw issuesError(issues, what);
}

const adjustmentSchema = z.object({
  /** Why the points are added or taken off (*Bằng khen của Thủ tướng*, *chậm báo cáo*). */
  reason: z.string().check(z.minLength(1, { error: 'expected the reason for the points' })),
  /** The points, more than 0. */
  points: positiveDecimal,
});

/**
 * The zod schema of one unit's score sheet (*bảng tự chấm điểm*): its unit and cluster codes, one
 * entry per criterion of the table (the attainment ratio, 1.05 = 105% of target, or the points
 * awarded directly for a criterion scored by assessment), and bonus (*điểm thưởng*) and penalty
 * (*điểm trừ*) points with their reasons.
 *
 * @example
 * // A commune's sheet with one bonus:
 * z.parse(emulationScoreSheetSchema, {
 *   unit: '16174', cluster: 'A',
 *   entries: [{ criterion: 'economy', attainment: '1.05' }, { criterion: 'society', points: 36 }],
 *   bonus: [{ reason: 'Bằng khen của Thủ tướng', points: 2 }],
 * }).entries.length;
 * //=> 2
 */
export const emulationScoreSheetSchema = z.object({
  /** The unit code (a commune's GSO code, for example). */
  unit: codeSchema,
  /** The emulation cluster (*cụm thi đua*) the unit is ranked in. */
  cluster: codeSchema,
  /** One entry per criterion of the table. */
  entries: z.array(
    z.object({
      /** The criterion code. */
      criterion: codeSchema,
      /** The attainment as a ratio to the target (1.05 = 105%); give this or `points`. */
      attainment: z.optional(decimalSchema),
      /** The points awarded directly, for a criterion scored by assessment; give this or `attainment`. */
      points: z.optional(nonNegativeDecimal),
      /** A note on the entry (its source, the assessor). */
      note: z.optional(z.string()),
    }),
  ),
  /** Bonus points (*điểm thưởng*) with their reasons; none when not given. */
  bonus: z.optional(z.array(adjustmentSchema)),
  /** Penalty points (*điểm trừ*) with their reasons; none when not given. */
  penalties: z.optional(z.array(adjustmentSchema)),
});

/**
 * A unit's score sheet as accepted from JSON: see {@link emulationScoreSheetSchema}.
 *
 * @example
 * // Attainment as a decimal string:
 * const sheet: EmulationScoreSheetInput = { unit: '16174', cluster: 'A', entries: [{ criterion: 'c', attainment: '0.9' }] };
 * sheet.unit;
 * //=> '16174'
 */
export type EmulationScoreSheetInput = z.input<typeof emulationScoreSheetSchema>;

/**
 * A unit's score sheet, parsed: see {@link emulationScoreSheetSchema}.
 *
 * @example
 * // Parsed values are Decimals:
 * const sheet: EmulationScoreSheet = z.parse(emulationScoreSheetSchema, { unit: 'u', cluster: 'A', entries: [{ criterion: 'c', attainment: '0.9' }] });
 * sheet.entries[0]?.attainment?.toString();
 * //=> '0.9'
 */
export type EmulationScoreSheet = z.output<typeof emulationScoreSheetSchema>;

/**
 * The points of one criterion on a unit's score sheet.
 *
 * @example
 * // 105% attainment on a 60-point criterion earns the 60-point cap:
 * const score = scoreEmulation(parseEmulationScoringTable({
 *   name: 'Demo', criteria: [{ code: 'economy', label: 'Kinh tế', maxPoints: 60 }],
 *   grades: [], awards: [], ties: 'standard', quotaTies: 'admit-all',
 * }), { unit: 'u', cluster: 'A', entries: [{ criterion: 'economy', attainment: '1.05' }] });
 * score.criteria[0]?.points.toString();
 * //=> '60'
 */
export interface CriterionScore {
  /** The criterion code. */
  readonly criterion: string;
  /** The criterion's maximum points. */
  readonly maxPoints: Decimal;
  /** The attainment ratio the points come from, or `null` when the points were awarded directly. */
  readonly attainment: Decimal | null;
  /** The points earned, from 0 (or the floor) up to the maximum. */
  readonly points: Decimal;
  /** The points as a share of the maximum (0–1), which the grade floors are checked against. */
  readonly share: Decimal;
}

/**
 * One grade band checked for a unit: whether it was reached and, if not, what was short.
 *
 * @example
 * // 88 points miss "excellent" (90) by 2:
 * const check: GradeCheck = { grade: 'excellent', reached: false, totalShortfall: new Decimal(2), criteriaBelowFloor: [] };
 * check.totalShortfall.toString();
 * //=> '2'
 */
export interface GradeCheck {
  /** The grade code. */
  readonly grade: string;
  /** Whether the unit reached this grade. */
  readonly reached: boolean;
  /** How many points the total was short of the grade's least total (0 when it was not short). */
  readonly totalShortfall: Decimal;
  /** The criteria under the grade's least share of their maximum, in table order. */
  readonly criteriaBelowFloor: readonly string[];
}

/**
 * A unit's emulation score, with its working.
 *
 * @example
 * // Criteria points, bonus and penalty add up to the total:
 * const score = scoreEmulation(parseEmulationScoringTable({
 *   name: 'Demo', criteria: [{ code: 'c', label: 'C', maxPoints: 100 }], maxBonus: 5,
 *   grades: [], awards: [], ties: 'standard', quotaTies: 'admit-all',
 * }), {
 *   unit: 'u', cluster: 'A', entries: [{ criterion: 'c', attainment: '0.9' }],
 *   bonus: [{ reason: 'Cờ thi đua', points: 10 }], penalties: [{ reason: 'Báo cáo chậm', points: 1 }],
 * });
 * [score.criteriaPoints, score.bonusClaimed, score.bonus, score.penalty, score.total].map(String);
 * //=> ['90', '10', '5', '1', '94']
 */
export interface EmulationScore {
  /** The unit code. */
  readonly unit: string;
  /** The cluster (*cụm thi đua*) code. */
  readonly cluster: string;
  /** The points of each criterion, in table order. */
  readonly criteria: readonly CriterionScore[];
  /** The sum of the criteria points. */
  readonly criteriaPoints: Decimal;
  /** The bonus points claimed on the sheet, before the table's cap. */
  readonly bonusClaimed: Decimal;
  /** The bonus points counted, capped at the table's `maxBonus`. */
  readonly bonus: Decimal;
  /** The penalty points. */
  readonly penalty: Decimal;
  /** Criteria points plus bonus minus penalty: what the unit is ranked and graded on. */
  readonly total: Decimal;
  /** The best grade reached, or `null` when none was. */
  readonly grade: string | null;
  /** The grades checked, best first, down to the one reached (all of them when none was). */
  readonly gradeChecks: readonly GradeCheck[];
}

function criterionPoints(criterion: EmulationScoringTable['criteria'][number], attainment: Decimal): Decimal {
  const floor = criterion.floorPoints ?? new DecimalClass(0);
  if (criterion.minAttainment !== undefined && attainment.lt(criterion.minAttainment)) return floor;
  const points = criterion.maxPoints.times(attainment);
  if (points.gt(criterion.maxPoints)) return criterion.maxPoints;
  return points.lt(floor) ? floor : points;
}

/**
 * Scores one unit's sheet on an emulation scoring table: points per criterion from attainment
 * (proportional, capped at the maximum, never under the floor, the floor only under the least
 * attainment) or as awarded, bonus points capped at the table's `maxBonus`, penalty points, the
 * total, and the best grade band whose least total and per-criterion floor the unit reaches.
 *
 * @param table - the parsed scoring table ({@link parseEmulationScoringTable})
 * @param sheet - the unit's sheet: one entry per criterion, bonus and penalties
 * @returns the score with its working: criteria points, bonus, penalty, total, grade and grade checks
 * @throws {@link PlanningError} `invalid-input` listing every problem of the sheet: schema problems, or
 * an unknown, repeated or missing criterion, an entry with both or neither of attainment and points,
 * points above the criterion's maximum
 *
 * @example
 * // 95 points but one criterion at 80% of its maximum: "good", not "excellent" (which needs 85%):
 * const table = parseEmulationScoringTable({
 *   name: 'Demo',
 *   criteria: [{ code: 'economy', label: 'Kinh tế', maxPoints: 75 }, { code: 'security', label: 'Quốc phòng - an ninh', maxPoints: 25 }],
 *   grades: [
 *     { code: 'excellent', label: 'Hoàn thành xuất sắc', minTotal: 90, minCriterionShare: '0.85' },
 *     { code: 'good', label: 'Hoàn thành tốt', minTotal: 80, minCriterionShare: '0.8' },
 *   ],
 *   awards: [], ties: 'standard', quotaTies: 'admit-all',
 * });
 * const score = scoreEmulation(table, { unit: 'u', cluster: 'A', entries: [
 *   { criterion: 'economy', attainment: 1 }, { criterion: 'security', points: 20 },
 * ] });
 * [score.total.toString(), score.grade, score.gradeChecks[0]?.criteriaBelowFloor];
 * //=> ['95', 'good', ['security']]
 */
export function scoreEmulation(table: EmulationScoringTable, sheet: EmulationScoreSheetInput): EmulationScore {
  const result = safeParseInput(emulationScoreSheetSchema, sheet);
  if (!result.success) {
    // The entries that do parse are still checked against the table, in the same run.
    const entriesInput = ownField(sheet, 'entries');
    const entries = parseEach(emulationScoreSheetSchema.shape.entries.def.element, entriesInput).values;
    const unparsed = new Set(
      entries.flatMap((entry, index) => {
        const criterion = entry === undefined && Array.isArray(entriesInput) ? ownField(entriesInput[index], 'criterion') : undefined;
        return typeof criterion === 'string' ? [criterion] : [];
      }),
    );
    const unit = ownField(sheet, 'unit');
    throw issuesError(
      [...issuesFromZod(result.error.issues), ...entryIssues(table, entries, unparsed)],
      `emulation score sheet${typeof unit === 'string' ? ` of unit ${quoteText(unit)}` : ''}`,
    );
  }
  const parsed = deepFreeze(result.data);
  const issues = entryIssues(table, parsed.entries, new Set());
  const byCriterion = new Map<string, EmulationScoreSheet['entries'][number]>();
  for (const entry of parsed.entries) byCriterion.set(entry.criterion, entry);
  const criteria: CriterionScore[] = [];
  table.criteria.forEach((criterion) => {
    const entry = byCriterion.get(criterion.code);
    if (entry === undefined) return;
    const attainment = entry.points === undefined ? (entry.attainment ?? null) : null;
    const points = attainment === null ? (entry.points ?? new DecimalClass(0)) : criterionPoints(criterion, attainment);
    criteria.push({ criterion: criterion.code, maxPoints: criterion.maxPoints, attainment, points, share: points.div(criterion.maxPoints) });
  });
  throwIssues(issues, `emulation score sheet of unit ${quoteText(parsed.unit)}`);
  const criteriaPoints = DecimalClass.sum(0, ...criteria.map((score) => score.points));
  const bonusClaimed = DecimalClass.sum(0, ...(parsed.bonus ?? []).map((bonus) => bonus.points));
  const bonus = table.maxBonus !== undefined && bonusClaimed.gt(table.maxBonus) ? table.maxBonus : bonusClaimed;
  const penalty = DecimalClass.sum(0, ...(parsed.penalties ?? []).map((penalty) => penalty.points));
  const total = criteriaPoints.plus(bonus).minus(penalty);
  const gradeChecks: GradeCheck[] = [];
  let grade: string | null = null;
  for (const band of table.grades) {
    const totalShortfall = band.minTotal.gt(total) ? band.minTotal.minus(total) : new DecimalClass(0);
    const criteriaBelowFloor = criteria.filter((score) => score.share.lt(band.minCriterionShare)).map((score) => score.criterion);
    const reached = totalShortfall.isZero() && criteriaBelowFloor.length === 0;
    gradeChecks.push({ grade: band.code, reached, totalShortfall, criteriaBelowFloor });
    if (reached) {
      grade = band.code;
      break;
    }
  }
  return { unit: parsed.unit, cluster: parsed.cluster, criteria, criteriaPoints, bonusClaimed, bonus, penalty, total, grade, gradeChecks };
}

/**
 * The zod schema of a decision that sets a unit's award apart from the score order, such as the
 * outcome of a cluster's secret ballot (*bỏ phiếu kín*) or a nomination by acclaim (*suy tôn*). It is
 * recorded beside the computed rank and award, never in place of them.
 *
 * @example
 * // The cluster voted a unit to lead:
 * z.parse(emulationDecisionSchema, { unit: '16177', award: 'leader', note: 'Bỏ phiếu kín, 9/11 phiếu' }).award;
 * //=> 'leader'
 */
export const emulationDecisionSchema = z.object({
  /** The unit code. */
  unit: codeSchema,
  /** The award decided, or `null` for none. */
  award: z.nullable(awardTierSchema),
  /** The position decided, when the decision sets one. */
  rank: z.optional(z.int().check(z.minimum(1, { error: 'expected a rank of 1 or more' }))),
  /** The basis of the decision: the vote and its count, the meeting, the document. */
  note: z.string().check(z.minLength(1, { error: 'expected the basis of the decision (the vote, the meeting)' })),
});

/**
 * A decision as accepted from JSON: see {@link emulationDecisionSchema}.
 *
 * @example
 * // No award after all, by vote:
 * const decision: EmulationDecisionInput = { unit: '16180', award: null, note: 'Không đủ phiếu' };
 * decision.award;
 * //=> null
 */
export type EmulationDecisionInput = z.input<typeof emulationDecisionSchema>;

/**
 * A decision, parsed: see {@link emulationDecisionSchema}.
 *
 * @example
 * // A decision with the voted position:
 * const decision: EmulationDecision = { unit: '16177', award: 'leader', rank: 1, note: 'Suy tôn' };
 * decision.rank;
 * //=> 1
 */
export type EmulationDecision = z.output<typeof emulationDecisionSchema>;

/**
 * A unit's place and award in its cluster: the computed rank and award, and beside them any decision
 * that overrides the score order.
 *
 * @example
 * // Read what the score order gave and what was finally decided:
 * const award: EmulationAward = {
 *   unit: '16177', cluster: 'A', total: new Decimal(93), grade: 'excellent', rank: 2, outOf: 5,
 *   award: 'first', overQuota: false, notes: [],
 *   decision: { unit: '16177', award: 'leader', note: 'Bỏ phiếu kín' }, finalAward: 'leader',
 * };
 * [award.award, award.finalAward];
 * //=> ['first', 'leader']
 */
export interface EmulationAward {
  /** The unit code. */
  readonly unit: string;
  /** The cluster code. */
  readonly cluster: string;
  /** The total points the unit was ranked on. */
  readonly total: Decimal;
  /** The unit's grade, or `null` when it reached none. */
  readonly grade: string | null;
  /** The computed rank within the cluster (tie method of the table). */
  readonly rank: number;
  /** The number of units ranked in the cluster. */
  readonly outOf: number;
  /** The award the score order gives, or `null`. */
  readonly award: AwardTier | null;
  /** Whether the unit got its award beyond the quota, being tied at it under `admit-all`. */
  readonly overQuota: boolean;
  /** Why the unit missed a tier it was in line for (grade too low, tied at a quota). */
  readonly notes: readonly string[];
  /** The decision recorded for the unit (a vote), or `null`. */
  readonly decision: EmulationDecision | null;
  /** The award that stands: the decision's when there is one, otherwise the computed one. */
  readonly finalAward: AwardTier | null;
}

/** A unit in its cluster while tiers are filled: its score and rank, and the award it has so far. */
interface Candidate {
  readonly score: EmulationScore;
  readonly rank: number;
  readonly outOf: number;
  award: AwardTier | null;
  overQuota: boolean;
  readonly notes: string[];
}

function tierQuota(rule: EmulationScoringTable['awards'][number], clusterSize: number): number {
  let quota = rule.maxCount ?? Number.POSITIVE_INFINITY;
  if (rule.maxShare !== undefined) quota = Math.min(quota, rule.maxShare.times(clusterSize).floor().toNumber());
  return quota;
}

function pointsOf(score: EmulationScore, code: string): Decimal {
  const found = score.criteria.find((criterion) => criterion.criterion === code);
  if (found === undefined) {
    throw new PlanningError(
      'invalid-argument',
      `the score of unit ${quoteText(score.unit)} has no criterion ${quoteText(code)}; score every sheet with the same table`,
    );
  }
  return found.points;
}

function readDecisions(decisions: readonly EmulationDecisionInput[], units: ReadonlySet<string>): Map<string, EmulationDecision> {
  const whole = safeParseInput(z.array(emulationDecisionSchema), decisions);
  // Each decision is also read on its own, so that the valid ones are checked in the same run.
  const parsed = whole.success ? deepFreeze(whole.data) : parseEach(emulationDecisionSchema, decisions).values;
  const byUnit = new Map<string, EmulationDecision>();
  const issues: Issue[] = whole.success ? [] : issuesFromZod(whole.error.issues);
  parsed.forEach((decision, index) => {
    if (decision === undefined) return;
    if (!units.has(decision.unit)) {
      issues.push({ path: [index, 'unit'], message: `unit ${quoteText(decision.unit)} has no score; a decision must concern a scored unit` });
    } else if (byUnit.has(decision.unit)) {
      issues.push({ path: [index, 'unit'], message: `unit ${quoteText(decision.unit)} has more than one decision` });
    }
    byUnit.set(decision.unit, decision);
  });
  throwIssues(issues, 'emulation decisions');
  return byUnit;
}

/**
 * Ranks the units of each cluster on their total points (then on the table's tie-break criteria) and
 * assigns award tiers by the table's quotas, and records any decision (a vote) beside the computed
 * rank and award.
 *
 * Tiers are filled best first (leader, first, second, third). Each takes, in rank order, the units
 * that have no award yet and reach its least grade, until its quota is used up; a unit that was in
 * line for a tier but lacks the grade gets a note and stays in line for the next. Units tied at the
 * end of a quota all get the tier (`admit-all`, flagged `overQuota`) or all go on to the next tier
 * (`demote-all`), as the table says. Quotas by share are rounded down (20% of 11 units is 2).
 *
 * @param table - the parsed scoring table
 * @param scores - the units' scores ({@link scoreEmulation}), one per unit, any clusters
 * @param decisions - decisions that override the score order, at most one per unit
 * @returns one result per score, in input order: rank, computed award, notes, decision and final award
 * @throws {@link PlanningError} `conflict` when a unit has two scores; `invalid-input` for a malformed
 * decision, a decision about an unscored unit or two decisions for one unit; `invalid-argument` when a
 * score lacks a tie-break criterion of the table
 *
 * @example
 * // Cluster A, one First and one Second award, excellent grade needed for First:
 * const table = parseEmulationScoringTable({
 *   name: 'Demo', criteria: [{ code: 'c', label: 'C', maxPoints: 100 }],
 *   grades: [
 *     { code: 'excellent', label: 'Hoàn thành xuất sắc', minTotal: 90, minCriterionShare: 0 },
 *     { code: 'good', label: 'Hoàn thành tốt', minTotal: 80, minCriterionShare: 0 },
 *   ],
 *   awards: [{ award: 'first', maxCount: 1, minGrade: 'excellent' }, { award: 'second', maxCount: 1 }],
 *   ties: 'standard', quotaTies: 'demote-all',
 * });
 * const scores = [['u1', '0.95'], ['u2', '0.85'], ['u3', '0.70']].map(([unit, attainment]) =>
 *   scoreEmulation(table, { unit: unit ?? '', cluster: 'A', entries: [{ criterion: 'c', attainment: attainment ?? '0' }] }));
 * assignAwards(table, scores).map((result) => [result.unit, result.rank, result.award]);
 * //=> [['u1', 1, 'first'], ['u2', 2, 'second'], ['u3', 3, null]]
 */
export function assignAwards(
  table: EmulationScoringTable,
  scores: readonly EmulationScore[],
  decisions: readonly EmulationDecisionInput[] = [],
): EmulationAward[] {
  if (!isList(scores)) throw new PlanningError('invalid-argument', `scores must be an array of emulation scores; got ${describeValue(scores)}`);
  const tieBreak = table.tieBreak ?? [];
  const ranked = rankLexicographic(scores, {
    key: (score) => score.unit,
    group: (score) => score.cluster,
    criteria: [
      { value: (score) => score.total, direction: 'descending', name: 'total' },
      ...tieBreak.map((code) => ({ value: (score: EmulationScore) => pointsOf(score, code), direction: 'descending' as const, name: code })),
    ],
    ties: table.ties,
    missing: 'last',
  });
  const decisionByUnit = readDecisions(decisions, new Set(scores.map((score) => score.unit)));
  const gradeOrder = new Map(table.grades.map((grade, index) => [grade.code, index]));
  const candidates = ranked.map(
    (result): Candidate => ({ score: result.item, rank: result.rank ?? Number.POSITIVE_INFINITY, outOf: result.outOf, award: null, overQuota: false, notes: [] }),
  );
  const clusters = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const members = clusters.get(candidate.score.cluster);
    if (members === undefined) clusters.set(candidate.score.cluster, [candidate]);
    else members.push(candidate);
  }
  for (const members of clusters.values()) {
    // Stable sort: units of equal rank stay in input order.
    members.sort((a, b) => a.rank - b.rank);
    for (const rule of table.awards) {
      fillTier(rule, members, (candidate) => isEligible(candidate.score, rule.minGrade, gradeOrder), table.quotaTies);
    }
  }
  const awards = candidates.map((candidate) => {
    const decision = decisionByUnit.get(candidate.score.unit) ?? null;
    return {
      unit: candidate.score.unit,
      cluster: candidate.score.cluster,
      total: candidate.score.total,
      grade: candidate.score.grade,
      rank: candidate.rank,
      outOf: candidate.outOf,
      award: candidate.award,
      overQuota: candidate.overQuota,
      notes: candidate.notes,
      decision,
      finalAward: decision === null ? candidate.award : decision.award,
    };
  });
  flagDecisionsOverQuota(table, awards, clusters);
  return awards;
}

/**
 * A decision (a vote) may give a tier beyond its quota in the cluster: the award stands, as the
 * decision is recorded, but it is flagged `overQuota` with a note that says by how much, never
 * passed over in silence.
 */
function flagDecisionsOverQuota(table: EmulationScoringTable, awards: { -readonly [K in keyof EmulationAward]: EmulationAward[K] }[], clusters: ReadonlyMap<string, readonly Candidate[]>): void {
  for (const rule of table.awards) {
    const label = awardTierLabels[rule.award].en;
    for (const [cluster, members] of clusters) {
      const quota = tierQuota(rule, members.length);
      const holders = awards.filter((award) => award.cluster === cluster && award.finalAward === rule.award);
      if (holders.length <= quota) continue;
      for (const holder of holders) {
        if (holder.decision === null || holder.award === rule.award) continue;
        holder.overQuota = true;
        holder.notes = [
          ...holder.notes,
          `the decision gives ${label}, which ${String(holders.length)} units of cluster ${quoteText(cluster)} now hold over a quota of ${String(quota)}`,
        ];
      }
    }
  }
}

function isEligible(score: EmulationScore, minGrade: string | undefined, gradeOrder: ReadonlyMap<string, number>): boolean {
  if (minGrade === undefined) return true;
  if (score.grade === null) return false;
  return (gradeOrder.get(score.grade) ?? Number.POSITIVE_INFINITY) <= (gradeOrder.get(minGrade) ?? -1);
}

function fillTier(
  rule: EmulationScoringTable['awards'][number],
  members: readonly Candidate[],
  eligible: (candidate: Candidate) => boolean,
  quotaTies: EmulationScoringTable['quotaTies'],
): void {
  const label = awardTierLabels[rule.award].en;
  let remaining = tierQuota(rule, members.length);
  const open = members.filter((candidate) => candidate.award === null);
  let start = 0;
  while (start < open.length && remaining > 0) {
    const rankHere = open[start]?.rank;
    let end = start + 1;
    while (end < open.length && open[end]?.rank === rankHere) end += 1;
    const inLine: Candidate[] = [];
    for (const candidate of open.slice(start, end)) {
      if (eligible(candidate)) inLine.push(candidate);
      else candidate.notes.push(`in line for ${label} but below its grade ${quoteText(rule.minGrade ?? '')}`);
    }
    if (inLine.length > remaining) {
      const places = `${remaining} place${remaining === 1 ? '' : 's'} left for ${inLine.length} tied units`;
      for (const candidate of inLine) {
        if (quotaTies === 'admit-all') {
          candidate.award = rule.award;
          candidate.overQuota = true;
          candidate.notes.push(`tied at the ${label} quota (${places}): all admitted`);
        } else {
          candidate.notes.push(`tied at the ${label} quota (${places}): all moved on to the next tier`);
        }
      }
      return;
    }
    for (const candidate of inLine) candidate.award = rule.award;
    remaining -= inLine.length;
    start = end;
  }
}
