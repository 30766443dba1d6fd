import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Observation,
  observationsFromDhis2DataValueSet,
  observationsFromDhis2Rows,
  observationsToDhis2DataValueSet,
  observationsToDhis2Rows,
  parseObservations,
  toDhis2PeriodId,
} from '../../src/index.js';
import { nhuXuanObservations2024 } from '../../src/datasets/nhu-xuan/observations-2024.js';
import { expectFailure, failure } from '../period/helpers.js';
import { observationListArbitrary, plain, simplePeriod } from './arbitraries.js';

/** Calendar periods, and fiscal years of the months DHIS2 has a financial type for. */
const dhis2Period = simplePeriod.filter((code) => {
  try {
    toDhis2PeriodId(code);
    return true;
  } catch {
    return false;
  }
});

/** What DHIS2 carries of an observation: indicator, area, period, value, status taken as official. */
function carried(observation: Observation, keep: readonly ('numerator' | 'denominator' | 'note')[]): Record<string, unknown> {
  const { indicator, area, period, value, dimensions } = observation;
  const fields: Record<string, unknown> = { indicator, area, period, value };
  for (const field of keep) if (observation[field] !== undefined) fields[field] = observation[field];
  return { ...fields, status: 'official', ...(dimensions === undefined ? {} : { dimensions }) };
}

function dhis2Observations(dimensionNames: readonly string[]): fc.Arbitrary<Observation[]> {
  return observationListArbitrary({ period: dhis2Period, dimensionNames, dimensionValue: fc.string({ minLength: 1 }), digits: 30, everyField: true });
}

describe('observationsToDhis2Rows', () => {
  it('writes dx, pe, ou, the dimensions and the value, with numerator and denominator when used', () => {
    const { response, losses } = observationsToDhis2Rows(
      parseObservations([
        { indicator: 'URBANISATION_RATE', area: '402', period: '2024', value: '15', numerator: '10800', denominator: '72000', status: 'official' },
        { indicator: 'POVERTY_RATE', area: '402', period: '2024-W05', value: '7.25', status: 'official', dimensions: { co: 'female' } },
      ]),
    );
    expect(losses).toEqual([]);
    expect(response).toEqual({
      headers: [
        { name: 'dx', column: 'Data', valueType: 'TEXT', type: 'java.lang.String', hidden: false, meta: true },
        { name: 'pe', column: 'Period', valueType: 'TEXT', type: 'java.lang.String', hidden: false, meta: true },
        { name: 'ou', column: 'Organisation unit', valueType: 'TEXT', type: 'java.lang.String', hidden: false, meta: true },
        { name: 'co', column: 'co', valueType: 'TEXT', type: 'java.lang.String', hidden: false, meta: true },
        { name: 'value', column: 'Value', valueType: 'NUMBER', type: 'java.lang.Double', hidden: false, meta: false },
        { name: 'numerator', column: 'Numerator', valueType: 'NUMBER', type: 'java.lang.Double', hidden: false, meta: false },
        { name: 'denominator', column: 'Denominator', valueType: 'NUMBER', type: 'java.lang.Double', hidden: false, meta: false },
      ],
      metaData: { items: {}, dimensions: { dx: ['URBANISATION_RATE', 'POVERTY_RATE'], pe: ['2024', '2024W5'], ou: ['402'] } },
      rows: [
        ['URBANISATION_RATE', '2024', '402', '', '15', '10800', '72000'],
        ['POVERTY_RATE', '2024W5', '402', 'female', '7.25', '', ''],
      ],
      height: 2,
      width: 7,
      headerWidth: 7,
    });
  });

  it('reports the status, dates, sources, notes and units DHIS2 has no place for, and leaves out ranges', () => {
    const { response, losses } = observationsToDhis2Rows(
      parseObservations([
        {
          indicator: 'X', area: '1', period: '2024', value: 1, status: 'estimate', published: '2024-12-20', source: 'report', note: 'n',
          unit: { unit: 'VND', power: 9 },
        },
        { indicator: 'X', area: '1', period: '2021/2025', value: 1, status: 'official' },
        { indicator: 'X', area: '1', period: '2024-FY03', value: 1, status: 'official' },
      ]),
    );
    expect(response.rows).toHaveLength(1);
    expect(losses.map((loss) => [loss.kind, loss.field, loss.observations])).toEqual([
      ['field', 'status', [0]],
      ['field', 'published', [0]],
      ['field', 'source', [0]],
      ['field', 'unit', [0]],
      ['field', 'note', [0]],
      ['observation', 'period', [1]],
      ['observation', 'period', [2]],
    ]);
  });

  it('maps codes to DHIS2 identifiers and leaves out observations the maps do not cover', () => {
    const { response, losses } = observationsToDhis2Rows(
      parseObservations([
        { indicator: 'X', area: '402', period: '2024-M01', value: 1, status: 'official' },
        { indicator: 'Y', area: '402', period: '2024-M01', value: 1, status: 'official' },
      ]),
      { dataElementIds: { X: 'fbfJHSPpUQD' }, orgUnitIds: { '402': 'ImspTQPwCqd' } },
    );
    expect(response.rows).toEqual([['fbfJHSPpUQD', '202401', 'ImspTQPwCqd', '1']]);
    expect(losses[0]?.message).toBe(
      'indicator: indicator "Y" has no DHIS2 identifier in dataElementIds; the observation is not written (1 observation: #1)',
    );
  });

  it('keeps one value per cell and leaves out dimensions named like analytics columns', () => {
    const { response, losses } = observationsToDhis2Rows(
      parseObservations([
        { indicator: 'X', area: '1', period: '2024', value: 10, status: 'estimate' },
        { indicator: 'X', area: '1', period: '2024', value: 11, status: 'official' },
        { indicator: 'X', area: '1', period: '2023', value: 1, status: 'official', dimensions: { pe: 'x' } },
      ]),
    );
    expect(response.rows).toEqual([['X', '2024', '1', '11']]);
    expect(losses.map((loss) => [loss.kind, loss.field, loss.observations])).toEqual([
      ['field', 'status', [0]],
      ['observation', 'dimensions.pe', [2]],
      ['observation', 'cell', [0]],
    ]);
  });
});

