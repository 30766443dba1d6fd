/*
 * The fast first pass of parsePlan: targets read without zod when they are plainly valid, with the
 * schema's own checks (codes by isCode, periods by the period schema once per distinct code, decimals
 * by toDecimal, the kinds from the lists the enum schemas are made of, the cross-field rules
 * by targetRuleProblems). Anything else is the schema's to judge, so that the messages and paths of
 * a refused plan are always zod's.
 */
import * as z from 'zod/mini';
import { Decimal, PlanningError, maxCodeLength, safeParseInput, toDecimal } from '../numeric/index.js';
import { isIsoDate, periodCodeSchema } from '../period/index.js';
import { absent, isCode, isPlainObject, plainLabels } from '../indicator/index.js';
import {
  type Comparator,
  type Milestone,
  type Plan,
  type PlanDocument,
  type PlanDocumentKind,
  type Target,
  type TargetBasis,
  comparators,
  planDocumentKinds,
  planSchema,
  targetBases,
  targetRuleProblems,
  targetSchema,
} from './schema.js';

const basisSet: ReadonlySet<unknown> = new Set<TargetBasis>(targetBases);
const comparatorSet: ReadonlySet<unknown> = new Set<Comparator>(comparators);
const documentKindSet: ReadonlySet<unknown> = new Set<PlanDocumentKind>(planDocumentKinds);

/** A plan without its targets: the fields the schema reads once per plan. */
const planHeadSchema = z.omit(planSchema, { targets: true });

/**
 * The canonical codes of the periods met so far (undefined for a code the schema refuses): the
 * period schema runs once per distinct code, and a plan names few periods.
 */
type PeriodCache = Map<string, string | undefined>;

function canonicalPeriod(value: unknown, periods: PeriodCache): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (periods.has(value)) return periods.get(value);
  const result = z.safeParse(periodCodeSchema, value);
  const code = result.success ? result.data : undefined;
  periods.set(value, code);
  return code;
}

/** A decimal as decimalSchema gives it (a Decimal of the input's value, never the input object itself); undefined when refused. */
function plainDecimal(value: unknown): Decimal | undefined {
  let decimal: Decimal;
  try {
    decimal = toDecimal(value as string);
  } catch (error) {
    if (error instanceof PlanningError) return undefined;
    throw error;
  }
  return decimal === value ? new Decimal(decimal) : decimal;
}

/** A document as planDocumentSchema gives it, or undefined. */
function plainDocument(value: unknown): PlanDocument | undefined {
  if (!isPlainObject(value)) return undefined;
  let kind: unknown = absent;
  let title: unknown = absent;
  let reference: unknown = absent;
  let date: unknown = absent;
  let url: unknown = absent;
  for (const key in value) {
    switch (key) {
      case 'kind': kind = value.kind; break;
      case 'title': title = value.title; break;
      case 'reference': reference = value.reference; break;
      case 'date': date = value.date; break;
      case 'url': url = value.url; break;
      default: break;
    }
  }
  if (!documentKindSet.has(kind)) return undefined;
  const document: { -readonly [K in keyof PlanDocument]: PlanDocument[K] } = { kind: kind as PlanDocumentKind };
  if (title !== absent) {
    if (typeof title !== 'string') return undefined;
    document.title = title;
  }
  if (reference !== absent) {
    if (typeof reference !== 'string') return undefined;
    document.reference = reference;
  }
  if (date !== absent) {
    if (!isIsoDate(date)) return undefined;
    document.date = date;
  }
  if (url !== absent) {
    if (typeof url !== 'string') return undefined;
    document.url = url;
  }
  return Object.freeze(document);
}

/** Milestones as the schema gives them, or undefined. */
function plainMilestones(value: unknown, periods: PeriodCache): Milestone[] | undefined {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return undefined;
  const milestones: Milestone[] = [];
  for (const item of value as readonly unknown[]) {
    if (!isPlainObject(item)) return undefined;
    let period: unknown = absent;
    let amount: unknown = absent;
    for (const key in item) {
      if (key === 'period') period = item.period;
      else if (key === 'value') amount = item.value;
    }
    const code = canonicalPeriod(period, periods);
    const decimal = plainDecimal(amount);
    if (code === undefined || decimal === undefined) return undefined;
    milestones.push(Object.freeze({ period: code, value: decimal }));
  }
  // frozen, as parsePlan freezes the plan; typed as the schema's output type is
  Object.freeze(milestones);
  return milestones;
}

type MutableTarget = { -readonly [K in keyof Target]: Target[K] };

/**
 * @internal A target read without zod when it is plainly valid: a plain object without a `unit`
 * (left to the schema), whose fields of the schema are none of them undefined and each pass the
 * check the schema applies, the target keeping the schema's cross-field rules; other keys are
 * dropped, at every level, as the schema drops them. The
 * result equals what {@link targetSchema} gives for it, with the schema's key order, frozen (its
 * Decimals are new); undefined means "ask the schema" (the target may still be valid).
 *
 * @param record - a target as read from JSON
 * @param periods - the canonical period codes met so far, shared over one plan
 * @returns the target, or undefined
 */
