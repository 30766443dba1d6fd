import { Decimal } from '../numeric/index.js';

/**
 * Exact sums and products of library values before a ratio's one division: two values of 40
 * significant digits within 160 orders of magnitude of each other add and multiply without
 * rounding in 200 digits, so a ratio such as (2T − A) / T or A × Σ / Σ' is rounded once.
 */
export const Exact = Decimal.clone({ precision: 200 });
