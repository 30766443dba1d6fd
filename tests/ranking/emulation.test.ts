import * as z from 'zod/mini';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type EmulationScoreSheetInput,
  type EmulationScoringTable,
  type EmulationScoringTableInput,
  assignAwards,
  awardTierLabels,
  awardTierSchema,
  formatPath,
  parseEmulationScoringTable,
  scoreEmulation,
} from '../../src/index.js';
import { caught } from './caught.js';


// Grade bands as in the Nghệ An pattern: excellent ≥ 90 with no criterion under 85% of its maximum,
// good ≥ 80 with none under 80%, completed ≥ 70 with none under 70%.
const tableInput: EmulationScoringTableInput = {
  name: 'Bảng chấm điểm thi đua các xã, thị trấn năm 2024 (demo)',
  criteria: [
    { code: 'economy', label: 'Phát triển kinh tế', maxPoints: 40, minAttainment: '0.5' },
    { code: 'budget', label: 'Thu ngân sách', maxPoints: 20, minAttainment: 1 },
    { code: 'society', label: 'Văn hóa - xã hội', maxPoints: 25, floorPoints: 5 },
    { code: 'security', label: 'Quốc phòng - an ninh', maxPoints: 15 },
  ],
  maxBonus: 5,
  grades: [
    { code: 'excellent', label: 'Hoàn thành xuất sắc', minTotal: 90, minCriterionShare: '0.85' },
    { code: 'good', label: 'Hoàn thành tốt', minTotal: 80, minCriterionShare: '0.8' },
    { code: 'completed', label: 'Hoàn thành', minTotal: 70, minCriterionShare: '0.7' },
  ],
  awards: [
    { award: 'leader', maxCount: 1, minGrade: 'excellent' },
    { award: 'first', maxCount: 1, minGrade: 'excellent' },
    { award: 'second', maxCount: 2, minGrade: 'good' },
    { award: 'third', maxShare: '0.5' },
  ],
  ties: 'standard',
  tieBreak: ['economy'],
  quotaTies: 'demote-all',
};
// Parsed in each test rather than when the file loads, so that mutation testing can tell which tests
// run the table checks (code run at load counts as static and reruns every test of the domain).
let table: EmulationScoringTable;
beforeEach(() => {
  table = parseEmulationScoringTable(tableInput);
});

function sheet(unit: string, cluster: string, attainment: { economy: string; budget: string; society: string; security: string }, extra: Partial<EmulationScoreSheetInput> = {}): EmulationScoreSheetInput {
  return {
    unit,
    cluster,
    entries: [
      { criterion: 'economy', attainment: attainment.economy },
      { criterion: 'budget', attainment: attainment.budget },
      { criterion: 'society', attainment: attainment.society },
      { criterion: 'security', points: attainment.security },
    ],
    ...extra,
  };
}

describe('parseEmulationScoringTable', () => {
  it('parses a table into Decimals and freezes it', () => {
    expect(table.criteria[0]?.maxPoints.toString()).toBe('40');
    expect(table.grades[0]?.minCriterionShare.toString()).toBe('0.85');
    expect(Object.isFrozen(table.criteria)).toBe(true);
  });

  it('reports every schema problem at once, with paths', () => {
    const error = caught(() =>
      parseEmulationScoringTable({ ...tableInput, criteria: [{ code: '', label: 'x', maxPoints: 0 }], ties: 'ordinal', quotaTies: 'maybe' }),
    );
    expect(error.code).toBe('invalid-input');
    // With the schema problems, in the same run: the tie-break names a criterion the table lacks.
    expect(error.issues.map((issue) => formatPath(issue.path))).toEqual(['criteria[0].code', 'criteria[0].maxPoints', 'ties', 'quotaTies', 'tieBreak[0]']);
    expect(error.message).toMatch(/ordinal is refused: list tie-breaking criteria in tieBreak/);
  });

  it('checks the table as a whole: codes, floors, grade order, tier order and quotas, references', () => {
    const error = caught(() =>
      parseEmulationScoringTable({
        ...tableInput,
        criteria: [
          { code: 'economy', label: 'a', maxPoints: 10, floorPoints: 12 },
          { code: 'economy', label: 'b', maxPoints: 10 },
        ],
        grades: [
          { code: 'good', label: 'Tốt', minTotal: 80, minCriterionShare: '0.8' },
          { code: 'excellent', label: 'Xuất sắc', minTotal: 90, minCriterionShare: '0.85' },
          { code: 'good', label: 'Tốt', minTotal: 70, minCriterionShare: '0.7' },
        ],
        awards: [
          { award: 'first', maxCount: 1 },
          { award: 'leader', maxCount: 1, minGrade: 'outstanding' },
          { award: 'second' },
        ],
        tieBreak: ['economy', 'security', 'economy'],
      }),
    );
    expect(error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)).toEqual([
      'criteria[0].floorPoints: floorPoints 12 is above maxPoints 10',
      'criteria[1].code: criterion code "economy" is used twice',
      'grades[1].minTotal: grades must be listed best first; minTotal 90 is above the 80 of the grade before',
      'grades[2].code: grade code "good" is used twice',
      `grades[0].minTotal: grade "good" needs 80 points, more than the 25 the table gives at most (its criteria's maxPoints and maxBonus); no unit could reach it`,
      `grades[1].minTotal: grade "excellent" needs 90 points, more than the 25 the table gives at most (its criteria's maxPoints and maxBonus); no unit could reach it`,
      `grades[2].minTotal: grade "good" needs 70 points, more than the 25 the table gives at most (its criteria's maxPoints and maxBonus); no unit could reach it`,
      'awards[1].award: award tiers must be listed once each, in the order leader, first, second, third; "leader" comes too late',
      'awards[1].minGrade: unknown grade "outstanding"; the grades are "good", "excellent"',
      'awards[2]: an award tier needs a quota per cluster: maxCount, maxShare or both',
      'tieBreak[1]: unknown criterion "security"; the criteria are "economy"',
      'tieBreak[2]: criterion "economy" is listed twice',
    ]);
  });
});

