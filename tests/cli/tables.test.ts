import { describe, expect, it } from 'vitest';
import { encodeUtf16le, encodeUtf8, encodeWindows1258 } from '../exchange/files.js';
import { cli, lines } from './helpers.js';

// One row per commune-level value, with the commune's name in a disaggregation column.
const rows = [
  ['INVESTMENT', '402', '2024', '1085,5', 'estimate', 'Xã Thượng Ninh, Hoá Quỳ, Bãi Trành'],
  ['POPULATION', '402', '2024', '78.500', 'official', 'Thị trấn Yên Cát'],
];
const header = ['indicator', 'area', 'period', 'value', 'status', 'Ghi chú địa bàn'];
const semicolonCsv = [header, ...rows].map((row) => row.join(';')).join('\r\n') + '\r\n';

describe('reading text tables on the command line', () => {
  it('reads a semicolon file with decimal commas (Excel, Vietnamese settings) without options', () => {
    expect(cli(['validate', 'data.csv'], { 'data.csv': encodeUtf8(semicolonCsv, true) })).toEqual({
      code: 0,
      stdout: 'data.csv: valid dataset: 2 observations of 2 indicators in 1 area\n',
      stderr: '',
    });
  });

  it('reads the decimal point when told, refusing the decimal comma with what to give instead', () => {
    const { code, stderr } = cli(['validate', 'data.csv', '--decimal', 'point'], { 'data.csv': semicolonCsv });
    expect(code).toBe(1);
    expect(stderr).toMatch(/data\.csv: line 2, column 21 \(value\): value must be a decimal number .*--decimal comma on the command line/);
  });

  it('refuses Windows-1258 bytes read as UTF-8 with their line (exit 1), and reads them with --encoding', () => {
    const files = { 'data.csv': encodeWindows1258(semicolonCsv) };
    const refused = cli(['validate', 'data.csv'], files);
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)[0]).toBe(
      'planning-indicators: data.csv: line 1, column 42: the bytes are not valid utf-8; the file was probably saved in a legacy code page: name its encoding, such as windows-1258 for a CSV file saved by Excel on Vietnamese Windows ("CSV (Comma delimited)"), or save it again as "CSV UTF-8"',
    );
    expect(cli(['validate', 'data.csv', '--encoding', 'windows-1258'], files)).toEqual({
      code: 0,
      stdout: 'data.csv: valid dataset: 2 observations of 2 indicators in 1 area\n',
      stderr: '',
    });
  });

  it('reads a UTF-16 "Unicode Text" file, tab-separated, by its byte order mark', () => {
    const text = [header, ...rows].map((row) => row.join('\t')).join('\r\n');
    expect(cli(['validate', 'data.txt', '--decimal', 'comma'], { 'data.txt': encodeUtf16le(text) }).stdout).toBe(
      'data.txt: valid dataset: 2 observations of 2 indicators in 1 area\n',
    );
  });

  it('reads a .tsv file by its tab delimiter, and a delimiter given on the command line', () => {
    const tab = 'indicator\tarea\tperiod\tvalue\tstatus\nINVESTMENT\t402\t2024\t1085.5\testimate\n';
    expect(cli(['validate', 'data.tsv'], { 'data.tsv': tab }).code).toBe(0);
    expect(cli(['validate', 'data.csv', '--delimiter', 'tab'], { 'data.csv': tab }).code).toBe(0);
  });

  it('refuses a bad --encoding, --delimiter or --decimal as a usage error (exit 2)', () => {
    const files = { 'data.csv': semicolonCsv };
    const encoding = cli(['validate', 'data.csv', '--encoding', 'latin-9x'], files);
    expect(encoding.code).toBe(2);
    expect(encoding.stderr).toMatch(/--encoding: unknown or unsupported encoding "latin-9x"/);
    const delimiter = cli(['validate', 'data.csv', '--delimiter', '|'], files);
    expect([delimiter.code, delimiter.stderr]).toEqual([2, 'planning-indicators: --delimiter must be comma, semicolon or tab; got "|" (see planning-indicators validate --help)\n']);
    const decimal = cli(['validate', 'data.csv', '--decimal', 'x'], files);
    expect([decimal.code, decimal.stderr]).toEqual([2, 'planning-indicators: --decimal must be point or comma; got "x" (see planning-indicators validate --help)\n']);
  });

  it('assesses the bundled plan on a semicolon file from the scorecard command', () => {
    // Totals only: the scorecard reads observations without disaggregations.
    const csv = 'indicator;area;period;value;status\r\nINVESTMENT;402;2024;1085,5;estimate\r\n';
    const { code, stdout } = cli(['scorecard', '--data', 'data.csv', '--format', 'csv'], { 'data.csv': csv });
    expect(code).toBe(0);
    expect(lines(stdout)[8]).toBe('T8,Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng,1000,1085.5,108.55,85.5,exceeded,estimate');
  });

  it('reports the unknown indicators of a JSON file that has schema problems in the same run', () => {
    const observations = [
      { indicator: 'INVESTMNT', area: '402', period: '2024', value: '1', status: 'official' },
      { indicator: 'INVESTMENT', area: '402', period: '2024', value: 'x', status: 'official' },
    ];
    const { code, stderr } = cli(['validate', 'obs.json', '--as', 'dataset'], { 'obs.json': JSON.stringify(observations) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/obs\.json: \(root\)\[1\]\.value: expected a finite decimal number/);
    expect(stderr).toMatch(/obs\.json: \(root\)\[0\]\.indicator: unknown indicator "INVESTMNT"/);
  });
});

