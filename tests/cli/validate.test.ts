import { describe, expect, it } from 'vitest';
import { vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import {
  nhuXuanEmulationClusters2024,
  nhuXuanEmulationSheets2024,
  nhuXuanEmulationTable2024,
  nhuXuanObservations2024,
  nhuXuanPlan2024Input,
  nhuXuanSuccessions,
  nhuXuanUnits,
} from '../../src/datasets/nhu-xuan/index.js';
import { cli, lines } from './helpers.js';

const files = {
  'plan.json': JSON.stringify(nhuXuanPlan2024Input, null, 2),
  'observations.json': JSON.stringify(nhuXuanObservations2024),
  'catalog.json': JSON.stringify({ indicators: vnDistrictIndicators }),
  'units.json': JSON.stringify({ units: nhuXuanUnits, successions: nhuXuanSuccessions }),
  'clusters.json': JSON.stringify(nhuXuanEmulationClusters2024),
  'table.json': JSON.stringify(nhuXuanEmulationTable2024, null, 2),
  'sheets.json': JSON.stringify(nhuXuanEmulationSheets2024, null, 2),
  'decisions.json': JSON.stringify([
    { unit: '16177', award: 'leader', rank: 1, note: 'Bỏ phiếu kín, 9/11 phiếu' },
    { unit: '16180', award: null, note: 'Không đủ phiếu' },
  ]),
  'data.csv': 'indicator,area,period,value,status\nINVESTMENT,402,2024,1085,estimate\nINVESTMENT,402,2023,,official\n',
};

describe('validate: valid files', () => {
  it.each([
    [['validate', 'plan.json', '--as', 'plan'], 'plan.json: valid plan NHU-XUAN-2024: 8 targets for area 402, period 2024'],
    [['validate', 'observations.json', '--as', 'dataset', '--hierarchy', 'units.json'], `observations.json: valid dataset: ${String(nhuXuanObservations2024.length)} observations of 10 indicators in 1 area`],
    [['validate', 'catalog.json', '--as', 'catalog'], `catalog.json: valid catalog: ${String(vnDistrictIndicators.length)} indicators`],
    [['validate', 'units.json', '--as', 'hierarchy'], 'units.json: valid hierarchy: 24 unit versions, 7 successions, levels province > district > commune > village'],
    [['validate', 'clusters.json', '--as', 'group-set'], 'clusters.json: valid group set nhu-xuan-commune-clusters-2024: 4 groups of 16 units'],
    [['validate', 'table.json', '--as', 'emulation-table'], `table.json: valid emulation table ${nhuXuanEmulationTable2024.name}: 5 criteria, 3 grades, 2 award tiers`],
    [['validate', 'sheets.json', '--as', 'emulation-sheets'], `sheets.json: valid emulation sheets: 16 sheets in 4 clusters, scored with ${nhuXuanEmulationTable2024.name}`],
    [['validate', 'sheets.json', '--as', 'emulation-sheets', '--table', 'table.json'], `sheets.json: valid emulation sheets: 16 sheets in 4 clusters, scored with ${nhuXuanEmulationTable2024.name}`],
    [['validate', 'decisions.json', '--as', 'emulation-decisions'], 'decisions.json: valid emulation decisions: 2 decisions'],
  ])('%j prints a one-line summary and exits 0', (argv, summary) => {
    expect(cli(argv, files)).toEqual({ code: 0, stdout: `${summary}\n`, stderr: '' });
  });

  it('reads a .csv file as a dataset without --as, and notes the rows it skipped', () => {
    expect(cli(['validate', 'data.csv'], files)).toEqual({
      code: 0,
      stdout: 'data.csv: valid dataset: 1 observation of 1 indicator in 1 area\n',
      stderr: 'data.csv: note: value: the value cell is empty (a missing value), so the row gives no observation (1 record: line 3)\n',
    });
  });
});

describe('validate: every problem, with where it is', () => {
  it('lists the problems of a plan by JSON path (exit 1)', () => {
    const plan = { ...nhuXuanPlan2024Input, targets: [{ ...nhuXuanPlan2024Input.targets[0], indicator: 'GDP', period: '2025' }, { ...nhuXuanPlan2024Input.targets[1], comparator: 'roughly' }] };
    const { code, stdout, stderr } = cli(['validate', 'bad-plan.json', '--as', 'plan'], { 'bad-plan.json': JSON.stringify(plan) });
    expect([code, stdout]).toEqual([1, '']);
    const text = lines(stderr);
    expect(text[0]).toMatch(/^planning-indicators: bad-plan\.json: invalid plan: \d+ problems$/);
    expect(text.some((line) => line.startsWith('  bad-plan.json: targets[1].comparator: '))).toBe(true);
  });

  it('lists the problems of a plan parsed in full: unknown indicator and a period outside the plan', () => {
    const plan = { ...nhuXuanPlan2024Input, targets: [{ ...nhuXuanPlan2024Input.targets[0], indicator: 'GDP' }, { ...nhuXuanPlan2024Input.targets[1], period: '2025' }] };
    const text = lines(cli(['validate', 'bad-plan.json', '--as', 'plan'], { 'bad-plan.json': JSON.stringify(plan) }).stderr);
    expect(text[0]).toBe('planning-indicators: bad-plan.json: invalid plan: 2 problems');
    expect(text[1]).toMatch(/^ {2}bad-plan\.json: targets\[0\]\.indicator: .*GDP/);
    expect(text[2]).toMatch(/^ {2}bad-plan\.json: targets\[1\]\.period: /);
  });

  it('lists unknown indicator and area codes of JSON observations by path', () => {
    const observations = [
      { indicator: 'INVESTMENT', area: '402', period: '2024', value: 1085, status: 'estimate' },
      { indicator: 'INVESTMNT', area: '999', period: '2024', value: 1, status: 'estimate' },
    ];
    const { code, stderr } = cli(['validate', 'obs.json', '--as', 'dataset', '--hierarchy', 'units.json'], { ...files, 'obs.json': JSON.stringify(observations) });
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      'planning-indicators: obs.json: invalid observations: 2 problems',
      '  obs.json: (root)[1].indicator: unknown indicator "INVESTMNT": the bundled Vietnamese district catalog has no such code (did you mean INVESTMENT?); pass a catalog that defines it with --catalog',
      '  obs.json: (root)[1].area: unknown area "999": no unit of the hierarchy has this code',
    ]);
  });

  it('lists the problems of a CSV dataset by line and column', () => {
    const csv = 'indicator,area,period,value,status\nINVESTMENT,402,2024-Q5,1085,estimate\nINVESTMNT,999,2024,12;5,final\n';
    const { code, stderr } = cli(['validate', 'data.csv', '--hierarchy', 'units.json'], { ...files, 'data.csv': csv });
    expect(code).toBe(1);
    const text = lines(stderr);
    expect(text[0]).toBe('planning-indicators: data.csv: invalid CSV observations: 5 problems');
    expect(text.slice(1, 6).map((line) => /^ {2}data\.csv: line (\d+), column (\d+) \((\w+)\)/.exec(line)?.slice(1).join(':'))).toEqual([
      '2:16:period',
      '3:1:indicator',
      '3:11:area',
      '3:20:value',
      '3:25:status',
    ]);
    expect(text.at(-1)).toBe('  (the known indicator codes are those of the catalog: the bundled Vietnamese district catalog, or the one passed with --catalog)');
  });

  it('reports conflicting duplicates of a dataset', () => {
    const observations = [
      { indicator: 'INVESTMENT', area: '402', period: '2024', value: 1085, status: 'estimate' },
      { indicator: 'INVESTMENT', area: '402', period: '2024', value: 1058, status: 'estimate' },
    ];
    expect(cli(['validate', 'obs.json', '--as', 'dataset'], { 'obs.json': JSON.stringify(observations) }).stderr).toBe(
      'planning-indicators: obs.json: invalid observations: 1 problem\n  obs.json: (root)[1]: INVESTMENT, area 402, 2024: 2 observations with status estimate and the same publication date give different values (1085, 1058); keep one, or give the revision a later publication date\n',
    );
  });

  it('lists the problems of a hierarchy, a catalog and a group set', () => {
    const hierarchy = cli(['validate', 'units.json', '--as', 'hierarchy'], { 'units.json': JSON.stringify({ units: [{ code: '1', name: 'A', type: 'commune', level: 'commune', parent: '9' }] }) });
    expect(hierarchy).toEqual({
      code: 1,
      stdout: '',
      stderr: 'planning-indicators: units.json: invalid hierarchy: 1 problem\n  units.json: units[0].parent: parent 9 of unit 1 (A) is not the code of any unit\n',
    });
    expect(cli(['validate', 'units.json', '--as', 'hierarchy'], { 'units.json': '[]' }).stderr).toMatch(/^planning-indicators: units\.json: invalid hierarchy file: 1 problem\n/);
    const catalog = cli(['validate', 'catalog.json', '--as', 'catalog'], { 'catalog.json': JSON.stringify([{ code: 'X' }]) });
    expect(catalog.code).toBe(1);
    expect(lines(catalog.stderr)[1]).toMatch(/^ {2}catalog\.json: \(root\)\[0\]\.labels: /);
    const groups = cli(['validate', 'clusters.json', '--as', 'group-set'], { 'clusters.json': JSON.stringify({ ...nhuXuanEmulationClusters2024, groups: [{ id: 'A', name: 'A', members: ['16174', '99999'] }] }) });
    expect(groups.code).toBe(1);
    expect(groups.stderr).toContain('  clusters.json: groups[0].members[1]: ');
  });

  it('lists the problems of an emulation table, score sheets and decisions by JSON path (exit 1)', () => {
    const table = JSON.parse(files['table.json']) as Record<string, unknown>;
    const badTable = { ...table, grades: [{ code: 'excellent', label: 'Hoàn thành xuất sắc', minTotal: 120, minCriterionShare: 0 }], tieBreak: ['gdp'] };
    expect(cli(['validate', 'table.json', '--as', 'emulation-table'], { 'table.json': JSON.stringify(badTable) })).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'planning-indicators: table.json: invalid emulation scoring table: 3 problems',
        '  table.json: grades[0].minTotal: grade "excellent" needs 120 points, more than the 105 the table gives at most (its criteria\'s maxPoints and maxBonus); no unit could reach it',
        '  table.json: awards[1].minGrade: unknown grade "good"; the grades are "excellent"',
        '  table.json: tieBreak[0]: unknown criterion "gdp"; the criteria are "economy", "budget", "new-rural", "society", "security"',
        '',
      ].join('\n'),
    });
    const formless = cli(['validate', 'table.json', '--as', 'emulation-table'], { 'table.json': JSON.stringify({ ...table, ties: 'ordinal', criteria: [] }) });
    expect(formless.code).toBe(1);
    expect(lines(formless.stderr).slice(1).map((line) => line.split(': ')[1])).toEqual(['criteria', 'ties']);

    const sheets = JSON.parse(files['sheets.json']) as { unit: string; entries: Record<string, unknown>[] }[];
    const [first, second, third, fourth] = sheets;
    const badSheets = [
      first,
      { ...second, entries: [{ ...second?.entries[0], criterion: 'economi' }, ...(second?.entries.slice(1, 4) ?? []), { ...second?.entries[4], points: 12 }] },
      { ...third, unit: first?.unit },
      { ...fourth, entries: fourth?.entries.slice(1) },
    ];
    expect(cli(['validate', 'sheets.json', '--as', 'emulation-sheets'], { 'sheets.json': JSON.stringify(badSheets) })).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'planning-indicators: sheets.json: invalid score sheets: 5 problems',
        '  sheets.json: (root)[1].entries[0].criterion: unknown criterion "economi"; the table\'s criteria are "economy", "budget", "new-rural", "society", "security"',
        '  sheets.json: (root)[1].entries: criterion "economy" has no entry; give its attainment or its points (0 if none were earned)',
        '  sheets.json: (root)[1].entries[4].points: 12 points are more than the 10 that criterion "security" allows',
        '  sheets.json: (root)[2].unit: unit "16174" has more than one score sheet',
        '  sheets.json: (root)[3].entries: criterion "economy" has no entry; give its attainment or its points (0 if none were earned)',
        '',
      ].join('\n'),
    });
    const wrongForm = cli(['validate', 'sheets.json', '--as', 'emulation-sheets'], { 'sheets.json': JSON.stringify([{ ...first, cluster: '' }, { ...second, bonus: [{ points: 2 }] }]) });
    expect(wrongForm.code).toBe(1);
    expect(lines(wrongForm.stderr).slice(1).map((line) => line.split(': ')[1])).toEqual(['(root)[0].cluster', '(root)[1].bonus[0].reason']);
    // The sheets are scored with the table given: one with a single criterion refuses the bundled sheets.
    const oneCriterion = { ...table, criteria: [{ code: 'economy', label: 'Kinh tế', maxPoints: 100 }], grades: [], awards: [], tieBreak: [] };
    const otherTable = cli(['validate', 'sheets.json', '--as', 'emulation-sheets', '--table', 'one.json'], { ...files, 'one.json': JSON.stringify(oneCriterion) });
    expect([otherTable.code, lines(otherTable.stderr)[0]]).toEqual([1, 'planning-indicators: sheets.json: invalid score sheets: 64 problems']);

    const decisions = [{ unit: '16177', award: 'first', note: 'Bỏ phiếu kín' }, { unit: '16177', award: null, note: 'Không đủ phiếu' }, { unit: '16180', award: 'best', rank: 0, note: '' }];
    const badDecisions = cli(['validate', 'decisions.json', '--as', 'emulation-decisions'], { 'decisions.json': JSON.stringify(decisions) });
    expect(badDecisions.code).toBe(1);
    // The unit decided twice is reported in the same run as the schema problems of decision 2.
    expect(lines(badDecisions.stderr).slice(1).map((line) => line.split(': ')[1])).toEqual(['(root)[1].unit', '(root)[2].award', '(root)[2].rank', '(root)[2].note']);
    expect(cli(['validate', 'decisions.json', '--as', 'emulation-decisions'], { 'decisions.json': JSON.stringify(decisions.slice(0, 2)) }).stderr).toBe(
      'planning-indicators: decisions.json: invalid emulation decisions: 1 problem\n  decisions.json: (root)[1].unit: unit "16177" has more than one decision\n',
    );
  });

  it('asks what the file holds, and refuses options that do not apply (exit 2)', () => {
    expect(cli(['validate', 'plan.json'], files).stderr).toBe('planning-indicators: say what plan.json holds with --as plan|dataset|hierarchy|catalog|group-set|emulation-table|emulation-sheets|emulation-decisions (see planning-indicators validate --help)\n');
    expect(cli(['validate', 'plan.json', '--as', 'budget'], files).stderr).toBe(
      'planning-indicators: --as must be one of plan, dataset, hierarchy, catalog, group-set, emulation-table, emulation-sheets, emulation-decisions; got "budget" (see planning-indicators validate --help)\n',
    );
    expect(cli(['validate', 'data.csv', '--as', 'emulation-table'], files).code).toBe(2);
    // A plan may be a table: a data file read as one lacks the plan's columns.
    expect(cli(['validate', 'data.csv', '--as', 'plan'], files).stderr).toMatch(/^planning-indicators: data\.csv: invalid plan table: 5 problems\n {2}data\.csv: line 1, column 29 \(status\): unknown column "status"; .*\n {2}data\.csv: line 1: missing column "code" \(Mã mục tiêu\); add it\n/);
    expect(cli(['validate', 'catalog.json', '--as', 'catalog', '--hierarchy', 'units.json'], files).code).toBe(2);
    expect(cli(['validate', 'table.json', '--as', 'emulation-table', '--table', 'table.json'], files).stderr).toBe(
      'planning-indicators: --table does not apply to an emulation-table file (see planning-indicators validate --help)\n',
    );
    expect(cli(['validate', 'sheets.json', '--as', 'emulation-sheets', '--hierarchy', 'units.json'], files).code).toBe(2);
    expect(cli(['validate', '--as', 'plan']).stderr).toBe('planning-indicators: validate needs <file>: planning-indicators validate <file> [options] (see planning-indicators validate --help)\n');
    expect(cli(['validate', 'a.json', 'b.json', '--as', 'plan']).stderr).toBe('planning-indicators: unexpected argument "b.json": validate takes <file> (see planning-indicators validate --help)\n');
  });
});