describe('scoreEmulation: points per criterion', () => {
  const score = (attainment: { economy: string; budget: string; society: string; security: string }) => scoreEmulation(table, sheet('u', 'A', attainment));
  const full = { economy: '1', budget: '1', society: '1', security: '15' };

  it('earns points in proportion to attainment', () => {
    expect(score({ ...full, economy: '0.9' }).criteria[0]?.points.toString()).toBe('36');
  });

  it('caps points at the criterion maximum', () => {
    const result = score({ ...full, economy: '1.3' });
    expect(result.criteria[0]?.points.toString()).toBe('40');
    expect(result.criteria[0]?.attainment?.toString()).toBe('1.3');
  });

  it('earns nothing under the least attainment, proportional points from it on', () => {
    expect(score({ ...full, economy: '0.49' }).criteria[0]?.points.toString()).toBe('0');
    expect(score({ ...full, economy: '0.5' }).criteria[0]?.points.toString()).toBe('20');
  });

  it('scores all or nothing when the least attainment is 100%', () => {
    expect(score({ ...full, budget: '0.999' }).criteria[1]?.points.toString()).toBe('0');
    expect(score({ ...full, budget: '1' }).criteria[1]?.points.toString()).toBe('20');
  });

  it('never scores under the floor points', () => {
    expect(score({ ...full, society: '0.1' }).criteria[2]?.points.toString()).toBe('5');
    expect(score({ ...full, society: '-0.5' }).criteria[2]?.points.toString()).toBe('5');
    expect(score({ ...full, society: '0.4' }).criteria[2]?.points.toString()).toBe('10');
  });

  it('takes points awarded directly as they are, with no attainment', () => {
    const result = score({ ...full, security: '12.5' });
    expect(result.criteria[3]?.points.toString()).toBe('12.5');
    expect(result.criteria[3]?.attainment).toBeNull();
    expect(result.criteria[3]?.share.toString()).toBe('0.8333333333333333333333333333333333333333');
  });
});

describe('scoreEmulation: totals, bonus and penalty', () => {
  it('adds bonus points up to the cap and takes penalty points off', () => {
    const result = scoreEmulation(
      table,
      sheet('u', 'A', { economy: '1', budget: '1', society: '0.8', security: '15' }, {
        bonus: [
          { reason: 'Bằng khen của Thủ tướng', points: 4 },
          { reason: 'Cờ thi đua của tỉnh', points: 3 },
        ],
        penalties: [{ reason: 'Chậm báo cáo', points: '1.5' }],
      }),
    );
    expect(result.criteriaPoints.toString()).toBe('95');
    expect(result.bonusClaimed.toString()).toBe('7');
    expect(result.bonus.toString()).toBe('5');
    expect(result.penalty.toString()).toBe('1.5');
    expect(result.total.toString()).toBe('98.5');
  });

  it('counts no bonus or penalty when none is given', () => {
    const result = scoreEmulation(table, sheet('u', 'A', { economy: '1', budget: '1', society: '1', security: '15' }));
    expect([result.bonus.toString(), result.penalty.toString(), result.total.toString()]).toEqual(['0', '0', '100']);
  });
});

