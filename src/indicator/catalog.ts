import * as z from 'zod/mini';
import {
  Decimal,
  type DecimalInput,
  type Issue,
  PlanningError,
  formatIssues,
  issuesFromZod,
  toDecimal, quoteText } from '../numeric/index.js';
import { type AggregationRule, type Indicator, type Formula, indicatorSchema } from './schema.js';
import { deepFreeze, ownField, parseEach, safeParseInput } from '../numeric/index.js';
import { type UnitCache, readPlainIndicator } from './plain.js';

/**
 * A validated set of indicator definitions, indexed by code. Build it with {@link buildCatalog};
 * look indicators up with {@link getIndicator}.
 *
 * @example
 * // How many indicators a catalog holds:
 * const catalog = buildCatalog([{
 *   code: 'INVESTMENT', labels: { vi: 'Vốn đầu tư phát triển toàn xã hội' }, unit: { unit: 'VND', power: 9 },
 *   measure: 'flow', polarity: 'higher-is-better', precision: 0, aggregation: { overUnits: 'sum', overTime: 'sum' },
 * }]);
 * catalog.indicators.size;
 * //=> 1
 */
export interface Catalog {
  /** The indicators by code. */
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** The indicators in the order they were given. */
  readonly list: readonly Indicator[];
}

const indicatorListSchema = z.array(indicatorSchema);
const wrappedCatalogSchema = z.object({ indicators: indicatorListSchema });

/**
 * The ratio factor of a ratio indicator: its `ratioFactor` if given, else 100 for a percent unit,
 * 1000 for a per-mille unit, and `undefined` for anything else.
 *
 * @param indicator - the indicator
 * @returns the factor that turns numerator/denominator into the indicator's value, or undefined
 *
 * @example
 * // The urbanisation rate is a percentage:
 * ratioFactorOf(getIndicator(vnDistrictIndicatorCatalog, 'URBANISATION_RATE'));
 * //=> 100
 */
export function ratioFactorOf(indicator: Indicator): number | undefined {
  if (indicator.ratioFactor !== undefined) return indicator.ratioFactor;
  if (indicator.unit.unit.kind === 'percent') return 100;
  if (indicator.unit.unit.kind === 'per-mille') return 1000;
  return undefined;
}

/**
 * Checks a list of parsed indicators against each other and returns every problem found (an empty
 * list when the catalog is sound): duplicate codes, unknown references, aggregation rules that would
 * average or add rates, ratio-of-sums without its numerator and denominator, units that disagree
 * with a formula, and cycles among formulas.
 *
 * @param indicators - indicators already parsed with {@link indicatorSchema}
 * @returns the problems, each with its path (`[index, field...]`)
 *
 * @example
 * // A share whose part is in tỷ đồng and whose total is in persons:
 * const [money, people] = [
 *   { unit: { unit: units.VND, power: 9 }, measure: 'flow' },
 *   { unit: { unit: units.persons, power: 0 }, measure: 'stock' },
 * ] as const;
 * const base = { polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'sum', overTime: 'sum' } } as const;
 * validateCatalog([
 *   { ...base, ...money, code: 'A', labels: { vi: 'A' } },
 *   { ...base, ...people, code: 'B', labels: { vi: 'B' } },
 *   { ...base, code: 'S', labels: { vi: 'S' }, unit: { unit: units.percent, power: 0 }, measure: 'ratio',
 *     aggregation: { overUnits: 'none', overTime: 'none' }, formula: { kind: 'share', part: 'A', total: 'B' } },
 * ]).map((issue) => issue.path.join('.'));
 * //=> ['2.formula']
 */
export function validateCatalog(indicators: readonly Indicator[]): Issue[] {
  return catalogIssues(indicators, new Set());
}

/**
 * The checks of {@link validateCatalog} over a list in which the indicators with schema problems are
 * `undefined` (so that every issue keeps its index), with the codes those indicators name counted as
 * known: a reference to an indicator whose record has a problem is not also reported as unknown.
 */
