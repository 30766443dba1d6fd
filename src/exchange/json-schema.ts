import * as z from 'zod/mini';
import { PlanningError, decimalSchema, quoteText } from '../numeric/index.js';
import { multipliers, unitOfMeasureSchema, units } from '../measure/index.js';
import { isoDateSchema, periodCodeSchema, periodSchema, periodValueSchema } from '../period/index.js';
import { adminUnitSchema, successionSchema, unitGroupSetSchema } from '../admin/index.js';
import { indicatorSchema, indicatorUnitSchema } from '../indicator/index.js';
import { observationSchema } from '../observation/index.js';
import { planSchema, targetSchema } from '../target/index.js';
import { emulationDecisionSchema, emulationScoreSheetSchema, emulationScoringTableSchema } from '../ranking/index.js';

/**
 * The name of a model that has a JSON Schema:
 *
 * | model | what a JSON file of it holds | read with |
 * |---|---|---|
 * | `indicator` | one indicator definition | `indicatorSchema` |
 * | `catalog` | a list of indicators, or `{ "indicators": [...] }` | `buildCatalog` |
 * | `observation` | one observation | `observationSchema` |
 * | `observations` | a list of observations | `parseObservations` |
 * | `target` | one target | `targetSchema` |
 * | `plan` | a plan with its targets | `parsePlan` |
 * | `admin-unit` | one version of an administrative unit | `adminUnitSchema` |
 * | `succession` | one succession (merge, split, rename, change of parent, abolished level) | `successionSchema` |
 * | `hierarchy` | `{ "levels"?, "units", "successions"? }`: the arguments of `buildHierarchy(units, { levels, successions })` | `buildHierarchy` |
 * | `unit-group-set` | a set of unit groups, such as emulation clusters | `parseUnitGroupSet` |
 * | `period` | a period code or a period object | `periodSchema` |
 * | `unit-of-measure` | a unit of your own | `defineUnit` |
 * | `emulation-table` | an emulation scoring table: criteria and points, grades, award tiers and quotas | `parseEmulationScoringTable` |
 * | `emulation-sheets` | a list of emulation score sheets, one per unit | `scoreEmulation` (each sheet) |
 * | `emulation-decisions` | a list of decisions that set a unit's award apart from the score order (a vote) | `assignAwards` (its `decisions`) |
 *
 * @example
 * // The schema of a plan file:
 * const model: JsonSchemaModel = 'plan';
 * jsonSchemaOf(model).title;
 * //=> 'Plan'
 */
export type JsonSchemaModel =
  | 'indicator'
  | 'catalog'
  | 'observation'
  | 'observations'
  | 'target'
  | 'plan'
  | 'admin-unit'
  | 'succession'
  | 'hierarchy'
  | 'unit-group-set'
  | 'period'
  | 'unit-of-measure'
  | 'emulation-table'
  | 'emulation-sheets'
  | 'emulation-decisions';

