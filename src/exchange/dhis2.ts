import { type Issue, ownValue, quoteText } from '../numeric/index.js';
import { fromDhis2PeriodId, toDhis2PeriodId } from '../period/index.js';
import type { Observation, ObservationStatus } from '../observation/index.js';
import { keepOnePerCell } from './cells.js';
import { FieldReader, type ObservationDraft, finishObservation, reservedName, reservedNameProblem } from './fields.js';
import { describeJson, isRecord, jsonPath, readJsonInput } from './json.js';
import { type ExportLoss, type ImportOptions, LossLog, NoteLog, type ObservationImport, importError } from './results.js';

/**
 * A column of a DHIS2 analytics response.
 *
 * @example
 * // The period column:
 * const header: Dhis2AnalyticsHeader = {
 *   name: 'pe', column: 'Period', valueType: 'TEXT', type: 'java.lang.String', hidden: false, meta: true,
 * };
 * header.name;
 * //=> 'pe'
 */
export interface Dhis2AnalyticsHeader {
  /** The dimension or field: `dx`, `pe`, `ou`, `value`, `numerator`, `denominator`, or a category dimension. */
  readonly name: string;
  /** Its display name. */
  readonly column: string;
  /** `TEXT` for dimensions, `NUMBER` for values. */
  readonly valueType: 'TEXT' | 'NUMBER';
  /** The Java type of the cells: `java.lang.String` or `java.lang.Double`. */
  readonly type: 'java.lang.String' | 'java.lang.Double';
  /** Whether the column is hidden in displays; always false here. */
  readonly hidden: boolean;
  /** Whether the column is a dimension (its cells are identifiers described in `metaData`). */
  readonly meta: boolean;
}

/**
 * A DHIS2 analytics response (`GET /api/analytics`), as {@link observationsToDhis2Rows} writes it:
 * the headers, one row of text cells per value, and the dimension items in `metaData`.
 *
 * @example
 * // The cells of one row: data element, period, org unit, value:
 * const response: Dhis2AnalyticsResponse = observationsToDhis2Rows(parseObservations([
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-Q1', value: '498.3', status: 'official' },
 * ])).response;
 * response.rows;
 * //=> [['BUDGET_REVENUE', '2024Q1', '402', '498.3']]
 */
export interface Dhis2AnalyticsResponse {
  /** The columns. */
  readonly headers: readonly Dhis2AnalyticsHeader[];
  /** The items of each dimension, as DHIS2 lists them. */
  readonly metaData: {
    /** Display names by identifier (left empty here). */
    readonly items: Readonly<Record<string, never>>;
    /** The identifiers used in each dimension column. */
    readonly dimensions: Readonly<Record<string, readonly string[]>>;
  };
  /** The rows, each a list of text cells in the order of `headers`. */
  readonly rows: readonly (readonly string[])[];
  /** The number of rows. */
  readonly height: number;
  /** The number of columns. */
  readonly width: number;
  /** The number of headers. */
  readonly headerWidth: number;
}

/**
 * One data value of a DHIS2 data value set (`POST /api/dataValueSets`).
 *
 * @example
 * // Budget revenue of a district in the first quarter:
 * const dataValue: Dhis2DataValue = { dataElement: 'BUDGET_REVENUE', period: '2024Q1', orgUnit: '402', value: '498.3' };
 * dataValue.period;
 * //=> '2024Q1'
 */
export interface Dhis2DataValue {
  /** The data element's identifier. */
  readonly dataElement: string;
  /** The DHIS2 period ID. */
  readonly period: string;
  /** The organisation unit's identifier. */
  readonly orgUnit: string;
  /** The category option combination (the disaggregation), from the dimension `categoryOptionCombo`. */
  readonly categoryOptionCombo?: string;
  /** The attribute option combination, from the dimension `attributeOptionCombo`. */
  readonly attributeOptionCombo?: string;
  /** The value, as exact decimal text. */
  readonly value: string;
  /** A comment: the observation's note. */
  readonly comment?: string;
}

/**
 * A DHIS2 data value set, the body of `POST /api/dataValueSets` and of its exports.
 *
 * @example
 * // An empty set:
 * const set: Dhis2DataValueSet = { dataValues: [] };
 * set.dataValues.length;
 * //=> 0
 */
