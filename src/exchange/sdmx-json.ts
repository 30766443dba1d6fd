import { Decimal, type Issue, ownValue, quoteText } from '../numeric/index.js';
import { type UnitRegistry, multiplierFromPower, units as builtInUnits } from '../measure/index.js';
import { formatPeriod, fromSdmxTimePeriod, periodEnd, periodStart, toSdmxTimePeriod } from '../period/index.js';
import { type Observation, type ObservationStatus, fromSdmxObsStatus, toSdmxObsStatus } from '../observation/index.js';
import { keepOnePerCell } from './cells.js';
import { FieldReader, type ObservationDraft, finishObservation, reservedName, reservedNameProblem, unitInRegistry } from './fields.js';
import { describeJson, isRecord, jsonPath, readJsonInput } from './json.js';
import { type ExportLoss, type ImportOptions, LossLog, NoteLog, type ObservationImport, importError } from './results.js';

/**
 * One value of a component in an SDMX-JSON structure: a coded value with `id` and `name`, or an
 * uncoded one with `value` (used here for texts that are not valid SDMX ids, such as a time range
 * `2021-01-01/P5Y` or a comment).
 *
 * @example
 * // A quarter of the time dimension, with the instants it covers:
 * const quarter: SdmxJsonComponentValue = {
 *   id: '2024-Q1', name: '2024-Q1', start: '2024-01-01T00:00:00Z', end: '2024-03-31T23:59:59Z',
 * };
 * quarter.id;
 * //=> '2024-Q1'
 */
export interface SdmxJsonComponentValue {
  /** The code of a coded value (letters, digits, `_`, `@`, `$`, `-`). */
  readonly id?: string;
  /** The human-readable name of a coded value. */
  readonly name?: string;
  /** The value itself, for an uncoded value. */
  readonly value?: string;
  /** For a time period: its first instant, ISO 8601 date-time. */
  readonly start?: string;
  /** For a time period: its last instant, ISO 8601 date-time. */
  readonly end?: string;
}

/**
 * A dimension, measure or attribute of an SDMX-JSON structure, with the values used in the message.
 *
 * @example
 * // The observation status attribute, attached to each observation:
 * const status: SdmxJsonComponent = {
 *   id: 'OBS_STATUS', name: 'Observation status', relationship: { observation: {} },
 *   values: [{ id: 'A', name: 'Normal value' }],
 * };
 * status.values.length;
 * //=> 1
 */
export interface SdmxJsonComponent {
  /** The component's id: `INDICATOR`, `REF_AREA`, `TIME_PERIOD`, `OBS_STATUS`... */
  readonly id: string;
  /** Its human-readable name. */
  readonly name?: string;
  /** For a dimension: its position in the series key, from 0. */
  readonly keyPosition?: number;
  /** The SDMX cross-domain concepts it plays (`TIME_PERIOD` for the time dimension). */
  readonly roles?: readonly string[];
  /** For an attribute: what it is attached to; `{ observation: {} }` for a value of each observation. */
  readonly relationship?: {
    /** Present (empty) when the attribute may vary with each observation. */
    readonly observation?: Readonly<Record<string, never>>;
  };
  /** The values used in the message; observations refer to them by position. */
  readonly values: readonly SdmxJsonComponentValue[];
}

/**
 * The components of an SDMX-JSON structure, by the level of the message they are given at. This
 * library writes every component at the observation level (a flat message).
 *
 * @example
 * // The levels of a flat message:
 * const levels: SdmxJsonLevels = { dataSet: [], series: [], observation: [] };
 * Object.keys(levels);
 * //=> ['dataSet', 'series', 'observation']
 */
export interface SdmxJsonLevels {
  /** Components with one value for the whole data set. */
  readonly dataSet: readonly SdmxJsonComponent[];
  /** Components given for each series. */
  readonly series: readonly SdmxJsonComponent[];
  /** Components given for each observation. */
  readonly observation: readonly SdmxJsonComponent[];
}

/**
 * The structure of an SDMX-JSON data message: its dimensions, measures and attributes.
 *
 * @example
 * // The dimensions of a message written by this library:
 * const { message } = observationsToSdmxJson(parseObservations([
 *   { indicator: 'X', area: '402', period: '2024', value: 1, status: 'official' },
 * ]));
 * message.data.structures[0]?.dimensions.observation.map((dimension) => dimension.id);
 * //=> ['INDICATOR', 'REF_AREA', 'TIME_PERIOD']
 */
export interface SdmxJsonStructure {
  /** The dimensions, which together identify each observation. */
  readonly dimensions: SdmxJsonLevels;
  /** The measures: `OBS_VALUE`, the value of each observation. */
  readonly measures: {
    /** The measures of each observation. */
    readonly observation: readonly SdmxJsonComponent[];
  };
  /** The attributes: observation status, unit of measure, unit multiplier, comment. */
  readonly attributes: SdmxJsonLevels;
}

/**
 * One observation of a flat SDMX-JSON data set: the value first (a number, or a string to keep every
 * digit), then the position of each observation-level attribute's value, or `null` where unset.
 *
 * @example
 * // 612.5 with status A (position 0) and unit VND (position 1):
 * const observation: SdmxJsonObservation = [612.5, 0, 1];
 * observation[0];
 * //=> 612.5
 */
export type SdmxJsonObservation = readonly (number | string | null)[];

