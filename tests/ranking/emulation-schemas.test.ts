import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  awardTierLabels,
  awardTierSchema,
  awardTiers,
  emulationAwardRuleSchema,
  emulationCriterionSchema,
  emulationDecisionSchema,
  emulationGradeSchema,
  emulationScoreSheetSchema,
  emulationScoringTableSchema,
  formatPath,
} from '../../src/index.js';

// The schemas of emulation tables, sheets and decisions field by field: what each accepts, what it
// refuses and the message it gives, at its path.
const problems = (schema: z.ZodMiniType, input: unknown): string[] => {
  const result = z.safeParse(schema, input);
  return result.success ? [] : result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
};

const criterion = { code: 'economy', label: 'Kinh tế', maxPoints: 40, minAttainment: '0.5', floorPoints: 0 };
const grade = { code: 'good', label: 'Tốt', minTotal: 80, minCriterionShare: '0.8' };
const rule = { award: 'second', maxCount: 0, maxShare: '0', minGrade: 'good' };
const table = { name: 'Bảng', criteria: [criterion], maxBonus: 0, grades: [grade], awards: [rule], ties: 'dense', tieBreak: ['economy'], quotaTies: 'admit-all' };
const sheet = {
  unit: '16174',
  cluster: 'A',
  entries: [{ criterion: 'economy', attainment: '-0.5', points: 0, note: 'x' }],
  bonus: [{ reason: 'Khen thưởng', points: '0.5' }],
  penalties: [{ reason: 'Vi phạm', points: 1 }],
};
const decision = { unit: '16174', award: null, rank: 1, note: 'Bỏ phiếu' };

describe('award tiers', () => {
  it('are leader, first, second and third, best first, with their labels', () => {
    expect(awardTiers).toEqual(['leader', 'first', 'second', 'third']);
    expect(awardTierLabels).toEqual({
      leader: { vi: 'Dẫn đầu', en: 'Leader' },
      first: { vi: 'Nhất', en: 'First' },
      second: { vi: 'Nhì', en: 'Second' },
      third: { vi: 'Ba', en: 'Third' },
    });
    for (const tier of awardTiers) expect(z.parse(awardTierSchema, tier)).toBe(tier);
    expect(problems(awardTierSchema, 'gold')).toEqual(["(root): expected an award tier: 'leader', 'first', 'second' or 'third'"]);
  });
});

describe('emulation schemas', () => {
  it('accept every field at its least value, and keep it', () => {
    expect(z.parse(emulationCriterionSchema, criterion)).toMatchObject({ code: 'economy', label: 'Kinh tế' });
    expect(String(z.parse(emulationCriterionSchema, criterion).minAttainment)).toBe('0.5');
    expect(z.parse(emulationGradeSchema, { ...grade, minCriterionShare: 1 }).minCriterionShare.toString()).toBe('1');
    expect(z.parse(emulationAwardRuleSchema, rule)).toMatchObject({ award: 'second', maxCount: 0, minGrade: 'good' });
    const parsedTable = z.parse(emulationScoringTableSchema, table);
    expect([parsedTable.name, parsedTable.ties, parsedTable.quotaTies, parsedTable.tieBreak]).toEqual(['Bảng', 'dense', 'admit-all', ['economy']]);
    for (const ties of ['standard', 'modified', 'dense', 'fractional']) expect(z.parse(emulationScoringTableSchema, { ...table, ties }).ties).toBe(ties);
    expect(z.parse(emulationScoringTableSchema, { ...table, quotaTies: 'demote-all' }).quotaTies).toBe('demote-all');
    const parsedSheet = z.parse(emulationScoreSheetSchema, sheet);
    expect([parsedSheet.unit, parsedSheet.cluster, parsedSheet.entries[0]?.note, parsedSheet.bonus?.[0]?.reason, parsedSheet.penalties?.[0]?.points.toString()]).toEqual([
      '16174',
      'A',
      'x',
      'Khen thưởng',
      '1',
    ]);
    expect(z.parse(emulationDecisionSchema, decision)).toEqual(decision);
    expect(z.parse(emulationDecisionSchema, { unit: 'u', award: 'leader', note: 'n' })).toEqual({ unit: 'u', award: 'leader', note: 'n' });
  });

  it('refuse each field with its own message', () => {
    expect(problems(emulationCriterionSchema, { ...criterion, code: '', maxPoints: 0, minAttainment: -1, floorPoints: '-0.1' })).toEqual([
      'code: expected a non-empty code',
      'maxPoints: expected a number greater than 0',
      'minAttainment: expected a number of 0 or more',
      'floorPoints: expected a number of 0 or more',
    ]);
    expect(problems(emulationCriterionSchema, { ...criterion, code: 'x'.repeat(201) })).toHaveLength(1);
    expect(problems(emulationGradeSchema, { ...grade, minCriterionShare: '1.01' })).toEqual(['minCriterionShare: expected a share from 0 to 1, such as 0.85']);
    expect(problems(emulationGradeSchema, { ...grade, minCriterionShare: '-0.01' })).toEqual(['minCriterionShare: expected a share from 0 to 1, such as 0.85']);
    expect(problems(emulationAwardRuleSchema, { ...rule, maxCount: -1, maxShare: 2, minGrade: '' })).toEqual([
      'maxCount: expected a count of 0 or more',
      'maxShare: expected a share from 0 to 1, such as 0.85',
      'minGrade: expected a non-empty code',
    ]);
    expect(problems(emulationScoringTableSchema, { ...table, criteria: [], maxBonus: -1, ties: 'ordinal', quotaTies: 'none', tieBreak: [''] })).toEqual([
      'criteria: expected at least one criterion',
      'maxBonus: expected a number of 0 or more',
      "ties: expected a tie method: 'standard', 'modified', 'dense' or 'fractional' (ordinal is refused: list tie-breaking criteria in tieBreak)",
      'tieBreak[0]: expected a non-empty code',
      "quotaTies: expected 'admit-all' or 'demote-all'",
    ]);
    expect(
      problems(emulationScoreSheetSchema, {
        ...sheet,
        cluster: '',
        entries: [{ criterion: '', points: -1 }],
        bonus: [{ reason: '', points: 0 }],
        penalties: [{ reason: 'x', points: -2 }],
      }),
    ).toEqual([
      'cluster: expected a non-empty code',
      'entries[0].criterion: expected a non-empty code',
      'entries[0].points: expected a number of 0 or more',
      'bonus[0].reason: expected the reason for the points',
      'bonus[0].points: expected a number greater than 0',
      'penalties[0].points: expected a number greater than 0',
    ]);
    expect(problems(emulationDecisionSchema, { unit: '', award: 'gold', rank: 0, note: '' })).toEqual([
      'unit: expected a non-empty code',
      "award: expected an award tier: 'leader', 'first', 'second' or 'third'",
      'rank: expected a rank of 1 or more',
      'note: expected the basis of the decision (the vote, the meeting)',
    ]);
  });
});
