import { type Decimal, isDecimal, toDecimal } from '../numeric/index.js';
import type { Observation } from '../observation/index.js';
import type { Language } from '../format/index.js';
import { type CsvExportOptions, type ExportLoss, observationsToCsv, parseCsv } from '../exchange/index.js';
import type { Report, Table } from '../report/index.js';
import type { FormattedNumber, SheetOutput, SheetOutputCell } from './model.js';

const forbiddenInSheetNames = /[[\]:*?/\\]/g;

/** A sheet name from a title: forbidden characters replaced, at most 31 characters, unique among `taken`. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(forbiddenInSheetNames, '-').replace(/\s+/g, ' ').trim() || 'Sheet';
  // Cut a long title at a word boundary: a sheet name has at most 31 characters.
  const cut = base.length <= 31 ? base : base.slice(0, 31).replace(/\s+\S*$/, '');
  let name = cut.trim() || base.slice(0, 31);
  for (let counter = 2; taken.has(name.toLowerCase()); counter += 1) {
    const suffix = ` (${String(counter)})`;
    name = `${base.slice(0, 31 - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Quotes a text as a literal of an Excel number format. */
function formatLiteral(text: string): string {
  return `"${text.replaceAll('"', '')}"`;
}

/**
 * The Excel number format that shows a value as the report's text shows it: as many decimals as the
 * text has (the indicator's precision, as the report rounded it), grouped thousands, the text's unit
 * or per cent sign after the number, and an explicit plus sign where the text has one (a gap).
 * Excel shows the separators of the reader's regional settings.
 *
 * @param text - the cell's text, such as `1.085,5 tỷ đồng` (vi) or `+85.5` (en)
 * @param lang - the language the text is written in (which separator is the decimal one)
 * @returns the number format code, such as `#,##0.0" tỷ đồng"`
 *
 * @example
 * // A Vietnamese figure with its unit, a percentage and an English gap:
 * [numberFormatOf('1.085,5 tỷ đồng', 'vi'), numberFormatOf('108,55%', 'vi'), numberFormatOf('+85.5', 'en')];
 * //=> ['#,##0.0" tỷ đồng"', '#,##0.00"%"', '+#,##0.0;-#,##0.0;0.0']
 */
export function numberFormatOf(text: string, lang: Language): string {
  const decimal = lang === 'vi' ? ',' : '.';
  const group = lang === 'vi' ? '.' : ',';
  const match = new RegExp(`^\\s*([+\\-\\u2212]?)(\\d[\\d${group === '.' ? '\\.' : ','}]*)(?:${decimal === ',' ? ',' : '\\.'}(\\d+))?(.*)$`, 'u').exec(text);
  if (match === null) return 'General';
  const digits = match[3]?.length ?? 0;
  const body = `#,##0${digits > 0 ? `.${'0'.repeat(digits)}` : ''}`;
  const rest = (match[4] ?? '').trim();
  const suffix = rest === '' ? '' : rest === '%' ? '"%"' : formatLiteral(`${(match[4] ?? '').startsWith(' ') ? ' ' : ''}${rest}`);
  if (match[1] === '+') return `+${body}${suffix};-${body}${suffix};${body.replace('#,##', '')}${suffix}`;
  return `${body}${suffix}`;
}

function columnWidth(values: readonly string[]): number {
  return Math.min(60, Math.max(8, ...values.map((value) => value.length + 2)));
}

/**
 * A report table as a worksheet for people: the title in row 1 (merged across the columns), the
 * column labels in row 2, then one row per table row, and the notes below after an empty row. Number
 * cells are numbers with the number format of their text ({@link numberFormatOf}): the exact value
 * is kept, and Excel shows it rounded to the indicator's precision, with its unit, as the report
 * does. Cells without a value, and text and status columns, hold the report's text (status labels
 * in the report's language).
 *
 * @param table - the table
 * @param name - the sheet's name (the table's title, shortened to 31 characters, unless given)
 * @returns the sheet
 *
 * @example
 * // The scorecard of the bundled plan, as a sheet:
 * const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, vnDistrictIndicatorCatalog, { lang: 'vi' });
 * const table = report.sections[0]?.blocks.find((block) => block.kind === 'table');
 * const sheet = tableToSheet(table as Table);
 * [sheet.rows[1]?.[0], sheet.titleRows];
 * //=> ['Mã', [0]]
 */
export function tableToSheet(table: Table, name?: string): SheetOutput {
  const header = table.columns.map((column) => column.label);
  const rows: SheetOutputCell[][] = [[table.title], header];
  for (const row of table.rows) {
    rows.push(
      table.columns.map((column): SheetOutputCell => {
        const cell = row.cells[column.id];
        if (cell === undefined) return null;
        if (column.kind === 'number' && isDecimal(cell.value)) {
          const formatted: FormattedNumber = { number: cell.value, format: numberFormatOf(cell.text, table.lang) };
          return formatted;
        }
        return cell.text;
      }),
    );
  }
  if (table.notes.length > 0) rows.push([], ...table.notes.map((note) => [note]));
  const widths = table.columns.map((column) => columnWidth([column.label, ...table.rows.map((row) => row.cells[column.id]?.text ?? '')]));
  return Object.freeze({ name: name ?? table.title.slice(0, 31), rows, columnWidths: widths, titleRows: [0] });
}

