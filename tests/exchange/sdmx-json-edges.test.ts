/*
 * SDMX-JSON beyond the round trips: the field names and code lists of the SDMX-JSON 2.0 data message
 * (OBS_STATUS with CL_OBS_STATUS names, UNIT_MEASURE, UNIT_MULT with CL_UNIT_MULT names, COMMENT_OBS,
 * keyPosition, roles, trailing attributes left out), values a JSON number cannot hold, the dimension
 * ids of the options, and each problem of a message read, with its JSON path.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, type ObservationInput, defineUnit, observationsFromSdmxJson, observationsToSdmxJson, parseObservations, units } from '../../src/index.js';
import { caught } from '../helpers.js';
import { plain } from './arbitraries.js';

const one = { indicator: 'X', area: '402', period: '2024', value: '5', status: 'official' } as const;
const observations = (...inputs: readonly ObservationInput[]) => parseObservations(inputs);
const lossTexts = (losses: readonly { readonly message: string }[]): string[] => losses.map((loss) => loss.message);
const issueTexts = (action: () => unknown): string[] => caught(action).issues.map((issue) => issue.message);

describe('observationsToSdmxJson', () => {
  it('names each status by CL_OBS_STATUS and each power of ten by CL_UNIT_MULT', () => {
    const { message } = observationsToSdmxJson(
      observations(
        { ...one, status: 'preliminary', unit: { unit: 'persons', power: 0 } },
        { ...one, period: '2025', status: 'plan', unit: { unit: 'VND', power: 6 } },
        { ...one, period: '2026', status: 'estimate', unit: { unit: 'VND', power: 3 } },
        { ...one, period: '2027', unit: { unit: 'VND', power: 12 } },
      ),
    );
    const [status, unit, multiplier] = message.data.structures[0]?.attributes.observation ?? [];
    expect(status?.values).toEqual([{ id: 'P', name: 'Provisional value' }, { id: 'F', name: 'Forecast value' }, { id: 'E', name: 'Estimated value' }, { id: 'A', name: 'Normal value' }]);
    expect(unit?.values).toEqual([{ id: 'persons', name: units.persons.labels.en }, { id: 'VND', name: 'VND' }]);
    expect(multiplier?.values).toEqual([{ id: '0', name: 'Units' }, { id: '6', name: 'Millions' }, { id: '3', name: 'Thousands' }, { id: '12', name: 'Trillions' }]);
    expect(message.data.dataSets[0]?.observations).toEqual({ '0:0:0': [5, 0, 0, 0], '0:0:1': [5, 1, 1, 1], '0:0:2': [5, 2, 1, 2], '0:0:3': [5, 3, 1, 3] });
  });

  it('leaves out only the trailing unset attributes of an observation, and each comment is one value', () => {
    const { message } = observationsToSdmxJson(
      observations({ ...one, note: 'ước tính' }, { ...one, period: '2025', unit: { unit: 'VND', power: 9 } }, { ...one, period: '2026', note: 'ước tính' }, { ...one, period: '2027' }),
    );
    expect(message.data.structures[0]?.attributes.observation.map((attribute) => attribute.id)).toEqual(['OBS_STATUS', 'UNIT_MEASURE', 'UNIT_MULT', 'COMMENT_OBS']);
    expect(message.data.dataSets[0]?.observations).toEqual({ '0:0:0': [5, 0, null, null, 0], '0:0:1': [5, 0, 0, 0], '0:0:2': [5, 0, null, null, 0], '0:0:3': [5, 0] });
    expect(message.data.structures[0]?.attributes.observation[3]?.values).toEqual([{ value: 'ước tính' }]);
    expect(message).not.toHaveProperty('meta');
  });

  it('writes dimensions after the area and before the time period, by key position', () => {
    const { message } = observationsToSdmxJson(observations({ ...one, dimensions: { SEX: 'F', AGE: 'Y15T24' } }, { ...one, dimensions: { AGE: 'Y25T54' } }));
    expect(message.data.structures[0]?.dimensions.observation.map((dimension) => [dimension.id, dimension.keyPosition])).toEqual([
      ['INDICATOR', 0], ['REF_AREA', 1], ['SEX', 2], ['AGE', 3], ['TIME_PERIOD', 4],
    ]);
    expect(Object.keys(message.data.dataSets[0]?.observations ?? {})).toEqual(['0:0:0:0:0', '0:0:1:1:0']);
  });

  it('names the indicator and area dimensions as the options say, and refuses dimensions with their ids', () => {
    const { message, losses } = observationsToSdmxJson(
      observations(one, { ...one, period: '2025', dimensions: { GEO: 'x' } }, { ...one, period: '2026', dimensions: { OBS_STATUS: 'x' } }),
      { dimensionIds: { indicator: 'SERIES', area: 'GEO' } },
    );
    expect(message.data.structures[0]?.dimensions.observation.map((dimension) => dimension.id)).toEqual(['SERIES', 'GEO', 'TIME_PERIOD']);
    expect(lossTexts(losses)).toEqual([
      'dimensions.GEO: "GEO" cannot be an SDMX dimension id: an id is letters, digits, "_" and "-", starting with a letter, and must not be one of SERIES, GEO, TIME_PERIOD, OBS_VALUE, OBS_STATUS, UNIT_MEASURE, UNIT_MULT, COMMENT_OBS; rename the dimension (1 observation: #1)',
      'dimensions.OBS_STATUS: "OBS_STATUS" cannot be an SDMX dimension id: an id is letters, digits, "_" and "-", starting with a letter, and must not be one of SERIES, GEO, TIME_PERIOD, OBS_VALUE, OBS_STATUS, UNIT_MEASURE, UNIT_MULT, COMMENT_OBS; rename the dimension (1 observation: #2)',
    ]);
    expect(plain(observationsFromSdmxJson(message, { dimensionIds: { indicator: 'SERIES', area: 'GEO' } }).observations)).toEqual(plain(observations(one)));
  });

  it('accepts dimension ids of letters, digits, "_" and "-" that start with a letter', () => {
    const { losses } = observationsToSdmxJson(observations({ ...one, dimensions: { 'Age_group-5': 'a' } }, { ...one, dimensions: { '5AGE': 'a' } }, { ...one, dimensions: { 'AGE ': 'a' } }));
    expect(losses.map((loss) => loss.field)).toEqual(['dimensions.5AGE', 'dimensions.AGE ']);
  });

  it('writes values as JSON numbers, at both ends of the range an observation holds, and says when one is rounded', () => {
    // An observation's value has an exponent from -100 to 100, which a JSON number always reaches.
    const { message, losses } = observationsToSdmxJson(observations({ ...one, value: '1e100' }, { ...one, period: '2025', value: '-1e-100' }, { ...one, period: '2026', value: '0' }, { ...one, period: '2027', value: '0.1' }));
    expect(Object.values(message.data.dataSets[0]?.observations ?? {}).map((cells) => cells[0])).toEqual([1e100, -1e-100, 0, 0.1]);
    expect(losses).toEqual([]);
    expect(lossTexts(observationsToSdmxJson(observations({ ...one, value: '0.12345678901234567890' })).losses)).toEqual([
      "value: the value has more digits than a JSON number holds, so it is rounded; write values as strings (options.values: 'string') to keep every digit (1 observation: #0)",
    ]);
  });

  it('says what it cannot carry: _T, units unknown to the reader, dates and sources, and a second value of a key', () => {
    const lak = defineUnit({ code: 'LAK', kind: 'money', labels: { vi: 'kíp', en: 'kip' }, currency: 'LAK' });
    const { message, losses } = observationsToSdmxJson(
      observations({ ...one, dimensions: { SEX: '_T' }, unit: { unit: lak, power: 0 }, published: '2024-12-20', source: 'GSO' }, { ...one, status: 'estimate', dimensions: { SEX: '_T' } }),
    );
    expect(message.data.structures[0]?.attributes.observation[1]?.values).toEqual([{ id: 'LAK', name: 'kip' }]);
    expect(lossTexts(losses)).toEqual([
      'dimensions.SEX: the value _T is SDMX\'s "total", which reads back as an absent dimension (2 observations: #0, #1)',
      'cell: SDMX holds one value per key (indicator, area, dimensions and period); another observation of this cell with a more final status or a later publication was written instead; send the revisions in separate messages (1 observation: #1)',
      'unit: unit "LAK" is not in the unit registry, so only its code is written; read the message back with this unit in options.units (1 observation: #0)',
      'published: SDMX has no standard observation attribute for the publication date; it is not written (1 observation: #0)',
      'source: SDMX has no standard observation attribute for the source; it is not written (1 observation: #0)',
    ]);
    expect(observationsToSdmxJson(observations({ ...one, unit: { unit: lak, power: 0 } }), { units: { ...units, LAK: lak } }).losses).toEqual([]);
  });
});

describe('observationsFromSdmxJson', () => {
  const structure = (attributes: unknown[] = [{ id: 'OBS_STATUS', values: [{ id: 'A' }, { id: 'E' }] }]) => ({
    dimensions: { observation: [{ id: 'INDICATOR', values: [{ id: 'X' }] }, { id: 'REF_AREA', values: [{ id: '402' }] }, { id: 'TIME_PERIOD', values: [{ id: '2024' }, { id: '2025' }] }] },
    attributes: { observation: attributes },
  });
  const messageOf = (observationCells: Record<string, unknown>, attributes?: unknown[], extra: Record<string, unknown> = {}) => ({
    data: { structures: [structure(attributes)], dataSets: [{ structure: 0, observations: observationCells, ...extra }] },
  });

  it('reads an attribute given as a position, a value itself, or its default', () => {
    const attributes = [
      { id: 'OBS_STATUS', default: 'E', values: [{ id: 'A' }] },
      { id: 'UNIT_MEASURE', values: [{ id: 'VND' }] },
      { id: 'UNIT_MULT', default: 6, values: [{ id: '9' }] },
      { id: 'COMMENT_OBS', values: [] },
    ];
    const read = observationsFromSdmxJson(messageOf({ '0:0:0': [1, 0, 0, 0, 'ghi chú'], '0:0:1': ['2', null, 0, null, '7'] }, attributes)).observations;
    expect(plain(read)).toEqual(
      plain(
        observations(
          { ...one, value: '1', unit: { unit: 'VND', power: 9 }, note: 'ghi chú' },
          { ...one, period: '2025', value: '2', status: 'estimate', unit: { unit: 'VND', power: 6 }, note: '7' },
        ),
      ),
    );
  });

  it('takes the status of options.obsStatus before the built-in one, and the default status otherwise', () => {
    expect(observationsFromSdmxJson(messageOf({ '0:0:0': [1, 0] }), { obsStatus: { A: 'estimate' } }).observations[0]?.status).toBe('estimate');
    expect(observationsFromSdmxJson(messageOf({ '0:0:0': [1] }, []), { defaults: { status: 'preliminary' } }).observations[0]?.status).toBe('preliminary');
    expect(observationsFromSdmxJson(messageOf({ '0:0:0': [1] }, [])).observations[0]?.status).toBe('official');
  });

  it('refuses attribute values that point nowhere or are of the wrong kind, with their paths', () => {
    expect(caught(() => observationsFromSdmxJson(messageOf({ '0:0:0': [1, 2], '0:0:1': [1, -1] }))).issues).toEqual([
      { path: ['data', 'dataSets', 0, 'observations', '0:0:0', 1], message: 'data.dataSets[0].observations["0:0:0"][1]: OBS_STATUS: expected the position of one of its 2 values; got 2' },
      { path: ['data', 'dataSets', 0, 'observations', '0:0:1', 1], message: 'data.dataSets[0].observations["0:0:1"][1]: OBS_STATUS: expected the position of one of its 2 values; got -1' },
    ]);
    expect(issueTexts(() => observationsFromSdmxJson(messageOf({ '0:0:0': [1, true] })))).toEqual([
      'data.dataSets[0].observations["0:0:0"][1]: OBS_STATUS: expected the position of a value, or a value; got the boolean true',
    ]);
    const unit = [{ id: 'UNIT_MEASURE', values: [{ id: 'VND' }] }, { id: 'UNIT_MULT', values: [{ id: 'nine' }, { id: '1000' }] }];
    expect(issueTexts(() => observationsFromSdmxJson(messageOf({ '0:0:0': [1, 0, 0], '0:0:1': [1, 0, 1] }, unit)))).toEqual([
      'data.dataSets[0].observations["0:0:0"]: UNIT_MULT "nine" is not a power of ten; expected a whole number such as 0, 3, 6 or 9 (SDMX CL_UNIT_MULT)',
      'data.dataSets[0].observations["0:0:1"]: UNIT_MULT "1000" is not a power of ten; expected a whole number such as 0, 3, 6 or 9 (SDMX CL_UNIT_MULT)',
    ]);
  });

  it('notes a unit multiplier without a unit, measures after the first and attributes it does not read', () => {
    const message = {
      data: {
        structures: [{ ...structure([{ id: 'UNIT_MULT', values: [{ id: '9' }] }, { id: 'DECIMALS', values: [{ id: '1' }] }]), measures: { observation: [{ id: 'OBS_VALUE' }, { id: 'OBS_VALUE_2' }, 5] } }],
        dataSets: [{ observations: { '0:0:0': [1, 99, 0, 0] } }],
      },
    };
    const { observations: read, notes } = observationsFromSdmxJson(message);
    expect(read.length).toBe(1);
    expect(notes.map((note) => [note.what, note.locations])).toEqual([
      ['attribute DECIMALS', ['data.structures[0].attributes.observation[1]']],
      ['measure OBS_VALUE_2', ['data.structures[0].measures.observation[1]']],
      ['measure #2', ['data.structures[0].measures.observation[2]']],
      ['attribute UNIT_MULT', ['data.structures[0].attributes']],
    ]);
    expect(notes.map((note) => note.message)).toContain('attribute UNIT_MULT: a power of ten without UNIT_MEASURE is not a unit, so it is not read (1 record: data.structures[0].attributes)');
  });

  it('finds the time dimension by its role, and reads numeric and boolean component values as text', () => {
    const message = {
      data: {
        structures: [
          {
            dimensions: {
              observation: [
                { id: 'INDICATOR', values: [{ id: 'X' }] },
                { id: 'REF_AREA', values: [{ value: 402 }] },
                { id: 'PERIOD', roles: ['TIME_PERIOD'], values: [{ id: 2024 }] },
                { id: 'URBAN', values: [{ value: true }] },
              ],
            },
          },
        ],
        dataSets: [{ observations: { '0:0:0:0': ['5'] } }],
      },
    };
    expect(plain(observationsFromSdmxJson(message).observations)).toEqual(plain(observations({ ...one, dimensions: { URBAN: 'true' } })));
  });

  it('refuses components without an id, a dimension named __proto__ and values without an id or a value', () => {
    const message = {
      data: {
        structures: [
          {
            dimensions: {
              observation: [{ id: 'INDICATOR', values: [{ id: 'X' }, { name: 'no id' }, 'Y'] }, { id: '__proto__', values: [] }, { name: 'REF_AREA' }, { id: 'TIME_PERIOD', values: [{ id: '2024' }] }],
            },
            attributes: { observation: [7] },
          },
        ],
        dataSets: [{ observations: {} }],
      },
    };
    expect(caught(() => observationsFromSdmxJson(message, { defaults: { area: '402' } })).issues).toEqual([
      { path: ['data', 'structures', 0, 'dimensions', 'observation', 0, 'values', 1], message: 'data.structures[0].dimensions.observation[0].values[1]: expected a component value with an id or a value; got an object' },
      { path: ['data', 'structures', 0, 'dimensions', 'observation', 0, 'values', 2], message: 'data.structures[0].dimensions.observation[0].values[2]: expected a component value with an id or a value; got the string "Y"' },
      {
        path: ['data', 'structures', 0, 'dimensions', 'observation', 1, 'id'],
        message: 'data.structures[0].dimensions.observation[1].id: a dimension may not be named "__proto__" (a JSON object cannot carry it as data); rename it, such as "proto"',
      },
      { path: ['data', 'structures', 0, 'dimensions', 'observation', 2], message: 'data.structures[0].dimensions.observation[2]: expected a component with an id; got an object' },
      { path: ['data', 'structures', 0, 'attributes', 'observation', 0], message: 'data.structures[0].attributes.observation[0]: expected a component with an id; got the number 7' },
    ]);
  });

  it('refuses a dimension value of null rather than leave out the observations that point at it', () => {
    const message = messageOf({ '0:0:0': [1], '0:0:1': [2] });
    (message.data.structures[0]?.dimensions.observation[2]?.values as unknown[])[1] = null;
    expect(issueTexts(() => observationsFromSdmxJson(message))).toEqual(['data.structures[0].dimensions.observation[2].values[1]: expected a component value with an id or a value; got null']);
  });

  it('refuses data sets, series and observations of the wrong form, with their paths', () => {
    const seriesStructure = {
      dimensions: { series: [{ id: 'INDICATOR', values: [{ id: 'X' }] }], observation: [{ id: 'REF_AREA', values: [{ id: '402' }] }, { id: 'TIME_PERIOD', values: [{ id: '2024' }] }] },
      attributes: { series: [{ id: 'OBS_STATUS', values: [{ id: 'A' }] }] },
    };
    const message = {
      data: {
        structures: [seriesStructure],
        dataSets: [
          7,
          { structure: 1.5 },
          { series: [] },
          { series: { '0': 'x', '1': {}, '0:0': {} } },
          { series: { '0': { attributes: { 0: 0 }, observations: [] } } },
          { series: { '0': { attributes: [0, 0], observations: { '0:0': [], '0:0 ': [1] } } } },
          { series: { '0': { observations: { '0:0': 'x' } } } },
          { series: { '0': { observations: { '0:0': [false] } } } },
        ],
      },
    };
    expect(issueTexts(() => observationsFromSdmxJson(message))).toEqual([
      'data.dataSets[0]: expected a data set; got the number 7',
      'data.dataSets[1].structure: expected the position of a structure (0 to 0); got the number 1.5',
      'data.dataSets[2].series: expected series keyed by dimension positions; got an array',
      'data.dataSets[3].series["0"]: expected a series; got the string "x"',
      'data.dataSets[3].series["1"]: the key "1" points at value 1 of dimension INDICATOR, which has 1 value',
      'data.dataSets[3].series["0:0"]: the key "0:0" has 2 positions; expected 1, one per dimension at this level (INDICATOR)',
      'data.dataSets[4].series["0"].attributes: expected a list of attribute value positions; got an object',
      'data.dataSets[4].series["0"].observations: expected observations keyed by dimension positions; got an array',
      'data.dataSets[5].series["0"].attributes: expected at most 1 attribute values, one per attribute at this level; got 2',
      'data.dataSets[5].series["0"].observations["0:0"]: expected an observation: an array with the value first; got an array',
      'data.dataSets[5].series["0"].observations["0:0 "]: the key "0:0 " points at value 0  of dimension TIME_PERIOD, which has 1 value',
      'data.dataSets[6].series["0"].observations["0:0"]: expected an observation: an array with the value first; got the string "x"',
      'data.dataSets[7].series["0"].observations["0:0"][0]: expected the value as a number or decimal text; got the boolean false',
    ]);
  });

  it('refuses a message whose data sets are not a list, and a structure that is not an object', () => {
    expect(issueTexts(() => observationsFromSdmxJson({ data: { structures: [], dataSets: {} } }))).toEqual(['data.dataSets: expected the list of data sets; got an object']);
    expect(issueTexts(() => observationsFromSdmxJson({ structure: {} }))).toEqual(['dataSets: expected the list of data sets; got nothing']);
    expect(issueTexts(() => observationsFromSdmxJson({ data: { structures: ['s'], dataSets: [{}] } }))).toEqual(['data.structures[0]: expected a structure; got the string "s"']);
    expect(issueTexts(() => observationsFromSdmxJson({ data: { structure: { dimensions: {} }, dataSets: [{}] } }))).toEqual([
      'data.structure.dimensions: no dimension INDICATOR holds the indicator; name it with options.dimensionIds.indicator, or pass options.defaults.indicator',
      'data.structure.dimensions: no dimension REF_AREA holds the area; name it with options.dimensionIds.area, or pass options.defaults.area',
      'data.structure.dimensions: no TIME_PERIOD dimension holds the period',
    ]);
  });

  it('refuses dataSet-level attribute values given in the wrong form', () => {
    const message = {
      data: {
        structures: [{ ...structure([]), attributes: { dataSet: [{ id: 'OBS_STATUS', values: [{ id: 'A' }] }] } }],
        dataSets: [{ attributes: 'A', observations: { '0:0:0': [1] } }, { attributes: [3], observations: { '0:0:0': [1] } }],
      },
    };
    expect(issueTexts(() => observationsFromSdmxJson(message))).toEqual([
      'data.dataSets[0].attributes: expected a list of attribute value positions; got the string "A"',
      'data.dataSets[1].attributes[0]: OBS_STATUS: expected the position of one of its 1 values; got 3',
    ]);
  });
});

describe('observationsToSdmxJson: kinds of loss, attributes written, values beyond a JSON number', () => {
  it('gives the kind of each loss: a field of an observation written without it', () => {
    const lak = defineUnit({ code: 'LAK', kind: 'money', labels: { vi: 'kíp', en: 'kip' }, currency: 'LAK' });
    const { losses } = observationsToSdmxJson(observations({ ...one, dimensions: { SEX: '_T' }, unit: { unit: lak, power: 0 }, value: '0.12345678901234567890' }));
    expect(losses.map((loss) => [loss.kind, loss.field, loss.observations])).toEqual([
      ['field', 'dimensions.SEX', [0]],
      ['field', 'value', [0]],
      ['field', 'unit', [0]],
    ]);
  });

  it('writes only the attributes some observation has: the status alone when none has a unit or a note', () => {
    const { message } = observationsToSdmxJson(observations(one));
    expect(message.data.structures[0]?.attributes.observation).toEqual([{ id: 'OBS_STATUS', name: 'Observation status', relationship: { observation: {} }, values: [{ id: 'A', name: 'Normal value' }] }]);
    expect(message.data.structures[0]?.attributes.observation).toHaveLength(1);
    expect(observationsToSdmxJson([]).message.data.structures[0]?.attributes.observation).toEqual([]);
  });

  it('writes a value of an observation built by hand beyond a JSON number as exact text, and says so', () => {
    // parseObservations keeps exponents within ±100; a caller may still build an observation whose value is not.
    const [parsed] = observations(one);
    if (parsed === undefined) throw new Error('parseObservations returned nothing');
    const { message, losses } = observationsToSdmxJson([
      { ...parsed, value: new Decimal('1e400') },
      { ...parsed, period: '2025', value: new Decimal('-1e-400') },
    ]);
    expect(message.data.dataSets[0]?.observations).toEqual({ '0:0:0': ['1e+400', 0], '0:0:1': ['-1e-400', 0] });
    expect(losses).toEqual([
      { kind: 'field', field: 'value', observations: [0], message: 'value: the value 1e+400 is beyond what a JSON number holds, so it is written as a string (1 observation: #0)' },
      { kind: 'field', field: 'value', observations: [1], message: 'value: the value -1e-400 is beyond what a JSON number holds, so it is written as a string (1 observation: #1)' },
    ]);
  });
});

describe('observationsFromSdmxJson: message forms, structures and where problems are', () => {
  const dimensions = (area: unknown[] = [{ id: '402' }], time: unknown[] = [{ id: '2024' }, { id: '2025' }]) => [
    { id: 'INDICATOR', values: [{ id: 'X' }] },
    { id: 'REF_AREA', values: area },
    { id: 'TIME_PERIOD', values: time },
  ];
  const flat = (structure: Record<string, unknown>, dataSets: unknown[]) => ({ data: { structures: [{ dimensions: { observation: dimensions() }, ...structure }], dataSets } });
  const seriesStructure = { dimensions: { series: dimensions().slice(0, 2), observation: dimensions().slice(2) } };
  const pathsAndTexts = (action: () => unknown): unknown[] => caught(action).issues.map((issue) => [issue.path, issue.message]);

  it('refuses an object that is neither form of message at its root, and a message without structures at its data set', () => {
    expect(pathsAndTexts(() => observationsFromSdmxJson({ header: {} }))).toEqual([
      [[], '(root): expected an SDMX-JSON data message, an object with data.structures and data.dataSets; got an object'],
    ]);
    expect(issueTexts(() => observationsFromSdmxJson({ data: { dataSets: [{}] } }))).toEqual(['data.dataSets[0].structure: expected the position of a structure (0 to -1); got the number 0']);
  });

  it('locates the problems of an early draft message\'s structure at "structure"', () => {
    expect(pathsAndTexts(() => observationsFromSdmxJson({ structure: { dimensions: {} }, dataSets: [{}] }))).toEqual([
      [['structure', 'dimensions'], 'structure.dimensions: no dimension INDICATOR holds the indicator; name it with options.dimensionIds.indicator, or pass options.defaults.indicator'],
      [['structure', 'dimensions'], 'structure.dimensions: no dimension REF_AREA holds the area; name it with options.dimensionIds.area, or pass options.defaults.area'],
      [['structure', 'dimensions'], 'structure.dimensions: no TIME_PERIOD dimension holds the period'],
    ]);
  });

  it('reports a structure\'s problems once however many data sets follow it, and reads none of their observations', () => {
    const noIndicator = { dimensions: { observation: dimensions().slice(1) } };
    const noArea = { dimensions: { observation: [dimensions()[0], dimensions()[2]] } };
    const noTime = { dimensions: { observation: dimensions().slice(0, 2) } };
    const message = {
      data: {
        structures: [noIndicator, noArea, noTime],
        dataSets: [
          { structure: 0, observations: { '0:0': ['n/a'] } },
          { structure: 0, observations: { '0:1': ['n/a'] } },
          { structure: 1, observations: { '0:0': ['n/a'] } },
          { structure: 2, observations: { '0:0': ['n/a'] } },
        ],
      },
    };
    expect(issueTexts(() => observationsFromSdmxJson(message))).toEqual([
      'data.structures[0].dimensions: no dimension INDICATOR holds the indicator; name it with options.dimensionIds.indicator, or pass options.defaults.indicator',
      'data.structures[1].dimensions: no dimension REF_AREA holds the area; name it with options.dimensionIds.area, or pass options.defaults.area',
      'data.structures[2].dimensions: no TIME_PERIOD dimension holds the period',
    ]);
  });

  it('refuses a data set\'s structure that is not a position of one: a fraction, a negative number, text, one past the last', () => {
    expect(issueTexts(() => observationsFromSdmxJson(flat({}, [{ structure: 0.5 }, { structure: -1 }, { structure: '0' }, { structure: 1 }])))).toEqual([
      'data.dataSets[0].structure: expected the position of a structure (0 to 0); got the number 0.5',
      'data.dataSets[1].structure: expected the position of a structure (0 to 0); got the number -1',
      'data.dataSets[2].structure: expected the position of a structure (0 to 0); got the string "0"',
      'data.dataSets[3].structure: expected the position of a structure (0 to 0); got the number 1',
    ]);
  });

  it('reads an attribute named __proto__ as an attribute it does not know, and the time dimension by the role of early drafts', () => {
    const read = observationsFromSdmxJson(flat({ attributes: { observation: [{ id: '__proto__', values: [{ id: 'a' }] }] } }, [{ observations: { '0:0:0': [1, 0] } }]));
    expect(plain(read.observations)).toEqual(plain(observations({ ...one, value: '1' })));
    expect(read.notes.map((note) => [note.kind, note.what])).toEqual([['ignored', 'attribute __proto__']]);
    const byRole = {
      data: {
        structures: [{ dimensions: { observation: [...dimensions().slice(0, 2), { id: 'PERIOD', role: 'TIME_PERIOD', values: [{ id: '2024' }] }] } }],
        dataSets: [{ observations: { '0:0:0': [1] } }],
      },
    };
    expect(plain(observationsFromSdmxJson(byRole).observations)).toEqual(plain(observations({ ...one, value: '1' })));
  });

  it('checks the area and time values of the structure, and counts the values of a dimension that lists none as 0', () => {
    const message = { data: { structures: [{ dimensions: { observation: dimensions([{ id: '402' }, { id: '403' }], [{ id: '2024' }, { id: '2024-13' }]) } }], dataSets: [{ observations: { '0:0:0': [1] } }] } };
    expect(pathsAndTexts(() => observationsFromSdmxJson(message, { knownAreas: ['402'] }))).toEqual([
      [['data', 'structures', 0, 'dimensions', 'observation', 1, 'values', 1], 'data.structures[0].dimensions.observation[1].values[1]: unknown area code "403": it is not in knownAreas'],
      [['data', 'structures', 0, 'dimensions', 'observation', 2, 'values', 1], 'data.structures[0].dimensions.observation[2].values[1]: invalid SDMX TIME_PERIOD "2024-13": month must be an integer from 1 to 12; got 13'],
    ]);
    const noValues = { data: { structures: [{ dimensions: { observation: [dimensions()[0], { id: 'REF_AREA' }, dimensions()[2]] } }], dataSets: [{ observations: { '0:0:0': [1] } }] } };
    expect(issueTexts(() => observationsFromSdmxJson(noValues))).toEqual(['data.dataSets[0].observations["0:0:0"]: the key "0:0:0" points at value 0 of dimension REF_AREA, which has 0 values']);
  });

  it('reports an observation that points at a refused dimension value, a key or a series key that points nowhere, only there', () => {
    const refusedArea = { data: { structures: [{ dimensions: { observation: dimensions([{ id: '403' }]) }, attributes: { observation: [{ id: 'OBS_STATUS', values: [{ id: 'B' }] }] } }], dataSets: [{ observations: { '0:0:0': ['n/a', 0] } }] } };
    expect(issueTexts(() => observationsFromSdmxJson(refusedArea, { knownAreas: ['402'] }))).toEqual(['data.structures[0].dimensions.observation[1].values[0]: unknown area code "403": it is not in knownAreas']);
    expect(issueTexts(() => observationsFromSdmxJson(flat({}, [{ observations: { '0:0:7': ['n/a'] } }])))).toEqual([
      'data.dataSets[0].observations["0:0:7"]: the key "0:0:7" points at value 7 of dimension TIME_PERIOD, which has 2 values',
    ]);
    expect(issueTexts(() => observationsFromSdmxJson({ data: { structures: [seriesStructure], dataSets: [{ series: { '0:1': { observations: { '0': ['n/a'] } } } }] } }))).toEqual([
      'data.dataSets[0].series["0:1"]: the key "0:1" points at value 1 of dimension REF_AREA, which has 1 value',
    ]);
  });

  it('reads key positions of several digits and refuses a negative one', () => {
    const years = Array.from({ length: 11 }, (_, index) => ({ id: String(2015 + index) }));
    const message = (key: string) => ({ data: { structures: [{ dimensions: { observation: dimensions([{ id: '402' }], years) } }], dataSets: [{ observations: { [key]: [1] } }] } });
    expect(observationsFromSdmxJson(message('0:0:10')).observations.map((observation) => observation.period)).toEqual(['2025']);
    expect(issueTexts(() => observationsFromSdmxJson(message('0:0:-1')))).toEqual(['data.dataSets[0].observations["0:0:-1"]: the key "0:0:-1" points at value -1 of dimension TIME_PERIOD, which has 11 values']);
  });

  it('reads a data set whose dimensions are all at the data set level, its observations keyed by ""', () => {
    const message = { data: { structures: [{ dimensions: { dataSet: dimensions().slice(0, 2).concat([{ id: 'TIME_PERIOD', values: [{ id: '2024' }] }]) }, attributes: { observation: [{ id: 'COMMENT_OBS', values: [{ value: 'c' }] }] } }], dataSets: [{ observations: { '': [5, 0] } }] } };
    expect(plain(observationsFromSdmxJson(message).observations)).toEqual(plain(observations({ ...one, note: 'c' })));
  });

  it('reads attribute values given as numbers that are not positions as values, a numeric default as text, and a unit without a multiplier as units', () => {
    const comment = [{ id: 'COMMENT_OBS', default: 7, values: [{ value: 'a' }] }];
    expect(plain(observationsFromSdmxJson(flat({ attributes: { observation: comment } }, [{ observations: { '0:0:0': [1, 2.5], '0:0:1': [1] } }])).observations)).toEqual(
      plain(observations({ ...one, value: '1', note: '2.5' }, { ...one, period: '2025', value: '1', note: '7' })),
    );
    const unit = [{ id: 'UNIT_MEASURE', values: [{ id: 'VND' }] }];
    expect(observationsFromSdmxJson(flat({ attributes: { observation: unit } }, [{ observations: { '0:0:0': [1, 0] } }])).observations[0]?.unit?.power).toBe(0);
  });

  it('takes attributes of the data set and series levels from their defaults when a data set gives no values for them', () => {
    const attributes = { series: [{ id: 'OBS_STATUS', default: 'E', values: [] }], dataSet: [{ id: 'COMMENT_OBS', default: 'd', values: [] }] };
    const read = observationsFromSdmxJson(flat({ attributes }, [{ observations: { '0:0:0': [1] } }, { attributes: null, observations: { '0:0:1': [2] } }]));
    expect(plain(read.observations)).toEqual(plain(observations({ ...one, value: '1', status: 'estimate', note: 'd' }, { ...one, period: '2025', value: '2', status: 'estimate', note: 'd' })));
  });

  it('locates an unknown OBS_STATUS where it is given: a later attribute of an observation, a data set, a series', () => {
    const statusSecond = [{ id: 'COMMENT_OBS', values: [] }, { id: 'OBS_STATUS', values: [{ id: 'B' }] }, { id: 'UNIT_MEASURE', values: [{ id: 'VND' }] }];
    expect(pathsAndTexts(() => observationsFromSdmxJson(flat({ attributes: { observation: statusSecond } }, [{ observations: { '0:0:0': [1, null, 0], '0:0:1': [1, null, null, 4] } }])))).toEqual([
      [['data', 'dataSets', 0, 'observations', '0:0:0', 2], 'data.dataSets[0].observations["0:0:0"][2]: OBS_STATUS "B" has no status here (A official, P preliminary, E estimate, F plan); map it with options.obsStatus, such as { B: \'official\' }'],
      [['data', 'dataSets', 0, 'observations', '0:0:1', 3], 'data.dataSets[0].observations["0:0:1"][3]: UNIT_MEASURE: expected the position of one of its 1 values; got 4'],
    ]);
    const dataSetLevel = flat({ attributes: { dataSet: [{ id: 'OBS_STATUS', values: [{ id: 'B' }] }] } }, [{ attributes: [0], observations: { '0:0:0': [1] } }]);
    expect(caught(() => observationsFromSdmxJson(dataSetLevel)).issues.map((issue) => issue.path)).toEqual([['data', 'dataSets', 0, 'attributes', 0]]);
    const seriesLevel = { data: { structures: [{ ...seriesStructure, attributes: { series: [{ id: 'OBS_STATUS', values: [{ id: 'B' }] }] } }], dataSets: [{ series: { '0:0': { attributes: [0], observations: { '0': [1] } } } }] } };
    expect(caught(() => observationsFromSdmxJson(seriesLevel)).issues.map((issue) => issue.path)).toEqual([['data', 'dataSets', 0, 'series', '0:0', 'attributes', 0]]);
  });

  it('names every series dimension when a data set has no series, and treats an undefined value as a missing one', () => {
    expect(issueTexts(() => observationsFromSdmxJson({ data: { structures: [seriesStructure], dataSets: [{ observations: {} }] } }))).toEqual([
      'data.dataSets[0]: the structure has series dimensions (INDICATOR, REF_AREA), so the data set needs series',
    ]);
    const read = observationsFromSdmxJson(flat({}, [{ observations: { '0:0:0': [undefined], '0:0:1': [null] } }]));
    expect(read.observations).toEqual([]);
    expect(read.notes).toEqual([
      {
        kind: 'skipped',
        what: 'value',
        locations: ['data.dataSets[0].observations["0:0:0"]', 'data.dataSets[0].observations["0:0:1"]'],
        message: 'value: the value is null (a missing value), so there is no observation (2 records: data.dataSets[0].observations["0:0:0"], data.dataSets[0].observations["0:0:1"])',
      },
    ]);
  });

  it('notes what it does not read with its kind: attributes, measures after the first, a multiplier without a unit, deleting data sets', () => {
    const structure = { attributes: { observation: [{ id: 'UNIT_MULT', values: [{ id: '9' }] }] }, measures: { observation: [{ id: 'OBS_VALUE' }, {}, 5] } };
    const { notes } = observationsFromSdmxJson(flat(structure, [{ observations: { '0:0:0': [1] } }, { action: 'Delete', observations: {} }]));
    expect(notes.map((note) => [note.kind, note.message])).toEqual([
      ['ignored', 'measure #1: only the first measure is read as the value (1 record: data.structures[0].measures.observation[1])'],
      ['ignored', 'measure #2: only the first measure is read as the value (1 record: data.structures[0].measures.observation[2])'],
      ['ignored', 'attribute UNIT_MULT: a power of ten without UNIT_MEASURE is not a unit, so it is not read (1 record: data.structures[0].attributes)'],
      ['skipped', 'data set: a data set with the action Delete lists values to delete, not values (1 record: data.dataSets[1])'],
    ]);
    const ignored = observationsFromSdmxJson(flat({ attributes: { observation: [{ id: 'DECIMALS', values: [] }] } }, [{ observations: {} }])).notes;
    expect(ignored.map((note) => [note.kind, note.message])).toEqual([
      ['ignored', 'attribute DECIMALS: this attribute has no field in an observation, so it is not read (1 record: data.structures[0].attributes.observation[0])'],
    ]);
  });
});
