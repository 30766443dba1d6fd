import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Observation,
  formatPeriod,
  fromSdmxTimePeriod,
  observationsFromSdmxJson,
  observationsToSdmxJson,
  parseObservations,
  toSdmxTimePeriod,
} from '../../src/index.js';
import { nhuXuanObservations2024 } from '../../src/datasets/nhu-xuan/observations-2024.js';
import { expectFailure, failure } from '../period/helpers.js';
import { anyPeriod, observationListArbitrary, plain } from './arbitraries.js';

/** What SDMX reads back: the period through its SDMX form. */
function throughSdmx(observation: Observation): Observation {
  return { ...observation, period: formatPeriod(fromSdmxTimePeriod(toSdmxTimePeriod(observation.period))) };
}

function sdmxObservations(digits: number): fc.Arbitrary<Observation[]> {
  return observationListArbitrary({
    period: anyPeriod,
    dimensionNames: ['SEX', 'AGE', 'URBANISATION'],
    dimensionValue: fc.string({ minLength: 1 }).filter((value) => value !== '_T'),
    digits,
    everyField: false,
  });
}

describe('observationsToSdmxJson', () => {
  it('writes one structure and a flat data set, values and attributes by position', () => {
    const { message, losses } = observationsToSdmxJson(
      parseObservations([
        { indicator: 'BUDGET_REVENUE', area: '402', period: '2023', value: '612.5', status: 'official', unit: { unit: 'VND', power: 9 } },
        { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-Q1', value: '498.3', status: 'estimate', note: 'first estimate' },
      ]),
      { meta: { id: 'NX-2024-Q1', prepared: '2024-04-05T08:00:00Z', sender: 'NHU_XUAN_STATS' } },
    );
    expect(losses).toEqual([]);
    expect(message).toEqual({
      meta: {
        schema: 'https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json',
        id: 'NX-2024-Q1',
        prepared: '2024-04-05T08:00:00Z',
        sender: { id: 'NHU_XUAN_STATS' },
      },
      data: {
        structures: [
          {
            dimensions: {
              dataSet: [],
              series: [],
              observation: [
                { id: 'INDICATOR', name: 'Indicator', keyPosition: 0, values: [{ id: 'BUDGET_REVENUE', name: 'BUDGET_REVENUE' }] },
                { id: 'REF_AREA', name: 'Reference area', keyPosition: 1, roles: ['REF_AREA'], values: [{ id: '402', name: '402' }] },
                {
                  id: 'TIME_PERIOD',
                  name: 'Time period',
                  keyPosition: 2,
                  roles: ['TIME_PERIOD'],
                  values: [
                    { id: '2023', name: '2023', start: '2023-01-01T00:00:00Z', end: '2023-12-31T23:59:59Z' },
                    { id: '2024-Q1', name: '2024-Q1', start: '2024-01-01T00:00:00Z', end: '2024-03-31T23:59:59Z' },
                  ],
                },
              ],
            },
            measures: { observation: [{ id: 'OBS_VALUE', name: 'Observation value', values: [] }] },
            attributes: {
              dataSet: [],
              series: [],
              observation: [
                {
                  id: 'OBS_STATUS',
                  name: 'Observation status',
                  relationship: { observation: {} },
                  values: [
                    { id: 'A', name: 'Normal value' },
                    { id: 'E', name: 'Estimated value' },
                  ],
                },
                { id: 'UNIT_MEASURE', name: 'Unit of measure', relationship: { observation: {} }, values: [{ id: 'VND', name: 'VND' }] },
                { id: 'UNIT_MULT', name: 'Unit multiplier', relationship: { observation: {} }, values: [{ id: '9', name: 'Billions' }] },
                { id: 'COMMENT_OBS', name: 'Observation comment', relationship: { observation: {} }, values: [{ value: 'first estimate' }] },
              ],
            },
          },
        ],
        dataSets: [{ structure: 0, action: 'Information', observations: { '0:0:0': [612.5, 0, 0, 0], '0:0:1': [498.3, 1, null, null, 0] } }],
      },
    });
  });

  it('writes ranges and codes that are not SDMX ids as uncoded values, and a missing dimension as _T', () => {
    const { message } = observationsToSdmxJson(
      parseObservations([
        { indicator: 'income.per-capita', area: '402', period: '2021/2025', value: 7, status: 'plan', dimensions: { SEX: 'F' } },
        { indicator: 'income.per-capita', area: '402', period: '2021/2025', value: 8, status: 'plan' },
      ]),
    );
    const [indicator, , sex, time] = message.data.structures[0]?.dimensions.observation ?? [];
    expect(indicator?.values).toEqual([{ value: 'income.per-capita' }]);
    expect(sex).toEqual({ id: 'SEX', name: 'SEX', keyPosition: 2, values: [{ id: 'F', name: 'F' }, { id: '_T', name: '_T' }] });
    expect(time?.values).toEqual([{ value: '2021-01-01/P5Y', start: '2021-01-01T00:00:00Z', end: '2025-12-31T23:59:59Z' }]);
  });

  it('reports what SDMX has no place for, and periods that read back as another period', () => {
    const { losses } = observationsToSdmxJson(
      parseObservations([
        { indicator: 'X', area: '1', period: '2024-Q1/2024-Q3', value: 1, status: 'official', numerator: 1, denominator: 2, published: '2024-10-05', source: 'GSO' },
      ]),
    );
    expect(losses.map((loss) => [loss.kind, loss.field])).toEqual([
      ['field', 'period'],
      ['field', 'numerator'],
      ['field', 'denominator'],
      ['field', 'published'],
      ['field', 'source'],
    ]);
    expect(losses[0]?.message).toBe(
      'period: 2024-Q1/2024-Q3 is written as the SDMX TIME_PERIOD 2024-01-01/P9M, which reads back as 2024-M01/2024-M09 (SDMX durations count months or days, not quarters, halves or weeks) (1 observation: #0)',
    );
  });

  it('reports a value that a JSON number rounds, and keeps every digit when values are strings', () => {
    const observations = parseObservations([{ indicator: 'X', area: '1', period: '2024', value: '1234567890.123456789', status: 'official' }]);
    const asNumber = observationsToSdmxJson(observations);
    expect(asNumber.losses.map((loss) => loss.field)).toEqual(['value']);
    const asString = observationsToSdmxJson(observations, { values: 'string' });
    expect(asString.losses).toEqual([]);
    expect(asString.message.data.dataSets[0]?.observations['0:0:0']).toEqual(['1234567890.123456789', 0]);
    expect(plain(observationsFromSdmxJson(JSON.stringify(asString.message)).observations)).toEqual(plain(observations));
  });

  it('keeps one value per cell: the most final status, then the latest published', () => {
    const { message, losses } = observationsToSdmxJson(
      parseObservations([
        { indicator: 'X', area: '1', period: '2024', value: 10, status: 'estimate', published: '2024-12-20' },
        { indicator: 'X', area: '1', period: '2024', value: 11, status: 'official', published: '2025-06-30' },
        { indicator: 'X', area: '1', period: '2024', value: 12, status: 'plan' },
      ]),
    );
    expect(message.data.dataSets[0]?.observations).toEqual({ '0:0:0': [11, 0] });
    expect(losses.find((loss) => loss.kind === 'observation')?.observations).toEqual([0, 2]);
  });

  it('leaves out observations whose dimension names are not SDMX ids', () => {
    const { message, losses } = observationsToSdmxJson(
      parseObservations([
        { indicator: 'X', area: '1', period: '2024', value: 1, status: 'official', dimensions: { 'age group': '15-24' } },
        { indicator: 'X', area: '1', period: '2024', value: 2, status: 'official', dimensions: { REF_AREA: 'x' } },
        { indicator: 'X', area: '1', period: '2023', value: 3, status: 'official' },
      ]),
    );
    expect(Object.keys(message.data.dataSets[0]?.observations ?? {})).toHaveLength(1);
    expect(losses.map((loss) => [loss.kind, loss.field, loss.observations])).toEqual([
      ['observation', 'dimensions.age group', [0]],
      ['observation', 'dimensions.REF_AREA', [1]],
    ]);
  });
});

describe('observationsFromSdmxJson', () => {
  it('reads back what observationsToSdmxJson writes, for everything SDMX carries', () => {
    fc.assert(
      fc.property(sdmxObservations(15), fc.constantFrom<'number' | 'string'>('number', 'string'), (observations, values) => {
        const { message, losses } = observationsToSdmxJson(observations, { values });
        const changed = observations.flatMap((observation, index) => (throughSdmx(observation).period === observation.period ? [] : [index]));
        expect(losses.flatMap((loss) => loss.observations)).toEqual(changed);
        const { observations: read, notes } = observationsFromSdmxJson(JSON.stringify(message));
        expect(plain(read)).toEqual(plain(observations.map(throughSdmx)));
        expect(notes).toEqual([]);
      }),
    );
  });

  it('round-trips the bundled Như Xuân observations but for what SDMX has no place for', () => {
    const { message, losses } = observationsToSdmxJson(nhuXuanObservations2024);
    expect(new Set(losses.map((loss) => loss.field))).toEqual(new Set(['numerator', 'denominator', 'published', 'source']));
    const expected = nhuXuanObservations2024.map(({ numerator: _n, denominator: _d, published: _p, source: _s, ...rest }) => rest);
    expect(plain(observationsFromSdmxJson(message).observations)).toEqual(plain(expected));
  });

  it('reads a 1.0 message with series, attributes at every level, defaults and a missing value', () => {
    const message = {
      data: {
        structure: {
          dimensions: {
            dataSet: [{ id: 'REF_AREA', keyPosition: 0, values: [{ id: 'VN', name: 'Viet Nam' }] }],
            series: [
              { id: 'SERIES', keyPosition: 1, values: [{ id: 'SI_POV_NAHC', name: 'Poverty' }] },
              { id: 'SEX', keyPosition: 2, values: [{ id: '_T', name: 'Total' }, { id: 'F', name: 'Female' }] },
            ],
            observation: [{ id: 'TIME_PERIOD', keyPosition: 3, values: [{ id: '2022' }, { id: '2023' }] }],
          },
          attributes: {
            dataSet: [{ id: 'UNIT_MEASURE', values: [{ id: 'percent', name: 'Percent' }] }],
            series: [{ id: 'UNIT_MULT', default: '0', values: [{ id: '0' }] }, { id: 'DECIMALS', values: [{ id: '1' }] }],
            observation: [
              { id: 'OBS_STATUS', default: 'A', values: [{ id: 'A' }, { id: 'E' }, { id: 'M' }] },
              { id: 'COMMENT_OBS', values: [{ value: 'survey' }] },
            ],
          },
        },
        dataSets: [
          {
            attributes: [0],
            series: {
              '0:0': { attributes: [null, 0], observations: { '0': [12.1], '1': ['11.5', 1, 0] } },
              '0:1': { observations: { '1': [null, 2] } },
            },
          },
        ],
      },
    };
    const { observations, notes } = observationsFromSdmxJson(message, { dimensionIds: { indicator: 'SERIES' } });
    expect(plain(observations)).toEqual([
      { indicator: 'SI_POV_NAHC', area: 'VN', period: '2022', value: '12.1', unit: { unit: { code: 'percent', kind: 'percent', labels: { vi: '%', en: '%' }, symbol: '%' }, power: 0 }, status: 'official' },
      {
        indicator: 'SI_POV_NAHC', area: 'VN', period: '2023', value: '11.5', unit: { unit: { code: 'percent', kind: 'percent', labels: { vi: '%', en: '%' }, symbol: '%' }, power: 0 },
        status: 'estimate', note: 'survey',
      },
    ]);
    expect(notes.map((note) => [note.kind, note.what, note.locations])).toEqual([
      ['ignored', 'attribute DECIMALS', ['data.structure.attributes.series[1]']],
      ['skipped', 'value', ['data.dataSets[0].series["0:1"].observations["1"]']],
    ]);
  });

  it('reads an early draft message (structure and dataSets at the top) with defaults for what it lacks', () => {
    const message = {
      structure: {
        dimensions: {
          dataSet: [{ id: 'FREQ', values: [{ id: 'D' }] }],
          observation: [
            { id: 'CURRENCY', values: [{ id: 'NZD' }, { id: 'RUB' }] },
            { id: 'TIME_PERIOD', role: 'TIME_PERIOD', values: [{ id: '2013-01-18' }] },
          ],
        },
        attributes: { observation: [{ id: 'OBS_STATUS', values: [{ id: 'A' }] }] },
      },
      dataSets: [{ action: 'Information', observations: { '0:0': [1.5931, 0], '1:0': [40.3426, 0] } }],
    };
    const { observations } = observationsFromSdmxJson(message, { defaults: { indicator: 'EXR', area: 'U2' } });
    expect(plain(observations)).toEqual([
      { indicator: 'EXR', area: 'U2', period: '2013-01-18', value: '1.5931', status: 'official', dimensions: { FREQ: 'D', CURRENCY: 'NZD' } },
      { indicator: 'EXR', area: 'U2', period: '2013-01-18', value: '40.3426', status: 'official', dimensions: { FREQ: 'D', CURRENCY: 'RUB' } },
    ]);
  });

  it('maps extra OBS_STATUS codes through options.obsStatus and skips data sets that delete', () => {
    const { message } = observationsToSdmxJson(parseObservations([{ indicator: 'X', area: '1', period: '2024', value: 1, status: 'official' }]));
    const withBreak = structuredClone(message) as unknown as { data: { structures: { attributes: { observation: { values: { id: string }[] }[] } }[]; dataSets: object[] } };
    (withBreak.data.structures[0]?.attributes.observation[0]?.values[0] ?? { id: '' }).id = 'B';
    expectFailure(
      () => observationsFromSdmxJson(withBreak),
      'invalid-input',
      `invalid SDMX-JSON message: 1 problem\n- data.dataSets[0].observations["0:0:0"][1]: OBS_STATUS "B" has no status here (A official, P preliminary, E estimate, F plan); map it with options.obsStatus, such as { B: 'official' }`,
    );
    expect(observationsFromSdmxJson(withBreak, { obsStatus: { B: 'preliminary' } }).observations[0]?.status).toBe('preliminary');
    withBreak.data.dataSets.push({ structure: 0, action: 'Delete', observations: {} });
    expect(observationsFromSdmxJson(withBreak, { obsStatus: { B: 'official' } }).notes.map((note) => note.what)).toEqual(['data set']);
  });

  it('reports every problem of a message at once, each with its JSON path', () => {
    const message = {
      data: {
        structures: [
          {
            dimensions: {
              observation: [
                { id: 'INDICATOR', values: [{ id: 'X' }, { id: 'bad code' }] },
                { id: 'REF_AREA', values: [{ id: '402' }] },
                { id: 'TIME_PERIOD', values: [{ id: '2025-W53' }, { id: '2024' }] },
              ],
            },
            attributes: { observation: [{ id: 'UNIT_MEASURE', values: [{ id: 'dong' }] }] },
          },
        ],
        dataSets: [{ structure: 0, observations: { '0:0:1': ['n/a', 0], '0:0': [1], '0:0:7': [1], '1:0:1': [2] } }],
      },
    };
    const error = failure(() => observationsFromSdmxJson(message));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'data.structures[0].dimensions.observation[0].values[1]: invalid indicator code "bad code": expected letters, digits, "_", "-" or ".", such as "GO_GROWTH"',
      'data.structures[0].dimensions.observation[2].values[0]: invalid SDMX TIME_PERIOD "2025-W53": ISO week-year 2025 has 52 weeks, so week must be 1 to 52; got 53',
      `data.dataSets[0].observations["0:0:1"][0]: value must be a decimal number such as '12.5' or 12.5; got the string "n/a"`,
      expect.stringMatching(/^data\.dataSets\[0\]\.observations\["0:0:1"\]: unknown unit code "dong"; known codes: VND, .*; pass units of your own in options\.units$/),
      'data.dataSets[0].observations["0:0"]: the key "0:0" has 2 positions; expected 3, one per dimension at this level (INDICATOR, REF_AREA, TIME_PERIOD)',
      'data.dataSets[0].observations["0:0:7"]: the key "0:0:7" points at value 7 of dimension TIME_PERIOD, which has 2 values',
    ]);
  });

  it('needs the indicator, area and time dimensions, or defaults for the first two', () => {
    const error = failure(() =>
      observationsFromSdmxJson({ data: { structures: [{ dimensions: { observation: [{ id: 'SERIES', values: [] }] } }], dataSets: [{ observations: {} }] } }),
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'data.structures[0].dimensions: no dimension INDICATOR holds the indicator; name it with options.dimensionIds.indicator, or pass options.defaults.indicator',
      'data.structures[0].dimensions: no dimension REF_AREA holds the area; name it with options.dimensionIds.area, or pass options.defaults.area',
      'data.structures[0].dimensions: no TIME_PERIOD dimension holds the period',
    ]);
  });

  it('refuses text that is not JSON and objects that are not data messages', () => {
    expectFailure(() => observationsFromSdmxJson('{"data": '), 'invalid-input', /^invalid SDMX-JSON message: the text is not JSON \(/);
    expectFailure(
      () => observationsFromSdmxJson([]),
      'invalid-input',
      'invalid SDMX-JSON message: 1 problem\n- (root): expected an SDMX-JSON data message, an object with data.structures and data.dataSets; got an array',
    );
    expectFailure(
      () =>
        observationsFromSdmxJson({
          data: {
            structures: [{ dimensions: { series: [{ id: 'INDICATOR', values: [{ id: 'X' }] }], observation: [{ id: 'REF_AREA', values: [{ id: '1' }] }, { id: 'TIME_PERIOD', values: [{ id: '2024' }] }] } }],
            dataSets: [{ observations: { '0:0': [1] } }],
          },
        }),
      'invalid-input',
      'invalid SDMX-JSON message: 1 problem\n- data.dataSets[0]: the structure has series dimensions (INDICATOR), so the data set needs series',
    );
    expectFailure(
      () => observationsFromSdmxJson({ data: { structures: [], dataSets: [{ structure: 2 }] } }),
      'invalid-input',
      'invalid SDMX-JSON message: 1 problem\n- data.dataSets[0].structure: expected the position of a structure (0 to -1); got the number 2',
    );
  });
});
