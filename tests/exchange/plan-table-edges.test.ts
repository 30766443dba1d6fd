/*
 * Plan and catalog tables beyond the bundled plan: the plan's own fields taken from the rows (area,
 * period, id, title), periods that span years, the columns found by id, camel-case id or label, the
 * texts and documents of a target, and each refusal located on its row and column.
 */
import { describe, expect, it } from 'vitest';
import { catalogFromCsv, catalogFromSheet, catalogTableColumns, planFromCsv, planFromSheet, planTableColumns, writeCsv } from '../../src/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';
import { caught, expectFailure } from '../helpers.js';

const context = { catalog: vnDistrictIndicatorCatalog };
const planHeader = ['code', 'indicator', 'area', 'comparator', 'value', 'basis', 'period', 'document'];
const target = (code: string, period = '2024', area = '402'): string[] => [code, 'INVESTMENT', area, 'at-least', '1000', 'level', period, 'council-resolution'];
const plan = (rows: readonly (readonly string[])[], header: readonly string[] = planHeader, options = {}) => planFromCsv(writeCsv([header, ...rows]), context, options);
const messages = (action: () => unknown): string[] => caught(action).issues.map((issue) => issue.message);

describe('the plan read from a table', () => {
  it('takes its area and period from the rows, and makes its id and title from them', () => {
    const read = plan([target('T1'), target('T2')]);
    expect([read.id, read.title, read.area, read.period, read.document]).toEqual(['PLAN-402-2024', { vi: 'Kế hoạch 2024' }, '402', '2024', { kind: 'council-resolution' }]);
    const given = plan([target('T1')], planHeader, { id: 'KH-2024', title: { vi: 'Kế hoạch năm 2024', en: '2024 plan' } });
    expect([given.id, given.title]).toEqual(['KH-2024', { vi: 'Kế hoạch năm 2024', en: '2024 plan' }]);
  });

  it('spans the whole years of its targets\' periods, or the year their quarters fill', () => {
    const years = plan([target('T1', '2021'), target('T2', '2025'), target('T3', '2023')]);
    expect([years.id, years.period, years.title]).toEqual(['PLAN-402-2021-2025', '2021/2025', { vi: 'Kế hoạch 2021/2025' }]);
    expect(plan(['2024-Q2', '2024-Q1', '2024-Q4'].map((period, index) => target(`T${String(index)}`, period))).period).toBe('2024');
    expect(plan([target('T1', '2024-M12'), target('T2', '2023-M01')]).period).toBe('2023/2024');
  });

  it('refuses periods that do not make whole years, unless the plan period is given', () => {
    expect(messages(() => plan([target('T1', '2024-Q1'), target('T2', '2024-Q2')]))).toEqual([
      'the targets\' periods (2024-Q1, 2024-Q2) do not make whole years; give the plan\'s period in a column "plan period" (Kỳ kế hoạch)',
    ]);
    // Said once: not again as the plan's empty period code.
    expect(messages(() => plan([target('T1', '2024-M02'), target('T2', '2024-M12')]))).toEqual([
      'the targets\' periods (2024-M02, 2024-M12) do not make whole years; give the plan\'s period in a column "plan period" (Kỳ kế hoạch)',
    ]);
    const half = plan([[...target('T1', '2024-Q1'), '2024'], [...target('T2', '2024-Q2'), '2024']], [...planHeader, 'plan period']);
    expect([half.id, half.period]).toEqual(['PLAN-402-2024', '2024']);
  });

  it('takes the plan\'s id from the plan column, and needs one area, plan and plan period on every row', () => {
    expect(plan([[...target('T1'), 'KH1'], [...target('T2'), 'KH1']], [...planHeader, 'plan']).id).toBe('KH1');
    expect(messages(() => plan([target('T1'), target('T2', '2024', '403')]))).toContain('column area must hold one value on every row (the plan\'s); got "402", "403"');
    expect(messages(() => plan([[...target('T1'), 'KH1'], [...target('T2'), 'KH2']], [...planHeader, 'plan']))).toEqual([
      'column plan must hold one value on every row (the plan\'s); got "KH1", "KH2"',
    ]);
  });

  it('reads the columns by camel-case id and by Vietnamese label, trimming cells', () => {
    const header = ['Mã mục tiêu', 'Nội dung chỉ tiêu', 'textEn', 'indicator', 'area', 'comparator', 'value', 'basis', 'basePeriod', 'period', 'document', 'Số hiệu văn bản', 'Nhóm', 'planPeriod'];
    const read = plan([[' T1 ', 'Tăng trưởng', 'Growth', 'INVESTMENT', '402', 'at-least', '10', 'growth', '2023', '2024', 'council-resolution', '45/NQ-HĐND', 'economy', '2024']], header);
    const first = read.targets[0];
    expect([first?.id, first?.text, first?.basis, first?.basePeriod, first?.group, first?.document]).toEqual([
      'T1',
      { vi: 'Tăng trưởng', en: 'Growth' },
      'growth',
      '2023',
      'economy',
      { kind: 'council-resolution', reference: '45/NQ-HĐND' },
    ]);
    expect(read.document).toEqual({ kind: 'council-resolution', reference: '45/NQ-HĐND' });
  });

  it('refuses an English text without a Vietnamese one, on its row', () => {
    const error = caught(() => plan([[...target('T1'), 'Investment']], [...planHeader, 'text en']));
    expect(error.issues).toEqual([{ path: [2], message: 'line 2: the target has an English text but no Vietnamese one; fill in the Vietnamese text' }]);
  });

  it('reads bounds and tolerances as numbers, and a unit with a negative power as written', () => {
    const header = ['code', 'indicator', 'area', 'comparator', 'lower', 'upper', 'tolerance', 'basis', 'period', 'document'];
    const read = plan([['T1', 'INVESTMENT', '402', 'between', '900', '1100.50', '', 'level', '2024', 'council-resolution']], header);
    expect([read.targets[0]?.lower?.toString(), read.targets[0]?.upper?.toString()]).toEqual(['900', '1100.5']);
    expect(caught(() => plan([['T1', 'INVESTMENT', '402', 'approximately', '', '', 'x', 'level', '2024', 'council-resolution']], header)).issues).toEqual([
      { path: [2], message: 'line 2: comparator approximately needs a value' },
      { path: [2, 35], message: `line 2, column 35 (tolerance): tolerance must be a decimal number such as '12.5' or 12.5; got the string "x"` },
    ]);
    const unitHeader = [...planHeader, 'unit'];
    expect(messages(() => plan([[...target('T1'), 'VND*10^-3']], unitHeader))).toEqual(['line 2, column 63 (unit): no scale multiplier for 10^-3; known powers: 0, 3, 6, 9, 12, 15']);
    expect(messages(() => plan([[...target('T1'), 'DONG*10^9']], unitHeader))[0]).toMatch(/^line 2, column 63 \(unit\): unknown unit code "DONG"; use a built-in code/);
  });

  it('reports the problems of the schema on the cells they come from', () => {
    const header = [...planHeader, 'base period', 'reference', 'text', 'text en'];
    const row = ['T1', 'INVESTMENT', '402', 'at-least', '5', 'growth', '2024', 'council-resolution', '2024-Q9', ' ', 'Tăng', ''];
    expect(caught(() => plan([row], header)).issues).toEqual([
      { path: [2, 61], message: 'line 2, column 61 (base period): invalid period code "2024-Q9": quarter must be an integer from 1 to 4; got 9' },
    ]);
    expect(messages(() => plan([['T 1', ...target('x').slice(1)]]))).toEqual(['line 2, column 1 (code): expected a code of letters, digits, "_", "-" or ".", such as "GO_GROWTH"']);
  });

  it('refuses a missing column with its Vietnamese name, a repeated one, and an empty text', () => {
    expect(messages(() => plan([target('T1').slice(1)], planHeader.slice(1)))).toEqual(['line 1: missing column "code" (Mã mục tiêu); add it']);
    expect(messages(() => plan([[...target('T1'), '402']], [...planHeader, 'Địa bàn']))).toEqual(['line 1, column 60 (Địa bàn): column area repeats column 3; each column may appear once']);
    expectFailure(() => planFromCsv('', context), 'invalid-input', /the text is empty; expected a header naming the columns code, indicator, area, comparator, basis, period, document/);
    expectFailure(() => planFromSheet({ name: 'KH', rows: [] }, context), 'invalid-input', /the sheet is empty; expected a header naming the columns/);
    expect(messages(() => plan([target('T1').slice(0, 7)]))).toContain('line 2: expected 8 fields as in the header, got 7; quote fields that contain commas');
  });

  it('skips rows of blank cells, in CSV and in a sheet, and reads a sheet\'s short rows', () => {
    expect(plan([target('T1'), ['', ' ', '', '', '', '', '', '']]).targets.length).toBe(1);
    const read = planFromSheet({ name: 'KH', rows: [planHeader, target('T1'), [null, '  '], target('T2').slice(0, 8)] }, context);
    expect(read.targets.map((one) => one.id)).toEqual(['T1', 'T2']);
  });

  it('lists every column of the table in the message of an unknown one', () => {
    const message = messages(() => plan([[...target('T1'), 'x']], [...planHeader, 'extra']))[0];
    expect(message).toBe(`line 1, column 60 (extra): unknown column "extra"; the columns are ${planTableColumns.map((column) => `${column.id} (${column.vi})`).join(', ')}`);
  });
});