export interface Dhis2DataValueSet {
  /** The data values. */
  readonly dataValues: readonly Dhis2DataValue[];
}

/**
 * How codes of this library map to DHIS2 identifiers, and the status DHIS2 values stand for. Without
 * maps, codes are used as they are: request analytics with `outputIdScheme=CODE` (and import data
 * values with `idScheme=CODE`) so that DHIS2 speaks in codes too.
 *
 * @example
 * // Map an indicator and a district to their DHIS2 UIDs:
 * const options: Dhis2Options = {
 *   dataElementIds: { BUDGET_REVENUE: 'fbfJHSPpUQD' },
 *   orgUnitIds: { '402': 'ImspTQPwCqd' },
 * };
 * options.orgUnitIds?.['402'];
 * //=> 'ImspTQPwCqd'
 */
export interface Dhis2Options {
  /** The DHIS2 data element (or indicator) identifier of each indicator code. */
  readonly dataElementIds?: Readonly<Record<string, string>> | undefined;
  /** The DHIS2 organisation unit identifier of each area code. */
  readonly orgUnitIds?: Readonly<Record<string, string>> | undefined;
  /**
   * The status DHIS2 values stand for (DHIS2 has no status field): observations written with another
   * status are reported as losing it, and values read get it. `official` unless given.
   */
  readonly status?: ObservationStatus | undefined;
}

/**
 * Options of {@link observationsFromDhis2Rows} and {@link observationsFromDhis2DataValueSet}: the
 * DHIS2 identifier maps and status, and the options of every import. With a map, an identifier that
 * is not in it is a problem.
 *
 * @example
 * // Read values whose data element and org unit are UIDs:
 * const options: Dhis2ImportOptions = { dataElementIds: { BUDGET_REVENUE: 'fbfJHSPpUQD' }, orgUnitIds: { '402': 'ImspTQPwCqd' } };
 * Object.keys(options.dataElementIds ?? {});
 * //=> ['BUDGET_REVENUE']
 */
export interface Dhis2ImportOptions extends Dhis2Options, ImportOptions {}

/**
 * The result of {@link observationsToDhis2Rows}.
 *
 * @example
 * // DHIS2 has no status, so a preliminary value loses its status:
 * const { losses } = observationsToDhis2Rows(parseObservations([
 *   { indicator: 'X', area: '402', period: '2024', value: 1, status: 'preliminary' },
 * ]));
 * losses.map((loss) => loss.field);
 * //=> ['status']
 */
export interface Dhis2RowsExport {
  /** The analytics response. */
  readonly response: Dhis2AnalyticsResponse;
  /** What could not be carried. */
  readonly losses: readonly ExportLoss[];
}

/**
 * The result of {@link observationsToDhis2DataValueSet}.
 *
 * @example
 * // A range has no DHIS2 period ID, so its observation is left out:
 * const { dataValueSet, losses } = observationsToDhis2DataValueSet(parseObservations([
 *   { indicator: 'X', area: '402', period: '2021/2025', value: 1, status: 'official' },
 * ]));
 * [dataValueSet.dataValues.length, losses[0]?.kind];
 * //=> [0, 'observation']
 */
export interface Dhis2DataValueSetExport {
  /** The data value set. */
  readonly dataValueSet: Dhis2DataValueSet;
  /** What could not be carried. */
  readonly losses: readonly ExportLoss[];
}

const dimensionHeader = (name: string, column: string): Dhis2AnalyticsHeader => ({
  name,
  column,
  valueType: 'TEXT',
  type: 'java.lang.String',
  hidden: false,
  meta: true,
});

const numberHeader = (name: string, column: string): Dhis2AnalyticsHeader => ({
  name,
  column,
  valueType: 'NUMBER',
  type: 'java.lang.Double',
  hidden: false,
  meta: false,
});

/** Analytics columns that are not dimensions; `factor`, `multiplier` and `divisor` come with `includeNumDen`. */
const analyticsFields = new Set(['dx', 'pe', 'ou', 'value', 'numerator', 'denominator', 'factor', 'multiplier', 'divisor']);
const combos = ['categoryOptionCombo', 'attributeOptionCombo'] as const;

interface Prepared {
  readonly dataElement: string;
  readonly period: string;
  readonly orgUnit: string;
}

