import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { Decimal, PlanningError, decimalSchema, deepFreeze, issueMessage, parseWithSchema, safeParseInput } from '../../src/index.js';
import { caught, issueLines } from '../helpers.js';

/** The issues that safeParseInput reports for an input, as `path: message` lines. */
function problems(schema: z.ZodMiniType, input: unknown): string[] {
  const result = safeParseInput(schema, input);
  return result.success ? [] : issueLines(result.error.issues.map((issue) => ({ path: issue.path, message: issue.message })));
}

/* issueMessage is the text every refused model input shows: what was expected, and what was found. */
describe('issueMessage: what was expected and what was found, for each kind of zod issue', () => {
  it.each<[string, z.ZodMiniType, unknown, string]>([
    ['a string', z.object({ a: z.string() }), { a: 1 }, 'a: expected text (a string); got the number 1'],
    ['a number', z.object({ a: z.number() }), { a: 'x' }, 'a: expected a number; got "x"'],
    ['a whole number', z.object({ a: z.int() }), { a: 1.5 }, 'a: expected a whole number; got the number 1.5'],
    ['a boolean', z.object({ a: z.boolean() }), { a: 1 }, 'a: expected true or false; got the number 1'],
    ['a list', z.object({ a: z.array(z.number()) }), { a: {} }, 'a: expected a list (an array); got an object'],
    ['an object', z.object({ a: z.object({}) }), { a: [] }, 'a: expected an object; got an array'],
    ['another type', z.object({ a: z.bigint() }), { a: 1 }, 'a: expected a value of type bigint; got the number 1'],
  ])('names the expected type for %s', (_, schema, input, line) => {
    expect(problems(schema, input)).toEqual([line]);
  });

  it('says "missing" when a required key is absent, and then says nothing about what was found', () => {
    expect(problems(z.object({ a: z.string() }), {})).toEqual(['a: missing; expected text (a string)']);
    expect(problems(z.object({ a: z.literal('x') }), {})).toEqual(['a: missing; expected "x"']);
    expect(problems(z.object({ a: z.enum(['x', 'y']) }), {})).toEqual(['a: missing; expected one of "x", "y"']);
  });

  it('lists the allowed values of a literal or an enum, strings quoted and numbers as written', () => {
    expect(problems(z.object({ a: z.literal('x') }), { a: 'y' })).toEqual(['a: expected "x"; got "y"']);
    expect(problems(z.literal(5), 4)).toEqual(['(root): expected 5; got the number 4']);
    expect(problems(z.enum(['x', 'y']), 'z')).toEqual(['(root): expected one of "x", "y"; got "z"']);
    expect(problems(z.literal(5n), 4n)).toEqual(['(root): expected 5; got the bigint 4']);
  });

  it('gives the bound of a size or a range, and says when it is exclusive', () => {
    expect(problems(z.string().check(z.minLength(3)), 'ab')).toEqual(['(root): expected text of a length of at least 3; got "ab"']);
    expect(problems(z.array(z.number()).check(z.minLength(2)), [1])).toEqual(['(root): expected a list of a length of at least 2; got an array']);
    expect(problems(z.set(z.number()).check(z.minSize(2)), new Set([1]))).toEqual(['(root): expected a list of a length of at least 2; got an object']);
    expect(problems(z.number().check(z.gt(3)), 3)).toEqual(['(root): expected a value of at least 3 (exclusive); got the number 3']);
    expect(problems(z.number().check(z.gte(3)), 2)).toEqual(['(root): expected a value of at least 3; got the number 2']);
    expect(problems(z.number().check(z.lt(3)), 3)).toEqual(['(root): expected a value of at most 3 (exclusive); got the number 3']);
    expect(problems(z.number().check(z.lte(3)), 4)).toEqual(['(root): expected a value of at most 3; got the number 4']);
    expect(problems(z.string().check(z.maxLength(1)), 'ab')).toEqual(['(root): expected text of a length of at most 1; got "ab"']);
    expect(problems(z.array(z.number()).check(z.maxLength(1)), [1, 2])).toEqual(['(root): expected a list of a length of at most 1; got an array']);
  });

  it('names unknown keys, ten at most, and says how many more there are', () => {
    expect(problems(z.strictObject({ a: z.number() }), { a: 1, b: 2 })).toEqual(['(root): unknown key "b"; remove or rename it']);
    expect(problems(z.strictObject({ a: z.number() }), { a: 1, b: 2, c: 3 })).toEqual(['(root): unknown keys "b", "c"; remove or rename them']);
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`k${String(index)}`, index]));
    expect(problems(z.strictObject({}), eleven)).toEqual([
      '(root): unknown keys "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9" and 1 more; remove or rename them',
    ]);
    const ten = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`k${String(index)}`, index]));
    expect(problems(z.strictObject({}), ten)).toEqual(['(root): unknown keys "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"; remove or rename them']);
  });

  it('names the allowed values of a discriminator, and says a plain union matched no form', () => {
    const shapes = z.discriminatedUnion('type', [z.object({ type: z.literal('a') }), z.object({ type: z.literal('b') })]);
    expect(problems(shapes, { type: 'c' })).toEqual(['type: expected a type that is one of "a", "b"; got an object']);
    expect(problems(z.union([z.string(), z.number()]), true)).toEqual(['(root): matches none of the allowed forms; got the boolean true']);
  });

  it('a discriminator without a list of values is called known', () => {
    const message = issueMessage({ code: 'invalid_union', errors: [], input: { type: 'c' }, discriminator: 'type', options: [] } as never);
    expect(message).toBe('expected a type that is known; got an object');
    const noOptions = issueMessage({ code: 'invalid_union', errors: [], input: 1, discriminator: 'type' } as never);
    expect(noOptions).toBe('expected a type that is known; got the number 1');
  });

  it('names a format, a divisor, an invalid key or element, and anything else', () => {
    expect(problems(z.string().check(z.email()), 'x')).toEqual(['(root): expected text in the email format; got "x"']);
    expect(problems(z.number().check(z.multipleOf(5)), 7)).toEqual(['(root): expected a multiple of 5; got the number 7']);
    expect(problems(z.record(z.string().check(z.minLength(2)), z.number()), { a: 1 })).toEqual(['a: has an invalid key; got "a"']);
    expect(issueMessage({ code: 'invalid_element', origin: 'map', key: 'a', issues: [], input: 'x' } as never)).toBe('has an invalid element; got "x"');
    expect(problems(z.custom(() => false), 1)).toEqual(['(root): is not allowed here; got the number 1']);
  });

  it('decimalSchema says why a value is not a decimal, in the words of toDecimal', () => {
    expect(problems(decimalSchema, 'abc')).toEqual([
      `(root): expected a finite decimal number such as 5.6 or "5.6": the value must be a decimal number such as '12.5' or 12.5; got the string "abc"`,
    ]);
    expect(problems(decimalSchema, {})).toEqual([
      '(root): expected a finite decimal number such as 5.6 or "5.6": the value must be a number, a decimal string or a Decimal; got an object',
    ]);
    expect(problems(decimalSchema, '1e400')).toEqual([
      '(root): expected a finite decimal number such as 5.6 or "5.6": the value must have an exponent from -100 to 100 (a size from 1e-100 to below 1e101); got 1e400',
    ]);
  });
});

