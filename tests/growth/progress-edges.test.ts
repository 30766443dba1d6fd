import { describe, expect, it } from 'vitest';
import { Decimal, classifyProgress, classifyProgressFromSeries, combineProgress, naturalLimitFactor, openSdgProgressLabels, progressClassFromScore, round } from '../../src/index.js';
import { expectFailure } from '../helpers.js';

/** A value that grows at `rate` percent a year for `years` years from 100, exactly. */
const grown = (rate: number | string, years: number): Decimal => new Decimal(rate).div(100).plus(1).pow(years).times(100);

/** With a target that needs exactly 10% a year from 2015 to 2030, the assessment of ratio R in 2020. */
const withRatio = (ratio: string) =>
  classifyProgress({
    base: { year: 2015, value: 100 },
    current: { year: 2020, value: grown(new Decimal(ratio).times(10).toString(), 5) },
    target: { year: 2030, value: grown(10, 15) },
    direction: 'increase',
  });

describe('Open SDG progress: scores inside the bands, on the published straight lines', () => {
  it.each([
    // score = band start + (R - from) x 2.5 / (to - from), to 40 significant digits
    ['1.1', '3.571428571428571428571428571428571428571', 'substantial-progress'],
    ['0.8', '1.428571428571428571428571428571428571429', 'moderate-progress'],
    ['0.3', '-1.25', 'limited-progress'],
    ['-0.3', '-3.75', 'deterioration'],
  ])('R = %s scores %s (%s)', (ratio, score, progressClass) => {
    const assessment = withRatio(ratio);
    expect(assessment.score?.toString()).toBe(score);
    expect(assessment.progressClass).toBe(progressClass);
    expect(assessment.method).toBe('with-target');
    expect(assessment.label).toBe(openSdgProgressLabels[progressClass as keyof typeof openSdgProgressLabels]);
  });

  it("labels the classes with Open SDG's words", () => {
    expect(openSdgProgressLabels).toEqual({
      'target-achieved': 'Target achieved',
      'substantial-progress': 'On track',
      'moderate-progress': 'Progress made but acceleration needed',
      'limited-progress': 'Limited progress',
      deterioration: 'Deterioration',
      'not-assessable': 'Unable to assess',
    });
    expect(withRatio('0.3').label).toBe('Limited progress');
  });

  it('needs only one year between base and target', () => {
    const assessment = classifyProgress({
      base: { year: 2020, value: 100 },
      current: { year: 2021, value: 102 },
      target: { year: 2021, value: 110 },
      direction: 'increase',
    });
    expect(assessment.requiredGrowth?.toString()).toBe('10');
    expect(assessment.progressValue?.toString()).toBe('0.2');
    expect(assessment.progressClass).toBe('limited-progress');
    expect(assessment.reason).toBeNull();
  });
});

describe('Open SDG progress: thresholds that do not rise are refused, each named with its path', () => {
  it('names floor, low, medium and ceiling problems at once', () => {
    const input = { base: { year: 2015, value: 100 }, current: { year: 2020, value: 120 }, target: { year: 2030, value: 200 }, direction: 'increase' as const };
    expectFailure(
      () => classifyProgress(input, { thresholdsWithTarget: { floor: '0.8', low: '0.7', medium: '0.6', high: '1.4', ceiling: '1.3' } }),
      'invalid-argument',
      'progress thresholds must rise from floor to ceiling:\n' +
        '- thresholdsWithTarget.floor: floor must be below low; got floor 0.8 and low 0.7\n' +
        '- thresholdsWithTarget.low: low must not exceed medium; got low 0.7 and medium 0.6\n' +
        '- thresholdsWithTarget.ceiling: ceiling must be above high; got high 1.4 and ceiling 1.3',
    );
    expectFailure(
      () => classifyProgress(input, { thresholdsWithTarget: { medium: '1' } }),
      'invalid-argument',
      'progress thresholds must rise from floor to ceiling:\n- thresholdsWithTarget.medium: medium must not exceed high; got medium 1 and high 0.95',
    );
    expectFailure(
      () => classifyProgress(input, { thresholdsWithTarget: { floor: '0' } }),
      'invalid-argument',
      'progress thresholds must rise from floor to ceiling:\n- thresholdsWithTarget.floor: floor must be below low; got floor 0 and low 0',
    );
  });

  it('names a threshold without a target, and one that is not a number', () => {
    const input = { base: { year: 2015, value: 100 }, current: { year: 2020, value: 120 }, direction: 'increase' as const };
    expectFailure(
      () => classifyProgress(input, { thresholdsWithoutTarget: { ceiling: '1.5' } }),
      'invalid-argument',
      'progress thresholds must rise from floor to ceiling:\n- thresholdsWithoutTarget.ceiling: ceiling must be above high; got high 1.5 and ceiling 1.5',
    );
    expectFailure(
      () => classifyProgress(input, { thresholdsWithoutTarget: { low: 'abc' } }),
      'invalid-number',
      `thresholdsWithoutTarget.low must be a decimal number such as '12.5' or 12.5; got the string "abc"`,
    );
  });

  it('accepts equal low, medium and high (a band may be empty) and classifies on them', () => {
    const assessment = classifyProgress(
      { base: { year: 2015, value: 100 }, current: { year: 2020, value: grown(1, 5) }, direction: 'increase' },
      { thresholdsWithoutTarget: { low: '1', medium: '1', high: '1' } },
    );
    expect(assessment.progressClass).toBe('substantial-progress');
    expect(assessment.score?.toString()).toBe('2.5');
  });
});

