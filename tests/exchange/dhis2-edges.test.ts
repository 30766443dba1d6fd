/*
 * DHIS2 exchange beyond the round trips: the fields of a dataValueSets document (Web API
 * /api/dataValueSets: dataElement, period, orgUnit, categoryOptionCombo, attributeOptionCombo, value,
 * comment, and the period, orgUnit and attributeOptionCombo a set gives all its values), the columns
 * of an analytics response, and each loss and refusal with the text a user reads.
 */
import { describe, expect, it } from 'vitest';
import {
  type ObservationInput,
  observationsFromDhis2DataValueSet,
  observationsFromDhis2Rows,
  observationsToDhis2DataValueSet,
  observationsToDhis2Rows,
  parseObservations,
} from '../../src/index.js';
import { caught } from '../helpers.js';
import { plain } from './arbitraries.js';

const one = { indicator: 'X', area: '402', period: '2024', value: '5', status: 'official' } as const;
const observations = (...inputs: readonly ObservationInput[]) => parseObservations(inputs);
const lossTexts = (losses: readonly { readonly message: string }[]): string[] => losses.map((loss) => loss.message);
const issueTexts = (action: () => unknown): string[] => caught(action).issues.map((issue) => issue.message);

describe('observationsToDhis2DataValueSet', () => {
  it('writes both option combos and the note as the comment, values exactly', () => {
    const { dataValueSet, losses } = observationsToDhis2DataValueSet(
      observations({ ...one, value: '1234567890.123456789012345', note: 'đã kiểm tra', dimensions: { categoryOptionCombo: 'cocF', attributeOptionCombo: 'aocFund' } }),
    );
    expect(dataValueSet).toEqual({
      dataValues: [{ dataElement: 'X', period: '2024', orgUnit: '402', categoryOptionCombo: 'cocF', attributeOptionCombo: 'aocFund', value: '1234567890.123456789012345', comment: 'đã kiểm tra' }],
    });
    expect(Object.keys(dataValueSet.dataValues[0] ?? {})).toEqual(['dataElement', 'period', 'orgUnit', 'categoryOptionCombo', 'attributeOptionCombo', 'value', 'comment']);
    expect(losses).toEqual([]);
  });

  it('keeps values of one cell that differ by a combo, and one value of a cell, saying why', () => {
    const { dataValueSet, losses } = observationsToDhis2DataValueSet(
      observations(
        { ...one, dimensions: { categoryOptionCombo: 'cocF' } },
        { ...one, value: '6', dimensions: { categoryOptionCombo: 'cocM' } },
        { ...one, value: '7', dimensions: { categoryOptionCombo: 'cocM', attributeOptionCombo: 'aoc' } },
        { ...one, value: '8', status: 'estimate', dimensions: { categoryOptionCombo: 'cocF' } },
      ),
    );
    expect(dataValueSet.dataValues.map((dataValue) => dataValue.value)).toEqual(['5', '6', '7']);
    expect(lossTexts(losses)).toEqual([
      'status: DHIS2 data values have no status, and a reader takes them as official; this estimate value is written without its status (write plan values to a data element of their own) (1 observation: #3)',
      'cell: DHIS2 holds one value per data element, period, org unit and disaggregation; another observation of this cell with a more final status or a later publication was written instead (1 observation: #3)',
    ]);
  });

  it('says what each field DHIS2 has no place for is, and which dimensions a set cannot carry', () => {
    const { losses } = observationsToDhis2DataValueSet(
      observations({ ...one, published: '2024-12-20', source: 'Cục Thống kê', unit: { unit: 'VND', power: 9 }, numerator: '1', denominator: '2', dimensions: { sex: 'f' } }),
    );
    expect(lossTexts(losses)).toEqual([
      'published: DHIS2 has no field for the publication date here; it is not written (1 observation: #0)',
      'source: DHIS2 has no field for the source here; it is not written (1 observation: #0)',
      'unit: the unit belongs to the data element in DHIS2; it is not written (1 observation: #0)',
      'numerator: DHIS2 has no field for the numerator here; it is not written (1 observation: #0)',
      'denominator: DHIS2 has no field for the denominator here; it is not written (1 observation: #0)',
      'dimensions.sex: a data value set carries only the dimensions categoryOptionCombo and attributeOptionCombo; this one is not written (1 observation: #0)',
    ]);
  });

  it('takes the status the options name as the one DHIS2 values stand for', () => {
    const { dataValueSet, losses } = observationsToDhis2DataValueSet(observations({ ...one, status: 'plan' }, { ...one, period: '2025' }), { status: 'plan' });
    expect(dataValueSet.dataValues.length).toBe(2);
    expect(lossTexts(losses)).toEqual([
      'status: DHIS2 data values have no status, and a reader takes them as plan; this official value is written without its status (write plan values to a data element of their own) (1 observation: #1)',
    ]);
  });

  it('leaves out an observation whose period, indicator or area DHIS2 cannot name, saying why, once per period', () => {
    const { dataValueSet, losses } = observationsToDhis2DataValueSet(
      observations({ ...one, period: '2021/2025' }, { ...one, period: '2021/2025', value: '6' }, { ...one, indicator: 'Y' }, { ...one, area: '403' }, { ...one, period: '2023' }),
      { dataElementIds: { X: 'deX' }, orgUnitIds: { '402': 'ou402' } },
    );
    expect(dataValueSet.dataValues).toEqual([{ dataElement: 'deX', period: '2023', orgUnit: 'ou402', value: '5' }]);
    expect(losses.map((loss) => [loss.kind, loss.field, loss.observations])).toEqual([
      ['observation', 'period', [0, 1]],
      ['observation', 'indicator', [2]],
      ['observation', 'area', [3]],
    ]);
    expect(losses[0]?.message).toMatch(/^period: .*; the observation is not written \(2 observations: #0, #1\)$/);
    expect(losses[2]?.message).toBe('area: area "403" has no DHIS2 identifier in orgUnitIds; the observation is not written (1 observation: #3)');
  });
});

describe('observationsToDhis2Rows', () => {
  it('writes numerator and denominator columns only when a written value has them', () => {
    const { response } = observationsToDhis2Rows(observations({ ...one, status: 'estimate', numerator: '1', denominator: '2' }, { ...one, value: '6' }));
    expect(response.headers.map((header) => header.name)).toEqual(['dx', 'pe', 'ou', 'value']);
    expect(response.rows).toEqual([['X', '2024', '402', '6']]);
    const parts = observationsToDhis2Rows(observations({ ...one, denominator: '2' }, { ...one, period: '2025' })).response;
    expect(parts.rows).toEqual([['X', '2024', '402', '5', '', '2'], ['X', '2025', '402', '5', '', '']]);
  });

  it('lists each identifier once per dimension in metaData', () => {
    const { response } = observationsToDhis2Rows(observations(one, { ...one, period: '2025' }, { ...one, area: '403' }, { ...one, indicator: 'Y', period: '2024-Q1' }));
    expect(response.metaData).toEqual({ items: {}, dimensions: { dx: ['X', 'Y'], pe: ['2024', '2025', '2024Q1'], ou: ['402', '403'] } });
    expect([response.height, response.width, response.headerWidth]).toEqual([4, 4, 4]);
  });

  it('leaves out an observation with a dimension that cannot be a column, and reports empty dimension values', () => {
    const { response, losses } = observationsToDhis2Rows(
      observations({ ...one, dimensions: { value: 'a' } }, { ...one, period: '2025', dimensions: { sex: '' } }, { ...one, period: '2026', dimensions: { '': 'x' } }),
    );
    expect(response.rows).toEqual([['X', '2025', '402', '', '5']]);
    expect(lossTexts(losses)).toEqual([
      'dimensions.value: "value" cannot be a column of an analytics response (it is empty or one of dx, pe, ou, value, numerator, denominator, factor, multiplier, divisor); rename the dimension (1 observation: #0)',
      'dimensions.sex: an empty dimension value is written as an empty cell, which reads back as absent (1 observation: #1)',
      'dimensions.: "" cannot be a column of an analytics response (it is empty or one of dx, pe, ou, value, numerator, denominator, factor, multiplier, divisor); rename the dimension (1 observation: #2)',
    ]);
  });

  it('keeps values that differ by a dimension apart, and writes the note as lost', () => {
    const { response, losses } = observationsToDhis2Rows(observations({ ...one, dimensions: { sex: 'f' } }, { ...one, value: '6', dimensions: { sex: 'm' }, note: 'n' }));
    expect(response.rows).toEqual([['X', '2024', '402', 'f', '5'], ['X', '2024', '402', 'm', '6']]);
    expect(lossTexts(losses)).toEqual(['note: DHIS2 has no field for the note here; it is not written (1 observation: #1)']);
  });
});

describe('observationsFromDhis2Rows', () => {
  const headers = [{ name: 'dx' }, { name: 'pe' }, { name: 'ou' }, { name: 'value' }];

  it('refuses headers without a name and repeated ones', () => {
    expect(issueTexts(() => observationsFromDhis2Rows({ headers: [...headers, { column: 'x' }, 'pe', { name: '' }, { name: 'pe' }], rows: [] }))).toEqual([
      'headers[4]: expected a header with a name; got an object',
      'headers[5]: expected a header with a name; got the string "pe"',
      'headers[6]: expected a header with a name; got an object',
      'headers[7]: the column "pe" is given twice',
    ]);
    expect(issueTexts(() => observationsFromDhis2Rows({ headers: {}, rows: [] }))).toEqual(['(root): expected a DHIS2 analytics response, an object with headers and rows; got an object']);
    expect(issueTexts(() => observationsFromDhis2Rows([]))).toEqual(['(root): expected a DHIS2 analytics response, an object with headers and rows; got an array']);
  });

  it('takes the indicator and area from the defaults when dx and ou are missing, through the identifier maps', () => {
    const { observations: read } = observationsFromDhis2Rows(
      { headers: [{ name: 'pe' }, { name: 'value' }], rows: [['2024', '5']] },
      { defaults: { indicator: 'X', area: '402' }, dataElementIds: { X: 'deX' }, orgUnitIds: { '402': 'ou402' } },
    );
    expect(plain(read)).toEqual(plain(observations(one)));
    expect(plain(observationsFromDhis2Rows({ headers: [{ name: 'pe' }, { name: 'value' }], rows: [['2024', '5']] }, { defaults: { indicator: 'X', area: '402' } }).observations)).toEqual(plain(observations(one)));
    expect(issueTexts(() => observationsFromDhis2Rows({ headers: [{ name: 'value' }], rows: [] }, { defaults: { indicator: 'X', area: '402' } }))).toEqual(['headers: missing the column "pe"']);
  });

  it('notes the multiplier and divisor columns it does not read, and reads the status from the defaults', () => {
    const { observations: read, notes } = observationsFromDhis2Rows(
      { headers: [...headers, { name: 'multiplier' }, { name: 'divisor' }], rows: [['X', '2024', '402', 5, 100, 1]] },
      { defaults: { status: 'estimate' } },
    );
    expect(plain(read)).toEqual(plain(observations({ ...one, status: 'estimate' })));
    expect(notes.map((note) => note.message)).toEqual([
      'header multiplier: this column has no field in an observation, so it is not read (1 record: headers[4])',
      'header divisor: this column has no field in an observation, so it is not read (1 record: headers[5])',
    ]);
  });

  it('refuses cells of the wrong kind with their paths, and skips null and empty values and dimensions', () => {
    const response = {
      headers: [...headers, { name: 'numerator' }, { name: 'Sex' }, { name: '__proto__' }],
      rows: [
        ['X', '2024', '402', null, '', '', ''],
        ['', 2024, '402', '5', 'x', 1, ''],
        ['X', '2024', '402', '5', '', null, 'a'],
        ['X', '2024', '402', '5', null, 'f', null],
        'X,2024',
      ],
    };
    expect(caught(() => observationsFromDhis2Rows(response)).issues).toEqual([
      { path: ['rows', 1, 0], message: 'rows[1][0]: expected the data element as text; got the string ""' },
      { path: ['rows', 1, 1], message: 'rows[1][1]: expected the DHIS2 period ID as text; got the number 2024' },
      { path: ['rows', 1, 4], message: `rows[1][4]: numerator must be a decimal number such as '12.5' or 12.5; got the string "x"` },
      { path: ['rows', 1, 5], message: 'rows[1][5]: expected the Sex as text; got the number 1' },
      { path: ['rows', 2, 6], message: 'rows[2][6]: a dimension may not be named "__proto__" (a JSON object cannot carry it as data); rename it, such as "proto"' },
      { path: ['rows', 4], message: 'rows[4]: expected a row of 7 cells, one per header; got the string "X,2024"' },
    ]);
    const valid = observationsFromDhis2Rows({ ...response, rows: [response.rows[0], response.rows[3]] });
    expect(plain(valid.observations)).toEqual(plain(observations({ ...one, dimensions: { Sex: 'f' } })));
    expect(valid.notes.map((note) => note.message)).toEqual(['value: the value is empty (a missing value), so there is no observation (1 record: rows[0])']);
  });

  it('locates a problem of a dimension named like a property every object has at its own column', () => {
    const response = { headers: [...headers, { name: 'toString' }, { name: 'constructor' }], rows: [['X', '2024', '402', '5', 1, false]] };
    expect(caught(() => observationsFromDhis2Rows(response)).issues.map((issue) => issue.path)).toEqual([['rows', 0, 4], ['rows', 0, 5]]);
  });

  it('refuses a value that is neither a number nor text, and an org unit the map does not know', () => {
    expect(issueTexts(() => observationsFromDhis2Rows({ headers, rows: [['X', '2024', 'ouX', true]] }, { orgUnitIds: { '402': 'ou402' } }))).toEqual([
      'rows[0][2]: unknown org unit "ouX": it is not in orgUnitIds',
      'rows[0][3]: expected the value as a number or decimal text; got the boolean true',
    ]);
    expect(issueTexts(() => observationsFromDhis2Rows({ headers, rows: [['X', '2024', '', '1']] }))).toEqual(['rows[0][2]: expected the org unit as text; got the string ""']);
  });
});

describe('observationsFromDhis2DataValueSet', () => {
  it('reads the comment as the note, both combos, and the attribute combo of the set', () => {
    const { observations: read, notes } = observationsFromDhis2DataValueSet({
      dataSet: 'pBOMPrpg1QX',
      completeDate: '2025-01-15',
      period: '2024',
      orgUnit: '402',
      attributeOptionCombo: 'aocSet',
      dataValues: [
        { dataElement: 'X', categoryOptionCombo: 'cocF', value: '5', comment: 'ghi chú' },
        { dataElement: 'X', categoryOptionCombo: 'cocM', attributeOptionCombo: 'aocOwn', value: 6, comment: '' },
      ],
    });
    expect(plain(read)).toEqual(
      plain(
        observations(
          { ...one, note: 'ghi chú', dimensions: { categoryOptionCombo: 'cocF', attributeOptionCombo: 'aocSet' } },
          { ...one, value: '6', dimensions: { categoryOptionCombo: 'cocM', attributeOptionCombo: 'aocOwn' } },
        ),
      ),
    );
    expect(notes).toEqual([]);
  });

  it('refuses a comment that is not text, at its path, rather than dropping it; an empty or null comment is no note', () => {
    const set = (comment: unknown) => ({ period: '2024', orgUnit: '402', dataValues: [{ dataElement: 'X', value: '5', comment }] });
    expect(caught(() => observationsFromDhis2DataValueSet(set(42))).issues).toEqual([
      expect.objectContaining({ path: ['dataValues', 0, 'comment'], message: "dataValues[0].comment: expected the comment as text (the observation's note); got the number 42" }),
    ]);
    expect(issueTexts(() => observationsFromDhis2DataValueSet(set({ text: 'đã kiểm tra' })))).toEqual([
      expect.stringMatching(/^dataValues\[0\]\.comment: expected the comment as text \(the observation's note\); got /),
    ]);
    for (const empty of [null, '']) expect(observationsFromDhis2DataValueSet(set(empty)).observations[0]?.note).toBeUndefined();
  });

  it('gives the values only the attribute combo of the set: a set has no category option combo of its own', () => {
    // dataValueSets: the set's header carries dataSet, period, orgUnit and attributeOptionCombo; the
    // disaggregation (categoryOptionCombo) belongs to each data value.
    const { observations: read, notes } = observationsFromDhis2DataValueSet({
      period: '2024',
      orgUnit: '402',
      attributeOptionCombo: 'aocSet',
      categoryOptionCombo: 'cocSet',
      dataValues: [{ dataElement: 'X', value: '5' }],
    });
    expect(plain(read)).toEqual(plain(observations({ ...one, dimensions: { attributeOptionCombo: 'aocSet' } })));
    expect(notes).toEqual([]);
  });

  it('takes the indicator and area from the defaults through the maps, and skips empty values', () => {
    const { observations: read, notes } = observationsFromDhis2DataValueSet(
      { dataValues: [{ period: '2024', value: '5' }, { period: '2024', value: '' }, { period: '2024', value: null }] },
      { defaults: { indicator: 'X', area: '402' }, dataElementIds: { X: 'deX' }, orgUnitIds: { '402': 'ou402' } },
    );
    expect(plain(read)).toEqual(plain(observations(one)));
    expect(notes.map((note) => note.locations)).toEqual([['dataValues[1]', 'dataValues[2]']]);
  });

  it('refuses a data value without a data element or org unit, and a combo that is not text', () => {
    expect(issueTexts(() => observationsFromDhis2DataValueSet({ dataValues: [{ period: '2024', value: '5', categoryOptionCombo: 7 }] }))).toEqual([
      'dataValues[0].dataElement: expected the data element as text; got nothing',
      'dataValues[0].orgUnit: expected the org unit as text; got nothing',
      'dataValues[0].categoryOptionCombo: expected the categoryOptionCombo as text; got the number 7',
    ]);
    expect(issueTexts(() => observationsFromDhis2DataValueSet('{"dataValues": {}}'))).toEqual(['(root): expected a DHIS2 data value set, an object with dataValues; got an object']);
  });
});

describe('DHIS2: what a reader and a writer leave out, and where problems are', () => {
  it('keeps apart values whose dimension values differ only in where one ends and the next begins', () => {
    const { response, losses } = observationsToDhis2Rows(observations({ ...one, dimensions: { sex: 'ab', age: 'c' } }, { ...one, dimensions: { sex: 'a', age: 'bc' } }));
    expect(response.rows).toEqual([['X', '2024', '402', 'ab', 'c', '5'], ['X', '2024', '402', 'a', 'bc', '5']]);
    expect(losses).toEqual([]);
  });

  it('adds no dimension column for an observation it leaves out', () => {
    const { response, losses } = observationsToDhis2Rows(observations({ ...one, period: '2021/2025', dimensions: { sex: 'f' } }, one));
    expect(response.headers.map((header) => header.name)).toEqual(['dx', 'pe', 'ou', 'value']);
    expect(losses.map((loss) => [loss.kind, loss.field])).toEqual([['observation', 'period']]);
  });

  it('reports an empty dimension value and a dimension a set cannot carry as lost fields, not lost observations', () => {
    expect(observationsToDhis2Rows(observations({ ...one, dimensions: { sex: '' } })).losses.map((loss) => loss.kind)).toEqual(['field']);
    expect(observationsToDhis2DataValueSet(observations({ ...one, dimensions: { sex: 'f' } })).losses.map((loss) => loss.kind)).toEqual(['field']);
  });

  it('writes a data value without the fields an observation does not have', () => {
    expect(observationsToDhis2DataValueSet(observations(one)).dataValueSet.dataValues.map((dataValue) => Object.keys(dataValue))).toEqual([['dataElement', 'period', 'orgUnit', 'value']]);
  });

  it('locates a bad indicator code and a bad denominator at their own columns', () => {
    const error = caught(() =>
      observationsFromDhis2Rows({ headers: [{ name: 'pe' }, { name: 'ou' }, { name: 'dx' }, { name: 'value' }, { name: 'denominator' }], rows: [['2024', '402', 'x y', '5', 'z']] }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([['rows', 0, 2], ['rows', 0, 4]]);
  });

  it('reads no row of a response whose header lacks a required column', () => {
    expect(caught(() => observationsFromDhis2Rows({ headers: [{ name: 'dx' }, { name: 'ou' }, { name: 'value' }], rows: [['X', '402', '5', 'extra']] })).issues).toEqual([
      { path: ['headers'], message: 'headers: missing the column "pe"' },
    ]);
  });

  it('skips a data value without a value, and notes each field it does not read but not its own org unit', () => {
    const { notes } = observationsFromDhis2DataValueSet({ dataValues: [{ period: '2024', orgUnit: '402', dataElement: 'X' }, { period: '2024', orgUnit: '402', dataElement: 'X', value: '5', storedBy: 'admin' }] });
    expect(notes).toEqual([
      { kind: 'skipped', what: 'value', locations: ['dataValues[0]'], message: 'value: the value is empty (a missing value), so there is no observation (1 record: dataValues[0])' },
      {
        kind: 'ignored',
        what: 'field storedBy',
        locations: ['dataValues[1].storedBy'],
        message: 'field storedBy: this field has no place in an observation, so it is not read (1 record: dataValues[1].storedBy)',
      },
    ]);
  });

  it('says only that a data element is missing when an identifier map is given', () => {
    expect(issueTexts(() => observationsFromDhis2DataValueSet({ dataValues: [{ period: '2024', orgUnit: '402', value: '5' }] }, { dataElementIds: { X: 'deX' } }))).toEqual([
      'dataValues[0].dataElement: expected the data element as text; got nothing',
    ]);
  });
});