describe('observationsFromDhis2Rows', () => {
  it('reads back what observationsToDhis2Rows writes, for calendar periods and what DHIS2 carries', () => {
    fc.assert(
      fc.property(dhis2Observations(['co', 'ao', 'Sex']), (observations) => {
        const { response } = observationsToDhis2Rows(observations);
        const read = observationsFromDhis2Rows(JSON.stringify(response));
        expect(plain(read.observations)).toEqual(plain(observations.map((observation) => carried(observation, ['numerator', 'denominator']))));
        expect(read.notes).toEqual([]);
      }),
    );
  });

  it('round-trips the calendar values of the bundled Như Xuân observations through identifier maps', () => {
    const options = { dataElementIds: { PRODUCTION_VALUE: 'aUID0000001', BUDGET_REVENUE: 'aUID0000002' }, orgUnitIds: { '402': 'ouUID000402' } };
    const selected = nhuXuanObservations2024.filter((observation) => observation.indicator in options.dataElementIds && observation.status === 'official');
    const { response, losses } = observationsToDhis2Rows(selected, options);
    expect(losses.map((loss) => loss.field)).toEqual(['published', 'source']);
    expect(plain(observationsFromDhis2Rows(response, options).observations)).toEqual(plain(selected.map((observation) => carried(observation, []))));
  });

  it('reads extra columns as dimensions, ignores factor, and gives the values the status of the options', () => {
    const { observations, notes } = observationsFromDhis2Rows(
      {
        headers: [{ name: 'dx' }, { name: 'co' }, { name: 'pe' }, { name: 'ou' }, { name: 'value' }, { name: 'numerator' }, { name: 'denominator' }, { name: 'factor' }],
        rows: [
          ['URBANISATION_RATE', 'urban', '2024Q1', '402', '15', '10800', '72000', '100'],
          ['URBANISATION_RATE', '', '2024Nov', '402', '', '', '', '100'],
        ],
      },
      { status: 'preliminary' },
    );
    expect(plain(observations)).toEqual([
      { indicator: 'URBANISATION_RATE', area: '402', period: '2024-Q1', value: '15', numerator: '10800', denominator: '72000', status: 'preliminary', dimensions: { co: 'urban' } },
    ]);
    expect(notes.map((note) => [note.kind, note.what, note.locations])).toEqual([
      ['ignored', 'header factor', ['headers[7]']],
      ['skipped', 'value', ['rows[1]']],
    ]);
  });

  it('reports every bad cell with its JSON path', () => {
    const error = failure(() =>
      observationsFromDhis2Rows(
        {
          headers: [{ name: 'dx' }, { name: 'pe' }, { name: 'ou' }, { name: 'value' }],
          rows: [
            ['X', '2024Q5', '402', '1'],
            ['X', '2016NovQ1', 'unknownOU', 'abc'],
            ['Y', '2024', '402', '1'],
            ['X', '2024'],
          ],
        },
        { orgUnitIds: { '402': '402' }, knownIndicators: ['X'] },
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'rows[0][1]: invalid DHIS2 period ID "2024Q5": quarter must be an integer from 1 to 4; got 5',
      'rows[1][2]: unknown org unit "unknownOU": it is not in orgUnitIds',
      'rows[1][1]: cannot read DHIS2 period ID "2016NovQ1": DHIS2 QuarterlyNov periods (quarters from November) have no period type here',
      `rows[1][3]: value must be a decimal number such as '12.5' or 12.5; got the string "abc"`,
      'rows[2][0]: unknown indicator code "Y": it is not in knownIndicators',
      'rows[3]: expected a row of 4 cells, one per header; got 2 cells',
    ]);
  });

  it('refuses a response without its required columns, or that is not a response', () => {
    expectFailure(
      () => observationsFromDhis2Rows({ headers: [{ name: 'dx' }, { name: 'value' }], rows: [] }),
      'invalid-input',
      'invalid DHIS2 analytics response: 2 problems\n- headers: missing the column "pe"\n- headers: missing the column "ou"',
    );
    expectFailure(
      () => observationsFromDhis2Rows('{"rows": []}'),
      'invalid-input',
      'invalid DHIS2 analytics response: 1 problem\n- (root): expected a DHIS2 analytics response, an object with headers and rows; got an object',
    );
  });
});