/**
 * The part of an export that both DHIS2 forms share: the identifiers of each observation (or
 * undefined for those that cannot be written) and the losses of the fields DHIS2 has no place for.
 */
function prepare(
  observations: readonly Observation[],
  options: Dhis2Options,
  losses: LossLog,
  droppedFields: readonly ('numerator' | 'denominator' | 'note')[],
): (Prepared | undefined)[] {
  const status = options.status ?? 'official';
  const periodIds = new Map<string, string | Error>();
  return observations.map((observation, index) => {
    let periodId = periodIds.get(observation.period);
    if (periodId === undefined) {
      try {
        periodId = toDhis2PeriodId(observation.period);
      } catch (error) {
        periodId = error instanceof Error ? error : new Error(String(error));
      }
      periodIds.set(observation.period, periodId);
    }
    let ok = true;
    if (periodId instanceof Error) {
      ok = false;
      losses.add('observation', 'period', index, `${periodId.message}; the observation is not written`);
    }
    const dataElement = options.dataElementIds === undefined ? observation.indicator : options.dataElementIds[observation.indicator];
    if (dataElement === undefined) {
      ok = false;
      losses.add('observation', 'indicator', index, `indicator ${quoteText(observation.indicator)} has no DHIS2 identifier in dataElementIds; the observation is not written`);
    }
    const orgUnit = options.orgUnitIds === undefined ? observation.area : options.orgUnitIds[observation.area];
    if (orgUnit === undefined) {
      ok = false;
      losses.add('observation', 'area', index, `area ${quoteText(observation.area)} has no DHIS2 identifier in orgUnitIds; the observation is not written`);
    }
    if (!ok || dataElement === undefined || orgUnit === undefined || periodId instanceof Error) return undefined;
    if (observation.status !== status) {
      losses.add('field', 'status', index, `DHIS2 data values have no status, and a reader takes them as ${status}; this ${observation.status} value is written without its status (write plan values to a data element of their own)`);
    }
    for (const field of ['published', 'source', 'unit', ...droppedFields] as const) {
      if (observation[field] !== undefined) {
        const why = field === 'unit' ? 'the unit belongs to the data element in DHIS2' : `DHIS2 has no field for the ${field === 'published' ? 'publication date' : field} here`;
        losses.add('field', field, index, `${why}; it is not written`);
      }
    }
    return { dataElement, period: periodId, orgUnit };
  });
}

const oneValueReason =
  'DHIS2 holds one value per data element, period, org unit and disaggregation; another observation of this cell with a more final status or a later publication was written instead';

function dimensionsKey(values: readonly string[]): string {
  return values.join('\u0000');
}

/**
 * Writes observations as a DHIS2 analytics response: headers `dx` (the indicator code, or its
 * identifier in `dataElementIds`), `pe` (the DHIS2 period ID, via `toDhis2PeriodId`), `ou` (the area
 * code, or its identifier in `orgUnitIds`), one column per disaggregation dimension (named by the
 * dimension, empty where an observation lacks it), `value` (exact decimal text), and `numerator` and
 * `denominator` when some observation has them (as DHIS2 writes them with `includeNumDen=true`).
 *
 * DHIS2 cannot carry, and the losses report: the status (DHIS2 values are taken as `options.status`,
 * official unless given), the publication date, the source, the note and the unit (it belongs to
 * the data element); observations whose period has no DHIS2 ID (ranges such as `2021/2025`, fiscal
 * years starting in a month DHIS2 has no financial type for) or whose codes are missing from a map
 * given in the options are not written; of several observations of one cell, only the most final
 * status (then the latest published, then the last given) is written.
 *
 * Source: DHIS2 developer documentation, Web API, "Analytics" (response headers and rows,
 * `includeNumDen`, `outputIdScheme`) and "Date and period format" (github.com/dhis2/dhis2-docs);
 * dhis2-core `GridHeader` columns.
 *
 * @param observations - the observations
 * @param options - identifier maps for data elements and org units, and the status DHIS2 values stand for
 * @returns the analytics response and the list of what could not be carried
 *
 * @example
 * // Monthly and quarterly values, with a DHIS2 UID for the org unit:
 * const { response } = observationsToDhis2Rows(parseObservations([
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-M01', value: '41.5', status: 'official' },
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-Q1', value: '120', status: 'official' },
 * ]), { orgUnitIds: { '402': 'ImspTQPwCqd' } });
 * response.rows;
 * //=> [['BUDGET_REVENUE', '202401', 'ImspTQPwCqd', '41.5'], ['BUDGET_REVENUE', '2024Q1', 'ImspTQPwCqd', '120']]
 */