describe('the plan table: blank headers, a table of no rows', () => {
  it('skips a header cell that is empty or only spaces, and the cells below it', () => {
    const header = ['code', '', 'indicator', '  ', ...planHeader.slice(2)];
    const read = plan([['T1', 'ghi chú', 'INVESTMENT', 'x', ...target('T1').slice(2)]], header);
    expect(read.targets.map((one) => [one.id, one.indicator, one.value?.toString()])).toEqual([['T1', 'INVESTMENT', '1000']]);
  });

  it('names an unknown header as written, without the spaces around it', () => {
    expect(messages(() => plan([[...target('T1'), 'x']], [...planHeader, '  extra  ']))[0]).toMatch(/^line 1, column 60 \(extra\): unknown column "extra"; the columns are code/);
  });

  it('reports a blank area and period on their cells only, not again as the plan\'s', () => {
    expect(caught(() => plan([['T1', 'INVESTMENT', '', 'at-least', '5', 'level', '', 'council-resolution']])).issues).toEqual([
      { path: [2, 15], message: 'line 2, column 15 (area): missing; expected text (a string)' },
      { path: [2, 33], message: 'line 2, column 33 (period): expected a period code such as "2024-Q3"' },
    ]);
  });

  it('reports an indicator code of the wrong form once, not again as unknown', () => {
    expect(messages(() => plan([['T1', 'IN VEST', ...target('T1').slice(2)]]))).toEqual([
      'line 2, column 4 (indicator): expected a code of letters, digits, "_", "-" or ".", such as "GO_GROWTH"',
    ]);
  });

  it('takes the plan\'s id and period from the rows that fill them, blank cells of the other rows aside', () => {
    const read = plan([[...target('T1', '2024-Q1'), 'KH1', '2024'], [...target('T2', '2024-Q2'), '', '']], [...planHeader, 'plan', 'plan period']);
    expect([read.id, read.period]).toEqual(['KH1', '2024']);
  });

  it('reads a unit code with spaces around its power of ten, and refuses a power of three digits', () => {
    const unitHeader = [...planHeader, 'unit'];
    expect(plan([[...target('T1'), 'VND * 10^9']], unitHeader).targets[0]?.unit).toMatchObject({ power: 9 });
    expect(messages(() => plan([[...target('T1'), 'VND*10^123']], unitHeader))).toEqual([
      'line 2, column 63 (unit): invalid unit "VND*10^123": expected a unit\'s name such as "tỷ đồng" or "người", or a unit code and, unless it is 0, its power of ten, such as "VND*10^9" or "persons"',
    ]);
  });

  it('says a header without rows has no targets, and does not blame the plan\'s document', () => {
    expect(caught(() => plan([])).issues).toEqual([
      { path: [], message: 'the table has a header but no target rows; add one row per target' },
      { path: ['area'], message: 'the plan\'s area (from the rows): expected text of a length of at least 1; got ""' },
      {
        path: ['period'],
        message:
          'the plan\'s period (from the rows): invalid period code "": expected a code such as 2024, 2024-FY04, 2024-S1, 2024-FY04-S1, 2024-Q3, 2024-B2, 2024-M09, 2024-BiW03, 2024-W05, 2024-WedW05, 2024-01-15, or a range start/end such as 2021/2025',
      },
    ]);
  });
});

