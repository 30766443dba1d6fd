import { type Issue, PlanningError, formatPath, quoteText, quoteList } from '../numeric/index.js';
import { units as builtInUnits } from '../measure/index.js';
import { parsePeriod, periodEnd, periodStart } from '../period/index.js';
import { type Catalog, buildCatalog } from '../indicator/index.js';
import { type Plan, type PlanContext, type PlanInput, parsePlan } from '../target/index.js';
import { importError } from './results.js';
import {
  type Grid,
  type GridCell,
  type Sheet,
  type TextTableOptions,
  cellNumber,
  cellText,
  columnOf,
  sortByPlace,
  type UnitCell,
  unitByName,
  findHeaderRow,
  gridFromCsv,
  gridFromSheet,
  headerKey,
  isBlank,
  widthProblem,
} from './table.js';

/**
 * A column of a wide table (a plan or a catalog): its id (the header programs write), its
 * Vietnamese label (the header of the templates), its English label, and whether every row must fill
 * it.
 *
 * @example
 * // The comparator column of a plan table:
 * const column = planTableColumns.find((candidate) => candidate.id === 'comparator');
 * [column?.vi, column?.required];
 * //=> ['So sánh', true]
 */
export interface TableColumnSpec {
  /** The column's id: the English header, also accepted in parentheses after a label (`So sánh (comparator)`). */
  readonly id: string;
  /** The Vietnamese header. */
  readonly vi: string;
  /** What the column holds, in English (for the templates' notes and the guide). */
  readonly en: string;
  /** Whether every row must fill it. */
  readonly required: boolean;
}

/**
 * The columns of a plan table, one row per target, in the templates' order: the wide layout of plan
 * documents.
 *
 * | id | Vietnamese header | holds |
 * |---|---|---|
 * | `code` | Mã mục tiêu | the target's id: `T1` |
 * | `text` | Nội dung chỉ tiêu | the target as the plan document words it |
 * | `indicator` | Mã chỉ tiêu | the indicator's code in the catalog |
 * | `area` | Địa bàn | the area code |
 * | `unit` | Đơn vị tính | the unit code and power of ten, `VND*10^9` (tỷ đồng); empty for the indicator's unit |
 * | `comparator` | So sánh | `at-least`, `at-most`, `equal`, `between`, `approximately`, `more-than`, `less-than`, `maintain` |
 * | `value` | Giá trị | the target value |
 * | `lower`, `upper` | Cận dưới, Cận trên | the bounds of `between` |
 * | `tolerance` | Sai số cho phép | the tolerance of `approximately` |
 * | `basis` | Cơ sở | `level`, `change`, `growth`, `point-change`, `cumulative` |
 * | `base period` | Kỳ gốc | the base of a change or growth: `2023` |
 * | `period` | Kỳ | the target's period: `2024`, `2021/2025` |
 * | `document` | Loại văn bản | `council-resolution`, `party-resolution`, `five-year-plan`, `annual-plan`... |
 * | `reference` | Số hiệu văn bản | the document's number: `45/NQ-HĐND` |
 * | `group` | Nhóm | a group of targets (economy, society...) |
 * | `text en` | Nội dung (tiếng Anh) | the target in English |
 * | `plan` | Mã kế hoạch | the plan's id (the same on every row) |
 * | `plan period` | Kỳ kế hoạch | the plan's period, when the targets' periods do not give it |
 *
 * @example
 * // The required columns:
 * planTableColumns.filter((column) => column.required).map((column) => column.id);
 * //=> ['code', 'indicator', 'area', 'comparator', 'basis', 'period', 'document']
 */
