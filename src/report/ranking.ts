import { Decimal, ownValue } from '../numeric/index.js';
import { type AwardTier, type EmulationAward, type EmulationScoringTable, type RankedItem, awardTierLabels, awardTiers } from '../ranking/index.js';
import { type Language, formatNumber } from '../format/index.js';
import { assertLanguage, assertList, checkedDigits } from './check.js';
import type { Chart, ChartBar, ChartLegendEntry, ReportSection, Table, TableCell, TableColumn, TableRow } from './model.js';
import { idPart, niceScale } from './scale.js';

/**
 * A ranking result the ranking tables and charts accept: an emulation award ({@link assignAwards},
 * ranked on total points, with grade and award) or a ranked item ({@link rank}, or
 * {@link rankWithinGroups} for ranks within clusters).
 *
 * @example
 * // Ranks of three communes on one indicator:
 * const results: RankingResult[] = rank([{ code: 'a', v: 3 }, { code: 'b', v: 5 }, { code: 'c', v: 4 }], {
 *   key: (item) => item.code, value: (item) => item.v, direction: 'descending', ties: 'standard', missing: 'last',
 * });
 * results.map((result) => result.rank);
 * //=> [3, 1, 2]
 */
export type RankingResult = EmulationAward | RankedItem<unknown>;

/**
 * Options of {@link rankingTable}, {@link rankingCharts} and {@link rankingSection}.
 *
 * @example
 * // Name the units and the cluster:
 * const options: RankingReportOptions = { lang: 'vi', names: { '16174': 'Yên Cát' }, groups: { A: 'Cụm thi đua số 1' } };
 * options.names?.['16174'];
 * //=> 'Yên Cát'
 */
export interface RankingReportOptions {
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** Names of the units by code; the code is shown for a unit not named here. */
  readonly names?: Readonly<Record<string, string>> | undefined;
  /** Names of the groups (emulation clusters) by code; `cụm A` / `cluster A` unless given. */
  readonly groups?: Readonly<Record<string, string>> | undefined;
  /** The scoring table of the awards, for the labels of their grades; grade codes are shown without it. */
  readonly table?: EmulationScoringTable | undefined;
  /** Decimal places of the scores; 2 unless given (trailing zeros are dropped). */
  readonly digits?: number | undefined;
  /** What the scores are (`Điểm thi đua`); `Điểm` / `Score` unless given. */
  readonly valueLabel?: string | undefined;
  /** Notes to add under the table. */
  readonly notes?: readonly string[] | undefined;
  /** The id of the table, first chart or section built; `ranking-table`, `ranking-chart-<group>` or `ranking` unless given. */
  readonly id?: string | undefined;
}

interface Words {
  readonly tableTitle: string;
  readonly awardsTitle: string;
  readonly columns: Readonly<Record<'group' | 'rank' | 'unit' | 'score' | 'grade' | 'award', string>>;
  readonly group: (code: string) => string;
  readonly chartTitle: (group: string | null) => string;
  readonly chartDescription: (count: string, group: string | null, awards: boolean) => string;
  readonly awarded: string;
  readonly noAward: string;
  /** "No award" inside a sentence. */
  readonly noAwardInText: string;
  readonly decision: (name: string, computed: string, final: string, note: string) => string;
  readonly sectionTitle: string;
  readonly awardsSectionTitle: string;
  readonly tiedDecided: (names: string, score: string, rule: string, outcome: string) => string;
  readonly tieRule: (criteria: string) => string;
  readonly tieRuleUnstated: string;
  /** Equal scores at different ranks when the scoring table (and so its tie-break criteria) is not given. */
  readonly tieRuleUnnamed: string;
  readonly placed: (name: string, rank: string, award: AwardTier | null) => string;
}

