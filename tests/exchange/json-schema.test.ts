import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EmulationDecisionInput,
  type JsonSchemaModel,
  assignAwards,
  jsonSchemaModels,
  jsonSchemaOf,
  parseEmulationScoringTable,
  parseObservations,
  scoreEmulation,
  units,
} from '../../src/index.js';
import { nhuXuanEmulationSheets2024, nhuXuanEmulationTable2024, nhuXuanSuccessions, nhuXuanUnits } from '../../src/datasets/nhu-xuan/index.js';
import { nhuXuanObservations2024 } from '../../src/datasets/nhu-xuan/observations-2024.js';
import { nhuXuanPlan2024Input } from '../../src/datasets/nhu-xuan/plan-2024.js';
import { vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import { expectFailure } from '../period/helpers.js';
import { anyPeriod, observationArbitrary, plain } from './arbitraries.js';
import { dialectProblems, schemaProblems } from './json-schema-checker.js';

/** A JSON copy of an example, as it would be read from a file. */
function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function problems(model: JsonSchemaModel, value: unknown): string[] {
  return schemaProblems(jsonSchemaOf(model), json(value));
}

describe('jsonSchemaOf', () => {
  it('gives every model a well-formed draft 2020-12 schema with a title and a description', () => {
    expect(jsonSchemaModels).toEqual([
      'indicator', 'catalog', 'observation', 'observations', 'target', 'plan',
      'admin-unit', 'succession', 'hierarchy', 'unit-group-set', 'period', 'unit-of-measure',
      'emulation-table', 'emulation-sheets', 'emulation-decisions',
    ]);
    for (const model of jsonSchemaModels) {
      const schema = jsonSchemaOf(model);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof schema.title).toBe('string');
      expect(typeof schema.description).toBe('string');
      expect(dialectProblems(schema)).toEqual([]);
      // Input schemas: nothing is marked readOnly, so that tools do not leave fields out of files.
      expect(JSON.stringify(schema)).not.toContain('readOnly');
    }
  });

  it('writes decimals as numbers or decimal text, dates with the date format, period codes with their pattern', () => {
    const properties = jsonSchemaOf('observation').properties as Record<string, Record<string, unknown>>;
    expect(properties.value).toMatchObject({ type: ['string', 'number'] });
    expect(properties.published).toMatchObject({ type: 'string', format: 'date' });
    expect(properties.period).toMatchObject({ type: 'string' });
    const valueSchema = properties.value ?? {};
    expect(['45.6', 45.6, ' 1e9 ', '-0.5', '.5'].map((value) => schemaProblems(valueSchema, value))).toEqual([[], [], [], [], []]);
    expect(['45,6', 'n/a', true].map((value) => schemaProblems(valueSchema, value).length)).toEqual([1, 1, 1]);
    const periodSchema = properties.period ?? {};
    expect(['2024', '2024-q3', '2024-M9', '2024-FY04', '2024-FY04-S2', '2024-B2', '2024-BiW03', '2024-wedw5', '2021/2025', '2024-01-15'].every((code) => schemaProblems(periodSchema, code).length === 0)).toBe(true);
    expect(['Q3 2024', '24', '2024/', '2024-X1'].every((code) => schemaProblems(periodSchema, code).length === 1)).toBe(true);
  });

  it('describes the bundled Như Xuân plan, and refuses it when a field has the wrong form', () => {
    expect(problems('plan', nhuXuanPlan2024Input)).toEqual([]);
    const plan = json(nhuXuanPlan2024Input) as { targets: Record<string, unknown>[]; period: string };
    const broken = {
      ...plan,
      period: 'năm 2024',
      targets: [{ ...plan.targets[0], comparator: 'more', value: 'n/a', unit: { unit: 'vnd', power: 7 } }, ...plan.targets.slice(1)],
    };
    expect(problems('plan', broken)).toEqual([
      expect.stringMatching(/^\/period: "năm 2024" does not match \^\\d\{4\}/),
      '/targets/0/comparator: "more" is not one of the enum',
      '/targets/0/value: "n/a" does not match ^\\s*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?\\s*$',
      '/targets/0/unit/unit: matches none of anyOf',
      '/targets/0/unit/power: 7 is not one of the enum',
    ]);
    const { targets: _targets, ...withoutTargets } = plan;
    expect(problems('plan', withoutTargets)).toEqual([': missing targets']);
  });

  it('describes the bundled indicator catalog, as a list and wrapped, and each of its indicators', () => {
    expect(problems('catalog', vnDistrictIndicators)).toEqual([]);
    expect(problems('catalog', { indicators: vnDistrictIndicators })).toEqual([]);
    for (const indicator of vnDistrictIndicators) expect(problems('indicator', indicator)).toEqual([]);
    expect(problems('indicator', { ...vnDistrictIndicators[0], measure: 'amount', precision: 1.5 })).toEqual([
      '/measure: "amount" is not one of the enum',
      '/precision: expected integer, got number',
    ]);
    expect(problems('catalog', 'indicators')).toEqual([': matches none of anyOf']);
  });

  it('describes the bundled observations and every observation the library can produce', () => {
    expect(problems('observations', nhuXuanObservations2024)).toEqual([]);
    const observation = observationArbitrary({
      period: anyPeriod,
      dimensionNames: ['sex', 'age'],
      dimensionValue: fc.string(),
      digits: 30,
      everyField: true,
    });
    fc.assert(
      fc.property(observation, (value) => {
        expect(problems('observation', value)).toEqual([]);
      }),
    );
    expect(problems('observation', { indicator: 'X', area: '', period: '2024', value: 1, status: 'final', published: '20/12/2024' })).toEqual([
      '/area: shorter than 1',
      '/status: "final" is not one of the enum',
      '/published: "20/12/2024" does not match ^\\d{4}-\\d{2}-\\d{2}$',
    ]);
  });

  it('is never stricter than the parser: what the schema refuses, parseObservations refuses too', () => {
    const candidates: unknown[] = [
      { indicator: 'X', area: '1', period: '2024', value: '1,5', status: 'official' },
      { indicator: 'X', area: '1', period: 'Q3', value: 1, status: 'official' },
      { indicator: 'X', area: '1', period: '2024', value: 1, status: 'official', unit: { unit: 'dong', power: 0 } },
      { indicator: 'X', area: '1', period: '2024', value: 1, status: 'official', unit: { unit: 'VND', power: 2 } },
      { indicator: 'X', area: '1', period: '2024', value: 1, status: 'official', dimensions: { sex: 1 } },
      { indicator: '-X', area: '1', period: '2024', value: 1, status: 'official' },
    ];
    for (const candidate of candidates) {
      expect(problems('observation', candidate)).not.toEqual([]);
      expect(() => parseObservations([candidate])).toThrow();
    }
    // The other way round the parser checks more than the form: this one passes the schema only.
    const impossible = { indicator: 'X', area: '1', period: '2025-W53', value: 1, status: 'official' };
    expect(problems('observation', impossible)).toEqual([]);
    expect(() => parseObservations([impossible])).toThrow();
    expect(plain(parseObservations([{ indicator: 'X', area: '1', period: '2024', value: ' 1e2 ', status: 'official' }]))[0]).toMatchObject({ value: '100' });
  });

  it('describes the bundled Như Xuân hierarchy: units, successions and the file that holds them', () => {
    expect(problems('hierarchy', { units: nhuXuanUnits, successions: nhuXuanSuccessions })).toEqual([]);
    expect(problems('hierarchy', { levels: ['province', 'commune'], units: nhuXuanUnits })).toEqual([]);
    for (const unit of nhuXuanUnits) expect(problems('admin-unit', unit)).toEqual([]);
    for (const succession of nhuXuanSuccessions) expect(problems('succession', succession)).toEqual([]);
    expect(problems('admin-unit', { code: ' 402', name: 'Như Xuân', type: '', level: 'district', validTo: '30/06/2025' })).toEqual([
      '/code: " 402" does not match ^\\S(?:[\\s\\S]*\\S)?$',
      '/type: "" does not match ^\\S(?:[\\s\\S]*\\S)?$',
      '/validTo: "30/06/2025" does not match ^\\d{4}-\\d{2}-\\d{2}$',
    ]);
    expect(problems('succession', { kind: 'merge', date: '2025-07-01', legalBasis: 'x', from: [], to: '1' })).toEqual([': matches 0 of oneOf, not exactly one']);
  });

  it('describes unit group sets, periods as codes or objects, and units of one\'s own', () => {
    expect(problems('unit-group-set', { id: 'clusters', name: 'Cụm thi đua', exclusive: true, groups: [{ id: '3', name: 'Cụm 3', members: ['402'] }] })).toEqual([]);
    expect(problems('unit-group-set', { id: 'clusters', name: 'Cụm thi đua' })).toEqual([': missing groups']);
    expect(problems('period', '2021/2025')).toEqual([]);
    expect(problems('period', { type: 'range', start: { type: 'year', year: 2021 }, end: { type: 'year', year: 2025 } })).toEqual([]);
    expect(problems('period', { type: 'quarter', year: 2024 })).toEqual([': matches none of anyOf']);
    for (const unit of Object.values(units)) expect(problems('unit-of-measure', unit)).toEqual([]);
    expect(problems('unit-of-measure', { code: 'LAK', kind: 'currency', labels: { vi: 'kíp' } })).toEqual([
      '/kind: "currency" is not one of the enum',
      '/labels: missing en',
    ]);
  });

  it('describes the bundled Như Xuân emulation table, and refuses a copy with fields of the wrong form', () => {
    const table = json(nhuXuanEmulationTable2024) as { criteria: Record<string, unknown>[]; awards: Record<string, unknown>[] } & Record<string, unknown>;
    expect(problems('emulation-table', table)).toEqual([]);
    // The JSON copy is what a file holds, and the parser reads it back to the same table.
    expect(parseEmulationScoringTable(table)).toEqual(nhuXuanEmulationTable2024);
    const broken = {
      ...table,
      criteria: [{ ...table.criteria[0], maxPoints: 'ba mươi' }, { ...table.criteria[1], code: '' }],
      awards: [{ ...table.awards[0], award: 'consolation', maxCount: 1.5 }],
      ties: 'ordinal',
      quotaTies: undefined,
    };
    expect(problems('emulation-table', broken)).toEqual([
      '/criteria/0/maxPoints: "ba mươi" does not match ^\\s*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?\\s*$',
      '/criteria/1/code: shorter than 1',
      '/awards/0/award: "consolation" is not one of the enum',
      '/awards/0/maxCount: expected integer, got number',
      '/ties: "ordinal" is not one of the enum',
      ': missing quotaTies',
    ]);
    expect(problems('emulation-table', { ...table, criteria: [] })).toEqual(['/criteria: fewer than 1 items']);
  });

  it('describes the bundled Như Xuân score sheets and decisions about its units, and refuses broken copies', () => {
    expect(problems('emulation-sheets', nhuXuanEmulationSheets2024)).toEqual([]);
    const sheets = json(nhuXuanEmulationSheets2024) as ({ entries: Record<string, unknown>[] } & Record<string, unknown>)[];
    const [first, second] = sheets;
    const broken = [
      { ...first, cluster: undefined, entries: [{ ...first?.entries[0], attainment: '1,05' }, { points: 5 }] },
      { ...second, bonus: [{ points: 2 }], penalties: {} },
    ];
    expect(problems('emulation-sheets', broken)).toEqual([
      '/0/entries/0/attainment: "1,05" does not match ^\\s*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?\\s*$',
      '/0/entries/1: missing criterion',
      '/0: missing cluster',
      '/1/bonus/0: missing reason',
      '/1/penalties: expected array, got object',
    ]);
    // Decisions about bundled units, which assignAwards accepts: the First award winners voted to lead.
    const scores = nhuXuanEmulationSheets2024.map((sheet) => scoreEmulation(nhuXuanEmulationTable2024, sheet));
    const decisions: EmulationDecisionInput[] = assignAwards(nhuXuanEmulationTable2024, scores)
      .filter((award) => award.award === 'first')
      .map((award) => ({ unit: award.unit, award: 'leader', rank: 1, note: 'Bỏ phiếu kín, 9/11 phiếu' }));
    decisions.push({ unit: '16180', award: null, note: 'Không đủ phiếu' });
    expect(assignAwards(nhuXuanEmulationTable2024, scores, decisions).filter((award) => award.finalAward === 'leader')).toHaveLength(4);
    expect(problems('emulation-decisions', decisions)).toEqual([]);
    expect(problems('emulation-decisions', [{ ...decisions[0], award: 'best', rank: 0 }, { unit: '16180', award: null, note: '' }, { unit: '16174', note: 'x' }])).toEqual([
      '/0/award: matches none of anyOf',
      '/0/rank: below 1',
      '/1/note: shorter than 1',
      '/2: missing award',
    ]);
  });

  it('returns a new document each time, so that callers may extend it', () => {
    const first = jsonSchemaOf('target');
    expect(jsonSchemaOf('target')).toEqual(first);
    expect(jsonSchemaOf('target')).not.toBe(first);
  });

  it('refuses a name that is not a model', () => {
    expectFailure(
      () => jsonSchemaOf('budget' as JsonSchemaModel),
      'not-found',
      `unknown model "budget"; the models with a JSON Schema are ${jsonSchemaModels.join(', ')}`,
    );
  });
});