export function readPlainTarget(record: unknown, periods: PeriodCache = new Map()): Target | undefined {
  if (!isPlainObject(record)) return undefined;
  let id: unknown, indicator: unknown, area: unknown, period: unknown, basis: unknown, comparator: unknown, document: unknown;
  let basePeriod: unknown = absent, value: unknown = absent, lower: unknown = absent, upper: unknown = absent, tolerance: unknown = absent;
  let milestones: unknown = absent, text: unknown = absent, group: unknown = absent;
  // Values are read only for the keys the record lists, so an inherited or hidden field is the schema's to judge.
  for (const key in record) {
    switch (key) {
      case 'id': id = record.id; break;
      case 'indicator': indicator = record.indicator; break;
      case 'area': area = record.area; break;
      case 'period': period = record.period; break;
      case 'basis': basis = record.basis; break;
      case 'basePeriod': basePeriod = record.basePeriod; break;
      case 'comparator': comparator = record.comparator; break;
      case 'value': value = record.value; break;
      case 'lower': lower = record.lower; break;
      case 'upper': upper = record.upper; break;
      case 'tolerance': tolerance = record.tolerance; break;
      case 'milestones': milestones = record.milestones; break;
      case 'document': document = record.document; break;
      case 'text': text = record.text; break;
      case 'group': group = record.group; break;
      // a unit is the schema's to read; other keys are dropped, as the schema drops them
      case 'unit': return undefined;
      default: break;
    }
  }
  if (!isCode(id) || !isCode(indicator)) return undefined;
  if (typeof area !== 'string' || area.length === 0 || area.length > maxCodeLength) return undefined;
  const periodCode = canonicalPeriod(period, periods);
  if (periodCode === undefined || !basisSet.has(basis) || !comparatorSet.has(comparator)) return undefined;
  // The schema's key order, for an object equal to its output.
  const target = { id, indicator, area, period: periodCode, basis: basis as TargetBasis } as MutableTarget;
  if (basePeriod !== absent) {
    const baseCode = canonicalPeriod(basePeriod, periods);
    if (baseCode === undefined) return undefined;
    target.basePeriod = baseCode;
  }
  target.comparator = comparator as Comparator;
  for (const [field, given] of [['value', value], ['lower', lower], ['upper', upper], ['tolerance', tolerance]] as const) {
    if (given === absent) continue;
    const decimal = plainDecimal(given);
    if (decimal === undefined) return undefined;
    target[field] = decimal;
  }
  if (milestones !== absent) {
    const read = plainMilestones(milestones, periods);
    if (read === undefined) return undefined;
    target.milestones = read;
  }
  const readDocument = plainDocument(document);
  if (readDocument === undefined) return undefined;
  target.document = readDocument;
  if (text !== absent) {
    const labels = plainLabels(text);
    if (labels === undefined) return undefined;
    target.text = labels;
  }
  if (group !== absent) {
    if (typeof group !== 'string') return undefined;
    target.group = group;
  }
  if (targetRuleProblems(target).length > 0) return undefined;
  // frozen as parsePlan freezes the plan (its deep freeze stops at a frozen object)
  return Object.freeze(target);
}

/**
 * @internal The fast first pass over a plan: the plan's own fields parsed by the schema (without
 * its targets), each plainly valid target read by {@link readPlainTarget} and any other one parsed by
 * {@link targetSchema} alone. The plan, deeply frozen, equal to what {@link planSchema} gives;
 * undefined as soon as anything is refused, so that the schema reads the whole plan and reports
 * every problem with its path.
 *
 * @param input - the plan as read from JSON
 * @returns the plan, or undefined
 */
export function readPlainPlan(input: unknown): Plan | undefined {
  if (!isPlainObject(input)) return undefined;
  const targetsInput: unknown = Object.prototype.hasOwnProperty.call(input, 'targets') ? input.targets : undefined;
  if (!Array.isArray(targetsInput) || Object.getPrototypeOf(targetsInput) !== Array.prototype) return undefined;
  const { targets: _targets, ...headInput } = input;
  const head = safeParseInput(planHeadSchema, headInput);
  if (!head.success) return undefined;
  const periods: PeriodCache = new Map();
  const records = targetsInput as readonly unknown[];
  const targets = new Array<Target>(records.length);
  for (let position = 0; position < records.length; position += 1) {
    const record = records[position];
    const plain = readPlainTarget(record, periods);
    if (plain !== undefined) {
      targets[position] = plain;
      continue;
    }
    const result = safeParseInput(targetSchema, record);
    if (!result.success) return undefined;
    targets[position] = result.data;
  }
  const { id, title, area, period, document, ...rest } = head.data;
  return { id, title, area, period, document, targets, ...rest };
}
