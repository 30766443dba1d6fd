/*
 * Where a JSON text goes wrong. JSON.parse reads the text; only when it fails is the text scanned
 * again here, to say at which line and column and what was expected there (V8's messages give an
 * offset for some errors only, and never a line).
 */

/** A syntax error of a JSON text: where (from 1) and what. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Where the scan stopped, and why. */
class Stop extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
    this.name = 'Stop';
  }
}

const whitespace = new Set([' ', '\t', '\n', '\r']);
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function describeCharacter(character: string | undefined): string {
  if (character === undefined) return 'the end of the text';
  return JSON.stringify(character);
}

/** An object or array that is open at the current position, and where it was opened. */
interface OpenContainer {
  readonly kind: 'object' | 'array';
  readonly open: number;
}

/**
 * A scanner of the JSON grammar (RFC 8259) that stops at the first error. It keeps the open objects
 * and arrays on an explicit stack rather than recursing, so that a text nested 100,000 deep is
 * scanned like any other.
 */
class Scanner {
  position = 0;
  private readonly open: OpenContainer[] = [];

  constructor(private readonly text: string) {}

  private peek(): string | undefined {
    return this.text[this.position];
  }

  private fail(message: string, position = this.position): never {
    throw new Stop(position, message);
  }

  skipWhitespace(): void {
    while (this.position < this.text.length && whitespace.has(this.text[this.position] ?? '')) this.position += 1;
  }

  /** Scans one value (with everything nested in it); `after` says where, for the messages. */
  value(after: string): void {
    let context = after;
    for (;;) {
      // Read one value, or open a container and read its first member.
      this.skipWhitespace();
      const inner = this.startValue(context);
      if (inner !== undefined) {
        context = inner;
        continue;
      }
      // The value is complete: close every container that ends here, or step to the next member.
      let next = this.afterValue();
      while (next === 'closed') next = this.afterValue();
      if (next === 'done') return;
      context = next.context;
    }
  }

  /**
   * Reads a scalar value or an empty container (undefined), or opens an object or array and returns
   * the context of its first value, still to be read (an object's first key is read here).
   */
  private startValue(after: string): string | undefined {
    const character = this.peek();
    switch (character) {
      case '{':
        this.open.push({ kind: 'object', open: this.position });
        this.position += 1;
        this.skipWhitespace();
        if (this.peek() === '}') {
          this.position += 1;
          this.open.pop();
          return undefined;
        }
        this.key();
        return 'after ":"';
      case '[': {
        const open = this.position;
        this.open.push({ kind: 'array', open });
        this.position += 1;
        this.skipWhitespace();
        if (this.peek() === ']') {
          this.position += 1;
          this.open.pop();
          return undefined;
        }
        if (this.peek() === undefined) this.fail(`the text ends inside the array opened at ${this.where(open)}; close it with "]"`);
        return 'in an array';
      }
      case '"':
        this.string();
        return undefined;
      case undefined:
        this.fail(`the text ends ${after}; expected a value`);
        break;
      case "'":
        this.fail("a string in single quotes; JSON strings take double quotes (\"text\")");
        break;
      case '/':
        this.fail('a comment; JSON has no comments, remove it');
        break;
      default:
        if (character === '-' || (character >= '0' && character <= '9')) {
          this.number();
          return undefined;
        }
        for (const word of ['true', 'false', 'null']) {
          if (this.text.startsWith(word, this.position)) {
            this.position += word.length;
            return undefined;
          }
        }
        this.fail(`unexpected ${describeCharacter(character)} ${after}; expected a value (an object, array, string in double quotes, number, true, false or null)`);
    }
  }

  /** An object's property name and the ":" after it. */
  private key(): void {
    this.skipWhitespace();
    const container = this.open[this.open.length - 1];
    const character = this.peek();
    if (character === undefined) this.fail(`the text ends inside the object opened at ${this.where(container?.open ?? 0)}; close it with "}"`);
    if (character === '}') this.fail('a comma before "}"; JSON does not allow a trailing comma, remove it');
    if (character !== '"') {
      this.fail(`unexpected ${describeCharacter(character)}; expected a property name in double quotes${character === "'" ? ' (JSON strings take double quotes)' : ''}`);
    }
    this.string();
    this.skipWhitespace();
    if (this.peek() !== ':') this.fail(`unexpected ${describeCharacter(this.peek())} after a property name; expected ":"`);
    this.position += 1;
  }

