import { describe, expect, it } from 'vitest';
import { exitCodes, runCli } from '../../src/cli/index.js';
import { cli, lines } from './helpers.js';

describe('exit codes', () => {
  it('are 0 success, 1 invalid input, 2 usage error, 3 file error, 4 internal failure', () => {
    expect(exitCodes).toEqual({ success: 0, invalidInput: 1, usage: 2, fileError: 3, internalError: 4 });
  });
});

describe('files that cannot be read (exit 3)', () => {
  it('names a missing file and says what to check', () => {
    expect(cli(['scorecard', '--plan', 'plans/2024.json'])).toEqual({
      code: 3,
      stdout: '',
      stderr: 'planning-indicators: cannot read plans/2024.json: no such file; check the path (it is read relative to the current folder)\n',
    });
  });

  it('says when the path is a folder', () => {
    expect(cli(['validate', 'plans', '--as', 'plan'], { plans: null }).stderr).toBe('planning-indicators: cannot read plans: it is a folder, not a file; give the path of a file in it\n');
  });

  it('reports a file error of another kind with its code', () => {
    let errors = '';
    const code = runCli(['growth', '--data', 'data.json'], {
      readFile: () => {
        throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      },
      stdout: () => undefined,
      stderr: (text) => {
        errors += text;
      },
    });
    expect([code, errors]).toEqual([3, 'planning-indicators: cannot read data.json: EIO: EIO: i/o error\n']);
  });
});

describe('malformed JSON is located by line and column (exit 1)', () => {
  it.each([
    ['a trailing comma', '{\n  "id": "P",\n  "targets": [1, 2,]\n}', 'line 3, column 20: a comma before "]"; JSON does not allow a trailing comma, remove it'],
    ['single quotes', "{\n  'id': 'P'\n}", 'line 2, column 3: unexpected "\'"; expected a property name in double quotes (JSON strings take double quotes)'],
    ['a missing comma', '{"id": "P"\n "title": {}}', 'line 2, column 2: unexpected "\\"" after a property value; expected "," or "}"'],
    ['an unclosed object', '{\r\n  "id": "P",\r\n  "targets": [\r\n', 'line 4, column 1: the text ends inside the array opened at line 3, column 14; close it with "]"'],
    ['an empty file', '', 'line 1, column 1: the file is empty; expected a JSON value'],
    ['a comment', '{ // the plan\n}', 'line 1, column 3: unexpected "/"; expected a property name in double quotes'],
    ['a bare word', '{"value": n/a}', 'line 1, column 11: unexpected "n" after ":"; expected a value (an object, array, string in double quotes, number, true, false or null)'],
    ['two values', '{}\n{}', 'line 2, column 1: unexpected "{" after the end of the JSON value; a file holds one value (wrap several in an array)'],
    ['a decimal comma', '{"value": 12,5}', 'line 1, column 14: unexpected "5"; expected a property name in double quotes'],
  ])('%s', (_what, text, message) => {
    expect(cli(['validate', 'plan.json', '--as', 'plan'], { 'plan.json': text })).toEqual({
      code: 1,
      stdout: '',
      stderr: `planning-indicators: plan.json: malformed JSON: ${message}\n`,
    });
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(cli(['validate', 'catalog.json', '--as', 'catalog'], { 'catalog.json': '\uFEFF[]' }).stdout).toBe('catalog.json: valid catalog: 0 indicators\n');
  });
});

describe('malformed CSV is located by line and column (exit 1)', () => {
  it('reports an unterminated quote where it opens', () => {
    expect(cli(['scorecard', '--data', 'data.csv'], { 'data.csv': 'indicator,area,period,value,status\nINVESTMENT,402,2024,"1085,estimate\n' })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'planning-indicators: data.csv: invalid CSV: line 2, column 21: unterminated quoted field; close it with a double quote (write a quote inside the field twice: "")\n',
    });
  });

  it('reports a stray quote and a short row with their lines', () => {
    expect(cli(['growth', '--data', 'data.csv'], { 'data.csv': 'indicator,area,period,value,status\nINVESTMENT,402,2024,10"85,estimate\n' }).stderr).toBe(
      'planning-indicators: data.csv: invalid CSV: line 2, column 23: a double quote inside an unquoted field; quote the whole field and write the quote twice, as in "say ""hi"""\n',
    );
    const short = cli(['growth', '--data', 'data.csv'], { 'data.csv': 'indicator,area,period,value,status\nINVESTMENT,402,2024\n' });
    expect([short.code, lines(short.stderr)[1]]).toEqual([1, '  data.csv: line 2: expected 5 fields as in the header, got 3; quote fields that contain commas']);
  });
});