describe('observationsToDhis2DataValueSet', () => {
  it('writes data values with the combos and the note, and reports the other dimensions', () => {
    const { dataValueSet, losses } = observationsToDhis2DataValueSet(
      parseObservations([
        {
          indicator: 'X', area: '402', period: '2024-S2', value: '2.50', status: 'official', note: 'checked',
          dimensions: { categoryOptionCombo: 'cocFemale', Sex: 'F' }, numerator: 1,
        },
      ]),
    );
    expect(dataValueSet).toEqual({
      dataValues: [{ dataElement: 'X', period: '2024S2', orgUnit: '402', categoryOptionCombo: 'cocFemale', value: '2.5', comment: 'checked' }],
    });
    expect(losses.map((loss) => loss.field)).toEqual(['numerator', 'dimensions.Sex']);
  });
});

describe('observationsFromDhis2DataValueSet', () => {
  it('reads back what observationsToDhis2DataValueSet writes, for calendar periods and what DHIS2 carries', () => {
    fc.assert(
      fc.property(dhis2Observations(['categoryOptionCombo', 'attributeOptionCombo']), (observations) => {
        const { dataValueSet } = observationsToDhis2DataValueSet(observations);
        const read = observationsFromDhis2DataValueSet(JSON.stringify(dataValueSet));
        expect(plain(read.observations)).toEqual(plain(observations.map((observation) => carried(observation, ['note']))));
      }),
    );
  });

  it('applies the period and org unit of the set, and lists the fields it does not read', () => {
    const { observations, notes } = observationsFromDhis2DataValueSet({
      period: '202401',
      orgUnit: '402',
      dataValues: [
        { dataElement: 'X', value: '5', storedBy: 'admin', lastUpdated: '2024-02-01T10:00:00.000' },
        { dataElement: 'X', period: '2024W1', value: 6, followup: false },
      ],
    });
    expect(plain(observations)).toEqual([
      { indicator: 'X', area: '402', period: '2024-M01', value: '5', status: 'official' },
      { indicator: 'X', area: '402', period: '2024-W01', value: '6', status: 'official' },
    ]);
    expect(notes.map((note) => [note.what, note.locations])).toEqual([
      ['field storedBy', ['dataValues[0].storedBy']],
      ['field lastUpdated', ['dataValues[0].lastUpdated']],
      ['field followup', ['dataValues[1].followup']],
    ]);
  });

  it('reports a missing period, an unknown data element and a bad value with their paths', () => {
    const error = failure(() =>
      observationsFromDhis2DataValueSet(
        { dataValues: [{ dataElement: 'nope', orgUnit: '402', value: '1' }, { dataElement: 'deX', period: '2024', orgUnit: '402', value: true }, 7] },
        { dataElementIds: { X: 'deX' } },
      ),
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'dataValues[0].dataElement: unknown data element "nope": it is not in dataElementIds',
      'dataValues[0].period: expected the DHIS2 period ID as text; got nothing',
      'dataValues[1].value: expected the value as a number or decimal text; got the boolean true',
      'dataValues[2]: expected a data value; got the number 7',
    ]);
    expectFailure(
      () => observationsFromDhis2DataValueSet({ values: [] }),
      'invalid-input',
      'invalid DHIS2 data value set: 1 problem\n- (root): expected a DHIS2 data value set, an object with dataValues; got an object',
    );
  });
});