describe('Open SDG progress: what a refused argument is called', () => {
  const base = { year: 2015, value: 100 };
  const current = { year: 2020, value: 120 };
  it.each<[string, () => unknown, string, string]>([
    ['the direction', () => classifyProgress({ base, current, direction: 'up' as never }), 'invalid-argument', `direction must be 'increase' or 'decrease'; got "up"`],
    ['current.year', () => classifyProgress({ base, current: { year: 2020.5, value: 1 }, direction: 'increase' }), 'invalid-argument', 'current.year must be an integer year such as 2025; got 2020.5'],
    ['base.year', () => classifyProgress({ base: { year: 2015.5, value: 1 }, current, direction: 'increase' }), 'invalid-argument', 'base.year must be an integer year such as 2025; got 2015.5'],
    ['target.year', () => classifyProgress({ base, current, target: { year: 2030.5, value: 1 }, direction: 'increase' }), 'invalid-argument', 'target.year must be an integer year such as 2025; got 2030.5'],
    ['base.value', () => classifyProgress({ base: { year: 2015, value: 'x' }, current, direction: 'increase' }), 'invalid-number', `base.value must be a decimal number such as '12.5' or 12.5; got the string "x"`],
    ['current.value', () => classifyProgress({ base, current: { year: 2020, value: 'x' }, direction: 'increase' }), 'invalid-number', `current.value must be a decimal number such as '12.5' or 12.5; got the string "x"`],
    ['a target that is null', () => classifyProgress({ base, current, target: null as never, direction: 'increase' }), 'invalid-argument', 'target must be an object { year, value }; got null'],
    ['a target that is a year', () => classifyProgress({ base, current, target: 2030 as never, direction: 'increase' }), 'invalid-argument', 'target must be an object { year, value }; got the number 2030'],
    ['a series target that is a text, without data', () => classifyProgressFromSeries([], { baseYear: 2015, direction: 'increase', target: 'high' as never }), 'invalid-argument', 'target must be an object { year, value }; got "high"'],
    ['target.value', () => classifyProgress({ base, current, target: { year: 2030, value: 'x' }, direction: 'increase' }), 'invalid-number', `target.value must be a decimal number such as '12.5' or 12.5; got the string "x"`],
    ['zeroReplacement', () => classifyProgress({ base, current, direction: 'increase' }, { zeroReplacement: 'x' }), 'invalid-number', `zeroReplacement must be a decimal number such as '12.5' or 12.5; got the string "x"`],
    ['a series target without data', () => classifyProgressFromSeries([], { baseYear: 2015, direction: 'increase', target: { year: 2030, value: 'x' } }), 'invalid-number', `target.value must be a decimal number such as '12.5' or 12.5; got the string "x"`],
    ['a score out of range', () => progressClassFromScore(6), 'invalid-argument', 'a progress score runs from -5 to 5; got 6'],
    ['a score below the range', () => progressClassFromScore('-5.1'), 'invalid-argument', 'a progress score runs from -5 to 5; got -5.1'],
  ])('%s', (_, run, code, message) => {
    expectFailure(run, code as never, message);
  });
});

describe('Open SDG progress: the natural limit and the series form', () => {
  it('uses the limit exponent it is given', () => {
    const input = { base: { year: 2015, value: 90 }, current: { year: 2020, value: 92 }, limit: 100, direction: 'increase' as const };
    const assessment = classifyProgress(input, { limitExponent: 2 });
    expect(assessment.scalingFactor?.toString()).toBe(naturalLimitFactor(90, 100, 2).toString());
    expect(assessment.scalingFactor?.toString()).toBe('0.19');
    expect(assessment.thresholds.high.toString()).toBe('0.285');
    expect(round(classifyProgress(input).scalingFactor ?? 0, 4).toString()).toBe('0.3736');
  });

  it('passes the natural limit of a series settings on', () => {
    const series = [
      { year: 2015, value: 90 },
      { year: 2020, value: 92 },
    ];
    const assessment = classifyProgressFromSeries(series, { baseYear: 2015, direction: 'increase', limit: 100 });
    expect(round(assessment.scalingFactor ?? 0, 4).toString()).toBe('0.3736');
    expect(classifyProgressFromSeries(series, { baseYear: 2015, direction: 'increase' }).scalingFactor).toBeNull();
  });

  it('is not assessable when no year from the base year on has a value', () => {
    const series = [
      { year: 2015, value: 90 },
      { year: 2016, value: 92 },
      { year: 2018, value: null },
    ];
    const assessment = classifyProgressFromSeries(series, { baseYear: 2017, direction: 'increase', target: { year: 2030, value: 120 } });
    expect(assessment.progressClass).toBe('not-assessable');
    expect(assessment.reason).toBe('too-few-points');
    expect([assessment.baseYear, assessment.currentYear, assessment.targetYear, assessment.targetValue?.toString(), assessment.method]).toEqual([
      null,
      null,
      2030,
      '120',
      'with-target',
    ]);
  });

  it('combines the scores of the assessable series only', () => {
    const scored = withRatio('1.3');
    const notAssessable = classifyProgressFromSeries([], { baseYear: 2015, direction: 'increase' });
    const combined = combineProgress([scored, notAssessable, withRatio('0.6')]);
    expect(combined.seriesAssessed).toBe(2);
    expect(combined.score?.toString()).toBe('2.5');
    expect(combined.progressClass).toBe('substantial-progress');
  });
});
