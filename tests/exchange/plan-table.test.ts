import { describe, expect, it } from 'vitest';
import {
  type Sheet,
  buildCatalog,
  catalogFromCsv,
  catalogFromSheet,
  catalogTableColumns,
  planFromCsv,
  planFromSheet,
  planTableColumns,
  tableTemplate,
  toDecimal,
  writeCsv,
} from '../../src/index.js';
import { nhuXuanPlan2024Input } from '../../src/datasets/nhu-xuan/index.js';
import { vnDistrictIndicatorCatalog, vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import { caught } from '../helpers.js';

const context = { catalog: vnDistrictIndicatorCatalog };

/** The bundled 2024 plan in the wide layout: one row per target. */
function planRows(): string[][] {
  const header = ['code', 'text', 'indicator', 'area', 'unit', 'comparator', 'value', 'basis', 'base period', 'period', 'document', 'reference', 'group', 'text en'];
  const rows = nhuXuanPlan2024Input.targets.map((target) => [
    target.id,
    target.text?.vi ?? '',
    target.indicator,
    target.area,
    target.unit === undefined ? '' : `${typeof target.unit.unit === 'string' ? target.unit.unit : target.unit.unit.code}${target.unit.power === 0 ? '' : `*10^${String(target.unit.power)}`}`,
    target.comparator,
    target.value === undefined ? '' : String(target.value),
    target.basis,
    target.basePeriod ?? '',
    target.period,
    target.document.kind,
    target.document.reference ?? '',
    target.group ?? '',
    target.text?.en ?? '',
  ].map((cell) => String(cell)));
  return [header, ...rows];
}

describe('planFromCsv and planFromSheet', () => {
  it('read the bundled plan from its wide table as parsePlan reads its JSON', () => {
    const plan = planFromCsv(writeCsv(planRows()), context);
    expect(plan.targets.map((target) => [target.id, target.indicator, target.comparator, target.value?.toString(), target.basis, target.period])).toEqual(
      nhuXuanPlan2024Input.targets.map((target) => [target.id, target.indicator, target.comparator, target.value === undefined ? undefined : toDecimal(target.value).toString(), target.basis, target.period]),
    );
    expect([plan.area, plan.period, plan.document.kind]).toEqual(['402', '2024', nhuXuanPlan2024Input.targets[0]?.document.kind]);
    expect(plan.targets[0]?.text).toEqual(nhuXuanPlan2024Input.targets[0]?.text);
  });

  it('read a sheet with merged title rows above Vietnamese headers, numbers as number cells', () => {
    const [header = [], ...rows] = planRows();
    const vietnamese = header.map((id) => planTableColumns.find((column) => column.id === id)?.vi ?? id);
    const sheet: Sheet = {
      name: 'Kế hoạch',
      rows: [
        ['UBND HUYỆN NHƯ XUÂN', null, null],
        ['CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024'],
        [],
        vietnamese,
        ...rows.map((row) => row.map((cell, index) => (header[index] === 'value' && cell !== '' ? toDecimal(cell) : header[index] === 'period' ? toDecimal(cell) : cell))),
      ],
    };
    const plan = planFromSheet(sheet, context);
    expect(plan.targets.length).toBe(nhuXuanPlan2024Input.targets.length);
    expect(plan.period).toBe('2024');
  });

  it('report every problem at once with its line and column, unknown indicators with schema errors', () => {
    const text = [
      'code;indicator;area;comparator;value;basis;period;document',
      'T1;INVESTMNT;402;at-least;1.000,5;level;2024;council-resolution',
      'T2;INVESTMENT;402;at-leest;x;level;2024;council-resolution',
      'T3;INVESTMENT;402;at-least;5;growth;2024;council-resolution',
    ].join('\r\n');
    const error = caught(() => planFromCsv(text, context, { decimalSeparator: ',' }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'line 2, column 4 (indicator): unknown indicator "INVESTMNT"; it is not in the catalog',
      'line 3, column 19 (comparator): expected one of "at-least", "more-than", "at-most", "less-than", "equal", "between", "approximately", "maintain"; got "at-leest"',
      'line 3, column 28 (value): value: cannot read "x" as a Vietnamese-formatted number: it contains "x", which is neither a digit nor a separator; to read a scale word or a unit (45 triệu đồng), use parseScaledNumber or parseMoney',
    ]);
    expect(error.issues[0]?.path).toEqual([2, 4]);
  });

  it('refuse an unknown or repeated column and a table without targets, and locate sheet problems by column letter', () => {
    expect(caught(() => planFromCsv('code,indicator,area,comparator,basis,period,document,extra\n', context)).message).toMatch(
      /line 1, column 54 \(extra\): unknown column "extra"; the columns are code \(Mã mục tiêu\), text/,
    );
    expect(caught(() => planFromCsv('code,indicator,area,comparator,basis,period,document\n', context)).message).toMatch(/the table has a header but no target rows/);
    const error = caught(() => planFromSheet({ name: 'KH', rows: [['code', 'indicator', 'area', 'comparator', 'value', 'basis', 'period', 'document'], ['T1', 'INVESTMENT', '402', 'at-least', 'nhiều', 'level', 2024, 'nghị quyết']] }, context));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'row 2, column E (value): value must be a decimal number such as \'12.5\' or 12.5; got the string "nhiều"',
      'row 2, column H (document): expected one of "party-resolution", "five-year-plan", "council-resolution", "province-assigned", "budget-estimate", "annual-plan", "other"; got "nghị quyết"',
    ]);
  });
});

