/*
 * Checks of the report values that the renderers accept. A table, chart or report may be built by
 * hand (or read from JSON by an app), so every renderer checks its input first and reports every
 * problem at once, each with its path. The checks read the value as `unknown`: its type says what it
 * should be, not what a JavaScript caller passed.
 */
import { type Issue, PlanningError, formatIssues, isDecimal, quoteText } from '../numeric/index.js';
import { chartToneColours, columnKinds } from './model.js';

/** Ids become HTML ids and parts of SVG ids: a letter first, no spaces, nothing to escape. */
const idPattern = /^[A-Za-z][A-Za-z0-9_.-]*$/;

const tones = new Set<string>(Object.keys(chartToneColours));
const kinds = new Set<string>(columnKinds);
const statuses = new Set<string>(['exceeded', 'met', 'not-met', 'not-assessable', 'ahead', 'on-pace', 'behind']);

type Path = readonly PropertyKey[];
type Fields = Readonly<Record<string, unknown>>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return `${typeof value} ${value.toString()}`;
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects the issues of one value; each check returns what it could read, for the checks after it. */
class Checker {
  readonly issues: Issue[] = [];

  problem(path: Path, message: string): void {
    this.issues.push({ path, message });
  }

  fields(value: unknown, path: Path, what: string): Fields | undefined {
    if (isFields(value)) return value;
    this.problem(path, `expected ${what}; got ${describe(value)}`);
    return undefined;
  }

  list(value: unknown, path: Path, what: string): readonly unknown[] {
    if (Array.isArray(value)) return value as readonly unknown[];
    this.problem(path, `expected an array of ${what}; got ${describe(value)}`);
    return [];
  }

  string(value: unknown, path: Path): value is string {
    if (typeof value === 'string') return true;
    this.problem(path, `expected a string; got ${describe(value)}`);
    return false;
  }

  strings(value: unknown, path: Path): void {
    this.list(value, path, 'strings').forEach((item, index) => {
      this.string(item, [...path, index]);
    });
  }

  id(value: unknown, path: Path): void {
    if (typeof value !== 'string' || !idPattern.test(value)) {
      this.problem(path, `expected an id of a letter followed by letters, digits, "_", "." or "-" (such as "scorecard-table"); got ${describe(value)}`);
    }
  }

  lang(value: unknown, path: Path): void {
    if (value !== 'vi' && value !== 'en') this.problem(path, `expected 'vi' or 'en'; got ${describe(value)}`);
  }

  decimal(value: unknown, path: Path, nullable: boolean): void {
    if (!(isDecimal(value) || (nullable && value === null))) {
      this.problem(path, `expected a Decimal (use toDecimal)${nullable ? ' or null' : ''}; got ${describe(value)}`);
    }
  }

  table(table: Fields, path: Path): void {
    this.id(table.id, [...path, 'id']);
    this.lang(table.lang, [...path, 'lang']);
    this.string(table.title, [...path, 'title']);
    this.strings(table.notes, [...path, 'notes']);
    const columns = new Map<string, string>();
    this.list(table.columns, [...path, 'columns'], 'columns').forEach((item, index) => {
      const at = [...path, 'columns', index];
      const column = this.fields(item, at, 'a column { id, label, kind }');
      if (column === undefined) return;
      const { id, kind } = column;
      this.string(column.label, [...at, 'label']);
      if (typeof kind !== 'string' || !kinds.has(kind)) this.problem([...at, 'kind'], `expected a column kind: 'text', 'number' or 'status'; got ${describe(kind)}`);
      if (typeof id !== 'string' || id === '') this.problem([...at, 'id'], `expected a non-empty column id; got ${describe(id)}`);
      else if (columns.has(id)) this.problem([...at, 'id'], `column id ${quoteText(id)} is used twice`);
      else columns.set(id, typeof kind === 'string' ? kind : 'text');
    });
    this.list(table.rows, [...path, 'rows'], 'rows').forEach((item, index) => {
      const at = [...path, 'rows', index];
      const row = this.fields(item, at, 'a row { id, cells }');
      if (row === undefined) return;
      this.string(row.id, [...at, 'id']);
      const cells = this.fields(row.cells, [...at, 'cells'], 'an object of cells keyed by column id');
      if (cells === undefined) return;
      for (const key of Object.keys(cells)) {
        if (!columns.has(key)) this.problem([...at, 'cells', key], `no column has the id ${quoteText(key)}`);
      }
      for (const [id, kind] of columns) this.cell(cells[id], kind, [...at, 'cells', id]);
    });
  }

