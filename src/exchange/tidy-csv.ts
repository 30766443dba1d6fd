import { type Decimal, type Issue, ownValue, quoteText } from '../numeric/index.js';
import { type ScaledUnit, type UnitRegistry, units as builtInUnits } from '../measure/index.js';
import { parsePeriod } from '../period/index.js';
import type { Observation } from '../observation/index.js';
import { type CsvWriteOptions, writeCsv } from './csv.js';
import type { TableColumnSpec } from './plan-table.js';
import {
  type Grid,
  type GridCell,
  type Sheet,
  type TextTableOptions,
  cellNumber,
  cellText,
  columnName,
  columnOf,
  findHeaderRow,
  gridFromCsv,
  gridFromSheet,
  headerKey,
  isBlank,
  sortByPlace,
  unitByName,
  widthProblem,
} from './table.js';
import { FieldReader, type ObservationDraft, finishObservation, reservedName, reservedNameProblem, unitInRegistry } from './fields.js';
import { type ExportLoss, type ImportOptions, LossLog, NoteLog, type ObservationImport, importError } from './results.js';

/**
 * Options of {@link observationsToCsv}: the CSV line break and byte order mark, and the unit registry
 * a reader will use (to report units whose code alone will not bring them back).
 *
 * @example
 * // LF line breaks, with a byte order mark for spreadsheet programs:
 * const options: CsvExportOptions = { lineBreak: '\n', byteOrderMark: true };
 * options.byteOrderMark;
 * //=> true
 */
export interface CsvExportOptions extends CsvWriteOptions {
  /** The registry a reader will look unit codes up in; the built-in `units` unless given. */
  readonly units?: UnitRegistry | undefined;
}

/**
 * The result of {@link observationsToCsv}: the CSV text and what it could not carry.
 *
 * @example
 * // Tidy CSV carries every field, so a plain list loses nothing:
 * const result: CsvExport = observationsToCsv(parseObservations([
 *   { indicator: 'X', area: '402', period: '2024', value: '1.5', status: 'official' },
 * ]));
 * result.losses.length;
 * //=> 0
 */
export interface CsvExport {
  /** The CSV text, header first. */
  readonly text: string;
  /** What could not be carried (empty text fields, dimension names that clash with a column, units unknown to the registry). */
  readonly losses: readonly ExportLoss[];
}

type Column =
  | 'indicator'
  | 'area'
  | 'period'
  | 'value'
  | 'unit'
  | 'status'
  | 'published'
  | 'numerator'
  | 'denominator'
  | 'source'
  | 'note';

// Header names are matched without regard to case or surrounding spaces; `year` is Open SDG's name
// of the period column.
const columnOfHeader: ReadonlyMap<string, Column> = new Map<string, Column>([
  ['indicator', 'indicator'],
  ['area', 'area'],
  ['period', 'period'],
  ['year', 'period'],
  ['value', 'value'],
  ['unit', 'unit'],
  ['status', 'status'],
  ['published', 'published'],
  ['numerator', 'numerator'],
  ['denominator', 'denominator'],
  ['source', 'source'],
  ['note', 'note'],
]);

/**
 * Writes a scaled unit as a CSV cell: the unit code, and `*10^` and the power of ten unless it is 0
 * (`VND*10^9` is tỷ đồng, `persons` is người).
 */
function unitCell(unit: ScaledUnit): string {
  return unit.power === 0 ? unit.unit.code : `${unit.unit.code}*10^${String(unit.power)}`;
}

const unitCellPattern = /^([^*\s]+)(?:\s*\*\s*10\^(\d{1,2}))?$/;
const ratioParts = ['numerator', 'denominator'] as const;
const textFields = ['source', 'note'] as const;

