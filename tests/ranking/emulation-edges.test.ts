import { beforeEach, describe, expect, it } from 'vitest';
import {
  type EmulationScoringTable,
  type EmulationScoringTableInput,
  assignAwards,
  formatPath,
  parseEmulationScoringTable,
  scoreEmulation,
} from '../../src/index.js';
import { caught } from './caught.js';

// The edges of emulation scoring: what a table with broken records still reports, the boundaries of
// grades, tiers and quotas, and the wording of every refusal a user reads.
const base: EmulationScoringTableInput = {
  name: 'Bảng thi đua (kiểm thử)',
  criteria: [
    { code: 'economy', label: 'Kinh tế', maxPoints: 60 },
    { code: 'society', label: 'Xã hội', maxPoints: 40 },
  ],
  grades: [
    { code: 'excellent', label: 'Xuất sắc', minTotal: 90, minCriterionShare: 0 },
    { code: 'good', label: 'Tốt', minTotal: 80, minCriterionShare: 0 },
  ],
  awards: [{ award: 'first', maxCount: 1 }],
  ties: 'standard',
  quotaTies: 'demote-all',
};
const issuesOf = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] =>
  error.issues.map((issue) => `${formatPath(issue.path as (string | number)[])}: ${issue.message}`);
const scoreOf = (table: ReturnType<typeof parseEmulationScoringTable>, unit: string, economy: string, society: string, cluster = 'A') =>
  scoreEmulation(table, { unit, cluster, entries: [{ criterion: 'economy', attainment: economy }, { criterion: 'society', attainment: society }] });

