/*
 * Roll-up: observations aggregated over the administrative hierarchy and over time by each
 * indicator's rules (sums, ratio of sums, last value, counts of units meeting a condition), each
 * aggregate with its parts and its completeness, in one level or up several (communes to province).
 */
export { type AggregatePart, type AggregateResult, type Completeness, type CountResult, type UnitChange } from './result.js';
export {
  type AggregateOverUnitsOptions,
  type ConditionComparator,
  type CountUnitsOptions,
  type UnitCondition,
  aggregateOverUnits,
  countUnitsMeeting,
} from './units.js';
export { type GroupUnits, type HierarchyUnits, type UnitSelection } from './members.js';
export { type AggregateOverTimeOptions, aggregateOverTime } from './time.js';
export { type LevelCompleteness, type RollUpNode, type RollUpOptions, type RollUpResult, rollUp } from './rollup.js';