export function observationsToDhis2Rows(observations: readonly Observation[], options: Dhis2Options = {}): Dhis2RowsExport {
  const losses = new LossLog();
  const prepared = prepare(observations, options, losses, ['note']);
  const dimensionNames: string[] = [];
  const dimensionValid = new Map<string, boolean>();
  const keys = observations.map((observation, index) => {
    const identifiers = prepared[index];
    if (identifiers === undefined) return undefined;
    for (const [name, value] of Object.entries(observation.dimensions ?? {})) {
      let valid = dimensionValid.get(name);
      if (valid === undefined) {
        valid = name !== '' && !analyticsFields.has(name);
        dimensionValid.set(name, valid);
        if (valid) dimensionNames.push(name);
      }
      if (!valid) {
        losses.add('observation', `dimensions.${name}`, index, `${quoteText(name)} cannot be a column of an analytics response (it is empty or one of ${[...analyticsFields].join(', ')}); rename the dimension`);
        prepared[index] = undefined;
        return undefined;
      }
      if (value === '') losses.add('field', `dimensions.${name}`, index, 'an empty dimension value is written as an empty cell, which reads back as absent');
    }
    return identifiers;
  });
  const cellKeys = observations.map((observation, index) => {
    const identifiers = keys[index];
    if (identifiers === undefined) return undefined;
    return dimensionsKey([identifiers.dataElement, identifiers.period, identifiers.orgUnit, ...dimensionNames.map((name) => ownValue(observation.dimensions, name) ?? '')]);
  });
  const kept = keepOnePerCell(observations, cellKeys, losses, oneValueReason);
  const withParts = observations.some((observation, index) => kept[index] === true && (observation.numerator !== undefined || observation.denominator !== undefined));
  const headers: Dhis2AnalyticsHeader[] = [
    dimensionHeader('dx', 'Data'),
    dimensionHeader('pe', 'Period'),
    dimensionHeader('ou', 'Organisation unit'),
    ...dimensionNames.map((name) => dimensionHeader(name, name)),
    numberHeader('value', 'Value'),
    ...(withParts ? [numberHeader('numerator', 'Numerator'), numberHeader('denominator', 'Denominator')] : []),
  ];
  const rows: string[][] = [];
  const items: Record<string, Set<string>> = { dx: new Set(), pe: new Set(), ou: new Set() };
  observations.forEach((observation, index) => {
    const identifiers = keys[index];
    if (identifiers === undefined || kept[index] !== true) return;
    items.dx?.add(identifiers.dataElement);
    items.pe?.add(identifiers.period);
    items.ou?.add(identifiers.orgUnit);
    const row = [
      identifiers.dataElement,
      identifiers.period,
      identifiers.orgUnit,
      ...dimensionNames.map((name) => ownValue(observation.dimensions, name) ?? ''),
      observation.value.toString(),
    ];
    if (withParts) row.push(observation.numerator?.toString() ?? '', observation.denominator?.toString() ?? '');
    rows.push(row);
  });
  const response: Dhis2AnalyticsResponse = {
    headers,
    metaData: { items: {}, dimensions: Object.fromEntries(Object.entries(items).map(([name, set]) => [name, [...set]])) },
    rows,
    height: rows.length,
    width: headers.length,
    headerWidth: headers.length,
  };
  return Object.freeze({ response, losses: losses.list() });
}

