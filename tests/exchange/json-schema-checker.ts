/*
 * A small JSON Schema checker for the tests: the package may not depend on a validator, so this
 * checks the keywords the generated schemas use (and fails on any other, so that it cannot pass a
 * schema it does not understand), plus a structural check of the draft 2020-12 dialect.
 */

type Schema = Readonly<Record<string, unknown>>;

const annotations = new Set(['$schema', 'title', 'description', 'format', 'default', 'examples', '$comment', 'deprecated']);
const checked = new Set([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'anyOf',
  'oneOf',
  'allOf',
]);

/** The keywords of JSON Schema draft 2020-12 (core, applicator, validation, meta-data, format, content, unevaluated). */
export const draft202012Keywords: ReadonlySet<string> = new Set([
  '$schema', '$id', '$ref', '$anchor', '$dynamicRef', '$dynamicAnchor', '$vocabulary', '$comment', '$defs',
  'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', 'prefixItems', 'items', 'contains',
  'properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties',
  'type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength',
  'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains', 'maxProperties',
  'minProperties', 'required', 'dependentRequired', 'title', 'description', 'default', 'deprecated', 'readOnly',
  'writeOnly', 'examples', 'format', 'contentEncoding', 'contentMediaType', 'contentSchema',
]);

const types = new Set(['null', 'boolean', 'object', 'array', 'number', 'string', 'integer']);
const schemaValued = ['items', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'contains'];
const schemaLists = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const schemaMaps = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that a schema is well formed for draft 2020-12: only its keywords, each with a value of the
 * right shape (types among the seven, patterns that compile as Unicode regular expressions, unique
 * required names, non-empty enums, non-negative lengths), recursively. Returns the problems.
 */
export function dialectProblems(schema: unknown, path = '#'): string[] {
  if (typeof schema === 'boolean') return [];
  if (!isSchema(schema)) return [`${path}: a schema must be an object or a boolean`];
  const problems: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    const at = `${path}/${keyword}`;
    if (!draft202012Keywords.has(keyword)) problems.push(`${at}: not a draft 2020-12 keyword`);
    if (keyword === 'type') {
      const list = Array.isArray(value) ? value : [value];
      if (list.length === 0 || list.some((type) => typeof type !== 'string' || !types.has(type)) || new Set(list).size !== list.length) {
        problems.push(`${at}: expected one of the seven types, or a list of distinct ones`);
      }
    }
    if (keyword === 'pattern') {
      try {
        new RegExp(String(value), 'u');
      } catch {
        problems.push(`${at}: not an ECMA-262 regular expression`);
      }
    }
    if (keyword === 'required' && (!Array.isArray(value) || value.some((name) => typeof name !== 'string') || new Set(value).size !== value.length)) {
      problems.push(`${at}: expected a list of distinct property names`);
    }
    if (keyword === 'enum' && (!Array.isArray(value) || value.length === 0)) problems.push(`${at}: expected a non-empty list`);
    if (['minLength', 'maxLength', 'minItems', 'maxItems'].includes(keyword) && !(Number.isInteger(value) && (value as number) >= 0)) {
      problems.push(`${at}: expected a non-negative integer`);
    }
    if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].includes(keyword) && typeof value !== 'number') {
      problems.push(`${at}: expected a number`);
    }
    if (schemaValued.includes(keyword)) problems.push(...dialectProblems(value, at));
    if (schemaLists.includes(keyword)) {
      if (!Array.isArray(value) || value.length === 0) problems.push(`${at}: expected a non-empty list of schemas`);
      else value.forEach((item, index) => problems.push(...dialectProblems(item, `${at}/${String(index)}`)));
    }
    if (schemaMaps.includes(keyword)) {
      if (!isSchema(value)) problems.push(`${at}: expected an object of schemas`);
      else for (const [name, item] of Object.entries(value)) problems.push(...dialectProblems(item, `${at}/${name}`));
    }
  }
  return problems;
}