describe('catalogFromCsv and catalogFromSheet', () => {
  it('read the bundled catalog\'s plain indicators back from a table', () => {
    // The table carries every field but formulas, ratio parts and price bases.
    const plain = vnDistrictIndicators.filter((indicator) => indicator.formula === undefined && indicator.numerator === undefined && indicator.priceBasis === undefined && indicator.ratioFactor === undefined && indicator.rounding === undefined);
    expect(plain.length).toBeGreaterThan(15);
    const rows = [
      catalogTableColumns.map((column) => column.id),
      ...plain.map((indicator) => [
        indicator.code, indicator.labels.vi, indicator.labels.en ?? '',
        `${typeof indicator.unit.unit === 'string' ? indicator.unit.unit : indicator.unit.unit.code}${indicator.unit.power === 0 ? '' : `*10^${String(indicator.unit.power)}`}`,
        indicator.measure, indicator.polarity, String(indicator.precision), indicator.aggregation.overUnits, indicator.aggregation.overTime, indicator.group ?? '', indicator.definition ?? '',
        indicator.range?.min === undefined ? '' : String(indicator.range.min), indicator.range?.max === undefined ? '' : String(indicator.range.max), indicator.range?.integer === undefined ? '' : String(indicator.range.integer),
      ].map((cell) => String(cell))),
    ];
    const catalog = catalogFromCsv(writeCsv(rows));
    expect(catalog.list.length).toBe(plain.length);
    expect(catalog.list).toEqual(buildCatalog(plain).list);
  });

  it('report every problem with its row and column letter', () => {
    const error = caught(() => catalogFromSheet({ name: 'Danh mục', rows: [
      ['code', 'label', 'unit', 'measure', 'polarity', 'precision', 'over units', 'over time'],
      ['INVESTMENT', 'Vốn đầu tư', 'VND*10^9', 'flow', 'up', 1, 'sum', 'sum'],
      ['X', '', 'tỷ đô', 'flow', 'higher-is-better', 'a', 'sum', 'total'],
    ] }));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'row 2, column E (polarity): expected one of "higher-is-better", "lower-is-better", "within-range"; got "up"',
      'row 3, column B (label): missing; expected text (a string)',
      'row 3, column C (unit): invalid unit "tỷ đô": expected a unit\'s name such as "tỷ đồng" or "người", or a unit code and, unless it is 0, its power of ten, such as "VND*10^9" or "persons"',
      'row 3, column F (precision): precision must be a whole number of decimals from 0 to 15; got "a"',
      'row 3, column H (over time): expected one of "sum", "average", "last", "min", "max", "count", "ratio-of-sums", "none"; got "total"',
    ]);
  });
});

describe('units in plan and catalog tables', () => {
  it('read the names a plan document writes (tỷ đồng, triệu đồng/người/năm, %), as well as codes with a power of ten', () => {
    const [header = [], ...rows] = planRows();
    const unitColumn = header.indexOf('unit');
    const named = rows.map((row) => row.map((cell, index) => (index !== unitColumn || cell === '' ? cell : cell.replace('VND*10^9', 'tỷ đồng').replace('VND*10^6', 'Triệu  đồng'))));
    expect(named.some((row) => row[unitColumn] === 'tỷ đồng')).toBe(true);
    const byName = planFromCsv(writeCsv([header, ...named]), context);
    const byCode = planFromCsv(writeCsv(planRows()), context);
    expect(byName.targets.map((target) => target.unit)).toEqual(byCode.targets.map((target) => target.unit));
    const billion = byName.targets.find((target) => target.unit?.power === 9);
    expect([billion?.unit?.unit.code, billion?.unit?.power]).toEqual(['VND', 9]);
  });

  it('read English names too, and refuse a name no unit has', () => {
    const rows = [
      ['code', 'label', 'unit', 'measure', 'polarity', 'precision', 'over units', 'over time'],
      ['INVESTMENT', 'Vốn đầu tư', 'billion VND', 'flow', 'higher-is-better', '1', 'sum', 'sum'],
    ];
    expect(catalogFromCsv(writeCsv(rows)).list[0]?.unit).toEqual(catalogFromCsv(writeCsv([rows[0] ?? [], ['INVESTMENT', 'Vốn đầu tư', 'VND*10^9', 'flow', 'higher-is-better', '1', 'sum', 'sum']])).list[0]?.unit);
    expect(caught(() => catalogFromCsv(writeCsv([rows[0] ?? [], ['INVESTMENT', 'Vốn đầu tư', 'tỷ đô la', 'flow', 'higher-is-better', '1', 'sum', 'sum']]))).message).toContain('invalid unit "tỷ đô la"');
  });
});

describe('tableTemplate', () => {
  it('gives Vietnamese headers and an example row that the readers accept', () => {
    const plan = planFromSheet(tableTemplate('plan', 'vi'), context);
    expect(plan.targets[0]?.id).toBe('T8');
    const catalog = catalogFromSheet(tableTemplate('catalog', 'vi'));
    expect(catalog.indicators.get('INVESTMENT')?.labels.vi).toBe('Vốn đầu tư phát triển toàn xã hội');
    expect(tableTemplate('data', 'en').rows[0]).toEqual(['indicator', 'area', 'period', 'value', 'unit', 'status', 'published', 'source', 'note']);
    expect(() => tableTemplate('budget' as 'plan', 'vi')).toThrow(/kind must be one of plan, catalog, data; got "budget"/);
  });
});