describe('schema', () => {
  it('prints the JSON Schema of a model', () => {
    const { code, stdout } = cli(['schema', 'plan']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as { $schema: string; title: string };
    expect([schema.$schema, schema.title]).toEqual(['https://json-schema.org/draft/2020-12/schema', 'Plan']);
    expect((JSON.parse(cli(['schema', 'emulation-sheets']).stdout) as { title: string }).title).toBe('Emulation score sheets');
  });

  it('lists the models for an unknown or missing one (exit 2)', () => {
    expect(cli(['schema', 'budget'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'planning-indicators: unknown model "budget"; the models are indicator, catalog, observation, observations, target, plan, admin-unit, succession, hierarchy, unit-group-set, period, unit-of-measure, emulation-table, emulation-sheets, emulation-decisions (see planning-indicators schema --help)\n',
    });
    expect(cli(['schema']).stderr).toBe('planning-indicators: schema needs <model>: planning-indicators schema <model> [options] (see planning-indicators schema --help)\n');
  });
});

describe('validate and scorecard: values outside their indicators\' valid ranges', () => {
  const outOfRange = JSON.stringify([
    { indicator: 'POPULATION', area: '402', period: '2024', value: -1320, status: 'official' },
    { indicator: 'FOREST_COVER', area: '402', period: '2024', value: 101, status: 'official' },
    { indicator: 'NTM_COMMUNES', area: '402', period: '2024', value: 1.5, status: 'official' },
  ]);

  it('validate refuses them (exit 1) with one message listing every problem by path', () => {
    const { code, stdout, stderr } = cli(['validate', 'obs.json', '--as', 'dataset'], { 'obs.json': outOfRange });
    expect([code, stdout]).toEqual([1, '']);
    const text = lines(stderr);
    expect(text[0]).toBe('planning-indicators: obs.json: invalid observations: 3 problems');
    expect(text[1]).toMatch(/^ {2}obs\.json: \(root\)\[0\]\.value: POPULATION, area 402, 2024: value -1320 is outside the valid range of the indicator \(whole numbers from 0 up\)/);
    expect(text[2]).toMatch(/^ {2}obs\.json: \(root\)\[1\]\.value: FOREST_COVER, .*\(values from 0 to 100\)/);
    expect(text[3]).toMatch(/^ {2}obs\.json: \(root\)\[2\]\.value: NTM_COMMUNES, .*value 1\.5 is outside/);
  });

  it('validate refuses them in a CSV file, each message saying which observation', () => {
    const csv = 'indicator,area,period,value,status\nPOPULATION,402,2024,-1320,official\n';
    const { code, stderr } = cli(['validate', 'data.csv'], { 'data.csv': csv });
    expect(code).toBe(1);
    expect(stderr).toContain('POPULATION, area 402, 2024: value -1320 is outside the valid range');
  });

  it('scorecard refuses them before printing "-1.320 người"', () => {
    const { code, stdout, stderr } = cli(['scorecard', '--data', 'obs.json'], { 'obs.json': outOfRange });
    expect([code, stdout]).toEqual([1, '']);
    expect(lines(stderr)[0]).toBe('planning-indicators: obs.json: invalid observations: 3 problems');
  });
});

describe('validate: schema problems and reference problems in one run, for every kind', () => {
  const observations = nhuXuanObservations2024 as readonly Record<string, unknown>[];
  const [firstGroup, secondGroup, ...otherGroups] = nhuXuanEmulationClusters2024.groups;
  const [firstSheet, secondSheet, ...otherSheets] = nhuXuanEmulationSheets2024;
  const [firstIndicator, ...otherIndicators] = vnDistrictIndicators;
  const [province, district, ...otherUnits] = nhuXuanUnits;
  const cases: readonly [string, string, unknown, readonly string[]][] = [
    [
      'plan',
      'f.json',
      { ...nhuXuanPlan2024Input, targets: [{ ...nhuXuanPlan2024Input.targets[0], indicator: 'GDP' }, { ...nhuXuanPlan2024Input.targets[1], comparator: 'roughly' }] },
      ['targets[1].comparator: expected one of', 'targets[0].indicator: unknown indicator "GDP"'],
    ],
    [
      'dataset',
      'f.json',
      [{ ...observations[0], value: 'abc' }, { ...observations[1], indicator: 'NOPE' }],
      ['(root)[0].value: expected a finite decimal number', '(root)[1].indicator: unknown indicator "NOPE"'],
    ],
    [
      'dataset',
      'f.csv',
      'indicator,area,period,value,status\nNOPE,402,2024,1,official\nINVESTMENT,402,2024,abc,official\n',
      ['line 2, column 1 (indicator): unknown indicator code "NOPE"', 'line 3, column 21 (value): value must be a decimal number'],
    ],
    [
      'catalog',
      'f.json',
      {
        indicators: [
          { ...firstIndicator, polarity: 'upp' },
          {
            code: 'INCOME_PC', labels: { vi: 'Thu nhập bình quân đầu người' }, unit: { unit: 'VNDPerPersonPerYear', power: 6 }, measure: 'flow',
            polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'none', overTime: 'none' },
            formula: { kind: 'per-capita', numerator: 'NOPE', population: 'POPULATION' },
          },
          ...otherIndicators,
        ],
      },
      ['indicators[0].polarity: expected one of', 'indicators[1].formula.numerator: indicator INCOME_PC refers to "NOPE", which is not in the catalog'],
    ],
    [
      'hierarchy',
      'f.json',
      { units: [{ ...province, name: 5 }, { ...district, parent: 'zzz' }, ...otherUnits], successions: nhuXuanSuccessions },
      ['units[0].name: expected text', 'units[1].parent: parent zzz of unit 402 (Như Xuân) is not the code of any unit'],
    ],
    [
      'group-set',
      'f.json',
      { ...nhuXuanEmulationClusters2024, groups: [{ ...firstGroup, id: undefined }, { ...secondGroup, members: ['zzz'] }, ...otherGroups] },
      ['groups[0].id: missing', 'groups[1].members[0]: member zzz of group cluster-2 names no unit'],
    ],
    [
      'emulation-table',
      'f.json',
      { ...nhuXuanEmulationTable2024, maxBonus: 'x', tieBreak: ['nope'] },
      ['maxBonus: expected a finite decimal number', 'tieBreak[0]: unknown criterion "nope"'],
    ],
    [
      'emulation-sheets',
      'f.json',
      [{ ...firstSheet, bonus: 'x' }, { ...secondSheet, entries: [...(secondSheet?.entries ?? []), { criterion: 'nope', points: 1 }] }, ...otherSheets],
      ['(root)[0].bonus: expected a list', '(root)[1].entries[5].criterion: unknown criterion "nope"'],
    ],
    [
      'emulation-decisions',
      'f.json',
      [{ unit: '16177', award: 'leaderx', rank: 1, note: 'a' }, { unit: '16180', award: null, note: 'b' }, { unit: '16180', award: null, note: 'c' }],
      ['(root)[0].award: expected an award tier', '(root)[2].unit: unit "16180" has more than one decision'],
    ],
  ];

  it.each(cases)('reports both for --as %s (%s)', (kind, file, content, expected) => {
    const run = cli(['validate', file, '--as', kind], { [file]: typeof content === 'string' ? content : JSON.stringify(content) });
    expect([run.code, run.stdout]).toEqual([1, '']);
    const problems = lines(run.stderr).slice(1).filter((line) => line.startsWith(`  ${file}: `)).map((line) => line.slice(file.length + 4));
    expect(problems).toHaveLength(expected.length);
    expected.forEach((start, index) => {
      expect(problems[index]?.startsWith(start), `${String(problems[index])} starts with ${start}`).toBe(true);
    });
  });
});