export const planTableColumns: readonly TableColumnSpec[] = Object.freeze([
  { id: 'code', vi: 'Mã mục tiêu', en: 'target id', required: true },
  { id: 'text', vi: 'Nội dung chỉ tiêu', en: 'the target as the document words it', required: false },
  { id: 'indicator', vi: 'Mã chỉ tiêu', en: 'indicator code', required: true },
  { id: 'area', vi: 'Địa bàn', en: 'area code', required: true },
  { id: 'unit', vi: 'Đơn vị tính', en: 'unit code and power of ten (VND*10^9)', required: false },
  { id: 'comparator', vi: 'So sánh', en: 'at-least, at-most, equal, between, approximately, more-than, less-than, maintain', required: true },
  { id: 'value', vi: 'Giá trị', en: 'target value', required: false },
  { id: 'lower', vi: 'Cận dưới', en: 'lower bound (between)', required: false },
  { id: 'upper', vi: 'Cận trên', en: 'upper bound (between)', required: false },
  { id: 'tolerance', vi: 'Sai số cho phép', en: 'tolerance (approximately)', required: false },
  { id: 'basis', vi: 'Cơ sở', en: 'level, change, growth, point-change, cumulative', required: true },
  { id: 'base period', vi: 'Kỳ gốc', en: 'base period of a change or growth', required: false },
  { id: 'period', vi: 'Kỳ', en: 'target period', required: true },
  { id: 'document', vi: 'Loại văn bản', en: 'council-resolution, party-resolution, five-year-plan, annual-plan, province-assigned, budget-estimate, other', required: true },
  { id: 'reference', vi: 'Số hiệu văn bản', en: 'document number', required: false },
  { id: 'group', vi: 'Nhóm', en: 'group of targets', required: false },
  { id: 'text en', vi: 'Nội dung (tiếng Anh)', en: 'the target in English', required: false },
  { id: 'plan', vi: 'Mã kế hoạch', en: 'plan id (same on every row)', required: false },
  { id: 'plan period', vi: 'Kỳ kế hoạch', en: 'plan period, when the targets do not give it', required: false },
]);

/**
 * The columns of a catalog table, one row per indicator.
 *
 * | id | Vietnamese header | holds |
 * |---|---|---|
 * | `code` | Mã chỉ tiêu | the indicator's code |
 * | `label` | Tên chỉ tiêu | its name in Vietnamese |
 * | `label en` | Tên tiếng Anh | its name in English |
 * | `unit` | Đơn vị tính | unit code and power of ten: `VND*10^9`, `percent`, `persons` |
 * | `measure` | Loại | `flow`, `stock`, `ratio`, `count`, `index`, `growth-rate` |
 * | `polarity` | Chiều | `higher-is-better`, `lower-is-better`, `within-range` |
 * | `precision` | Số chữ số thập phân | decimals shown: `0` to `15` |
 * | `over units` | Cộng theo địa bàn | `sum`, `average`, `last`, `min`, `max`, `count`, `ratio-of-sums`, `none` |
 * | `over time` | Cộng theo thời gian | the same choices |
 * | `group` | Nhóm | a group of indicators |
 * | `definition` | Định nghĩa | how it is defined |
 * | `min`, `max` | Giá trị nhỏ nhất, Giá trị lớn nhất | the valid range of its values |
 * | `integer` | Số nguyên | `true` (or `có`) when every value is a whole number |
 *
 * @example
 * // Eight columns must be filled:
 * catalogTableColumns.filter((column) => column.required).length;
 * //=> 8
 */
export const catalogTableColumns: readonly TableColumnSpec[] = Object.freeze([
  { id: 'code', vi: 'Mã chỉ tiêu', en: 'indicator code', required: true },
  { id: 'label', vi: 'Tên chỉ tiêu', en: 'name in Vietnamese', required: true },
  { id: 'label en', vi: 'Tên tiếng Anh', en: 'name in English', required: false },
  { id: 'unit', vi: 'Đơn vị tính', en: 'unit code and power of ten (VND*10^9)', required: true },
  { id: 'measure', vi: 'Loại', en: 'flow, stock, ratio, count, index, growth-rate', required: true },
  { id: 'polarity', vi: 'Chiều', en: 'higher-is-better, lower-is-better, within-range', required: true },
  { id: 'precision', vi: 'Số chữ số thập phân', en: 'decimals shown, 0 to 15', required: true },
  { id: 'over units', vi: 'Cộng theo địa bàn', en: 'sum, average, last, min, max, count, ratio-of-sums, none', required: true },
  { id: 'over time', vi: 'Cộng theo thời gian', en: 'sum, average, last, min, max, count, ratio-of-sums, none', required: true },
  { id: 'group', vi: 'Nhóm', en: 'group of indicators', required: false },
  { id: 'definition', vi: 'Định nghĩa', en: 'definition', required: false },
  { id: 'min', vi: 'Giá trị nhỏ nhất', en: 'smallest valid value', required: false },
  { id: 'max', vi: 'Giá trị lớn nhất', en: 'largest valid value', required: false },
  { id: 'integer', vi: 'Số nguyên', en: 'true when every value is a whole number', required: false },
]);

