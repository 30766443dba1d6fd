/*
 * The parts of the JSON Schemas that jsonSchemaOf writes itself rather than zod: the title and
 * description each file shows, the period code pattern against the period parser, the indicator's
 * unit and power, dates, unit types and level names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonSchemaModel, jsonSchemaModels, jsonSchemaOf, multipliers, parsePeriod, units } from '../../src/index.js';
import { expectFailure } from '../helpers.js';
import { anyPeriod } from './arbitraries.js';
import { schemaProblems } from './json-schema-checker.js';

type Properties = Record<string, Record<string, unknown>>;
const propertiesOf = (model: JsonSchemaModel): Properties => jsonSchemaOf(model).properties as Properties;

describe('the title and description of each schema', () => {
  it('titles each model in words, and describes it in a sentence', () => {
    expect(Object.fromEntries(jsonSchemaModels.map((model) => [model, jsonSchemaOf(model).title]))).toEqual({
      indicator: 'Indicator',
      catalog: 'Indicator catalog',
      observation: 'Observation',
      observations: 'Observations',
      target: 'Target',
      plan: 'Plan',
      'admin-unit': 'Administrative unit',
      succession: 'Succession',
      hierarchy: 'Administrative hierarchy',
      'unit-group-set': 'Unit group set',
      period: 'Period',
      'unit-of-measure': 'Unit of measure',
      'emulation-table': 'Emulation scoring table',
      'emulation-sheets': 'Emulation score sheets',
      'emulation-decisions': 'Emulation decisions',
    });
    const descriptions = jsonSchemaModels.map((model) => String(jsonSchemaOf(model).description));
    for (const description of descriptions) expect(description).toMatch(/^[A-Z].{30,}[.)]$/);
    expect(new Set(descriptions).size).toBe(jsonSchemaModels.length);
  });

  it('names the function that reads a file of the model, where there is one', () => {
    const readers: Partial<Record<JsonSchemaModel, string>> = {
      catalog: 'buildCatalog',
      observations: 'parseObservations',
      plan: 'parsePlan',
      hierarchy: 'buildHierarchy',
      'unit-group-set': 'parseUnitGroupSet',
      'unit-of-measure': 'defineUnit',
      'emulation-table': 'parseEmulationScoringTable',
      'emulation-sheets': 'scoreEmulation',
      'emulation-decisions': 'assignAwards',
    };
    for (const [model, reader] of Object.entries(readers)) expect(jsonSchemaOf(model as JsonSchemaModel).description).toContain(reader);
  });

  it('refuses the names of properties every object has', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expectFailure(() => jsonSchemaOf(name as JsonSchemaModel), 'not-found', new RegExp(`^unknown model "${name}"; the models with a JSON Schema are indicator, catalog,`));
    }
  });
});

describe('period codes', () => {
  const codeSchema = (): Record<string, unknown> => propertiesOf('observation').period ?? {};

  it('match every period code the library writes, in upper and lower case', () => {
    const schema = codeSchema();
    expect(schema.description).toMatch(/^A period code: 2024 \(year\)/);
    fc.assert(
      fc.property(anyPeriod, (code) => {
        for (const written of [code, code.toLowerCase(), code.toUpperCase()]) {
          expect(parsePeriod(written)).toBeDefined();
          expect(schemaProblems(schema, written)).toEqual([]);
        }
      }),
    );
  });

  it('match each form of code by its letters, and nothing around them', () => {
    const schema = codeSchema();
    const accepted = [
      '2024-FY04', '2024-fy4', '2024-FY04-S1', '2024-FY04-H2', '2024-fy10-s2', '2024-S1', '2024-h2', '2024-Q3', '2024-B6', '2024-M12',
      '2024-W53', '2024-BiW26', '2024-biw1', '2024-MonW01', '2024-TueW02', '2024-WedW03', '2024-ThuW04', '2024-FriW05', '2024-SatW06',
      '2024-SunW07', '2024-sunw7', '2024-01', '2024-01-15', '2021/2025', '2024-Q1/2024-Q3', '2024-M01/2025-M12',
    ];
    for (const code of accepted) expect([code, schemaProblems(schema, code)]).toEqual([code, []]);
    const refused = [
      '202', '20245', ' 2024', '2024 ', '2024-', '2024-X1', '2024-Q', '2024-Q123', '2024-FY', '2024-FY04-Q1', '2024-FY04-S', '2024-BiX3',
      '2024-MonX1', '2024-MoW1', '2024-1', '2024-01-1', '2024-01-155', '2024/', '/2025', '2024//2025', '2021/2025/2030', '2024-Q1 / 2024-Q3',
    ];
    for (const code of refused) expect([code, schemaProblems(schema, code).length]).toEqual([code, 1]);
  });

  it('in a target and a plan use the same pattern, and a period may also be an object', () => {
    const pattern = codeSchema().pattern;
    expect(propertiesOf('target').period).toMatchObject({ type: 'string', pattern });
    const period = jsonSchemaOf('period');
    const [code, object] = period.anyOf as Record<string, unknown>[];
    expect(code).toMatchObject({ type: 'string', pattern });
    expect(object?.description).toBe('A period object: { "type": "quarter", "year": 2024, "quarter": 3 } and the like.');
    expect(object).not.toHaveProperty('$schema');
    expect(schemaProblems(period, { type: 'month', year: 2024, month: 9 })).toEqual([]);
  });
});

describe('the unit of an indicator', () => {
  it('is a built-in unit code or a unit object, and a power of ten of a scale word', () => {
    const unit = propertiesOf('indicator').unit ?? {};
    expect(unit.description).toBe('A unit and the power of ten of its scale word: { "unit": "VND", "power": 9 } is tỷ đồng.');
    const { unit: code, power } = unit.properties as Properties;
    const codeChoice = (code?.anyOf as Record<string, unknown>[]).find((choice) => choice.type === 'string');
    expect(codeChoice?.enum).toEqual(Object.keys(units));
    expect(codeChoice?.description).toBe('The code of a built-in unit; units of your own are written as objects.');
    expect(power).toEqual({
      type: 'integer',
      enum: multipliers.map((multiplier) => multiplier.power),
      description: 'The power of ten of the scale word: 0 (none), 3 (nghìn), 6 (triệu), 9 (tỷ), 12 (nghìn tỷ), 15 (triệu tỷ).',
    });
    expect(power?.enum).toEqual([0, 3, 6, 9, 12, 15]);
    expect(schemaProblems(unit, { unit: 'VND', power: 9 })).toEqual([]);
    expect(schemaProblems(unit, { unit: 'VND', power: 8 })).toEqual(['/power: 8 is not one of the enum']);
  });
});

describe('dates, unit types and level names', () => {
  it('write dates as YYYY-MM-DD with the date format, wherever they stand', () => {
    const date = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date written YYYY-MM-DD, such as "2025-07-01".' };
    expect(propertiesOf('admin-unit').validFrom).toEqual(date);
    expect(propertiesOf('admin-unit').validTo).toMatchObject(date);
    expect(propertiesOf('observation').published).toMatchObject(date);
  });

  it('write a unit type and a level name as non-empty texts without surrounding spaces', () => {
    const type = propertiesOf('admin-unit').type ?? {};
    expect(type.description).toMatch(/^The unit type: commune, ward/);
    const levels = propertiesOf('hierarchy').levels?.items as Record<string, unknown>;
    for (const schema of [type, levels]) {
      expect(['commune', 'x', 'rural district', 'a\nb'].map((text) => schemaProblems(schema, text))).toEqual([[], [], [], []]);
      expect(['', ' commune', 'commune ', '\tx', 'x\n'].map((text) => schemaProblems(schema, text).length)).toEqual([1, 1, 1, 1, 1]);
    }
  });

  it('write decimals the same way wherever they stand, and each call gives its own copy', () => {
    const value = propertiesOf('observation').value ?? {};
    expect(value.description).toMatch(/^An exact decimal number: a JSON number, or decimal text/);
    (value.type as string[]).push('boolean');
    expect(propertiesOf('observation').value?.type).toEqual(['string', 'number']);
    const target = propertiesOf('target');
    expect(target.value).toMatchObject({ type: ['string', 'number'], pattern: value.pattern });
  });
});