/**
 * Writes observations as a DHIS2 data value set, the body of `POST /api/dataValueSets`: one data
 * value per observation with `dataElement` (the indicator code, or its identifier in
 * `dataElementIds`), `period` (the DHIS2 period ID), `orgUnit` (the area code, or its identifier in
 * `orgUnitIds`), `value` (exact decimal text), `comment` (the note), and `categoryOptionCombo` and
 * `attributeOptionCombo` from the dimensions of those names.
 *
 * DHIS2 cannot carry, and the losses report: the status (taken as `options.status`, official unless
 * given), the publication date, the source, the unit, the numerator and denominator, and any other
 * dimension; observations whose period has no DHIS2 ID or whose codes are missing from a map given in
 * the options are not written; of several observations of one cell, one is written, as for
 * {@link observationsToDhis2Rows}.
 *
 * Source: DHIS2 developer documentation, Web API, "Data values" (data value sets: `dataElement`,
 * `period`, `orgUnit`, `categoryOptionCombo`, `attributeOptionCombo`, `value`, `comment`;
 * github.com/dhis2/dhis2-docs).
 *
 * @param observations - the observations
 * @param options - identifier maps for data elements and org units, and the status DHIS2 values stand for
 * @returns the data value set and the list of what could not be carried
 *
 * @example
 * // A value with a note:
 * const { dataValueSet } = observationsToDhis2DataValueSet(parseObservations([
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2024', value: '1432.7', status: 'official', note: 'incl. land fees' },
 * ]));
 * dataValueSet.dataValues;
 * //=> [{ dataElement: 'BUDGET_REVENUE', period: '2024', orgUnit: '402', value: '1432.7', comment: 'incl. land fees' }]
 */
export function observationsToDhis2DataValueSet(observations: readonly Observation[], options: Dhis2Options = {}): Dhis2DataValueSetExport {
  const losses = new LossLog();
  const prepared = prepare(observations, options, losses, ['numerator', 'denominator']);
  const cellKeys = observations.map((observation, index) => {
    const identifiers = prepared[index];
    if (identifiers === undefined) return undefined;
    for (const name of Object.keys(observation.dimensions ?? {})) {
      if (!(combos as readonly string[]).includes(name)) {
        losses.add('field', `dimensions.${name}`, index, 'a data value set carries only the dimensions categoryOptionCombo and attributeOptionCombo; this one is not written');
      }
    }
    return dimensionsKey([
      identifiers.dataElement,
      identifiers.period,
      identifiers.orgUnit,
      observation.dimensions?.categoryOptionCombo ?? '',
      observation.dimensions?.attributeOptionCombo ?? '',
    ]);
  });
  const kept = keepOnePerCell(observations, cellKeys, losses, oneValueReason);
  const dataValues: Dhis2DataValue[] = [];
  observations.forEach((observation, index) => {
    const identifiers = prepared[index];
    if (identifiers === undefined || kept[index] !== true) return;
    const dataValue: Record<string, string> = { ...identifiers };
    for (const combo of combos) {
      const value = observation.dimensions?.[combo];
      if (value !== undefined) dataValue[combo] = value;
    }
    dataValue.value = observation.value.toString();
    if (observation.note !== undefined) dataValue.comment = observation.note;
    dataValues.push(dataValue as unknown as Dhis2DataValue);
  });
  return Object.freeze({ dataValueSet: { dataValues }, losses: losses.list() });
}

/** Reads DHIS2 identifiers back to codes, through the reverse of a map when one is given. */
function reverseMap(map: Readonly<Record<string, string>> | undefined): ReadonlyMap<string, string> | undefined {
  if (map === undefined) return undefined;
  return new Map(Object.entries(map).map(([code, id]) => [id, code]));
}

interface RecordFields {
  readonly dataElement: unknown;
  readonly period: unknown;
  readonly orgUnit: unknown;
  readonly value: unknown;
  readonly numerator?: unknown;
  readonly denominator?: unknown;
  readonly comment?: unknown;
  readonly dimensions: readonly (readonly [string, unknown])[];
}

/** Reads the records of both DHIS2 forms into observations, with the issues at their JSON paths. */
class Dhis2Reader {
  readonly issues: Issue[] = [];
  readonly notes = new NoteLog();
  readonly observations: Observation[] = [];
  private readonly reader: FieldReader;
  private readonly dataElements: ReadonlyMap<string, string> | undefined;
  private readonly orgUnits: ReadonlyMap<string, string> | undefined;
  private readonly status: ObservationStatus;

  constructor(options: Dhis2ImportOptions) {
    this.reader = new FieldReader(options);
    this.dataElements = reverseMap(options.dataElementIds);
    this.orgUnits = reverseMap(options.orgUnitIds);
    this.status = options.status ?? options.defaults?.status ?? 'official';
  }