describe('parseWithSchema', () => {
  it('counts the problems in one error and lists each with its path', () => {
    const schema = z.object({ year: z.number(), code: z.string() });
    const error = caught(() => parseWithSchema(schema, { year: '2024' }, 'period'));
    expect(error).toBeInstanceOf(PlanningError);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('invalid period: 2 problems\n- year: expected a number; got "2024"\n- code: missing; expected text (a string)');
    expect(issueLines(error.issues)).toEqual(['year: expected a number; got "2024"', 'code: missing; expected text (a string)']);
    const one = caught(() => parseWithSchema(schema, { year: 2024 }, 'period'));
    expect(one.message).toBe('invalid period: 1 problem\n- code: missing; expected text (a string)');
  });

  it('returns the parsed data deeply frozen', () => {
    const parsed = parseWithSchema(z.object({ list: z.array(z.object({ value: decimalSchema })) }), { list: [{ value: '1.5' }] }, 'list');
    expect(parsed.list[0]?.value).toBeInstanceOf(Decimal);
    expect(parsed.list[0]?.value.toString()).toBe('1.5');
    expect([Object.isFrozen(parsed), Object.isFrozen(parsed.list), Object.isFrozen(parsed.list[0])]).toEqual([true, true, true]);
  });
});

/* safeParseInput reads a copy: the caller's data is neither frozen nor changed, accepted or refused. */
describe('safeParseInput leaves its input alone', () => {
  it('does not freeze a refused array given where a readonly record belongs', () => {
    const record = ['not', 'a', 'record'];
    expect(safeParseInput(z.readonly(z.object({ code: z.string() })), record).success).toBe(false);
    expect(Object.isFrozen(record)).toBe(false);
  });

  it('does not freeze an accepted record, nor its nested objects, arrays or objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { code: 'x' });
    const input = { unit: { code: 'VN' }, list: [{ value: 1 }], bare };
    const schema = z.readonly(
      z.object({ unit: z.readonly(z.object({ code: z.string() })), list: z.readonly(z.array(z.readonly(z.object({ value: z.number() })))), bare: z.readonly(z.record(z.string(), z.string())) }),
    );
    const result = safeParseInput(schema, input);
    expect(result.success).toBe(true);
    expect([input, input.unit, input.list, input.list[0], bare].map((value) => Object.isFrozen(value))).toEqual([false, false, false, false, false]);
    if (result.success) {
      expect(result.data.unit).toEqual({ code: 'VN' });
      expect(result.data.bare).toEqual({ code: 'x' });
      // The parsed data is a copy, and writable: parseWithSchema freezes it, not the caller's data.
      expect(result.data.unit).not.toBe(input.unit);
    }
  });

  /** What a schema is given to read: the copy that safeParseInput makes. */
  function copyOf(input: unknown): unknown {
    let seen: unknown;
    safeParseInput(
      z.custom((value) => {
        seen = value;
        return true;
      }),
      input,
    );
    return seen;
  }

  it('gives the schema a copy that keeps a key named "__proto__" a key, shared references shared and cycles', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": [1, {"b": 2}]}') as Record<string, unknown>;
    const copy = copyOf(input) as Record<string, unknown>;
    expect(copy).not.toBe(input);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ polluted: true });
    expect(copy.a).toEqual([1, { b: 2 }]);
    expect(Array.isArray(copy.a)).toBe(true);
    expect(copy.a).not.toBe(input.a);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const shared = { code: 'x' };
    const twice = copyOf({ first: shared, second: shared }) as Record<string, unknown>;
    expect(twice.first).toBe(twice.second);
    expect(twice.first).not.toBe(shared);
    const cyclic: Record<string, unknown> = { code: 'x' };
    cyclic.self = cyclic;
    const looped = copyOf(cyclic) as Record<string, unknown>;
    expect(looped.self).toBe(looped);
    expect(looped).not.toBe(cyclic);
  });

  it('copies plain objects, objects without a prototype, arrays and Decimals, and passes other objects and primitives through', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { code: 'x' });
    const copiedBare = copyOf(bare) as Record<string, unknown>;
    expect(copiedBare).not.toBe(bare);
    expect(Object.getPrototypeOf(copiedBare)).toBe(null);
    expect(copiedBare.code).toBe('x');
    const decimal = new Decimal('2.5');
    const copiedDecimal = copyOf(decimal);
    expect(copiedDecimal).not.toBe(decimal);
    class Point {
      constructor(readonly x: number) {}
    }
    const point = new Point(1);
    const date = new Date(0);
    const map = new Map([['a', 1]]);
    expect([copyOf(point), copyOf(date), copyOf(map)]).toEqual([point, date, map]);
    expect(copyOf(point)).toBe(point);
    expect(copyOf(date)).toBe(date);
    expect(copyOf(map)).toBe(map);
    expect(copyOf([])).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(copyOf({ a: 1 }), 'a')).toEqual({ value: 1, writable: true, enumerable: true, configurable: true });
    expect([copyOf(5), copyOf(null), copyOf('x'), copyOf(undefined)]).toEqual([5, null, 'x', undefined]);
  });

  it('passes a Map, a Date and a class instance through as they are, and copies a Decimal', () => {
    class Point {
      constructor(readonly x: number) {}
    }
    const point = new Point(1);
    const date = new Date(0);
    const map = new Map([['a', 1]]);
    const result = safeParseInput(z.object({ point: z.instanceof(Point), date: z.date(), map: z.map(z.string(), z.number()), value: decimalSchema }), {
      point,
      date,
      map,
      value: new Decimal('2.5'),
    });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.point).toBe(point);
      expect(result.data.date).toBe(date);
      expect(result.data.map.get('a')).toBe(1);
      expect(result.data.value.toString()).toBe('2.5');
    }
  });

  it('reads the copy with writable, enumerable and configurable properties, as the input had', () => {
    const input = { a: { b: 1 } };
    const result = safeParseInput(z.looseObject({ a: z.looseObject({ b: z.number() }) }), input);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(Object.getOwnPropertyDescriptor(result.data, 'a')).toMatchObject({ writable: true, enumerable: true, configurable: true });
      expect(Object.getOwnPropertyDescriptor(result.data.a, 'b')).toEqual({ value: 1, writable: true, enumerable: true, configurable: true });
    }
  });

  it('gives its issues the library messages, not zod mini\'s "Invalid input"', () => {
    const result = safeParseInput(z.object({ a: z.number() }), { a: 'x' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual(['expected a number; got "x"']);
  });

  it('reads primitives as they are', () => {
    expect(safeParseInput(z.number(), 5)).toMatchObject({ success: true, data: 5 });
    expect(safeParseInput(z.null(), null)).toMatchObject({ success: true, data: null });
    expect(safeParseInput(z.string(), 'x')).toMatchObject({ success: true, data: 'x' });
  });
});

