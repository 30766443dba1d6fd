import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  PlanningError,
  type ProgressDirection,
  classifyProgress,
  classifyProgressFromSeries,
  combineProgress,
  currentStatusIndex,
  naturalLimitFactor,
  openSdgProgressLabels,
  progressClassFromScore,
} from '../../src/index.js';

/** A value that grows at `rate` percent a year for `years` years from 100, exactly. */
const grown = (rate: number | string, years: number): Decimal => new Decimal(rate).div(100).plus(1).pow(years).times(100);

/** With a target that needs exactly 10% a year from 2015 to 2030, the latest value of 2020 that gives ratio R. */
function withRatio(ratio: string, direction: ProgressDirection = 'increase') {
  const sign = direction === 'increase' ? 1 : -1;
  return classifyProgress({
    base: { year: 2015, value: 100 },
    current: { year: 2020, value: grown(new Decimal(ratio).times(10 * sign).toString(), 5) },
    target: { year: 2030, value: grown(10 * sign, 15) },
    direction,
  });
}

/** Without a target, the latest value of 2020 that grew `rate` percent a year in the desired direction. */
function withGrowth(rate: string, direction: ProgressDirection = 'increase') {
  const sign = direction === 'increase' ? 1 : -1;
  return classifyProgress({
    base: { year: 2015, value: 100 },
    current: { year: 2020, value: grown(new Decimal(rate).times(sign).toString(), 5) },
    direction,
  });
}

describe('Open SDG progress with a target: the published cut-offs', () => {
  it.each([
    ['-0.6', '-5', 'deterioration'],
    ['0', '-2.5', 'limited-progress'],
    ['0.6', '0', 'moderate-progress'],
    ['0.95', '2.5', 'substantial-progress'],
    ['1.3', '5', 'substantial-progress'],
    ['2', '5', 'substantial-progress'],
    ['-1', '-5', 'deterioration'],
  ])('scores a ratio R of %s as %s (%s), as in Figure 2 of the methodology', (ratio, score, progressClass) => {
    const assessment = withRatio(ratio);
    expect(assessment.progressValue?.toString()).toBe(ratio);
    expect(assessment.score?.toString()).toBe(score);
    expect(assessment.progressClass).toBe(progressClass);
    expect(assessment.requiredGrowth?.toString()).toBe('10');
  });

  it('draws the class lines at R = 0.95, 0.60 and 0 (the value on a line belongs to the better class)', () => {
    expect(withRatio('0.95').progressClass).toBe('substantial-progress');
    expect(withRatio('0.94').progressClass).toBe('moderate-progress');
    expect(withRatio('0.6').progressClass).toBe('moderate-progress');
    expect(withRatio('0.59').progressClass).toBe('limited-progress');
    expect(withRatio('0').progressClass).toBe('limited-progress');
    expect(withRatio('-0.01').progressClass).toBe('deterioration');
  });

  it('measures a decrease the same way when the indicator should fall', () => {
    const assessment = withRatio('0.95', 'decrease');
    expect(assessment.progressValue?.toString()).toBe('0.95');
    expect(assessment.score?.toString()).toBe('2.5');
    expect(assessment.observedGrowth?.toString()).toBe('-9.5');
    expect(assessment.requiredGrowth?.toString()).toBe('-10');
  });

  it('calls the target achieved, score 5, whenever the latest value meets it, whatever the trend', () => {
    const assessment = classifyProgress({
      base: { year: 2015, value: 50 },
      current: { year: 2020, value: 40 },
      target: { year: 2030, value: 30 },
      direction: 'increase',
    });
    expect(assessment).toMatchObject({ progressClass: 'target-achieved', label: 'Target achieved', targetAchieved: true, reason: null });
    expect(assessment.score?.toString()).toBe('5');
    // the trend is still computed, for audit
    expect(assessment.progressValue?.isNegative()).toBe(true);
  });

  it('reproduces sdg-build on its own test data: indicator 3-3-3, target 0, direction negative', () => {
    // tests/assets/progress-calculation/data/indicator_3-3-3.csv and indicator-config/3-3-3.yml;
    // expected values computed with sdg-build's growth_calculation and get_score in floating point
    const rows = [
      [1.51, 2.09, 0.93], [1.51, 2.03, 0.96], [1.38, 1.91, 0.86], [1.4, 1.87, 0.93], [1.27, 1.67, 0.86],
      [1.55, 1.94, 1.16], [1.69, 2.07, 1.32], [1.65, 2.08, 1.22], [1.62, 2.07, 1.15], [1.82, 2.35, 1.28],
    ];
    const published = [
      { column: 0, observed: 0.04096211131524741, required: -0.38721063409482137, ratio: -0.1057876713820222, score: -2.940785490347472 },
      { column: 1, observed: 0.04909914499948509, required: -0.3963110618705029, ratio: -0.12389042275970721, score: -3.016214224512872 },
      { column: 2, observed: 0.02491534424935815, required: -0.37525498319830297, ratio: -0.06639577184826263, score: -2.776651262560156 },
    ];
    const assessments = published.map(({ column, observed, required, ratio, score }) => {
      const series = rows.map((row, index) => ({ year: 2010 + index, value: row[column] ?? null }));
      const assessment = classifyProgressFromSeries(series, { baseYear: 2015, direction: 'decrease', target: { year: 2030, value: 0 } });
      expect(assessment).toMatchObject({ baseYear: 2015, currentYear: 2019, progressClass: 'deterioration', adjustments: ['target-zero-replaced'] });
      expect(assessment.targetValue?.toString()).toBe('0.001');
      // growth in percent here, as a fraction in sdg-build
      expect(assessment.observedGrowth?.div(100).toNumber()).toBeCloseTo(observed, 14);
      expect(assessment.requiredGrowth?.div(100).toNumber()).toBeCloseTo(required, 14);
      expect(assessment.progressValue?.toNumber()).toBeCloseTo(ratio, 14);
      // sdg-build rounds the slope to 4.1667; the exact line 25/6 differs by less than 1e-4
      expect(Math.abs((assessment.score?.toNumber() ?? 0) - score)).toBeLessThan(1e-4);
      return assessment;
    });
    const combined = combineProgress(assessments);
    expect(combined.progressClass).toBe('deterioration');
    expect(combined.seriesAssessed).toBe(3);
  });

  it('replaces a zero base by 0.001 and records it', () => {
    const assessment = classifyProgress({
      base: { year: 2015, value: 0 },
      current: { year: 2020, value: '0.002' },
      target: { year: 2030, value: 5 },
      direction: 'increase',
    });
    expect(assessment.adjustments).toEqual(['base-zero-replaced']);
    expect(assessment.baseValue?.toString()).toBe('0.001');
    // doubling in five years against the 76% a year that 0.001 -> 5 by 2030 needs
    expect(assessment.progressValue?.toFixed(3)).toBe('0.195');
    expect(assessment.progressClass).toBe('limited-progress');
  });

  it('lets the caller choose the replacement for zero', () => {
    const assessment = classifyProgress(
      { base: { year: 2015, value: 10 }, current: { year: 2020, value: 5 }, target: { year: 2030, value: 0 }, direction: 'decrease' },
      { zeroReplacement: 1 },
    );
    expect(assessment.targetValue?.toString()).toBe('1');
  });
});

