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
  // JavaScript callers may pass anything where a text belongs: describe it instead of failing.
  const given: unknown = text;
  if (typeof given !== 'string') return describeValue(given);
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

/**
 * The most texts {@link quoteList} quotes before it counts the rest.
 *
 * @example
 * // A message names at most this many duplicate keys, unknown codes or columns:
 * maxQuotedItems;
 * //=> 10
 */
export const maxQuotedItems = 10;

/**
 * Quotes a list of texts for an error message, each with {@link quoteText}, separated by commas:
 * the first {@link maxQuotedItems} of them, then how many more there are, so that a message about a
 * list of any length stays short.
 *
 * @param texts - the texts, in the order to name them
 * @returns the quoted list
 *
 * @example
 * // Two keys, then a hundred thousand:
 * [quoteList(['a', 'b']), quoteList(Array.from({ length: 100_000 }, (_, index) => String(index))).length < 200];
 * //=> ['"a", "b"', true]
 */
export function quoteList(texts: Iterable<string>): string {
  const quoted: string[] = [];
  let count = 0;
  for (const text of texts) {
    if (count < maxQuotedItems) quoted.push(quoteText(text));
    count += 1;
  }
  const more = count - quoted.length;
  return more > 0 ? `${quoted.join(', ')} and ${String(more)} more` : quoted.join(', ');
}

/**
 * The longest code a model accepts (an indicator, unit, area, group or criterion code, an id), in
 * characters: longer ones are refused by the schemas, so that every message that names a code stays
 * short.
 *
 * @example
 * // DHIS2 identifiers have 11 characters, SDMX codes rarely more than 50:
 * maxCodeLength;
 * //=> 100
 */
export const maxCodeLength = 100;

/**
 * The longest name or level a model accepts (an administrative unit's name, a level name), in
 * characters; see {@link maxCodeLength}.
 *
 * @example
 * // "Thị trấn Yên Cát" needs 16:
 * maxNameLength;
 * //=> 300
 */
export const maxNameLength = 300;