/**
 * A data set of an SDMX-JSON data message: the structure it follows and its observations, keyed by
 * the positions of their dimension values joined by `:`.
 *
 * @example
 * // One observation whose dimensions all take their first value:
 * const dataSet: SdmxJsonDataSet = { structure: 0, action: 'Information', observations: { '0:0:0': [1, 0] } };
 * Object.keys(dataSet.observations);
 * //=> ['0:0:0']
 */
export interface SdmxJsonDataSet {
  /** The position of its structure in `data.structures`. */
  readonly structure: number;
  /** `Information`: values sent for information, not instructions to replace or delete. */
  readonly action: 'Information';
  /** The observations, by key. */
  readonly observations: Readonly<Record<string, SdmxJsonObservation>>;
}

/**
 * The header of an SDMX-JSON message: who sent it and when. Written only when
 * {@link SdmxJsonExportOptions} gives it, since the library has no clock.
 *
 * @example
 * // A message of the district statistics office:
 * const meta: SdmxJsonMeta = { id: 'NX-2024-Q1', prepared: '2024-04-05T08:00:00Z', sender: { id: 'NHU_XUAN_STATS' } };
 * meta.sender.id;
 * //=> 'NHU_XUAN_STATS'
 */
export interface SdmxJsonMeta {
  /** The URL of the SDMX-JSON schema the message follows. */
  readonly schema?: string;
  /** The message's identifier (letters, digits, `_`, `@`, `$`, `-`). */
  readonly id: string;
  /** When the message was prepared, an ISO 8601 date-time with time zone. */
  readonly prepared: string;
  /** Who sends the message. */
  readonly sender: {
    /** The sender's identifier. */
    readonly id: string;
  };
}

/**
 * An SDMX-JSON 2.0 data message as {@link observationsToSdmxJson} writes it: one structure and one
 * flat data set.
 *
 * @example
 * // Serialise it for a web service:
 * const { message } = observationsToSdmxJson([]);
 * JSON.stringify(message.data.dataSets);
 * //=> '[{"structure":0,"action":"Information","observations":{}}]'
 */
export interface SdmxJsonMessage {
  /** The header, when given in the options. */
  readonly meta?: SdmxJsonMeta;
  /** The structure and the data. */
  readonly data: {
    /** The structures (one). */
    readonly structures: readonly SdmxJsonStructure[];
    /** The data sets (one). */
    readonly dataSets: readonly SdmxJsonDataSet[];
  };
}

/**
 * The ids of the dimensions that hold the indicator and the area. Defaults: `INDICATOR` and
 * `REF_AREA` (the SDMX cross-domain concept of the reference area). The UN SDG data structure, for
 * example, names the indicator dimension `SERIES`.
 *
 * @example
 * // Read a message from the UN SDG data structure:
 * const ids: SdmxJsonDimensionIds = { indicator: 'SERIES' };
 * ids.indicator;
 * //=> 'SERIES'
 */
export interface SdmxJsonDimensionIds {
  /** The id of the dimension that holds the indicator code; `INDICATOR` unless given. */
  readonly indicator?: string | undefined;
  /** The id of the dimension that holds the area code; `REF_AREA` unless given. */
  readonly area?: string | undefined;
}

/**
 * Options of {@link observationsToSdmxJson}.
 *
 * @example
 * // A message with a header, values as strings to keep every digit:
 * const options: SdmxJsonExportOptions = {
 *   meta: { id: 'NX-2024', prepared: '2025-01-10T09:00:00Z', sender: 'NHU_XUAN_STATS' },
 *   values: 'string',
 * };
 * options.values;
 * //=> 'string'
 */
export interface SdmxJsonExportOptions {
  /** The message header: its id, when it was prepared (ISO date-time) and the sender's id. */
  readonly meta?:
    | {
        /** The message's identifier. */
        readonly id: string;
        /** When the message was prepared, an ISO 8601 date-time with time zone. */
        readonly prepared: string;
        /** The sender's identifier. */
        readonly sender: string;
      }
    | undefined;
  /** The ids of the indicator and area dimensions. */
  readonly dimensionIds?: SdmxJsonDimensionIds | undefined;
  /**
   * How values are written: `'number'` (the default; JSON numbers, as most SDMX tools expect) or
   * `'string'` (decimal text, exact to the last digit). A value that a binary number cannot hold
   * exactly is reported as a loss in `'number'` mode.
   */
  readonly values?: 'number' | 'string' | undefined;
  /** The registry a reader will look unit codes up in; the built-in `units` unless given. */
  readonly units?: UnitRegistry | undefined;
}

/**
 * The result of {@link observationsToSdmxJson}: the message and what it could not carry.
 *
 * @example
 * // A publication date has no place in SDMX:
 * const { losses } = observationsToSdmxJson(parseObservations([
 *   { indicator: 'X', area: '402', period: '2024', value: 1, status: 'official', published: '2025-03-01' },
 * ]));
 * losses.map((loss) => loss.field);
 * //=> ['published']
 */
export interface SdmxJsonExport {
  /** The SDMX-JSON data message; `JSON.stringify` it to send it. */
  readonly message: SdmxJsonMessage;
  /** What could not be carried. */
  readonly losses: readonly ExportLoss[];
}

/**
 * Options of {@link observationsFromSdmxJson}.
 *
 * @example
 * // Read a UN SDG message, taking the break flag B as an official value:
 * const options: SdmxJsonImportOptions = { dimensionIds: { indicator: 'SERIES' }, obsStatus: { B: 'official' } };
 * options.obsStatus?.B;
 * //=> 'official'
 */