const words: Readonly<Record<Language, Words>> = {
  vi: {
    tableTitle: 'Bảng xếp hạng',
    awardsTitle: 'Xếp hạng và khen thưởng thi đua',
    columns: { group: 'Cụm', rank: 'Hạng', unit: 'Đơn vị', score: 'Điểm', grade: 'Xếp loại', award: 'Giải' },
    group: (code) => `cụm ${code}`,
    chartTitle: (group) => (group === null ? 'Biểu đồ xếp hạng' : `Biểu đồ xếp hạng ${group}`),
    chartDescription: (count, group, awards) => `Điểm và thứ hạng của ${count} đơn vị${group === null ? '' : ` trong ${group}`}${awards ? '; dấu ★ là giải thưởng' : ''}.`,
    awarded: 'Có giải',
    noAward: 'Không có giải',
    noAwardInText: 'không có giải',
    decision: (name, computed, final, note) => `${name}: theo điểm ${computed}, theo quyết định ${final} (${note}).`,
    sectionTitle: 'Xếp hạng',
    awardsSectionTitle: 'Xếp hạng thi đua',
    tiedDecided: (names, score, rule, outcome) => `${names} bằng điểm (${score}); ${rule}: ${outcome}.`,
    tieRule: (criteria) => `phân định theo điểm ${criteria}`,
    tieRuleUnstated: 'cùng hạng',
    tieRuleUnnamed: 'phân định theo tiêu chí phụ',
    placed: (name, rank, award) => `${name} hạng ${rank}, ${award === null ? 'không có giải' : `giải ${awardTierLabels[award].vi}`}`,
  },
  en: {
    tableTitle: 'Ranking table',
    awardsTitle: 'Emulation ranking and awards',
    columns: { group: 'Cluster', rank: 'Rank', unit: 'Unit', score: 'Score', grade: 'Grade', award: 'Award' },
    group: (code) => `cluster ${code}`,
    chartTitle: (group) => (group === null ? 'Ranking chart' : `Ranking chart, ${group}`),
    chartDescription: (count, group, awards) => `Scores and ranks of ${count} units${group === null ? '' : ` in ${group}`}${awards ? '; ★ marks an award' : ''}.`,
    awarded: 'Awarded',
    noAward: 'No award',
    noAwardInText: 'no award',
    decision: (name, computed, final, note) => `${name}: ${computed} by score, ${final} by decision (${note}).`,
    sectionTitle: 'Ranking',
    awardsSectionTitle: 'Emulation ranking',
    tiedDecided: (names, score, rule, outcome) => `${names} have equal scores (${score}); ${rule}: ${outcome}.`,
    tieRule: (criteria) => `separated by the points of ${criteria}`,
    tieRuleUnstated: 'the same rank',
    tieRuleUnnamed: 'separated by the tie-break criteria',
    placed: (name, rank, award) => `${name} rank ${rank}, ${award === null ? 'no award' : awardTierLabels[award].en}`,
  },
};

/** The award notes of {@link assignAwards} in Vietnamese; in English they are shown as written. */
const vietnameseNotes = {
  belowGrade: (award: string, grade: string) => `đủ thứ hạng cho giải ${award} nhưng chưa đạt xếp loại ${grade}`,
  quotaTie: (award: string, places: string, tied: string, admitted: boolean) =>
    `bằng điểm tại giới hạn số giải ${award} (còn ${places} giải cho ${tied} đơn vị bằng điểm): ${admitted ? 'tất cả cùng được giải' : 'tất cả chuyển xuống giải sau'}`,
  overQuota: (award: string, holders: string, group: string, quota: string) => `theo quyết định, giải ${award} nay có ${holders} đơn vị trong ${group}, vượt giới hạn ${quota} giải`,
};

const none = '–';

/** A ranking result in one shape. */
interface Entry {
  readonly unit: string;
  readonly group: string | null;
  readonly value: Decimal | null;
  readonly rank: number | null;
  readonly outOf: number;
  readonly award: EmulationAward | null;
}

function entryOf(result: RankingResult): Entry {
  if ('finalAward' in result) {
    return { unit: result.unit, group: result.cluster, value: result.total, rank: result.rank, outOf: result.outOf, award: result };
  }
  const group = 'group' in result && typeof result.group === 'string' ? result.group : null;
  return { unit: result.key, group, value: result.value, rank: result.rank, outOf: result.outOf, award: null };
}

/** Entries grouped by their group (in order of first appearance), each group by rank, unranked last. */
function groupedEntries(results: readonly RankingResult[]): Map<string | null, Entry[]> {
  const groups = new Map<string | null, Entry[]>();
  for (const result of results) {
    const entry = entryOf(result);
    const members = groups.get(entry.group);
    if (members === undefined) groups.set(entry.group, [entry]);
    else members.push(entry);
  }
  // A stable sort keeps input order among equal ranks.
  for (const members of groups.values()) members.sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY));
  return groups;
}

interface Writers {
  readonly name: (unit: string) => string;
  readonly group: (code: string | null) => string | null;
  readonly score: (value: Decimal) => string;
  readonly rank: (rank: number) => string;
  readonly award: (award: AwardTier | null) => string;
}

function writers(options: RankingReportOptions, where: string): Writers {
  const { lang } = options;
  const digits = checkedDigits(options.digits, 2, where);
  return {
    name: (unit) => options.names?.[unit] ?? unit,
    group: (code) => (code === null ? null : (ownValue(options.groups, code) ?? words[lang].group(code))),
    score: (value) => formatNumber(value, { lang, digits, minimumDigits: 0 }),
    rank: (rank) => formatNumber(rank, { lang }),
    award: (award) => (award === null ? words[lang].noAwardInText : awardTierLabels[award][lang]),
  };
}