/**
 * The tables of a report as worksheets, one per table in the order of the sections (charts and
 * paragraphs are left out: a workbook holds tables), each made by {@link tableToSheet} and named by
 * its title (shortened and made unique, as sheet names must be).
 *
 * @param report - the report, for example from `buildPlanReport`
 * @returns the sheets
 *
 * @example
 * // The bundled scorecard has a table in its first section:
 * const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, vnDistrictIndicatorCatalog, { lang: 'en' });
 * reportToSheets(report).length > 0;
 * //=> true
 */
export function reportToSheets(report: Report): readonly SheetOutput[] {
  const taken = new Set<string>();
  const sheets: SheetOutput[] = [];
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'table') continue;
      sheets.push(tableToSheet(block, sheetName(block.title, taken)));
    }
  }
  return Object.freeze(sheets);
}

/**
 * The result of {@link observationsToSheet}: the sheet, and what it could not carry.
 *
 * @example
 * // A plain list loses nothing:
 * const result: ObservationsSheet = observationsToSheet(parseObservations([
 *   { indicator: 'X', area: '402', period: '2024', value: '1.5', status: 'official' },
 * ]));
 * result.losses.length;
 * //=> 0
 */
export interface ObservationsSheet {
  /** The sheet. */
  readonly sheet: SheetOutput;
  /** What could not be carried, as `observationsToCsv` reports it. */
  readonly losses: readonly ExportLoss[];
}

/**
 * Options of {@link observationsToSheet}.
 *
 * @example
 * // An English header and a sheet name of your own:
 * const options: ObservationsSheetOptions = { lang: 'en', name: 'Data' };
 * options.name;
 * //=> 'Data'
 */
export interface ObservationsSheetOptions extends Pick<CsvExportOptions, 'units'> {
  /** The language of the header labels: `'vi'` (default) writes `Giá trị (value)`, `'en'` the ids alone. */
  readonly lang?: Language | undefined;
  /** The sheet's name; `Số liệu` (vi) or `Observations` (en) unless given. */
  readonly name?: string | undefined;
}

const vietnameseLabels: Readonly<Record<string, string>> = {
  indicator: 'Mã chỉ tiêu',
  area: 'Địa bàn',
  period: 'Kỳ',
  value: 'Giá trị',
  unit: 'Đơn vị tính',
  status: 'Tình trạng',
  published: 'Ngày công bố',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  source: 'Nguồn',
  note: 'Ghi chú',
};

const numberColumns = new Set(['value', 'numerator', 'denominator']);

/**
 * Observations as a worksheet in the tidy layout of `observationsToCsv` (the same columns, one row
 * per observation), for a workbook that a program or a person reads back with
 * `observationsFromSheet`: values and ratio parts are number cells with their exact digits (as text
 * when a spreadsheet's double cannot hold them), so that reading the sheet back gives the same
 * observations. In Vietnamese the header is `Mã chỉ tiêu (indicator)`, `Giá trị (value)`...
 *
 * @param observations - the observations
 * @param options - the header's language, the sheet's name, the unit registry of the reader
 * @returns the sheet and what it could not carry
 *
 * @example
 * // One value of Như Xuân's investment, in tỷ đồng:
 * const { sheet } = observationsToSheet(parseObservations([
 *   { indicator: 'INVESTMENT', area: '402', period: '2024', value: '1085.5', status: 'estimate', unit: { unit: 'VND', power: 9 } },
 * ]));
 * [sheet.name, sheet.rows[0]?.[3], sheet.rows[1]?.[3]?.toString()];
 * //=> ['Số liệu', 'Giá trị (value)', '1085.5']
 */
export function observationsToSheet(observations: readonly Observation[], options: ObservationsSheetOptions = {}): ObservationsSheet {
  const lang = options.lang ?? 'vi';
  const { text, losses } = observationsToCsv(observations, options.units === undefined ? {} : { units: options.units });
  const [header = [], ...records] = parseCsv(text);
  const numeric = header.map((name) => numberColumns.has(name));
  const labels = header.map((name) => {
    const label = lang === 'vi' && Object.hasOwn(vietnameseLabels, name) ? vietnameseLabels[name] : undefined;
    return label === undefined ? name : `${label} (${name})`;
  });
  const rows: SheetOutputCell[][] = [
    labels,
    ...records.map((record) => record.map((field, index): SheetOutputCell => (numeric[index] === true && field !== '' ? exactNumber(field) : field))),
  ];
  const sheet: SheetOutput = { name: options.name ?? (lang === 'vi' ? 'Số liệu' : 'Observations'), rows, columnWidths: labels.map((label) => columnWidth([label])) };
  return Object.freeze({ sheet: Object.freeze(sheet), losses });
}

function exactNumber(text: string): Decimal {
  return toDecimal(text, 'value');
}
