import { PlanningError, quoteText } from '../numeric/index.js';

/**
 * Checks at run time that an option named in a union type holds one of its values, for callers
 * from plain JavaScript or from untyped JSON.
 *
 * @internal
 */
export function checkChoice<C extends string>(value: unknown, choices: readonly C[], what: string): C {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as C;
  throw new PlanningError(
    'invalid-argument',
    `${what} must be one of ${choices.map((choice) => `'${choice}'`).join(', ')}; got ${describeValue(value)}`,
  );
}

/** Describes a value for an error message: strings quoted, everything else by its text. @internal */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteText(value);
  if (value === undefined) return 'nothing';
  if (typeof value === 'function') return 'a function';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return `a value of type ${typeof value}`;
}

/**
 * Tells whether a value is an array, without narrowing a typed parameter to `any[]` (what
 * `Array.isArray` does to readonly arrays).
 *
 * @internal
 */
export function isList(value: unknown): boolean {
  return Array.isArray(value);
}

/**
 * Refuses a group option that is not a function (null included: to readItems null means no grouping).
 *
 * @internal
 */
export function checkGroupFunction(group: unknown): void {
  if (typeof group !== 'function') {
    throw new PlanningError('invalid-argument', `group must be a function that returns a group code for an item; got ${describeValue(group)}`);
  }
}

/**
 * Refuses an index that is not one of a batch's items, saying which are.
 *
 * @internal
 */
export function checkItemIndex(index: number, length: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new PlanningError('invalid-argument', `index must be a whole number from 0 to ${String(length - 1)}; got ${describeValue(index)}`);
  }
}