function catalogIssues(indicators: readonly (Indicator | undefined)[], unparsedCodes: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const byCode = new Map<string, Indicator>();
  indicators.forEach((indicator, index) => {
    if (indicator === undefined) return;
    if (byCode.has(indicator.code)) {
      issues.push({ path: [index, 'code'], message: `duplicate indicator code ${quoteText(indicator.code)}` });
    } else {
      byCode.set(indicator.code, indicator);
    }
  });
  indicators.forEach((indicator, index) => {
    if (indicator === undefined) return;
    checkReferences(indicator, index, byCode, unparsedCodes, issues);
    checkAggregation(indicator, index, issues);
    if (indicator.formula !== undefined) checkFormulaUnits(indicator, indicator.formula, index, byCode, issues);
  });
  issues.push(...findCycles(indicators, byCode));
  return issues;
}

/**
 * Builds a {@link Catalog} from untrusted input (an array of indicators, or `{ indicators: [...] }`
 * as read from JSON): parses every indicator, checks them against each other
 * ({@link validateCatalog}), and returns the indexed, frozen catalog.
 *
 * @param input - the indicator definitions
 * @returns the catalog
 * @throws {@link PlanningError} `invalid-input` listing every problem with its path
 *
 * @example
 * // An unknown reference is reported with its path:
 * try {
 *   buildCatalog([{
 *     code: 'INCOME_PC', labels: { vi: 'Thu nhập bình quân đầu người' }, unit: { unit: 'VNDPerPersonPerYear', power: 6 },
 *     measure: 'flow', polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'none', overTime: 'none' },
 *     formula: { kind: 'per-capita', numerator: 'INCOME', population: 'POPULATION' },
 *   }]);
 * } catch (error) {
 *   console.log((error as PlanningError).issues.map((issue) => issue.path.join('.')));
 * }
 * //=> ['0.formula.numerator', '0.formula.population']
 */
export function buildCatalog(input: unknown): Catalog {
  const isWrapped = !Array.isArray(input);
  // The fast first pass gives what the schema gives, or nothing: then the schema reads the whole
  // catalog, for its messages and paths.
  const plain = readPlainIndicators(isWrapped ? plainWrapped(input) : input);
  const parsed =
    plain !== undefined
      ? { success: true as const, data: plain }
      : isWrapped
        ? safeParseInput(z.pipe(wrappedCatalogSchema, z.transform((value) => value.indicators)), input)
        : safeParseInput(indicatorListSchema, input);
  if (!parsed.success) {
    // The indicators that do parse are still checked against each other, in the same run.
    const records = isWrapped ? ownField(input, 'indicators') : input;
    const each = parseEach(indicatorSchema, Array.isArray(records) ? records : []);
    const unparsedCodes = new Set<string>();
    each.values.forEach((indicator, index) => {
      const code = indicator === undefined ? ownField((records as readonly unknown[])[index], 'code') : undefined;
      if (typeof code === 'string') unparsedCodes.add(code);
    });
    const between = catalogIssues(each.values, unparsedCodes).map((issue) => (isWrapped ? { ...issue, path: ['indicators', ...issue.path] } : issue));
    const issues = [...issuesFromZod(parsed.error.issues), ...between];
    throw new PlanningError('invalid-input', `invalid indicator catalog: ${describeCount(issues)}\n${formatIssues(issues)}`, {
      issues,
    });
  }
  const list = parsed.data;
  const issues = validateCatalog(list).map((issue) => (isWrapped ? { ...issue, path: ['indicators', ...issue.path] } : issue));
  if (issues.length > 0) {
    throw new PlanningError('invalid-input', `invalid indicator catalog: ${describeCount(issues)}\n${formatIssues(issues)}`, {
      issues,
    });
  }
  const frozen = deepFreeze(list);
  return Object.freeze({ indicators: new Map(frozen.map((indicator) => [indicator.code, indicator])), list: frozen });
}

/** The list of a catalog given as `{ indicators: [...] }`, when it is a plain object with that own field. */
function plainWrapped(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
  return ownField(input, 'indicators');
}

/**
 * The fast first pass over a list of indicators: each plainly valid record read by
 * readPlainIndicator, any other one parsed by the schema alone; undefined as soon as a record is
 * refused (or the list is not a plain array), so that the schema reads the whole input.
 */
function readPlainIndicators(records: unknown): Indicator[] | undefined {
  if (!Array.isArray(records) || Object.getPrototypeOf(records) !== Array.prototype) return undefined;
  const list = records as readonly unknown[];
  const units: UnitCache = new Map();
  const indicators = new Array<Indicator>(list.length);
  for (let position = 0; position < list.length; position += 1) {
    const record = list[position];
    const read = readPlainIndicator(record, units);
    if (read !== undefined) {
      indicators[position] = read;
      continue;
    }
    const result = safeParseInput(indicatorSchema, record);
    if (!result.success) return undefined;
    indicators[position] = result.data;
  }
  return indicators;
}