  cell(value: unknown, kind: string, path: Path): void {
    const cell = this.fields(value, path, `a cell { value, text } for column ${quoteText(String(path.at(-1)))}`);
    if (cell === undefined) return;
    this.string(cell.text, [...path, 'text']);
    if (cell.detail !== undefined) this.string(cell.detail, [...path, 'detail']);
    if (kind === 'number') {
      this.decimal(cell.value, [...path, 'value'], true);
    } else if (cell.value !== null && typeof cell.value !== 'string') {
      this.problem([...path, 'value'], `a ${kind} column holds a string or null; got ${describe(cell.value)}`);
    }
  }

  tone(value: unknown, path: Path, allowReference: boolean): void {
    if (typeof value === 'string' && (tones.has(value) || (allowReference && value === 'reference'))) return;
    this.problem(path, `expected a tone, one of ${[...tones].join(', ')}${allowReference ? ' or reference' : ''}; got ${describe(value)}`);
  }

  chart(chart: Fields, path: Path): void {
    this.id(chart.id, [...path, 'id']);
    this.lang(chart.lang, [...path, 'lang']);
    for (const field of ['title', 'description', 'categoryLabel', 'valueLabel']) this.string(chart[field], [...path, field]);
    if (chart.orientation !== 'horizontal' && chart.orientation !== 'vertical') {
      this.problem([...path, 'orientation'], `expected 'horizontal' or 'vertical'; got ${describe(chart.orientation)}`);
    }
    const scale = this.fields(chart.scale, [...path, 'scale'], 'a scale { min, max, ticks }');
    if (scale !== undefined) {
      const { min, max } = scale;
      this.decimal(min, [...path, 'scale', 'min'], false);
      this.decimal(max, [...path, 'scale', 'max'], false);
      if (isDecimal(min) && isDecimal(max) && !max.greaterThan(min)) {
        this.problem([...path, 'scale', 'max'], `the scale's max must be greater than its min; got min ${min.toString()} and max ${max.toString()}`);
      }
      this.list(scale.ticks, [...path, 'scale', 'ticks'], 'ticks').forEach((item, index) => {
        const at = [...path, 'scale', 'ticks', index];
        const tick = this.fields(item, at, 'a tick { value, text }');
        if (tick === undefined) return;
        this.decimal(tick.value, [...at, 'value'], false);
        this.string(tick.text, [...at, 'text']);
      });
    }
    if (chart.reference !== null) {
      const reference = this.fields(chart.reference, [...path, 'reference'], 'null or a reference line { value, label }');
      if (reference !== undefined) {
        this.decimal(reference.value, [...path, 'reference', 'value'], false);
        this.string(reference.label, [...path, 'reference', 'label']);
      }
    }
    this.list(chart.bars, [...path, 'bars'], 'bars').forEach((item, index) => {
      const at = [...path, 'bars', index];
      const bar = this.fields(item, at, 'a bar { label, value, text, tone, title }');
      if (bar === undefined) return;
      for (const field of ['label', 'text', 'title']) this.string(bar[field], [...at, field]);
      this.decimal(bar.value, [...at, 'value'], true);
      this.tone(bar.tone, [...at, 'tone'], false);
      if (bar.rank !== undefined) this.string(bar.rank, [...at, 'rank']);
      if (bar.mark !== undefined) this.string(bar.mark, [...at, 'mark']);
    });
    this.list(chart.legend, [...path, 'legend'], 'legend entries').forEach((item, index) => {
      const at = [...path, 'legend', index];
      const entry = this.fields(item, at, 'a legend entry { tone, label }');
      if (entry === undefined) return;
      this.tone(entry.tone, [...at, 'tone'], true);
      this.string(entry.label, [...at, 'label']);
    });
  }

  scale(value: unknown, path: Path): void {
    const scale = this.fields(value, path, 'a scale { min, max, ticks }');
    if (scale === undefined) return;
    const { min, max } = scale;
    this.decimal(min, [...path, 'min'], false);
    this.decimal(max, [...path, 'max'], false);
    if (isDecimal(min) && isDecimal(max) && !max.greaterThan(min)) {
      this.problem([...path, 'max'], `the scale's max must be greater than its min; got min ${min.toString()} and max ${max.toString()}`);
    }
    this.list(scale.ticks, [...path, 'ticks'], 'ticks').forEach((item, index) => {
      const at = [...path, 'ticks', index];
      const tick = this.fields(item, at, 'a tick { value, text }');
      if (tick === undefined) return;
      this.decimal(tick.value, [...at, 'value'], false);
      this.string(tick.text, [...at, 'text']);
    });
  }