/** The names a column is known by: its id, its Vietnamese and English labels, and the id without spaces. */
function namesOf(columns: readonly TableColumnSpec[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const column of columns) {
    names.set(headerKey(column.id), column.id);
    names.set(headerKey(column.id.replace(/ (\w)/g, (_match, letter: string) => letter.toUpperCase())), column.id);
    names.set(headerKey(column.vi), column.id);
  }
  return names;
}

/** One data row of a wide table: where it is, and its cells by column id. */
interface WideRow {
  readonly record: number;
  readonly cells: ReadonlyMap<string, GridCell>;
}

/** A wide table read: its rows, where each column is, and a way to add a located problem. */
interface WideTable {
  readonly grid: Grid;
  readonly rows: readonly WideRow[];
  readonly position: ReadonlyMap<string, number>;
  readonly issues: Issue[];
  readonly at: (row: WideRow | number, column: string, message: string) => void;
  /** The cells (`record:column`) with a problem already: a schema issue on the same cell says less. */
  readonly reported: Set<string>;
}

/** Reads the header and the rows of a wide table; a missing required column stops the reading. */
function readWide(grid: Grid, columns: readonly TableColumnSpec[], what: string): WideTable {
  const names = namesOf(columns);
  const headerRow = findHeaderRow(grid, names, 3);
  const header = grid.rows[headerRow] ?? [];
  const issues: Issue[] = [];
  const position = new Map<string, number>();
  const headerNames = header.map((cell) => cellText(cell).trim());
  const place = (record: number, field: number, name: string, message: string): void => {
    const where = grid.place(record, field);
    issues.push({ path: [...where.path], message: `${where.text} (${name}): ${message}` });
  };
  headerNames.forEach((name, index) => {
    if (name === '') return;
    const id = columnOf(name, names);
    if (id === undefined) {
      place(headerRow, index, name, `unknown column ${quoteText(name)}; the columns are ${columns.map((column) => `${column.id} (${column.vi})`).join(', ')}`);
      return;
    }
    const first = position.get(id);
    if (first !== undefined) place(headerRow, index, name, `column ${id} repeats column ${String(first + 1)}; each column may appear once`);
    else position.set(id, index);
  });
  for (const column of columns) {
    if (!column.required || position.has(column.id)) continue;
    const where = grid.rowPlace(headerRow);
    issues.push({ path: [...where.path], message: `${where.text}: missing column "${column.id}" (${column.vi}); add it` });
  }
  if (header.length === 0) {
    throw importError(what, [{ path: [1], message: `the ${grid.source === 'CSV' ? 'text' : 'sheet'} is empty; expected a header naming the columns ${columns.filter((column) => column.required).map((column) => column.id).join(', ')}` }]);
  }
  if (issues.length > 0) throw importError(what, issues);
  const rows: WideRow[] = [];
  grid.rows.forEach((fields, record) => {
    if (record <= headerRow || fields.every((cell) => isBlank(cell))) return;
    if (grid.fixedWidth && fields.length !== header.length) {
      const where = grid.rowPlace(record);
      issues.push({ path: [...where.path], message: `${where.text}: ${widthProblem(grid, header.length, fields.length)}` });
      return;
    }
    const cells = new Map<string, GridCell>();
    for (const [id, index] of position) {
      const cell = fields[index];
      if (cell !== undefined && !isBlank(cell)) cells.set(id, typeof cell === 'string' ? cell.trim() : cell);
    }
    rows.push({ record, cells });
  });
  const reported = new Set<string>();
  const at = (row: WideRow | number, column: string, message: string): void => {
    const record = typeof row === 'number' ? row : row.record;
    reported.add(`${String(record)}:${column}`);
    const index = position.get(column);
    if (index === undefined) {
      const where = grid.rowPlace(record);
      issues.push({ path: [...where.path], message: `${where.text}: ${message}` });
    } else {
      place(record, index, headerNames[index] ?? column, message);
    }
  };
  return { grid, rows, position, issues, at, reported };
}

const unitPattern = /^([^*\s]+)(?:\s*\*\s*10\^(-?\d{1,2}))?$/;

/**
 * A unit cell as the unit input of the schemas, or the problem: a unit code with its power of ten
 * (`VND*10^9`), or the unit's name as a plan document writes it (`tỷ đồng`, `billion VND`).
 */
