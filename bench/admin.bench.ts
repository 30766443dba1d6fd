/**
 * Administrative units: a synthetic national hierarchy the size of Vietnam's before 2025, 63
 * provinces, 700 districts, 10,000 communes and 100,000 villages (110,763 units).
 *
 * hierarchy-build: `buildHierarchy` (every record checked against its schema, then against each
 * other, and indexed) against a plain build of the same indexes with no checks: a Map from each code
 * to its versions (a lone version bare, as in the library's index) and a Map from each parent code to
 * its children. Goal (issue 15): under 100 ms.
 * hierarchy-build-copy: the same build against the same plain Maps built over a frozen copy of each
 * record, as a library that hands out immutable units must make (the caller keeps its records and
 * may change them): what is left between the two is the checks and the columns by slot. No goal;
 * kept for reading the first.
 * unit-lookup: 1,000,000 random codes of every level at four dates, looked up with the look-up
 * prepared for a date (`unitLookupAt(hierarchy, date)`, then one call per code), against the plain
 * Map from code to versions (a lone version stored bare, as the library stores it) and a scan of the
 * versions for the one valid that day, one call per code over the same lists: both sides use each
 * answer at once (here they count the units found). Goal (issue 15): at least 5 million look-ups a
 * second.
 * unit-lookup-batch: the same look-ups with the batch form (`unitsOfCodes(hierarchy, codes, date)`,
 * one call per date), against the same plain look-up filling a list of the answers as the batch
 * does. No goal: the list costs both sides alike, and the prepared form above makes none.
 * unit-lookup-map: the same look-ups against a bare `Map.get` of each code in a Map from code to unit
 * (no date, no versions): the floor that any look-up of string codes in a hash table pays on this
 * machine, for reading the absolute goal. No goal; kept for information.
 */
import { performance } from 'node:perf_hooks';
import { type AdminUnitInput, type Hierarchy, buildHierarchy, unitLookupAt, unitsOfCodes } from '../src/index.js';
import { type Benchmark, type BenchmarkContext, type BenchRow, compare, createRandom, randomInt, scaled } from './harness.js';

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function syntheticUnits(context: BenchmarkContext): AdminUnitInput[] {
  const provinces = scaled(63, context, 2);
  const districts = scaled(700, context, 4);
  const communes = scaled(10_000, context, 8);
  const villages = scaled(100_000, context, 16);
  const units: AdminUnitInput[] = [];
  for (let p = 1; p <= provinces; p += 1) {
    units.push({ code: pad(p, 2), name: `Tỉnh ${String(p)}`, type: 'province', level: 'province', validFrom: '2004-07-08' });
  }
  for (let d = 1; d <= districts; d += 1) {
    const parent = pad(((d - 1) % provinces) + 1, 2);
    units.push({ code: pad(d, 3), name: `Huyện ${String(d)}`, type: 'rural-district', level: 'district', parent, validFrom: '2004-07-08' });
  }
  for (let c = 1; c <= communes; c += 1) {
    const parent = pad(((c - 1) % districts) + 1, 3);
    units.push({ code: pad(c, 5), name: `Xã ${String(c)}`, type: 'commune', level: 'commune', parent, validFrom: '2004-07-08' });
  }
  for (let v = 1; v <= villages; v += 1) {
    const parent = pad(((v - 1) % communes) + 1, 5);
    units.push({ code: `${parent}-${pad(v, 6)}`, name: `Thôn ${String(v)}`, type: 'village', level: 'village', parent, validFrom: '2010-01-01' });
  }
  return units;
}

interface PlainHierarchy {
  /** Each code's versions, a lone version stored bare as the library stores it. */
  readonly versions: Map<string, AdminUnitInput | AdminUnitInput[]>;
  readonly children: Map<string, string[]>;
}

function buildPlain(units: readonly AdminUnitInput[]): PlainHierarchy {
  const versions = new Map<string, AdminUnitInput | AdminUnitInput[]>();
  const children = new Map<string, string[]>();
  for (const unit of units) {
    const known = versions.get(unit.code);
    if (known === undefined) versions.set(unit.code, unit);
    else if (Array.isArray(known)) known.push(unit);
    else versions.set(unit.code, [known, unit]);
    if (unit.parent === undefined) continue;
    const siblings = children.get(unit.parent);
    if (siblings === undefined) children.set(unit.parent, [unit.code]);
    else siblings.push(unit.code);
  }
  return { versions, children };
}

function validOn(version: AdminUnitInput, date: string): boolean {
  return (version.validFrom ?? '') <= date && (version.validTo === undefined || version.validTo === null || date <= version.validTo);
}