export interface SdmxJsonImportOptions extends ImportOptions {
  /** The ids of the indicator and area dimensions. */
  readonly dimensionIds?: SdmxJsonDimensionIds | undefined;
  /**
   * The status of OBS_STATUS codes, before the built-in mapping (A official, P preliminary, E
   * estimate, F plan). A code in neither is a problem.
   */
  readonly obsStatus?: Readonly<Record<string, ObservationStatus>> | undefined;
}

const schemaUrl = 'https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json';
const componentIdPattern = /^[A-Za-z][A-Za-z0-9_-]*$/;
const valueIdPattern = /^[A-Za-z0-9_@$-]+$/;
/** The SDMX code for "total": written for a dimension an observation does not have, read back as absent. */
const total = '_T';
const obsStatusNames: Readonly<Record<string, string>> = { A: 'Normal value', E: 'Estimated value', P: 'Provisional value', F: 'Forecast value' };

/** The values of one component, each written once, in order of first use. */
class ValueList {
  readonly values: SdmxJsonComponentValue[] = [];
  private readonly positions = new Map<string, number>();

  positionOf(text: string, make: (text: string) => SdmxJsonComponentValue): number {
    let position = this.positions.get(text);
    if (position === undefined) {
      position = this.values.length;
      this.values.push(make(text));
      this.positions.set(text, position);
    }
    return position;
  }
}

function codedValue(text: string, name = text): SdmxJsonComponentValue {
  return valueIdPattern.test(text) ? { id: text, name } : { value: text };
}

/**
 * Writes observations as an SDMX-JSON 2.0 data message: one structure and one flat data set (every
 * dimension at the observation level, as with `dimensionAtObservation=AllDimensions`).
 *
 * | observation | SDMX component | notes |
 * |---|---|---|
 * | `indicator` | dimension `INDICATOR` (or `dimensionIds.indicator`) | |
 * | `area` | dimension `REF_AREA` (or `dimensionIds.area`) | |
 * | each key of `dimensions` | a dimension of that id | `_T` (total) where an observation lacks it |
 * | `period` | dimension `TIME_PERIOD`, via `toSdmxTimePeriod` | values carry `start` and `end` |
 * | `value` | measure `OBS_VALUE` | a JSON number, or a string with `values: 'string'` |
 * | `status` | attribute `OBS_STATUS`, via `toSdmxObsStatus` | A, P, E, F |
 * | `unit` | attributes `UNIT_MEASURE` (the unit code) and `UNIT_MULT` (the power of ten) | |
 * | `note` | attribute `COMMENT_OBS` | |
 * | `numerator`, `denominator`, `published`, `source` | none | reported as lost |
 *
 * Coded values are written `{ id, name }`; texts that are not valid SDMX ids (a time range such as
 * `2021-01-01/P5Y`, a code with a dot, a comment) are written `{ value }`. Also reported: periods
 * whose SDMX form reads back as another period (ranges of quarters, halves and weeks, which SDMX
 * durations write in months or days), values a JSON number cannot hold exactly, dimension names that
 * are not SDMX ids or clash with a component of the message (such observations are not written),
 * units whose code is not in the reader's registry, and the revisions of one cell: SDMX holds one
 * value per key, so of several observations with the same indicator, area, period and dimensions only
 * the most final status (then the latest published, then the last given) is written.
 *
 * Source: SDMX-JSON data message 2.0 (github.com/sdmx-twg/sdmx-json, `data-message/docs` and
 * `tools/schemas/2.0.0/sdmx-json-data-schema.json`); SDMX code lists CL_OBS_STATUS 2.2 and
 * CL_UNIT_MULT 1.1; SDMX cross-domain concepts COMMENT_OBS, UNIT_MEASURE, UNIT_MULT.
 *
 * @param observations - the observations
 * @param options - the header, the ids of the indicator and area dimensions, how values are written
 * @returns the message and the list of what could not be carried
 *
 * @example
 * // Budget revenue in tỷ đồng, first estimated:
 * const { message } = observationsToSdmxJson(parseObservations([
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-Q1', value: '498.3', status: 'estimate',
 *     unit: { unit: 'VND', power: 9 } },
 * ]));
 * message.data.dataSets[0]?.observations;
 * //=> { '0:0:0': [498.3, 0, 0, 0] }
 */