function unitInput(text: string): UnitCell | string {
  const match = unitPattern.exec(text);
  if (match !== null && Object.hasOwn(builtInUnits, match[1] ?? '')) return { unit: match[1] ?? '', power: Number(match[2] ?? 0) };
  const named = unitByName(text, builtInUnits);
  if (named !== undefined) return named;
  if (match === null) {
    return `invalid unit ${quoteText(text)}: expected a unit's name such as "tỷ đồng" or "người", or a unit code and, unless it is 0, its power of ten, such as "VND*10^9" or "persons"`;
  }
  return { unit: match[1] ?? '', power: Number(match[2] ?? 0) };
}

/** Maps a schema issue of element `index` (path `[...prefix, index, field, ...]`) to its row and column. */
function locateIssue(table: WideTable, rows: readonly WideRow[], issue: Issue, prefix: number, columnOfField: (field: string, rest: readonly PropertyKey[]) => string): void {
  const index = issue.path[prefix];
  const row = typeof index === 'number' ? rows[index] : undefined;
  if (row === undefined) {
    table.issues.push({ path: [...issue.path], message: `${issue.path.length === 0 ? '' : `${formatPath(issue.path)}: `}${issue.message}` });
    return;
  }
  const field = issue.path[prefix + 1];
  const rest = issue.path.slice(prefix + 2);
  const column = typeof field === 'string' ? columnOfField(field, rest) : '';
  // A cell that could not be read is missing from the input; the schema's complaint about it says less.
  if (table.reported.has(`${String(row.record)}:${column}`)) return;
  table.at(row, column, issue.message);
}

/** The period of a plan whose targets have several: the whole years they span, or undefined. */
function spanOfYears(periods: readonly string[]): string | undefined {
  try {
    const starts = periods.map((code) => periodStart(parsePeriod(code))).sort();
    const ends = periods.map((code) => periodEnd(parsePeriod(code))).sort();
    const first = starts[0];
    const last = ends[ends.length - 1];
    if (first === undefined || last === undefined || !first.endsWith('-01-01') || !last.endsWith('-12-31')) return undefined;
    const [from, to] = [first.slice(0, 4), last.slice(0, 4)];
    return from === to ? from : `${from}/${to}`;
  } catch {
    return undefined;
  }
}

/**
 * Options of {@link planFromCsv} and {@link planFromSheet}: the plan's own fields when the table does
 * not give them, and how a CSV text is written.
 *
 * @example
 * // A plan table with its title given here:
 * const options: PlanTableOptions = { title: { vi: 'Kế hoạch phát triển kinh tế - xã hội năm 2024' } };
 * options.title?.vi;
 * //=> 'Kế hoạch phát triển kinh tế - xã hội năm 2024'
 */
export interface PlanTableOptions extends TextTableOptions {
  /** The plan's id; from the `plan` column, else `PLAN-<area>-<period>`. */
  readonly id?: string | undefined;
  /** The plan's title; `Kế hoạch <period>` (vi) unless given. */
  readonly title?: PlanInput['title'] | undefined;
}