function gradeLabel(grade: string | null, table: EmulationScoringTable | undefined): string {
  if (grade === null) return none;
  return table?.grades.find((band) => band.code === grade)?.label ?? grade;
}

/**
 * An award note of {@link assignAwards} in the report's language: the notes are English sentences of
 * three known forms (below the grade of a tier, tied at a tier's quota, a decision over a tier's
 * quota), written again in Vietnamese.
 */
function awardNote(note: string, lang: Language, table: EmulationScoringTable | undefined, write: Writers): string {
  if (lang === 'en') return note;
  const tiers = new Map(awardTiers.map((tier) => [awardTierLabels[tier].en, awardTierLabels[tier].vi]));
  const tier = (label: string) => tiers.get(label) ?? label;
  const below = /^in line for (.+) but below its grade "(.+)"$/.exec(note);
  if (below !== null) {
    const [, award = '', grade = ''] = below;
    return vietnameseNotes.belowGrade(tier(award), gradeLabel(grade, table));
  }
  const quota = /^tied at the (.+) quota \((\d+) places? left for (\d+) tied units\): all (admitted|moved on to the next tier)$/.exec(note);
  if (quota !== null) {
    const [, award = '', places = '', tied = '', outcome] = quota;
    return vietnameseNotes.quotaTie(tier(award), places, tied, outcome === 'admitted');
  }
  // The cluster code is quoted as JSON (quoteText), so that any code reads back exactly.
  const over = /^the decision gives (.+), which (\d+) units of cluster (".+") now hold over a quota of (\d+)$/.exec(note);
  if (over !== null) {
    const [, award = '', holders = '', quoted = '""', limit = ''] = over;
    const cluster = JSON.parse(quoted) as string;
    return vietnameseNotes.overQuota(tier(award), holders, write.group(cluster) ?? cluster, limit);
  }
  return note;
}

/**
 * A note for each set of units with equal scores whose awards differ: how the tie was settled (by the
 * table's tie-break criteria, or at a tier's quota) and what each got, so that a reader sees why two
 * equal scores got different awards.
 */
function tieNotes(groups: Map<string | null, Entry[]>, write: Writers, lang: Language, table: EmulationScoringTable | undefined): string[] {
  const text = words[lang];
  const notes: string[] = [];
  for (const members of groups.values()) {
    const byScore = new Map<string, Entry[]>();
    for (const entry of members) {
      if (entry.value === null || entry.award === null) continue;
      const key = entry.value.toString();
      byScore.set(key, [...(byScore.get(key) ?? []), entry]);
    }
    for (const tied of byScore.values()) {
      const outcomes = new Set(tied.map((entry) => entry.award?.finalAward ?? null));
      const quotaNote = tied.flatMap((entry) => entry.award?.notes ?? []).find((note) => note.startsWith('tied at the '));
      if (tied.length < 2 || (outcomes.size < 2 && quotaNote === undefined)) continue;
      const ranksDiffer = new Set(tied.map((entry) => entry.rank)).size > 1;
      const criteria = (table?.tieBreak ?? []).map((code) => table?.criteria.find((criterion) => criterion.code === code)?.label ?? code);
      const rule =
        ranksDiffer
          ? criteria.length > 0
            ? text.tieRule(criteria.join(', '))
            : text.tieRuleUnnamed
          : quotaNote !== undefined
            ? awardNote(quotaNote, lang, table, write)
            : text.tieRuleUnstated;
      const outcome = tied.map((entry) => text.placed(write.name(entry.unit), entry.rank === null ? none : write.rank(entry.rank), entry.award?.finalAward ?? null)).join('; ');
      const [first] = tied;
      if (first?.value == null) continue;
      notes.push(text.tiedDecided(tied.map((entry) => write.name(entry.unit)).join(lang === 'vi' ? ' và ' : ' and '), write.score(first.value), rule, outcome));
    }
  }
  return notes;
}


