/**
 * Reads a key that comes from data (a status code, a dimension name, a unit code) from a plain
 * record as an own property only: `'constructor'`, `'toString'` or `'__proto__'` find nothing,
 * instead of a function or `Object.prototype` inherited from the prototype chain.
 *
 * @param record - the record to read, or undefined
 * @param key - the key, as found in the data
 * @returns the record's own value under the key, or undefined
 *
 * @example
 * // A status map has no "constructor" status:
 * const statuses = { A: 'official' };
 * [ownValue(statuses, 'A'), ownValue(statuses, 'constructor'), ownValue(statuses, '__proto__')];
 * //=> ['official', undefined, undefined]
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Reads a field of a value of unknown shape (a record read from JSON before it is checked) as an own
 * property only: undefined when the value is not an object, or has no such own field.
 *
 * @param value - anything
 * @param key - the field's name
 * @returns the value's own field, or undefined
 *
 * @example
 * // The code of a record that failed its schema, if it has one:
 * [ownField({ code: 'X', unit: 5 }, 'code'), ownField(null, 'code'), ownField([], 'constructor')];
 * //=> ['X', undefined, undefined]
 */
export function ownField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Readonly<Record<string, unknown>>)[key] : undefined;
}
