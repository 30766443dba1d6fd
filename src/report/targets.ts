/*
 * Internal helpers shared by the scorecard and growth builders: how a target's comparator and period
 * are written beside its value.
 */
import { parsePeriod } from '../period/index.js';
import type { Comparator, Target } from '../target/index.js';
import type { TargetAssessment } from '../attainment/index.js';
import { type Language, formatPeriodLabel } from '../format/index.js';

const comparatorSigns: Readonly<Record<Exclude<Comparator, 'between' | 'maintain'>, string>> = {
  'at-least': '≥',
  'more-than': '>',
  'at-most': '≤',
  'less-than': '<',
  equal: '=',
  approximately: '≈',
};

/** The sign written before a target value (`≥`); none for `between`, the rule's direction for `maintain`. */
export function comparatorSign(assessment: TargetAssessment): string {
  const { comparator } = assessment.target;
  if (comparator === 'between') return '';
  if (comparator === 'maintain') return assessment.rule.startsWith('q ≤') ? '≤' : '≥';
  return comparatorSigns[comparator];
}

/** True for a growth target over a range of periods: its value is an average growth a year. */
export function isAverageGrowthTarget(target: Target): boolean {
  return target.basis === 'growth' && parsePeriod(target.period).type === 'range';
}

/**
 * What follows a target value to say which period it is for: ` năm 2024` / ` in 2024`, and for an
 * average growth over a range `/năm giai đoạn 2021–2025` / ` a year over 2021–2025`.
 */
export function targetPeriodPhrase(target: Target, lang: Language): string {
  const label = formatPeriodLabel(target.period, lang, { inSentence: true });
  if (isAverageGrowthTarget(target)) return lang === 'vi' ? `/năm ${label}` : ` a year over ${label}`;
  return lang === 'vi' ? ` ${label}` : ` in ${label}`;
}
