import { describe, expect, it } from 'vitest';
import {
  type Sheet,
  type TableColumnSpec,
  type TemplateKind,
  catalogFromCsv,
  catalogFromSheet,
  catalogTableColumns,
  observationTableColumns,
  observationsFromCsv,
  observationsFromSheet,
  planFromCsv,
  planFromSheet,
  planTableColumns,
  tableTemplate,
  templateKinds,
  writeCsv,
} from '../../src/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';
import { caught } from '../helpers.js';

const context = { catalog: vnDistrictIndicatorCatalog };
const columnsOf: Readonly<Record<TemplateKind, readonly TableColumnSpec[]>> = { plan: planTableColumns, catalog: catalogTableColumns, data: observationTableColumns };
const languages = ['vi', 'en'] as const;

/** The template as CSV text: what `template --format csv` writes. */
function csvOf(sheet: Sheet): string {
  return writeCsv(sheet.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))));
}

/** The sheet without column `id`, in the header and the example row. */
function withoutColumn(sheet: Sheet, kind: TemplateKind, id: string): Sheet {
  const position = columnsOf[kind].findIndex((column) => column.id === id);
  return { name: sheet.name, rows: sheet.rows.map((row) => row.filter((_, index) => index !== position)) };
}

/** The problem reading a sheet raises, or undefined when it reads. */
function problemOf(kind: TemplateKind, sheet: Sheet): string | undefined {
  try {
    read(kind, sheet);
    return undefined;
  } catch (error) {
    return caught(() => {
      throw error;
    }).message;
  }
}

function read(kind: TemplateKind, sheet: Sheet): unknown {
  if (kind === 'plan') return planFromSheet(sheet, context);
  if (kind === 'catalog') return catalogFromSheet(sheet);
  return observationsFromSheet(sheet);
}

describe('tableTemplate: headers and example rows', () => {
  it('names its sheet after the kind in the language asked', () => {
    expect(templateKinds.flatMap((kind) => languages.map((lang) => tableTemplate(kind, lang).name))).toEqual(['Kế hoạch', 'Plan', 'Danh mục', 'Catalog', 'Số liệu', 'Observations']);
  });

  it('writes the Vietnamese headers in vi and the column ids in en, one per column of the spec', () => {
    for (const kind of templateKinds) {
      const columns = columnsOf[kind];
      expect(tableTemplate(kind, 'vi').rows[0]).toEqual(columns.map((column) => column.vi));
      expect(tableTemplate(kind, 'en').rows[0]).toEqual(columns.map((column) => column.id));
      expect(tableTemplate(kind, 'vi').rows).toHaveLength(2);
    }
    expect(tableTemplate('data', 'vi').rows[0]).toEqual(['Mã chỉ tiêu', 'Địa bàn', 'Kỳ', 'Giá trị', 'Đơn vị tính', 'Tình trạng', 'Ngày công bố', 'Nguồn', 'Ghi chú']);
  });

  it('fills the example row from Như Xuân 2024 investment target, with empty cells where the example says nothing', () => {
    const data = tableTemplate('data', 'en').rows[1] ?? [];
    expect(data.map((cell) => (cell === null ? null : String(cell)))).toEqual(['INVESTMENT', '402', '2024', '1085', 'VND*10^9', 'estimate', '2024-12-20', 'Chi cục Thống kê', null]);
    const plan = Object.fromEntries(planTableColumns.map((column, index) => [column.id, tableTemplate('plan', 'en').rows[1]?.[index] ?? null]));
    expect(Object.fromEntries(Object.entries(plan).map(([id, cell]) => [id, cell === null ? null : String(cell)]))).toEqual({
      code: 'T8',
      text: 'Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng',
      indicator: 'INVESTMENT',
      area: '402',
      unit: 'VND*10^9',
      comparator: 'at-least',
      value: '1000',
      lower: null,
      upper: null,
      tolerance: null,
      basis: 'level',
      'base period': null,
      period: '2024',
      document: 'council-resolution',
      reference: 'Nghị quyết của HĐND huyện về kế hoạch phát triển kinh tế - xã hội năm 2024',
      group: 'economy',
      'text en': 'Total social development investment of 1,000 billion VND',
      plan: null,
      'plan period': null,
    });
    const catalog = Object.fromEntries(catalogTableColumns.map((column, index) => [column.id, tableTemplate('catalog', 'vi').rows[1]?.[index] ?? null]));
    expect(Object.fromEntries(Object.entries(catalog).filter(([, cell]) => cell !== null).map(([id, cell]) => [id, String(cell)]))).toEqual({
      code: 'INVESTMENT',
      label: 'Vốn đầu tư phát triển toàn xã hội',
      'label en': 'Total social development investment',
      unit: 'VND*10^9',
      measure: 'flow',
      polarity: 'higher-is-better',
      precision: '1',
      'over units': 'sum',
      'over time': 'sum',
      group: 'economy',
    });
  });

  it('returns frozen sheets', () => {
    const sheet = tableTemplate('plan', 'en');
    expect(Object.isFrozen(sheet)).toBe(true);
    expect(Object.isFrozen(sheet.rows)).toBe(true);
    expect(sheet.rows.every((row) => Object.isFrozen(row))).toBe(true);
    expect(Object.isFrozen(observationTableColumns)).toBe(true);
  });
});