/** JSON Schema counts string lengths in Unicode code points. */
function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return typeOf(value) === type;
}

/** Checks a JSON value against a schema; returns the problems, each with its JSON pointer. */
export function schemaProblems(schema: unknown, value: unknown, path = ''): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value is allowed here`];
  if (!isSchema(schema)) throw new Error(`${path}: not a schema`);
  const problems: string[] = [];
  for (const [keyword, rule] of Object.entries(schema)) {
    if (annotations.has(keyword)) continue;
    if (!checked.has(keyword)) throw new Error(`the test checker does not know the keyword ${keyword} (at ${path || 'the root'})`);
    switch (keyword) {
      case 'type': {
        const list = (Array.isArray(rule) ? rule : [rule]) as string[];
        if (!list.some((type) => matchesType(value, type))) problems.push(`${path}: expected ${list.join(' or ')}, got ${typeOf(value)}`);
        break;
      }
      case 'enum':
        if (!(rule as unknown[]).some((option) => JSON.stringify(option) === JSON.stringify(value))) problems.push(`${path}: ${JSON.stringify(value)} is not one of the enum`);
        break;
      case 'const':
        if (JSON.stringify(rule) !== JSON.stringify(value)) problems.push(`${path}: expected ${JSON.stringify(rule)}`);
        break;
      case 'required':
        if (isSchema(value)) {
          for (const name of rule as string[]) if (!Object.hasOwn(value, name)) problems.push(`${path}: missing ${name}`);
        }
        break;
      case 'properties':
        if (isSchema(value)) {
          for (const [name, subschema] of Object.entries(rule as Schema)) {
            if (Object.hasOwn(value, name)) problems.push(...schemaProblems(subschema, value[name], `${path}/${name}`));
          }
        }
        break;
      case 'additionalProperties':
        if (isSchema(value)) {
          const declared = isSchema(schema.properties) ? schema.properties : {};
          for (const [name, item] of Object.entries(value)) {
            if (!Object.hasOwn(declared, name)) problems.push(...schemaProblems(rule, item, `${path}/${name}`));
          }
        }
        break;
      case 'propertyNames':
        if (isSchema(value)) for (const name of Object.keys(value)) problems.push(...schemaProblems(rule, name, `${path}/${name}(name)`));
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, index) => problems.push(...schemaProblems(rule, item, `${path}/${String(index)}`)));
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) problems.push(`${path}: fewer than ${String(rule)} items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (rule as number)) problems.push(`${path}: more than ${String(rule)} items`);
        break;
      case 'minLength':
        if (typeof value === 'string' && codePoints(value) < (rule as number)) problems.push(`${path}: shorter than ${String(rule)}`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && codePoints(value) > (rule as number)) problems.push(`${path}: longer than ${String(rule)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) problems.push(`${path}: ${JSON.stringify(value)} does not match ${String(rule)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) problems.push(`${path}: below ${String(rule)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) problems.push(`${path}: above ${String(rule)}`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= (rule as number)) problems.push(`${path}: not above ${String(rule)}`);
        break;
      case 'exclusiveMaximum':
        if (typeof value === 'number' && value >= (rule as number)) problems.push(`${path}: not below ${String(rule)}`);
        break;
      case 'allOf':
        for (const subschema of rule as unknown[]) problems.push(...schemaProblems(subschema, value, path));
        break;
      case 'anyOf':
        if (!(rule as unknown[]).some((subschema) => schemaProblems(subschema, value, path).length === 0)) problems.push(`${path}: matches none of anyOf`);
        break;
      case 'oneOf': {
        const matches = (rule as unknown[]).filter((subschema) => schemaProblems(subschema, value, path).length === 0).length;
        if (matches !== 1) problems.push(`${path}: matches ${String(matches)} of oneOf, not exactly one`);
        break;
      }
      default:
        break;
    }
  }
  return problems;
}
