import { type Decimal, PlanningError, type Issue, quoteText, quoteList } from '../numeric/index.js';
import { type Hierarchy, type UnitGroupSet, unitAt, versionsOf } from '../admin/index.js';
import {
  type EmulationScore,
  type EmulationScoreSheetInput,
  type EmulationScoringTable,
  type RankDirection,
  type RankedItem,
  type TieMethod,
  assignAwards,
  rank,
  rankDirections,
  rankWithinGroups,
  scoreEmulation,
  tieMethods,
} from '../ranking/index.js';
import type { Language } from '../format/index.js';
import { type Grid, cellNumber, cellText, gridFromCsv, gridFromSheet, isBlank } from '../exchange/index.js';
import { type Report, type ReportSection, rankingSection } from '../report/index.js';
import {
  type CommandSpec,
  type ParsedArgs,
  choiceOption,
  outputChoice,
  outputOptions,
  stringOption,
} from './args.js';
import { type ExitCode, usageError } from './errors.js';
import { fromFile, loadClusters, loadHierarchy, loadScoreSheets, loadScoringTable, problems, unusable } from './inputs.js';
import type { CliIo } from './io.js';
import { type TableReading, chooseSheet, isWorkbookPath, readTableText, readWorkbookSheets, tableOptions, tableReading, textTableOptions } from './tables.js';
import { printReport } from './output.js';
import { cliWords } from './words.js';

/** The emulation inputs: a scoring table, score sheets, clusters and the hierarchy that names the units; each from its file or bundled. */
export interface EmulationInputs {
  readonly table: EmulationScoringTable;
  readonly sheets: readonly EmulationScoreSheetInput[];
  readonly sheetsFile: string;
  readonly clusters: UnitGroupSet;
  readonly hierarchy: Hierarchy;
  /** Whether every input is the bundled illustrative one. */
  readonly bundled: boolean;
}

/** The options that choose emulation inputs (shared by `rank` and `scorecard`). */
export const emulationOptions = [
  { name: 'sheets', type: 'string', value: 'FILE', description: 'emulation score sheets (JSON list); default: the bundled illustrative Như Xuân sheets' },
  { name: 'table', type: 'string', value: 'FILE', description: 'emulation points table (JSON); default: the bundled illustrative table' },
  { name: 'clusters', type: 'string', value: 'FILE', description: 'emulation clusters (a unit group set, JSON) for the clusters\' names; default: the bundled illustrative clusters' },
] as const;

/** Reads the emulation inputs named by `--sheets`, `--table`, `--clusters` and `--hierarchy`. */
export function loadEmulation(io: CliIo, args: ParsedArgs): EmulationInputs {
  const hierarchyFile = stringOption(args, 'hierarchy');
  const sheetsFile = stringOption(args, 'sheets');
  const tableFile = stringOption(args, 'table');
  const clustersFile = stringOption(args, 'clusters');
  const hierarchy = loadHierarchy(io, hierarchyFile);
  return {
    table: loadScoringTable(io, tableFile),
    sheets: loadScoreSheets(io, sheetsFile),
    sheetsFile: sheetsFile ?? 'the bundled score sheets',
    clusters: loadClusters(io, clustersFile, hierarchy),
    hierarchy,
    bundled: hierarchyFile === undefined && sheetsFile === undefined && tableFile === undefined && clustersFile === undefined,
  };
}

/** A unit's name at a date (or its latest name), or its code when the hierarchy does not know it. */
function unitName(hierarchy: Hierarchy, code: string, date: string | undefined): string {
  const dated = date === undefined ? undefined : unitAt(hierarchy, code, date);
  return dated?.name ?? versionsOf(hierarchy, code).at(-1)?.name ?? code;
}

/** Scores every sheet; the problems of all sheets are reported together, each under its sheet's index. */
function scoreSheets(inputs: EmulationInputs): EmulationScore[] {
  const issues: Issue[] = [];
  const scores: EmulationScore[] = [];
  inputs.sheets.forEach((sheet, index) => {
    try {
      scores.push(scoreEmulation(inputs.table, sheet));
    } catch (error) {
      if (!(error instanceof PlanningError)) throw error;
      issues.push(...error.issues.map((issue) => ({ path: [index, ...issue.path], message: issue.message })));
    }
  });
  if (issues.length > 0) throw problems(inputs.sheetsFile, 'score sheets for this points table', issues);
  return scores;
}

