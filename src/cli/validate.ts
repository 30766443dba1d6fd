import { type Issue, PlanningError, describeValue, ownField, parseEach, quoteText } from '../numeric/index.js';
import { type Hierarchy, type UnitGroupSetInput, parseUnitGroupSet, versionsOf } from '../admin/index.js';
import { type Catalog, buildCatalog } from '../indicator/index.js';
import { type Observation, buildDataset, observationSchema, parseObservations, valueRangeProblems } from '../observation/index.js';
import { parsePlan } from '../target/index.js';
import { type EmulationScoreSheetInput, type EmulationScoringTable, emulationDecisionSchema, parseEmulationScoringTable, scoreEmulation } from '../ranking/index.js';
import type { ImportNote } from '../exchange/index.js';
import { type CommandSpec, type ParsedArgs, choiceOption, stringOption } from './args.js';
import { type ExitCode, exitCodes, usageError } from './errors.js';
import { fromFile, hierarchyFromJson, loadCatalog, loadHierarchy, loadObservations, loadPlan, loadScoringTable, problems, unknownIndicators } from './inputs.js';
import { type CliIo, parseJsonText, readText } from './io.js';
import { isTablePath, isWorkbookPath, tableOptions, tableReading, type TableReading } from './tables.js';

/** What `validate` can check. */
type FileKind = 'plan' | 'dataset' | 'hierarchy' | 'catalog' | 'group-set' | 'emulation-table' | 'emulation-sheets' | 'emulation-decisions';

const fileKinds: readonly FileKind[] = ['plan', 'dataset', 'hierarchy', 'catalog', 'group-set', 'emulation-table', 'emulation-sheets', 'emulation-decisions'];

/** `planning-indicators validate`. */
export const validateSpec: CommandSpec = {
  name: 'validate',
  summary:
    'Check a file with the library\'s parsers and list every problem with where it is (a JSON path, or the line and column of a CSV file); exit 1 when there is one, 0 with a one-line summary when the file is valid.',
  positionals: ['<file>'],
  requiredPositionals: 1,
  options: [
    {
      name: 'as',
      type: 'string',
      value: 'KIND',
      description:
        'what the file holds: plan, dataset (observations, JSON or CSV), hierarchy, catalog, group-set, emulation-table (a scoring table), emulation-sheets (a list of score sheets) or emulation-decisions (a list of decisions); a .csv, .tsv, .txt or .xlsx file is a dataset unless said otherwise',
    },
    { name: 'catalog', type: 'string', value: 'FILE', description: 'for a plan or a dataset: the catalog their indicator codes must be in; default: the bundled Vietnamese district catalog' },
    { name: 'hierarchy', type: 'string', value: 'FILE', description: 'for a plan, a dataset or a group set: the units their area codes must be in; default for a group set: Như Xuân' },
    { name: 'table', type: 'string', value: 'FILE', description: 'for emulation sheets: the scoring table whose criteria they must score; default: the bundled illustrative Như Xuân table' },
    ...tableOptions,
  ],
  notes: [
    'Problems are written to the standard error, one a line: <file>: <path>: <problem>.',
    'Examples:',
    '  planning-indicators validate plan.json --as plan',
    '  planning-indicators validate observations.csv --hierarchy units.json',
    '  planning-indicators validate clusters.json --as group-set --hierarchy units.json',
    '  planning-indicators validate sheets.json --as emulation-sheets --table table.json',
  ],
};

/** One problem per observation whose area the hierarchy does not know (observations with schema problems are undefined). */
function unknownAreas(observations: readonly (Observation | undefined)[], hierarchy: Hierarchy): Issue[] {
  const issues: Issue[] = [];
  observations.forEach((observation, index) => {
    if (observation === undefined || versionsOf(hierarchy, observation.area).length > 0) return;
    issues.push({ path: [index, 'area'], message: `unknown area ${quoteText(observation.area)}: no unit of the hierarchy has this code` });
  });
  return issues;
}

/** Issues in the order of the records they are about (stable within a record). */
function sortByRecord(issues: readonly Issue[]): Issue[] {
  const position = (issue: Issue): number => (typeof issue.path[0] === 'number' ? issue.path[0] : -1);
  return [...issues].sort((a, b) => position(a) - position(b));
}

function plural(count: number, word: string): string {
  return `${String(count)} ${word}${count === 1 ? '' : 's'}`;
}