  /**
   * After a value inside the innermost container: `'closed'` when the container ends here (it is then
   * a complete value of its own parent), `'done'` when no container is open, or the context of the
   * next value to read after a ",".
   */
  private afterValue(): 'closed' | 'done' | { readonly context: string } {
    const container = this.open[this.open.length - 1];
    if (container === undefined) return 'done';
    this.skipWhitespace();
    const next = this.peek();
    const close = container.kind === 'object' ? '}' : ']';
    const element = container.kind === 'object' ? 'a property value' : 'an array element';
    if (next === ',') {
      this.position += 1;
      this.skipWhitespace();
      if (container.kind === 'object') {
        this.key();
        return { context: 'after ":"' };
      }
      if (this.peek() === ']') this.fail('a comma before "]"; JSON does not allow a trailing comma, remove it');
      if (this.peek() === undefined) this.fail(`the text ends inside the array opened at ${this.where(container.open)}; close it with "]"`);
      return { context: 'in an array' };
    }
    if (next === close) {
      this.position += 1;
      this.open.pop();
      return 'closed';
    }
    if (next === undefined) {
      this.fail(`the text ends inside the ${container.kind} opened at ${this.where(container.open)}; close it with "${close}"`);
    }
    this.fail(`unexpected ${describeCharacter(next)} after ${element}; expected "," or "${close}"`);
  }

  private string(): void {
    const open = this.position;
    this.position += 1;
    for (;;) {
      const character = this.peek();
      if (character === undefined || character === '\n' || character === '\r') {
        this.fail(`the string opened at ${this.where(open)} is not closed; end it with a double quote on the same line`);
      }
      if (character === '"') {
        this.position += 1;
        return;
      }
      if (character === '\\') {
        const escaped = this.text[this.position + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.position + 2, this.position + 6))) {
            this.fail('"\\u" must be followed by four hexadecimal digits, as in "\\u00e9"');
          }
          this.position += 6;
          continue;
        }
        if (escaped === undefined || !escapes.has(escaped)) {
          this.fail(`invalid escape "\\${escaped ?? ''}" in a string; write a backslash as "\\\\"`);
        }
        this.position += 2;
        continue;
      }
      if (character < ' ') this.fail('a control character (such as a tab) inside a string; write it as an escape such as "\\t"');
      this.position += 1;
    }
  }

  private number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.position, this.position + 400));
    if (match === null || match[0] === '-') this.fail('a malformed number; write numbers like 12, -3.5 or 1e9 (no leading "+", ".5" or "5.")');
    const end = this.position + match[0].length;
    const following = this.text[end];
    if (following === '.' || following === 'e' || following === 'E' || (following !== undefined && following >= '0' && following <= '9')) {
      this.fail('a malformed number; write numbers like 12, -3.5 or 1e9 (no leading zeros, no "5." without digits after the point)', end);
    }
    this.position = end;
  }

  /** `line L, column C` of an offset, for messages that point back (where a bracket was opened). */
  where(position: number): string {
    const { line, column } = lineAndColumn(this.text, position);
    return `line ${String(line)}, column ${String(column)}`;
  }
}

/** The line and column (from 1) of an offset in a text; `\r\n`, `\n` and `\r` end lines. */
export function lineAndColumn(text: string, position: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * The first syntax error of a JSON text, with its line and column; undefined when the text is valid
 * JSON. A byte order mark at the start is allowed.
 */
export function findJsonSyntaxError(input: string): JsonSyntaxError | undefined {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const scanner = new Scanner(text);
  try {
    scanner.skipWhitespace();
    if (scanner.position >= text.length) return { line: 1, column: 1, message: 'the file is empty; expected a JSON value' };
    scanner.value('at the start');
    scanner.skipWhitespace();
    if (scanner.position < text.length) {
      throw new Stop(scanner.position, `unexpected ${describeCharacter(text[scanner.position])} after the end of the JSON value; a file holds one value (wrap several in an array)`);
    }
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.position), message: error.message };
  }
}
