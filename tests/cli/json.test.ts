/* The JSON syntax locator behind the CLI's "malformed JSON" messages (an internal helper). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from '../../src/cli/json.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in any JSON text that JSON.stringify writes, compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it('finds an error exactly when JSON.parse rejects the text', () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9.eE+\-a-z\\]{0,24}$/);
    const damaged = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', "'", ' ', '0', '-', '.', 'x')).map(([text, at, insert]) => {
      const cut = at % (text.length + 1);
      return text.slice(0, cut) + insert + text.slice(cut + (insert === '' ? 1 : 0));
    });
    fc.assert(
      fc.property(fc.oneof(jsonish, damaged), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('points inside the text or just after its end', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const found = findJsonSyntaxError(text);
        if (found === undefined) return;
        const end = lineAndColumn(text, text.length);
        expect(found.line).toBeGreaterThanOrEqual(1);
        expect(found.line).toBeLessThanOrEqual(end.line);
        expect(found.column).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('reports malformed numbers and strings with what is allowed', () => {
    expect(findJsonSyntaxError('[01]')).toEqual({ line: 1, column: 3, message: 'a malformed number; write numbers like 12, -3.5 or 1e9 (no leading zeros, no "5." without digits after the point)' });
    expect(findJsonSyntaxError('[.5]')?.message).toMatch(/^unexpected "\." in an array; expected a value/);
    expect(findJsonSyntaxError('["a\\x"]')?.message).toBe('invalid escape "\\x" in a string; write a backslash as "\\\\"');
    expect(findJsonSyntaxError('["tab\there"]')?.message).toBe('a control character (such as a tab) inside a string; write it as an escape such as "\\t"');
    expect(findJsonSyntaxError('{"a": "b\n"}')).toEqual({ line: 1, column: 9, message: 'the string opened at line 1, column 7 is not closed; end it with a double quote on the same line' });
  });
});

describe('lineAndColumn', () => {
  it('counts LF, CRLF and CR line ends, and columns from 1', () => {
    expect(['a\nb', 'a\r\nb', 'a\rb'].map((text) => lineAndColumn(text, text.length - 1))).toEqual([
      { line: 2, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 1 },
    ]);
    expect(lineAndColumn('abc', 2)).toEqual({ line: 1, column: 3 });
  });
});
