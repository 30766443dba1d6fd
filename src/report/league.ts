import { Decimal, PlanningError } from '../numeric/index.js';
import type { Catalog } from '../indicator/index.js';
import type { PlanAssessment } from '../attainment/index.js';
import { rankLexicographic } from '../ranking/index.js';
import { type Language, formatNumber, formatPercent, formatStatus } from '../format/index.js';
import { assertCatalog, assertLanguage, assertList } from './check.js';
import type { ReportSection, Table, TableCell, TableColumn } from './model.js';
import { idPart } from './scale.js';

/**
 * One area of a {@link areaLeagueTable}: its code, its name and the assessment of its plan.
 *
 * @example
 * const entry: LeagueEntry = { area: '402', name: 'Như Xuân', assessment: assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }) };
 * entry.assessment.summary.total;
 * //=> 8
 */
export interface LeagueEntry {
  /** The area's code. */
  readonly area: string;
  /** The area's name, as the table shows it. */
  readonly name: string;
  /** The assessment of the area's plan ({@link assessPlan}). */
  readonly assessment: PlanAssessment;
}

/**
 * Options of {@link areaLeagueTable} and {@link areaLeagueSection}.
 *
 * @example
 * const options: LeagueOptions = { catalog: nhuXuanReviewCatalog, lang: 'vi', title: 'Cụm thi đua số 1 và 2' };
 * options.title;
 * //=> 'Cụm thi đua số 1 và 2'
 */
export interface LeagueOptions {
  /** The catalog that defines the indicators (the status columns' headings). */
  readonly catalog: Catalog;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** What the areas are (a cluster, the districts of a province), for the title. */
  readonly title?: string | undefined;
  /** The id of the table (`league-table`) or section (`league`). */
  readonly id?: string | undefined;
}

interface Words {
  readonly title: (what: string | undefined) => string;
  readonly columns: Readonly<Record<'rank' | 'area' | 'met' | 'share' | 'complete', string>>;
  readonly rule: string;
  readonly tie: (names: string, rank: string) => string;
  readonly completeness: string;
  readonly sectionTitle: string;
  readonly unranked: string;
}

const words: Readonly<Record<Language, Words>> = {
  vi: {
    title: (what) => `Bảng so sánh kết quả thực hiện kế hoạch giữa các đơn vị${what === undefined ? '' : `: ${what}`}`,
    columns: { rank: 'Hạng', area: 'Đơn vị', met: 'Đạt và vượt', share: 'Tỷ lệ đạt và vượt (%)', complete: 'Đủ số liệu (%)' },
    rule:
      'Quy tắc xếp hạng: tỷ lệ chỉ tiêu đạt và vượt kế hoạch trên tổng số chỉ tiêu của đơn vị (cao xếp trước); bằng nhau thì số chỉ tiêu vượt kế hoạch (nhiều xếp trước); vẫn bằng nhau thì đồng hạng, hạng sau bỏ trống số tương ứng (1, 1, 3).',
    tie: (names, rank) => `Đồng hạng ${rank}: ${names}.`,
    completeness: 'Đủ số liệu: tỷ lệ chỉ tiêu đánh giá được (có số liệu thực hiện và kỳ gốc) trên tổng số chỉ tiêu; chỉ tiêu không đánh giá được tính là chưa đạt.',
    sectionTitle: 'So sánh giữa các đơn vị',
    unranked: 'không có chỉ tiêu',
  },
  en: {
    title: (what) => `Plan attainment compared across areas${what === undefined ? '' : `: ${what}`}`,
    columns: { rank: 'Rank', area: 'Area', met: 'Met or exceeded', share: 'Share met or exceeded (%)', complete: 'Data complete (%)' },
    rule:
      'Ranking rule: the share of the area\'s targets met or exceeded (higher first); on equal shares, the number of targets exceeded (more first); still equal, the same rank, the next rank skipping as many (1, 1, 3).',
    tie: (names, rank) => `Tied at rank ${rank}: ${names}.`,
    completeness: 'Data complete: the share of targets that could be assessed (with actual and base values); a target not assessable counts as not met.',
    sectionTitle: 'Comparison between areas',
    unranked: 'no targets',
  },
};

/**
 * A league table of plan attainment across areas (the districts of a province, the communes of an
 * emulation cluster): a row per area with its rank, the number and share of its targets met or
 * exceeded, its status on each indicator (a column per indicator that any area's plan has; `–` where
 * its plan has none), and the completeness of its data (the share of its targets that could be
 * assessed). The rule is stated in the notes: rank by the share met or exceeded, then by the number
 * exceeded, ties sharing a rank (standard competition ranking, {@link rankLexicographic}); every tie
 * is named in a note.
 *
 * Columns (ids): `rank`, `area`, `met` (count), `share` (percent), one per indicator code
 * (a status), `complete` (percent). Rows: the areas, best first.
 *
 * @param entries - the areas and their plan assessments
 * @param options - the catalog, language, title and table id
 * @returns the table
 * @throws {@link PlanningError} `invalid-argument` for no areas, an area given twice or an unknown language
 *
 * @example
 * // The illustrative plans of eight communes of Như Xuân, 2024:
 * const entries = nhuXuanCommunePlans2024.map(({ area, name, plan }) => ({ area, name, assessment: assessPlan(plan, nhuXuanReviewDataset, { catalog: nhuXuanReviewCatalog }) }));
 * const table = areaLeagueTable(entries, { catalog: nhuXuanReviewCatalog, lang: 'vi' });
 * table.rows.map((row) => `${row.cells.rank?.text ?? ''} ${row.cells.area?.text ?? ''} ${row.cells.share?.text ?? ''}`).slice(0, 3);
 * //=> ['1 Hóa Quỳ 100,0', '2 Bãi Trành 100,0', '3 Tân Bình 66,7']
 */
