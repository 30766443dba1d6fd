/*
 * The fast first pass of buildCatalog: indicators read without a zod parse of the whole record when
 * they are plainly valid, with the schema's own checks: codes by isCode, the kinds from the lists
 * the enum schemas are made of, a unit by its schema once per distinct built-in unit and power, and
 * the small nested objects (range, price basis, formula) by their own schemas. Anything else is the
 * schema's to judge, so that the messages and paths of a refused catalog are always zod's.
 */
import * as z from 'zod/mini';
import { roundingRules } from '../numeric/index.js';
import {
  type AggregationRule,
  type Indicator,
  type MeasureKind,
  type Polarity,
  aggregationRules,
  formulaSchema,
  indicatorUnitSchema,
  isCode,
  measureKinds,
  polarities,
  priceBasisSchema,
  valueRangeSchema,
} from './schema.js';

const measureSet: ReadonlySet<unknown> = new Set<MeasureKind>(measureKinds);
const polaritySet: ReadonlySet<unknown> = new Set<Polarity>(polarities);
const ruleSet: ReadonlySet<unknown> = new Set<AggregationRule>(aggregationRules);
const roundingSet: ReadonlySet<unknown> = new Set<unknown>(roundingRules);

/** @internal Marks an optional field that a record does not list (the fast first passes of indicator and target). */
export const absent: unique symbol = Symbol('absent');

/** @internal A record made by an object literal or JSON.parse, the only kind the fast first passes read. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * The units met so far by built-in code and power (undefined for one the schema refuses): the unit
 * schema runs once per distinct pair, and a catalog uses few.
 */
export type UnitCache = Map<string, Indicator['unit'] | undefined>;

function plainUnit(value: unknown, units: UnitCache): Indicator['unit'] | undefined {
  if (!isPlainObject(value)) return undefined;
  let unit: unknown = absent;
  let power: unknown = absent;
  for (const key in value) {
    // other keys are dropped, as the schema drops them
    if (key === 'unit') unit = value.unit;
    else if (key === 'power') power = value.power;
  }
  // a unit object of one's own, or a power of −0, is read by the schema itself
  if (typeof unit !== 'string' || typeof power !== 'number' || Object.is(power, -0)) return undefined;
  const key = `${String(power)} ${unit}`;
  if (units.has(key)) return units.get(key);
  const result = z.safeParse(indicatorUnitSchema, { unit, power });
  const read = result.success ? Object.freeze(result.data) : undefined;
  units.set(key, read);
  return read;
}

/** @internal Labels as labelsSchema gives them, or undefined. */
export function plainLabels(value: unknown): Indicator['labels'] | undefined {
  if (!isPlainObject(value)) return undefined;
  let vi: unknown = absent;
  let en: unknown = absent;
  for (const key in value) {
    // other keys are dropped, as the schema drops them
    if (key === 'vi') vi = value.vi;
    else if (key === 'en') en = value.en;
  }
  if (typeof vi !== 'string' || vi.length === 0) return undefined;
  if (en === absent) return Object.freeze({ vi });
  if (typeof en !== 'string' || en.length === 0) return undefined;
  return Object.freeze({ vi, en });
}

/** Aggregation rules as the schema gives them, or undefined. */
function plainAggregation(value: unknown): Indicator['aggregation'] | undefined {
  if (!isPlainObject(value)) return undefined;
  let overUnits: unknown = absent;
  let overTime: unknown = absent;
  for (const key in value) {
    if (key === 'overUnits') overUnits = value.overUnits;
    else if (key === 'overTime') overTime = value.overTime;
  }
  if (!ruleSet.has(overUnits) || !ruleSet.has(overTime)) return undefined;
  return Object.freeze({ overUnits: overUnits as AggregationRule, overTime: overTime as AggregationRule });
}

/** A small nested object read by its own schema, frozen; undefined when refused. */
function bySchema<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> | undefined {
  const result = z.safeParse(schema, value);
  return result.success ? (Object.freeze(result.data) as z.output<S>) : undefined;
}

type MutableIndicator = { -readonly [K in keyof Indicator]: Indicator[K] };

