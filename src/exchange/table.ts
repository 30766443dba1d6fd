import { type Decimal, type Issue, PlanningError, isDecimal, toDecimal, quoteText } from '../numeric/index.js';
import { type UnitRegistry, multipliers, scaledUnitLabels } from '../measure/index.js';
import { parseLocalizedNumber } from '../format/index.js';
import { type CsvDelimiter, type ScannedCsv, delimiterName, locateField, scanCsv, sniffDelimiter } from './csv.js';

/**
 * One cell of a worksheet as a spreadsheet reader gives it: a text, a number (a `Decimal` keeps every
 * digit; a JavaScript number is read by its shortest decimal form), a boolean, or nothing (`null` or
 * `undefined` for an empty cell, or a cell hidden under a merged one).
 *
 * @example
 * // A row of a worksheet: a code, a number and an empty cell:
 * const row: SheetCell[] = ['GO_GROWTH', toDecimal('7.5'), null];
 * row.length;
 * //=> 3
 */
export type SheetCell = string | number | boolean | Decimal | null | undefined;

/**
 * A worksheet: its name and its rows of cells, top to bottom, each from column A. Title rows above
 * the header (as offices put them, often merged across the columns) are allowed: the readers find the
 * header row by its column names.
 *
 * @example
 * // A sheet with a merged title row above the header:
 * const sheet: Sheet = {
 *   name: 'Số liệu',
 *   rows: [['UBND HUYỆN NHƯ XUÂN', null, null], ['indicator', 'period', 'value'], ['POPULATION', '2024', 78500]],
 * };
 * sheet.rows.length;
 * //=> 3
 */
export interface Sheet {
  /** The sheet's name, as its tab shows it. */
  readonly name: string;
  /** The rows, from the first; each row's cells from column A. */
  readonly rows: readonly (readonly SheetCell[])[];
}

/**
 * Options for reading a table from CSV text: the delimiter and the decimal separator.
 *
 * @example
 * // What Excel writes with Vietnamese regional settings:
 * const options: TextTableOptions = { delimiter: ';', decimalSeparator: ',' };
 * options.decimalSeparator;
 * //=> ','
 */
export interface TextTableOptions {
  /** The field delimiter; unless given, guessed from the header line by `sniffDelimiter`. */
  readonly delimiter?: CsvDelimiter | undefined;
  /**
   * The decimal separator of numbers written as text: `'.'` (default) reads the machine form
   * (`1234.5`, no grouping); `','` reads Vietnamese-formatted numbers (`1.234,5`, `12,5`) with
   * `parseLocalizedNumber`, which refuses a text that is only valid in the other convention
   * (`1.5`) as ambiguous. Number cells of a worksheet are numbers already and are not read again.
   */
  readonly decimalSeparator?: '.' | ',' | undefined;
}

/** @internal a cell as the readers see it: a text (`''` when empty) or a number cell's exact value. */
export type GridCell = string | Decimal;

/** @internal a table of cells from CSV text or a worksheet, able to say where a cell is. */
export interface Grid {
  /** What the table is, for messages: `'CSV'`, `'sheet "Số liệu"'`. */
  readonly source: string;
  readonly rows: readonly (readonly GridCell[])[];
  /** Where a cell is, in the source's terms: `line 3, column 12` or `row 3, column C`, with the issue path. */
  readonly place: (row: number, column: number) => { readonly text: string; readonly path: readonly PropertyKey[] };
  /** Where a row is: `line 3` or `row 3`. */
  readonly rowPlace: (row: number) => { readonly text: string; readonly path: readonly PropertyKey[] };
  /** Whether the rows of the source must all have the header's width (CSV), or may be shorter (sheets). */
  readonly fixedWidth: boolean;
  /** The decimal separator of numbers written as text. */
  readonly decimalSeparator: '.' | ',';
  /** The delimiter of CSV text, for messages. */
  readonly delimiter?: CsvDelimiter | undefined;
}

function checkDecimalSeparator(value: unknown): '.' | ',' {
  if (value === undefined || value === '.') return '.';
  if (value === ',') return ',';
  throw new PlanningError('invalid-argument', `decimalSeparator must be "." or ","; got ${typeof value === 'string' ? quoteText(value) : typeof value}`);
}

