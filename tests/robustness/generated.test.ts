/*
 * Generated bad input for every public parser and the command line (issue 11): random text and
 * JSON, the bundled data and the docs' examples with 1 to 4 edits, and edge values. Each entry point
 * keeps the contract of ./contract.ts. `npm test` runs a bounded number of cases on a fixed seed;
 * `npm run fuzz` runs 100,000 per entry point (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  buildDataset,
  buildHierarchy,
  fromDhis2PeriodId,
  fromSdmxTimePeriod,
  observationsFromCsv,
  observationsFromDhis2DataValueSet,
  observationsFromDhis2Rows,
  observationsFromSdmxJson,
  observationsToCsv,
  observationsToDhis2DataValueSet,
  observationsToDhis2Rows,
  observationsToSdmxJson,
  parseCsv,
  parseEmulationScoringTable,
  parseLocalizedNumber,
  parseMoney,
  parseObservations,
  parsePeriod,
  parsePlan,
  parseScaledNumber,
  parseUnitGroupSet,
  parseYearSeries,
  toDecimal,
} from '../../src/index.js';
import {
  nhuXuanEmulationClusters2024,
  nhuXuanEmulationTable2024,
  nhuXuanHierarchy,
  nhuXuanObservations2024,
  nhuXuanPlan2024Input,
  nhuXuanSuccessions,
  nhuXuanUnits,
} from '../../src/datasets/nhu-xuan/index.js';
import { vnDistrictIndicatorCatalog, vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import { findJsonSyntaxError } from '../../src/cli/json.js';
import { cli } from '../cli/helpers.js';
import { anyJson, anyText, applyEdits, checkContract, mutated, mutatedText, noteCase, parameters, sharedEmptyList, sharedEmptyRecord, timeLimit } from './contract.js';

/** Plain JSON data, as a file would hold it (Decimals as strings). */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

const observationsJson = asJson(nhuXuanObservations2024.slice(0, 12));
const observationsCsv = observationsToCsv(nhuXuanObservations2024.slice(0, 12)).text;
const sdmxJson = asJson(observationsToSdmxJson(nhuXuanObservations2024.slice(0, 12)).message);
const dhis2Rows = asJson(observationsToDhis2Rows(nhuXuanObservations2024.slice(0, 12)).response);
const dhis2Values = asJson(observationsToDhis2DataValueSet(nhuXuanObservations2024.slice(0, 12)).dataValueSet);
const planJson = asJson(nhuXuanPlan2024Input);
const planText = JSON.stringify(nhuXuanPlan2024Input, null, 2);
const clustersJson = asJson(nhuXuanEmulationClusters2024);
const tableJson = asJson(nhuXuanEmulationTable2024);
const hierarchyJson = asJson({ units: nhuXuanUnits, successions: nhuXuanSuccessions });
const seriesJson = [{ year: 2021, value: '100' }, { year: 2022, value: '105.5' }, { year: 2023, value: '-0' }];

const csvAlphabet = ',"\n\r\t =+-@.0123456789eEaQ_';
const jsonAlphabet = '{}[]",:-.0123456789eE tnulfa\\';

/** The text parsers, each on text. */
const textEntries: readonly [string, (text: string) => unknown][] = [
  ['toDecimal', (text) => toDecimal(text)],
  ['parseLocalizedNumber', (text) => parseLocalizedNumber(text, { lang: 'vi' })],
  ['parseScaledNumber', (text) => parseScaledNumber(text, { lang: 'en' })],
  ['parseMoney', (text) => parseMoney(text, { lang: 'vi', into: 9 })],
  ['parsePeriod', (text) => parsePeriod(text)],
  ['fromSdmxTimePeriod', (text) => fromSdmxTimePeriod(text)],
  ['fromDhis2PeriodId', (text) => fromDhis2PeriodId(text)],
  ['parseCsv', (text) => parseCsv(text)],
  ['observationsFromCsv', (text) => observationsFromCsv(text, { defaults: { indicator: 'X', area: '402', status: 'official' } })],
];

/** The structured parsers, each with a valid input to mutate. */
const structuredEntries: readonly [string, (input: unknown) => unknown, unknown][] = [
  ['parseObservations', (input) => buildDataset(parseObservations(input)), observationsJson],
  ['buildCatalog', (input) => buildCatalog(input), asJson(vnDistrictIndicators)],
  ['buildHierarchy', (input) => {
    const file = (typeof input === 'object' && input !== null ? input : { units: input }) as { readonly units: never; readonly successions: never };
    return buildHierarchy(file.units, { successions: file.successions });
  }, hierarchyJson],
  ['parsePlan', (input) => parsePlan(input, { catalog: vnDistrictIndicatorCatalog, hierarchy: nhuXuanHierarchy }), planJson],
  ['parseUnitGroupSet', (input) => parseUnitGroupSet(nhuXuanHierarchy, input as never), clustersJson],
  ['parseEmulationScoringTable', (input) => parseEmulationScoringTable(input), tableJson],
  ['parseYearSeries', (input) => parseYearSeries(input), seriesJson],
  ['observationsFromSdmxJson', (input) => observationsFromSdmxJson(input), sdmxJson],
  ['observationsFromDhis2Rows', (input) => observationsFromDhis2Rows(input), dhis2Rows],
  ['observationsFromDhis2DataValueSet', (input) => observationsFromDhis2DataValueSet(input), dhis2Values],
];

