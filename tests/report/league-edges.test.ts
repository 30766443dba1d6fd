/*
 * The league table at its edges: the heading of an indicator the catalog lacks or has no English
 * label for, the status detail of a target that could not be assessed, areas without targets (never
 * named as tied), and the lists it refuses.
 */
import { describe, expect, it } from 'vitest';
import { type LeagueEntry, areaLeagueTable, assessPlan, buildCatalog } from '../../src/index.js';
import { vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import { nhuXuanCommunePlans2024, nhuXuanReviewCatalog as catalog, nhuXuanReviewDataset as dataset } from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../helpers.js';

const entries: LeagueEntry[] = nhuXuanCommunePlans2024.map(({ area, name, plan }) => ({ area, name, assessment: assessPlan(plan, dataset, { catalog }) }));

describe('areaLeagueTable at its edges', () => {
  it('heads an indicator the catalog lacks by its code, and one without an English label by its Vietnamese one', () => {
    const noEnglish = buildCatalog(
      vnDistrictIndicators.map((indicator) => (indicator.code === 'POVERTY_RATE' ? { ...indicator, labels: { vi: indicator.labels.vi } } : indicator)),
    );
    const table = areaLeagueTable(entries.slice(0, 1), { catalog: noEnglish, lang: 'en' });
    expect(table.columns.slice(4, 7).map((column) => column.label)).toEqual(['Villages recognised as meeting the new-rural standard in the year', 'NTM_CRITERIA_MET', 'Tỷ lệ hộ nghèo (đa chiều)']);
  });

  it('details each status with the target and its attainment, a dash where none could be computed', () => {
    const table = areaLeagueTable(entries, { catalog, lang: 'vi' });
    const xuanBinh = table.rows.find((row) => row.id === '16183')?.cells;
    expect(xuanBinh?.['status-NTM_VILLAGES_NEW']?.detail).toMatch(/^[A-Z0-9-]+: –$/);
    expect(xuanBinh?.['status-POVERTY_RATE']?.detail).toMatch(/^[A-Z0-9-]+: \d+,\d%$/);
  });

  it('never names areas without targets as tied, and keeps them in the order given', () => {
    const [yenCat, hoaQuy, tanBinh] = nhuXuanCommunePlans2024;
    if (yenCat === undefined || hoaQuy === undefined || tanBinh === undefined) throw new Error('eight communes');
    const empty = (commune: typeof yenCat): LeagueEntry => ({ area: commune.area, name: commune.name, assessment: assessPlan({ ...commune.plan, targets: [] }, dataset, { catalog }) });
    const table = areaLeagueTable([empty(tanBinh), { area: hoaQuy.area, name: hoaQuy.name, assessment: assessPlan(hoaQuy.plan, dataset, { catalog }) }, empty(yenCat)], { catalog, lang: 'en' });
    expect(table.rows.map((row) => row.cells.area?.text)).toEqual(['Hóa Quỳ', 'Tân Bình', 'Yên Cát']);
    expect(table.rows.map((row) => row.cells.rank?.text)).toEqual(['1', 'no targets', 'no targets']);
    expect(table.notes).toHaveLength(2);
  });

  it('refuses what is not a list of areas, and a catalog that is not one', () => {
    expectFailure(() => areaLeagueTable('16174' as never, { catalog, lang: 'en' }), 'invalid-argument', /^areaLeagueTable: expected an array of areas \{ area, name, assessment \}; got /);
    expectFailure(() => areaLeagueTable(entries, { catalog: {} as never, lang: 'en' }), 'invalid-argument', /^areaLeagueTable: options\.catalog must be a catalog/);
    expectFailure(() => areaLeagueTable(entries, { catalog, lang: 'fr' as 'en' }), 'invalid-argument', /^areaLeagueTable: lang must be/);
  });
});
