import { type Decimal, type DecimalInput, type Issue, PlanningError, describeValue, formatIssues, toDecimal } from '../numeric/index.js';
import { HUNDRED } from './rates.js';

/** One component of a total (a sector of output, a source of revenue) in two periods. */
export interface GrowthComponent {
  /** The component's name, a non-empty text carried to the result (`'agriculture'`, `'Nông-lâm-thủy sản'`). */
  readonly name: string;
  /** Its value in the earlier period. */
  readonly previous: DecimalInput;
  /** Its value in the later period. */
  readonly current: DecimalInput;
}

/** The contribution of one component to the growth of the total. */
export interface ComponentContribution {
  /** The component's name, as given. */
  readonly name: string;
  /** Its share of the total in the earlier period, in percent. */
  readonly previousShare: Decimal;
  /** Its own growth rate in percent, or null when its earlier value is zero (a new activity). */
  readonly growth: Decimal | null;
  /** Its contribution to the total growth, in percentage points. */
  readonly contribution: Decimal;
}

/** The growth of a total split into the contributions of its components. */
export interface GrowthContributions {
  /** The growth rate of the total, in percent. */
  readonly totalGrowth: Decimal;
  /** One entry per component, in the order given; the contributions add up to `totalGrowth`. */
  readonly components: readonly ComponentContribution[];
}

/**
 * Splits the growth of a total into the contributions of its components, in percentage points:
 * `contribution_i = (current_i - previous_i) / sum(previous) x 100`, which is the component's
 * earlier share times its own growth rate. The contributions add up to the growth of the total:
 * this is the GSO's *đóng góp vào tăng trưởng* ("contributed 0.49 percentage points"). Each
 * figure is rounded once to 40 significant digits, so the sum can differ from `totalGrowth` in the
 * last of those digits when a division does not terminate; round both for presentation.
 *
 * Source: GSO practice for contributions to GRDP growth (sector share of the previous period times
 * the sector's growth); the additive decomposition of a ratio of sums.
 *
 * @param components - the components of the total, each with its earlier and later value
 * @returns the total growth and each component's share, growth and contribution
 * @throws {@link PlanningError} `invalid-argument` when the list is empty or a component has no name
 * (a non-empty text), listing each such component by index and field; `division-by-zero` when
 * the earlier total is zero; `invalid-number` when a value is not a finite number
 *
 * @example
 * // Output of three sectors, 2023 and 2024: who drove the 6% growth?
 * const result = growthContributions([
 *   { name: 'agriculture', previous: 400, current: 412 },
 *   { name: 'industry', previous: 350, current: 378 },
 *   { name: 'services', previous: 250, current: 270 },
 * ]);
 * [result.totalGrowth.toString(), result.components.map((row) => row.contribution.toString())];
 * //=> ['6', ['1.2', '2.8', '2']]
 */
export function growthContributions(components: readonly GrowthComponent[]): GrowthContributions {
  if (components.length === 0) {
    throw new PlanningError('invalid-argument', 'growth contributions need at least one component; got an empty list');
  }
  refuseUnnamed(components);
  const previousValues = components.map((component, index) => toDecimal(component.previous, `components[${String(index)}].previous`));
  const currentValues = components.map((component, index) => toDecimal(component.current, `components[${String(index)}].current`));
  let previousTotal = previousValues[0] ?? HUNDRED;
  let currentTotal = currentValues[0] ?? HUNDRED;
  for (let index = 1; index < components.length; index += 1) {
    previousTotal = previousTotal.plus(previousValues[index] ?? 0);
    currentTotal = currentTotal.plus(currentValues[index] ?? 0);
  }
  if (previousTotal.isZero()) {
    throw new PlanningError(
      'division-by-zero',
      `growth contributions need a non-zero earlier total; the ${String(components.length)} earlier values add up to 0`,
    );
  }
  return {
    totalGrowth: currentTotal.minus(previousTotal).times(HUNDRED).div(previousTotal),
    components: components.map((component, index) => {
      const previous = previousValues[index] ?? previousTotal;
      const current = currentValues[index] ?? previous;
      return {
        name: component.name,
        previousShare: previous.times(HUNDRED).div(previousTotal),
        growth: previous.isZero() ? null : current.minus(previous).times(HUNDRED).div(previous),
        contribution: current.minus(previous).times(HUNDRED).div(previousTotal),
      };
    }),
  };
}

/** Every component must carry a name to the result, or its row could not be told from the others. */
function refuseUnnamed(components: readonly GrowthComponent[]): void {
  const issues: Issue[] = [];
  components.forEach((component: unknown, index) => {
    if (typeof component !== 'object' || component === null) {
      issues.push({ path: ['components', index], message: `expected a component { name, previous, current }; got ${describeValue(component)}` });
      return;
    }
    const name = (component as { readonly name?: unknown }).name;
    if (typeof name === 'string' && name.trim() !== '') return;
    issues.push({ path: ['components', index, 'name'], message: `expected the component's name as a non-empty text, such as 'agriculture'; got ${describeValue(name)}` });
  });
  if (issues.length === 0) return;
  throw new PlanningError('invalid-argument', `growth contributions need a name for every component:\n${formatIssues(issues)}`, { issues });
}