  problem(path: readonly PropertyKey[], text: string): void {
    this.issues.push({ path: [...path], message: `${jsonPath(path)}: ${text}` });
  }

  private text(value: unknown, path: readonly PropertyKey[], what: string): string | undefined {
    if (typeof value === 'string' && value !== '') return value;
    this.problem(path, `expected the ${what} as text; got ${describeJson(value)}`);
    return undefined;
  }

  private code(
    value: unknown,
    path: readonly PropertyKey[],
    what: 'data element' | 'org unit',
    map: ReadonlyMap<string, string> | undefined,
  ): string | undefined {
    const id = this.text(value, path, what);
    if (id === undefined || map === undefined) return id;
    const code = map.get(id);
    if (code === undefined) {
      this.problem(path, `unknown ${what} ${quoteText(id)}: it is not in ${what === 'data element' ? 'dataElementIds' : 'orgUnitIds'}`);
    }
    return code;
  }

  private decimal(value: unknown, path: readonly PropertyKey[], what: string): ReturnType<FieldReader['decimal']> {
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.problem(path, `expected the ${what} as a number or decimal text; got ${describeJson(value)}`);
      return undefined;
    }
    const decimal = this.reader.decimal(value, what);
    if (decimal === undefined) this.problem(path, this.reader.problem);
    return decimal;
  }

  read(fields: RecordFields, path: readonly PropertyKey[], fieldPath: (field: string) => readonly PropertyKey[]): void {
    if (fields.value === undefined || fields.value === null || fields.value === '') {
      this.notes.add('skipped', 'value', jsonPath(path), 'the value is empty (a missing value), so there is no observation');
      return;
    }
    const before = this.issues.length;
    const draft: ObservationDraft = {};
    const dataElement = this.code(fields.dataElement, fieldPath('dataElement'), 'data element', this.dataElements);
    if (dataElement !== undefined) {
      const indicator = this.reader.indicator(dataElement);
      if (indicator === undefined) this.problem(fieldPath('dataElement'), this.reader.problem);
      else draft.indicator = indicator;
    }
    const orgUnit = this.code(fields.orgUnit, fieldPath('orgUnit'), 'org unit', this.orgUnits);
    if (orgUnit !== undefined) {
      const area = this.reader.area(orgUnit);
      if (area === undefined) this.problem(fieldPath('orgUnit'), this.reader.problem);
      else draft.area = area;
    }
    const periodId = this.text(fields.period, fieldPath('period'), 'DHIS2 period ID');
    if (periodId !== undefined) {
      const period = this.reader.period(periodId, 'dhis2', fromDhis2PeriodId);
      if (period === undefined) this.problem(fieldPath('period'), this.reader.problem);
      else draft.period = period;
    }
    const value = this.decimal(fields.value, fieldPath('value'), 'value');
    if (value !== undefined) draft.value = value;
    for (const part of ['numerator', 'denominator'] as const) {
      const given = fields[part];
      if (given === undefined || given === null || given === '') continue;
      const decimal = this.decimal(given, fieldPath(part), part);
      if (decimal !== undefined) draft[part] = decimal;
    }
    draft.status = this.status;
    const comment = fields.comment;
    if (typeof comment === 'string') {
      if (comment !== '') draft.note = comment;
    } else if (comment !== undefined && comment !== null) {
      // DHIS2 writes a comment as text; anything else would be lost without a word.
      this.problem(fieldPath('comment'), `expected the comment as text (the observation's note); got ${describeJson(comment)}`);
    }
    for (const [name, given] of fields.dimensions) {
      if (given === undefined || given === null || given === '') continue;
      if (typeof given !== 'string') {
        this.problem(fieldPath(name), `expected the ${name} as text; got ${describeJson(given)}`);
        continue;
      }
      if (name === reservedName) {
        this.problem(fieldPath(name), reservedNameProblem);
        continue;
      }
      draft.dimensions ??= {};
      draft.dimensions[name] = given;
    }
    if (this.issues.length === before) this.observations.push(finishObservation(draft));
  }

  result(what: string): ObservationImport {
    if (this.issues.length > 0) throw importError(what, this.issues);
    return Object.freeze({ observations: Object.freeze(this.observations), notes: this.notes.list() });
  }
}