/** The version of a code valid on a day (ISO dates compare as strings). */
function plainUnitAt(hierarchy: PlainHierarchy, code: string, date: string): AdminUnitInput | undefined {
  const versions = hierarchy.versions.get(code);
  if (versions === undefined) return undefined;
  if (!Array.isArray(versions)) return validOn(versions, date) ? versions : undefined;
  for (const version of versions) if (validOn(version, date)) return version;
  return undefined;
}

async function runBuild(context: BenchmarkContext): Promise<BenchRow> {
  const units = syntheticUnits(context);
  const first = performance.now();
  const hierarchy: Hierarchy = buildHierarchy(units);
  const firstMs = performance.now() - first;
  const plain = buildPlain(units);
  if (hierarchy.units.length !== units.length || plain.versions.size !== units.length) {
    throw new Error(`built ${String(hierarchy.units.length)} units and ${String(plain.versions.size)} codes from ${String(units.length)} records`);
  }
  return compare({
    name: 'hierarchy-build',
    goal: { kind: 'time', belowMs: 100 },
    baseline: 'plain Maps of versions and children, no checks',
    library: () => buildHierarchy(units),
    against: () => buildPlain(units),
    rounds: context.rounds ?? 7,
    scale: context.scale,
    notes: [`${String(units.length)} units; first (cold) build ${firstMs.toFixed(0)} ms`],
  });
}

/**
 * A frozen copy of a synthetic record, made by one literal of its shape (the fastest copy: a spread
 * copy took twice as long), with the same fields in the same order.
 */
function copyUnit({ code, name, type, level, parent, validFrom }: AdminUnitInput): AdminUnitInput {
  return parent === undefined ? Object.freeze({ code, name, type, level, validFrom }) : Object.freeze({ code, name, type, level, parent, validFrom });
}

/** The plain build over a frozen copy of each record. */
function buildPlainCopied(units: readonly AdminUnitInput[]): PlainHierarchy {
  const copies = new Array<AdminUnitInput>(units.length);
  for (let position = 0; position < units.length; position += 1) {
    const unit = units[position];
    if (unit !== undefined) copies[position] = copyUnit(unit);
  }
  return buildPlain(copies);
}

async function runBuildCopied(context: BenchmarkContext): Promise<BenchRow> {
  const units = syntheticUnits(context);
  const plain = buildPlainCopied(units);
  if (plain.versions.size !== units.length) throw new Error(`built ${String(plain.versions.size)} codes from ${String(units.length)} records`);
  return compare({
    name: 'hierarchy-build-copy',
    goal: { kind: 'none' },
    baseline: 'plain Maps of versions and children over a frozen copy of each record, no checks',
    library: () => buildHierarchy(units),
    against: () => buildPlainCopied(units),
    rounds: context.rounds ?? 7,
    scale: context.scale,
    notes: [`${String(units.length)} units: the difference is the library's checks of every record and link, and its columns by slot`],
  });
}

interface LookupData {
  readonly units: readonly AdminUnitInput[];
  readonly hierarchy: Hierarchy;
  readonly plain: PlainHierarchy;
  readonly lookups: number;
  readonly dates: readonly string[];
  /** The look-ups grouped by date, as a join of a dataset to its hierarchy groups them: both sides get these lists. */
  readonly codesByDate: readonly (readonly string[])[];
  readonly distinctCodes: number;
}

function lookupData(context: BenchmarkContext): LookupData {
  const units = syntheticUnits(context);
  const hierarchy = buildHierarchy(units);
  const plain = buildPlain(units);
  const lookups = scaled(1_000_000, context, 1000);
  const random = createRandom(15_005);
  const dates = ['2012-03-31', '2018-06-30', '2024-12-31', '2025-06-30'];
  // The look-ups grouped by date, as a join of a dataset to its hierarchy groups them: both sides get these lists.
  const codesByDate: string[][] = dates.map(() => []);
  const allCodes: string[] = [];
  for (let index = 0; index < lookups; index += 1) {
    const code = units[randomInt(random, units.length)]?.code ?? '01';
    codesByDate[randomInt(random, dates.length)]?.push(code);
    allCodes.push(code);
  }
  return { units, hierarchy, plain, lookups, dates, codesByDate, distinctCodes: new Set(allCodes).size };
}

/** The library's look-ups: unitsOfCodes, one call per date; the number of units found. */
function libraryBatchLookups({ hierarchy, dates, codesByDate }: LookupData): number {
  let found = 0;
  dates.forEach((date, at) => {
    for (const unit of unitsOfCodes(hierarchy, codesByDate[at] ?? [], date)) if (unit !== undefined) found += 1;
  });
  return found;
}

/** The library's look-ups: unitLookupAt once per date, then one call per code; the number of units found. */
function libraryLookups({ hierarchy, dates, codesByDate }: LookupData): number {
  let found = 0;
  dates.forEach((date, at) => {
    const unitOn = unitLookupAt(hierarchy, date);
    for (const code of codesByDate[at] ?? []) if (unitOn(code) !== undefined) found += 1;
  });
  return found;
}