/**
 * A JSON Schema document (draft 2020-12), as plain JSON data.
 *
 * @example
 * // Every schema names its dialect:
 * const schema: JsonSchema = jsonSchemaOf('observation');
 * schema.$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

const trimmedText = /^\S(?:[\s\S]*\S)?$/;

const hierarchyFileSchema = z.object({
  levels: z.optional(z.array(z.string().check(z.regex(trimmedText)))),
  units: z.array(adminUnitSchema),
  successions: z.optional(z.array(successionSchema)),
});

const catalogFileSchema = z.union([z.array(indicatorSchema), z.object({ indicators: z.array(indicatorSchema) })]);

const models: Readonly<Record<JsonSchemaModel, { readonly schema: z.ZodMiniType; readonly title: string; readonly description: string }>> = {
  indicator: {
    schema: indicatorSchema,
    title: 'Indicator',
    description: 'An indicator definition: code, labels, unit and scale, kind of measure, polarity, precision and aggregation rules.',
  },
  catalog: {
    schema: catalogFileSchema,
    title: 'Indicator catalog',
    description: 'A list of indicator definitions, or an object whose "indicators" holds the list (read with buildCatalog).',
  },
  observation: {
    schema: observationSchema,
    title: 'Observation',
    description: 'One value of an indicator for an administrative area and a period, with its status and publication date.',
  },
  observations: {
    schema: z.array(observationSchema),
    title: 'Observations',
    description: 'A list of observations (read with parseObservations).',
  },
  target: {
    schema: targetSchema,
    title: 'Target',
    description: 'A target: indicator, area and period; the assessed quantity (basis); the comparator and its bounds; the source document.',
  },
  plan: {
    schema: planSchema,
    title: 'Plan',
    description: 'The targets adopted for one area and one period by one document (read with parsePlan).',
  },
  'admin-unit': {
    schema: adminUnitSchema,
    title: 'Administrative unit',
    description: 'One version of an administrative unit: code, names, type, level, parent and validity dates.',
  },
  succession: {
    schema: successionSchema,
    title: 'Succession',
    description: 'A change between administrative unit versions: merge, split, rename, change of parent or abolished level.',
  },
  hierarchy: {
    schema: hierarchyFileSchema,
    title: 'Administrative hierarchy',
    description:
      'Level names (root first; the Vietnamese levels when absent), unit versions and successions: the arguments of buildHierarchy(units, { levels, successions }).',
  },
  'unit-group-set': {
    schema: unitGroupSetSchema,
    title: 'Unit group set',
    description: 'A named set of groups of administrative units, such as emulation clusters (read with parseUnitGroupSet).',
  },
  period: {
    schema: periodSchema,
    title: 'Period',
    description: 'A period, as its code (2024, 2024-Q3, 2021/2025) or as a period object.',
  },
  'unit-of-measure': {
    schema: unitOfMeasureSchema,
    title: 'Unit of measure',
    description: 'A unit of measure of your own: code, kind, labels and, where they apply, symbol, currency and population base (read with defineUnit).',
  },
  'emulation-table': {
    schema: emulationScoringTableSchema,
    title: 'Emulation scoring table',
    description:
      'An emulation scoring table (bảng chấm điểm thi đua): criteria with maximum points, a bonus cap, grade bands best first, award tiers best first with quotas per cluster, tie rules (read with parseEmulationScoringTable).',
  },
  'emulation-sheets': {
    schema: z.array(emulationScoreSheetSchema),
    title: 'Emulation score sheets',
    description:
      "A list of score sheets (bảng tự chấm điểm), one per unit: unit and cluster codes, one entry per criterion of the table (an attainment ratio or points), bonus and penalty points with their reasons (each read with scoreEmulation).",
  },
  'emulation-decisions': {
    schema: z.array(emulationDecisionSchema),
    title: 'Emulation decisions',
    description:
      'A list of decisions that set a unit\'s award apart from the score order, such as a secret ballot (bỏ phiếu kín): unit, award or null, position, and the basis (the decisions of assignAwards).',
  },
};

/**
 * Every model name {@link jsonSchemaOf} knows, in the order of the table of {@link JsonSchemaModel}.
 * The package ships one file per name: `schemas/<model>.schema.json`.
 *
 * @example
 * // How many schemas the package ships:
 * jsonSchemaModels.length;
 * //=> 15
 */
export const jsonSchemaModels: readonly JsonSchemaModel[] = Object.freeze(Object.keys(models) as JsonSchemaModel[]);

const decimalJson = {
  type: ['string', 'number'],
  pattern: '^\\s*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?\\s*$',
  description:
    'An exact decimal number: a JSON number, or decimal text with "." as the separator, such as "45.6" or "1e9" (text keeps every digit).',
};

const dateJson = {
  type: 'string',
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar date written YYYY-MM-DD, such as "2025-07-01".',
};

// The forms of src/period/codes.ts: fiscal years and their halves, the letters (bi-weeks and weeks
// from another day first), calendar months and days; letters in either case.
const simplePeriodCode =
  '\\d{4}(?:-(?:[Ff][Yy]\\d{1,2}(?:-[SsHh]\\d{1,2})?|(?:[Bb][Ii][Ww]|(?:[Mm][Oo][Nn]|[Tt][Uu][Ee]|[Ww][Ee][Dd]|[Tt][Hh][Uu]|[Ff][Rr][Ii]|[Ss][Aa][Tt]|[Ss][Uu][Nn])[Ww]|[SsHhQqBbMmWw])\\d{1,2}|\\d{2}(?:-\\d{2})?))?';

const periodCodeJson = {
  type: 'string',
  pattern: `^${simplePeriodCode}(?:/${simplePeriodCode})?$`,
  description:
    'A period code: 2024 (year), 2024-FY04 (fiscal year from April), 2024-S1 (half-year), 2024-FY04-S1 (half of a fiscal year), 2024-Q3 (quarter), 2024-B2 (bi-month), 2024-M09 (month), 2024-BiW03 (bi-week), 2024-W05 (ISO week), 2024-WedW05 (week from Wednesday), 2024-01-15 (day), or start/end for a range such as 2021/2025. The pattern checks the form; the period must also exist (no 2024-Q5, no 2025-W53).',
};

const unitTypeJson = {
  type: 'string',
  pattern: trimmedText.source,
  description: 'The unit type: commune, ward, township, rural-district, province... or another country\'s identifier (non-empty, no surrounding spaces).',
};

function stripReadOnly(context: { readonly jsonSchema: object }): void {
  // zod marks z.readonly() as readOnly, which JSON Schema tools read as "set by the server, do not
  // send": these are input schemas, so the annotation would mislead them.
  delete (context.jsonSchema as Record<string, unknown>).readOnly;
}

function periodValueJson(): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(periodValueSchema, { io: 'input', override: stripReadOnly });
  return { ...json, description: 'A period object: { "type": "quarter", "year": 2024, "quarter": 3 } and the like.' };
}