/**
 * Reads observations from a DHIS2 analytics response (`GET /api/analytics`, JSON): the columns `dx`
 * (the indicator), `pe` (the period, via `fromDhis2PeriodId`), `ou` (the area) and `value` are
 * required; `numerator` and `denominator` (from `includeNumDen=true`) give the ratio parts; `factor`,
 * `multiplier` and `divisor` are ignored; every other column is a disaggregation dimension (such as
 * `co`, the category option combination, or a category's UID), an empty cell meaning absent. With
 * `dataElementIds` or `orgUnitIds`, identifiers are mapped back to codes and one missing from the
 * map is a problem; without them the identifiers are the codes (request analytics with
 * `outputIdScheme=CODE`). DHIS2 has no status: values get `options.status` (official unless given).
 * Rows with an empty value are listed as skipped.
 *
 * Source: DHIS2 developer documentation, Web API, "Analytics" (github.com/dhis2/dhis2-docs);
 * dhis2-core period IDs (see `fromDhis2PeriodId`).
 *
 * @param input - the analytics response, as JSON text or as the parsed object
 * @param options - identifier maps, the status of the values, defaults, known codes
 * @returns the observations and notes on what was skipped or ignored
 * @throws {@link PlanningError} `invalid-input` listing every problem at once, each with its JSON path
 * (`rows[3][1]`): text that is not JSON, missing headers or rows, a required column missing, a row
 * of the wrong length, an invalid or unsupported period ID, an identifier not in a map, an invalid
 * or unknown indicator or area code, a value that is not a number
 *
 * @example
 * // Two months of a DHIS2 data element, in codes:
 * const { observations } = observationsFromDhis2Rows({
 *   headers: [{ name: 'dx' }, { name: 'pe' }, { name: 'ou' }, { name: 'value' }],
 *   rows: [['BUDGET_REVENUE', '202401', '402', '41.5'], ['BUDGET_REVENUE', '202402', '402', '38']],
 * });
 * observations.map((observation) => observation.period);
 * //=> ['2024-M01', '2024-M02']
 */
export function observationsFromDhis2Rows(input: unknown, options: Dhis2ImportOptions = {}): ObservationImport {
  const what = 'DHIS2 analytics response';
  const response = readJsonInput(input, what);
  const reader = new Dhis2Reader(options);
  if (!isRecord(response) || !Array.isArray(response.headers) || !Array.isArray(response.rows)) {
    reader.problem([], `expected a DHIS2 analytics response, an object with headers and rows; got ${describeJson(response)}`);
    return reader.result(what);
  }
  const names = response.headers.map((header: unknown, index): string | undefined => {
    if (isRecord(header) && typeof header.name === 'string' && header.name !== '') return header.name;
    reader.problem(['headers', index], `expected a header with a name; got ${describeJson(header)}`);
    return undefined;
  });
  const column = new Map<string, number>();
  names.forEach((name, index) => {
    if (name === undefined) return;
    if (column.has(name)) reader.problem(['headers', index], `the column ${quoteText(name)} is given twice`);
    else column.set(name, index);
  });
  const defaults = options.defaults ?? {};
  for (const [name, fallback] of [['dx', defaults.indicator], ['pe', undefined], ['ou', defaults.area], ['value', undefined]] as const) {
    if (!column.has(name) && fallback === undefined) reader.problem(['headers'], `missing the column ${quoteText(name)}`);
  }
  if (reader.issues.length > 0) return reader.result(what);
  for (const name of ['factor', 'multiplier', 'divisor']) {
    const index = column.get(name);
    if (index !== undefined) reader.notes.add('ignored', `header ${name}`, jsonPath(['headers', index]), 'this column has no field in an observation, so it is not read');
  }
  const dimensionColumns = [...column.entries()].filter(([name]) => !analyticsFields.has(name));
  const fieldNames: Readonly<Record<string, string>> = { dataElement: 'dx', period: 'pe', orgUnit: 'ou', value: 'value', numerator: 'numerator', denominator: 'denominator' };
  response.rows.forEach((row: unknown, rowIndex) => {
    const path = ['rows', rowIndex];
    if (!Array.isArray(row) || row.length !== names.length) {
      reader.problem(path, `expected a row of ${String(names.length)} cells, one per header; got ${Array.isArray(row) ? `${String(row.length)} cells` : describeJson(row)}`);
      return;
    }
    const cell = (name: string): unknown => {
      const index = column.get(name);
      return index === undefined ? undefined : row[index];
    };
    const fieldPath = (field: string): readonly PropertyKey[] => [...path, column.get(ownValue(fieldNames, field) ?? field) ?? 0];
    reader.read(
      {
        dataElement: cell('dx') ?? (defaults.indicator === undefined ? undefined : identifierOf(defaults.indicator, options.dataElementIds)),
        period: cell('pe'),
        orgUnit: cell('ou') ?? (defaults.area === undefined ? undefined : identifierOf(defaults.area, options.orgUnitIds)),
        value: cell('value'),
        numerator: cell('numerator'),
        denominator: cell('denominator'),
        dimensions: dimensionColumns.map(([name, index]) => [name, row[index]] as const),
      },
      path,
      fieldPath,
    );
  });
  return reader.result(what);
}

