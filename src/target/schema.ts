import * as z from 'zod/mini';
import { type Decimal, decimalSchema, maxCodeLength } from '../numeric/index.js';
import { isoDateSchema, periodCodeSchema } from '../period/index.js';
import { codeSchema, indicatorUnitSchema, labelsSchema } from '../indicator/index.js';

/**
 * How a target compares the assessed quantity `q` with its value `T` (or bounds), with the Vietnamese
 * wording that plans use:
 *
 * | comparator | rule | Vietnamese |
 * |---|---|---|
 * | `at-least` | q ≥ T | "X trở lên", "tối thiểu X", "ít nhất X", "phấn đấu đạt X" |
 * | `more-than` | q > T | "trên X" |
 * | `at-most` | q ≤ T | "X trở xuống", "không quá X", "tối đa X" |
 * | `less-than` | q < T | "dưới X" |
 * | `equal` | q = T | "đạt 100%" |
 * | `between` | lower ≤ q ≤ upper | "từ X đến Y", "X–Y" |
 * | `approximately` | abs(q − T) ≤ tolerance | "khoảng X" |
 * | `maintain` | q not worse than T, or (for a level) than the base value when no T is given | "giữ vững", "duy trì" |
 *
 * @example
 * // "tăng trưởng giá trị sản xuất đạt 5,6% trở lên":
 * const comparator: Comparator = 'at-least';
 * comparator;
 * //=> 'at-least'
 */
export type Comparator =
  | 'at-least'
  | 'more-than'
  | 'at-most'
  | 'less-than'
  | 'equal'
  | 'between'
  | 'approximately'
  | 'maintain';

/** Every {@link Comparator}. */
export const comparators: readonly Comparator[] = [
  'at-least',
  'more-than',
  'at-most',
  'less-than',
  'equal',
  'between',
  'approximately',
  'maintain',
];

/**
 * What quantity a target is about, derived from the actual value `A` of the target period and the
 * value `B` of the base period:
 *
 * | basis | quantity | example |
 * |---|---|---|
 * | `level` | A | "thu nhập bình quân đầu người đạt 45 triệu đồng" |
 * | `change` | A − B, in the indicator's unit | "có thêm 2 xã đạt chuẩn nông thôn mới" |
 * | `growth` | (A − B) / B × 100, in percent | "tăng trưởng giá trị sản xuất 5,6% trở lên" |
 * | `point-change` | A − B of a rate, in percentage points | "tỷ lệ hộ nghèo giảm 1,5 điểm %" |
 * | `cumulative` | Σ A over the periods of a range | "lũy kế 2021–2025 huy động 5.000 tỷ đồng" |
 *
 * @example
 * // "có thêm 2 xã" is a change from the base year:
 * const basis: TargetBasis = 'change';
 * basis;
 * //=> 'change'
 */
export type TargetBasis = 'level' | 'change' | 'growth' | 'point-change' | 'cumulative';

/** Every {@link TargetBasis}. */
export const targetBases: readonly TargetBasis[] = ['level', 'change', 'growth', 'point-change', 'cumulative'];

/**
 * The kind of document a target comes from, from the most to the least political:
 *
 * - `party-resolution`: a Party Congress resolution (Nghị quyết Đại hội Đảng bộ), for its term;
 * - `five-year-plan`: the five-year socio-economic plan (kế hoạch 5 năm) adopted by the People's Council;
 * - `council-resolution`: the annual People's Council resolution (Nghị quyết HĐND);
 * - `province-assigned`: a target assigned by the province (kế hoạch tỉnh giao);
 * - `budget-estimate`: a budget estimate (dự toán ngân sách), province- or district-assigned;
 * - `annual-plan`: the People's Committee's annual plan (kế hoạch UBND);
 * - `other`.
 *
 * @example
 * // The district's annual People's Council resolution:
 * const kind: PlanDocumentKind = 'council-resolution';
 * kind;
 * //=> 'council-resolution'
 */