/**
 * Looks an indicator up by code.
 *
 * @param catalog - the catalog
 * @param code - the indicator's code
 * @returns the indicator
 * @throws {@link PlanningError} `not-found` naming the code and, where one is close, a likely intended code
 *
 * @example
 * // The unit of the investment indicator:
 * getIndicator(vnDistrictIndicatorCatalog, 'INVESTMENT').unit.power;
 * //=> 9
 */
export function getIndicator(catalog: Catalog, code: string): Indicator {
  const indicator = catalog.indicators.get(code);
  if (indicator !== undefined) return indicator;
  const lower = code.toLowerCase();
  const near = [...catalog.indicators.keys()].filter(
    (known) => known.toLowerCase().includes(lower) || lower.includes(known.toLowerCase()),
  );
  const hint = near.length > 0 ? `; did you mean ${near.slice(0, 3).map((known) => quoteText(known)).join(' or ')}?` : '';
  throw new PlanningError('not-found', `unknown indicator code ${quoteText(code)}${hint}`);
}

/**
 * How an indicator is derived from others, if it is: its `formula`, else, for a ratio with a
 * numerator and a denominator indicator (a rate whose district value is a ratio of sums), the ratio
 * formula `numerator / denominator × factor` with the factor of {@link ratioFactorOf} (1 when it has
 * none). An indicator that is neither is observed only.
 *
 * @param indicator - the indicator
 * @returns the formula, or undefined
 *
 * @example
 * // The urbanisation rate is urban population over population, in percent:
 * derivationOf(getIndicator(vnDistrictIndicatorCatalog, 'URBANISATION_RATE'));
 * //=> { kind: 'ratio', numerator: 'POPULATION_URBAN', denominator: 'POPULATION', factor: 100 }
 */
export function derivationOf(indicator: Indicator): Formula | undefined {
  if (indicator.formula !== undefined) return indicator.formula;
  if (indicator.numerator === undefined || indicator.denominator === undefined) return undefined;
  return { kind: 'ratio', numerator: indicator.numerator, denominator: indicator.denominator, factor: ratioFactorOf(indicator) ?? 1 };
}

/**
 * Computes the value of a derived indicator from the values of the indicators its formula uses
 * ({@link derivationOf}: its formula, or the ratio of its numerator and denominator).
 * Units are reconciled exactly: a per-capita income in triệu đồng from a total in tỷ đồng and a
 * population in persons is scaled by the powers of ten of each unit, the derived indicator's own
 * included (as a ratio of sums is, when the values roll up).
 *
 * Formulas: per-capita `N / P`; ratio `N / D × factor`; share `part / total × 100`; growth
 * `(X_t − X_{t−1}) / X_{t−1} × 100`.
 *
 * @param catalog - the catalog that defines the indicator and its inputs
 * @param code - the derived indicator's code
 * @param valueOf - the value of an input indicator in its own unit; `offset` is 0 for the period
 *   being computed and -1 for the previous period (used by the growth formula only)
 * @returns the derived value in the derived indicator's unit
 * @throws {@link PlanningError} `invalid-argument` if the indicator has no formula; `insufficient-data`
 *   when an input value is missing; `division-by-zero` for a zero denominator, population or base
 *
 * @example
 * // Income per person (triệu đồng) from total income (tỷ đồng) and population (persons):
 * const catalog = buildCatalog([
 *   { code: 'INCOME', labels: { vi: 'Tổng thu nhập' }, unit: { unit: 'VND', power: 9 }, measure: 'flow',
 *     polarity: 'higher-is-better', precision: 0, aggregation: { overUnits: 'sum', overTime: 'sum' } },
 *   { code: 'POPULATION', labels: { vi: 'Dân số' }, unit: { unit: 'persons', power: 0 }, measure: 'stock',
 *     polarity: 'higher-is-better', precision: 0, aggregation: { overUnits: 'sum', overTime: 'last' } },
 *   { code: 'INCOME_PC', labels: { vi: 'Thu nhập bình quân đầu người' }, unit: { unit: 'VNDPerPersonPerYear', power: 6 },
 *     measure: 'flow', polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'none', overTime: 'none' },
 *     formula: { kind: 'per-capita', numerator: 'INCOME', population: 'POPULATION' } },
 * ]);
 * evaluateFormula(catalog, 'INCOME_PC', (code) => (code === 'INCOME' ? 3200 : 71000)).toFixed(2);
 * //=> '45.07'
 */