/**
 * Writes observations as tidy CSV, one row per observation, in the Open SDG layout: the key columns
 * first, then one column per disaggregation dimension, then the value and its attributes.
 *
 * | column | holds | written |
 * |---|---|---|
 * | `indicator` | the indicator code (the Open SDG series) | always |
 * | `area` | the area code | always |
 * | `period` | the canonical period code: `2024`, `2024-Q3`, `2021/2025` | always |
 * | *dimension names* | one column per key of `dimensions`, in order of first appearance; empty where an observation has none | when used |
 * | `value` | the value, exactly (`Decimal.toString()`, `.` as the decimal separator) | always |
 * | `unit` | the unit code, and `*10^` and the power of ten unless it is 0: `VND*10^9` (tỷ đồng), `VNDPerPersonPerYear*10^6`, `percent` | when used |
 * | `status` | `plan`, `estimate`, `preliminary` or `official` | always |
 * | `published` | the publication date, `YYYY-MM-DD` | when used |
 * | `numerator`, `denominator` | the parts of a ratio, exactly | when used |
 * | `source`, `note` | free text | when used |
 *
 * CSV carries every field. What can still be lost is reported: empty texts and empty dimension values
 * (written as empty cells, which read back as absent), dimension names that clash with a column name
 * (case and surrounding spaces ignored) or have surrounding spaces (not written), and units of your
 * own whose code is not in `options.units` (the code is written; reading it back needs the unit).
 *
 * Source: Open SDG, "Data format" (tidy CSV: one row per value, a column per disaggregation;
 * open-sdg.readthedocs.io); IETF RFC 4180 for the CSV syntax.
 *
 * @param observations - the observations, for example from `parseObservations`
 * @param options - line break, byte order mark and the unit registry of the reader
 * @returns the CSV text and the list of what could not be carried
 *
 * @example
 * // Two values of Như Xuân's budget revenue, in tỷ đồng:
 * const { text } = observationsToCsv(parseObservations([
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2023', value: '612.5', status: 'official',
 *     unit: { unit: 'VND', power: 9 } },
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-Q1', value: '498.3', status: 'estimate',
 *     unit: { unit: 'VND', power: 9 } },
 * ]), { lineBreak: '\n' });
 * text;
 * //=> 'indicator,area,period,value,unit,status\nBUDGET_REVENUE,402,2023,612.5,VND*10^9,official\nBUDGET_REVENUE,402,2024-Q1,498.3,VND*10^9,estimate\n'
 */
export function observationsToCsv(observations: readonly Observation[], options: CsvExportOptions = {}): CsvExport {
  const registry = options.units ?? builtInUnits;
  const losses = new LossLog();
  const dimensionNames: string[] = [];
  const dimensionWritable = new Map<string, boolean>();
  const used = { unit: false, published: false, numerator: false, denominator: false, source: false, note: false };
  observations.forEach((observation, index) => {
    if (observation.unit !== undefined) {
      used.unit = true;
      if (!unitInRegistry(observation.unit.unit, registry)) {
        losses.add(
          'field',
          'unit',
          index,
          `unit ${quoteText(observation.unit.unit.code)} is not in the unit registry, so only its code is written; read the file back with this unit in options.units`,
        );
      }
    }
    if (observation.published !== undefined) used.published = true;
    if (observation.numerator !== undefined) used.numerator = true;
    if (observation.denominator !== undefined) used.denominator = true;
    for (const field of ['source', 'note'] as const) {
      const text = observation[field];
      if (text === undefined) continue;
      used[field] = true;
      if (text === '') losses.add('field', field, index, 'an empty text is written as an empty cell, which reads back as absent');
    }
    if (observation.dimensions === undefined) return;
    for (const [name, value] of Object.entries(observation.dimensions)) {
      let writable = dimensionWritable.get(name);
      if (writable === undefined) {
        writable = name !== '' && name.trim() === name && !columnOfHeader.has(name.toLowerCase());
        dimensionWritable.set(name, writable);
        if (writable) dimensionNames.push(name);
      }
      if (!writable) {
        losses.add(
          'field',
          `dimensions.${name}`,
          index,
          'a dimension name must be non-empty, without surrounding spaces, and not a column name of the layout (indicator, area, period, year, value, unit, status, published, numerator, denominator, source, note); the dimension was not written',
        );
      } else if (value === '') {
        losses.add('field', `dimensions.${name}`, index, 'an empty dimension value is written as an empty cell, which reads back as absent');
      }
    }
  });
  const header: string[] = ['indicator', 'area', 'period', ...dimensionNames, 'value'];
  if (used.unit) header.push('unit');
  header.push('status');
  for (const field of ['published', 'numerator', 'denominator', 'source', 'note'] as const) {
    if (used[field]) header.push(field);
  }
  const records: string[][] = [header];
  for (const observation of observations) {
    const record = [observation.indicator, observation.area, observation.period];
    for (const name of dimensionNames) record.push(ownValue(observation.dimensions, name) ?? '');
    record.push(observation.value.toString());
    if (used.unit) record.push(observation.unit === undefined ? '' : unitCell(observation.unit));
    record.push(observation.status);
    if (used.published) record.push(observation.published ?? '');
    if (used.numerator) record.push(observation.numerator?.toString() ?? '');
    if (used.denominator) record.push(observation.denominator?.toString() ?? '');
    if (used.source) record.push(observation.source ?? '');
    if (used.note) record.push(observation.note ?? '');
    records.push(record);
  }
  return Object.freeze({ text: writeCsv(records, options), losses: losses.list() });
}