export function areaLeagueTable(entries: readonly LeagueEntry[], options: LeagueOptions): Table {
  assertLanguage(options.lang, 'areaLeagueTable');
  assertCatalog(options.catalog, 'areaLeagueTable');
  assertList(entries, 'areas { area, name, assessment }', 'areaLeagueTable');
  if (entries.length === 0) throw new PlanningError('invalid-argument', 'areaLeagueTable: give one area or more');
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.area)) throw new PlanningError('invalid-argument', `areaLeagueTable: the area ${entry.area} is given twice; give each area once`);
    seen.add(entry.area);
  }
  const { lang } = options;
  const text = words[lang];
  const indicators: string[] = [];
  for (const entry of entries) for (const row of entry.assessment.assessments) if (!indicators.includes(row.target.indicator)) indicators.push(row.target.indicator);
  const hundred = new Decimal(100);
  const measures = entries.map((entry) => {
    const { summary } = entry.assessment;
    const share = summary.total === 0 ? null : new Decimal(summary.metOrExceeded).div(summary.total).times(hundred);
    const complete = summary.total === 0 ? null : new Decimal(summary.total - summary.notAssessable).div(summary.total).times(hundred);
    return { entry, share, complete, exceeded: new Decimal(summary.exceeded) };
  });
  const ranked = rankLexicographic(measures, {
    key: (item) => item.entry.area,
    ties: 'standard',
    missing: 'unranked',
    criteria: [
      { value: (item) => item.share, direction: 'descending', name: 'share' },
      { value: (item) => item.exceeded, direction: 'descending', name: 'exceeded' },
    ],
  });
  // Array.prototype.sort is stable: areas of equal rank stay in the order given.
  const order = [...ranked].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  const label = (code: string) => {
    const indicator = options.catalog.indicators.get(code);
    return indicator === undefined ? code : lang === 'en' ? (indicator.labels.en ?? indicator.labels.vi) : indicator.labels.vi;
  };
  const columns: TableColumn[] = [
    { id: 'rank', label: text.columns.rank, kind: 'number' },
    { id: 'area', label: text.columns.area, kind: 'text' },
    { id: 'met', label: text.columns.met, kind: 'text' },
    { id: 'share', label: text.columns.share, kind: 'number' },
    ...indicators.map((code): TableColumn => ({ id: `status-${idPart(code)}`, label: label(code), kind: 'status' })),
    { id: 'complete', label: text.columns.complete, kind: 'number' },
  ];
  const percentCell = (value: Decimal | null): TableCell => ({ value, text: value === null ? '–' : formatNumber(value, { lang, digits: 1 }) });
  const rows = order.map((result) => {
    const { entry, share, complete } = result.item;
    const { summary } = entry.assessment;
    const cells: Record<string, TableCell> = {
      rank: result.rank === null ? { value: null, text: text.unranked } : { value: new Decimal(result.rank), text: String(result.rank) },
      area: { value: entry.area, text: entry.name },
      met: { value: `${String(summary.metOrExceeded)}/${String(summary.total)}`, text: `${formatNumber(summary.metOrExceeded, { lang })}/${formatNumber(summary.total, { lang })}` },
      share: percentCell(share),
      complete: percentCell(complete),
    };
    for (const code of indicators) {
      const row = entry.assessment.assessments.find((candidate) => candidate.target.indicator === code);
      cells[`status-${idPart(code)}`] = row === undefined ? { value: null, text: '–' } : { value: row.status, text: formatStatus(row.status, lang), detail: `${row.target.id}: ${row.ratio === null ? '–' : formatPercent(row.ratio.times(hundred), { lang, digits: 1 })}` };
    }
    return { id: entry.area, cells };
  });
  const ties = new Map<number, string[]>();
  for (const result of order) {
    if (result.rank === null || result.tieSize < 2) continue;
    ties.set(result.rank, [...(ties.get(result.rank) ?? []), result.item.entry.name]);
  }
  return {
    kind: 'table',
    id: options.id ?? 'league-table',
    lang,
    title: text.title(options.title),
    columns,
    rows,
    notes: [text.rule, text.completeness, ...[...ties].map(([rank, names]) => text.tie(names.join(', '), String(rank)))],
  };
}

/**
 * The section of the comparison between areas: the {@link areaLeagueTable} under a heading.
 *
 * @param entries - the areas and their plan assessments
 * @param options - the catalog, language, title and section id (`league` unless given; the table is `<id>-table`)
 * @returns the section
 * @throws {@link PlanningError} as {@link areaLeagueTable}
 *
 * @example
 * const entries = nhuXuanCommunePlans2024.map(({ area, name, plan }) => ({ area, name, assessment: assessPlan(plan, nhuXuanReviewDataset, { catalog: nhuXuanReviewCatalog }) }));
 * areaLeagueSection(entries, { catalog: nhuXuanReviewCatalog, lang: 'en' }).blocks[0]?.id;
 * //=> 'league-table'
 */
export function areaLeagueSection(entries: readonly LeagueEntry[], options: LeagueOptions): ReportSection {
  assertLanguage(options.lang, 'areaLeagueSection');
  const id = options.id ?? 'league';
  return { id, title: words[options.lang].sectionTitle, paragraphs: [], blocks: [areaLeagueTable(entries, { ...options, id: `${id}-table` })] };
}
