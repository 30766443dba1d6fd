import { describe, expect, it } from 'vitest';
import { type ScorePolarity, normalizeBanded, normalizeDistanceToTarget, normalizeMinMax, normalizeRank, normalizeZScore } from '../../src/index.js';
import { caught } from './caught.js';

// Every refusal of the normalisations names the argument that was wrong, with its code.
const refusal = (run: () => unknown): [string, string] => {
  const error = caught(run);
  return [error.code, error.message];
};
const notANumber = (what: string, text: string): [string, string] => ['invalid-number', `${what} must be a decimal number such as '12.5' or 12.5; got the string "${text}"`];
const polarityRefused: [string, string] = ['invalid-argument', `polarity must be one of 'higher-is-better', 'lower-is-better'; got "up"`];
const up = 'up' as ScorePolarity;

describe('normalizeMinMax refusals', () => {
  it('names the value or bound that is not a number, or not positive on a log scale', () => {
    expect(refusal(() => normalizeMinMax('x', { worst: 1, best: 2 }))).toEqual(notANumber('value', 'x'));
    expect(refusal(() => normalizeMinMax(1, { worst: 'w', best: 2 }))).toEqual(notANumber('worst', 'w'));
    expect(refusal(() => normalizeMinMax(1, { worst: 1, best: 'b' }))).toEqual(notANumber('best', 'b'));
    expect(refusal(() => normalizeMinMax(2, { worst: -1, best: 2, transform: 'log' }))).toEqual(['invalid-argument', 'a log min-max normalisation needs a positive worst; got -1']);
    expect(refusal(() => normalizeMinMax(2, { worst: 1, best: 0, transform: 'log' }))).toEqual(['invalid-argument', 'a log min-max normalisation needs a positive best; got 0']);
  });
});

describe('normalizeZScore and normalizeRank refusals', () => {
  it('name the option that is not one of its choices, and refuse a non-array', () => {
    expect(refusal(() => normalizeZScore([1, 2], { polarity: up, deviation: 'sample' }))).toEqual(polarityRefused);
    expect(refusal(() => normalizeZScore([1, 2], { polarity: 'higher-is-better', deviation: 'n' as 'sample' }))).toEqual([
      'invalid-argument',
      `deviation must be one of 'sample', 'population'; got "n"`,
    ]);
    expect(refusal(() => normalizeZScore({} as unknown as number[], { polarity: 'higher-is-better', deviation: 'sample' }))).toEqual([
      'invalid-argument',
      'values must be an array of values of one indicator',
    ]);
    expect(refusal(() => normalizeRank([1, 2], { polarity: up, form: 'rank' }))).toEqual(polarityRefused);
    expect(refusal(() => normalizeRank({} as unknown as number[], { polarity: 'higher-is-better', form: 'rank' }))).toEqual([
      'invalid-argument',
      'values must be an array of values of one indicator',
    ]);
  });

  it('reads undefined as a missing value, like null', () => {
    expect(normalizeZScore([1, undefined, 3], { polarity: 'higher-is-better', deviation: 'population' }).map((z) => z?.toString() ?? null)).toEqual(['-1', null, '1']);
  });
});

describe('normalizeBanded refusals', () => {
  const bands = [{ threshold: 1, score: 1 }];

  it('names the polarity, the value, each band field and the score otherwise', () => {
    expect(refusal(() => normalizeBanded(1, { polarity: up, bands, otherwise: 0 }))).toEqual(polarityRefused);
    expect(refusal(() => normalizeBanded('x', { polarity: 'higher-is-better', bands, otherwise: 0 }))).toEqual(notANumber('value', 'x'));
    expect(refusal(() => normalizeBanded(1, { polarity: 'higher-is-better', bands: [...bands, { threshold: 't', score: 1 }], otherwise: 0 }))).toEqual(
      notANumber('bands[1].threshold', 't'),
    );
    expect(refusal(() => normalizeBanded(1, { polarity: 'higher-is-better', bands: [...bands, { threshold: 0, score: 's' }], otherwise: 0 }))).toEqual(
      notANumber('bands[1].score', 's'),
    );
    expect(refusal(() => normalizeBanded(0, { polarity: 'higher-is-better', bands, otherwise: 'o' }))).toEqual(notANumber('otherwise', 'o'));
    expect(refusal(() => normalizeBanded(1, { polarity: 'higher-is-better', bands: [], otherwise: 0 }))).toEqual([
      'invalid-argument',
      'a banded scale needs at least one band ({ threshold, score }), the best first',
    ]);
  });

  it('needs strictly increasing thresholds when lower is better', () => {
    expect(refusal(() => normalizeBanded(0, { polarity: 'lower-is-better', bands: [{ threshold: 1, score: 1 }, { threshold: 1, score: 0 }], otherwise: 0 }))).toEqual([
      'invalid-argument',
      'band thresholds must be listed best first, strictly increasing for lower-is-better; bands[1].threshold 1 follows 1',
    ]);
  });
});

describe('normalizeDistanceToTarget refusals', () => {
  it('names the polarity, the value, the target and the span', () => {
    expect(refusal(() => normalizeDistanceToTarget(1, { polarity: up, target: 2 }))).toEqual(polarityRefused);
    expect(refusal(() => normalizeDistanceToTarget('x', { polarity: 'higher-is-better', target: 2 }))).toEqual(notANumber('value', 'x'));
    expect(refusal(() => normalizeDistanceToTarget(1, { polarity: 'higher-is-better', target: 't' }))).toEqual(notANumber('target', 't'));
    expect(refusal(() => normalizeDistanceToTarget(1, { polarity: 'higher-is-better', target: 2, span: 's' }))).toEqual(notANumber('span', 's'));
    expect(refusal(() => normalizeDistanceToTarget(1, { polarity: 'higher-is-better', target: 2, span: -1 }))).toEqual(['invalid-argument', 'span must be positive; got -1']);
  });
});
