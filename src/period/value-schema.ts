import * as z from 'zod/mini';
import { type Period, periodShape } from './model.js';
import { periodIssues } from './validation.js';

/**
 * The zod schema of a period value (objects only; {@link periodSchema} also accepts codes). Besides
 * the shape it checks every value rule: years {@link minPeriodYear}..{@link maxPeriodYear}, half 1-2,
 * quarter 1-4, month 1-12, ISO weeks that exist in their week-year (`2025` has no week 53), real
 * calendar days (`2025-02-29` is refused), fiscal years starting in months 2-12, and ranges whose two
 * ends have one type and do not run backwards. Every problem is reported with its path. The parsed
 * value is frozen.
 *
 * @example
 * // Validate a period object read from JSON:
 * z.safeParse(periodValueSchema, { type: 'quarter', year: 2024, quarter: 5 }).success;
 * //=> false
 */
export const periodValueSchema: z.ZodMiniType<Period> = periodShape.check(
  z.superRefine((value, context) => {
    for (const issue of periodIssues(value)) {
      context.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], input: value });
    }
  }),
);