/** @internal CSV text as a grid, the delimiter sniffed from the header unless given. */
export function gridFromCsv(text: string, options: TextTableOptions = {}): Grid {
  const decimalSeparator = checkDecimalSeparator(options.decimalSeparator);
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const scanned: ScannedCsv = scanCsv(text, 'CSV text', delimiter);
  return {
    source: 'CSV',
    rows: scanned.records,
    place: (row, column) => {
      const { line, column: at } = locateField(scanned, row, column);
      return { text: `line ${String(line)}, column ${String(at)}`, path: [line, at] };
    },
    rowPlace: (row) => {
      const line = scanned.lines[row] ?? 1;
      return { text: `line ${String(line)}`, path: [line] };
    },
    fixedWidth: true,
    decimalSeparator,
    delimiter,
  };
}

/**
 * The spreadsheet name of a column, from 0: `A` … `Z`, `AA` …
 *
 * @example
 * // The first, 26th, 27th and 703rd columns:
 * [columnName(0), columnName(25), columnName(26), columnName(702)];
 * //=> ['A', 'Z', 'AA', 'AAA']
 */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** The longest sheet read: a million rows (Excel's limit is 1,048,576) of 16,384 columns at most. */
const maxSheetRows = 1_048_576;
const maxSheetColumns = 16_384;

/** @internal a worksheet as a grid: texts as they are, numbers exact, booleans as `true`/`false`. */
export function gridFromSheet(sheet: Sheet, options: TextTableOptions = {}): Grid {
  const decimalSeparator = checkDecimalSeparator(options.decimalSeparator);
  const given: unknown = sheet;
  if (typeof given !== 'object' || given === null || !Array.isArray((given as Sheet).rows) || typeof (given as Sheet).name !== 'string') {
    throw new PlanningError('invalid-argument', 'a sheet must be an object { name, rows } with rows a list of lists of cells');
  }
  if (sheet.rows.length > maxSheetRows) {
    throw new PlanningError('invalid-input', `sheet ${quoteText(sheet.name)} has ${String(sheet.rows.length)} rows; the most read is ${String(maxSheetRows)}`);
  }
  const issues: Issue[] = [];
  const rows = sheet.rows.map((row, rowIndex) => {
    if (!Array.isArray(row) || row.length > maxSheetColumns) {
      const message = `row ${String(rowIndex + 1)}: a row must be a list of at most ${String(maxSheetColumns)} cells`;
      issues.push({ path: [rowIndex + 1], message });
      return [];
    }
    return (row as readonly SheetCell[]).map((cell, column): GridCell => {
      if (cell === null || cell === undefined) return '';
      if (typeof cell === 'string') return cell;
      if (typeof cell === 'boolean') return cell ? 'true' : 'false';
      try {
        return typeof cell === 'number' ? toDecimal(cell, 'cell') : isDecimal(cell) ? cell : String(cell);
      } catch (error) {
        const message = `row ${String(rowIndex + 1)}, column ${columnName(column)}: ${error instanceof Error ? error.message : String(error)}`;
        issues.push({ path: [rowIndex + 1, columnName(column)], message });
        return '';
      }
    });
  });
  const source = `sheet ${quoteText(sheet.name)}`;
  if (issues.length > 0) throw new PlanningError('invalid-input', `invalid ${source}: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}`, { issues });
  return {
    source,
    rows,
    place: (row, column) => ({ text: `row ${String(row + 1)}, column ${columnName(column)}`, path: [row + 1, columnName(column)] }),
    rowPlace: (row) => ({ text: `row ${String(row + 1)}`, path: [row + 1] }),
    fixedWidth: false,
    decimalSeparator,
  };
}

/** @internal the text of a cell: a number cell in plain notation. */
export function cellText(cell: GridCell | undefined): string {
  if (cell === undefined) return '';
  return typeof cell === 'string' ? cell : cell.toFixed();
}

/** @internal whether a cell is empty (no text, or only spaces). */
export function isBlank(cell: GridCell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * @internal Reads a number from a cell: a number cell as it is; a text in machine form (`.`) or, with
 * the decimal comma, as a Vietnamese-formatted number. Returns the number, or the problem.
 */
export function cellNumber(cell: GridCell, grid: Grid, what: string): { readonly value: Decimal } | { readonly problem: string } {
  if (typeof cell !== 'string') return { value: cell };
  try {
    if (grid.decimalSeparator === ',') return { value: parseLocalizedNumber(cell, { lang: 'vi' }) };
    return { value: toDecimal(cell, what) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint =
      grid.decimalSeparator === '.' && /^\s*[+-]?\d+,\d+\s*$/.test(cell)
        ? `; the decimal separator is "." unless told otherwise: read a file written with decimal commas (5,6) with the decimal separator "," (option decimalSeparator; --decimal comma on the command line)`
        : '';
    return { problem: `${grid.decimalSeparator === ',' ? `${what}: ` : ''}${message}${hint}` };
  }
}

/** Internal: a header cell as a key: case, surrounding and repeated spaces ignored, NFC. */
export function headerKey(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Internal: the column a header names, from a table of names (English ids and Vietnamese labels,
 * keyed by {@link headerKey}). A header written `Label (id)`, as the templates write them, is found by
 * the id in parentheses or by the label.
 */
export function columnOf<Column>(header: string, names: ReadonlyMap<string, Column>): Column | undefined {
  const key = headerKey(header);
  const direct = names.get(key);
  if (direct !== undefined) return direct;
  const match = /^(.*?)\s*\(([^()]+)\)$/.exec(key);
  if (match === null) return undefined;
  return names.get(match[2]?.trim() ?? '') ?? names.get(match[1] ?? '');
}

/** The rows searched for the header below title rows. */
const headerSearchRows = 30;

/**
 * Internal: the index of the header row: the first of the first rows that names at least `least`
 * known columns (title rows above it are skipped); the first row when none does.
 */
export function findHeaderRow<Column>(grid: Grid, names: ReadonlyMap<string, Column>, least: number): number {
  const limit = Math.min(grid.rows.length, headerSearchRows);
  for (let index = 0; index < limit; index += 1) {
    const known = new Set<Column>();
    for (const cell of grid.rows[index] ?? []) {
      if (typeof cell !== 'string') continue;
      const column = columnOf(cell, names);
      if (column !== undefined) known.add(column);
    }
    if (known.size >= least) return index;
  }
  return 0;
}

/** Internal: the message of a row whose width differs from the header's, for CSV. */
export function widthProblem(grid: Grid, expected: number, got: number): string {
  const delimiter = grid.delimiter === undefined ? 'comma' : delimiterName(grid.delimiter);
  return `expected ${String(expected)} fields as in the header, got ${String(got)}; quote fields that contain ${delimiter}s`;
}

/** The index, from 0, of a column letter such as `AB`. */
function columnIndex(name: string): number {
  let index = 0;
  for (const letter of name) index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1;
}

/** Internal: issues in reading order: by line or row, then column (a number or a column letter). */
export function sortByPlace(issues: readonly Issue[]): Issue[] {
  const order = (part: PropertyKey | undefined): number => (typeof part === 'number' ? part : typeof part === 'string' ? columnIndex(part) : 0);
  return [...issues].sort((a, b) => order(a.path[0]) - order(b.path[0]) || order(a.path[1]) - order(b.path[1]));
}

/** @internal A unit as a table cell names it: a unit code and its power of ten. */
export interface UnitCell {
  readonly unit: string;
  readonly power: number;
}

const unitNamesByRegistry = new WeakMap<UnitRegistry, ReadonlyMap<string, UnitCell>>();

/**
 * @internal The unit of a registry that a table cell names as a person writes it, in Vietnamese or
 * English, at any scale multiplier: `tỷ đồng`, `billion VND`, `triệu đồng`, `người`, `%` (case and
 * spaces ignored, as for headers). A name two units share is left out, so that a name never guesses.
 */
export function unitByName(text: string, registry: UnitRegistry): UnitCell | undefined {
  let names = unitNamesByRegistry.get(registry);
  if (names === undefined) {
    const found = new Map<string, UnitCell | null>();
    for (const code of Object.keys(registry)) {
      const unit = registry[code];
      if (unit === undefined) continue;
      for (const { power } of multipliers) {
        const labels = scaledUnitLabels({ unit, power });
        for (const label of [labels.vi, labels.en]) {
          const key = headerKey(label);
          const earlier = found.get(key);
          found.set(key, earlier === undefined || (earlier !== null && earlier.unit === code && earlier.power === power) ? { unit: code, power } : null);
        }
      }
    }
    names = new Map([...found].flatMap(([key, cell]): [string, UnitCell][] => (cell === null ? [] : [[key, cell]])));
    unitNamesByRegistry.set(registry, names);
  }
  return names.get(headerKey(text));
}
