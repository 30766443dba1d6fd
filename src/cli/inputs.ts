/*
 * The inputs of the commands: each read from the file given, or the bundled Như Xuân data when no
 * file is given. Every library error met while reading a file becomes an input error naming the file
 * and listing every problem with its path (JSON) or line and column (CSV).
 */
import * as z from 'zod/mini';
import { type Issue, PlanningError, parseWithSchema, quoteText } from '../numeric/index.js';
import {
  type AdminUnitInput,
  type Hierarchy,
  type SuccessionInput,
  type UnitGroupSet,
  type UnitGroupSetInput, buildHierarchy, parseUnitGroupSet, unitAt, vietnameseUnitTypes } from '../admin/index.js';
import { type Catalog, buildCatalog } from '../indicator/index.js';
import { type Dataset, type Observation, buildDataset, parseObservations, valueRangeProblems } from '../observation/index.js';
import { type Plan, parsePlan } from '../target/index.js';
import { type EmulationScoreSheetInput, type EmulationScoringTable, emulationScoreSheetSchema, parseEmulationScoringTable } from '../ranking/index.js';
import { type Language } from '../format/index.js';
import { type ImportNote, catalogFromCsv, catalogFromSheet, observationsFromCsv, observationsFromSheet, planFromCsv, planFromSheet } from '../exchange/index.js';
import { vnDistrictIndicatorCatalog } from '../datasets/vietnam/index.js';
import {
  nhuXuanDataset2024,
  nhuXuanEmulationClusters2024,
  nhuXuanEmulationSheets2024,
  nhuXuanEmulationTable2024,
  nhuXuanHierarchy,
  nhuXuanPlan2024,
  nhuXuanPlan2024Input,
} from '../datasets/nhu-xuan/index.js';
import { CliError, exitCodes, inputError } from './errors.js';
import { type CliIo, parseJsonText, readJson, readText } from './io.js';
import {
  type TableReading,
  chooseSheet,
  defaultTableReading,
  isTablePath,
  isWorkbookPath,
  readTableText,
  readWorkbookSheets,
  textTableOptions,
} from './tables.js';

/** Runs a parser on a file's content, turning a library error into an input error about that file. */
export function fromFile<T>(file: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof PlanningError) throw inputError(file, error);
    throw error;
  }
}

/** Problems found by the CLI itself (not by a parser) in a file: an input error listing them. */
export function problems(file: string, what: string, issues: readonly Issue[]): CliError {
  const count = `${String(issues.length)} problem${issues.length === 1 ? '' : 's'}`;
  return inputError(file, new PlanningError('invalid-input', `invalid ${what}: ${count}`, { issues }));
}

/** The names of the sheet that holds a plan, and a catalog, in a workbook (else its first sheet). */
export const planSheetNames: readonly string[] = ['kế hoạch', 'plan'];
export const catalogSheetNames: readonly string[] = ['danh mục', 'catalog'];

/**
 * The indicator catalog: `--catalog FILE` (a JSON list of indicators, or `{ "indicators": [...] }`; a
 * table of one row per indicator in .csv, .tsv, .txt or .xlsx), or the bundled Vietnamese district catalog.
 */
export function loadCatalog(io: CliIo, file: string | undefined, reading: TableReading = defaultTableReading): Catalog {
  if (file === undefined) return vnDistrictIndicatorCatalog;
  if (isTablePath(file)) {
    const text = readTableText(io, file, reading);
    return fromFile(file, () => catalogFromCsv(text, textTableOptions(file, text, reading)));
  }
  if (isWorkbookPath(file)) {
    const sheet = chooseSheet(file, readWorkbookSheets(io, file), catalogSheetNames);
    return fromFile(file, () => catalogFromSheet(sheet));
  }
  const json = readJson(io, file);
  return fromFile(file, () => buildCatalog(json));
}

const hierarchyFileSchema = z.object({
  levels: z.optional(z.array(z.string())),
  units: z.array(z.unknown()),
  successions: z.optional(z.array(z.unknown())),
});

/** Builds a hierarchy from the JSON of a hierarchy file: `{ "levels"?, "units", "successions"? }`. */
export function hierarchyFromJson(json: unknown): Hierarchy {
  const file = parseWithSchema(hierarchyFileSchema, json, 'hierarchy file');
  // The units and successions are checked one by one by buildHierarchy, with their paths.
  return buildHierarchy(file.units as readonly AdminUnitInput[], {
    ...(file.levels === undefined ? {} : { levels: file.levels }),
    ...(file.successions === undefined ? {} : { successions: file.successions as readonly SuccessionInput[] }),
  });
}

/** The administrative hierarchy: `--hierarchy FILE`, or the bundled Như Xuân hierarchy. */
export function loadHierarchy(io: CliIo, file: string | undefined): Hierarchy {
  if (file === undefined) return nhuXuanHierarchy;
  const json = readJson(io, file);
  return fromFile(file, () => hierarchyFromJson(json));
}