/**
 * Reads observations from tidy CSV: the layout {@link observationsToCsv} writes, and Open SDG data
 * files. The header names the columns (case and surrounding spaces ignored, in any order):
 * `period` (or Open SDG's `Year`) and `value` are required; `indicator`, `area` and `status` are
 * required unless `options.defaults` gives them; `unit`, `published`, `numerator`, `denominator`,
 * `source` and `note` are optional; **every other column is a disaggregation dimension** (Open SDG's
 * `Series`, `Units` and `GeoCode` included), and a non-empty cell in it goes to the observation's
 * `dimensions` under the header's name.
 *
 * Cells are read as written: period codes as `parsePeriod` reads them (and stored canonical), values
 * and ratio parts as exact decimals with `.` as the decimal separator, units as `code` or
 * `code*10^power` (`VND*10^9`) with the code looked up in `options.units`, dates as `YYYY-MM-DD`. An
 * empty optional cell is absent. A row whose value cell is empty is a missing value: it gives no
 * observation and is listed in `notes`. Completely empty lines are skipped.
 *
 * Source: Open SDG, "Data format" (tidy CSV with `Year`, disaggregation columns and `Value`;
 * open-sdg.readthedocs.io); IETF RFC 4180 for the CSV syntax.
 *
 * @param text - the CSV text (UTF-8 decoded; a byte order mark is removed)
 * @param options - defaults for missing indicator, area and status; the unit registry; known codes
 * @returns the observations and notes on skipped rows
 * @throws {@link PlanningError} `invalid-input` listing every problem at once, each located by line
 * and column (`issues[].path` is `[line, column]`): CSV syntax errors, a missing or duplicated
 * column, a column without a name, a row with the wrong number of fields, an invalid or unknown
 * period code, a bad number, an unknown status or unit code, an indicator or area code that is
 * invalid or not in `knownIndicators` / `knownAreas`, a bad date
 *
 * @example
 * // An Open SDG file of one national indicator, with a disaggregation by sex:
 * const { observations } = observationsFromCsv('Year,Sex,Value\n2023,,12.1\n2023,Female,13.4\n', {
 *   defaults: { indicator: 'POVERTY_RATE', area: 'VN', status: 'official' },
 * });
 * observations.map((observation) => [observation.period, observation.dimensions?.Sex, observation.value.toString()]);
 * //=> [['2023', undefined, '12.1'], ['2023', 'Female', '13.4']]
 *
 * @example
 * // A bad number is reported with its line and column:
 * observationsFromCsv('indicator,area,period,value,status\nX,402,2024,12;5,official\n');
 * // throws PlanningError: invalid CSV observations: 1 problem
 * // - line 2, column 12 (value): value must be a decimal number such as '12.5' or 12.5; got the string "12;5"
 */
export function observationsFromCsv(text: string, options: CsvImportOptions = {}): ObservationImport {
  return readObservationGrid(gridFromCsv(text, options), options, 'CSV observations');
}

/**
 * Options of {@link observationsFromCsv}: those of every import, and the delimiter and decimal
 * separator of the text.
 *
 * @example
 * // A file saved by Excel with Vietnamese regional settings:
 * const options: CsvImportOptions = { delimiter: ';', decimalSeparator: ',' };
 * observationsFromCsv('indicator;area;period;value;status\nX;402;2024;12,5;official\n', options).observations[0]?.value.toString();
 * //=> '12.5'
 */
export interface CsvImportOptions extends ImportOptions, TextTableOptions {}

