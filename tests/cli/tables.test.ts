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