// The custom schemas have no JSON Schema of their own: they are given one here. They are found by
// identity, from the exported schemas (admin's unit type through the shape of adminUnitSchema).
const adminShape = adminUnitSchema.def.innerType.def.shape;
const unrepresentable = new Map<unknown, () => Record<string, unknown>>([
  [decimalSchema.def.in, () => decimalJson],
  [periodSchema.def.in, () => ({ anyOf: [periodCodeJson, periodValueJson()] })],
  [adminShape.type, () => unitTypeJson],
]);
const dateSchemas = new Set<unknown>([isoDateSchema, adminShape.validFrom.def.innerType]);

function replaceWith(target: Record<string, unknown>, replacement: Record<string, unknown>): void {
  for (const key of Object.keys(target)) Reflect.deleteProperty(target, key);
  Object.assign(target, structuredClone(replacement));
}

/**
 * The JSON Schema (draft 2020-12) of a model's JSON form: what the library's parsers accept, generated
 * from the zod schemas with `z.toJSONSchema(schema, { io: 'input' })`. What zod cannot express is
 * written by hand: decimals are `{ "type": ["string", "number"], "pattern": ... }` (a number, or
 * decimal text), dates `{ "type": "string", "format": "date" }`, period codes a string with the
 * pattern of the code forms, units a built-in unit code (an `enum`) or a unit object with a power of
 * ten from 0, 3, 6, 9, 12, 15.
 *
 * A schema checks the form of a file; the parsers check more (a period that exists, a comparator's
 * bounds, references between records, cycles). Unknown properties are allowed, as the parsers strip
 * them. The same schemas ship in the package as `schemas/<model>.schema.json`
 * (`planning-indicators/schemas/plan.schema.json`), for editors and validators that read files.
 *
 * Source: JSON Schema draft 2020-12 (json-schema.org); zod 4 `z.toJSONSchema` (zod.dev/json-schema).
 *
 * @param model - the model name, one of {@link jsonSchemaModels}
 * @returns a new JSON Schema document with `$schema`, `title` and `description`
 * @throws {@link PlanningError} `not-found` for a name that is not a model
 *
 * @example
 * // What an observation file must hold:
 * jsonSchemaOf('observation').required;
 * //=> ['indicator', 'area', 'period', 'value', 'status']
 *
 * @example
 * // Decimals are numbers or decimal text:
 * (jsonSchemaOf('observation').properties as Record<string, { type?: unknown }>).value?.type;
 * //=> ['string', 'number']
 */
export function jsonSchemaOf(model: JsonSchemaModel): JsonSchema {
  const entry = Object.hasOwn(models, model) ? models[model] : undefined;
  if (entry === undefined) {
    throw new PlanningError('not-found', `unknown model ${quoteText(model)}; the models with a JSON Schema are ${jsonSchemaModels.join(', ')}`);
  }
  const generated = z.toJSONSchema(entry.schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: ({ zodSchema, path }) => {
      const make = unrepresentable.get(zodSchema);
      if (make === undefined) {
        throw new PlanningError('unsupported-conversion', `model ${model}: no JSON Schema for the custom schema at ${path.join('.')}; give it one in src/exchange/json-schema.ts`);
      }
      return make();
    },
    override: (context) => {
      stripReadOnly(context);
      const json = context.jsonSchema as Record<string, unknown>;
      const schema: unknown = context.zodSchema;
      if (schema === decimalSchema) replaceWith(json, decimalJson);
      else if (schema === periodCodeSchema) replaceWith(json, periodCodeJson);
      else if (dateSchemas.has(schema)) Object.assign(json, structuredClone(dateJson));
      else if (schema === indicatorUnitSchema) tightenIndicatorUnit(json);
    },
  });
  const { $schema, ...rest } = generated;
  return { $schema, title: entry.title, description: entry.description, ...rest };
}

/**
 * The input of an indicator unit is `{ unit: code | unit object, power: integer }`; the parser also
 * requires a built-in code and a known power, which zod checks in a transform the schema cannot see.
 */
function tightenIndicatorUnit(json: Record<string, unknown>): void {
  const properties = json.properties as Record<string, Record<string, unknown>> | undefined;
  const unitChoices = properties?.unit?.anyOf as Record<string, unknown>[] | undefined;
  const code = unitChoices?.find((choice) => choice.type === 'string');
  if (code !== undefined) {
    code.enum = Object.keys(units);
    code.description = 'The code of a built-in unit; units of your own are written as objects.';
  }
  if (properties?.power !== undefined) {
    properties.power = {
      type: 'integer',
      enum: multipliers.map((multiplier) => multiplier.power),
      description: 'The power of ten of the scale word: 0 (none), 3 (nghìn), 6 (triệu), 9 (tỷ), 12 (nghìn tỷ), 15 (triệu tỷ).',
    };
  }
  json.description = 'A unit and the power of ten of its scale word: { "unit": "VND", "power": 9 } is tỷ đồng.';
}
