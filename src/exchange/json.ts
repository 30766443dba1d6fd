/* Internal: helpers for the JSON-based formats (SDMX-JSON, DHIS2). */
import { PlanningError, quoteText } from '../numeric/index.js';

/** Tells whether a value is a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads JSON text, or passes an already parsed value through. */
export function readJsonInput(input: unknown, what: string): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlanningError('invalid-input', `invalid ${what}: the text is not JSON (${reason})`, {
      issues: [{ path: [], message: `the text is not JSON (${reason})` }],
      cause: error,
    });
  }
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a path into JSON as JavaScript accessors: `data.dataSets[0].observations["0:1:2"][0]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${String(key)}]`;
    else if (typeof key === 'string' && identifier.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === '' ? '(root)' : text;
}

/** Describes a JSON value for a message: `the string "x"`, `null`, `an object`. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${quoteText(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  return 'an object';
}