export type PlanDocumentKind =
  | 'party-resolution'
  | 'five-year-plan'
  | 'council-resolution'
  | 'province-assigned'
  | 'budget-estimate'
  | 'annual-plan'
  | 'other';

/** Every {@link PlanDocumentKind}. */
export const planDocumentKinds: readonly PlanDocumentKind[] = [
  'party-resolution',
  'five-year-plan',
  'council-resolution',
  'province-assigned',
  'budget-estimate',
  'annual-plan',
  'other',
];

/**
 * The zod schema of a {@link PlanDocumentKind}.
 *
 * @example
 * // A budget estimate:
 * z.parse(planDocumentKindSchema, 'budget-estimate');
 * //=> 'budget-estimate'
 */
export const planDocumentKindSchema: z.ZodMiniType<PlanDocumentKind, PlanDocumentKind> = z.enum(
  planDocumentKinds as [PlanDocumentKind, ...PlanDocumentKind[]],
);

/**
 * The zod schema of a {@link Comparator}.
 *
 * @example
 * // "X trở lên":
 * z.parse(comparatorSchema, 'at-least');
 * //=> 'at-least'
 */
export const comparatorSchema: z.ZodMiniType<Comparator, Comparator> = z.enum(comparators as [Comparator, ...Comparator[]]);

/**
 * The zod schema of a {@link TargetBasis}.
 *
 * @example
 * // "có thêm 2 xã":
 * z.parse(targetBasisSchema, 'change');
 * //=> 'change'
 */
export const targetBasisSchema: z.ZodMiniType<TargetBasis, TargetBasis> = z.enum(targetBases as [TargetBasis, ...TargetBasis[]]);

/**
 * The zod schema of the document a target or plan comes from.
 *
 * @example
 * // A People's Council resolution:
 * z.parse(planDocumentSchema, { kind: 'council-resolution', reference: 'Nghị quyết số 123/NQ-HĐND' }).kind;
 * //=> 'council-resolution'
 */
export const planDocumentSchema = z.object({
  /** The kind of document. */
  kind: planDocumentKindSchema,
  /** Its title. */
  title: z.optional(z.string()),
  /** Its number or reference, such as "Nghị quyết số 123/NQ-HĐND". */
  reference: z.optional(z.string()),
  /** The date it was adopted or signed. */
  date: z.optional(isoDateSchema),
  /** Where it was read (a URL, an archive reference). */
  url: z.optional(z.string()),
});

/**
 * The document a target or plan comes from.
 *
 * @example
 * // The source of the Như Xuân 2024 targets:
 * nhuXuanPlan2024.document.kind;
 * //=> 'annual-plan'
 */
export type PlanDocument = z.output<typeof planDocumentSchema>;

/**
 * The zod schema of a milestone: the value a target expects by the end of a sub-period.
 *
 * @example
 * // Half of a 1,000 tỷ investment target by mid-year:
 * z.parse(milestoneSchema, { period: '2024-S1', value: 500 }).value.toString();
 * //=> '500'
 */
export const milestoneSchema = z.object({
  /** The sub-period (canonical code) the milestone is due at the end of. */
  period: periodCodeSchema,
  /** The expected value of the assessed quantity by then, in the target's unit. */
  value: decimalSchema,
});

/**
 * The expected value of a target's quantity by the end of a sub-period.
 *
 * @example
 * // A quarterly milestone:
 * const milestone: Milestone = { period: '2024-Q2', value: toDecimal(480) };
 * milestone.period;
 * //=> '2024-Q2'
 */
export type Milestone = z.output<typeof milestoneSchema>;

const bounded = new Set<Comparator>(['at-least', 'more-than', 'at-most', 'less-than', 'equal', 'approximately']);
const basesWithBase = new Set<TargetBasis>(['level', 'change', 'growth', 'point-change']);

