import type { Polarity } from '../indicator/index.js';
import { type Decimal, type DecimalInput, Decimal as DecimalClass, PlanningError, toDecimal } from '../numeric/index.js';
import { checkChoice, isList } from './choices.js';
import { compareDecimals } from './compare.js';
import { type MaybeDecimalInput, rank } from './rank.js';

/**
 * Whether a higher or a lower value of an indicator is better (an indicator {@link Polarity} other than
 * `within-range`). Normalisations that need it take it
 * explicitly; {@link normalizeMinMax} reads it from its bounds instead.
 *
 * @example
 * // The poverty rate is better when lower:
 * const polarity: ScorePolarity = 'lower-is-better';
 * polarity;
 * //=> 'lower-is-better'
 */
export type ScorePolarity = Exclude<Polarity, 'within-range'>;

/**
 * Every {@link ScorePolarity}.
 *
 * @example
 * // Check a polarity read from a file:
 * scorePolarities.includes('lower-is-better');
 * //=> true
 */
export const scorePolarities: readonly ScorePolarity[] = Object.freeze(['higher-is-better', 'lower-is-better']);

/**
 * Bounds of a min-max normalisation. `worst` maps to 0 and `best` to 1; when `best` is below `worst`
 * the indicator is lower-is-better and the same formula applies.
 *
 * @example
 * // The HDI life expectancy goalposts, 20 and 85 years:
 * const bounds: MinMaxBounds = { worst: 20, best: 85 };
 * bounds.best;
 * //=> 85
 */
export interface MinMaxBounds {
  /**
   * The value that scores 0: the SDSN lower bound (2.5th percentile), the HDI minimum goalpost.
   */
  readonly worst: DecimalInput;
  /**
   * The value that scores 1: the SDSN upper bound (the optimum), the HDI maximum goalpost.
   */
  readonly best: DecimalInput;
  /** Whether values beyond the bounds score 0 or 1 (true, the default; SDSN and HDI do so) or beyond. */
  readonly clamp?: boolean;
  /**
   * `linear` (default) or `log`: normalise the natural logarithms of value and bounds, as the HDI does
   * for income (`(ln x − ln 100) / (ln 75000 − ln 100)`). Needs positive values and bounds.
   */
  readonly transform?: 'linear' | 'log';
}

/**
 * Normalises a value between two bounds to the range 0–1: `(x − worst) / (best − worst)`, clamped
 * to 0–1 unless `clamp` is false. Direction-aware: with `best` below `worst` (lower is better) a value
 * at `best` still scores 1.
 *
 * This is the goalpost form of the UNDP Human Development Index (dimension index = (actual −
 * minimum) / (maximum − minimum); UNDP, *Human Development Report, Technical notes*, "Technical note
 * 1. Human Development Index") and of the SDSN SDG Index (Lafortune et al., *SDG Index and Dashboards
 * – Detailed Methodological paper*, SDSN 2018, Eq. S1: values beyond the upper bound score 100, below
 * the lower bound 0; multiply by 100 for the SDSN scale).
 *
 * @param value - the value to normalise
 * @param bounds - the worst and best values, clamping and transform
 * @returns the normalised value, 0 at `worst`, 1 at `best`
 * @throws {@link PlanningError} `invalid-argument` when `worst` equals `best`, or for `log` when a value
 * or bound is not positive; `invalid-number` when a value or bound is not a finite number
 *
 * @example
 * // The HDI life expectancy index of Norway (81.6 years; goalposts 20 and 85):
 * normalizeMinMax(81.6, { worst: 20, best: 85 }).toFixed(4);
 * //=> '0.9477'
 *
 * @example
 * // SDSN poverty headcount, lower is better: optimum 0, lower bound 72.6; a value of 36.3 is half-way:
 * normalizeMinMax(36.3, { worst: 72.6, best: 0 }).times(100).toString();
 * //=> '50'
 */
export function normalizeMinMax(value: DecimalInput, bounds: MinMaxBounds): Decimal {
  const transform = checkChoice(bounds.transform ?? 'linear', ['linear', 'log'] as const, 'transform');
  let x = toDecimal(value, 'value');
  let worst = toDecimal(bounds.worst, 'worst');
  let best = toDecimal(bounds.best, 'best');
  if (compareDecimals(worst, best) === 0) {
    throw new PlanningError(
      'invalid-argument',
      `min-max normalisation needs different worst and best values; both are ${worst.toString()}`,
    );
  }
  if (transform === 'log') {
    for (const [name, bound] of [['value', x], ['worst', worst], ['best', best]] as const) {
      if (!bound.gt(0)) {
        throw new PlanningError('invalid-argument', `a log min-max normalisation needs a positive ${name}; got ${bound.toString()}`);
      }
    }
    x = x.ln();
    worst = worst.ln();
    best = best.ln();
  }
  const score = x.minus(worst).div(best.minus(worst));
  return bounds.clamp === false ? score : clampToUnit(score);
}