describe('plans and catalogs from tables on the command line', () => {
  const planCsv = [
    'Mã mục tiêu;Mã chỉ tiêu;Địa bàn;Đơn vị tính;So sánh;Giá trị;Cơ sở;Kỳ;Loại văn bản',
    'T8;INVESTMENT;402;VND*10^9;at-least;1.000;level;2024;council-resolution',
  ].join('\r\n');
  const dataCsv = 'indicator;area;period;value;status\r\nINVESTMENT;402;2024;1085,5;estimate\r\n';

  it('assesses a plan read from CSV (once refused as malformed JSON)', () => {
    const { code, stdout, stderr } = cli(['scorecard', '--plan', 'plan.csv', '--data', 'data.csv', '--format', 'csv'], { 'plan.csv': planCsv, 'data.csv': dataCsv });
    expect([code, stderr]).toEqual([0, '']);
    expect(lines(stdout)).toEqual(['id,target,planned,actual,attainment,gap,status,data', 'T8,Vốn đầu tư phát triển toàn xã hội,1000,1085.5,108.55,85.5,exceeded,estimate']);
  });

  it('validates a plan table and a catalog table, and lists every problem with its line and column', () => {
    expect(cli(['validate', 'plan.csv', '--as', 'plan'], { 'plan.csv': planCsv }).stdout).toBe('plan.csv: valid plan PLAN-402-2024: 1 target for area 402, period 2024\n');
    const bad = planCsv.replace('INVESTMENT', 'INVESTMNT').replace('at-least', 'ít nhất');
    const { code, stderr } = cli(['validate', 'plan.csv', '--as', 'plan'], { 'plan.csv': bad });
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      'planning-indicators: plan.csv: invalid plan table: 2 problems',
      '  plan.csv: line 2, column 4 (Mã chỉ tiêu): unknown indicator "INVESTMNT"; it is not in the catalog',
      '  plan.csv: line 2, column 27 (So sánh): expected one of "at-least", "more-than", "at-most", "less-than", "equal", "between", "approximately", "maintain"; got "ít nhất"',
    ]);
    const catalog = 'code,label,unit,measure,polarity,precision,over units,over time\nINVESTMENT,Vốn đầu tư,VND*10^9,flow,higher-is-better,1,sum,sum\n';
    expect(cli(['validate', 'catalog.csv', '--as', 'catalog'], { 'catalog.csv': catalog }).stdout).toBe('catalog.csv: valid catalog: 1 indicator\n');
    expect(cli(['validate', 'table.csv', '--as', 'emulation-table'], { 'table.csv': catalog }).code).toBe(2);
  });

  it('writes templates with Vietnamese headers and an example row, as CSV for Excel', () => {
    const { code, stdout } = cli(['template', 'plan', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout.charCodeAt(0)).toBe(0xfeff);
    const [header, example] = lines(stdout.slice(1));
    expect(header?.startsWith('Mã mục tiêu,Nội dung chỉ tiêu,Mã chỉ tiêu,Địa bàn,Đơn vị tính,So sánh,Giá trị,')).toBe(true);
    expect(example?.startsWith('T8,Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng,INVESTMENT,402,VND*10^9,at-least,1000,')).toBe(true);
    // The three templates, filled in as they come, make a scorecard.
    const files = { 'plan.csv': stdout, 'catalog.csv': cli(['template', 'catalog']).stdout, 'data.csv': cli(['template', 'data']).stdout };
    const run = cli(['scorecard', '--plan', 'plan.csv', '--catalog', 'catalog.csv', '--data', 'data.csv', '--format', 'csv'], files);
    expect(lines(run.stdout)[1]).toBe('T8,Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng,1000,1085,108.5,85,exceeded,estimate');
    expect(cli(['template', 'budget']).stderr).toBe('planning-indicators: template makes one of plan, catalog, data; got "budget" (see planning-indicators template --help)\n');
  });
});
