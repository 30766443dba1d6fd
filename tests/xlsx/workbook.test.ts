import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { type Sheet, isDecimal, observationsFromSheet, parseObservations, toDecimal } from '../../src/index.js';
import { nhuXuanObservations2024 } from '../../src/datasets/nhu-xuan/observations-2024.js';
import { type CliIo, type ExitCode, runCliAsync } from '../../src/cli/index.js';
import { observationsToSheet, readWorkbook, reportToSheets, writeWorkbook } from '../../src/xlsx/index.js';
import { importPeer } from '../../src/xlsx/workbook.js';
import { buildPlanReport } from '../../src/report/index.js';
import { nhuXuanDataset2024, nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';
import { expectFailure } from '../helpers.js';

/** The cells of a workbook as read-excel-file sees them, numbers as their stored digits. */
async function rawCells(bytes: Uint8Array): Promise<unknown[][][]> {
  const sheets = await readXlsxFile<string>(bytes.slice().buffer, { parseNumber: (text: string) => `number:${text}` });
  return sheets.map((sheet) => sheet.data);
}

async function caughtAsync(action: () => Promise<unknown>): Promise<Error> {
  try {
    await action();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected an error');
}

describe('observations through a workbook', () => {
  it('read back exactly what they were written as, values of every precision included', async () => {
    const observations = parseObservations([
      ...nhuXuanObservations2024,
      { indicator: 'INVESTMENT', area: '402', period: '2024-Q3', value: '1085.123456789012345678901', status: 'estimate', unit: { unit: 'VND', power: 9 }, note: '=HYPERLINK("x")' },
      { indicator: 'POVERTY_RATE', area: '16177', period: '2024', value: '-0.000001', status: 'preliminary', dimensions: { 'Giới tính': 'Nữ' }, numerator: '12', denominator: '1200000' },
    ]);
    const { sheet, losses } = observationsToSheet(observations);
    expect(losses).toEqual([]);
    const bytes = await writeWorkbook([sheet]);
    const [read] = await readWorkbook(bytes);
    if (read === undefined) throw new Error('no sheet');
    const back = observationsFromSheet(read);
    expect(back.observations).toEqual(observations);
    expect(back.notes).toEqual([]);
  });

  it('store values as number cells where a double holds them, and as their digits otherwise', async () => {
    const observations = parseObservations([
      { indicator: 'X', area: '402', period: '2024', value: '612.5', status: 'official' },
      { indicator: 'X', area: '402', period: '2025', value: '0.1000000000000000000001', status: 'official' },
    ]);
    const cells = await rawCells(await writeWorkbook([observationsToSheet(observations).sheet]));
    expect(cells[0]?.[1]?.[3]).toBe('number:612.5');
    expect(cells[0]?.[2]?.[3]).toBe('0.1000000000000000000001');
  });

  it('guard a formula-like text in the file, and give it back unguarded', async () => {
    const bytes = await writeWorkbook([{ name: 'A', rows: [['=1+2', '-5 người', '@SUM(A1)', 'bình thường']] }]);
    expect((await rawCells(bytes))[0]?.[0]).toEqual(["'=1+2", "'-5 người", "'@SUM(A1)", 'bình thường']);
    expect((await readWorkbook(bytes))[0]?.rows[0]).toEqual(['=1+2', '-5 người', '@SUM(A1)', 'bình thường']);
  });
});

describe('a sheet as offices make it', () => {
  it('with merged title rows above the header, read by the header it has', async () => {
    const bytes = await writeWorkbook([
      {
        name: 'Báo cáo',
        titleRows: [0, 1],
        rows: [
          ['UỶ BAN NHÂN DÂN HUYỆN NHƯ XUÂN', null, null, null, null],
          ['SỐ LIỆU THỰC HIỆN NĂM 2024 (ước tính)'],
          [],
          ['Mã chỉ tiêu', 'Địa bàn', 'Kỳ', 'Giá trị', 'Tình trạng'],
          ['INVESTMENT', '402', toDecimal(2024), toDecimal('1085.5'), 'estimate'],
          ['POPULATION', '402', '2024', toDecimal(78500), 'official'],
        ],
      },
    ]);
    const [sheet] = await readWorkbook(bytes);
    if (sheet === undefined) throw new Error('no sheet');
    // The merged title spans the columns: the cells under it are empty.
    expect(sheet.rows[0]).toEqual(['UỶ BAN NHÂN DÂN HUYỆN NHƯ XUÂN', null, null, null, null]);
    const { observations, notes } = observationsFromSheet(sheet);
    expect(observations.map((observation) => [observation.indicator, observation.period, observation.value.toString()])).toEqual([
      ['INVESTMENT', '2024', '1085.5'],
      ['POPULATION', '2024', '78500'],
    ]);
    expect(notes.map((note) => note.message)).toEqual(['title rows: a row above the header (a title) is not data (2 records: row 1, row 2)']);
  });

  it('locates a bad cell by its row and column letter', () => {
    const sheet: Sheet = { name: 'Số liệu', rows: [['Tiêu đề'], ['indicator', 'area', 'period', 'value', 'status'], ['INVESTMENT', '402', '2024', 'nhiều', 'estimate']] };
    expectFailure(() => observationsFromSheet(sheet), 'invalid-input', /row 3, column D \(value\): value must be a decimal number/);
  });
});

describe('report tables as sheets', () => {
  it('keep numbers as numbers and Vietnamese labels intact', async () => {
    const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, vnDistrictIndicatorCatalog, { lang: 'vi' });
    const sheets = reportToSheets(report);
    const read = await readWorkbook(await writeWorkbook(sheets));
    const scorecard = read[0];
    expect(scorecard?.name).toBe('Kết quả thực hiện các chỉ tiêu');
    expect(scorecard?.rows[1]?.slice(0, 5)).toEqual(['Mã', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ đạt']);
    const planned = scorecard?.rows[2]?.[2];
    expect(isDecimal(planned) && planned.toString()).toBe('5.6');
    // The exact ratio is stored as the nearest double: a workbook's numbers are doubles.
    const ratio = scorecard?.rows[2]?.[4];
    expect(isDecimal(ratio) && ratio.toDecimalPlaces(10).toString()).toBe('100.5415482955');
  });
});

describe('readWorkbook and writeWorkbook refuse what they cannot use', () => {
  it('refuse bytes that are not a workbook, and bad sheet names', async () => {
    await expect(readWorkbook(new TextEncoder().encode('indicator,area\n'))).rejects.toThrow(/the file is not an \.xlsx workbook .* an old \.xls workbook must be saved again as \.xlsx/);
    await expect(readWorkbook(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(/the workbook cannot be read/);
    await expect(writeWorkbook([])).rejects.toThrow(/needs at least one sheet/);
    await expect(writeWorkbook([{ name: 'a/b', rows: [] }])).rejects.toThrow(/sheet name "a\/b" cannot be used/);
    await expect(writeWorkbook([{ name: 'A', rows: [] }, { name: 'a', rows: [] }])).rejects.toThrow(/differs from the other sheets' names/);
  });

  it('name the package to install when an optional one is missing', async () => {
    const missing = Object.assign(new Error("Cannot find package 'write-excel-file'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const error = await caughtAsync(() => importPeer('write-excel-file', 'writing .xlsx workbooks', () => Promise.reject(missing)));
    expect(error.message).toBe(
      'writing .xlsx workbooks needs the optional package write-excel-file, which is not installed: run npm install write-excel-file@^4.1.1 (planning-indicators keeps spreadsheet support out of its core dependencies)',
    );
  });
});

/** Runs the command line with workbooks, in memory. */
async function run(argv: readonly string[], files: Readonly<Record<string, Uint8Array | string>>): Promise<{ code: ExitCode; stdout: string; bytes: Uint8Array | undefined; stderr: string }> {
  let stdout = '';
  let stderr = '';
  let bytes: Uint8Array | undefined;
  const content = (path: string): Uint8Array | string => {
    const found = files[path];
    if (found === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return found;
  };
  const io: CliIo = {
    readFile: (path) => {
      const found = content(path);
      return typeof found === 'string' ? found : new TextDecoder().decode(found);
    },
    readBytes: (path) => {
      const found = content(path);
      return typeof found === 'string' ? new TextEncoder().encode(found) : found;
    },
    stdout: (text) => {
      stdout += text;
    },
    stdoutBytes: (written) => {
      bytes = written;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await runCliAsync(argv, io);
  return { code, stdout, bytes, stderr };
}

describe('planning-indicators scorecard --plan plan.xlsx --data data.xlsx --format xlsx', () => {
  it('works on the bundled templates filled in, and the result opens with the right numbers', async () => {
    const planTemplate = (await run(['template', 'plan', '--format', 'xlsx'], {})).bytes;
    const dataTemplate = (await run(['template', 'data', '--format', 'xlsx'], {})).bytes;
    if (planTemplate === undefined || dataTemplate === undefined) throw new Error('no template written');
    // An office fills them in: a second target, and the year's figures.
    const [planSheet] = await readWorkbook(planTemplate);
    const [dataSheet] = await readWorkbook(dataTemplate);
    if (planSheet === undefined || dataSheet === undefined) throw new Error('no sheet');
    const [planHeader = [], planExample = []] = planSheet.rows;
    const column = (name: string): number => planHeader.indexOf(name);
    const second = planExample.map((cell, index) =>
      index === column('Mã mục tiêu') ? 'T2' : index === column('Mã chỉ tiêu') ? 'INCOME_PER_CAPITA' : index === column('Đơn vị tính') ? 'VNDPerPersonPerYear*10^6' : index === column('Giá trị') ? toDecimal(45) : index === column('Nội dung chỉ tiêu') ? 'Thu nhập bình quân đầu người đạt 45 triệu đồng/năm' : index === column('Nội dung (tiếng Anh)') ? null : cell,
    );
    const [dataHeader = [], dataExample = []] = dataSheet.rows;
    const income = dataExample.map((cell, index) => (index === dataHeader.indexOf('Mã chỉ tiêu') ? 'INCOME_PER_CAPITA' : index === dataHeader.indexOf('Giá trị') ? toDecimal('47.2') : index === dataHeader.indexOf('Đơn vị tính') ? 'VNDPerPersonPerYear*10^6' : cell));
    const files = {
      'plan.xlsx': await writeWorkbook([{ name: planSheet.name, rows: [['KẾ HOẠCH NĂM 2024'], planHeader, planExample, second], titleRows: [0] }]),
      'data.xlsx': await writeWorkbook([{ name: dataSheet.name, rows: [dataHeader, dataExample, income] }]),
    };
    const { code, bytes, stderr } = await run(['scorecard', '--plan', 'plan.xlsx', '--data', 'data.xlsx', '--format', 'xlsx'], files);
    expect([code, stderr]).toEqual([0, '']);
    if (bytes === undefined) throw new Error('no workbook written');
    const sheets = await readWorkbook(bytes);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Kết quả thực hiện các chỉ tiêu', 'Số liệu']);
    const rows = sheets[0]?.rows ?? [];
    const number = (cell: unknown): string => (isDecimal(cell) ? cell.toString() : `not a number: ${String(cell)}`);
    expect(rows.slice(2, 4).map((row) => [row[0], number(row[2]), number(row[3]), number(row[4]), row[6]])).toEqual([
      ['T8', '1000', '1085', '108.5', 'Vượt kế hoạch'],
      ['T2', '45', '47.2', '104.88888888888889', 'Vượt kế hoạch'],
    ]);
    // The tidy observations read back as they were given.
    const data = sheets[1];
    if (data === undefined) throw new Error('no data sheet');
    expect(observationsFromSheet(data).observations.map((observation) => observation.value.toString())).toEqual(['1085', '47.2']);
  });

  it('reports each bad-input class with its message and exit code', async () => {
    const notAWorkbook = await run(['scorecard', '--data', 'data.xlsx'], { 'data.xlsx': 'indicator,area\n' });
    expect([notAWorkbook.code, notAWorkbook.stderr.split('\n')[0]]).toEqual([1, 'planning-indicators: data.xlsx: the file is not an .xlsx workbook (an .xlsx file is a zip archive, which starts with "PK"); an old .xls workbook must be saved again as .xlsx, and a CSV file must be named .csv']);
    const missing = await run(['scorecard', '--plan', 'plan.xlsx'], {});
    expect([missing.code, missing.stderr]).toEqual([3, 'planning-indicators: cannot read plan.xlsx: no such file; check the path (it is read relative to the current folder)\n']);
    const badPlan = await writeWorkbook([{ name: 'Kế hoạch', rows: [['Mã mục tiêu', 'Mã chỉ tiêu', 'Địa bàn', 'So sánh', 'Giá trị', 'Cơ sở', 'Kỳ', 'Loại văn bản'], ['T1', 'INVESTMNT', '402', 'at-least', 'nhiều', 'level', toDecimal(2024), 'council-resolution']] }]);
    const invalid = await run(['scorecard', '--plan', 'plan.xlsx'], { 'plan.xlsx': badPlan });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr.split('\n')).toEqual([
      'planning-indicators: plan.xlsx: invalid plan in sheet "Kế hoạch": 2 problems',
      '  plan.xlsx: row 2, column B (Mã chỉ tiêu): unknown indicator "INVESTMNT"; it is not in the catalog',
      '  plan.xlsx: row 2, column E (Giá trị): value must be a decimal number such as \'12.5\' or 12.5; got the string "nhiều"',
      '',
    ]);
  });
});

describe('planning-indicators rank --csv scores.xlsx', () => {
  it('ranks a column of a workbook\'s first sheet, under a merged title row, numbers read exactly', async () => {
    const scores = await writeWorkbook([
      {
        name: 'Điểm thi đua',
        rows: [['BẢNG ĐIỂM THI ĐUA NĂM 2024'], ['Xã', 'Cụm', 'Điểm'], ['16174', 'A', toDecimal('91.5')], ['16177', 'A', toDecimal('91.500000000000000000001')], ['16180', 'B', null]],
        titleRows: [0],
      },
    ]);
    const { code, stdout, stderr } = await run(['rank', '--csv', 'scores.xlsx', '--by', 'Điểm', '--key', 'Xã', '--group', 'Cụm', '--format', 'csv'], { 'scores.xlsx': scores });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\r\n')).toEqual(['group,rank,unit,score', 'A,1,16177,91.500000000000000000001', 'A,2,16174,91.5', 'B,1,16180,']);
  });
});