describe('text parsers keep the contract on generated text', () => {
  for (const [name, entry] of textEntries) {
    it(`${name}: random text and edge values`, () => {
      fc.assert(fc.property(anyText, (text) => { checkContract((input) => entry(input as string), text); }), parameters(300));
    }, timeLimit());
  }

  it('observationsFromCsv: the bundled observations as CSV with 1 to 4 edits', () => {
    fc.assert(fc.property(mutatedText(observationsCsv, csvAlphabet), (text) => { checkContract((input) => observationsFromCsv(input as string), text); }), parameters(200));
  }, timeLimit());

  it('the JSON syntax-error finder agrees with JSON.parse on the bundled plan with 1 to 4 edits', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedText(planText, jsonAlphabet), anyText), (text) => {
        noteCase();
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        // A byte order mark is allowed by the finder (files may start with one) and refused by JSON.parse.
        if (text.charCodeAt(0) !== 0xfeff) expect(findJsonSyntaxError(text) === undefined).toBe(valid);
      }),
      parameters(300),
    );
  }, timeLimit());
});

describe('the generators', () => {
  it('never write into a generated value, so memory stays flat over a long run (npm run fuzz grew past 4 GB)', () => {
    // Edits that placed the shared [] and {} edge values by reference wrote later edits into them,
    // which then grew from case to case; the parsers' inputs grew with them.
    const record = applyEdits([{ year: 2024 }], [
      { pick: 1, kind: 'replace', value: sharedEmptyRecord, key: 'value' },
      { pick: 1, kind: 'add', value: sharedEmptyList, key: 'extra' },
    ]);
    const list = applyEdits([{ year: 2024 }], [{ pick: 1, kind: 'replace', value: sharedEmptyList, key: 'value' }]);
    expect([record, list]).toEqual([[{ year: { extra: [] } }], [{ year: [] }]]);
    expect([sharedEmptyList.length, Object.keys(sharedEmptyRecord)]).toEqual([0, []]);
    fc.sample(mutated(seriesJson), { numRuns: 2_000 });
    expect([sharedEmptyList.length, Object.keys(sharedEmptyRecord)]).toEqual([0, []]);
  });
});

describe('structured parsers keep the contract on generated data', () => {
  for (const [name, entry, valid] of structuredEntries) {
    it(`${name}: the valid input with 1 to 4 edits`, () => {
      fc.assert(fc.property(mutated(valid), (input) => { checkContract(entry, input); }), parameters(120));
    }, timeLimit());

    it(`${name}: random JSON`, () => {
      fc.assert(fc.property(anyJson, (input) => { checkContract(entry, input); }), parameters(120));
    }, timeLimit());
  }
});

describe('the command line never fails internally on generated files', () => {
  /** Exit codes 0 to 3: a result, bad input, a usage error or a file error; never 4. */
  const expectHandled = (run: { readonly code: number; readonly stderr: string }): void => {
    noteCase();
    expect(run.stderr).not.toMatch(/internal error/);
    expect([0, 1, 2, 3]).toContain(run.code);
  };

  it('validate --as plan on the bundled plan with 1 to 4 edits', () => {
    fc.assert(fc.property(mutatedText(planText, jsonAlphabet), (text) => { expectHandled(cli(['validate', 'plan.json', '--as', 'plan'], { 'plan.json': text })); }), parameters(40));
  }, timeLimit());

  it('validate on the bundled observations as CSV with 1 to 4 edits', () => {
    fc.assert(fc.property(mutatedText(observationsCsv, csvAlphabet), (text) => { expectHandled(cli(['validate', 'data.csv'], { 'data.csv': text })); }), parameters(40));
  }, timeLimit());

  it('validate --as hierarchy, catalog and group-set on random JSON', () => {
    fc.assert(
      fc.property(anyJson, fc.constantFrom('hierarchy', 'catalog', 'group-set', 'dataset'), (json, kind) => {
        // A list around the value, so that undefined gives a file too.
        const text = JSON.stringify([json]);
        expectHandled(cli(['validate', 'file.json', '--as', kind], { 'file.json': text }));
      }),
      parameters(40),
    );
  }, timeLimit());

  it('rank --csv on random CSV text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mutatedText('unit,score\na,1\nb,-2.5\nc,\n', csvAlphabet)), (text) => {
        expectHandled(cli(['rank', '--csv', 'scores.csv', '--by', 'score'], { 'scores.csv': text }));
      }),
      parameters(40),
    );
  }, timeLimit());
});