/**
 * The zod schema of a target: which indicator, area and period; how the assessed quantity is derived
 * (`basis`, with `basePeriod`); how it is compared (`comparator`, with `value`, `lower`/`upper` or a
 * tolerance); in which unit the value is written; milestones; and the document it comes from.
 *
 * Cross-field rules, each reported with its path: a comparator needs its bound (`value`, or `lower` and
 * `upper` with lower ≤ upper for `between`, and a tolerance for `approximately`); `basePeriod` is for the
 * level, change, growth, point-change and maintain forms only, ends before the target period. The checks against the plan (base before the target period, a year for an average growth,
 * milestones within the target period) are `parsePlan`'s.
 *
 * @example
 * // "tăng trưởng giá trị sản xuất đạt 5,6% trở lên" (2024, base 2023):
 * const target = z.parse(targetSchema, {
 *   id: 'T1', indicator: 'PRODUCTION_VALUE', area: '402', period: '2024',
 *   basis: 'growth', basePeriod: '2023', comparator: 'at-least', value: '5.6',
 *   document: { kind: 'annual-plan' },
 * });
 * target.value?.toString();
 * //=> '5.6'
 */
export const targetSchema = z
  .object({
    /** A code that identifies the target within its plan (`T1`, `INCOME_2024`). */
    id: codeSchema,
    /** The indicator's code. */
    indicator: codeSchema,
    /** The administrative area's code. */
    area: z.string().check(z.minLength(1), z.maxLength(maxCodeLength)),
    /** The period the target is for (canonical code): `2024`, `2021/2025`, `2024-S1`. */
    period: periodCodeSchema,
    /** What quantity is assessed: the level, a change, a growth rate, a point change or a cumulative sum. */
    basis: targetBasisSchema,
    /**
     * The base period of a change, growth, point change or maintained level, and the period a level's
     * pace path starts from. When absent: for a range of years (2021/2025) the year before it (2020),
     * else the same period a year earlier.
     */
    basePeriod: z.optional(periodCodeSchema),
    /** How the quantity is compared with the value or bounds. */
    comparator: comparatorSchema,
    /** The target value, in `unit` (or the indicator's unit); percent for growth, points for point-change. */
    value: z.optional(decimalSchema),
    /** The lower bound of a `between` target. */
    lower: z.optional(decimalSchema),
    /** The upper bound of a `between` target. */
    upper: z.optional(decimalSchema),
    /** For `approximately`: the largest accepted absolute difference, in the target's unit. */
    tolerance: z.optional(decimalSchema),
    /** The unit the value is written in when it differs from the indicator's (1.000 tỷ đồng for a target in triệu đồng). */
    unit: z.optional(indicatorUnitSchema),
    /** Expected values by the end of sub-periods. */
    milestones: z.optional(z.array(milestoneSchema)),
    /** The document the target comes from. */
    document: planDocumentSchema,
    /** The target as the document words it, in Vietnamese and English. */
    text: z.optional(labelsSchema),
    /** A group for summaries (economy, society, environment...); the indicator's group when absent. */
    group: z.optional(z.string()),
  })
  .check(
    z.superRefine((target, context) => {
      for (const [path, message] of targetRuleProblems(target)) context.issues.push({ code: 'custom', input: target, path: [path], message });
    }),
  );

/** The fields of a target that its cross-field rules read. */
interface TargetRuleFields {
  readonly basis: TargetBasis;
  readonly comparator: Comparator;
  readonly basePeriod?: string | undefined;
  readonly value?: Decimal | undefined;
  readonly lower?: Decimal | undefined;
  readonly upper?: Decimal | undefined;
  readonly tolerance?: Decimal | undefined;
}

/**
 * @internal The cross-field rules of {@link targetSchema}, as [field, message] pairs (none for a
 * target that keeps them): the schema reports each as an issue, and the fast first pass of
 * `parsePlan` leaves a target that breaks one to the schema.
 */