export function evaluateFormula(
  catalog: Catalog,
  code: string,
  valueOf: (code: string, offset: 0 | -1) => DecimalInput | undefined,
): Decimal {
  const indicator = getIndicator(catalog, code);
  const formula = derivationOf(indicator);
  if (formula === undefined) {
    throw new PlanningError('invalid-argument', `indicator ${quoteText(code)} has no formula; it is observed, not derived`);
  }
  const input = (inputCode: string, offset: 0 | -1 = 0): Decimal => {
    const value = valueOf(inputCode, offset);
    if (value === undefined) {
      throw new PlanningError(
        'insufficient-data',
        `cannot compute ${code}: no value for ${inputCode}${offset === -1 ? ' in the previous period' : ''}`,
      );
    }
    const inputIndicator = getIndicator(catalog, inputCode);
    return toDecimal(value, inputCode).times(new Decimal(10).pow(inputIndicator.unit.power));
  };
  const divide = (numerator: Decimal, denominator: Decimal, what: string): Decimal => {
    if (denominator.isZero()) throw new PlanningError('division-by-zero', `cannot compute ${code}: ${what} is zero`);
    return numerator.div(denominator);
  };
  const ownScale = new Decimal(10).pow(indicator.unit.power);
  switch (formula.kind) {
    case 'per-capita':
      return divide(input(formula.numerator), input(formula.population), formula.population).div(ownScale);
    case 'ratio':
      return divide(input(formula.numerator), input(formula.denominator), formula.denominator).times(formula.factor).div(ownScale);
    case 'share':
      return divide(input(formula.part), input(formula.total), formula.total).times(100);
    case 'growth': {
      const previous = input(formula.of, -1);
      return divide(input(formula.of).minus(previous), previous, `the previous value of ${formula.of}`).times(100);
    }
  }
}

function describeCount(issues: readonly Issue[]): string {
  return `${String(issues.length)} problem${issues.length === 1 ? '' : 's'}`;
}

function referencesOf(indicator: Indicator): { readonly path: readonly PropertyKey[]; readonly code: string }[] {
  const references: { path: PropertyKey[]; code: string }[] = [];
  if (indicator.numerator !== undefined) references.push({ path: ['numerator'], code: indicator.numerator });
  if (indicator.denominator !== undefined) references.push({ path: ['denominator'], code: indicator.denominator });
  const formula = indicator.formula;
  if (formula !== undefined) {
    for (const [key, value] of Object.entries(formula)) {
      if (key !== 'kind' && typeof value === 'string') references.push({ path: ['formula', key], code: value });
    }
  }
  return references;
}

function checkReferences(
  indicator: Indicator,
  index: number,
  byCode: ReadonlyMap<string, Indicator>,
  unparsedCodes: ReadonlySet<string>,
  issues: Issue[],
): void {
  for (const reference of referencesOf(indicator)) {
    if (!byCode.has(reference.code) && !unparsedCodes.has(reference.code)) {
      issues.push({
        path: [index, ...reference.path],
        message: `indicator ${indicator.code} refers to ${quoteText(reference.code)}, which is not in the catalog`,
      });
    }
  }
}

const notAdditive: Readonly<Partial<Record<Indicator['measure'], readonly AggregationRule[]>>> = {
  ratio: ['sum', 'average'],
  'growth-rate': ['sum', 'average'],
  index: ['sum'],
};

/**
 * Says why an aggregation rule cannot combine an indicator's values, or `undefined` when it can:
 * rates and growth rates are never added or averaged, index points are never added, and
 * `ratio-of-sums` needs the indicator's numerator and denominator indicators. The catalog applies
 * this check to each indicator's own rules, and the aggregate domain to any rule asked of it.
 *
 * @param indicator - the indicator
 * @param rule - the aggregation rule
 * @returns the problem in a sentence, or `undefined`
 *
 * @example
 * // Percentages are never averaged:
 * aggregationRuleProblem(getIndicator(vnDistrictIndicatorCatalog, 'URBANISATION_RATE'), 'average');
 * //=> 'a ratio must not be combined by average (rates are never averaged or added); use ratio-of-sums with a numerator and denominator, last, min, max or none'
 */