describe('scoreEmulation: grade bands with a per-criterion floor', () => {
  it('grades excellent with 90 points and every criterion at 85% or more', () => {
    const result = scoreEmulation(table, sheet('u', 'A', { economy: '0.85', budget: '1', society: '1', security: '15' }));
    expect(result.total.toString()).toBe('94');
    expect(result.grade).toBe('excellent');
    expect(result.gradeChecks).toHaveLength(1);
  });

  it('refuses excellent to a unit with enough points but one criterion under 85% of its maximum', () => {
    const result = scoreEmulation(table, sheet('u', 'A', { economy: '1', budget: '1', society: '1', security: '12.6' }));
    expect(result.total.toString()).toBe('97.6');
    expect(result.grade).toBe('good');
    expect(result.gradeChecks[0]).toMatchObject({ grade: 'excellent', reached: false, criteriaBelowFloor: ['security'] });
    expect(result.gradeChecks[0]?.totalShortfall.toString()).toBe('0');
  });

  it('counts a criterion exactly at the floor as reaching it', () => {
    const result = scoreEmulation(table, sheet('u', 'A', { economy: '1', budget: '1', society: '1', security: '12.75' }));
    expect(result.grade).toBe('excellent');
  });

  it('reports the total shortfall of each grade missed, and no grade below the lowest band', () => {
    const result = scoreEmulation(table, sheet('u', 'A', { economy: '0.6', budget: '0.9', society: '1', security: '15' }));
    expect(result.total.toString()).toBe('64');
    expect(result.grade).toBeNull();
    expect(result.gradeChecks.map((check) => [check.grade, check.totalShortfall.toString(), check.criteriaBelowFloor])).toEqual([
      ['excellent', '26', ['economy', 'budget']],
      ['good', '16', ['economy', 'budget']],
      ['completed', '6', ['economy', 'budget']],
    ]);
  });

  it('grades on the total with bonus and penalty', () => {
    const base = { economy: '0.85', budget: '1', society: '0.85', security: '15' };
    expect(scoreEmulation(table, sheet('u', 'A', base)).grade).toBe('excellent');
    expect(scoreEmulation(table, sheet('u', 'A', base, { penalties: [{ reason: 'Vi phạm', points: 3 }] })).grade).toBe('good');
  });
});