export function targetRuleProblems(target: TargetRuleFields): [string, string][] {
  const problems: [string, string][] = [];
  const issue = (path: string, message: string): void => {
    problems.push([path, message]);
  };
  if (bounded.has(target.comparator) && target.value === undefined) {
    issue('value', `comparator ${target.comparator} needs a value`);
  }
  if (target.comparator === 'between') {
    if (target.lower === undefined || target.upper === undefined) {
      issue(target.lower === undefined ? 'lower' : 'upper', 'comparator between needs both lower and upper');
    } else if (target.lower.greaterThan(target.upper)) {
      issue('lower', `lower (${target.lower.toString()}) must not exceed upper (${target.upper.toString()})`);
    }
  }
  if (target.comparator === 'approximately' && target.tolerance === undefined) {
    issue('tolerance', 'comparator approximately needs a tolerance (the largest accepted difference)');
  }
  if (target.tolerance?.isNegative() === true) issue('tolerance', 'tolerance must not be negative');
  if (target.comparator === 'maintain' && target.value === undefined && target.basis !== 'level') {
    issue('value', `comparator maintain needs a value for a ${target.basis} target; without one it keeps the base level, which only a level target has`);
  }
  if (target.basePeriod !== undefined && !basesWithBase.has(target.basis) && target.comparator !== 'maintain') {
    issue('basePeriod', `a ${target.basis} target has no base period; basePeriod is for level, change, growth, point-change and maintain`);
  }
  return problems;
}

/**
 * A target, inferred from {@link targetSchema}.
 *
 * @example
 * // The second target of the Như Xuân 2024 plan (income per person):
 * const target: Target = nhuXuanPlan2024.targets[1]!;
 * [target.basis, target.comparator, target.value?.toString()];
 * //=> ['level', 'at-least', '45']
 */
export type Target = z.output<typeof targetSchema>;

/**
 * A target as accepted from JSON.
 *
 * @example
 * // "có thêm 2 xã đạt chuẩn nông thôn mới":
 * const input: TargetInput = {
 *   id: 'T4', indicator: 'NTM_COMMUNES', area: '402', period: '2024', basis: 'change', basePeriod: '2023',
 *   comparator: 'at-least', value: 2, document: { kind: 'annual-plan' },
 * };
 * input.basis;
 * //=> 'change'
 */
export type TargetInput = z.input<typeof targetSchema>;

/**
 * The zod schema of a plan: the targets adopted for one area and one period by one document.
 * `illustrative` must be true for example data that is not official.
 *
 * @example
 * // A plan with no targets yet:
 * z.parse(planSchema, {
 *   id: 'NX-2024', title: { vi: 'Kế hoạch 2024' }, area: '402', period: '2024',
 *   document: { kind: 'annual-plan' }, targets: [],
 * }).period;
 * //=> '2024'
 */
export const planSchema = z.object({
  /** A code for the plan. */
  id: codeSchema,
  /** The plan's title. */
  title: labelsSchema,
  /** The administrative area the plan is for. */
  area: z.string().check(z.minLength(1), z.maxLength(maxCodeLength)),
  /** The plan period. */
  period: periodCodeSchema,
  /** The document that adopted it. */
  document: planDocumentSchema,
  /** The targets. */
  targets: z.array(targetSchema),
  /** True for example data that is not official. */
  illustrative: z.optional(z.boolean()),
  /** A free note. */
  note: z.optional(z.string()),
});

/**
 * A plan, inferred from {@link planSchema}.
 *
 * @example
 * // The Như Xuân 2024 plan has eight targets:
 * const plan: Plan = nhuXuanPlan2024;
 * plan.targets.length;
 * //=> 8
 */
export type Plan = z.output<typeof planSchema>;

/**
 * A plan as accepted from JSON.
 *
 * @example
 * // The smallest plan:
 * const input: PlanInput = {
 *   id: 'P', title: { vi: 'Kế hoạch' }, area: '402', period: '2024', document: { kind: 'other' }, targets: [],
 * };
 * input.targets.length;
 * //=> 0
 */
export type PlanInput = z.input<typeof planSchema>;