/**
 * @internal An indicator read without a zod parse of the whole record when it is plainly valid: a
 * plain object whose fields of the schema are none of them undefined and each pass the check the
 * schema applies (a unit given by its built-in code; a unit object of one's own is left to the
 * schema); other keys are dropped, as the schema drops them. The result equals what
 * `indicatorSchema` gives for it, with the schema's key order, frozen; undefined means "ask the
 * schema" (the indicator may still be valid).
 *
 * @param record - an indicator as read from JSON
 * @param units - the units met so far, shared over one catalog
 * @returns the indicator, or undefined
 */
export function readPlainIndicator(record: unknown, units: UnitCache = new Map()): Indicator | undefined {
  if (!isPlainObject(record)) return undefined;
  let code: unknown, labels: unknown, unit: unknown, measure: unknown, polarity: unknown, precision: unknown, aggregation: unknown;
  let definition: unknown = absent, group: unknown = absent, ratioFactor: unknown = absent, rounding: unknown = absent, priceBasis: unknown = absent;
  let numerator: unknown = absent, denominator: unknown = absent, formula: unknown = absent, range: unknown = absent;
  // Values are read only for the keys the record lists, so an inherited or hidden field is the schema's to judge.
  for (const key in record) {
    switch (key) {
      case 'code': code = record.code; break;
      case 'labels': labels = record.labels; break;
      case 'definition': definition = record.definition; break;
      case 'group': group = record.group; break;
      case 'unit': unit = record.unit; break;
      case 'measure': measure = record.measure; break;
      case 'ratioFactor': ratioFactor = record.ratioFactor; break;
      case 'polarity': polarity = record.polarity; break;
      case 'precision': precision = record.precision; break;
      case 'rounding': rounding = record.rounding; break;
      case 'priceBasis': priceBasis = record.priceBasis; break;
      case 'aggregation': aggregation = record.aggregation; break;
      case 'numerator': numerator = record.numerator; break;
      case 'denominator': denominator = record.denominator; break;
      case 'formula': formula = record.formula; break;
      case 'range': range = record.range; break;
      default: break;
    }
  }
  if (!isCode(code)) return undefined;
  const readLabels = plainLabels(labels);
  if (readLabels === undefined) return undefined;
  // The schema's key order, for an object equal to its output.
  const indicator = { code, labels: readLabels } as MutableIndicator;
  if (definition !== absent) {
    if (typeof definition !== 'string') return undefined;
    indicator.definition = definition;
  }
  if (group !== absent) {
    if (typeof group !== 'string' || group.length === 0) return undefined;
    indicator.group = group;
  }
  const readUnit = plainUnit(unit, units);
  if (readUnit === undefined || !measureSet.has(measure)) return undefined;
  indicator.unit = readUnit;
  indicator.measure = measure as MeasureKind;
  if (ratioFactor !== absent) {
    if (typeof ratioFactor !== 'number' || !Number.isFinite(ratioFactor) || !(ratioFactor > 0)) return undefined;
    indicator.ratioFactor = ratioFactor;
  }
  if (!polaritySet.has(polarity)) return undefined;
  indicator.polarity = polarity as Polarity;
  if (typeof precision !== 'number' || !Number.isSafeInteger(precision) || precision < 0 || precision > 15 || Object.is(precision, -0)) return undefined;
  indicator.precision = precision;
  if (rounding !== absent) {
    if (!roundingSet.has(rounding)) return undefined;
    indicator.rounding = rounding as Indicator['rounding'];
  }
  if (priceBasis !== absent) {
    const read = bySchema(priceBasisSchema, priceBasis);
    if (read === undefined) return undefined;
    indicator.priceBasis = read;
  }
  const readAggregation = plainAggregation(aggregation);
  if (readAggregation === undefined) return undefined;
  indicator.aggregation = readAggregation;
  if (numerator !== absent) {
    if (!isCode(numerator)) return undefined;
    indicator.numerator = numerator;
  }
  if (denominator !== absent) {
    if (!isCode(denominator)) return undefined;
    indicator.denominator = denominator;
  }
  if (formula !== absent) {
    const read = bySchema(formulaSchema, formula);
    if (read === undefined) return undefined;
    indicator.formula = read;
  }
  if (range !== absent) {
    const read = bySchema(valueRangeSchema, range);
    if (read === undefined) return undefined;
    indicator.range = read;
  }
  return Object.freeze(indicator);
}