describe('the plan and catalog tables: what the error names, unknown indicators of refused rows', () => {
  it('names the table or sheet read in the error\'s first line', () => {
    expect(caught(() => plan([['T1', 'INVESTMENT', '402', 'at-least', 'x', 'level', '2024', 'council-resolution']])).message).toMatch(/^invalid plan table: 1 problem\n/);
    expect(caught(() => planFromSheet({ name: 'KH', rows: [planHeader, ['T1', 'INVESTMENT', '402', 'at-least', 'x', 'level', '2024', 'council-resolution']] }, context)).message).toMatch(/^invalid plan in sheet "KH": 1 problem\n/);
    expect(caught(() => catalogFromCsv('code,label,unit,measure,polarity,precision,over units,over time\n')).message).toMatch(/^invalid catalog table: 1 problem\n/);
    expect(caught(() => catalogFromSheet({ name: 'DM', rows: [['code', 'label', 'unit', 'measure', 'polarity', 'precision', 'over units', 'over time']] })).message).toMatch(/^invalid catalog in sheet "DM": 1 problem\n/);
  });

  it('reports an unknown indicator on a row the schema refused, with the row\'s other problems', () => {
    expect(messages(() => plan([['T1', 'INVESTMNT', '402', 'at-least', 'x', 'level', '2024', 'council-resolution']]))).toEqual([
      'line 2, column 4 (indicator): unknown indicator "INVESTMNT"; it is not in the catalog',
      'line 2, column 27 (value): value must be a decimal number such as \'12.5\' or 12.5; got the string "x"',
    ]);
  });
});