/** The baseline's look-ups, one call per code; the number of units found. */
function plainLookups({ plain, dates, codesByDate }: LookupData): number {
  let found = 0;
  dates.forEach((date, at) => {
    for (const code of codesByDate[at] ?? []) if (plainUnitAt(plain, code, date) !== undefined) found += 1;
  });
  return found;
}

/** The baseline's look-ups into a list per date, as the batch makes one; the number of units found. */
function plainBatchLookups({ plain, dates, codesByDate }: LookupData): number {
  let found = 0;
  dates.forEach((date, at) => {
    const codes = codesByDate[at] ?? [];
    const units = new Array<AdminUnitInput | undefined>(codes.length);
    for (let position = 0; position < codes.length; position += 1) units[position] = plainUnitAt(plain, codes[position] ?? '', date);
    for (const unit of units) if (unit !== undefined) found += 1;
  });
  return found;
}

async function runLookup(context: BenchmarkContext): Promise<BenchRow> {
  const data = lookupData(context);
  const { units, lookups } = data;
  const libraryFound = libraryLookups(data);
  const plainFound = plainLookups(data);
  if (libraryFound !== plainFound) throw new Error(`unitLookupAt found ${String(libraryFound)} units and the baseline ${String(plainFound)}`);
  return compare({
    name: 'unit-lookup',
    goal: { kind: 'rate', atLeastPerSecond: 5_000_000, operations: lookups },
    baseline: 'Map.get of the versions and a scan for the date',
    library: () => libraryLookups(data),
    against: () => plainLookups(data),
    rounds: context.rounds ?? 9,
    scale: context.scale,
    notes: [
      `${String(lookups)} look-ups of ${String(data.distinctCodes)} distinct codes among ${String(units.length)} units; ${String(libraryFound)} valid on their date`,
      'library: unitLookupAt once per date, then one call per code',
    ],
  });
}

async function runBatchLookup(context: BenchmarkContext): Promise<BenchRow> {
  const data = lookupData(context);
  const { lookups } = data;
  const libraryFound = libraryBatchLookups(data);
  const plainFound = plainBatchLookups(data);
  if (libraryFound !== plainFound) throw new Error(`unitsOfCodes found ${String(libraryFound)} units and the baseline ${String(plainFound)}`);
  return compare({
    name: 'unit-lookup-batch',
    goal: { kind: 'none' },
    baseline: 'Map.get of the versions and a scan for the date, into a list per date',
    library: () => libraryBatchLookups(data),
    against: () => plainBatchLookups(data),
    rounds: context.rounds ?? 9,
    scale: context.scale,
    operations: lookups,
    notes: ['library: unitsOfCodes, one call per date over that date\'s codes; both sides fill a fresh list per date'],
  });
}

async function runLookupFloor(context: BenchmarkContext): Promise<BenchRow> {
  const data = lookupData(context);
  const { units, lookups, codesByDate } = data;
  const unitByCode = new Map<string, AdminUnitInput>();
  for (const unit of units) unitByCode.set(unit.code, unit);
  const runMap = (): number => {
    let found = 0;
    for (const codes of codesByDate) for (const code of codes) if (unitByCode.get(code) !== undefined) found += 1;
    return found;
  };
  // Every code of the synthetic hierarchy is valid on each date from 2012 on, so both count every look-up.
  const libraryFound = libraryLookups(data);
  const mapFound = runMap();
  if (libraryFound !== mapFound) throw new Error(`unitLookupAt found ${String(libraryFound)} units and Map.get ${String(mapFound)}`);
  return compare({
    name: 'unit-lookup-map',
    goal: { kind: 'none' },
    baseline: 'a bare Map.get of each code (no date, no versions)',
    library: () => libraryLookups(data),
    against: runMap,
    rounds: context.rounds ?? 9,
    scale: context.scale,
    operations: lookups,
    notes: [
      `${String(lookups)} look-ups of ${String(data.distinctCodes)} distinct codes among ${String(units.length)} units: the floor of a look-up of string codes in a hash table on this machine`,
    ],
  });
}

/** The benchmarks of this file. */
export const benchmarks: readonly Benchmark[] = [
  { name: 'hierarchy-build', title: 'build a hierarchy of 110,763 units', run: runBuild },
  { name: 'hierarchy-build-copy', title: 'the same build against plain Maps over frozen copies of the records', run: runBuildCopied },
  { name: 'unit-lookup', title: 'unitAt on 1,000,000 random codes, through the prepared look-up unitLookupAt', run: runLookup },
  { name: 'unit-lookup-batch', title: 'the same look-ups with the batch form, unitsOfCodes', run: runBatchLookup },
  { name: 'unit-lookup-map', title: 'the same look-ups against a bare Map.get', run: runLookupFloor },
];