function identifierOf(code: string, map: Readonly<Record<string, string>> | undefined): string {
  return ownValue(map, code) ?? code;
}

/**
 * Reads observations from a DHIS2 data value set (`GET /api/dataValueSets`, JSON): each data value's
 * `dataElement`, `period` (via `fromDhis2PeriodId`), `orgUnit` and `value` are required (a
 * `period` or `orgUnit` at the top of the set applies to every value that has none); `comment`
 * gives the note (a comment that is not text is refused, not dropped); `categoryOptionCombo` and `attributeOptionCombo` go to the dimensions of those
 * names; other fields (`storedBy`, `created`, `lastUpdated`, `followup`...) are listed as ignored.
 * Identifier maps, status and empty values are handled as by {@link observationsFromDhis2Rows}.
 *
 * Source: DHIS2 developer documentation, Web API, "Data values" (github.com/dhis2/dhis2-docs).
 *
 * @param input - the data value set, as JSON text or as the parsed object
 * @param options - identifier maps, the status of the values, defaults, known codes
 * @returns the observations and notes on what was skipped or ignored
 * @throws {@link PlanningError} `invalid-input` listing every problem at once, each with its JSON path
 * (`dataValues[3].period`): as for {@link observationsFromDhis2Rows}
 *
 * @example
 * // A DHIS2 financial year from April:
 * const { observations } = observationsFromDhis2DataValueSet({
 *   dataValues: [{ dataElement: 'BUDGET_REVENUE', period: '2024April', orgUnit: '402', value: '1432.7' }],
 * });
 * observations[0]?.period;
 * //=> '2024-FY04'
 */
export function observationsFromDhis2DataValueSet(input: unknown, options: Dhis2ImportOptions = {}): ObservationImport {
  const what = 'DHIS2 data value set';
  const set = readJsonInput(input, what);
  const reader = new Dhis2Reader(options);
  if (!isRecord(set) || !Array.isArray(set.dataValues)) {
    reader.problem([], `expected a DHIS2 data value set, an object with dataValues; got ${describeJson(set)}`);
    return reader.result(what);
  }
  const known = new Set(['dataElement', 'period', 'orgUnit', 'value', 'comment', ...combos]);
  const defaults = options.defaults ?? {};
  set.dataValues.forEach((dataValue: unknown, index) => {
    const path = ['dataValues', index];
    if (!isRecord(dataValue)) {
      reader.problem(path, `expected a data value; got ${describeJson(dataValue)}`);
      return;
    }
    for (const key of Object.keys(dataValue)) {
      if (!known.has(key)) reader.notes.add('ignored', `field ${key}`, jsonPath([...path, key]), 'this field has no place in an observation, so it is not read');
    }
    reader.read(
      {
        dataElement: dataValue.dataElement ?? (defaults.indicator === undefined ? undefined : identifierOf(defaults.indicator, options.dataElementIds)),
        period: dataValue.period ?? set.period,
        orgUnit: dataValue.orgUnit ?? set.orgUnit ?? (defaults.area === undefined ? undefined : identifierOf(defaults.area, options.orgUnitIds)),
        value: dataValue.value,
        comment: dataValue.comment,
        dimensions: combos.map((combo) => [combo, dataValue[combo] ?? (combo === 'attributeOptionCombo' ? set.attributeOptionCombo : undefined)] as const),
      },
      path,
      (field) => [...path, field],
    );
  });
  return reader.result(what);
}