describe('the catalog read from a table', () => {
  const header = ['code', 'label', 'label en', 'unit', 'measure', 'polarity', 'precision', 'over units', 'over time'];
  const row = ['INVESTMENT', 'Vốn đầu tư', 'Investment', 'VND*10^9', 'flow', 'higher-is-better', '1', 'sum', 'sum'];
  const catalog = (extraHeader: readonly string[], extra: readonly string[], base: readonly string[] = row) => catalogFromCsv(writeCsv([[...header, ...extraHeader], [...base, ...extra]]));

  it('reads the range of values and whether they are whole, in English or Vietnamese', () => {
    const range = ['min', 'max', 'integer'];
    expect(catalog(range, ['0', '100.5', 'TRUE']).list[0]?.range).toEqual({ min: 0, max: 100.5, integer: true });
    expect(catalog(range, ['', '', 'Có']).list[0]?.range).toEqual({ integer: true });
    expect(catalog(range, ['1', '', 'false']).list[0]?.range).toEqual({ min: 1, integer: false });
    expect(catalog(range, ['', '', 'không']).list[0]?.range).toEqual({ integer: false });
    expect(catalog(range, ['', '', '']).list[0]?.range).toBeUndefined();
    expect(messages(() => catalog(range, ['a', '', 'yes']))).toEqual([
      `line 2, column 75 (min): min must be a decimal number such as '12.5' or 12.5; got the string "a"`,
      'line 2, column 78 (integer): integer must be true or false (có or không); got "yes"',
    ]);
  });

  it('reads the English label, a group and a definition', () => {
    const read = catalog(['group', 'definition'], ['economy', 'Tổng vốn']).list[0];
    expect([read?.labels, read?.group, read?.definition]).toEqual([{ vi: 'Vốn đầu tư', en: 'Investment' }, 'economy', 'Tổng vốn']);
  });

  it('reports the problems of the schema on the cells they come from', () => {
    const bad = ['INVESTMENT', 'Vốn đầu tư', '', 'VND*10^9', 'flow', 'higher-is-better', '16', 'total', 'sum'];
    expect(messages(() => catalog(['max', 'min'], ['1', '5'], bad))).toEqual([
      'line 2, column 55 (precision): expected a value of at most 15; got the number 16',
      'line 2, column 58 (over units): expected one of "sum", "average", "last", "min", "max", "count", "ratio-of-sums", "none"; got "total"',
      'line 2, column 68 (max): expected min to be at most max',
    ]);
    expect(messages(() => catalogFromCsv(writeCsv([header]))).at(-1)).toBe('the table has a header but no indicator rows; add one row per indicator');
    expect(messages(() => catalogFromSheet({ name: 'DM', rows: [header.slice(1), row.slice(1)] }))).toEqual([`row 1: missing column "code" (${catalogTableColumns[0]?.vi ?? ''}); add it`]);
  });

  it('refuses a precision that is not a whole number of one or two digits', () => {
    const rows = ['1.5', '2a', '123'].map((precision, index) => [`X${String(index)}`, 'Vốn', '', 'VND*10^9', 'flow', 'higher-is-better', precision, 'sum', 'sum']);
    expect(caught(() => catalogFromCsv(writeCsv([header, ...rows]))).issues).toEqual(
      ['1.5', '2a', '123'].map((precision, index) => ({ path: [index + 2, 40], message: `line ${String(index + 2)}, column 40 (precision): precision must be a whole number of decimals from 0 to 15; got "${precision}"` })),
    );
  });

  it('refuses two indicators with one code, on the row of the second', () => {
    expect(caught(() => catalogFromCsv(writeCsv([header, row, row]))).issues).toEqual([{ path: [3, 1], message: 'line 3, column 1 (code): duplicate indicator code "INVESTMENT"' }]);
  });
});