describe('Open SDG progress without a target', () => {
  it.each([
    ['-2', '-5', 'deterioration'],
    ['-1', '-3.75', 'deterioration'],
    ['0', '-2.5', 'limited-progress'],
    ['0.5', '0', 'moderate-progress'],
    ['1', '1.25', 'moderate-progress'],
    ['1.5', '2.5', 'substantial-progress'],
    ['2', '5', 'substantial-progress'],
    ['3', '5', 'substantial-progress'],
  ])('scores growth of %s%% a year in the desired direction as %s (%s), as in Figure 1', (rate, score, progressClass) => {
    for (const direction of ['increase', 'decrease'] as const) {
      const assessment = withGrowth(rate, direction);
      expect(assessment.method).toBe('without-target');
      expect(assessment.progressValue?.toString()).toBe(rate);
      expect(assessment.score?.toString()).toBe(score);
      expect(assessment.progressClass).toBe(progressClass);
    }
  });

  it('reproduces sdg-build on its own test data: indicator 1-1-1, base year 2015 absent, direction negative', () => {
    // tests/assets/progress-calculation/data/indicator_1-1-1.csv: 2020 100, 2021 120 (headline)
    const assessment = classifyProgressFromSeries(
      [{ year: 2020, value: 100 }, { year: 2021, value: 120 }],
      { baseYear: 2015, direction: 'decrease' },
    );
    expect(assessment).toMatchObject({ baseYear: 2020, currentYear: 2021, progressClass: 'deterioration', label: 'Deterioration' });
    expect(assessment.progressValue?.toString()).toBe('-20');
    expect(assessment.score?.toString()).toBe('-5');
  });

  it('flips the direction when the values are negative', () => {
    // -10 to -5 is an increase: the magnitude shrinks, so the sign of the base turns it around
    const assessment = classifyProgress({ base: { year: 2015, value: -10 }, current: { year: 2020, value: -5 }, direction: 'increase' });
    expect(assessment.sign).toBe(-1);
    expect(assessment.progressValue?.isPositive()).toBe(true);
    expect(assessment.progressClass).toBe('substantial-progress');
  });
});