/** Observations read from a file, with the notes of a CSV import (rows skipped). */
export interface LoadedObservations {
  readonly observations: readonly Observation[];
  readonly notes: readonly ImportNote[];
}

/** Whether a file's observations are located by line or row (a table) rather than by a JSON path. */
function isTableFile(file: string): boolean {
  return isTablePath(file) || isWorkbookPath(file);
}

/** The names of the sheet that holds observations in a workbook (else its first sheet). */
export const observationSheetNames: readonly string[] = ['số liệu', 'observations', 'data'];

/**
 * Reads observations: a `.csv`, `.tsv` or `.txt` file as a tidy table (`observationsFromCsv`, decoded
 * and split as `reading` says), an `.xlsx` file from its observations sheet (`observationsFromSheet`),
 * anything else as a JSON list of observations (`parseObservations`). Indicator codes must be in the
 * catalog and values inside their indicators' valid ranges. A JSON file with schema problems reports
 * its unknown indicators in the same run.
 */
export function loadObservations(
  io: CliIo,
  file: string,
  catalog: Catalog,
  catalogFile: string | undefined,
  reading: TableReading = defaultTableReading,
  knownAreas?: Iterable<string>,
): LoadedObservations {
  const known = { knownIndicators: catalog.indicators.keys(), ...(knownAreas === undefined ? {} : { knownAreas }) };
  if (isTablePath(file)) {
    const text = readTableText(io, file, reading);
    const loaded = fromFile(file, () => observationsFromCsv(text, { ...known, ...textTableOptions(file, text, reading) }));
    refuseOutOfRange(file, catalog, loaded.observations);
    return loaded;
  }
  if (isWorkbookPath(file)) {
    const sheet = chooseSheet(file, readWorkbookSheets(io, file), observationSheetNames);
    const loaded = fromFile(file, () => observationsFromSheet(sheet, { ...known, ...(reading.decimal === undefined ? {} : { decimalSeparator: reading.decimal }) }));
    refuseOutOfRange(file, catalog, loaded.observations);
    return loaded;
  }
  const json = parseJsonText(file, readText(io, file));
  const observations = observationsFromJson(file, json, catalog, catalogFile);
  const issues = [...unknownIndicators(observations, catalog, catalogFile), ...valueRangeProblems(catalog, observations)];
  if (issues.length > 0) throw problems(file, 'observations', issues);
  return { observations, notes: [] };
}

/**
 * Parses a JSON list of observations; when it has schema problems, the unknown indicators of its
 * readable elements are reported with them, in the same run.
 */
export function observationsFromJson(file: string, json: unknown, catalog: Catalog, catalogFile: string | undefined): readonly Observation[] {
  try {
    return parseObservations(json);
  } catch (error) {
    if (!(error instanceof PlanningError)) throw error;
    throw problems(file, 'observations', [...error.issues, ...unknownIndicatorsIn(json, catalog, catalogFile)]);
  }
}

/** The unknown indicator codes among the elements of a JSON list that name one. */
function unknownIndicatorsIn(json: unknown, catalog: Catalog, catalogFile: string | undefined): Issue[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((element: unknown, index): Issue[] => {
    if (typeof element !== 'object' || element === null || !Object.hasOwn(element, 'indicator')) return [];
    const code = (element as { readonly indicator: unknown }).indicator;
    if (typeof code !== 'string' || catalog.indicators.has(code)) return [];
    return [{ path: [index, 'indicator'], message: unknownIndicatorMessage(catalog, code, catalogFile, true) }];
  });
}

/**
 * Stops with one input error listing every value outside its indicator's valid range. The paths of a
 * table's observations are not its lines, so there each message alone (indicator, area, period)
 * says where.
 */
export function refuseOutOfRange(file: string, catalog: Catalog, observations: readonly Observation[]): void {
  const issues = valueRangeProblems(catalog, observations);
  if (issues.length === 0) return;
  throw problems(file, 'observations', isTableFile(file) ? issues.map((issue) => ({ ...issue, path: [] })) : issues);
}

/** Why an indicator code is unknown, with the catalog's codes (the near ones first) and where to add it. */
export function unknownIndicatorMessage(catalog: Catalog, code: string, catalogFile: string | undefined, brief = false): string {
  const known = [...catalog.indicators.keys()];
  const stem = code.toLowerCase().slice(0, 4);
  const near = known.filter((candidate) => candidate.toLowerCase().includes(stem));
  const listed = [...near, ...known.filter((candidate) => !near.includes(candidate))].slice(0, 12);
  const where = catalogFile ?? 'the bundled Vietnamese district catalog';
  const guess = near.length > 0 ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : '';
  const codes = brief ? '' : `; its ${String(known.length)} codes include ${listed.join(', ')}${known.length > listed.length ? ', …' : ''}`;
  return `unknown indicator ${quoteText(code)}: ${where} has no such code${guess}${codes}; pass a catalog that defines it with --catalog`;
}