describe('parseEmulationScoringTable: checks that go on past broken records', () => {
  it('does not call a grade or criterion unknown when its record is only malformed', () => {
    const error = caught(() =>
      parseEmulationScoringTable({
        ...base,
        criteria: [{ code: 'economy', label: 'Kinh tế', maxPoints: 60 }, { code: 'society', label: 'Xã hội', maxPoints: -1 }],
        grades: [{ code: 'excellent', label: 'Xuất sắc', minTotal: 'ninety', minCriterionShare: 0 }],
        awards: [{ award: 'first', maxCount: 1, minGrade: 'excellent' }],
        tieBreak: ['society', 'health'],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(issuesOf(error)).toEqual([
      'criteria[1].maxPoints: expected a number greater than 0',
      `grades[0].minTotal: expected a finite decimal number such as 5.6 or "5.6": the value must be a decimal number such as '12.5' or 12.5; got the string "ninety"`,
      'tieBreak[1]: unknown criterion "health"; the criteria are "economy"',
    ]);
    expect(error.message).toMatch(/^invalid emulation scoring table: 3 problems\n/);
  });

  it('says "1 problem" for one, and names no known grade when there is none', () => {
    const error = caught(() => parseEmulationScoringTable({ ...base, grades: [], awards: [{ award: 'first', maxCount: 1, minGrade: 'excellent' }] }));
    expect(issuesOf(error)).toEqual(['awards[0].minGrade: unknown grade "excellent"; the grades are none']);
    expect(error.message).toMatch(/^invalid emulation scoring table: 1 problem\n/);
  });

  it('reports no unknown tie-break criterion when the criteria list itself is refused', () => {
    const error = caught(() => parseEmulationScoringTable({ ...base, criteria: [], tieBreak: ['economy'] }));
    expect(issuesOf(error)).toEqual(['criteria: expected at least one criterion']);
  });

  it('checks the largest total with the bonus cap, and only when every criterion and the cap parse', () => {
    // 60 + 40 + 5 = 105 points at most: a grade at 105 can be reached, one at 105.01 cannot.
    expect(parseEmulationScoringTable({ ...base, maxBonus: 5, grades: [{ code: 'top', label: 'Top', minTotal: 105, minCriterionShare: 0 }] }).grades[0]?.code).toBe('top');
    expect(issuesOf(caught(() => parseEmulationScoringTable({ ...base, maxBonus: 5, grades: [{ code: 'top', label: 'Top', minTotal: '105.01', minCriterionShare: 0 }] })))).toEqual([
      `grades[0].minTotal: grade "top" needs 105.01 points, more than the 105 the table gives at most (its criteria's maxPoints and maxBonus); no unit could reach it`,
    ]);
    // Without a cap the largest total is the criteria's 100.
    expect(issuesOf(caught(() => parseEmulationScoringTable({ ...base, grades: [{ code: 'top', label: 'Top', minTotal: 101, minCriterionShare: 0 }] })))).toEqual([
      `grades[0].minTotal: grade "top" needs 101 points, more than the 100 the table gives at most (its criteria's maxPoints and maxBonus); no unit could reach it`,
    ]);
    // A cap that does not parse, or a criterion that does not, leaves the largest total unknown.
    const grades = [{ code: 'top', label: 'Top', minTotal: 500, minCriterionShare: 0 }];
    expect(issuesOf(caught(() => parseEmulationScoringTable({ ...base, maxBonus: -1, grades })))).toEqual(['maxBonus: expected a number of 0 or more']);
    expect(issuesOf(caught(() => parseEmulationScoringTable({ ...base, criteria: [...base.criteria, { code: 'x', label: 'X', maxPoints: 0 }], grades })))).toEqual([
      'criteria[2].maxPoints: expected a number greater than 0',
    ]);
  });

  it('accepts grades of equal least totals and a floor equal to the maximum, and refuses a tier listed twice', () => {
    const table = parseEmulationScoringTable({
      ...base,
      criteria: [{ code: 'economy', label: 'Kinh tế', maxPoints: 60, floorPoints: 60 }, { code: 'society', label: 'Xã hội', maxPoints: 40 }],
      grades: [
        { code: 'excellent', label: 'Xuất sắc', minTotal: 90, minCriterionShare: '0.9' },
        { code: 'also', label: 'Cũng xuất sắc', minTotal: 90, minCriterionShare: 0 },
      ],
    });
    expect(table.grades.map((grade) => grade.code)).toEqual(['excellent', 'also']);
    expect(issuesOf(caught(() => parseEmulationScoringTable({ ...base, awards: [{ award: 'first', maxCount: 1 }, { award: 'first', maxShare: '0.5' }] })))).toEqual([
      'awards[1].award: award tiers must be listed once each, in the order leader, first, second, third; "first" comes too late',
    ]);
    // Tiers may skip one: leader then third.
    expect(parseEmulationScoringTable({ ...base, awards: [{ award: 'leader', maxCount: 1 }, { award: 'third', maxShare: 0 }] }).awards).toHaveLength(2);
  });
});

describe('scoreEmulation: boundaries and messages', () => {
  // Parsed in each test, not when the file loads (see emulation.test.ts).
  let table: EmulationScoringTable;
  beforeEach(() => {
    table = parseEmulationScoringTable(base);
  });

  it('reaches a grade with a total exactly at its least total, and misses it by the difference below', () => {
    const at = scoreOf(table, 'u', '1', '0.75'); // 60 + 30 = 90
    expect([at.total.toString(), at.grade, at.gradeChecks.length]).toEqual(['90', 'excellent', 1]);
    const below = scoreOf(table, 'u', '1', '0.7475'); // 60 + 29.9 = 89.9
    expect(below.grade).toBe('good');
    expect(below.gradeChecks.map((check) => [check.grade, check.reached, check.totalShortfall.toString()])).toEqual([
      ['excellent', false, '0.1'],
      ['good', true, '0'],
    ]);
  });

  it('counts a bonus exactly at the cap, and a bonus below it, in full', () => {
    const capped = parseEmulationScoringTable({ ...base, maxBonus: 3 });
    const sheet = (points: number) => ({
      unit: 'u',
      cluster: 'A',
      entries: [{ criterion: 'economy', points: 50 }, { criterion: 'society', points: 30 }],
      bonus: [{ reason: 'Bằng khen', points }],
    });
    expect(scoreEmulation(capped, sheet(3)).bonus.toString()).toBe('3');
    expect(scoreEmulation(capped, sheet(2)).bonus.toString()).toBe('2');
    expect(scoreEmulation(capped, sheet(4)).bonus.toString()).toBe('3');
    expect(scoreEmulation(capped, sheet(4)).total.toString()).toBe('83');
  });

  it('accepts points equal to the maximum and a zero attainment', () => {
    const result = scoreEmulation(table, { unit: 'u', cluster: 'A', entries: [{ criterion: 'economy', points: 60 }, { criterion: 'society', attainment: 0 }] });
    expect(result.criteria.map((criterion) => [criterion.points.toString(), criterion.share.toString()])).toEqual([
      ['60', '1'],
      ['0', '0'],
    ]);
  });

  it('names the unit in the message of a bad sheet when it has one, and leaves it out when not', () => {
    const unnamed = caught(() => scoreEmulation(table, { unit: 7, cluster: 'A', entries: [{ criterion: 'economy', points: 60 }, { criterion: 'society', points: 1 }] } as never));
    expect(unnamed.message).toMatch(/^invalid emulation score sheet: 1 problem\n/);
    const named = caught(() => scoreEmulation(table, { unit: 'u9', cluster: '', entries: [{ criterion: 'economy', points: 60 }, { criterion: 'society', points: 1 }] }));
    expect(named.message).toMatch(/^invalid emulation score sheet of unit "u9": 1 problem\n/);
    expect(issuesOf(named)).toEqual(['cluster: expected a non-empty code']);
  });

  it('does not report a criterion as missing when its entry is only malformed, and checks the other entries', () => {
    const error = caught(() =>
      scoreEmulation(table, { unit: 'u', cluster: 'A', entries: [{ criterion: 'economy', points: -5 }, { criterion: 'society', points: 41 }] }),
    );
    expect(issuesOf(error)).toEqual([
      'entries[0].points: expected a number of 0 or more',
      'entries[1].points: 41 points are more than the 40 that criterion "society" allows',
    ]);
  });

  it('reports a sheet with neither attainment nor points for an entry', () => {
    const error = caught(() => scoreEmulation(table, { unit: 'u', cluster: 'A', entries: [{ criterion: 'economy' }, { criterion: 'society', points: 1 }] }));
    expect(issuesOf(error)).toEqual(['entries[0]: give either attainment (a ratio to the target, 1 = 100%) or points (awarded directly), not both or neither']);
  });
});

describe('assignAwards: grades, quotas and decisions at their edges', () => {
  let table: EmulationScoringTable;
  beforeEach(() => {
    table = parseEmulationScoringTable({
      ...base,
      awards: [
        { award: 'first', maxCount: 1, minGrade: 'good' },
        { award: 'second', maxCount: 2, minGrade: 'excellent' },
        { award: 'third', maxShare: '0.4' },
      ],
    });
  });

  it('lets a unit with a better grade than a tier needs take it, and refuses one with a worse grade or none', () => {
    const scores = [scoreOf(table, 'ex', '1', '1'), scoreOf(table, 'gd', '1', '0.5'), scoreOf(table, 'no', '0.5', '0.5')];
    expect(scores.map((score) => score.grade)).toEqual(['excellent', 'good', null]);
    const results = assignAwards(table, scores);
    expect(results.map((result) => [result.unit, result.rank, result.award])).toEqual([
      ['ex', 1, 'first'],
      ['gd', 2, 'third'],
      ['no', 3, null],
    ]);
    expect(results[1]?.notes).toEqual(['in line for Second but below its grade "excellent"']);
    // A unit with no grade is in line only for tiers without a least grade; third's 40% of 3 is 1 place.
    expect(results[2]?.notes).toEqual(['in line for Second but below its grade "excellent"']);
  });

  it('says how many places were left, in the plural, for units tied at a quota', () => {
    const twoPlaces = parseEmulationScoringTable({ ...base, awards: [{ award: 'second', maxCount: 2 }], quotaTies: 'admit-all' });
    const scores = ['a', 'b', 'c'].map((unit) => scoreOf(twoPlaces, unit, '1', '1'));
    const results = assignAwards(twoPlaces, scores);
    expect(results.map((result) => [result.rank, result.award, result.overQuota])).toEqual([
      [1, 'second', true],
      [1, 'second', true],
      [1, 'second', true],
    ]);
    expect(results[0]?.notes).toEqual(['tied at the Second quota (2 places left for 3 tied units): all admitted']);
  });

  it('gives nothing under a quota of 0, and tiers only within each cluster', () => {
    const none = parseEmulationScoringTable({ ...base, awards: [{ award: 'first', maxCount: 0 }, { award: 'second', maxShare: '0.5' }] });
    const scores = [scoreOf(none, 'a1', '1', '1'), scoreOf(none, 'b1', '0.9', '1', 'B'), scoreOf(none, 'a2', '0.8', '1'), scoreOf(none, 'b2', '0.7', '1', 'B')];
    expect(assignAwards(none, scores).map((result) => [result.unit, result.rank, result.outOf, result.award])).toEqual([
      ['a1', 1, 2, 'second'],
      ['b1', 1, 2, 'second'],
      ['a2', 2, 2, null],
      ['b2', 2, 2, null],
    ]);
  });

  it('flags only the decisions that take a tier over its quota, with the quota by share', () => {
    const shared = parseEmulationScoringTable({ ...base, awards: [{ award: 'first', maxShare: '0.5' }] });
    const scores = ['a', 'b', 'c', 'd'].map((unit, index) => scoreOf(shared, unit, String(1 - index / 10), '1'));
    // The quota is 2 (50% of 4): a decision for c makes three holders, one for b alone would not.
    const over = assignAwards(shared, scores, [{ unit: 'c', award: 'first', note: 'Bỏ phiếu kín' }, { unit: 'a', award: 'first', note: 'Giữ nguyên' }]);
    expect(over.map((result) => [result.unit, result.award, result.finalAward, result.overQuota])).toEqual([
      ['a', 'first', 'first', false],
      ['b', 'first', 'first', false],
      ['c', null, 'first', true],
      ['d', null, null, false],
    ]);
    expect(over[2]?.notes).toEqual(['the decision gives First, which 3 units of cluster "A" now hold over a quota of 2']);
    expect(over[0]?.notes).toEqual([]);
    const swapped = assignAwards(shared, scores, [{ unit: 'c', award: 'first', note: 'Bỏ phiếu kín' }, { unit: 'b', award: null, note: 'Không đủ phiếu' }]);
    expect(swapped.map((result) => [result.finalAward, result.overQuota])).toEqual([
      ['first', false],
      [null, false],
      ['first', false],
      [null, false],
    ]);
  });

  it('refuses scores that are not a list, and a score that lacks a tie-break criterion of the table', () => {
    const refused = caught(() => assignAwards(table, 'scores' as never));
    expect(refused.code).toBe('invalid-argument');
    expect(refused.message).toBe('scores must be an array of emulation scores; got "scores"');
    const breaking = parseEmulationScoringTable({ ...base, tieBreak: ['society'] });
    const other = parseEmulationScoringTable({ ...base, criteria: [{ code: 'economy', label: 'Kinh tế', maxPoints: 60 }, { code: 'health', label: 'Y tế', maxPoints: 40 }] });
    const foreign = scoreEmulation(other, { unit: 'x', cluster: 'A', entries: [{ criterion: 'economy', points: 60 }, { criterion: 'health', points: 40 }] });
    const error = caught(() => assignAwards(breaking, [scoreOf(breaking, 'a', '1', '1'), foreign]));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('the score of unit "x" has no criterion "society"; score every sheet with the same table');
  });

  it('reports one problem of the decisions in the singular', () => {
    const error = caught(() => assignAwards(table, [scoreOf(table, 'a', '1', '1')], [{ unit: 'zz', award: null, note: 'x' }]));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^invalid emulation decisions: 1 problem\n/);
  });
});

describe('parseEmulationScoringTable: the records of a table with a schema problem are still checked', () => {
  // quotaTies is refused by the schema; every other record is read on its own and checked.
  const broken = { ...base, quotaTies: 'maybe' } as unknown as EmulationScoringTableInput;

  it('checks the award tiers, the largest total without a bonus cap, and skips the malformed records', () => {
    const error = caught(() =>
      parseEmulationScoringTable({
        ...broken,
        grades: [{ code: 'top', label: 'Top', minTotal: 500, minCriterionShare: 0 }, { code: 'bad', label: 'Bad', minTotal: 'x', minCriterionShare: 0 }],
        awards: [{ award: 'first', maxCount: -1 }, { award: 'second' }],
        tieBreak: ['', 'economy'],
      }),
    );
    expect(issuesOf(error)).toEqual([
      'grades[1].minTotal: expected a finite decimal number such as 5.6 or "5.6": the value must be a decimal number such as \'12.5\' or 12.5; got the string "x"',
      'awards[0].maxCount: expected a count of 0 or more',
      'tieBreak[0]: expected a non-empty code',
      "quotaTies: expected 'admit-all' or 'demote-all'",
      `grades[0].minTotal: grade "top" needs 500 points, more than the 100 the table gives at most (its criteria's maxPoints and maxBonus); no unit could reach it`,
      'awards[1]: an award tier needs a quota per cluster: maxCount, maxShare or both',
    ]);
  });

  it('still calls a grade unknown when only a criterion of that code parsed', () => {
    const error = caught(() =>
      parseEmulationScoringTable({
        ...broken,
        criteria: [{ code: 'good', label: 'Tốt', maxPoints: 60 }, { code: 'society', label: 'Xã hội', maxPoints: 40 }],
        grades: [],
        awards: [{ award: 'first', maxCount: 1, minGrade: 'good' }],
      }),
    );
    expect(issuesOf(error)).toEqual(["quotaTies: expected 'admit-all' or 'demote-all'", 'awards[0].minGrade: unknown grade "good"; the grades are none']);
  });
});

describe('assignAwards: a decision counted against its own cluster only', () => {
  it('does not flag a decision that keeps its cluster within the quota, whatever other clusters hold', () => {
    const table = parseEmulationScoringTable(base);
    const scores = [scoreOf(table, 'a1', '1', '1'), scoreOf(table, 'a2', '0.9', '1'), scoreOf(table, 'b1', '1', '1', 'B')];
    const results = assignAwards(table, scores, [
      { unit: 'a1', award: null, note: 'Rút khỏi xét thi đua' },
      { unit: 'a2', award: 'first', note: 'Bỏ phiếu kín, 7/9 phiếu' },
    ]);
    expect(results.map((result) => [result.unit, result.award, result.finalAward, result.overQuota, result.notes])).toEqual([
      ['a1', 'first', null, false, []],
      ['a2', null, 'first', false, []],
      ['b1', 'first', 'first', false, []],
    ]);
  });
});