/** The emulation section of a report: every unit scored on the points table, ranked in its cluster, graded and awarded. */
export function emulationSection(inputs: EmulationInputs, lang: Language): ReportSection {
  const awards = fromFile(inputs.sheetsFile, () => assignAwards(inputs.table, scoreSheets(inputs)));
  const date = inputs.clusters.validTo ?? inputs.clusters.validFrom;
  const names = Object.fromEntries(awards.map((award) => [award.unit, unitName(inputs.hierarchy, award.unit, date)]));
  const groups = Object.fromEntries(inputs.clusters.groups.map((group) => [group.id, lang === 'en' ? (group.nameEn ?? group.name) : group.name]));
  const words = cliWords[lang];
  return rankingSection(awards, {
    lang,
    names,
    groups,
    table: inputs.table,
    valueLabel: words.emulationPoints,
    notes: inputs.bundled ? [words.illustrativeEmulation] : [],
    id: 'emulation',
  });
}

/** The CSV ranking: the file, the column to rank on, and how. */
interface ColumnRanking {
  readonly file: string;
  readonly by: string;
  readonly key: string | undefined;
  readonly group: string | undefined;
  readonly direction: RankDirection;
  readonly ties: TieMethod;
}

interface CsvRow {
  readonly key: string;
  readonly group: string;
  readonly value: Decimal | null;
}

/**
 * The table of a ranking file: a text table (CSV, TSV, "Unicode Text", decoded and split as
 * --encoding, --delimiter and --decimal say) or the first sheet of a workbook.
 */
function rankingGrid(io: CliIo, file: string, reading: TableReading): Grid {
  if (isWorkbookPath(file)) {
    const sheets = readWorkbookSheets(io, file);
    return fromFile(file, () => gridFromSheet(chooseSheet(file, sheets, []), { decimalSeparator: reading.decimal }));
  }
  const text = readTableText(io, file, reading);
  return fromFile(file, () => gridFromCsv(text, textTableOptions(file, text, reading)));
}

/**
 * Ranks the rows of a table on one column, within groups when a group column is named. The header is
 * the first row that names the --by column, so title rows above it (as offices make them) are skipped.
 */
function rankColumn(io: CliIo, ranking: ColumnRanking, reading: TableReading, lang: Language): ReportSection {
  const { file } = ranking;
  const grid = rankingGrid(io, file, reading);
  const name = (text: string) => text.normalize('NFC').trim();
  const headerIndex = grid.rows.findIndex((row) => row.some((cell) => name(cellText(cell)) === name(ranking.by)));
  const firstRow = grid.rows.find((row) => row.some((cell) => !isBlank(cell)));
  if (firstRow === undefined) throw unusable(file, 'the file is empty; expected a header line naming the columns');
  const header = (headerIndex < 0 ? firstRow : (grid.rows[headerIndex] ?? firstRow)).map((cell) => name(cellText(cell)));
  const columnIndex = (column: string, option: string): number => {
    const index = header.indexOf(name(column));
    if (index < 0) throw usageError(`${option} ${quoteText(column)} is not a column of ${file}; its columns are ${quoteList(header)}`, 'rank');
    return index;
  };
  const valueIndex = columnIndex(ranking.by, '--by');
  const keyIndex = ranking.key === undefined ? 0 : columnIndex(ranking.key, '--key');
  const groupIndex = ranking.group === undefined ? undefined : columnIndex(ranking.group, '--group');
  const issues: Issue[] = [];
  const items: CsvRow[] = [];
  grid.rows.forEach((cells, index) => {
    if (index <= headerIndex || cells.every((cell) => isBlank(cell))) return;
    if (grid.fixedWidth && cells.length !== header.length) {
      const place = grid.rowPlace(index);
      const delimiter = grid.delimiter === '\t' ? 'tabs' : grid.delimiter === ';' ? 'semicolons' : 'commas';
      issues.push({ path: place.path, message: `${place.text}: expected ${String(header.length)} fields as in the header, got ${String(cells.length)}; quote fields that contain ${delimiter}` });
      return;
    }
    const cell = cells[valueIndex] ?? '';
    let value: Decimal | null = null;
    if (!isBlank(cell)) {
      const read = cellNumber(typeof cell === 'string' ? cell.trim() : cell, grid, ranking.by);
      if ('value' in read) value = read.value;
      else {
        const place = grid.place(index, valueIndex);
        const written = grid.decimalSeparator === ',' ? 'with a "," as the decimal separator, such as 87,5' : 'with a "." as the decimal separator, such as 87.5';
        issues.push({ path: place.path, message: `${place.text} (column ${ranking.by}): ${quoteText(cellText(cell))} is not a number; write it ${written}, or leave the cell empty for a missing value` });
      }
    }
    items.push({ key: cellText(cells[keyIndex]).trim(), group: groupIndex === undefined ? '' : cellText(cells[groupIndex]).trim(), value });
  });
  if (issues.length > 0) throw problems(file, 'ranking data', issues);
  const common = {
    key: (row: CsvRow) => row.key,
    value: (row: CsvRow) => row.value,
    direction: ranking.direction,
    ties: ranking.ties,
    missing: 'last' as const,
  };
  const results: RankedItem<CsvRow>[] = fromFile(file, () =>
    groupIndex === undefined ? rank(items, common) : rankWithinGroups(items, { ...common, group: (row) => row.group }),
  );
  return rankingSection(results, { lang, valueLabel: ranking.by, id: 'ranking' });
}