/**
 * Reads observations from a worksheet in the tidy layout of {@link observationsFromCsv}: the same
 * columns, found by their names in the header row, which may stand below title rows (an office's
 * sheet often starts with the name of the office and of the report, merged across the columns; those
 * rows are skipped and listed in `notes`). The header may also use the Vietnamese names of the
 * template (`Mã chỉ tiêu`, `Địa bàn`, `Kỳ`, `Giá trị`, `Đơn vị tính`, `Tình trạng`...), or a label
 * followed by the id in parentheses: `Giá trị (value)`.
 *
 * Number cells are read as numbers, exactly as the reader gives them; numbers written as text are
 * read with `options.decimalSeparator` (`.` unless given). A number cell in the period column is a
 * year (`2024`). Problems are located by row and column letter (`row 5, column D`); `issues[].path`
 * is `[row, column letter]`.
 *
 * @param sheet - the worksheet (from `planning-indicators/xlsx`, or any spreadsheet reader)
 * @param options - as for {@link observationsFromCsv}, and the decimal separator of numbers written as text
 * @returns the observations and notes on skipped rows
 * @throws {@link PlanningError} `invalid-input` listing every problem at once, as {@link observationsFromCsv}
 *
 * @example
 * // A sheet with a title row above the header, values as number cells:
 * const { observations, notes } = observationsFromSheet({
 *   name: 'Số liệu',
 *   rows: [
 *     ['BÁO CÁO SỐ LIỆU NĂM 2024', null, null, null, null],
 *     ['Mã chỉ tiêu (indicator)', 'Địa bàn (area)', 'Kỳ (period)', 'Giá trị (value)', 'Tình trạng (status)'],
 *     ['POPULATION', '402', 2024, 78500, 'official'],
 *   ],
 * });
 * [observations[0]?.period, observations[0]?.value.toString(), notes.length];
 * //=> ['2024', '78500', 1]
 */
export function observationsFromSheet(sheet: Sheet, options: ImportOptions & Pick<TextTableOptions, 'decimalSeparator'> = {}): ObservationImport {
  const grid = gridFromSheet(sheet, options);
  return readObservationGrid(grid, options, `observations in ${grid.source}`);
}

/** A column of the observation table, its id one of the layout's columns. */
interface ObservationColumnSpec extends TableColumnSpec {
  readonly id: Column;
}

const observationColumns: readonly ObservationColumnSpec[] = Object.freeze([
  { id: 'indicator', vi: 'Mã chỉ tiêu', en: 'indicator code', required: true },
  { id: 'area', vi: 'Địa bàn', en: 'area code', required: true },
  { id: 'period', vi: 'Kỳ', en: 'period code: 2024, 2024-Q3, 2024-M01/2024-M09', required: true },
  { id: 'value', vi: 'Giá trị', en: 'the value', required: true },
  { id: 'unit', vi: 'Đơn vị tính', en: 'unit code and power of ten (VND*10^9)', required: false },
  { id: 'status', vi: 'Tình trạng', en: 'plan, estimate, preliminary, official', required: true },
  { id: 'published', vi: 'Ngày công bố', en: 'publication date, YYYY-MM-DD', required: false },
  { id: 'source', vi: 'Nguồn', en: 'source', required: false },
  { id: 'note', vi: 'Ghi chú', en: 'note', required: false },
]);

/**
 * The columns of an observation table, one row per value, in the data template's order: the tidy
 * layout that `observationsFromCsv` and `observationsFromSheet` read (by id, or by the Vietnamese
 * header).
 *
 * @example
 * // The columns every row must fill:
 * observationTableColumns.filter((column) => column.required).map((column) => column.id);
 * //=> ['indicator', 'area', 'period', 'value', 'status']
 */
export const observationTableColumns: readonly TableColumnSpec[] = observationColumns;

// The Vietnamese names of the columns: the template's headers, and the other names offices use.
const vietnameseColumnNames: readonly (readonly [string, Column])[] = [
  ...observationColumns.map((column): readonly [string, Column] => [headerKey(column.vi), column.id]),
  ['chỉ tiêu', 'indicator'],
  ['mã địa bàn', 'area'],
  ['năm', 'period'],
  ['số liệu', 'value'],
  ['đvt', 'unit'],
  ['tử số', 'numerator'],
  ['mẫu số', 'denominator'],
];

const namesOfColumns: ReadonlyMap<string, Column> = new Map<string, Column>([...columnOfHeader, ...vietnameseColumnNames]);