export function observationsToSdmxJson(observations: readonly Observation[], options: SdmxJsonExportOptions = {}): SdmxJsonExport {
  const indicatorId = options.dimensionIds?.indicator ?? 'INDICATOR';
  const areaId = options.dimensionIds?.area ?? 'REF_AREA';
  const registry = options.units ?? builtInUnits;
  const asString = options.values === 'string';
  const reserved = new Set([indicatorId, areaId, 'TIME_PERIOD', 'OBS_VALUE', 'OBS_STATUS', 'UNIT_MEASURE', 'UNIT_MULT', 'COMMENT_OBS']);
  const losses = new LossLog();

  // First pass: which observations can be written, and which dimensions they use.
  const dimensionNames: string[] = [];
  const dimensionKnown = new Map<string, boolean>();
  const writable = observations.map((observation, index) => {
    let ok = true;
    for (const name of Object.keys(observation.dimensions ?? {})) {
      let valid = dimensionKnown.get(name);
      if (valid === undefined) {
        valid = componentIdPattern.test(name) && !reserved.has(name);
        dimensionKnown.set(name, valid);
        if (valid) dimensionNames.push(name);
      }
      if (!valid) {
        ok = false;
        losses.add(
          'observation',
          `dimensions.${name}`,
          index,
          `${quoteText(name)} cannot be an SDMX dimension id: an id is letters, digits, "_" and "-", starting with a letter, and must not be one of ${[...reserved].join(', ')}; rename the dimension`,
        );
      }
    }
    return ok;
  });

  const indicators = new ValueList();
  const areas = new ValueList();
  const periods = new ValueList();
  const dimensionColumns = dimensionNames.map((name) => ({ name, values: new ValueList() }));
  const statuses = new ValueList();
  const unitCodes = new ValueList();
  const unitMultipliers = new ValueList();
  const comments = new ValueList();
  const readBack = new Map<string, string>();

  const keys = observations.map((observation, index) => {
    if (!writable[index]) return undefined;
    const positions = [
      indicators.positionOf(observation.indicator, (text) => codedValue(text)),
      areas.positionOf(observation.area, (text) => codedValue(text)),
    ];
    for (const { name, values } of dimensionColumns) {
      const value = ownValue(observation.dimensions, name);
      if (value === total) {
        losses.add('field', `dimensions.${name}`, index, `the value ${total} is SDMX's "total", which reads back as an absent dimension`);
      }
      positions.push(values.positionOf(value ?? total, (text) => codedValue(text)));
    }
    positions.push(periods.positionOf(observation.period, (code) => {
      const sdmx = toSdmxTimePeriod(code);
      readBack.set(code, formatPeriod(fromSdmxTimePeriod(sdmx)));
      return { ...codedValue(sdmx), start: `${periodStart(code)}T00:00:00Z`, end: `${periodEnd(code)}T23:59:59Z` };
    }));
    return positions.join(':');
  });
  const kept = keepOnePerCell(
    observations,
    keys,
    losses,
    'SDMX holds one value per key (indicator, area, dimensions and period); another observation of this cell with a more final status or a later publication was written instead; send the revisions in separate messages',
  );

  const dataSetObservations: Record<string, SdmxJsonObservation> = {};
  const rows: { key: string; value: number | string; status: number; unit?: number; multiplier?: number; comment?: number }[] = [];
  observations.forEach((observation, index) => {
    const key = keys[index];
    if (key === undefined || !kept[index]) return;
    const back = readBack.get(observation.period);
    if (back !== undefined && back !== observation.period) {
      losses.add(
        'field',
        'period',
        index,
        `${observation.period} is written as the SDMX TIME_PERIOD ${toSdmxTimePeriod(observation.period)}, which reads back as ${back} (SDMX durations count months or days, not quarters, halves or weeks)`,
      );
    }
    let value: number | string = observation.value.toString();
    if (!asString) {
      const number = observation.value.toNumber();
      if (!Number.isFinite(number) || (number === 0 && !observation.value.isZero())) {
        // Beyond a JSON number (Infinity would be written as null, a tiny value as 0): keep the
        // value exact as a string instead of losing it, and say so.
        losses.add('field', 'value', index, `the value ${observation.value.toString()} is beyond what a JSON number holds, so it is written as a string`);
        value = observation.value.toString();
      } else {
        if (!new Decimal(String(number)).equals(observation.value)) {
          losses.add(
            'field',
            'value',
            index,
            "the value has more digits than a JSON number holds, so it is rounded; write values as strings (options.values: 'string') to keep every digit",
          );
        }
        value = number;
      }
    }
    const code = toSdmxObsStatus(observation.status);
    const row: (typeof rows)[number] = {
      key,
      value,
      status: statuses.positionOf(code, (text) => ({ id: text, name: ownValue(obsStatusNames, text) ?? text })),
    };
    if (observation.unit !== undefined) {
      const { unit, power } = observation.unit;
      if (!unitInRegistry(unit, registry)) {
        losses.add(
          'field',
          'unit',
          index,
          `unit ${quoteText(unit.code)} is not in the unit registry, so only its code is written; read the message back with this unit in options.units`,
        );
      }
      row.unit = unitCodes.positionOf(unit.code, (text) => codedValue(text, unit.labels.en));
      const multiplier = multiplierFromPower(power);
      row.multiplier = unitMultipliers.positionOf(multiplier.sdmxUnitMult, (text) => ({ id: text, name: multiplier.sdmxName }));
    }
    if (observation.note !== undefined) row.comment = comments.positionOf(observation.note, (text) => ({ value: text }));
    for (const field of ['numerator', 'denominator', 'published', 'source'] as const) {
      if (observation[field] !== undefined) {
        losses.add('field', field, index, `SDMX has no standard observation attribute for the ${field === 'published' ? 'publication date' : field}; it is not written`);
      }
    }
    rows.push(row);
  });

  const attributes: SdmxJsonComponent[] = [];
  const columns: ('status' | 'unit' | 'multiplier' | 'comment')[] = [];
  const attribute = (id: string, name: string, list: ValueList, column: (typeof columns)[number]): void => {
    if (list.values.length === 0) return;
    attributes.push({ id, name, relationship: { observation: {} }, values: list.values });
    columns.push(column);
  };
  attribute('OBS_STATUS', 'Observation status', statuses, 'status');
  attribute('UNIT_MEASURE', 'Unit of measure', unitCodes, 'unit');
  attribute('UNIT_MULT', 'Unit multiplier', unitMultipliers, 'multiplier');
  attribute('COMMENT_OBS', 'Observation comment', comments, 'comment');
  for (const row of rows) {
    const cells: (number | string | null)[] = [row.value, ...columns.map((column) => row[column] ?? null)];
    // Trailing unset attributes may be left out (SDMX-JSON field guide, "observations").
    while (cells.length > 1 && cells[cells.length - 1] === null) cells.pop();
    dataSetObservations[row.key] = cells;
  }

  const dimensions: SdmxJsonComponent[] = [
    { id: indicatorId, name: 'Indicator', keyPosition: 0, values: indicators.values },
    { id: areaId, name: 'Reference area', keyPosition: 1, roles: ['REF_AREA'], values: areas.values },
    ...dimensionColumns.map(({ name, values }, position) => ({ id: name, name, keyPosition: position + 2, values: values.values })),
    { id: 'TIME_PERIOD', name: 'Time period', keyPosition: dimensionNames.length + 2, roles: ['TIME_PERIOD'], values: periods.values },
  ];
  const message: SdmxJsonMessage = {
    ...(options.meta === undefined
      ? {}
      : { meta: { schema: schemaUrl, id: options.meta.id, prepared: options.meta.prepared, sender: { id: options.meta.sender } } }),
    data: {
      structures: [
        {
          dimensions: { dataSet: [], series: [], observation: dimensions },
          measures: { observation: [{ id: 'OBS_VALUE', name: 'Observation value', values: [] }] },
          attributes: { dataSet: [], series: [], observation: attributes },
        },
      ],
      dataSets: [{ structure: 0, action: 'Information', observations: dataSetObservations }],
    },
  };
  return Object.freeze({ message, losses: losses.list() });
}