/**
 * Ranking or emulation results as a {@link Table}: one row per unit, grouped by cluster (in order of
 * first appearance) and by rank within it, with the rank out of the units ranked, the unit's name,
 * its score, and for emulation awards its grade and the award that stands (a decision's, when one
 * was recorded; the notes then give both the award by score and the award by decision, with the
 * decision's basis).
 *
 * Columns (ids): `group` (when the results have groups), `rank` (value: the rank, text `1/5`),
 * `unit` (value: the code, text: the name), `score`, and for awards `grade` and `award` (value: an
 * {@link AwardTier} code).
 *
 * @param results - the results of {@link assignAwards}, {@link rank} or {@link rankWithinGroups}
 * @param options - the language, unit and group names, the scoring table, score digits, notes, table id
 * @returns the table
 * @throws {@link PlanningError} `invalid-argument` for an unknown language or bad digits
 *
 * @example
 * // Three communes ranked on a score, in English:
 * const ranked = rank([{ code: '16174', score: '91.5' }, { code: '16177', score: 88 }, { code: '16180', score: '93.25' }], {
 *   key: (item) => item.code, value: (item) => item.score, direction: 'descending', ties: 'standard', missing: 'last',
 * });
 * const table = rankingTable(ranked, { lang: 'en', names: { '16174': 'Yên Cát', '16177': 'Bãi Trành', '16180': 'Xuân Hòa' } });
 * table.rows.map((row) => `${row.cells.rank?.text} ${row.cells.unit?.text} ${row.cells.score?.text}`);
 * //=> ['1/3 Xuân Hòa 93.25', '2/3 Yên Cát 91.5', '3/3 Bãi Trành 88']
 */
export function rankingTable(results: readonly RankingResult[], options: RankingReportOptions): Table {
  const { lang } = options;
  assertLanguage(lang, 'rankingTable');
  assertList(results, 'ranking results', 'rankingTable');
  const text = words[lang];
  const write = writers(options, 'rankingTable');
  const groups = groupedEntries(results);
  const entries = [...groups.values()].flat();
  const grouped = entries.some((entry) => entry.group !== null);
  const awards = entries.some((entry) => entry.award !== null);
  const columns: TableColumn[] = [];
  if (grouped) columns.push({ id: 'group', label: text.columns.group, kind: 'text' });
  columns.push(
    { id: 'rank', label: text.columns.rank, kind: 'number' },
    { id: 'unit', label: text.columns.unit, kind: 'text' },
    { id: 'score', label: options.valueLabel ?? text.columns.score, kind: 'number' },
  );
  if (awards) columns.push({ id: 'grade', label: text.columns.grade, kind: 'text' }, { id: 'award', label: text.columns.award, kind: 'text' });
  const notes: string[] = [];
  const rows = entries.map((entry): TableRow => {
    const cells: Record<string, TableCell> = {
      rank: entry.rank === null ? { value: null, text: none } : { value: new Decimal(entry.rank), text: `${write.rank(entry.rank)}/${write.rank(entry.outOf)}` },
      unit: { value: entry.unit, text: write.name(entry.unit) },
      score: entry.value === null ? { value: null, text: none } : { value: entry.value, text: write.score(entry.value) },
    };
    if (grouped) cells.group = entry.group === null ? { value: null, text: none } : { value: entry.group, text: write.group(entry.group) ?? entry.group };
    const award = entry.award;
    if (awards) {
      cells.grade = award === null ? { value: null, text: none } : { value: award.grade, text: gradeLabel(award.grade, options.table) };
      const final = award?.finalAward ?? null;
      const detail = award === null ? [] : [...award.notes.map((note) => awardNote(note, lang, options.table, write)), ...(award.decision === null ? [] : [award.decision.note])];
      cells.award = { value: final, text: final === null ? none : awardTierLabels[final][lang], ...(detail.length > 0 ? { detail: detail.join('; ') } : {}) };
    }
    if (award?.decision != null) notes.push(text.decision(write.name(entry.unit), write.award(award.award), write.award(award.finalAward), award.decision.note));
    return { id: entry.unit, cells };
  });
  if (awards) notes.push(...tieNotes(groups, write, lang, options.table));
  notes.push(...(options.notes ?? []));
  return { kind: 'table', id: options.id ?? 'ranking-table', lang, title: awards ? text.awardsTitle : text.tableTitle, columns, rows, notes };
}

/**
 * One ranking chart per group (emulation cluster), in order of first appearance: a horizontal bar
 * per unit, in rank order, as long as its score, with the rank before the unit's name and, for an
 * award, a ★ mark and the award's name after the score; awarded units are drawn in gold.
 *
 * @param results - the results of {@link assignAwards}, {@link rank} or {@link rankWithinGroups}
 * @param options - as for {@link rankingTable}; `id`, when given, is the first chart's, and later
 *   charts get `<id>-2`, `<id>-3`...
 * @returns one chart per group (one chart when the results have no groups)
 * @throws {@link PlanningError} `invalid-argument` for an unknown language or bad digits
 *
 * @example
 * // Two clusters make two charts:
 * const ranked = rankWithinGroups([
 *   { code: 'a', cluster: 'A', score: 90 }, { code: 'b', cluster: 'A', score: 80 }, { code: 'c', cluster: 'B', score: 70 },
 * ], {
 *   key: (item) => item.code, group: (item) => item.cluster, value: (item) => item.score,
 *   direction: 'descending', ties: 'standard', missing: 'last',
 * });
 * rankingCharts(ranked, { lang: 'en' }).map((chart) => [chart.title, chart.bars.length]);
 * //=> [['Ranking chart, cluster A', 2], ['Ranking chart, cluster B', 1]]
 */