/** Reads the rows of a plan table into a plan input, and parses it with the catalog (and hierarchy). */
function readPlan(grid: Grid, context: PlanContext, options: PlanTableOptions, what: string): Plan {
  const table = readWide(grid, planTableColumns, what);
  const targets: Record<string, unknown>[] = [];
  const text = (row: WideRow, column: string): string | undefined => {
    const cell = row.cells.get(column);
    return cell === undefined ? undefined : cellText(cell);
  };
  for (const row of table.rows) {
    const target: Record<string, unknown> = {};
    for (const [field, column] of [['id', 'code'], ['indicator', 'indicator'], ['area', 'area'], ['comparator', 'comparator'], ['basis', 'basis'], ['period', 'period'], ['basePeriod', 'base period'], ['group', 'group']] as const) {
      const value = text(row, column);
      if (value !== undefined) target[field] = value;
    }
    for (const part of ['value', 'lower', 'upper', 'tolerance'] as const) {
      const cell = row.cells.get(part);
      if (cell === undefined) continue;
      const read = cellNumber(cell, grid, part);
      if ('value' in read) target[part] = read.value.toString();
      else table.at(row, part, read.problem);
    }
    const unit = text(row, 'unit');
    if (unit !== undefined) {
      const read = unitInput(unit);
      if (typeof read === 'string') table.at(row, 'unit', read);
      else target.unit = read;
    }
    const vi = text(row, 'text');
    const en = text(row, 'text en');
    if (vi !== undefined) target.text = en === undefined ? { vi } : { vi, en };
    else if (en !== undefined) table.at(row, 'text', 'the target has an English text but no Vietnamese one; fill in the Vietnamese text');
    const kind = text(row, 'document');
    const reference = text(row, 'reference');
    target.document = { kind, ...(reference === undefined ? {} : { reference }) };
    targets.push(target);
  }
  if (table.rows.length === 0) table.issues.push({ path: [], message: 'the table has a header but no target rows; add one row per target' });
  const sameOnEveryRow = (column: string): string | undefined => {
    const values = [...new Set(table.rows.map((row) => text(row, column)).filter((value) => value !== undefined))];
    if (values.length > 1) table.issues.push({ path: [], message: `column ${column} must hold one value on every row (the plan's); got ${quoteList(values)}` });
    return values[0];
  };
  const area = sameOnEveryRow('area');
  const periods = [...new Set(targets.map((target) => target.period).filter((value): value is string => typeof value === 'string'))];
  const period = sameOnEveryRow('plan period') ?? (periods.length === 1 ? periods[0] : spanOfYears(periods));
  const periodUnmade = period === undefined && periods.length > 0;
  if (periodUnmade) {
    table.issues.push({ path: [], message: `the targets' periods (${periods.join(', ')}) do not make whole years; give the plan's period in a column "plan period" (Kỳ kế hoạch)` });
  }
  const id = options.id ?? sameOnEveryRow('plan') ?? `PLAN-${area ?? 'AREA'}-${(period ?? 'PERIOD').replaceAll('/', '-')}`;
  const first = targets[0];
  const input = {
    id,
    title: options.title ?? { vi: `Kế hoạch ${period ?? ''}`.trim() },
    area: area ?? '',
    period: period ?? '',
    document: first?.document ?? { kind: 'other' },
    targets,
  };
  const fieldColumn: Readonly<Record<string, string>> = { id: 'code', basePeriod: 'base period' };
  let plan: Plan | undefined;
  try {
    plan = parsePlan(input, context);
  } catch (error) {
    if (!(error instanceof PlanningError)) throw error;
    if (error.issues.length === 0) table.issues.push({ path: [], message: error.message });
    // The targets' issues first: the plan's own fields come from the rows, and are reported there.
    const targetIssues = error.issues.filter((issue) => issue.path[0] === 'targets');
    for (const issue of [...targetIssues, ...error.issues.filter((issue) => issue.path[0] !== 'targets')]) {
      if (issue.path[0] === 'targets') {
        locateIssue(table, table.rows, issue, 1, (field, rest) => (field === 'text' && rest[0] === 'en' ? 'text en' : field === 'document' && rest[0] === 'reference' ? 'reference' : (fieldColumn[field] ?? field)));
      } else {
        // The plan's area, period and document come from the rows: a problem there is reported on its row already.
        const column = String(issue.path[0]);
        if ((column === 'area' || column === 'period' || column === 'document') && [...table.reported].some((key) => key.endsWith(`:${column}`))) continue;
        // A plan period the targets' periods could not make is reported above, with what to do.
        if (column === 'period' && periodUnmade) continue;
        table.issues.push({ path: [...issue.path], message: `the plan's ${formatPath(issue.path)} (from the rows): ${issue.message}` });
      }
    }
  }
  // A target that the schema refused is not checked against the catalog by parsePlan: report its
  // unknown indicator now, not on the next run.
  for (const row of table.rows) {
    const code = text(row, 'indicator');
    if (code === undefined || context.catalog.indicators.has(code) || table.reported.has(`${String(row.record)}:indicator`)) continue;
    table.at(row, 'indicator', `unknown indicator ${quoteText(code)}; it is not in the catalog`);
  }
  if (plan === undefined || table.issues.length > 0) throw importError(what, sortByPlace(table.issues));
  return plan;
}