describe('natural-limit scaling', () => {
  it('is 1 far from the limit, 0 at it, and 1 - (b/L)^4.44 below it', () => {
    expect(naturalLimitFactor(200, 100).toString()).toBe('1');
    expect(naturalLimitFactor(100, 100).toString()).toBe('0');
    expect(naturalLimitFactor(0, 0).toString()).toBe('1');
    expect(naturalLimitFactor(50, 100).toFixed(10)).toBe((1 - 0.5 ** 4.44).toFixed(10));
    // above a minimum limit the distance is measured from 2L: base 4 against a floor of 3
    expect(naturalLimitFactor(4, 3).toFixed(10)).toBe((1 - (2 / 3) ** 4.44).toFixed(10));
    expect(naturalLimitFactor(50, 100, 2).toString()).toBe('0.75');
  });

  it('refuses a limit or exponent that is not a number', () => {
    expect(() => naturalLimitFactor(50, 'max')).toThrow(`limit must be a decimal number such as '12.5' or 12.5; got the string "max"`);
    expect(() => naturalLimitFactor(50, 100, Number.NaN)).toThrow('exponent must be a finite number; got NaN');
  });

  it('scales only the positive thresholds', () => {
    const assessment = classifyProgress({
      base: { year: 2015, value: 50 },
      current: { year: 2020, value: 52 },
      direction: 'increase',
      limit: 100,
    });
    const factor = naturalLimitFactor(50, 100);
    expect(assessment.scalingFactor?.equals(factor)).toBe(true);
    expect(assessment.thresholds.high.equals(factor.times('1.5'))).toBe(true);
    expect(assessment.thresholds.medium.equals(factor.times('0.5'))).toBe(true);
    expect(assessment.thresholds.low.toString()).toBe('0');
    expect(assessment.thresholds.floor.toString()).toBe('-2');
  });

  it('puts a series held at its limit on track with score 5', () => {
    const assessment = classifyProgress({ base: { year: 2015, value: 100 }, current: { year: 2020, value: 100 }, direction: 'increase', limit: 100 });
    expect(assessment.scalingFactor?.toString()).toBe('0');
    expect(assessment.progressClass).toBe('substantial-progress');
    expect(assessment.score?.toString()).toBe('5');
  });

  it('ignores the limit when there is a target', () => {
    const assessment = classifyProgress({
      base: { year: 2015, value: 50 },
      current: { year: 2020, value: 52 },
      target: { year: 2030, value: 90 },
      direction: 'increase',
      limit: 100,
    });
    expect(assessment.scalingFactor).toBeNull();
  });
});