export function aggregationRuleProblem(indicator: Indicator, rule: AggregationRule): string | undefined {
  if (notAdditive[indicator.measure]?.includes(rule) === true) {
    return `a ${indicator.measure} must not be combined by ${rule} (rates are never averaged or added); use ratio-of-sums with a numerator and denominator, last, min, max or none`;
  }
  if (rule === 'ratio-of-sums' && (indicator.numerator === undefined || indicator.denominator === undefined)) {
    return 'ratio-of-sums needs the codes of the numerator and denominator indicators (fields numerator and denominator)';
  }
  return undefined;
}

function checkAggregation(indicator: Indicator, index: number, issues: Issue[]): void {
  for (const dimension of ['overUnits', 'overTime'] as const) {
    const problem = aggregationRuleProblem(indicator, indicator.aggregation[dimension]);
    if (problem !== undefined) issues.push({ path: [index, 'aggregation', dimension], message: problem });
  }
  if (indicator.measure === 'ratio' && ratioFactorOf(indicator) === undefined) {
    issues.push({
      path: [index, 'ratioFactor'],
      message: 'a ratio needs its factor (100 for a percentage, 1000 per mille) unless its unit is percent or per mille',
    });
  }
}

function checkFormulaUnits(
  indicator: Indicator,
  formula: Formula,
  index: number,
  byCode: ReadonlyMap<string, Indicator>,
  issues: Issue[],
): void {
  const kindOf = (code: string) => byCode.get(code)?.unit.unit.kind;
  const fail = (message: string) => issues.push({ path: [index, 'formula'], message });
  const ownKind = indicator.unit.unit.kind;
  switch (formula.kind) {
    case 'per-capita': {
      const population = kindOf(formula.population);
      if (population !== undefined && population !== 'persons' && population !== 'households') {
        fail(`per-capita needs a population in persons or households; ${formula.population} is in ${population}`);
      }
      const numerator = kindOf(formula.numerator);
      if (numerator === 'money' && ownKind !== 'money-per-person') {
        fail(`money per person must be in a money-per-person unit; ${indicator.code} is in ${ownKind}`);
      }
      break;
    }
    case 'ratio': {
      const factor = ratioFactorOf(indicator);
      if (factor !== undefined && factor !== formula.factor) {
        fail(`the formula's factor ${String(formula.factor)} disagrees with the indicator's ratio factor ${String(factor)}`);
      }
      break;
    }
    case 'share': {
      const part = byCode.get(formula.part);
      const total = byCode.get(formula.total);
      if (part !== undefined && total !== undefined && part.unit.unit.code !== total.unit.unit.code) {
        fail(`a share needs its part and total in the same unit; ${part.code} is in ${part.unit.unit.code}, ${total.code} in ${total.unit.unit.code}`);
      }
      if (ownKind !== 'percent') fail(`a share is a percentage; ${indicator.code} is in ${ownKind}`);
      break;
    }
    case 'growth':
      if (ownKind !== 'percent') fail(`a growth rate is in percent; ${indicator.code} is in ${ownKind}`);
      break;
  }
}

function findCycles(indicators: readonly (Indicator | undefined)[], byCode: ReadonlyMap<string, Indicator>): Issue[] {
  const issues: Issue[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const indexOf = new Map<string, number>();
  indicators.forEach((indicator, index) => {
    if (indicator !== undefined && !indexOf.has(indicator.code)) indexOf.set(indicator.code, index);
  });
  const visit = (code: string, trail: string[]): void => {
    const seen = state.get(code);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(code)), code];
      issues.push({ path: [indexOf.get(code) ?? 0, 'formula'], message: `formulas form a cycle: ${cycle.join(' → ')}` });
      return;
    }
    const indicator = byCode.get(code);
    if (indicator === undefined) return;
    state.set(code, 'visiting');
    for (const reference of referencesOf(indicator)) visit(reference.code, [...trail, code]);
    state.set(code, 'done');
  };
  for (const indicator of indicators) if (indicator !== undefined) visit(indicator.code, []);
  return issues;
}
