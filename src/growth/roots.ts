/*
 * Roots for compound growth, exact to the library's 40 digits and fast.
 *
 * Decimal.pow with a fractional exponent goes through ln and exp, which cost about half a
 * millisecond at 40 digits; a plan report or a benchmark over 10,000 series asks for tens of
 * thousands of roots. Both paths here start from a floating-point guess g of the n-th root of x and
 * correct it with the binomial series: x = g^n (1 + u) with |u| about 1e-15, and
 * x^(1/n) = g (1 + c1 u + c2 u^2 + c3 u^3 + ...), whose terms after u^3 are below 1e-48.
 *
 * - compoundRate (end-point rates, required growth, progress) computes u exactly in BigInt, with the
 *   inputs' digits, and the root to 60 digits of fixed point.
 * - nthRootWorking (least squares, and what the first path declines) computes it in decimal.js at
 *   50 digits; a poorer guess is refined by the same series until |u| is below 1e-12, and an
 *   unusable one (beyond the range of a double, or off by more than 1e-3) falls back to Decimal.pow.
 *
 * Either way the result is rounded once to the library's 40 significant digits.
 */
import { Decimal, decimalFromScaled, powerOfTen } from '../numeric/index.js';
import { integerParts } from './exact.js';
import { HUNDRED } from './rates.js';

/** Working precision for roots: ten guard digits above the library's 40. */
const WORKING_PRECISION = 50;
const Working = Decimal.clone({ precision: WORKING_PRECISION });
/** 1 at working precision: operations on it run at 50 digits. */
export const WORKING_ONE = new Working(1);
const WORKING_HUNDRED = new Working(100);
const GUESS_TOLERANCE = new Working('1e-12');
const ROUGH_GUESS = new Working('1e-3');
const MINUS_HUNDRED = new Decimal(-100);

interface SeriesCoefficients {
  readonly first: Decimal;
  readonly second: Decimal;
  readonly third: Decimal;
}

// The coefficients depend only on the degree, which is a small count of periods in practice;
// caching them saves three divisions per root and cannot change any result.
const coefficientCache = new Map<number, SeriesCoefficients>();
const CACHE_LIMIT = 1000;

function coefficients(degree: number): SeriesCoefficients {
  const cached = coefficientCache.get(degree);
  if (cached !== undefined) return cached;
  const n = new Working(degree);
  const made: SeriesCoefficients = {
    // (1 + u)^a = 1 + a u + a(a-1)/2 u^2 + a(a-1)(a-2)/6 u^3 + ..., with a = 1/n
    first: WORKING_ONE.div(n),
    second: WORKING_ONE.minus(n).div(n.times(n).times(2)),
    third: WORKING_ONE.minus(n).times(WORKING_ONE.minus(n.times(2))).div(n.times(n).times(n).times(6)),
  };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache: coefficients made again are the same
  if (degree <= CACHE_LIMIT) coefficientCache.set(degree, made);
  return made;
}

/**
 * The positive n-th root of a non-negative decimal, at 50 significant digits, as a working-precision
 * Decimal. `degree` is a positive safe integer; callers check their arguments. `logGuess`, when
 * given, is the natural logarithm of the root in floating point, for values too large or too small
 * for a double (the least-squares product).
 */
export function nthRootWorking(value: Decimal, degree: number, logGuess?: number): Decimal {
  const x = new Working(value);
  if (degree === 1 || x.isZero()) return x;
  let start: number;
  if (logGuess === undefined) {
    const approximate = x.toNumber();
    // Stryker disable next-line LogicalOperator: a guess from a value beyond the range (0 or Infinity) is refused on the next test, and one from a subnormal is refined or refused like any poor guess: the same root
    start = approximate > 1e-290 && approximate < 1e290 ? Math.pow(approximate, 1 / degree) : Number.NaN;
  } else {
    start = Math.exp(logGuess);
  }
  // Stryker disable next-line LogicalOperator: a guess of 0, Infinity or NaN makes u infinite or NaN: the series is never applied and Decimal.pow gives the root
  if (start > 1e-290 && start < 1e290) {
    let guess = new Working(start);
    // A double guess is good to about 1e-15 and the first pass ends. A poorer one (from a long
    // least-squares sum) is refined by the same series; each pass raises its order by four.
    for (let pass = 0; pass < 3; pass += 1) {
      const u = x.div(guess.pow(degree)).minus(WORKING_ONE);
      const size = u.abs();
      if (size.greaterThan(ROUGH_GUESS)) break;
      const { first, second, third } = coefficients(degree);
      guess = guess.times(u.times(u.times(u.times(third).plus(second)).plus(first)).plus(WORKING_ONE));
      if (size.lessThanOrEqualTo(GUESS_TOLERANCE)) return guess;
    }
  }
  return x.pow(WORKING_ONE.div(degree));
}