describe('not assessable', () => {
  it('says why: opposite signs, too few years, a target year not after the base, no change required', () => {
    const base = { year: 2015, value: 10 };
    expect(classifyProgress({ base, current: { year: 2020, value: -1 }, direction: 'increase' })).toMatchObject({
      progressClass: 'not-assessable',
      label: 'Unable to assess',
      score: null,
      reason: 'opposite-signs',
    });
    expect(classifyProgress({ base, current: { year: 2015, value: 11 }, direction: 'increase' }).reason).toBe('too-few-points');
    expect(
      classifyProgress({ base, current: { year: 2020, value: 11 }, target: { year: 2015, value: 20 }, direction: 'increase' }).reason,
    ).toBe('target-year-passed');
    expect(
      classifyProgress({ base, current: { year: 2020, value: 9 }, target: { year: 2030, value: 10 }, direction: 'increase' }).reason,
    ).toBe('zero-required-growth');
    expect(
      classifyProgress({ base, current: { year: 2020, value: 9 }, target: { year: 2030, value: -10 }, direction: 'decrease' }).reason,
    ).toBe('opposite-signs');
  });

  it('assesses a series with a single usable year only when its target is met', () => {
    const settings = { baseYear: 2020, direction: 'increase' as const, target: { year: 2025, value: 50 } };
    expect(classifyProgressFromSeries([{ year: 2023, value: 60 }], settings).progressClass).toBe('target-achieved');
    expect(classifyProgressFromSeries([{ year: 2023, value: 40 }], settings)).toMatchObject({ progressClass: 'not-assessable', reason: 'too-few-points' });
    expect(classifyProgressFromSeries([{ year: 2019, value: 40 }], settings)).toMatchObject({
      progressClass: 'not-assessable',
      baseYear: null,
      reason: 'too-few-points',
    });
    expect(classifyProgressFromSeries([], { baseYear: 2020, direction: 'decrease' }).method).toBe('without-target');
  });

  it('says what it could not assess a series without data against: its target, its label and no adjustments', () => {
    const settings = { baseYear: 2020, direction: 'increase' as const, target: { year: 2025, value: '50.5' } };
    const empty = classifyProgressFromSeries([{ year: 2021, value: null }, { year: 2019, value: 3 }], settings);
    expect(empty).toMatchObject({
      progressClass: 'not-assessable',
      label: openSdgProgressLabels['not-assessable'],
      score: null,
      method: 'with-target',
      direction: 'increase',
      targetYear: 2025,
      adjustments: [],
      sign: 1,
      targetAchieved: false,
      reason: 'too-few-points',
    });
    expect(empty.targetValue?.toString()).toBe('50.5');
    expect(empty.thresholds).toEqual(classifyProgressFromSeries([], settings).thresholds);
    expect(classifyProgressFromSeries([], { baseYear: 2020, direction: 'increase' })).toMatchObject({ targetYear: null, targetValue: null });
    expect(classifyProgressFromSeries([], settings, { labels: { 'not-assessable': 'Không đánh giá được' } }).label).toBe('Không đánh giá được');
    expect(() => classifyProgressFromSeries([], { ...settings, target: { year: 2025.5, value: 1 } })).toThrow('target.year');
    expect(() => classifyProgressFromSeries([], { ...settings, baseYear: 2020.5 })).toThrow('baseYear');
  });

  it('measures a series from its first value at or after the base year to its latest value', () => {
    const series = [
      { year: 2018, value: 1 },
      { year: 2020, value: null },
      { year: 2021, value: 100 },
      { year: 2024, value: 121 },
      { year: 2025, value: null },
    ];
    const assessment = classifyProgressFromSeries(series, { baseYear: 2020, direction: 'increase', target: { year: 2027, value: '146.41' } });
    expect(assessment).toMatchObject({ baseYear: 2021, currentYear: 2024, targetYear: 2027 });
    expect(assessment.baseValue?.toString()).toBe('100');
    expect(assessment.currentValue?.toString()).toBe('121');
  });
});