describe('tableTemplate: each template reads back, in both languages, as a sheet and as CSV', () => {
  it('reads the plan template back as Như Xuân investment target', () => {
    for (const lang of languages) {
      for (const plan of [planFromSheet(tableTemplate('plan', lang), context), planFromCsv(csvOf(tableTemplate('plan', lang)), context)]) {
        const [target] = plan.targets;
        expect(plan.targets).toHaveLength(1);
        expect(target).toMatchObject({ id: 'T8', indicator: 'INVESTMENT', area: '402', comparator: 'at-least', basis: 'level', period: '2024', group: 'economy' });
        expect(target?.value?.toString()).toBe('1000');
        expect(target?.unit).toMatchObject({ power: 9 });
        expect(target?.document).toEqual({ kind: 'council-resolution', reference: 'Nghị quyết của HĐND huyện về kế hoạch phát triển kinh tế - xã hội năm 2024' });
        expect(target?.text).toEqual({ vi: 'Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng', en: 'Total social development investment of 1,000 billion VND' });
      }
    }
  });

  it('reads the catalog template back as the investment indicator', () => {
    for (const lang of languages) {
      for (const catalog of [catalogFromSheet(tableTemplate('catalog', lang)), catalogFromCsv(csvOf(tableTemplate('catalog', lang)))]) {
        const indicator = catalog.indicators.get('INVESTMENT');
        expect(catalog.list).toHaveLength(1);
        expect(indicator).toMatchObject({ code: 'INVESTMENT', measure: 'flow', polarity: 'higher-is-better', group: 'economy' });
        expect(indicator?.labels).toEqual({ vi: 'Vốn đầu tư phát triển toàn xã hội', en: 'Total social development investment' });
        expect(indicator?.unit).toMatchObject({ power: 9 });
        expect(indicator?.aggregation).toMatchObject({ overUnits: 'sum', overTime: 'sum' });
      }
    }
  });

  it('reads the data template back as one estimate, every column kept and no column taken for a disaggregation', () => {
    for (const lang of languages) {
      for (const imported of [observationsFromSheet(tableTemplate('data', lang)), observationsFromCsv(csvOf(tableTemplate('data', lang)))]) {
        expect(imported.notes).toEqual([]);
        expect(imported.observations).toHaveLength(1);
        const [observation] = imported.observations;
        expect(observation).toMatchObject({ indicator: 'INVESTMENT', area: '402', period: '2024', status: 'estimate', published: '2024-12-20', source: 'Chi cục Thống kê' });
        expect(observation?.value.toString()).toBe('1085');
        expect(observation?.unit?.power).toBe(9);
        expect(observation?.unit?.unit).toMatchObject({ code: 'VND' });
        expect(observation?.dimensions).toBeUndefined();
      }
    }
  });
});

describe('the column specs: required means what the readers require', () => {
  it('refuses a template without a required column, naming it, and never asks for an optional one', () => {
    // An optional column may still be needed by a row's content (the value of an at-least target),
    // but its absence from the header is never the problem.
    const missing = /missing column "/;
    for (const kind of templateKinds) {
      for (const lang of languages) {
        for (const column of columnsOf[kind]) {
          const problem = problemOf(kind, withoutColumn(tableTemplate(kind, lang), kind, column.id));
          if (column.required) expect(problem, `${kind} ${lang} without ${column.id}`).toContain(`missing column "${column.id}"`);
          else expect(problem ?? '', `${kind} ${lang} without ${column.id}`).not.toMatch(missing);
        }
      }
    }
    expect(problemOf('plan', withoutColumn(tableTemplate('plan', 'en'), 'plan', 'group'))).toBeUndefined();
    expect(problemOf('catalog', withoutColumn(tableTemplate('catalog', 'en'), 'catalog', 'label en'))).toBeUndefined();
    expect(problemOf('data', withoutColumn(tableTemplate('data', 'vi'), 'data', 'unit'))).toBeUndefined();
  });

  it('names the required columns of each kind', () => {
    const required = (columns: readonly TableColumnSpec[]): string[] => columns.filter((column) => column.required).map((column) => column.id);
    expect(required(observationTableColumns)).toEqual(['indicator', 'area', 'period', 'value', 'status']);
    expect(required(planTableColumns)).toEqual(['code', 'indicator', 'area', 'comparator', 'basis', 'period', 'document']);
    expect(required(catalogTableColumns)).toEqual(['code', 'label', 'unit', 'measure', 'polarity', 'precision', 'over units', 'over time']);
  });

  it('describes every column in English and names it in Vietnamese, each id and each Vietnamese header its own', () => {
    for (const kind of templateKinds) {
      const columns = columnsOf[kind];
      for (const field of ['id', 'vi', 'en'] as const) {
        const texts = columns.map((column) => column[field]);
        expect(texts.every((text) => text.trim() !== ''), `${kind} ${field}`).toBe(true);
        if (field !== 'en') expect(new Set(texts.map((text) => text.toLowerCase())).size, `${kind} ${field}`).toBe(texts.length);
      }
    }
  });
});

describe('tableTemplate: refused arguments', () => {
  it('refuses another kind or language with invalid-argument and says what would be right', () => {
    const kind = caught(() => tableTemplate('budget' as TemplateKind, 'vi'));
    expect(kind.code).toBe('invalid-argument');
    expect(kind.message).toBe('tableTemplate: kind must be one of plan, catalog, data; got "budget"');
    const lang = caught(() => tableTemplate('plan', 'fr' as 'vi'));
    expect(lang.code).toBe('invalid-argument');
    expect(lang.message).toBe(`tableTemplate: lang must be 'vi' or 'en'; got "fr"`);
    expect(caught(() => tableTemplate('plan', undefined as unknown as 'vi')).message).toContain('got undefined');
  });
});