describe('deepFreeze', () => {
  it('freezes every plain object and array reachable, however deep, and returns the same value', () => {
    const leaf = { value: 1 };
    let deep: unknown = leaf;
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    const value = { deep, list: [{ a: 1 }, [2]] };
    expect(deepFreeze(value)).toBe(value);
    expect([Object.isFrozen(value), Object.isFrozen(value.list), Object.isFrozen(value.list[0]), Object.isFrozen(value.list[1]), Object.isFrozen(leaf)]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('leaves Decimals, Dates, Maps and class instances unfrozen, and primitives as they are', () => {
    const date = new Date(0);
    const map = new Map<string, number>();
    const decimal = new Decimal(1);
    const value = { date, map, decimal, text: 'x', nothing: null };
    deepFreeze(value);
    expect([Object.isFrozen(value), Object.isFrozen(date), Object.isFrozen(map), Object.isFrozen(decimal)]).toEqual([true, false, false, false]);
    expect([deepFreeze(5), deepFreeze(null), deepFreeze('x')]).toEqual([5, null, 'x']);
  });

  it('freezes what a frozen object holds only if it was reached another way, and follows cycles once', () => {
    const inner = { b: 1 };
    const frozen = Object.freeze({ inner });
    deepFreeze({ frozen });
    // A frozen object is taken to be frozen all the way down (it came from deepFreeze itself).
    expect(Object.isFrozen(inner)).toBe(false);
    const cyclic: Record<string, unknown> = { a: { b: 1 } };
    cyclic.self = cyclic;
    deepFreeze(cyclic);
    expect([Object.isFrozen(cyclic), Object.isFrozen(cyclic.a)]).toEqual([true, true]);
  });
});