const zero = new DecimalClass(0);
const one = new DecimalClass(1);

function clampToUnit(score: Decimal): Decimal {
  if (score.isNegative() && !score.isZero()) return zero;
  return compareDecimals(score, one) > 0 ? one : score;
}

/**
 * Options of {@link normalizeZScore}.
 *
 * @example
 * // Standardise with the sample standard deviation, higher is better:
 * const options: ZScoreOptions = { polarity: 'higher-is-better', deviation: 'sample' };
 * options.deviation;
 * //=> 'sample'
 */
export interface ZScoreOptions {
  /** Whether higher values are better (z as is) or lower values (z negated, so that higher is better). */
  readonly polarity: ScorePolarity;
  /** The standard deviation: `sample` (divides by n − 1, as R's `sd` and COINr) or `population` (by n). */
  readonly deviation: 'sample' | 'population';
}

/**
 * Standardises values (z-scores): `(x − mean) / standard deviation`, over the values present; missing
 * values stay missing. For lower-is-better indicators the sign is turned, so a higher z is always
 * better. Source: OECD/JRC, *Handbook on Constructing Composite Indicators* (2008), section 5,
 * "Standardisation (or z-scores)".
 *
 * @param values - the values of one indicator across units; `null`/`undefined` for missing ones
 * @param options - polarity and kind of standard deviation
 * @returns one z-score per value, in input order, `null` where the value was missing
 * @throws {@link PlanningError} `insufficient-data` when fewer than two values are present;
 * `division-by-zero` when all present values are equal; `invalid-number` for a value that is not a
 * finite number
 *
 * @example
 * // Three values with mean 4 and sample standard deviation 2:
 * normalizeZScore([2, 4, 6], { polarity: 'higher-is-better', deviation: 'sample' }).map(String);
 * //=> ['-1', '0', '1']
 */
export function normalizeZScore(values: readonly MaybeDecimalInput[], options: ZScoreOptions): (Decimal | null)[] {
  const polarity = checkChoice(options.polarity, scorePolarities, 'polarity');
  const deviation = checkChoice(options.deviation, ['sample', 'population'] as const, 'deviation');
  const decimals = readColumn(values);
  const present = decimals.filter((value): value is Decimal => value !== null);
  if (present.length < 2) {
    throw new PlanningError(
      'insufficient-data',
      `z-scores need at least two values; got ${present.length} of ${values.length} present`,
    );
  }
  const mean = DecimalClass.sum(...present).div(present.length);
  let squares = new DecimalClass(0);
  for (const value of present) squares = squares.plus(value.minus(mean).pow(2));
  const standardDeviation = squares.div(deviation === 'sample' ? present.length - 1 : present.length).sqrt();
  if (standardDeviation.isZero()) {
    throw new PlanningError(
      'division-by-zero',
      `z-scores need values that differ; all ${present.length} present values equal ${mean.toString()}`,
    );
  }
  const sign = polarity === 'higher-is-better' ? 1 : -1;
  return decimals.map((value) => (value === null ? null : value.minus(mean).div(standardDeviation).times(sign)));
}

/**
 * Options of {@link normalizeRank}.
 *
 * @example
 * // Percentile ranks, higher is better:
 * const options: RankNormalizationOptions = { polarity: 'higher-is-better', form: 'percentile' };
 * options.form;
 * //=> 'percentile'
 */
export interface RankNormalizationOptions {
  /** Whether higher or lower values are better; the best value always gets the highest score. */
  readonly polarity: ScorePolarity;
  /** `rank`: 1 for the worst up to n for the best; `percentile`: that rank divided by n (best = 1). */
  readonly form: 'rank' | 'percentile';
}