// ---------------------------------------------------------------------------------------------------
// Reading

type Role = 'indicator' | 'area' | 'time' | 'dimension' | 'status' | 'unit' | 'multiplier' | 'comment' | 'ignored';
type Level = 'dataSet' | 'series' | 'observation';

interface Component {
  readonly id: string;
  readonly role: Role;
  readonly level: Level;
  /** The text of each value (id, or value), or undefined for a value that has neither. */
  readonly texts: readonly (string | undefined)[];
  /** For indicator, area and time dimensions: the checked field of each value, or undefined if invalid. */
  readonly checked: readonly (string | undefined)[];
  readonly fallback: string | undefined;
}

interface Structure {
  readonly dimensions: Readonly<Record<Level, readonly Component[]>>;
  readonly attributes: Readonly<Record<Level, readonly Component[]>>;
  readonly measureCount: number;
  readonly usable: boolean;
}

const levels: readonly Level[] = ['dataSet', 'series', 'observation'];

function componentList(container: unknown, level: Level): readonly unknown[] {
  if (!isRecord(container)) return [];
  const list = container[level];
  return Array.isArray(list) ? list : [];
}

function hasTimeRole(component: Readonly<Record<string, unknown>>): boolean {
  const { roles, role } = component;
  return (Array.isArray(roles) && roles.includes('TIME_PERIOD')) || role === 'TIME_PERIOD';
}

/**
 * Reads observations from an SDMX-JSON data message: version 2.0 (`data.structures`, each data set
 * naming its `structure`), version 1.0 (`data.structure`) and the earlier drafts (`structure` and
 * `dataSets` at the top). Both flat data sets (`observations`) and series (`series`, each with its
 * `observations`) are read, with dimensions and attributes at any level and attribute defaults.
 *
 * The dimension `INDICATOR` (or `dimensionIds.indicator`) gives the indicator, `REF_AREA` (or
 * `dimensionIds.area`) the area, `TIME_PERIOD` (or the dimension with that role) the period via
 * `fromSdmxTimePeriod`; every other dimension is a disaggregation dimension (the value `_T`, total,
 * reads as absent). The first measure is the value (a JSON number, or decimal text). Attributes:
 * `OBS_STATUS` gives the status (via `options.obsStatus`, then `fromSdmxObsStatus`; absent means A,
 * official, SDMX's default, unless `options.defaults.status` says otherwise), `UNIT_MEASURE` and
 * `UNIT_MULT` the unit (code looked up in `options.units`, power of ten), `COMMENT_OBS` the note.
 * Other attributes and measures are listed in `notes` as ignored; observations with a `null` value
 * (a missing value) and data sets with the action `Delete` are listed as skipped.
 *
 * JSON numbers are read through their shortest decimal form: a value sent with more than about 15
 * significant digits as a number has already lost digits in `JSON.parse`; senders who need them
 * write values as strings.
 *
 * Source: SDMX-JSON data message 1.0 and 2.0 (github.com/sdmx-twg/sdmx-json, field guide and
 * schemas); SDMX code lists CL_OBS_STATUS 2.2, CL_UNIT_MULT 1.1.
 *
 * @param input - the message, as JSON text or as the parsed object
 * @param options - dimension ids, extra OBS_STATUS codes, defaults, the unit registry, known codes
 * @returns the observations and notes on what was skipped or ignored
 * @throws {@link PlanningError} `invalid-input` listing every problem at once, each with its JSON
 * path (`issues[].path`, also at the start of each message): text that is not JSON, a message
 * without structure or data sets, a missing indicator, area or time dimension, keys or attribute
 * positions that point at no value, an invalid or unknown period, indicator, area or unit code, an
 * OBS_STATUS code with no status, a value that is not a number
 *
 * @example
 * // Read back a message written by observationsToSdmxJson:
 * const { message } = observationsToSdmxJson(parseObservations([
 *   { indicator: 'X', area: '402', period: '2021/2025', value: '7.5', status: 'plan' },
 * ]));
 * const [observation] = observationsFromSdmxJson(JSON.stringify(message)).observations;
 * [observation?.period, observation?.status, observation?.value.toString()];
 * //=> ['2021/2025', 'plan', '7.5']
 */