/**
 * Reads a plan from CSV text in the wide layout of plan documents: one row per target, the columns
 * of {@link planTableColumns} found by their ids or Vietnamese headers (in any order; title rows above
 * the header are skipped). The plan's area is the `area` of the rows, its period the targets'
 * period (or the whole years they span, or the `plan period` column), its document the first row's.
 * The plan is then checked like the JSON form, by `parsePlan` with the catalog (and hierarchy):
 * every problem is reported at once, each at its line and column.
 *
 * @param text - the CSV text (decoded; see `decodeText`)
 * @param context - the catalog the indicators must be in, and the hierarchy the areas must be in
 * @param options - the plan's id and title, the delimiter and decimal separator
 * @returns the plan
 * @throws {@link PlanningError} `invalid-input` listing every problem with its line and column
 *
 * @example
 * // Như Xuân's investment target, from a semicolon file with decimal commas:
 * const plan = planFromCsv(
 *   'code;indicator;area;unit;comparator;value;basis;period;document\n' +
 *   'T8;INVESTMENT;402;VND*10^9;at-least;1.000;level;2024;council-resolution\n',
 *   { catalog: vnDistrictIndicatorCatalog },
 *   { decimalSeparator: ',' },
 * );
 * [plan.id, plan.period, plan.targets[0]?.value?.toString()];
 * //=> ['PLAN-402-2024', '2024', '1000']
 *
 * @example
 * // Every problem at once, where it is:
 * planFromCsv('code,indicator,area,comparator,value,basis,period,document\nT1,INVESTMNT,402,at-least,x,level,2024,council-resolution\n', { catalog: vnDistrictIndicatorCatalog });
 * // throws PlanningError: invalid plan table: 2 problems
 * // - line 2, column 4 (indicator): unknown indicator "INVESTMNT"; it is not in the catalog
 * // - line 2, column 27 (value): value must be a decimal number ...
 */
export function planFromCsv(text: string, context: PlanContext, options: PlanTableOptions = {}): Plan {
  return readPlan(gridFromCsv(text, options), context, options, 'plan table');
}

/**
 * Reads a plan from a worksheet in the layout of {@link planFromCsv}; problems are located by row and
 * column letter.
 *
 * @param sheet - the worksheet
 * @param context - the catalog and hierarchy
 * @param options - the plan's id and title, the decimal separator of numbers written as text
 * @returns the plan
 * @throws {@link PlanningError} `invalid-input` listing every problem with its row and column
 *
 * @example
 * // A sheet with a title row:
 * const plan = planFromSheet({ name: 'Kế hoạch', rows: [
 *   ['CHỈ TIÊU KẾ HOẠCH NĂM 2024'],
 *   ['Mã mục tiêu', 'Mã chỉ tiêu', 'Địa bàn', 'Đơn vị tính', 'So sánh', 'Giá trị', 'Cơ sở', 'Kỳ', 'Loại văn bản'],
 *   ['T8', 'INVESTMENT', '402', 'VND*10^9', 'at-least', 1000, 'level', 2024, 'council-resolution'],
 * ] }, { catalog: vnDistrictIndicatorCatalog });
 * plan.targets.map((target) => target.id);
 * //=> ['T8']
 */
export function planFromSheet(sheet: Sheet, context: PlanContext, options: Omit<PlanTableOptions, 'delimiter'> = {}): Plan {
  const grid = gridFromSheet(sheet, options);
  return readPlan(grid, context, options, `plan in ${grid.source}`);
}

const aggregationFields: Readonly<Record<string, string>> = { overUnits: 'over units', overTime: 'over time' };