/** Checks observations (JSON, a text table or a workbook) and returns the summary line. */
function validateDataset(io: CliIo, file: string, catalog: Catalog, catalogFile: string | undefined, hierarchy: Hierarchy | undefined, reading: TableReading): string {
  let observations: readonly Observation[];
  let notes: readonly ImportNote[] = [];
  const table = isTablePath(file) || isWorkbookPath(file);
  if (table) {
    const knownAreas = hierarchy === undefined ? undefined : new Set(hierarchy.units.map((unit) => unit.code));
    ({ observations, notes } = loadObservations(io, file, catalog, catalogFile, reading, knownAreas));
  } else {
    const json = parseJsonText(file, readText(io, file));
    // Schema problems and the problems against the catalog and the hierarchy are reported together:
    // when the list does not parse, each observation is read on its own and the valid ones checked.
    let schemaIssues: readonly Issue[] = [];
    let checked: readonly (Observation | undefined)[];
    try {
      observations = parseObservations(json);
      checked = observations;
    } catch (error) {
      if (!(error instanceof PlanningError) || error.code !== 'invalid-input') throw error;
      schemaIssues = error.issues;
      observations = [];
      checked = parseEach(observationSchema, Array.isArray(json) ? json : []).values;
    }
    const issues = [
      ...schemaIssues,
      ...unknownIndicators(checked, catalog, catalogFile),
      ...(hierarchy === undefined ? [] : unknownAreas(checked, hierarchy)),
      ...checked.flatMap((observation, index) =>
        observation === undefined ? [] : valueRangeProblems(catalog, [observation]).map((issue) => ({ ...issue, path: [index, ...issue.path.slice(1)] })),
      ),
    ];
    if (issues.length > 0) throw problems(file, 'observations', sortByRecord(issues));
  }
  const dataset = buildDataset(observations);
  if (dataset.conflicts.length > 0) {
    const issues = dataset.conflicts.map((conflict): Issue => {
      const [first] = conflict.observations;
      const positions = conflict.observations.map((observation) => observations.indexOf(observation));
      const { indicator, area, period } = conflict.key;
      return {
        path: table ? [] : [positions[1] ?? 0],
        message: `${indicator}, area ${area}, ${period}: ${plural(conflict.observations.length, 'observation')} with status ${first?.status ?? '?'} and the same publication date give different values (${conflict.observations.map((observation) => observation.value.toString()).join(', ')}); keep one, or give the revision a later publication date`,
      };
    });
    throw problems(file, 'observations', issues);
  }
  for (const note of notes) io.stderr(`${file}: note: ${note.message}\n`);
  const indicators = new Set(observations.map((observation) => observation.indicator));
  const areas = new Set(observations.map((observation) => observation.area));
  return `${file}: valid dataset: ${plural(observations.length, 'observation')} of ${plural(indicators.size, 'indicator')} in ${plural(areas.size, 'area')}`;
}

/**
 * Checks score sheets against the table, every sheet: a sheet's problems are reported under its index,
 * and a unit with two sheets (which assignAwards refuses) is a problem too.
 */
function validateScoreSheets(file: string, json: unknown, table: EmulationScoringTable): string {
  if (!Array.isArray(json)) throw problems(file, 'score sheets', [{ path: [], message: `expected a list of score sheets; got ${describeValue(json)}` }]);
  const sheets: readonly unknown[] = json;
  const issues: Issue[] = [];
  const units = new Set<string>();
  const clusters = new Set<string>();
  sheets.forEach((sheet, index) => {
    // scoreEmulation reports a sheet's schema problems together with its problems against the table.
    const unit = ownField(sheet, 'unit');
    if (typeof unit === 'string') {
      if (units.has(unit)) issues.push({ path: [index, 'unit'], message: `unit ${quoteText(unit)} has more than one score sheet` });
      units.add(unit);
    }
    try {
      clusters.add(scoreEmulation(table, sheet as EmulationScoreSheetInput).cluster);
    } catch (error) {
      if (!(error instanceof PlanningError)) throw error;
      for (const issue of error.issues) issues.push({ ...issue, path: [index, ...issue.path] });
    }
  });
  if (issues.length > 0) throw problems(file, 'score sheets', sortByRecord(issues));
  return `${file}: valid emulation sheets: ${plural(sheets.length, 'sheet')} in ${plural(clusters.size, 'cluster')}, scored with ${table.name}`;
}

/** Checks emulation decisions: each decision's schema, and no unit decided twice, in one run. */
function validateDecisions(file: string, json: unknown): string {
  const { values, issues: schemaIssues } = parseEach(emulationDecisionSchema, json);
  const issues: Issue[] = [...schemaIssues];
  const units = new Set<string>();
  values.forEach((decision, index) => {
    const unit = decision?.unit ?? ownField(Array.isArray(json) ? json[index] : undefined, 'unit');
    if (typeof unit !== 'string') return;
    if (units.has(unit)) issues.push({ path: [index, 'unit'], message: `unit ${quoteText(unit)} has more than one decision` });
    units.add(unit);
  });
  if (issues.length > 0) throw problems(file, 'emulation decisions', sortByRecord(issues));
  return `${file}: valid emulation decisions: ${plural(values.length, 'decision')}`;
}

