import { guardFormula } from '../exchange/index.js';
import { PlanningError, isDecimal } from '../numeric/index.js';
import { checkRenderable } from './check.js';
import type { CellValue, Table } from './model.js';

/**
 * Options of {@link renderCsv}.
 *
 * @example
 * // The formatted texts, under the column labels, for people:
 * const options: CsvOptions = { values: 'text', header: 'label' };
 * options.values;
 * //=> 'text'
 */
export interface CsvOptions {
  /**
   * What each field holds: `'raw'` (default), the exact value in machine form (decimals with a `.`
   * and every digit, no grouping, no exponent; strings as they are; nothing for `null`); or `'text'`,
   * the formatted text people read (`1.085 tỷ đồng`).
   */
  readonly values?: 'raw' | 'text' | undefined;
  /** The header row: the column ids (`'id'`, default, stable for programs) or the column labels (`'label'`). */
  readonly header?: 'id' | 'label' | undefined;
}

/** Internal: the machine form of a cell's value: decimals in plain notation with a '.', never -0. */
export function machineValue(value: CellValue): string | null {
  if (isDecimal(value)) return value.isZero() ? '0' : value.toFixed();
  return value;
}

/**
 * Guards a text that a spreadsheet would run as a formula (see `guardFormula`), then quotes the field
 * when it holds a comma, a double quote or a line break, doubling its double quotes (RFC 4180, 2.6–2.7).
 */
function field(text: string): string {
  const guarded = guardFormula(text);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * Writes a table as CSV by RFC 4180: a header row, then one record per row, fields separated by
 * commas, records ended by CRLF, fields quoted when they hold a comma, a double quote or a line break
 * (with double quotes doubled). By default the fields are the cells' exact values in machine form,
 * under the column ids, ready for a spreadsheet or a program: `1085`, `100.558035714285714285714`,
 * `exceeded`. The notes are not written (CSV has no place for them); take them from the table.
 *
 * A text that a spreadsheet would run as a formula (one that starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return and is not a plain number such as `-5`) is written with a single quote before it
 * (OWASP's rule against CSV injection; `parseCsv` removes it again). Numbers stay numbers: a raw
 * decimal is written as it is, `-5` included.
 *
 * @param table - the table
 * @param options - raw values or formatted text; column ids or labels in the header
 * @returns the CSV text, encoded by the caller (UTF-8 is expected; add a byte order mark for Excel if needed)
 * @throws {@link PlanningError} `invalid-input` listing every problem of a malformed table;
 * `invalid-argument` for a value that is not a table or a bad option
 *
 * @example
 * // A field with a comma and quotes is quoted:
 * renderCsv({
 *   kind: 'table', id: 'targets', lang: 'en', title: 'Targets',
 *   columns: [{ id: 'target', label: 'Target', kind: 'text' }, { id: 'value', label: 'Value', kind: 'number' }],
 *   rows: [{ id: 'T8', cells: { target: { value: 'Investment, "total"', text: 'Investment' }, value: { value: toDecimal('1e3'), text: '1,000' } } }],
 *   notes: [],
 * });
 * //=> 'target,value\r\n"Investment, ""total""",1000\r\n'
 */
export function renderCsv(table: Table, options: CsvOptions = {}): string {
  // Read as unknown: a JavaScript caller may pass anything.
  const values: unknown = options.values ?? 'raw';
  const header: unknown = options.header ?? 'id';
  if (values !== 'raw' && values !== 'text') {
    throw new PlanningError('invalid-argument', `renderCsv: values must be 'raw' (exact values) or 'text' (formatted texts); got ${String(values)}`);
  }
  if (header !== 'id' && header !== 'label') {
    throw new PlanningError('invalid-argument', `renderCsv: header must be 'id' (column ids) or 'label' (column labels); got ${String(header)}`);
  }
  checkRenderable(table, 'renderCsv', ['table']);
  const records = [table.columns.map((column) => field(header === 'id' ? column.id : column.label))];
  for (const row of table.rows) {
    records.push(
      table.columns.map((column) => {
        const cell = row.cells[column.id];
        // Stryker disable next-line StringLiteral: never reached, checkRenderable refuses a row without a cell for every column
        if (cell === undefined) return '';
        return field(values === 'text' ? cell.text : (machineValue(cell.value) ?? ''));
      }),
    );
  }
  return records.map((record) => `${record.join(',')}\r\n`).join('');
}