describe('configuration and audit', () => {
  it('takes labels in any language', () => {
    const labels = { 'substantial-progress': 'Đúng tiến độ', 'not-assessable': 'Không đánh giá được' };
    expect(withRatio('1').label).toBe('On track');
    const assessment = classifyProgress(
      { base: { year: 2015, value: 100 }, current: { year: 2020, value: 120 }, direction: 'increase' },
      { labels },
    );
    expect(assessment.label).toBe('Đúng tiến độ');
    expect(combineProgress([], { labels }).label).toBe('Không đánh giá được');
    expect(openSdgProgressLabels['moderate-progress']).toBe('Progress made but acceleration needed');
  });

  it('takes other thresholds, such as Eurostat-like 1%/0% without a target', () => {
    const assessment = classifyProgress(
      { base: { year: 2015, value: 100 }, current: { year: 2020, value: grown('1.2', 5) }, direction: 'increase' },
      { thresholdsWithoutTarget: { floor: -2, low: -1, medium: 0, high: 1, ceiling: 2 } },
    );
    expect(assessment.progressClass).toBe('substantial-progress');
    expect(assessment.score?.toString()).toBe('3');
  });

  it('refuses thresholds that do not rise, listing each problem', () => {
    const run = () =>
      classifyProgress(
        { base: { year: 2015, value: 1 }, current: { year: 2020, value: 2 }, target: { year: 2030, value: 3 }, direction: 'increase' },
        { thresholdsWithTarget: { medium: 1, high: '0.9', ceiling: '0.9' } },
      );
    expect(run).toThrow(PlanningError);
    try {
      run();
    } catch (error) {
      const planningError = error as PlanningError;
      expect(planningError.code).toBe('invalid-argument');
      expect(planningError.issues.map((issue) => issue.path)).toEqual([
        ['thresholdsWithTarget', 'medium'],
        ['thresholdsWithTarget', 'ceiling'],
      ]);
      expect(planningError.message).toContain('medium must not exceed high; got medium 1 and high 0.9');
    }
  });

  it('refuses an unknown direction, a fractional year and a value that is not a number', () => {
    const base = { year: 2015, value: 1 };
    const current = { year: 2020, value: 2 };
    expect(() => classifyProgress({ base, current, direction: 'up' as ProgressDirection })).toThrow(
      `direction must be 'increase' or 'decrease'; got "up"`,
    );
    expect(() => classifyProgress({ base: { year: 2015.5, value: 1 }, current, direction: 'increase' })).toThrow(
      'base.year must be an integer year such as 2025; got 2015.5',
    );
    expect(() => classifyProgress({ base, current: { year: 2020, value: 'n/a' }, direction: 'increase' })).toThrow(
      `current.value must be a decimal number such as '12.5' or 12.5; got the string "n/a"`,
    );
    expect(() => classifyProgressFromSeries([{ year: 2020, value: 'x' }], { baseYear: 2020, direction: 'increase' })).toThrow(
      'invalid series: 1 problem',
    );
  });

  it('returns every component of the calculation', () => {
    const assessment = withRatio('0.8');
    expect(Object.keys(assessment).sort()).toEqual(
      [
        'adjustments', 'baseValue', 'baseYear', 'currentValue', 'currentYear', 'direction', 'label', 'method',
        'observedGrowth', 'progressClass', 'progressValue', 'reason', 'requiredGrowth', 'scalingFactor', 'score',
        'sign', 'targetAchieved', 'targetValue', 'targetYear', 'thresholds',
      ].sort(),
    );
    expect(assessment.observedGrowth?.toString()).toBe('8');
    expect(assessment.thresholds.high.toString()).toBe('0.95');
  });

  it('law: the class from the thresholds is the class of the score', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.option(fc.integer({ min: 1, max: 1000 })),
        fc.constantFrom<ProgressDirection>('increase', 'decrease'),
        (base, current, target, direction) => {
          const assessment = classifyProgress({
            base: { year: 2015, value: base },
            current: { year: 2020, value: current },
            ...(target === null ? {} : { target: { year: 2030, value: target } }),
            direction,
          });
          if (assessment.score === null) return;
          expect(progressClassFromScore(assessment.score, assessment.targetAchieved)).toBe(assessment.progressClass);
        },
      ),
    );
  });

  it('law: a better latest value never scores lower', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (base, a, b) => {
        const score = (current: number) =>
          classifyProgress({ base: { year: 2015, value: base }, current: { year: 2020, value: current }, direction: 'increase' }).score ?? new Decimal(0);
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(score(low).lessThanOrEqualTo(score(high))).toBe(true);
      }),
    );
  });
});

describe('scores of several series', () => {
  it('maps a score to its band: [2.5, 5], [0, 2.5), [-2.5, 0), [-5, -2.5)', () => {
    expect(progressClassFromScore(5)).toBe('substantial-progress');
    expect(progressClassFromScore('2.5')).toBe('substantial-progress');
    expect(progressClassFromScore('2.49')).toBe('moderate-progress');
    expect(progressClassFromScore(0)).toBe('moderate-progress');
    expect(progressClassFromScore('-0.01')).toBe('limited-progress');
    expect(progressClassFromScore('-2.5')).toBe('limited-progress');
    expect(progressClassFromScore('-2.51')).toBe('deterioration');
    expect(progressClassFromScore(-5)).toBe('deterioration');
    expect(progressClassFromScore(1, true)).toBe('target-achieved');
    expect(() => progressClassFromScore(6)).toThrow('a progress score runs from -5 to 5; got 6');
  });

  it('averages the scores and calls the target achieved only when every series achieved it', () => {
    const achieved = classifyProgress({ base: { year: 2015, value: 1 }, current: { year: 2020, value: 5 }, target: { year: 2030, value: 4 }, direction: 'increase' });
    const short = withRatio('0.6');
    expect(combineProgress([achieved, achieved]).progressClass).toBe('target-achieved');
    const mixed = combineProgress([achieved, short]);
    expect(mixed.score?.toString()).toBe('2.5');
    expect(mixed.progressClass).toBe('substantial-progress');
    expect(combineProgress([]).progressClass).toBe('not-assessable');
  });
});

describe('ESCAP current status', () => {
  it('gives the share of the way from base to target covered, in percent', () => {
    expect(currentStatusIndex(12, 9, 4).toString()).toBe('37.5');
    expect(currentStatusIndex(30, 45, 45).toString()).toBe('100');
    expect(currentStatusIndex(30, 27, 45).toString()).toBe('-20');
    expect(currentStatusIndex(30, 50, 45).toFixed(2)).toBe('133.33');
  });

  it('refuses a target equal to the base', () => {
    expect(() => currentStatusIndex(10, 12, 10)).toThrow('current status needs a target different from the base; got base and target both 10');
  });
});