  reference(value: unknown, path: Path): void {
    const reference = this.fields(value, path, 'a reference line { value, label }');
    if (reference === undefined) return;
    this.decimal(reference.value, [...path, 'value'], false);
    this.string(reference.label, [...path, 'label']);
  }

  legendEntries(value: unknown, path: Path): void {
    this.list(value, path, 'legend entries').forEach((item, index) => {
      const at = [...path, index];
      const entry = this.fields(item, at, 'a legend entry { tone, label }');
      if (entry === undefined) return;
      this.tone(entry.tone, [...at, 'tone'], true);
      this.string(entry.label, [...at, 'label']);
    });
  }

  seriesChart(chart: Fields, path: Path): void {
    this.id(chart.id, [...path, 'id']);
    this.lang(chart.lang, [...path, 'lang']);
    for (const field of ['title', 'description', 'categoryLabel', 'valueLabel']) this.string(chart[field], [...path, field]);
    if (chart.type !== 'line' && chart.type !== 'bars') this.problem([...path, 'type'], `expected 'line' or 'bars'; got ${describe(chart.type)}`);
    if (chart.stacked !== undefined && typeof chart.stacked !== 'boolean') this.problem([...path, 'stacked'], `expected true, false or nothing; got ${describe(chart.stacked)}`);
    this.strings(chart.categories, [...path, 'categories']);
    const categories = Array.isArray(chart.categories) ? chart.categories.length : 0;
    this.scale(chart.scale, [...path, 'scale']);
    this.list(chart.references, [...path, 'references'], 'reference lines').forEach((item, index) => {
      this.reference(item, [...path, 'references', index]);
    });
    this.legendEntries(chart.statusLegend, [...path, 'statusLegend']);
    const ids = new Set<string>();
    const series = this.list(chart.series, [...path, 'series'], 'series');
    if (Array.isArray(chart.series) && series.length === 0) this.problem([...path, 'series'], 'expected one series or more; got none');
    series.forEach((item, index) => {
      const at = [...path, 'series', index];
      const entry = this.fields(item, at, 'a series { id, label, role, points }');
      if (entry === undefined) return;
      if (typeof entry.id !== 'string' || entry.id === '') this.problem([...at, 'id'], `expected a non-empty series id; got ${describe(entry.id)}`);
      else if (ids.has(entry.id)) this.problem([...at, 'id'], `series id ${JSON.stringify(entry.id)} is used twice`);
      else ids.add(entry.id);
      this.string(entry.label, [...at, 'label']);
      if (entry.role !== 'actual' && entry.role !== 'target' && entry.role !== 'series') {
        this.problem([...at, 'role'], `expected a role 'actual', 'target' or 'series'; got ${describe(entry.role)}`);
      }
      const points = this.list(entry.points, [...at, 'points'], 'points');
      if (Array.isArray(entry.points) && points.length !== categories) {
        this.problem([...at, 'points'], `expected one point per category (${String(categories)}); got ${String(points.length)}`);
      }
      points.forEach((pointItem, pointIndex) => {
        const pointPath = [...at, 'points', pointIndex];
        const point = this.fields(pointItem, pointPath, 'a point { value, text, title }');
        if (point === undefined) return;
        this.decimal(point.value, [...pointPath, 'value'], true);
        this.string(point.text, [...pointPath, 'text']);
        this.string(point.title, [...pointPath, 'title']);
        if (point.status !== undefined && !(typeof point.status === 'string' && statuses.has(point.status))) {
          this.problem([...pointPath, 'status'], `expected a status, one of ${[...statuses].join(', ')}; got ${describe(point.status)}`);
        }
      });
    });
  }

  block(block: Fields, path: Path): void {
    if (block.kind === 'table') this.table(block, path);
    else if (block.kind === 'chart') this.chart(block, path);
    else if (block.kind === 'series-chart') this.seriesChart(block, path);
    else this.problem([...path, 'kind'], `expected a block of kind 'table', 'chart' or 'series-chart'; got ${describe(block.kind)}`);
  }