/** Reads the rows of a catalog table into indicator inputs, and builds the catalog. */
function readCatalog(grid: Grid, what: string): Catalog {
  const table = readWide(grid, catalogTableColumns, what);
  const indicators: Record<string, unknown>[] = [];
  for (const row of table.rows) {
    const text = (column: string): string | undefined => {
      const cell = row.cells.get(column);
      return cell === undefined ? undefined : cellText(cell);
    };
    const indicator: Record<string, unknown> = {};
    for (const [field, column] of [['code', 'code'], ['measure', 'measure'], ['polarity', 'polarity'], ['group', 'group'], ['definition', 'definition']] as const) {
      const value = text(column);
      if (value !== undefined) indicator[field] = value;
    }
    const vi = text('label');
    const en = text('label en');
    indicator.labels = { ...(vi === undefined ? {} : { vi }), ...(en === undefined ? {} : { en }) };
    const unit = text('unit');
    if (unit !== undefined) {
      const read = unitInput(unit);
      if (typeof read === 'string') table.at(row, 'unit', read);
      else indicator.unit = read;
    }
    const precision = text('precision');
    if (precision !== undefined) {
      if (/^\d{1,2}$/.test(precision)) indicator.precision = Number(precision);
      else table.at(row, 'precision', `precision must be a whole number of decimals from 0 to 15; got ${quoteText(precision)}`);
    }
    indicator.aggregation = { overUnits: text('over units'), overTime: text('over time') };
    const range: Record<string, unknown> = {};
    for (const bound of ['min', 'max'] as const) {
      const cell = row.cells.get(bound);
      if (cell === undefined) continue;
      const read = cellNumber(cell, grid, bound);
      if ('value' in read) range[bound] = read.value.toNumber();
      else table.at(row, bound, read.problem);
    }
    const integer = text('integer')?.toLowerCase();
    if (integer !== undefined) {
      if (integer === 'true' || integer === 'có') range.integer = true;
      else if (integer === 'false' || integer === 'không') range.integer = false;
      else table.at(row, 'integer', `integer must be true or false (có or không); got ${quoteText(integer)}`);
    }
    if (Object.keys(range).length > 0) indicator.range = range;
    indicators.push(indicator);
  }
  if (table.rows.length === 0) table.issues.push({ path: [], message: 'the table has a header but no indicator rows; add one row per indicator' });
  let catalog: Catalog | undefined;
  try {
    catalog = buildCatalog(indicators);
  } catch (error) {
    if (!(error instanceof PlanningError)) throw error;
    if (error.issues.length === 0) table.issues.push({ path: [], message: error.message });
    for (const issue of error.issues) {
      locateIssue(table, table.rows, issue, 0, (field, rest) =>
        field === 'labels'
          ? rest[0] === 'en'
            ? 'label en'
            : 'label'
          : field === 'aggregation'
            ? (aggregationFields[String(rest[0])] ?? 'over units')
            : field === 'range'
              ? String(rest[0] ?? 'min')
              : field,
      );
    }
  }
  if (catalog === undefined || table.issues.length > 0) throw importError(what, sortByPlace(table.issues));
  return catalog;
}

/**
 * Reads an indicator catalog from CSV text: one row per indicator, the columns of
 * {@link catalogTableColumns} by their ids or Vietnamese headers. Checked like the JSON form
 * (`buildCatalog`), every problem reported at once at its line and column.
 *
 * @param text - the CSV text
 * @param options - the delimiter and decimal separator
 * @returns the catalog
 * @throws {@link PlanningError} `invalid-input` listing every problem with its line and column
 *
 * @example
 * // One indicator, in Vietnamese headers:
 * const catalog = catalogFromCsv(
 *   'Mã chỉ tiêu,Tên chỉ tiêu,Đơn vị tính,Loại,Chiều,Số chữ số thập phân,Cộng theo địa bàn,Cộng theo thời gian\n' +
 *   'INVESTMENT,Vốn đầu tư phát triển toàn xã hội,VND*10^9,flow,higher-is-better,1,sum,sum\n',
 * );
 * catalog.indicators.get('INVESTMENT')?.unit.power;
 * //=> 9
 */
export function catalogFromCsv(text: string, options: TextTableOptions = {}): Catalog {
  return readCatalog(gridFromCsv(text, options), 'catalog table');
}

/**
 * Reads an indicator catalog from a worksheet in the layout of {@link catalogFromCsv}; problems are
 * located by row and column letter.
 *
 * @param sheet - the worksheet
 * @returns the catalog
 * @throws {@link PlanningError} `invalid-input` listing every problem with its row and column
 *
 * @example
 * // A bad polarity, located:
 * catalogFromSheet({ name: 'Danh mục', rows: [
 *   ['code', 'label', 'unit', 'measure', 'polarity', 'precision', 'over units', 'over time'],
 *   ['INVESTMENT', 'Vốn đầu tư', 'VND*10^9', 'flow', 'up', 1, 'sum', 'sum'],
 * ] });
 * // throws PlanningError: invalid catalog in sheet "Danh mục": 1 problem
 * // - row 2, column E (polarity): ...
 */
export function catalogFromSheet(sheet: Sheet): Catalog {
  const grid = gridFromSheet(sheet);
  return readCatalog(grid, `catalog in ${grid.source}`);
}