/**
 * Normalises values by their ranks (OECD/JRC, *Handbook on Constructing Composite Indicators* (2008),
 * section 5, "Ranking"): the worst value scores 1 and the best n (or, as percentile, rank / n, so
 * that the best scores 1). Tied values share the mean of their places (fractional ranks), so the
 * scores always add up to n(n + 1)/2. Missing values stay missing and are not counted in n.
 *
 * @param values - the values of one indicator across units; `null`/`undefined` for missing ones
 * @param options - polarity and form
 * @returns one score per value, in input order, `null` where the value was missing
 * @throws {@link PlanningError} `invalid-number` for a value that is not a finite number;
 * `invalid-argument` for an unknown polarity or form
 *
 * @example
 * // Lower is better: 3 is best (rank 4 of 4); the two 5s share places 2 and 3:
 * normalizeRank([5, 3, 5, 9], { polarity: 'lower-is-better', form: 'rank' }).map(String);
 * //=> ['2.5', '4', '2.5', '1']
 */
export function normalizeRank(values: readonly MaybeDecimalInput[], options: RankNormalizationOptions): (Decimal | null)[] {
  const polarity = checkChoice(options.polarity, scorePolarities, 'polarity');
  const form = checkChoice(options.form, ['rank', 'percentile'] as const, 'form');
  if (!isList(values)) throw new PlanningError('invalid-argument', 'values must be an array of values of one indicator');
  const positions = values.map((_, index) => index);
  const ranked = rank(positions, {
    key: String,
    value: (index) => values[index],
    // The worst value gets rank 1: ascending when higher is better.
    direction: polarity === 'higher-is-better' ? 'ascending' : 'descending',
    ties: 'fractional',
    missing: 'unranked',
  });
  return ranked.map((result) => {
    if (result.rank === null) return null;
    const score = new DecimalClass(result.rank);
    return form === 'rank' ? score : score.div(result.outOf);
  });
}

/**
 * One band of a banded (categorical) scale: the threshold a value must reach and the score it earns.
 *
 * @example
 * // At least 95% coverage scores 100:
 * const band: ScoreBand = { threshold: 95, score: 100 };
 * band.score;
 * //=> 100
 */
export interface ScoreBand {
  /** The least value (higher is better) or the greatest value (lower is better) that earns this band, inclusive. */
  readonly threshold: DecimalInput;
  /** The score of the band. */
  readonly score: DecimalInput;
}

/**
 * A banded (categorical) scale.
 *
 * @example
 * // Coverage bands: at least 95 scores 100, at least 85 scores 60, anything less 0:
 * const scale: BandedScale = {
 *   polarity: 'higher-is-better',
 *   bands: [{ threshold: 95, score: 100 }, { threshold: 85, score: 60 }],
 *   otherwise: 0,
 * };
 * scale.bands.length;
 * //=> 2
 */
export interface BandedScale {
  /** Whether a value earns a band by reaching at least (higher is better) or at most (lower is better) its threshold. */
  readonly polarity: ScorePolarity;
  /** The bands, best first: thresholds strictly decreasing (higher is better) or increasing (lower is better). */
  readonly bands: readonly ScoreBand[];
  /** The score of a value that reaches no band. */
  readonly otherwise: DecimalInput;
}

/**
 * Scores a value on a banded (categorical) scale: the score of the first (best) band whose threshold
 * it reaches, thresholds inclusive, or `otherwise`. Source: OECD/JRC, *Handbook on Constructing
 * Composite Indicators* (2008), section 5, "Categorical scales"; the SDSN dashboard thresholds work
 * the same way.
 *
 * @param value - the value to score
 * @param scale - polarity, bands (best first) and the score below every band
 * @returns the score of the band reached
 * @throws {@link PlanningError} `invalid-argument` when there are no bands or the thresholds are not
 * strictly ordered best first; `invalid-number` for a value, threshold or score that is not a number
 *
 * @example
 * // SDSN-style poverty bands, lower is better: at most 2 is green (3), at most 7.4 yellow (2),
 * // at most 12.7 orange (1), anything more red (0):
 * const scale: BandedScale = {
 *   polarity: 'lower-is-better',
 *   bands: [{ threshold: 2, score: 3 }, { threshold: 7.4, score: 2 }, { threshold: 12.7, score: 1 }],
 *   otherwise: 0,
 * };
 * [1.5, 2, 9, 30].map((value) => normalizeBanded(value, scale).toString());
 * //=> ['3', '3', '1', '0']
 */
