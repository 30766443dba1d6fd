import { PlanningError, quoteText } from '../numeric/index.js';
import type { AssessmentStatus, PaceStatus } from '../attainment/index.js';
import { type Language, checkLanguage } from './language.js';

/**
 * A status that {@link formatStatus} names: an assessment status of a target (`exceeded`, `met`,
 * `not-met`, `not-assessable`) or a pace status within a period (`ahead`, `on-pace`, `behind`).
 *
 * @example
 * // Both kinds of status:
 * const statuses: ReportStatus[] = ['exceeded', 'behind'];
 * statuses.map((status) => formatStatus(status, 'vi'));
 * //=> ['Vượt kế hoạch', 'Chậm tiến độ']
 */
export type ReportStatus = AssessmentStatus | PaceStatus;

/**
 * The labels of every {@link ReportStatus}, in Vietnamese (the words of Vietnamese plan reports:
 * *vượt kế hoạch*, *đạt*, *không đạt*; *vượt tiến độ*, *đúng tiến độ*, *chậm tiến độ*) and English.
 *
 * @example
 * // The label of a target that was not met:
 * statusLabels['not-met'];
 * //=> { vi: 'Không đạt', en: 'Not met' }
 */
export const statusLabels: Readonly<Record<ReportStatus, Readonly<Record<Language, string>>>> = Object.freeze({
  exceeded: Object.freeze({ vi: 'Vượt kế hoạch', en: 'Exceeded' }),
  met: Object.freeze({ vi: 'Đạt', en: 'Met' }),
  'not-met': Object.freeze({ vi: 'Không đạt', en: 'Not met' }),
  'not-assessable': Object.freeze({ vi: 'Không đánh giá được', en: 'Not assessable' }),
  ahead: Object.freeze({ vi: 'Vượt tiến độ', en: 'Ahead of schedule' }),
  'on-pace': Object.freeze({ vi: 'Đúng tiến độ', en: 'On schedule' }),
  behind: Object.freeze({ vi: 'Chậm tiến độ', en: 'Behind schedule' }),
});

/**
 * Names an assessment or pace status in Vietnamese or English, as a table cell: `exceeded` is
 * `Vượt kế hoạch` / `Exceeded`, `met` is `Đạt` / `Met`, `not-met` is `Không đạt` / `Not met`,
 * `not-assessable` is `Không đánh giá được` / `Not assessable`; `ahead`, `on-pace` and `behind` are
 * `Vượt tiến độ`, `Đúng tiến độ` and `Chậm tiến độ` / `Ahead of schedule`, `On schedule` and
 * `Behind schedule`.
 *
 * @param status - the status, from `assessTarget` or `paceAgainstTarget`
 * @param lang - the language of the label
 * @returns the label
 * @throws {@link PlanningError} `invalid-argument` for an unknown status or language
 *
 * @example
 * // The status column of a plan scorecard:
 * (['exceeded', 'met', 'not-met'] as const).map((status) => formatStatus(status, 'vi'));
 * //=> ['Vượt kế hoạch', 'Đạt', 'Không đạt']
 */
export function formatStatus(status: ReportStatus, lang: Language): string {
  checkLanguage(lang, 'formatStatus');
  const labels = Object.hasOwn(statusLabels, status) ? statusLabels[status] : undefined;
  if (labels === undefined) {
    throw new PlanningError(
      'invalid-argument',
      `formatStatus: unknown status ${quoteText(status)}; expected one of ${Object.keys(statusLabels).join(', ')}`,
    );
  }
  return labels[lang];
}