/** Reads observations from a grid of cells (CSV text or a worksheet). */
function readObservationGrid(grid: Grid, options: ImportOptions, what: string): ObservationImport {
  const registry = options.units ?? builtInUnits;
  const headerRow = findHeaderRow(grid, namesOfColumns, 2);
  const header = grid.rows[headerRow];
  const issues: Issue[] = [];
  const at = (record: number, field: number, name: string, message: string): void => {
    const place = grid.place(record, field);
    issues.push({ path: [...place.path], message: `${place.text} (${name}): ${message}` });
  };
  if (header === undefined) {
    const place = grid.source === 'CSV' ? 'line 1' : 'row 1';
    throw importError(what, [
      { path: [1, 1], message: `${place}: the ${grid.source === 'CSV' ? 'text' : 'sheet'} is empty; expected a header ${grid.source === 'CSV' ? 'line' : 'row'} naming at least the columns period and value` },
    ]);
  }
  const notes = new NoteLog();
  for (let row = 0; row < headerRow; row += 1) {
    if ((grid.rows[row] ?? []).some((cell) => !isBlank(cell))) notes.add('ignored', 'title rows', grid.rowPlace(row).text, 'a row above the header (a title) is not data');
  }
  const names = header.map((name) => cellText(name).trim());
  const roles: (Column | undefined)[] = [];
  const position = new Map<Column, number>();
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    const column = columnOf(name, namesOfColumns);
    roles.push(column);
    const key = column ?? `dimension:${name}`;
    const first = seen.get(key);
    if (name === '') {
      // A sheet's header may be followed by empty cells; a column without a name is a problem only when it holds data.
      if (grid.fixedWidth) at(headerRow, index, `column ${String(index + 1)}`, 'the column has no name; name it (a disaggregation) or delete it');
    } else if (name === reservedName) {
      at(headerRow, index, name, reservedNameProblem);
    } else if (first !== undefined) {
      at(headerRow, index, name, `column ${quoteText(name)} repeats column ${String(first + 1)} (${quoteText(names[first] ?? '')}); each column may appear once`);
    } else {
      seen.set(key, index);
      if (column !== undefined) position.set(column, index);
    }
  });
  const defaults = options.defaults ?? {};
  const required: readonly [Column, string | undefined][] = [
    ['period', undefined],
    ['value', undefined],
    ['indicator', defaults.indicator],
    ['area', defaults.area],
    ['status', defaults.status],
  ];
  for (const [column, fallback] of required) {
    if (position.has(column) || fallback !== undefined) continue;
    const hint = column === 'period' || column === 'value' ? '' : `, or pass options.defaults.${column} for a file where every row has the same ${column}`;
    const place = grid.rowPlace(headerRow);
    issues.push({ path: [...place.path], message: `${place.text}: missing column "${column}"; add it${hint}` });
  }
  if (issues.length > 0) throw importError(what, issues);

  const reader = new FieldReader(options);
  const observations: Observation[] = [];
  const width = names.length;
  // Column positions, found once: -1 for a column the file does not have.
  const columns = Object.fromEntries([...columnOfHeader.values()].map((column) => [column, position.get(column) ?? -1])) as Record<Column, number>;
  const dimensionColumns = roles.flatMap((role, index) => (role === undefined && names[index] !== '' ? [index] : []));
  const unnamedColumns = names.flatMap((name, index) => (name === '' ? [index] : []));
  const cellOf = (fields: readonly GridCell[], column: Column): GridCell | undefined => {
    const index = columns[column];
    return index < 0 ? undefined : (fields[index] ?? '');
  };
  const textOf = (fields: readonly GridCell[], column: Column): string | undefined => {
    const cell = cellOf(fields, column);
    return cell === undefined ? undefined : cellText(cell);
  };
  const fail = (record: number, column: Column, message: string): void => {
    at(record, Math.max(columns[column], 0), names[columns[column]] ?? column, message);
  };
  const codeOf = (fields: readonly GridCell[], record: number, column: 'indicator' | 'area', fallback: string | undefined): string | undefined => {
    const raw = textOf(fields, column);
    if (raw !== undefined && raw !== '') return raw;
    if (fallback === undefined) fail(record, column, `empty ${column} code; fill it in, or pass options.defaults.${column}`);
    return fallback;
  };
  const numberOf = (cell: GridCell, part: string): Decimal | undefined => {
    const read = cellNumber(cell, grid, part);
    if ('value' in read) return read.value;
    reader.problem = read.problem;
    return undefined;
  };

  grid.rows.forEach((fields, record) => {
    if (record <= headerRow) return;
    if (fields.every((cell) => cellText(cell) === '')) return;
    const line = grid.rowPlace(record);
    if (grid.fixedWidth && fields.length !== width) {
      issues.push({ path: [...line.path], message: `${line.text}: ${widthProblem(grid, width, fields.length)}` });
      return;
    }
    if (!grid.fixedWidth) {
      const stray = fields.findIndex((cell, index) => (index >= width || unnamedColumns.includes(index)) && !isBlank(cell));
      if (stray >= 0) {
        at(record, stray, `column ${columnName(stray)}`, 'a value in a column without a name in the header row; name the column (a disaggregation) or clear the cell');
        return;
      }
    }
    const valueCell = cellOf(fields, 'value') ?? '';
    if (isBlank(valueCell)) {
      notes.add('skipped', 'value', line.text, 'the value cell is empty (a missing value), so the row gives no observation');
      return;
    }
    const draft: ObservationDraft = {};
    const before = issues.length;
    const indicatorText = codeOf(fields, record, 'indicator', defaults.indicator);
    if (indicatorText !== undefined) {
      const indicator = reader.indicator(indicatorText);
      if (indicator === undefined) fail(record, 'indicator', reader.problem);
      else draft.indicator = indicator;
    }
    const areaText = codeOf(fields, record, 'area', defaults.area);
    if (areaText !== undefined) {
      const area = reader.area(areaText);
      if (area === undefined) fail(record, 'area', reader.problem);
      else draft.area = area;
    }
    const period = reader.period((textOf(fields, 'period') ?? '').trim(), 'code', parsePeriod);
    if (period === undefined) fail(record, 'period', reader.problem);
    else draft.period = period;
    const value = numberOf(valueCell, 'value');
    if (value === undefined) fail(record, 'value', reader.problem);
    else draft.value = value;
    for (const part of ratioParts) {
      const partCell = cellOf(fields, part);
      if (partCell === undefined || isBlank(partCell)) continue;
      const decimal = numberOf(partCell, part);
      if (decimal === undefined) fail(record, part, reader.problem);
      else draft[part] = decimal;
    }
    const unitText = (textOf(fields, 'unit') ?? '').trim();
    if (unitText !== '') {
      const match = unitCellPattern.exec(unitText);
      // A code of the registry first; else the unit's name as a person writes it (tỷ đồng).
      const named = match !== null && Object.hasOwn(registry, match[1] ?? '') ? undefined : unitByName(unitText, registry);
      if (match === null && named === undefined) {
        fail(record, 'unit', `invalid unit ${quoteText(unitText)}: expected a unit's name such as "tỷ đồng" or "người", or a unit code and, unless it is 0, its power of ten, such as "VND*10^9" or "persons"`);
      } else {
        const unit = named === undefined ? reader.unit(match?.[1] ?? '', Number(match?.[2] ?? 0)) : reader.unit(named.unit, named.power);
        if (unit === undefined) fail(record, 'unit', reader.problem);
        else draft.unit = unit;
      }
    }
    const statusText = (textOf(fields, 'status') ?? '').trim();
    if (statusText === '' && defaults.status !== undefined) {
      draft.status = defaults.status;
    } else {
      const status = reader.status(statusText);
      if (status === undefined) fail(record, 'status', reader.problem);
      else draft.status = status;
    }
    const publishedText = (textOf(fields, 'published') ?? '').trim();
    if (publishedText !== '') {
      const published = reader.date(publishedText);
      if (published === undefined) fail(record, 'published', reader.problem);
      else draft.published = published;
    }
    for (const field of textFields) {
      const fieldText = textOf(fields, field);
      if (fieldText !== undefined && fieldText !== '') draft[field] = fieldText;
    }
    for (const index of dimensionColumns) {
      const fieldText = cellText(fields[index]);
      if (fieldText === '') continue;
      draft.dimensions ??= {};
      draft.dimensions[names[index] ?? ''] = fieldText;
    }
    if (issues.length === before) observations.push(finishObservation(draft));
  });
  if (issues.length > 0) {
    // Cells are read field by field, not column by column: list the problems in reading order.
    throw importError(what, sortByPlace(issues));
  }
  return Object.freeze({ observations: Object.freeze(observations), notes: notes.list() });
}