export function observationsFromSdmxJson(input: unknown, options: SdmxJsonImportOptions = {}): ObservationImport {
  const what = 'SDMX-JSON message';
  const message = readJsonInput(input, what);
  const issues: Issue[] = [];
  const problem = (path: readonly PropertyKey[], text: string): void => {
    issues.push({ path: [...path], message: `${jsonPath(path)}: ${text}` });
  };
  let structures: readonly unknown[] = [];
  let structuresPath: readonly PropertyKey[] = [];
  let singleStructure = false;
  let dataSets: unknown;
  let dataSetsPath: readonly PropertyKey[] = [];
  if (isRecord(message) && isRecord(message.data)) {
    const { data } = message;
    if (Array.isArray(data.structures)) {
      structures = data.structures;
      structuresPath = ['data', 'structures'];
    } else if (isRecord(data.structure)) {
      structures = [data.structure];
      structuresPath = ['data', 'structure'];
      singleStructure = true;
    }
    dataSets = data.dataSets;
    dataSetsPath = ['data', 'dataSets'];
  } else if (isRecord(message) && isRecord(message.structure)) {
    structures = [message.structure];
    structuresPath = ['structure'];
    singleStructure = true;
    dataSets = message.dataSets;
    dataSetsPath = ['dataSets'];
  } else {
    throw importError(what, [
      { path: [], message: `(root): expected an SDMX-JSON data message, an object with data.structures and data.dataSets; got ${describeJson(message)}` },
    ]);
  }
  if (!Array.isArray(dataSets)) {
    problem(dataSetsPath, `expected the list of data sets; got ${describeJson(dataSets)}`);
    throw importError(what, issues);
  }

  const reader = new FieldReader(options);
  const notes = new NoteLog();
  const indicatorId = options.dimensionIds?.indicator ?? 'INDICATOR';
  const areaId = options.dimensionIds?.area ?? 'REF_AREA';
  const defaults = options.defaults ?? {};
  const resolved = new Map<number, Structure | undefined>();

  const resolveStructure = (index: number): Structure | undefined => {
    if (resolved.has(index)) return resolved.get(index);
    const structure = structures[index];
    const base: readonly PropertyKey[] = singleStructure ? structuresPath : [...structuresPath, index];
    let result: Structure | undefined;
    if (!isRecord(structure)) {
      problem(base, `expected a structure; got ${describeJson(structure)}`);
    } else {
      const dimensions: Record<Level, Component[]> = { dataSet: [], series: [], observation: [] };
      const attributes: Record<Level, Component[]> = { dataSet: [], series: [], observation: [] };
      const found = new Set<Role>();
      const read = (kind: 'dimensions' | 'attributes', level: Level, raw: unknown, position: number): void => {
        const path = [...base, kind, level, position];
        if (!isRecord(raw) || typeof raw.id !== 'string') {
          problem(path, `expected a component with an id; got ${describeJson(raw)}`);
          return;
        }
        const id = raw.id;
        if (kind === 'dimensions' && id === reservedName) {
          problem([...path, 'id'], reservedNameProblem);
          return;
        }
        let role: Role;
        if (kind === 'dimensions') {
          role = id === indicatorId ? 'indicator' : id === areaId ? 'area' : id === 'TIME_PERIOD' || hasTimeRole(raw) ? 'time' : 'dimension';
        } else {
          role = id === 'OBS_STATUS' ? 'status' : id === 'UNIT_MEASURE' ? 'unit' : id === 'UNIT_MULT' ? 'multiplier' : id === 'COMMENT_OBS' ? 'comment' : 'ignored';
        }
        found.add(role);
        const values: readonly unknown[] = Array.isArray(raw.values) ? raw.values : [];
        const texts = values.map((value, valuePosition): string | undefined => {
          // A null attribute value is an unset attribute; a dimension value is needed by every key that points at it.
          if (value === null && kind === 'attributes') return undefined;
          if (isRecord(value)) {
            const text = value.id ?? value.value;
            if (typeof text === 'string') return text;
            if (typeof text === 'number' || typeof text === 'boolean') return String(text);
          }
          if (kind === 'dimensions') problem([...path, 'values', valuePosition], `expected a component value with an id or a value; got ${describeJson(value)}`);
          return undefined;
        });
        const checked = texts.map((text, valuePosition): string | undefined => {
          if (text === undefined) return undefined;
          let field: string | undefined;
          if (role === 'indicator') field = reader.indicator(text);
          else if (role === 'area') field = reader.area(text);
          else if (role === 'time') field = reader.period(text, 'sdmx', fromSdmxTimePeriod);
          else return text;
          if (field === undefined) problem([...path, 'values', valuePosition], reader.problem);
          return field;
        });
        const fallback = typeof raw.default === 'string' ? raw.default : typeof raw.default === 'number' ? String(raw.default) : undefined;
        const component: Component = { id, role, level, texts, checked, fallback };
        (kind === 'dimensions' ? dimensions : attributes)[level].push(component);
        if (role === 'ignored') {
          notes.add('ignored', `attribute ${id}`, jsonPath(path), 'this attribute has no field in an observation, so it is not read');
        }
      };
      for (const level of levels) {
        componentList(structure.dimensions, level).forEach((raw, position) => {
          read('dimensions', level, raw, position);
        });
        componentList(structure.attributes, level).forEach((raw, position) => {
          read('attributes', level, raw, position);
        });
      }
      const measures = isRecord(structure.measures) && Array.isArray(structure.measures.observation) ? structure.measures.observation : [];
      measures.slice(1).forEach((measure, position) => {
        const id = isRecord(measure) && typeof measure.id === 'string' ? measure.id : `#${String(position + 1)}`;
        notes.add('ignored', `measure ${id}`, jsonPath([...base, 'measures', 'observation', position + 1]), 'only the first measure is read as the value');
      });
      let usable = true;
      if (!found.has('indicator') && defaults.indicator === undefined) {
        usable = false;
        problem([...base, 'dimensions'], `no dimension ${indicatorId} holds the indicator; name it with options.dimensionIds.indicator, or pass options.defaults.indicator`);
      }
      if (!found.has('area') && defaults.area === undefined) {
        usable = false;
        problem([...base, 'dimensions'], `no dimension ${areaId} holds the area; name it with options.dimensionIds.area, or pass options.defaults.area`);
      }
      if (!found.has('time')) {
        usable = false;
        problem([...base, 'dimensions'], 'no TIME_PERIOD dimension holds the period');
      }
      if (found.has('multiplier') && !found.has('unit')) {
        notes.add('ignored', 'attribute UNIT_MULT', jsonPath([...base, 'attributes']), 'a power of ten without UNIT_MEASURE is not a unit, so it is not read');
      }
      result = { dimensions, attributes, measureCount: Math.max(1, measures.length), usable };
    }
    resolved.set(index, result);
    return result;
  };

  const observations: Observation[] = [];
  const noPositions: readonly number[] = [];

  // The text of an attribute's value as given at some level: a position in its values, a value
  // itself, or nothing (then its default). The path is built only for a problem.
  const attributeText = (component: Component, given: unknown, basePath: readonly PropertyKey[], index: number): string | undefined => {
    if (given === null || given === undefined) return component.fallback;
    if (typeof given === 'number' && Number.isInteger(given)) {
      if (given >= 0 && given < component.texts.length) return component.texts[given];
      problem([...basePath, index], `${component.id}: expected the position of one of its ${String(component.texts.length)} values; got ${String(given)}`);
      return undefined;
    }
    if (typeof given === 'string' || typeof given === 'number') return String(given);
    problem([...basePath, index], `${component.id}: expected the position of a value, or a value; got ${describeJson(given)}`);
    return undefined;
  };

  // Puts the dimension values of one level into the draft; false when one of them is invalid (it was
  // reported once, at its place in the structure).
  const putDimensions = (draft: ObservationDraft, components: readonly Component[], positions: readonly number[] | undefined): boolean => {
    for (const [index, component] of components.entries()) {
      const text = component.checked[positions?.[index] ?? 0];
      if (text === undefined) return false;
      if (component.role === 'indicator') draft.indicator = text;
      else if (component.role === 'area') draft.area = text;
      else if (component.role === 'time') draft.period = text;
      else if (text !== total) {
        draft.dimensions ??= {};
        draft.dimensions[component.id] = text;
      }
    }
    return true;
  };

  // The positions of a key such as "0:3:1", one per component, or undefined (reported) if it has the
  // wrong length or points at no value.
  const keyPositions = (key: string, components: readonly Component[], path: () => readonly PropertyKey[]): number[] | undefined => {
    const parts = key === '' ? [] : key.split(':');
    if (parts.length !== components.length) {
      problem(path(), `the key ${quoteText(key)} has ${String(parts.length)} positions; expected ${String(components.length)}, one per dimension at this level (${components.map((component) => component.id).join(', ')})`);
      return undefined;
    }
    const positions: number[] = [];
    for (const [index, component] of components.entries()) {
      const part = parts[index] ?? '';
      const position = Number(part);
      if (!/^\d+$/.test(part) || position >= component.texts.length) {
        problem(path(), `the key ${quoteText(key)} points at value ${part} of dimension ${component.id}, which has ${String(component.texts.length)} value${component.texts.length === 1 ? '' : 's'}`);
        return undefined;
      }
      positions.push(position);
    }
    return positions;
  };

  dataSets.forEach((dataSet: unknown, dataSetIndex) => {
    const dataSetPath = [...dataSetsPath, dataSetIndex];
    if (!isRecord(dataSet)) {
      problem(dataSetPath, `expected a data set; got ${describeJson(dataSet)}`);
      return;
    }
    const structureIndex = dataSet.structure ?? 0;
    if (typeof structureIndex !== 'number' || !Number.isInteger(structureIndex) || structureIndex < 0 || structureIndex >= structures.length) {
      problem([...dataSetPath, 'structure'], `expected the position of a structure (0 to ${String(structures.length - 1)}); got ${describeJson(structureIndex)}`);
      return;
    }
    const structure = resolveStructure(structureIndex);
    if (!structure?.usable) return;
    if (dataSet.action === 'Delete') {
      notes.add('skipped', 'data set', jsonPath(dataSetPath), 'a data set with the action Delete lists values to delete, not values');
      return;
    }
    const { dimensions, attributes, measureCount } = structure;
    const dataSetAttributesPath = [...dataSetPath, 'attributes'];
    const dataSetValues = attributePositions(dataSet.attributes, dataSetAttributesPath, attributes.dataSet.length, problem);

    const readObservation = (
      cells: unknown,
      containerPath: readonly PropertyKey[],
      key: string,
      positions: readonly number[],
      seriesPositions: readonly number[],
      seriesValues: readonly unknown[],
      seriesAttributesPath: readonly PropertyKey[],
    ): void => {
      if (!Array.isArray(cells) || cells.length === 0) {
        problem([...containerPath, key], `expected an observation: an array with the value first; got ${describeJson(cells)}`);
        return;
      }
      const raw: unknown = cells[0];
      if (raw === null || raw === undefined) {
        notes.add('skipped', 'value', jsonPath([...containerPath, key]), 'the value is null (a missing value), so there is no observation');
        return;
      }
      const before = issues.length;
      const draft: ObservationDraft = {};
      if (defaults.indicator !== undefined) draft.indicator = defaults.indicator;
      if (defaults.area !== undefined) draft.area = defaults.area;
      if (
        !putDimensions(draft, dimensions.dataSet, undefined) ||
        !putDimensions(draft, dimensions.series, seriesPositions) ||
        !putDimensions(draft, dimensions.observation, positions)
      ) {
        return;
      }
      if (typeof raw !== 'number' && typeof raw !== 'string') {
        problem([...containerPath, key, 0], `expected the value as a number or decimal text; got ${describeJson(raw)}`);
        return;
      }
      const value = reader.decimal(raw, 'value');
      if (value === undefined) problem([...containerPath, key, 0], reader.problem);
      else draft.value = value;
      let unitCode: string | undefined;
      let unitPower: string | undefined;
      const observationPath = (): readonly PropertyKey[] => [...containerPath, key];
      for (const level of levels) {
        const components = attributes[level];
        for (const [index, component] of components.entries()) {
          let text: string | undefined;
          if (level === 'dataSet') text = attributeText(component, dataSetValues[index], dataSetAttributesPath, index);
          else if (level === 'series') text = attributeText(component, seriesValues[index], seriesAttributesPath, index);
          else text = attributeText(component, cells[measureCount + index], observationPath(), measureCount + index);
          if (text === undefined) continue;
          if (component.role === 'status') {
            const status = ownValue(options.obsStatus, text) ?? fromSdmxObsStatus(text);
            if (status === undefined) {
              const at = level === 'observation' ? [...observationPath(), measureCount + index] : [...(level === 'dataSet' ? dataSetAttributesPath : seriesAttributesPath), index];
              problem(at, `OBS_STATUS ${quoteText(text)} has no status here (A official, P preliminary, E estimate, F plan); map it with options.obsStatus, such as { ${text}: 'official' }`);
            } else {
              draft.status = status;
            }
          } else if (component.role === 'unit') unitCode = text;
          else if (component.role === 'multiplier') unitPower = text;
          else if (component.role === 'comment') draft.note = text;
        }
      }
      draft.status ??= defaults.status ?? 'official';
      if (unitCode !== undefined) {
        if (unitPower !== undefined && !/^-?\d{1,3}$/.test(unitPower)) {
          problem(observationPath(), `UNIT_MULT ${quoteText(unitPower)} is not a power of ten; expected a whole number such as 0, 3, 6 or 9 (SDMX CL_UNIT_MULT)`);
        } else {
          const unit = reader.unit(unitCode, unitPower === undefined ? 0 : Number(unitPower));
          if (unit === undefined) problem(observationPath(), reader.problem);
          else draft.unit = unit;
        }
      }
      if (issues.length === before) observations.push(finishObservation(draft));
    };

    const eachObservation = (
      container: unknown,
      containerPath: readonly PropertyKey[],
      seriesPositions: readonly number[],
      seriesValues: readonly unknown[],
      seriesAttributesPath: readonly PropertyKey[],
    ): void => {
      if (!isRecord(container)) {
        problem(containerPath, `expected observations keyed by dimension positions; got ${describeJson(container)}`);
        return;
      }
      for (const key of Object.keys(container)) {
        const positions = keyPositions(key, dimensions.observation, () => [...containerPath, key]);
        if (positions !== undefined) readObservation(container[key], containerPath, key, positions, seriesPositions, seriesValues, seriesAttributesPath);
      }
    };
    if (dataSet.series !== undefined) {
      if (!isRecord(dataSet.series)) {
        problem([...dataSetPath, 'series'], `expected series keyed by dimension positions; got ${describeJson(dataSet.series)}`);
        return;
      }
      for (const [key, series] of Object.entries(dataSet.series)) {
        const seriesPath = [...dataSetPath, 'series', key];
        if (!isRecord(series)) {
          problem(seriesPath, `expected a series; got ${describeJson(series)}`);
          continue;
        }
        const seriesPositions = keyPositions(key, dimensions.series, () => seriesPath);
        if (seriesPositions === undefined) continue;
        const seriesAttributesPath = [...seriesPath, 'attributes'];
        const seriesValues = attributePositions(series.attributes, seriesAttributesPath, attributes.series.length, problem);
        eachObservation(series.observations ?? {}, [...seriesPath, 'observations'], seriesPositions, seriesValues, seriesAttributesPath);
      }
    } else if (dimensions.series.length > 0) {
      problem(dataSetPath, `the structure has series dimensions (${dimensions.series.map((component) => component.id).join(', ')}), so the data set needs series`);
    } else {
      eachObservation(dataSet.observations ?? {}, [...dataSetPath, 'observations'], noPositions, [], dataSetAttributesPath);
    }
  });
  if (issues.length > 0) throw importError(what, issues);
  return Object.freeze({ observations: Object.freeze(observations), notes: notes.list() });
}

function attributePositions(
  given: unknown,
  path: readonly PropertyKey[],
  count: number,
  problem: (path: readonly PropertyKey[], text: string) => void,
): readonly unknown[] {
  if (given === undefined || given === null) return [];
  if (!Array.isArray(given)) {
    problem(path, `expected a list of attribute value positions; got ${describeJson(given)}`);
    return [];
  }
  if (given.length > count) problem(path, `expected at most ${String(count)} attribute values, one per attribute at this level; got ${String(given.length)}`);
  return given;
}