/** `planning-indicators rank`. */
export const rankSpec: CommandSpec = {
  name: 'rank',
  summary:
    'Score emulation sheets on a points table, rank the units within their clusters, grade them and give the awards (default: the bundled illustrative Như Xuân emulation); or rank the rows of a CSV file on one column.',
  positionals: [],
  requiredPositionals: 0,
  options: [
    ...emulationOptions,
    { name: 'hierarchy', type: 'string', value: 'FILE', description: 'administrative units (JSON: { levels?, units, successions? }) that name the units and check the clusters; default: Như Xuân' },
    { name: 'csv', type: 'string', value: 'FILE', description: 'rank the rows of this table instead (CSV, TSV, TXT or an .xlsx workbook\'s first sheet; needs --by)' },
    { name: 'by', type: 'string', value: 'COLUMN', description: 'with --csv: the column of numbers to rank on' },
    { name: 'key', type: 'string', value: 'COLUMN', description: 'with --csv: the column that names each row (default: the first column)' },
    { name: 'group', type: 'string', value: 'COLUMN', description: 'with --csv: rank within the groups of this column (clusters)' },
    { name: 'direction', type: 'string', value: 'DIRECTION', description: 'with --csv: descending (default: the largest ranks first) or ascending' },
    { name: 'ties', type: 'string', value: 'METHOD', description: 'with --csv: standard (default: 1, 2, 2, 4), modified, dense, ordinal or fractional' },
    ...tableOptions,
    ...outputOptions,
  ],
  notes: [
    'CSV output holds the ranking table: one row per unit with its cluster, rank, score, grade and award.',
    'Examples:',
    '  planning-indicators rank',
    '  planning-indicators rank --sheets sheets.json --table points.json --clusters clusters.json --format html > emulation.html',
    '  planning-indicators rank --csv communes.csv --by score --key commune --group cluster',
  ],
};

/** Runs `rank`. */
export function runRank(args: ParsedArgs, io: CliIo): ExitCode {
  const { format, lang } = outputChoice(args, 'rank');
  const csv = stringOption(args, 'csv');
  const words = cliWords[lang];
  let section: ReportSection;
  let title: string;
  const fields: { label: string; value: string }[] = [];
  if (csv === undefined) {
    for (const name of ['by', 'key', 'group', 'direction', 'ties']) {
      if (args.values[name] !== undefined) throw usageError(`--${name} goes with --csv FILE (a ranking of a CSV column)`, 'rank');
    }
    const inputs = loadEmulation(io, args);
    section = emulationSection(inputs, lang);
    title = inputs.table.name;
    fields.push({ label: words.fields.clusters, value: lang === 'en' ? (inputs.clusters.nameEn ?? inputs.clusters.name) : inputs.clusters.name });
  } else {
    for (const name of ['sheets', 'table', 'clusters']) {
      if (args.values[name] !== undefined) throw usageError(`--${name} is for emulation scoring and cannot be used with --csv`, 'rank');
    }
    const by = stringOption(args, 'by');
    if (by === undefined) throw usageError('--csv needs --by COLUMN: the column of numbers to rank on', 'rank');
    section = rankColumn(
      io,
      {
        file: csv,
        by,
        key: stringOption(args, 'key'),
        group: stringOption(args, 'group'),
        direction: choiceOption(args, 'rank', 'direction', rankDirections, 'descending'),
        ties: choiceOption(args, 'rank', 'ties', tieMethods, 'standard'),
      },
      tableReading(args, 'rank', lang),
      lang,
    );
    title = words.rankingTitle(by);
    fields.push({ label: words.fields.file, value: csv });
  }
  const report: Report = { kind: 'report', lang, title, fields, notes: [], sections: [section] };
  return printReport(io, report, format, section.id);
}
