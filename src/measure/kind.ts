import * as z from 'zod/mini';

/**
 * What a quantity measures. Every unit of measure belongs to exactly one kind, and the library
 * never converts, compares or adds values across kinds. The union is closed, so code that reads a
 * unit can switch on its kind exhaustively.
 *
 * - `money`: an amount of a currency (đồng, USD); carries an ISO 4217 code.
 * - `money-per-person`: money per head of population, as per-capita income (đồng/người/năm).
 * - `money-per-area`: money per unit of land, as output value per hectare (đồng/ha).
 * - `percent`: a share or rate out of 100 (%).
 * - `per-mille`: a rate out of 1,000 (‰), as birth or natural population growth rates.
 * - `percentage-points`: the difference of two percentages (điểm phần trăm). Not a percent: a poverty
 *   rate that falls from 5.20% to 4.03% falls by 1.17 percentage points, which is a 22.5% decrease.
 * - `rate-per-population`: a count per a fixed number of people, as hospital beds per 10,000 people
 *   (giường bệnh/vạn dân); the unit carries the population base.
 * - `index`: an index number, usually with the base period = 100 (chỉ số phát triển).
 * - `persons`: a number of people (người).
 * - `households`: a number of households (hộ).
 * - `count`: a number of other things (communes, villages, products, enterprises).
 * - `length`: a distance (km).
 * - `area`: a surface (ha).
 * - `mass`: a weight (tấn, tạ).
 * - `yield`: mass per area of land, as crop yield (tạ/ha).
 *
 * @example
 * // A budget in tỷ đồng and a poverty rate in % are different kinds:
 * [units.VND.kind, units.percent.kind];
 * //=> ['money', 'percent']
 */
export type QuantityKind =
  | 'money'
  | 'money-per-person'
  | 'money-per-area'
  | 'percent'
  | 'per-mille'
  | 'percentage-points'
  | 'rate-per-population'
  | 'index'
  | 'persons'
  | 'households'
  | 'count'
  | 'length'
  | 'area'
  | 'mass'
  | 'yield';

/**
 * Every {@link QuantityKind}, in documentation order.
 *
 * @example
 * // Is 'money' a kind the library knows?
 * quantityKinds.includes('money');
 * //=> true
 */
export const quantityKinds: readonly QuantityKind[] = Object.freeze([
  'money',
  'money-per-person',
  'money-per-area',
  'percent',
  'per-mille',
  'percentage-points',
  'rate-per-population',
  'index',
  'persons',
  'households',
  'count',
  'length',
  'area',
  'mass',
  'yield',
]);

/**
 * The kinds whose units are amounts of a currency and may carry an ISO 4217 currency code.
 *
 * @example
 * // Per-capita income is money too:
 * [moneyKinds.includes('money-per-person'), moneyKinds.includes('percent')];
 * //=> [true, false]
 */
export const moneyKinds: readonly QuantityKind[] = Object.freeze(['money', 'money-per-person', 'money-per-area']);

/**
 * The zod schema of a {@link QuantityKind}: one of the {@link quantityKinds}.
 *
 * @example
 * // 'currency' is not a kind; 'money' is:
 * [z.safeParse(quantityKindSchema, 'currency').success, z.safeParse(quantityKindSchema, 'money').success];
 * //=> [false, true]
 */
export const quantityKindSchema: z.ZodMiniType<QuantityKind, QuantityKind> = z.enum(quantityKinds, {
  error: `expected one of the quantity kinds ${quantityKinds.join(', ')}`,
});