export function normalizeBanded(value: DecimalInput, scale: BandedScale): Decimal {
  const polarity = checkChoice(scale.polarity, scorePolarities, 'polarity');
  const x = toDecimal(value, 'value');
  if (!isList(scale.bands) || scale.bands.length === 0) {
    throw new PlanningError('invalid-argument', 'a banded scale needs at least one band ({ threshold, score }), the best first');
  }
  const higherIsBetter = polarity === 'higher-is-better';
  let previous: Decimal | null = null;
  let reached: Decimal | null = null;
  for (const [index, band] of scale.bands.entries()) {
    const threshold = toDecimal(band.threshold, `bands[${index}].threshold`);
    const score = toDecimal(band.score, `bands[${index}].score`);
    if (previous !== null && (higherIsBetter ? !threshold.lt(previous) : !threshold.gt(previous))) {
      throw new PlanningError(
        'invalid-argument',
        `band thresholds must be listed best first, strictly ${higherIsBetter ? 'decreasing' : 'increasing'} for ${polarity}; bands[${index}].threshold ${threshold.toString()} follows ${previous.toString()}`,
      );
    }
    previous = threshold;
    reached ??= (higherIsBetter ? x.gte(threshold) : x.lte(threshold)) ? score : null;
  }
  return reached ?? toDecimal(scale.otherwise, 'otherwise');
}

/**
 * Options of {@link normalizeDistanceToTarget}.
 *
 * @example
 * // Target 95, higher is better, distance measured against a span of 50:
 * const options: DistanceToTargetOptions = { target: 95, polarity: 'higher-is-better', span: 50 };
 * options.span;
 * //=> 50
 */
export interface DistanceToTargetOptions {
  /** The target (reference) value, which scores 1. */
  readonly target: DecimalInput;
  /** Whether values above (higher is better) or below (lower is better) the target are beyond it. */
  readonly polarity: ScorePolarity;
  /**
   * The distance that costs the whole score: a shortfall of one span scores 0. Positive. When not
   * given, the size of the target itself, which makes the score `x / target` when higher is better
   * and `2 − x / target` when lower is better.
   */
  readonly span?: DecimalInput;
  /** Whether a value beyond the target scores 1 (true, the default) or more. */
  readonly cap?: boolean;
}

/**
 * Scores a value by its distance to a target: `1 − shortfall / span`, where the shortfall is
 * `target − x` (higher is better) or `x − target` (lower is better). The target scores 1; beyond it
 * the score is capped at 1 unless `cap` is false; it is not floored, so a shortfall of more than one
 * span scores below 0. Source: OECD/JRC, *Handbook on Constructing Composite Indicators* (2008),
 * section 5, "Distance to a reference" (`x / x_ref`, and, with the observed range as span, the
 * distance-to-target form `1 − (target − x) / (max − min)` as implemented in JRC's COINr).
 *
 * @param value - the value to score
 * @param options - target, polarity, span and cap
 * @returns the score, 1 at the target
 * @throws {@link PlanningError} `invalid-argument` when `span` is not positive; `division-by-zero`
 * when the target is 0 and no span is given; `invalid-number` for a value that is not a number
 *
 * @example
 * // 80% health insurance coverage against a 95% target, as a ratio to the target:
 * normalizeDistanceToTarget(80, { target: 95, polarity: 'higher-is-better' }).toFixed(4);
 * //=> '0.8421'
 *
 * @example
 * // Poverty 6% against a 4% target, the shortfall measured against a span of 10 points:
 * normalizeDistanceToTarget(6, { target: 4, polarity: 'lower-is-better', span: 10 }).toString();
 * //=> '0.8'
 */
export function normalizeDistanceToTarget(value: DecimalInput, options: DistanceToTargetOptions): Decimal {
  const polarity = checkChoice(options.polarity, scorePolarities, 'polarity');
  const x = toDecimal(value, 'value');
  const target = toDecimal(options.target, 'target');
  let span: Decimal;
  if (options.span === undefined) {
    if (target.isZero()) {
      throw new PlanningError(
        'division-by-zero',
        'distance to a target of 0 needs an explicit span (the distance that costs the whole score), such as the range of the values',
      );
    }
    span = target.abs();
  } else {
    span = toDecimal(options.span, 'span');
    if (!span.gt(0)) throw new PlanningError('invalid-argument', `span must be positive; got ${span.toString()}`);
  }
  const shortfall = polarity === 'higher-is-better' ? target.minus(x) : x.minus(target);
  const score = new DecimalClass(1).minus(shortfall.div(span));
  return options.cap === false || score.lte(1) ? score : new DecimalClass(1);
}

function readColumn(values: readonly MaybeDecimalInput[]): (Decimal | null)[] {
  if (!isList(values)) throw new PlanningError('invalid-argument', 'values must be an array of values of one indicator');
  return values.map((value, index) => (value === null || value === undefined ? null : toDecimal(value, `values[${index}]`)));
}