describe('unknown codes (exit 1)', () => {
  it('reports an unknown indicator of a CSV file by line and column', () => {
    const { code, stderr } = cli(['scorecard', '--data', 'data.csv'], { 'data.csv': 'indicator,area,period,value,status\nINVESTMNT,402,2024,1085,estimate\n' });
    expect(code).toBe(1);
    expect(lines(stderr).slice(0, 2)).toEqual(['planning-indicators: data.csv: invalid CSV observations: 1 problem', '  data.csv: line 2, column 1 (indicator): unknown indicator code "INVESTMNT": it is not in knownIndicators']);
  });

  it('reports an unknown indicator of a plan by path', () => {
    const plan = { id: 'P', title: { vi: 'Kế hoạch' }, area: '402', period: '2024', document: { kind: 'other' }, targets: [{ id: 'T1', indicator: 'GDP', area: '402', period: '2024', basis: 'level', comparator: 'at-least', value: 1, document: { kind: 'other' } }] };
    const { code, stderr } = cli(['scorecard', '--plan', 'plan.json'], { 'plan.json': JSON.stringify(plan) });
    expect(code).toBe(1);
    expect(lines(stderr)[1]).toMatch(/^ {2}plan\.json: targets\[0\]\.indicator: .*"GDP"/);
  });
});

describe('usage errors (exit 2)', () => {
  it('names an unknown command and the commands there are', () => {
    expect(cli(['scorcard'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'planning-indicators: unknown command "scorcard" (did you mean scorecard?); the commands are scorecard, review, growth, rank, validate, schema, template (see planning-indicators --help)\n',
    });
  });

  it('names an unknown option and the options of the command', () => {
    expect(cli(['growth', '--indicators', 'X']).stderr).toBe(
      'planning-indicators: unknown option --indicators for growth; its options are --data, --catalog, --indicator, --area, --from, --to, --target-rate, --target, --by, --as-of, --encoding, --delimiter, --decimal, --format, --for, --lang, --help (see planning-indicators growth --help)\n',
    );
    expect(cli(['--lang', 'en']).stderr).toBe('planning-indicators: unknown option --lang; give a command first, such as planning-indicators scorecard --lang (see planning-indicators --help)\n');
  });

  it('says which option lacks its value, and which takes none', () => {
    expect(cli(['scorecard', '--format']).stderr).toBe('planning-indicators: option --format needs a value: --format FORMAT (see planning-indicators scorecard --help)\n');
    expect(cli(['scorecard', '--help=yes']).stderr).toBe('planning-indicators: option --help takes no value; write --help alone (see planning-indicators scorecard --help)\n');
  });

  it('refuses an unknown format or language', () => {
    expect(cli(['scorecard', '--lang', 'fr']).stderr).toBe('planning-indicators: --lang must be one of vi, en; got "fr" (see planning-indicators scorecard --help)\n');
    expect(cli(['rank', '-f', 'pdf']).code).toBe(2);
  });

  it('shows the overview on the error stream when no command is given', () => {
    const { code, stdout, stderr } = cli([]);
    expect([code, stdout]).toEqual([2, '']);
    expect(lines(stderr)[0]).toBe('Usage: planning-indicators <command> [options]');
  });
});

describe('help and version (exit 0)', () => {
  it('prints the overview with the commands and the exit codes', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('  scorecard   Assess a plan on observations');
    expect(stdout).toContain('  3  file error: a file is missing or cannot be read');
    expect(cli(['help']).stdout).toBe(stdout);
  });

  it('prints a command\'s options with --help, -h or help <command>', () => {
    const { code, stdout } = cli(['growth', '--help']);
    expect(code).toBe(0);
    expect(lines(stdout)[0]).toBe('Usage: planning-indicators growth [options]');
    expect(stdout).toContain('      --indicator CODE       the indicator to show; default: every indicator with two or more yearly values (may be repeated)');
    expect(stdout).toContain('  -f, --format FORMAT        text (default), markdown, csv, json, html or xlsx (an Excel workbook, one sheet per table; needs the package write-excel-file)');
    expect(cli(['growth', '-h']).stdout).toBe(stdout);
    expect(cli(['help', 'growth']).stdout).toBe(stdout);
  });

  it('prints the version', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: 'planning-indicators 0.1.0\n', stderr: '' });
  });
});

describe('internal failures (exit 4)', () => {
  it('are reported, not thrown, when something unexpected breaks', () => {
    let errors = '';
    const code = runCli(['schema', 'plan'], {
      readFile: () => '',
      stdout: () => {
        throw new TypeError('the stream is closed');
      },
      stderr: (text) => {
        errors += text;
      },
    });
    expect(code).toBe(4);
    expect(lines(errors)[0]).toBe('planning-indicators: internal error: the stream is closed; please report it with the command that caused it');
  });
});
