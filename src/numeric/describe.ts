/*
 * How an error message shows a value it was given: its kind, and text quoted to a bounded length, so
 * that a message about a 10 MB input stays a line long.
 */

/**
 * The most characters of an input that a message quotes; a longer text is cut and its length given.
 *
 * @example
 * // Sixty characters at most:
 * maxQuotedLength;
 * //=> 60
 */
export const maxQuotedLength = 60;

/**
 * Quotes a text for an error message, as JSON would, cut to {@link maxQuotedLength} characters with
 * its full length said when it is longer.
 *
 * @param text - the text to quote
 * @returns the quoted text, at most about 100 characters long
 *
 * @example
 * // A short text is quoted whole; a long one is cut:
 * [quoteText('2024-Q5'), quoteText('x'.repeat(1000)).length < 100];
 * //=> ['"2024-Q5"', true]
 */
export function quoteText(text: string): string {
  if (text.length <= maxQuotedLength) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, maxQuotedLength))}… (${String(text.length)} characters)`;
}

/**
 * Describes any value for an error message: a text quoted (bounded, see {@link quoteText}), a number
 * or boolean as written, and otherwise its kind (`null`, `undefined`, `an array`, `an object`, `a
 * function`). Never throws, whatever the value (a symbol, an object without a prototype).
 *
 * @param value - anything
 * @returns a short description
 *
 * @example
 * // What a message says it got:
 * [describeValue('up'), describeValue(-1), describeValue(null), describeValue({ lang: 'vi' })];
 * //=> ['"up"', 'the number -1', 'null', 'an object']
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quoteText(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return `the ${typeof value} ${String(value)}`;
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? 'an array' : 'an object';
    default:
      return `a value of type ${typeof value}`;
  }
}
