/*
 * One test per defect of issue 11 ("every bad input refused with a message that says what would be
 * right"): each failed before its fix. The generated-input suite beside it checks the contract on
 * random input; these pin the cases that were found.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  PlanningError,
  type Report,
  assignAwards,
  type Table,
  buildCatalog,
  buildDataset,
  buildHierarchy,
  compoundGrowthRate,
  deepFreeze,
  formatMoney,
  formatNumber,
  formatPath,
  fromSdmxTimePeriod,
  growthRate,
  maxExponent,
  maxResultExponent,
  maxSignificantDigits,
  minExponent,
  observationsFromCsv,
  observationsFromSdmxJson,
  observationsToCsv,
  observationsToSdmxJson,
  ownValue,
  parseCsv,
  parseEmulationScoringTable,
  parseLocalizedNumber,
  parseMoney,
  parseObservations,
  parsePlan,
  parseScaledNumber,
  parseUnitGroupSet,
  parseWithSchema,
  rank,
  rankByComposite,
  renderCsv,
  scoreEmulation,
  toDecimal,
  validateUnitGroupSet,
  writeCsv,
} from '../../src/index.js';
import {
  nhuXuanEmulationClusters2024,
  nhuXuanEmulationSheets2024,
  nhuXuanEmulationTable2024,
  nhuXuanHierarchy,
  nhuXuanPlan2024Input,
  nhuXuanUnits,
} from '../../src/datasets/nhu-xuan/index.js';
import { vnDistrictIndicatorCatalog, vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import { findJsonSyntaxError } from '../../src/cli/json.js';
import { renderText } from '../../src/cli/text.js';
import { cli } from '../cli/helpers.js';
import { caught } from '../helpers.js';
import * as z from 'zod/mini';

describe('1–2. the value domain: every value beyond it is refused as invalid-number, never expanded or overflowed', () => {
  it('states the domain: 50 significant digits and exponents from -100 to 100', () => {
    expect([maxSignificantDigits, minExponent, maxExponent]).toEqual([50, -100, 100]);
  });

  it('refuses a ten-character number instead of writing a hundred million digits', () => {
    const error = caught(() => formatNumber('1e100000000', { lang: 'vi' }));
    expect(error.code).toBe('invalid-number');
    expect(error.message).toBe('formatNumber value must have an exponent from -100 to 100 (a size from 1e-100 to below 1e101); got 1e100000000');
  });

  it('refuses a Decimal beyond the domain that a caller built, in the formatters too', () => {
    expect(caught(() => formatNumber(new Decimal('1e1000000'), { lang: 'en' })).code).toBe('invalid-number');
  });

  it('passes results computed from data in the domain on to the other functions, up to exponent 1000', () => {
    const growth = growthRate('1e100', '1e-100');
    expect(growth.e).toBe(202);
    expect(formatNumber(growth, { lang: 'en', digits: 0 }).length).toBeGreaterThan(200);
    expect(caught(() => toDecimal('1e202')).code).toBe('invalid-number');
    expect(maxResultExponent).toBe(1000);
    const csv = 'indicator,area,period,value,status\nPRODUCTION_VALUE,402,2023,1e-100,official\nPRODUCTION_VALUE,402,2024,1e100,official\n';
    const run = cli(['scorecard', '--plan', 'plan.json', '--data', 'data.csv', '--format', 'csv'], { 'plan.json': JSON.stringify(nhuXuanPlan2024Input), 'data.csv': csv });
    expect([run.code, run.stderr]).toEqual([0, '']);
  });

  it('refuses what decimal.js would read as Infinity or as zero', () => {
    expect(caught(() => toDecimal('1e9000000000000001')).code).toBe('invalid-number');
    const underflow = caught(() => toDecimal('-1e-9000000000000001', 'share'));
    expect(underflow.message).toBe('share must have an exponent from -100 to 100 (a size from 1e-100 to below 1e101); got -1e-9000000000000001');
  });

  it('refuses too many significant digits and too long a string, quoting only their start', () => {
    const digits = caught(() => toDecimal('1'.repeat(51), 'x'));
    expect(digits.message).toBe(`x must have at most 50 significant digits; got 51 in ${'1'.repeat(40)}…`);
    const long = caught(() => toDecimal('0'.repeat(10_000_000)));
    expect(long.message.length).toBeLessThan(200);
  });

  it('accepts the edges of the domain exactly', () => {
    expect(toDecimal('1e100').equals(new Decimal(10).pow(100))).toBe(true);
    expect(toDecimal('-1e-100').isNegative()).toBe(true);
    expect(toDecimal('1'.repeat(50)).toFixed()).toBe('1'.repeat(50));
    expect(toDecimal('1.000000000000000000000000000000000000000000000000').toString()).toBe('1');
  });

  it('refuses an observation value beyond the domain when the data are read, with its path', () => {
    const error = caught(() => parseObservations([{ indicator: 'X', area: '402', period: '2024', value: '1e10000000', status: 'official' }]));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual([[0, 'value']]);
    expect(error.issues[0]?.message).toMatch(/exponent from -100 to 100/);
  });

  it('refuses such a value in the scorecard command as bad input (exit 1), not a crash', () => {
    const csv = 'indicator,area,period,value,status\nINVESTMENT,402,2024,1e10000000,estimate\n';
    const run = cli(['scorecard', '--plan', 'plan.json', '--data', 'data.csv'], { 'plan.json': JSON.stringify(nhuXuanPlan2024Input), 'data.csv': csv });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 2, column 21 \(value\): value must have an exponent from -100 to 100/);
  });

  it('keeps growth, compound growth and composite ranking finite and PlanningError-only at the edges of the domain', () => {
    expect(growthRate('1e-100', '1e100').isFinite()).toBe(true);
    expect(compoundGrowthRate('1e-100', '1e100', 7).isFinite()).toBe(true);
    expect(caught(() => growthRate('100', '1e9000000000000001')).code).toBe('invalid-number');
    expect(caught(() => compoundGrowthRate('1', '-1e9000000000000001', 2)).code).toBe('invalid-number');
    const ranked = rankByComposite(
      [
        { key: 'a', value: '1e-100' },
        { key: 'b', value: '1e100' },
      ],
      {
        key: (item) => item.key,
        components: [{ key: 'v', value: (item) => item.value, worst: '1e-100', best: '1e100', weight: 1 }],
        maxMissingShare: 0,
        ties: 'standard',
        missing: 'unranked',
      },
    );
    expect(ranked.map((item) => item.rank)).toEqual([2, 1]);
    expect(caught(() => rankByComposite([{ key: 'a', value: '1e-2000000000' }], {
      key: (item) => item.key,
      components: [{ key: 'v', value: (item) => item.value, worst: 0, best: 1, weight: 1 }],
      maxMissingShare: 0,
      ties: 'standard',
      missing: 'unranked',
    })).code).toBe('invalid-number');
  });
});

describe('3. no recursion on the depth of the input', () => {
  it('locates the error of a JSON text nested 200,000 deep', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).toEqual({
      line: 1,
      column: 200_001,
      message: 'the text ends inside the array opened at line 1, column 200000; close it with "]"',
    });
    expect(findJsonSyntaxError(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)).toBeUndefined();
  });

  it('refuses deeply nested JSON as bad input (exit 1) in the command line', () => {
    const run = cli(['validate', 'units.json', '--as', 'hierarchy'], { 'units.json': '['.repeat(20_000) });
    expect(run.code).toBe(1);
    const nested = cli(['validate', 'units.json', '--as', 'hierarchy'], { 'units.json': `{"units":${'['.repeat(20_000)}${']'.repeat(20_000)}}` });
    expect(nested.code).toBe(1);
    expect(nested.stderr).toMatch(/units\[0\]/);
  });

  it('freezes a value nested 100,000 deep', () => {
    let value: unknown = {};
    for (let depth = 0; depth < 100_000; depth += 1) value = { inner: value };
    expect(Object.isFrozen(deepFreeze(value))).toBe(true);
  });
});

describe('4. CSV errors are located in linear time', () => {
  it('reports a header of 200,000 empty names, each located, without rescanning the line for each', () => {
    const error = caught(() => observationsFromCsv(`${','.repeat(200_000)}\n`));
    expect(error.issues.length).toBeGreaterThan(200_000);
    expect(error.issues[199_999]?.path).toEqual([1, 200_000]);
  });

  it('reports 100,000 repeated column names', () => {
    const error = caught(() => observationsFromCsv(`period,value${',x'.repeat(100_000)}\n`));
    const located = error.issues.filter((issue) => issue.path.length === 2);
    expect(located.length).toBe(99_999);
    expect(located.at(-1)?.path).toEqual([1, 13 + 2 * 99_999 + 1]);
  });
});

describe('5. long tables are written without spreading them into arguments', () => {
  it('writes a table of 300,000 rows as text', () => {
    const rows = Array.from({ length: 300_000 }, (_, index) => ({ id: String(index), cells: { unit: { value: `u${String(index)}`, text: `u${String(index)}` } } }));
    const table: Table = { kind: 'table', id: 't', lang: 'en', title: 'Units', columns: [{ id: 'unit', label: 'Unit', kind: 'text' }], rows, notes: [] };
    const report: Report = { kind: 'report', lang: 'en', title: 'Report', fields: [], notes: [], sections: [{ id: 's', title: '', paragraphs: [], blocks: [table] }] };
    expect(renderText(report).split('\n').length).toBeGreaterThan(300_000);
  });
});

describe('6. every parser has a largest input, and says so', () => {
  it('refuses a number text of 10 MB with a short message', () => {
    const text = `${'1'.repeat(10_000_000)} tỷ đồng`;
    for (const parse of [() => parseMoney(text, { lang: 'vi' }), () => parseScaledNumber(text, { lang: 'vi' }), () => parseLocalizedNumber(text, { lang: 'vi' })]) {
      const error = caught(parse);
      expect(error.code).toBe('invalid-number');
      expect(error.message).toMatch(/reads a number text of at most 1000 characters; got "1{60}"… \(10000008 characters\)$/);
    }
  });

  it('refuses a CSV text over 64 Mi characters, and a command-line file as large', () => {
    const huge = 'x'.repeat(64 * 1024 * 1024 + 1);
    expect(caught(() => parseCsv(huge)).message).toBe('CSV text is too long: 67108865 characters; the largest accepted is 67108864 characters (split the file)');
    const run = cli(['validate', 'plan.json', '--as', 'plan'], { 'plan.json': huge });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the file is too large: 67108865 characters/);
  });
});

describe('10. negative zero is zero', () => {
  it('reads -0 as 0 from numbers, strings and Decimals', () => {
    for (const value of [-0, '-0', '-0.000', new Decimal('-0')]) {
      const read = toDecimal(value);
      expect(read.isNegative()).toBe(false);
      expect(JSON.stringify(read)).toBe('"0"');
    }
  });
});

describe('11. a function never changes its caller\'s data, accepted or refused', () => {
  it('leaves a refused unit record unfrozen', () => {
    const record = ['not', 'a', 'unit'];
    expect(caught(() => buildHierarchy([record] as never)).code).toBe('invalid-input');
    expect(Object.isFrozen(record)).toBe(false);
  });

  it('leaves the input of parseWithSchema unfrozen, whether it passes or not', () => {
    const schema = z.readonly(z.object({ items: z.readonly(z.array(z.readonly(z.object({ code: z.string() })))) }));
    const good = { items: [{ code: 'a' }] };
    const parsed = parseWithSchema(schema, good, 'list');
    expect([Object.isFrozen(parsed.items[0]), Object.isFrozen(good.items[0]), Object.isFrozen(good)]).toEqual([true, false, false]);
    const bad = { items: [['x'], { code: 1 }] };
    caught(() => parseWithSchema(schema, bad, 'list'));
    expect([Object.isFrozen(bad), Object.isFrozen(bad.items), Object.isFrozen(bad.items[0])]).toEqual([false, false, false]);
  });
});

describe('12. no spreadsheet formula leaves the library as a CSV text cell', () => {
  it('guards formula-like text in writeCsv and reads it back exactly with parseCsv', () => {
    const records = [['note', 'value'], ['=HYPERLINK("http://x","y")', '-5'], ['+1+2', '1e3'], ['@SUM(A1)', '+0.5'], ["'=already", '-'], ['\tx', '\rx']];
    const text = writeCsv(records);
    expect(text.split('\r\n')[1]).toBe('"\'=HYPERLINK(""http://x"",""y"")",-5');
    expect(parseCsv(text)).toEqual(records);
  });

  it('guards dimension texts in observationsToCsv', () => {
    const observations = parseObservations([{ indicator: 'X', area: '402', period: '2024', value: '-1.5', status: 'official', dimensions: { Remark: '=1+1' } }]);
    const { text } = observationsToCsv(observations);
    expect(text).toMatch(/'=1\+1/);
    expect(text).toMatch(/,-1\.5,|,-1\.5\r/);
  });

  it('guards formatted texts in the command line CSV, where gaps such as "+2 pp" start with a sign', () => {
    const run = cli(['scorecard', '--format', 'csv', '--values', 'text']);
    const raw = run.code === 0 ? run.stdout : cli(['scorecard', '--format', 'csv']).stdout;
    // A raw field never starts with a formula character, unless it is a plain number such as -100.
    expect(raw).not.toMatch(/(^|,)"?[=+@\t]/m);
    expect(raw).not.toMatch(/(^|,)"?-(?![\d.])/m);
    expect(renderCsv).toBeTypeOf('function');
  });
});

describe('7. SDMX-JSON never writes a value as null', () => {
  it('writes a value beyond a JSON number as a string and says so; reading it back refuses it by name', () => {
    const [first, second] = parseObservations([
      { indicator: 'X', area: '402', period: '2024', value: '5', status: 'official' },
      { indicator: 'X', area: '402', period: '2023', value: '6', status: 'official' },
    ]);
    if (first === undefined || second === undefined) throw new Error('two observations expected');
    const huge = { ...first, value: new Decimal('1e400') };
    const written = observationsToSdmxJson([huge, second]);
    expect(JSON.stringify(written.message)).not.toMatch(/null,|\[null/);
    expect(written.losses.map((loss) => loss.message)).toEqual(['value: the value 1e+400 is beyond what a JSON number holds, so it is written as a string (1 observation: #0)']);
    const error = caught(() => observationsFromSdmxJson(JSON.parse(JSON.stringify(written.message))));
    expect(error.message).toMatch(/value must have an exponent from -100 to 100/);
  });
});

describe('8. keys from data are read as own properties only', () => {
  it('does not take "constructor" or "__proto__" as an OBS_STATUS from the prototype of options.obsStatus', () => {
    const message = observationsToSdmxJson(parseObservations([{ indicator: 'X', area: '402', period: '2024', value: '5', status: 'official' }])).message;
    const text = JSON.stringify(message).replace('"id":"A"', '"id":"constructor"');
    const error = caught(() => observationsFromSdmxJson(JSON.parse(text), { obsStatus: { A: 'official' } }));
    expect(error.message).toMatch(/OBS_STATUS "constructor" has no status here/);
  });

  it('writes a dimension named toString as its value, never as a function', () => {
    const observations = parseObservations([
      { indicator: 'X', area: '402', period: '2024', value: '1', status: 'official', dimensions: { toString: 'a' } },
      { indicator: 'X', area: '402', period: '2023', value: '1', status: 'official' },
    ]);
    const { text } = observationsToCsv(observations);
    expect(text).not.toMatch(/function|native code/);
    expect(text.split('\r\n')[2]).toBe('X,402,2023,,1,official');
    expect(ownValue({ A: 1 }, 'toString')).toBeUndefined();
  });
});

describe('9. a dimension named __proto__ is refused, not dropped', () => {
  it('refuses it in parseObservations and in a CSV import, with its place', () => {
    const error = caught(() => parseObservations([{ indicator: 'X', area: '402', period: '2024', value: '1', status: 'official', dimensions: JSON.parse('{"__proto__":"x"}') as Record<string, string> }]));
    expect(error.issues.map((issue) => issue.path)).toEqual([[0, 'dimensions', '__proto__']]);
    const csv = caught(() => observationsFromCsv('period,value,__proto__\n2024,1,x\n', { defaults: { indicator: 'X', area: '1', status: 'official' } }));
    expect(csv.message).toMatch(/line 1, column 14 \(__proto__\): a dimension may not be named "__proto__"/);
  });
});

describe('13. messages say what was found and what is allowed', () => {
  it('names the allowed values, the type and the range instead of "Invalid input"', () => {
    const error = caught(() => buildCatalog([{ code: 'X', polarity: 'up', precision: -1 }]));
    const lines = error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(lines).toContain('0.polarity: expected one of "higher-is-better", "lower-is-better", "within-range"; got "up"');
    expect(lines).toContain('0.precision: expected a value of at least 0; got the number -1');
    expect(lines).toContain('0.labels: missing; expected an object');
    expect(error.message).not.toMatch(/Invalid input/);
    const status = caught(() => parseObservations([{ indicator: 'X', area: '402', period: '2024', value: 1, status: 'final' }]));
    expect(status.issues[0]?.message).toBe('expected one of "plan", "estimate", "preliminary", "official"; got "final"');
  });
});

describe("13. a file's schema problems and its reference problems are reported together, in the library", () => {
  const paths = (error: PlanningError): string[] => error.issues.map((issue) => formatPath(issue.path));

  it('buildCatalog: a bad polarity and a formula naming an unknown indicator, and no false unknown for a record with a problem', () => {
    const base = { labels: { vi: 'x' }, unit: { unit: 'VND', power: 9 }, measure: 'flow', polarity: 'higher-is-better', precision: 0, aggregation: { overUnits: 'sum', overTime: 'sum' } };
    const error = caught(() =>
      buildCatalog([
        { ...base, code: 'INCOME', polarity: 'up' },
        { ...base, code: 'POPULATION', unit: { unit: 'persons', power: 0 }, measure: 'stock', aggregation: { overUnits: 'sum', overTime: 'last' } },
        { ...base, code: 'INCOME_PC', unit: { unit: 'VNDPerPersonPerYear', power: 6 }, aggregation: { overUnits: 'none', overTime: 'none' }, formula: { kind: 'per-capita', numerator: 'INCOME', population: 'PEOPLE' } },
      ]),
    );
    expect(paths(error)).toEqual(['(root)[0].polarity', '(root)[2].formula.population']);
  });

  it('parseObservations: a bad value and, with options, an unknown indicator and area', () => {
    const error = caught(() =>
      parseObservations(
        [
          { indicator: 'X', area: '402', period: '2024', value: 'n/a', status: 'official' },
          { indicator: 'GDP', area: '999', period: '2024', value: 5, status: 'official' },
        ],
        { knownIndicators: ['X'], knownAreas: ['402'] },
      ),
    );
    expect(error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message.slice(0, 30)}`)).toEqual([
      '(root)[0].value: expected a finite decimal numb',
      '(root)[1].indicator: unknown indicator code "GDP": ',
      '(root)[1].area: unknown area code "999": it is',
    ]);
  });

  it('parseUnitGroupSet and validateUnitGroupSet: a group without id and a member that is no unit', () => {
    const [first, second, ...others] = nhuXuanEmulationClusters2024.groups;
    const input = { ...nhuXuanEmulationClusters2024, groups: [{ ...first, id: undefined }, { ...second, members: ['zzz'] }, ...others] } as never;
    expect(paths(caught(() => parseUnitGroupSet(nhuXuanHierarchy, input)))).toEqual(['groups[0].id', 'groups[1].members[0]']);
    expect(validateUnitGroupSet(nhuXuanHierarchy, input).map((issue) => formatPath(issue.path))).toEqual(['groups[0].id', 'groups[1].members[0]']);
  });

  it('parseEmulationScoringTable: a bad bonus cap and a tie-break on an unknown criterion', () => {
    const error = caught(() => parseEmulationScoringTable({ ...nhuXuanEmulationTable2024, maxBonus: 'x', tieBreak: ['nope'] }));
    expect(paths(error)).toEqual(['maxBonus', 'tieBreak[0]']);
  });

  it('scoreEmulation: a bad bonus and an entry for an unknown criterion', () => {
    const [sheet] = nhuXuanEmulationSheets2024;
    const input = { ...sheet, bonus: 'x', entries: [...(sheet?.entries ?? []), { criterion: 'nope', points: 1 }] } as never;
    expect(paths(caught(() => scoreEmulation(nhuXuanEmulationTable2024, input)))).toEqual(['bonus', 'entries[5].criterion']);
  });

  it('assignAwards: a decision with a bad award and a decision for a unit without a score', () => {
    const scores = nhuXuanEmulationSheets2024.map((sheet) => scoreEmulation(nhuXuanEmulationTable2024, sheet));
    const decisions = [{ unit: '16177', award: 'best', note: 'a' }, { unit: 'zzz', award: null, note: 'b' }] as never;
    expect(paths(caught(() => assignAwards(nhuXuanEmulationTable2024, scores, decisions)))).toEqual(['(root)[0].award', '(root)[1].unit']);
  });

  it('parsePlan and buildHierarchy, which already did: a bad comparator with an unknown indicator; a bad name with an unknown parent', () => {
    const plan = { ...nhuXuanPlan2024Input, targets: [{ ...nhuXuanPlan2024Input.targets[0], indicator: 'GDP' }, { ...nhuXuanPlan2024Input.targets[1], comparator: 'roughly' }] };
    expect(paths(caught(() => parsePlan(plan, { catalog: vnDistrictIndicatorCatalog })))).toEqual(['targets[1].comparator', 'targets[0].indicator']);
    const units = [{ code: '38', name: 5, type: 'province', level: 'province' }, { code: '402', name: 'Như Xuân', type: 'rural-district', level: 'district', parent: '39' }] as never;
    expect(paths(caught(() => buildHierarchy(units)))).toEqual(['units[0].name', 'units[1].parent']);
  });
});

describe('14. bounded messages', () => {
  it('lists 20 problems and counts the rest', () => {
    const error = caught(() => parseObservations(Array.from({ length: 10_000 }, () => ({}))));
    expect(error.issues.length).toBe(50_000);
    expect(error.message.split('\n').length).toBe(22);
    expect(error.message).toMatch(/- … and 49980 more problems$/);
  });

  it('keeps the message short when a code is a million characters long, in every parser of files', () => {
    const long = 'X'.repeat(1_000_000);
    const [unit] = nhuXuanUnits;
    const [indicator] = vnDistrictIndicators;
    const [sheet] = nhuXuanEmulationSheets2024;
    const runs: [string, () => unknown][] = [
      ['plan', () => parsePlan({ ...nhuXuanPlan2024Input, id: long, area: long, targets: [{ ...nhuXuanPlan2024Input.targets[0], id: long, indicator: long }] }, { catalog: vnDistrictIndicatorCatalog })],
      ['hierarchy', () => buildHierarchy([{ ...unit, code: long, name: long, parent: long, level: long } as never, { ...unit, code: long } as never])],
      ['catalog', () => buildCatalog([{ ...indicator, code: long }, { ...indicator, code: long, formula: { kind: 'per-capita', numerator: long, population: long } }])],
      ['group set', () => parseUnitGroupSet(nhuXuanHierarchy, { ...nhuXuanEmulationClusters2024, id: long, groups: [{ id: long, name: 'x', members: [long, long] }], coverage: { level: long, under: long } })],
      ['emulation table', () => parseEmulationScoringTable({ ...nhuXuanEmulationTable2024, criteria: [{ code: long, label: 'a', maxPoints: 1 }], tieBreak: [long], awards: [{ award: 'first', maxCount: 1, minGrade: long }] })],
      ['score sheet', () => scoreEmulation(nhuXuanEmulationTable2024, { ...sheet, unit: long, entries: [{ criterion: long, points: 1 }] } as never)],
      ['observations', () => parseObservations([{ indicator: long, area: long, period: long, value: long, status: long }], { knownIndicators: [long.slice(1)], knownAreas: [] })],
    ];
    for (const [name, run] of runs) {
      const error = caught(run);
      expect([name, error.message.length < 2_000, error.issues.every((issue) => issue.message.length < 500)]).toEqual([name, true, true]);
    }
    const hierarchyRun = runs[1]?.[1] ?? (() => undefined);
    expect(caught(hierarchyRun).issues[0]?.message).toBe('expected text of a length of at most 100; got "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"… (1000000 characters)');
  });

  it('names at most 10 duplicate keys and counts the rest', () => {
    const items = Array.from({ length: 100_000 }, (_, index) => ({ key: String(index % 50_000), value: index }));
    const error = caught(() => rank(items, { key: (item) => item.key, value: (item) => item.value, direction: 'descending', ties: 'standard', missing: 'last' }));
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toMatch(/and 49990 more/);
  });

  it('lists 20 of 100,000 problems of a plan, a catalog, a group set and an emulation table, without overflowing the stack', { timeout: 60_000 }, () => {
    // zod overflowed the stack at about 100,000 problems in one list of an object (16,000 empty targets
    // have 112,000); the smaller lists show the count of the rest.
    const records = (count: number): object[] => Array.from({ length: count }, () => ({}));
    const runs: [string, () => unknown][] = [
      ['plan', () => parsePlan({ ...nhuXuanPlan2024Input, targets: records(16_000) }, { catalog: vnDistrictIndicatorCatalog })],
      ['catalog', () => buildCatalog({ indicators: records(1_000) })],
      ['group set', () => parseUnitGroupSet(nhuXuanHierarchy, { ...nhuXuanEmulationClusters2024, groups: records(1_000) } as never)],
      ['emulation table', () => parseEmulationScoringTable({ ...nhuXuanEmulationTable2024, criteria: records(1_000) })],
    ];
    for (const [name, run] of runs) {
      const error = caught(run);
      expect([name, error.code, error.message.split('\n').length, error.message.length < 3_000]).toEqual([name, 'invalid-input', 22, true]);
      expect(error.message).toMatch(/- … and \d+ more problems$/);
    }
  });

  it('quotes at most 60 characters of a long input', () => {
    const error = caught(() => parseObservations([{ indicator: 'X', area: '402', period: '2024', value: 1, status: 'x'.repeat(10_000_000) }]));
    expect(error.message.length).toBeLessThan(300);
  });
});

describe('15. SDMX messages name the real problem', () => {
  it('says the year is wrong in 0000-D001', () => {
    expect(caught(() => fromSdmxTimePeriod('0000-D001')).message).toBe('invalid SDMX TIME_PERIOD "0000-D001": year must be an integer from 1000 to 9999; got 0');
  });

  it('says a UNIT_MULT that is not a number is not a power of ten, never "NaN"', () => {
    const observations = parseObservations([{ indicator: 'X', area: '402', period: '2024', value: '5', status: 'official', unit: { unit: 'VND', power: 9 } }]);
    const text = JSON.stringify(observationsToSdmxJson(observations).message).replace('"id":"9"', '"id":"abc"');
    const error = caught(() => observationsFromSdmxJson(JSON.parse(text)));
    expect(error.message).toMatch(/UNIT_MULT "abc" is not a power of ten/);
    expect(error.message).not.toMatch(/NaN/);
  });
});

describe('16. PlanningError, not TypeError, outside the TypeScript types', () => {
  it('refuses missing options, a lang that is not text, a unit that is not one, null texts and missing contexts', () => {
    const cases: [() => unknown, string][] = [
      [() => (parseLocalizedNumber as (text: string) => unknown)('1,5'), "parseLocalizedNumber: options must be an object with lang 'vi' or 'en', as in { lang: 'vi' }; got undefined"],
      [() => parseLocalizedNumber('1,5', { lang: { lang: 'vi' } as never }), "parseLocalizedNumber: lang must be 'vi' (Vietnamese) or 'en' (English); got an object"],
      [() => parseMoney('5 tỷ đồng', { lang: 'vi', into: '' as never }), 'parseMoney: the unit must be a scaled unit such as scaledUnit(units.VND, 9) (a unit of measure and a power of ten) or the power of ten of đồng such as 9; got ""'],
      [() => parseCsv(null as never), 'CSV text must be a string; got null'],
      [() => buildHierarchy([], 5 as never), 'invalid hierarchy: 1 problem\n- (root): options must be an object such as { levels, successions }; got the number 5'],
      [() => (parsePlan as (input: unknown) => unknown)({}), 'a plan is checked against a context { catalog, hierarchy? } whose catalog comes from buildCatalog; got undefined'],
      [() => buildDataset(null as never), 'buildDataset takes the list of observations that parseObservations returns; got null'],
      [() => formatMoney(1000, { unit: 'VND', power: 9 } as never, { lang: 'vi' }), 'formatMoney: the unit must be a scaled unit such as scaledUnit(units.VND, 9) (a unit of measure and a power of ten) or the power of ten of đồng such as 9; got { unit: "VND" } (a unit code as text; pass the unit itself, such as units.VND)'],
    ];
    for (const [run, message] of cases) expect(caught(run).message).toBe(message);
    expect(buildHierarchy([], null as never).units).toEqual([]);
  });
});

describe('17. negative numbers are option values', () => {
  it('reads --target-rate -1.5 and --target -100 as values', () => {
    const rate = cli(['growth', '--indicator', 'PRODUCTION_VALUE', '--from', '2021', '--to', '2024', '--target-rate', '-1.5']);
    expect([rate.code, rate.stderr]).toEqual([0, '']);
    const target = cli(['growth', '--indicator', 'PRODUCTION_VALUE', '--target', '-100', '--by', '2025']);
    expect(target.stderr).not.toMatch(/needs a value/);
  });
});
