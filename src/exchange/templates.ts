import { PlanningError, describeValue, toDecimal } from '../numeric/index.js';
import type { Language } from '../format/index.js';
import { type TableColumnSpec, catalogTableColumns, planTableColumns } from './plan-table.js';
import { observationTableColumns } from './tidy-csv.js';
import type { Sheet, SheetCell } from './table.js';

/**
 * The tables a template can be made for: a plan (one row per target), an indicator catalog (one row
 * per indicator) or observations (one row per value, the tidy layout).
 *
 * @example
 * // The three kinds:
 * templateKinds;
 * //=> ['plan', 'catalog', 'data']
 */
export type TemplateKind = 'plan' | 'catalog' | 'data';

/**
 * The kinds of {@link TemplateKind}, in order.
 *
 * @example
 * // Three kinds of template:
 * templateKinds.length;
 * //=> 3
 */
export const templateKinds: readonly TemplateKind[] = Object.freeze(['plan', 'catalog', 'data'] as const);

// The example rows: Như Xuân's investment target of 2024, its indicator, and an estimate of it.
const examples: Readonly<Record<TemplateKind, Readonly<Record<string, SheetCell>>>> = {
  plan: {
    code: 'T8',
    text: 'Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng',
    indicator: 'INVESTMENT',
    area: '402',
    unit: 'VND*10^9',
    comparator: 'at-least',
    value: toDecimal('1000'),
    basis: 'level',
    period: '2024',
    document: 'council-resolution',
    reference: 'Nghị quyết của HĐND huyện về kế hoạch phát triển kinh tế - xã hội năm 2024',
    group: 'economy',
    'text en': 'Total social development investment of 1,000 billion VND',
  },
  catalog: {
    code: 'INVESTMENT',
    label: 'Vốn đầu tư phát triển toàn xã hội',
    'label en': 'Total social development investment',
    unit: 'VND*10^9',
    measure: 'flow',
    polarity: 'higher-is-better',
    precision: toDecimal(1),
    'over units': 'sum',
    'over time': 'sum',
    group: 'economy',
  },
  data: {
    indicator: 'INVESTMENT',
    area: '402',
    period: '2024',
    value: toDecimal('1085'),
    unit: 'VND*10^9',
    status: 'estimate',
    published: '2024-12-20',
    source: 'Chi cục Thống kê',
  },
};

const columnsOf: Readonly<Record<TemplateKind, readonly TableColumnSpec[]>> = { plan: planTableColumns, catalog: catalogTableColumns, data: observationTableColumns };

const sheetNames: Readonly<Record<TemplateKind, Readonly<Record<Language, string>>>> = {
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  catalog: { vi: 'Danh mục', en: 'Catalog' },
  data: { vi: 'Số liệu', en: 'Observations' },
};

/**
 * A template to fill in: a sheet whose first row is the header (the Vietnamese headers in `vi`, the
 * column ids in `en`; the readers take both) and whose second row is an example taken from Như
 * Xuân's 2024 plan (the investment target, its indicator, an estimate of it), to be overwritten.
 * The plan template reads back with `planFromSheet`, the catalog template with `catalogFromSheet`,
 * the data template with `observationsFromSheet`, and each as CSV with the `...FromCsv` readers.
 *
 * @param kind - `plan`, `catalog` or `data`
 * @param lang - the language of the header and of the sheet's name
 * @returns the sheet
 * @throws {@link PlanningError} `invalid-argument` for another kind or language
 *
 * @example
 * // The Vietnamese plan template starts with the target's id, text and indicator:
 * tableTemplate('plan', 'vi').rows[0]?.slice(0, 3);
 * //=> ['Mã mục tiêu', 'Nội dung chỉ tiêu', 'Mã chỉ tiêu']
 */
export function tableTemplate(kind: TemplateKind, lang: Language): Sheet {
  // Read as unknown: a JavaScript caller may pass anything.
  const [givenKind, givenLang]: readonly unknown[] = [kind, lang];
  if (!templateKinds.includes(givenKind as TemplateKind)) throw new PlanningError('invalid-argument', `tableTemplate: kind must be one of ${templateKinds.join(', ')}; got ${describeValue(givenKind)}`);
  if (givenLang !== 'vi' && givenLang !== 'en') throw new PlanningError('invalid-argument', `tableTemplate: lang must be 'vi' or 'en'; got ${describeValue(givenLang)}`);
  const columns = columnsOf[kind];
  const example = examples[kind];
  const header = columns.map((column) => (lang === 'vi' ? column.vi : column.id));
  const row = columns.map((column) => (Object.hasOwn(example, column.id) ? (example[column.id] ?? null) : null));
  return Object.freeze({ name: sheetNames[kind][lang], rows: Object.freeze([Object.freeze(header), Object.freeze(row)]) });
}