/**
 * The compound growth rate in percent from `first` to `last` over `periods`:
 * `((last / first)^(1 / periods) - 1) x 100`, rounded once to the library's 40 digits. The caller
 * has checked that `first` is not zero, that the two have the same sign (or `last` is zero) and
 * that `periods` is a positive integer.
 */
export function compoundRate(first: Decimal, last: Decimal, periods: number): Decimal {
  if (last.isZero()) return MINUS_HUNDRED;
  if (periods === 1) return last.minus(first).times(HUNDRED).div(first);
  const fast = periods <= BIGINT_ROOT_DEGREE_LIMIT ? bigIntCompoundRate(first.abs(), last.abs(), periods) : undefined;
  if (fast !== undefined) return fast;
  const root = nthRootWorking(new Working(last).div(first), periods);
  return toLibrary(root.minus(WORKING_ONE).times(WORKING_HUNDRED));
}

/*
 * The same rate in integer arithmetic, several times faster than decimal.js for the usual degrees.
 * With a double guess g = G x 10^k of the root (G a whole number of about 16 digits), the ratio is
 * last / first = g^n (1 + u), and u is found exactly in BigInt, to Q = 60 digits of fixed point;
 * the binomial series then gives the root to the same scale, exact but for truncations below
 * 1e-58. The rate is rounded once, half away from zero, to the library's 40 significant digits.
 */
const SCALE = 60;
const SCALE_FACTOR = powerOfTen(SCALE);
// Stryker disable next-line ArithmeticOperator: never reached: the double guess makes |u| below 1e-13 (its error times a degree of at most 200)
const USABLE_U = powerOfTen(SCALE - 12);
const BIGINT_ROOT_DEGREE_LIMIT = 200;

function bigIntCompoundRate(first: Decimal, last: Decimal, degree: number): Decimal | undefined {
  const top = integerParts(last);
  const bottom = integerParts(first);
  const approximate = (Number(top.digits) / Number(bottom.digits)) * Math.pow(10, top.exponent - bottom.exponent);
  if (!(approximate > 1e-200 && approximate < 1e200)) return undefined;
  // the guess as a whole number of about 16 digits times a power of ten: g = guess x 10^guessExponent
  const root = Math.pow(approximate, 1 / degree);
  const guessExponent = Math.floor(Math.log10(root)) - 15;
  if (guessExponent + SCALE < 0) return undefined;
  const guess = BigInt(Math.round(root * Math.pow(10, -guessExponent)));
  // 1 + u = last / (first x g^n) = top x 10^shift / (bottom x guess^n), the power of ten on whichever side keeps it whole
  const shift = top.exponent - bottom.exponent - degree * guessExponent;
  const numerator = shift >= 0 ? top.digits * powerOfTen(shift) : top.digits;
  const denominator = (shift >= 0 ? bottom.digits : bottom.digits * powerOfTen(-shift)) * guess ** BigInt(degree);
  const u = ((numerator - denominator) * SCALE_FACTOR) / denominator;
  // Stryker disable next-line LogicalOperator: never reached: the double guess makes |u| below 1e-13 (its error times a degree of at most 200)
  if (u > USABLE_U || u < -USABLE_U) return undefined;
  const n = BigInt(degree);
  // (1 + u)^(1/n) - 1 = u/n + (1-n)/(2n^2) u^2 + (1-n)(1-2n)/(6n^3) u^3 + O(u^4), and u^4 < 1e-48 / n
  const correction =
    u / n +
    ((1n - n) * u * u) / (2n * n * n * SCALE_FACTOR) +
    ((1n - n) * (1n - 2n * n) * u * u * u) / (6n * n * n * n * SCALE_FACTOR * SCALE_FACTOR);
  const guessScaled = guess * powerOfTen(guessExponent + SCALE);
  const scaledRoot = guessScaled + (guessScaled * correction) / SCALE_FACTOR;
  return decimalFromScaled(scaledRoot - SCALE_FACTOR, 2 - SCALE);
}

/** Rounds a working-precision value to the library's precision and makes it a library Decimal. */
export function toLibrary(value: Decimal): Decimal {
  return new Decimal(value.toSignificantDigits(Decimal.precision));
}

/** Makes a working-precision copy of a value, for sums and products that feed a root. */
export function toWorking(value: Decimal): Decimal {
  return new Working(value);
}
