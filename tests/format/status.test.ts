import { describe, expect, it } from 'vitest';
import { type ReportStatus, assessmentStatuses, formatStatus, statusLabels } from '../../src/index.js';
import { expectFailure } from './helpers.js';

describe('formatStatus', () => {
  it('names assessment statuses in the words of Vietnamese plan reports and in English', () => {
    expect(assessmentStatuses.map((status) => formatStatus(status, 'vi'))).toEqual([
      'Vượt kế hoạch',
      'Đạt',
      'Không đạt',
      'Không đánh giá được',
    ]);
    expect(assessmentStatuses.map((status) => formatStatus(status, 'en'))).toEqual(['Exceeded', 'Met', 'Not met', 'Not assessable']);
  });

  it('names pace statuses', () => {
    const paces: ReportStatus[] = ['ahead', 'on-pace', 'behind'];
    expect(paces.map((status) => formatStatus(status, 'vi'))).toEqual(['Vượt tiến độ', 'Đúng tiến độ', 'Chậm tiến độ']);
    expect(paces.map((status) => formatStatus(status, 'en'))).toEqual(['Ahead of schedule', 'On schedule', 'Behind schedule']);
  });

  it('has a label in both languages for every status, and the labels differ', () => {
    const entries = Object.values(statusLabels);
    expect(entries).toHaveLength(7);
    expect(new Set(entries.map((labels) => labels.vi)).size).toBe(7);
    expect(new Set(entries.map((labels) => labels.en)).size).toBe(7);
  });

  it('refuses an unknown status, listing the known ones, and an unknown language', () => {
    expectFailure(
      () => formatStatus('done' as ReportStatus, 'vi'),
      'invalid-argument',
      'formatStatus: unknown status "done"; expected one of exceeded, met, not-met, not-assessable, ahead, on-pace, behind',
    );
    expectFailure(() => formatStatus('toString' as ReportStatus, 'vi'), 'invalid-argument', 'unknown status "toString"');
    expectFailure(() => formatStatus('met', 'VI' as 'vi'), 'invalid-argument', 'formatStatus: lang');
  });
});