  report(report: Fields): void {
    this.lang(report.lang, ['lang']);
    this.string(report.title, ['title']);
    this.strings(report.notes, ['notes']);
    if (report.pageBreaks !== undefined && typeof report.pageBreaks !== 'boolean') this.problem(['pageBreaks'], `expected true, false or nothing; got ${describe(report.pageBreaks)}`);
    this.list(report.fields, ['fields'], 'fields { label, value }').forEach((item, index) => {
      const field = this.fields(item, ['fields', index], 'a field { label, value }');
      if (field === undefined) return;
      this.string(field.label, ['fields', index, 'label']);
      this.string(field.value, ['fields', index, 'value']);
    });
    // Every id becomes an HTML id: a repeated one would make the page's ids and anchors ambiguous.
    const ids = new Map<string, string>();
    const claim = (id: unknown, path: Path) => {
      if (typeof id !== 'string') return;
      const first = ids.get(id);
      if (first === undefined) ids.set(id, path.map(String).join('.'));
      else this.problem([...path, 'id'], `the id ${quoteText(id)} is already used by ${first}; ids become HTML ids and must be unique in a report`);
    };
    this.list(report.sections, ['sections'], 'sections').forEach((item, index) => {
      const at = ['sections', index];
      const section = this.fields(item, at, 'a section { id, title, paragraphs, blocks }');
      if (section === undefined) return;
      this.id(section.id, [...at, 'id']);
      claim(section.id, at);
      this.string(section.title, [...at, 'title']);
      this.strings(section.paragraphs, [...at, 'paragraphs']);
      this.list(section.blocks, [...at, 'blocks'], 'tables and charts').forEach((blockItem, blockIndex) => {
        const blockPath = [...at, 'blocks', blockIndex];
        const block = this.fields(blockItem, blockPath, 'a table or a chart');
        if (block === undefined) return;
        this.block(block, blockPath);
        claim(block.id, blockPath);
        if (block.lang !== report.lang && (block.lang === 'vi' || block.lang === 'en')) {
          this.problem(
            [...blockPath, 'lang'],
            `the block is in ${quoteText(block.lang)} but the report is in ${describe(report.lang)}; build every block in the report's language`,
          );
        }
      });
    });
  }
}

/** Internal: throws `invalid-input` with every problem of a table, chart or report a renderer was given. */
export function checkRenderable(
  value: unknown,
  where: string,
  accepted: readonly ('table' | 'chart' | 'series-chart' | 'report')[] = ['table', 'chart', 'series-chart', 'report'],
): void {
  const kind = isFields(value) ? value.kind : undefined;
  if (!isFields(value) || typeof kind !== 'string' || !(accepted as readonly string[]).includes(kind)) {
    const expected = accepted.map((name) => `a ${name}`).join(accepted.length === 2 ? ' or ' : ', ').replace(/, (a [\w-]+)$/, ' or $1');
    const got = isFields(value) ? `an object of kind ${describe(kind)}` : describe(value);
    throw new PlanningError('invalid-argument', `${where}: expected ${expected}; got ${got}`);
  }
  const checker = new Checker();
  if (kind === 'table') checker.table(value, []);
  else if (kind === 'chart') checker.chart(value, []);
  else if (kind === 'series-chart') checker.seriesChart(value, []);
  else checker.report(value);
  const { issues } = checker;
  if (issues.length === 0) return;
  throw new PlanningError(
    'invalid-input',
    `${where}: invalid ${kind}: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}\n${formatIssues(issues)}`,
    { issues },
  );
}

/** Internal: throws `invalid-argument` unless `lang` is 'vi' or 'en' (callers from JavaScript may pass anything). */
export function assertLanguage(lang: unknown, where: string): asserts lang is 'vi' | 'en' {
  if (lang !== 'vi' && lang !== 'en') {
    throw new PlanningError('invalid-argument', `${where}: lang must be 'vi' (Vietnamese) or 'en' (English); got ${describe(lang)}`);
  }
}

/** Internal: the decimal places of a report's figures, an integer from 0 to 20; throws `invalid-argument` otherwise. */
export function checkedDigits(digits: unknown, fallback: number, where: string): number {
  if (digits === undefined) return fallback;
  if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new PlanningError('invalid-argument', `${where}: digits must be an integer from 0 to 20 (decimal places of the scores); got ${describe(digits)}`);
  }
  return digits;
}

/** Internal: throws `invalid-argument` unless `value` is an array (callers from JavaScript may pass anything). */
export function assertList(value: unknown, what: string, where: string): void {
  if (!Array.isArray(value)) throw new PlanningError('invalid-argument', `${where}: expected an array of ${what}; got ${describe(value)}`);
}

/** Internal: throws `invalid-argument` unless `catalog` looks like a built catalog (its indicators in a Map). */
export function assertCatalog(catalog: unknown, where: string): void {
  if (!(isFields(catalog) && catalog.indicators instanceof Map)) {
    throw new PlanningError('invalid-argument', `${where}: options.catalog must be a catalog (from buildCatalog) that defines the indicators used`);
  }
}