/** One problem per observation whose indicator the catalog does not know. */
export function unknownIndicators(observations: readonly (Observation | undefined)[], catalog: Catalog, catalogFile: string | undefined): Issue[] {
  const issues: Issue[] = [];
  observations.forEach((observation, index) => {
    if (observation === undefined || catalog.indicators.has(observation.indicator)) return;
    issues.push({ path: [index, 'indicator'], message: unknownIndicatorMessage(catalog, observation.indicator, catalogFile, true) });
  });
  return issues;
}

/** The observations as a dataset: `--data FILE`, or the bundled illustrative Như Xuân observations. */
export function loadDataset(io: CliIo, file: string | undefined, catalog: Catalog, catalogFile: string | undefined, reading: TableReading = defaultTableReading): Dataset {
  if (file === undefined) return nhuXuanDataset2024;
  return buildDataset(loadObservations(io, file, catalog, catalogFile, reading).observations);
}

/** The plan: `--plan FILE` parsed against the catalog (and the hierarchy, when one was given), or the bundled Như Xuân 2024 plan. */
export function loadPlan(io: CliIo, file: string | undefined, catalog: Catalog, hierarchy: Hierarchy | undefined, reading: TableReading = defaultTableReading): Plan {
  const context = { catalog, ...(hierarchy === undefined ? {} : { hierarchy }) };
  if (file === undefined) {
    if (catalog === vnDistrictIndicatorCatalog && hierarchy === undefined) return nhuXuanPlan2024;
    return fromFile('the bundled Như Xuân 2024 plan', () => parsePlan(nhuXuanPlan2024Input, context));
  }
  if (isTablePath(file)) {
    const text = readTableText(io, file, reading);
    return fromFile(file, () => planFromCsv(text, context, textTableOptions(file, text, reading)));
  }
  if (isWorkbookPath(file)) {
    const sheet = chooseSheet(file, readWorkbookSheets(io, file), planSheetNames);
    return fromFile(file, () => planFromSheet(sheet, context, reading.decimal === undefined ? {} : { decimalSeparator: reading.decimal }));
  }
  const json = readJson(io, file);
  return fromFile(file, () => parsePlan(json, context));
}

/** The emulation scoring table: `--table FILE`, or the bundled illustrative Như Xuân table. */
export function loadScoringTable(io: CliIo, file: string | undefined): EmulationScoringTable {
  if (file === undefined) return nhuXuanEmulationTable2024;
  const json = readJson(io, file);
  return fromFile(file, () => parseEmulationScoringTable(json));
}

/** The score sheets: `--sheets FILE` (a JSON list of sheets), or the bundled illustrative Như Xuân sheets. */
export function loadScoreSheets(io: CliIo, file: string | undefined): readonly EmulationScoreSheetInput[] {
  if (file === undefined) return nhuXuanEmulationSheets2024;
  const json = readJson(io, file);
  // Checked here for the paths of the problems; scoreEmulation parses each sheet again.
  fromFile(file, () => parseWithSchema(z.array(emulationScoreSheetSchema), json, 'score sheets'));
  return json as readonly EmulationScoreSheetInput[];
}

/** The emulation clusters: `--clusters FILE` checked against the hierarchy, or the bundled illustrative Như Xuân clusters. */
export function loadClusters(io: CliIo, file: string | undefined, hierarchy: Hierarchy): UnitGroupSet {
  if (file === undefined) return nhuXuanEmulationClusters2024;
  const json = readJson(io, file);
  return fromFile(file, () => parseUnitGroupSet(hierarchy, json as UnitGroupSetInput));
}

/** The name of a unit on a date, prefixed with its type in the report's language (`Huyện Như Xuân`); undefined when the hierarchy does not know it. */
export function unitTitle(hierarchy: Hierarchy, code: string, date: string, lang: Language): string | undefined {
  const unit = unitAt(hierarchy, code, date);
  if (unit === undefined) return undefined;
  const type = Object.hasOwn(vietnameseUnitTypes, unit.type) ? vietnameseUnitTypes[unit.type as keyof typeof vietnameseUnitTypes] : undefined;
  if (type === undefined) return unit.name;
  return lang === 'en' ? `${unit.name} ${type.nameEn}` : `${type.name} ${unit.name}`;
}

/** Stops with an input error (exit 1) when a file's content cannot be used at all. */
export function unusable(file: string, message: string): CliError {
  return new CliError(exitCodes.invalidInput, `${file}: ${message}`);
}