/** Runs `validate`. */
export function runValidate(args: ParsedArgs, io: CliIo): ExitCode {
  const file = args.positionals[0] ?? '';
  const table = isTablePath(file) || isWorkbookPath(file);
  if (stringOption(args, 'as') === undefined && !table) {
    throw usageError(`say what ${file} holds with --as ${fileKinds.join('|')}`, 'validate');
  }
  const kind = choiceOption(args, 'validate', 'as', fileKinds, 'dataset');
  const aKind = `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
  if (args.values.hierarchy !== undefined && kind !== 'plan' && kind !== 'dataset' && kind !== 'group-set') throw usageError(`--hierarchy does not apply to ${aKind} file`, 'validate');
  if (args.values.catalog !== undefined && kind !== 'plan' && kind !== 'dataset') throw usageError(`--catalog does not apply to ${aKind} file`, 'validate');
  if (args.values.table !== undefined && kind !== 'emulation-sheets') throw usageError(`--table does not apply to ${aKind} file`, 'validate');
  if (table && kind !== 'dataset' && kind !== 'plan' && kind !== 'catalog') throw usageError(`${aKind} is read from JSON; only a dataset, a plan or a catalog may be a table (.csv, .tsv, .txt, .xlsx)`, 'validate');
  const catalogFile = stringOption(args, 'catalog');
  const hierarchyFile = stringOption(args, 'hierarchy');
  const reading = tableReading(args, 'validate', 'vi');
  const catalog = kind === 'plan' || kind === 'dataset' ? loadCatalog(io, catalogFile, reading) : undefined;
  const hierarchy = hierarchyFile === undefined ? undefined : loadHierarchy(io, hierarchyFile);
  const text = (): string => readText(io, file);
  let summary: string;
  switch (kind) {
    case 'dataset':
      summary = validateDataset(io, file, catalog ?? loadCatalog(io, undefined), catalogFile, hierarchy, reading);
      break;
    case 'plan': {
      const plan = table
        ? loadPlan(io, file, catalog ?? loadCatalog(io, undefined), hierarchy, reading)
        : fromFile(file, () => parsePlan(parseJsonText(file, text()), { catalog: catalog ?? loadCatalog(io, undefined), ...(hierarchy === undefined ? {} : { hierarchy }) }));
      summary = `${file}: valid plan ${plan.id}: ${plural(plan.targets.length, 'target')} for area ${plan.area}, period ${plan.period}`;
      break;
    }
    case 'catalog': {
      const built = table ? loadCatalog(io, file, reading) : fromFile(file, () => buildCatalog(parseJsonText(file, text())));
      summary = `${file}: valid catalog: ${plural(built.list.length, 'indicator')}`;
      break;
    }
    case 'hierarchy': {
      const json = parseJsonText(file, text());
      const built = fromFile(file, () => hierarchyFromJson(json));
      summary = `${file}: valid hierarchy: ${plural(built.units.length, 'unit version')}, ${plural(built.successions.length, 'succession')}, levels ${built.levels.join(' > ')}`;
      break;
    }
    case 'group-set': {
      const json = parseJsonText(file, text());
      const set = fromFile(file, () => parseUnitGroupSet(hierarchy ?? loadHierarchy(io, undefined), json as UnitGroupSetInput));
      summary = `${file}: valid group set ${set.id}: ${plural(set.groups.length, 'group')} of ${plural(new Set(set.groups.flatMap((group) => group.members)).size, 'unit')}`;
      break;
    }
    case 'emulation-table': {
      const json = parseJsonText(file, text());
      const table = fromFile(file, () => parseEmulationScoringTable(json));
      summary = `${file}: valid emulation table ${table.name}: ${String(table.criteria.length)} ${table.criteria.length === 1 ? 'criterion' : 'criteria'}, ${plural(table.grades.length, 'grade')}, ${plural(table.awards.length, 'award tier')}`;
      break;
    }
    case 'emulation-sheets':
      summary = validateScoreSheets(file, parseJsonText(file, text()), loadScoringTable(io, stringOption(args, 'table')));
      break;
    case 'emulation-decisions':
      summary = validateDecisions(file, parseJsonText(file, text()));
      break;
  }
  io.stdout(`${summary}\n`);
  return exitCodes.success;
}