export function rankingCharts(results: readonly RankingResult[], options: RankingReportOptions): Chart[] {
  assertLanguage(options.lang, 'rankingCharts');
  assertList(results, 'ranking results', 'rankingCharts');
  const { id } = options;
  const idFor =
    id === undefined
      ? (code: string | null) => `ranking-chart-${idPart(code ?? 'all')}`
      : (_code: string | null, index: number) => (index === 0 ? id : `${id}-${String(index + 1)}`);
  return buildRankingCharts(results, options, idFor, 'rankingCharts');
}

function buildRankingCharts(
  results: readonly RankingResult[],
  options: RankingReportOptions,
  idFor: (code: string | null, index: number) => string,
  where: string,
): Chart[] {
  const { lang } = options;
  const text = words[lang];
  const write = writers(options, where);
  const groups = groupedEntries(results);
  const awards = results.some((result) => 'finalAward' in result);
  const legend: ChartLegendEntry[] = awards
    ? [
        { tone: 'highlight', label: text.awarded },
        { tone: 'neutral', label: text.noAward },
      ]
    : [{ tone: 'neutral', label: options.valueLabel ?? text.columns.score }];
  return [...groups].map(([code, members], index): Chart => {
    const group = write.group(code);
    const bars = members.map((entry): ChartBar => {
      const final = entry.award?.finalAward ?? null;
      const name = write.name(entry.unit);
      const rank = entry.rank === null ? none : write.rank(entry.rank);
      const score = entry.value === null ? none : write.score(entry.value);
      return {
        label: name,
        value: entry.value,
        text: score,
        tone: final === null ? 'neutral' : 'highlight',
        rank,
        ...(final === null ? {} : { mark: `★ ${awardTierLabels[final][lang]}` }),
        title: `${rank}. ${name}: ${score}${final === null ? '' : ` (${awardTierLabels[final][lang]})`}`,
      };
    });
    const values = bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
    return {
      kind: 'chart',
      id: idFor(code, index),
      lang,
      title: text.chartTitle(group),
      description: text.chartDescription(formatNumber(members.length, { lang }), group, bars.some((bar) => bar.mark !== undefined)),
      orientation: 'horizontal',
      categoryLabel: text.columns.unit,
      valueLabel: options.valueLabel ?? text.columns.score,
      bars,
      scale: niceScale(values, (value) => formatNumber(value, { lang })),
      reference: null,
      legend,
    };
  });
}

/**
 * The ranking section of a report: a heading, the {@link rankingTable} and the {@link rankingCharts},
 * with ids `<id>-table` and `<id>-chart-<group>`.
 *
 * @param results - the results of {@link assignAwards}, {@link rank} or {@link rankWithinGroups}
 * @param options - as for {@link rankingTable}; `id` is the section's (`ranking` unless given)
 * @returns the section
 * @throws {@link PlanningError} as {@link rankingTable}
 *
 * @example
 * // A ranking within one cluster:
 * const ranked = rankWithinGroups([{ code: 'a', cluster: 'A', score: 90 }, { code: 'b', cluster: 'A', score: 80 }], {
 *   key: (item) => item.code, group: (item) => item.cluster, value: (item) => item.score,
 *   direction: 'descending', ties: 'standard', missing: 'last',
 * });
 * rankingSection(ranked, { lang: 'vi' }).blocks.map((block) => block.id);
 * //=> ['ranking-table', 'ranking-chart-A']
 */
export function rankingSection(results: readonly RankingResult[], options: RankingReportOptions): ReportSection {
  assertLanguage(options.lang, 'rankingSection');
  assertList(results, 'ranking results', 'rankingSection');
  const id = options.id ?? 'ranking';
  const text = words[options.lang];
  const charts = buildRankingCharts(results, options, (code) => `${id}-chart-${idPart(code ?? 'all')}`, 'rankingSection');
  return {
    id,
    title: results.some((result) => 'finalAward' in result) ? text.awardsSectionTitle : text.sectionTitle,
    paragraphs: [],
    blocks: [rankingTable(results, { ...options, id: `${id}-table` }), ...charts],
  };
}