describe('scoreEmulation: bad sheets', () => {
  it('reports every problem of a sheet against the table at once', () => {
    const error = caught(() =>
      scoreEmulation(table, {
        unit: '16174',
        cluster: 'A',
        entries: [
          { criterion: 'economy', attainment: 1 },
          { criterion: 'economy', attainment: 1 },
          { criterion: 'budget', attainment: 1, points: 20 },
          { criterion: 'health', attainment: 1 },
          { criterion: 'security', points: 16 },
        ],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^invalid emulation score sheet of unit "16174": 5 problems/);
    expect(error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)).toEqual([
      'entries[1].criterion: criterion "economy" has more than one entry',
      'entries[2]: give either attainment (a ratio to the target, 1 = 100%) or points (awarded directly), not both or neither',
      'entries[3].criterion: unknown criterion "health"; the table\'s criteria are "economy", "budget", "society", "security"',
      'entries: criterion "society" has no entry; give its attainment or its points (0 if none were earned)',
      'entries[4].points: 16 points are more than the 15 that criterion "security" allows',
    ]);
  });

  it('reports schema problems with their paths', () => {
    const error = caught(() => scoreEmulation(table, { unit: '', cluster: 'A', entries: [{ criterion: 'economy', attainment: 'high' }], bonus: [{ reason: 'x', points: -1 }] }));
    expect(error.code).toBe('invalid-input');
    // With the schema problems, in the same run: the three criteria the sheet has no entry for.
    expect(error.issues.map((issue) => formatPath(issue.path))).toEqual(['unit', 'entries[0].attainment', 'bonus[0].points', 'entries', 'entries', 'entries']);
    expect(error.issues.slice(3).map((issue) => issue.message.split(';')[0])).toEqual([
      'criterion "budget" has no entry',
      'criterion "society" has no entry',
      'criterion "security" has no entry',
    ]);
  });
});

describe('assignAwards', () => {
  const cluster = (rows: readonly [string, string, string, string, string][], name = 'A') =>
    rows.map(([unit, economy, budget, society, security]) => scoreEmulation(table, sheet(unit, name, { economy, budget, society, security })));

  it('fills tiers best first by quota, in rank order, within each cluster', () => {
    const scores = [
      ...cluster([
        ['a1', '1', '1', '1', '15'], // 100 excellent
        ['a2', '0.95', '1', '1', '15'], // 98 excellent
        ['a3', '0.9', '1', '0.9', '14'], // 92.5 excellent
        ['a4', '0.85', '1', '0.8', '13'], // 87 good
        ['a5', '0.8', '1', '0.75', '12'], // 82.75 completed
        ['a6', '0.6', '0', '1', '15'], // 64 none
      ]),
      ...cluster([['b1', '0.9', '1', '1', '15']], 'B'),
    ];
    const results = assignAwards(table, scores);
    expect(results.map((result) => [result.unit, result.cluster, result.rank, result.award])).toEqual([
      ['a1', 'A', 1, 'leader'],
      ['a2', 'A', 2, 'first'],
      ['a3', 'A', 3, 'second'],
      ['a4', 'A', 4, 'second'],
      ['a5', 'A', 5, 'third'],
      ['a6', 'A', 6, 'third'],
      ['b1', 'B', 1, 'leader'],
    ]);
    expect(results[0]?.outOf).toBe(6);
    expect(results[6]?.outOf).toBe(1);
    expect(results.every((result) => result.notes.length === 0 && !result.overQuota && result.decision === null)).toBe(true);
    expect(results.map((result) => result.finalAward)).toEqual(results.map((result) => result.award));
  });

  it('skips a unit without the grade a tier needs, with a note, and keeps it in line for the next tier', () => {
    const scores = cluster([
      ['a1', '1', '1', '1', '12'], // 97 good (security under 85%)
      ['a2', '0.9', '1', '1', '15'], // 96 excellent
    ]);
    const results = assignAwards(table, scores);
    expect(results.map((result) => [result.unit, result.rank, result.grade, result.award])).toEqual([
      ['a1', 1, 'good', 'second'],
      ['a2', 2, 'excellent', 'leader'],
    ]);
    expect(results[0]?.notes).toEqual(['in line for Leader but below its grade "excellent"', 'in line for First but below its grade "excellent"']);
    expect(results[1]?.notes).toEqual([]);
  });

  it('breaks ties on total by the table’s tie-break criteria', () => {
    const scores = cluster([
      ['a1', '0.9', '1', '1', '15'], // 96, economy 36
      ['a2', '1', '1', '0.88', '14'], // 96, economy 40
    ]);
    expect(assignAwards(table, scores).map((result) => [result.rank, result.award])).toEqual([
      [2, 'first'],
      [1, 'leader'],
    ]);
  });

  it('moves units tied at a quota all on to the next tier under demote-all', () => {
    const scores = cluster([
      ['a1', '1', '1', '1', '15'],
      ['a2', '1', '1', '1', '15'],
      ['a3', '0.9', '1', '1', '15'],
    ]);
    const results = assignAwards(table, scores);
    expect(results.map((result) => [result.rank, result.award])).toEqual([
      [1, 'second'],
      [1, 'second'],
      [3, 'third'],
    ]);
    expect(results[0]?.notes).toEqual([
      'tied at the Leader quota (1 place left for 2 tied units): all moved on to the next tier',
      'tied at the First quota (1 place left for 2 tied units): all moved on to the next tier',
    ]);
    expect(results.every((result) => !result.overQuota)).toBe(true);
  });

  it('gives units tied at a quota all the tier under admit-all, flagged over quota', () => {
    const admitting = parseEmulationScoringTable({ ...tableInput, quotaTies: 'admit-all' });
    const scores = [
      ['a1', '1'],
      ['a2', '1'],
      ['a3', '0.9'],
    ].map(([unit, economy]) => scoreEmulation(admitting, sheet(unit ?? '', 'A', { economy: economy ?? '0', budget: '1', society: '1', security: '15' })));
    const results = assignAwards(admitting, scores);
    expect(results.map((result) => [result.award, result.overQuota])).toEqual([
      ['leader', true],
      ['leader', true],
      ['first', false],
    ]);
    expect(results[0]?.notes).toEqual(['tied at the Leader quota (1 place left for 2 tied units): all admitted']);
  });

  it('rounds a quota by share down to whole units', () => {
    const thirds = parseEmulationScoringTable({ ...tableInput, awards: [{ award: 'third', maxShare: '0.5' }] });
    const scores = ['1', '0.95', '0.9', '0.85', '0.8'].map((economy, index) =>
      scoreEmulation(thirds, sheet(`u${index}`, 'A', { economy, budget: '1', society: '1', security: '15' })),
    );
    expect(assignAwards(thirds, scores).map((result) => result.award)).toEqual(['third', 'third', null, null, null]);
  });

  it('applies the smaller of a count and a share quota, and gives no tier to a unit without the least grade', () => {
    const strict = parseEmulationScoringTable({ ...tableInput, awards: [{ award: 'third', maxCount: 1, maxShare: '0.5', minGrade: 'completed' }] });
    const scores = [
      ['u1', '0.6', '0'], // 64 points, no grade
      ['u2', '1', '1'], // 100 points
      ['u3', '0.95', '1'], // 98 points
    ].map(([unit, economy, budget]) => scoreEmulation(strict, sheet(unit ?? '', 'A', { economy: economy ?? '0', budget: budget ?? '0', society: '1', security: '15' })));
    const results = assignAwards(strict, scores);
    expect(results.map((result) => [result.unit, result.grade, result.award])).toEqual([
      ['u1', null, null],
      ['u2', 'excellent', 'third'],
      ['u3', 'excellent', null],
    ]);
    expect(results[0]?.notes).toEqual([]);
  });

  it('records a vote beside the computed rank and award, never in place of them', () => {
    const scores = cluster([
      ['a1', '1', '1', '1', '15'],
      ['a2', '0.95', '1', '1', '15'],
    ]);
    const results = assignAwards(table, scores, [{ unit: 'a2', award: 'leader', rank: 1, note: 'Bỏ phiếu kín, 9/11 phiếu' }]);
    expect(results[1]).toMatchObject({ unit: 'a2', rank: 2, award: 'first', finalAward: 'leader' });
    expect(results[1]?.decision).toEqual({ unit: 'a2', award: 'leader', rank: 1, note: 'Bỏ phiếu kín, 9/11 phiếu' });
    expect(results[0]).toMatchObject({ rank: 1, award: 'leader', decision: null, finalAward: 'leader' });
  });

  it('flags a vote that gives a tier over its quota, with a note, instead of passing it in silence', () => {
    const scores = cluster([
      ['a1', '1', '1', '1', '15'],
      ['a2', '0.95', '1', '1', '15'],
    ]);
    const results = assignAwards(table, scores, [{ unit: 'a2', award: 'leader', rank: 1, note: 'Bỏ phiếu' }]);
    expect(results[1]?.overQuota).toBe(true);
    expect(results[1]?.notes.at(-1)).toMatch(/^the decision gives Leader, which 2 units of cluster "\w+" now hold over a quota of 1$/);
    expect(results[0]?.overQuota).toBe(false);
  });

  it('refuses decisions about unscored units, two decisions for one unit, and malformed decisions', () => {
    const scores = cluster([['a1', '1', '1', '1', '15']]);
    const error = caught(() =>
      assignAwards(table, scores, [
        { unit: 'zz', award: null, note: 'x' },
        { unit: 'a1', award: 'first', note: 'x' },
        { unit: 'a1', award: null, note: 'y' },
      ]),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)).toEqual([
      '(root)[0].unit: unit "zz" has no score; a decision must concern a scored unit',
      '(root)[2].unit: unit "a1" has more than one decision',
    ]);
    const malformed = caught(() => assignAwards(table, scores, [{ unit: 'a1', award: 'gold' as 'first', note: '' }]));
    expect(malformed.issues.map((issue) => formatPath(issue.path))).toEqual(['(root)[0].award', '(root)[0].note']);
  });

  it('refuses a unit scored twice', () => {
    const scores = cluster([['a1', '1', '1', '1', '15']]);
    const error = caught(() => assignAwards(table, [...scores, ...scores]));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/"a1"/);
  });
});

describe('award tiers', () => {
  it('have Vietnamese and English labels, and a schema', () => {
    expect(awardTierLabels.first).toEqual({ vi: 'Nhất', en: 'First' });
    expect(awardTierLabels.second.vi).toBe('Nhì');
    expect(awardTierLabels.third.vi).toBe('Ba');
    expect(z.safeParse(awardTierSchema, 'gold').success).toBe(false);
  });
});
