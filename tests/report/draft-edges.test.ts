/* Edges of the draft plan table: a proposal without reason, levels under a bound, and a falling growth. */
import { describe, expect, it } from 'vitest';
import { buildCatalog, draftPlanTable, proposeYearTargets, toDecimal } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog, vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import { nhuXuanFiveYearDataset as dataset, nhuXuanFiveYearPlan as plan } from '../../src/datasets/nhu-xuan/index.js';

const proposals = proposeYearTargets(plan, dataset, { catalog, year: 2025 });
const [growth, income] = proposals;
const growthTarget = growth?.proposed;
const incomeTarget = income?.proposed;
if (growth === undefined || income === undefined || growthTarget == null || incomeTarget == null) throw new Error('the five-year plan proposes a growth and an income target');

describe('draftPlanTable: edges of the basis column', () => {
  it('writes a dash as the basis of a proposal that has neither a target nor a reason, and keeps its row', () => {
    const bare = { ...income, proposed: null, reason: null, method: '' };
    const row = draftPlanTable([growth, bare], dataset, { catalog, lang: 'en' }).rows[1]?.cells;
    expect([row?.planned?.text, row?.compare?.text, row?.basis?.text, row?.basis?.value]).toEqual(['–', '–', '–', null]);
  });

  it('writes a level that must stay under a bound with the sign "<" in both languages', () => {
    const under = { ...income, proposed: { ...incomeTarget, comparator: 'less-than' as const } };
    expect(draftPlanTable([under], dataset, { catalog, lang: 'vi' }).rows[0]?.cells.basis?.text).toBe('đạt < 50 triệu đồng/người/năm');
    expect(draftPlanTable([under], dataset, { catalog, lang: 'en' }).rows[0]?.cells.basis?.text).toBe('reach < 50 million VND per person per year');
  });

  it('writes a growth capped at a fall as a growth, not as a fall, and plans the level it means', () => {
    // Gross output 5,436 in 2024; a growth of at most −2 % plans 5,436 × 0.98 = 5,327.28, written with one decimal, and 98.0 % of the estimate.
    const shrinking = { ...growth, proposed: { ...growthTarget, value: toDecimal(-2), comparator: 'at-most' as const } };
    const vi = draftPlanTable([shrinking], dataset, { catalog, lang: 'vi' }).rows[0]?.cells;
    expect([vi?.planned?.text, vi?.compare?.text, vi?.basis?.text]).toEqual(['5.327,3', '98,0', 'tăng ≤ -2% so với năm trước']);
    expect(draftPlanTable([shrinking], dataset, { catalog, lang: 'en' }).rows[0]?.cells.basis?.text).toBe('up ≤ -2% on the year before');
  });

  it('writes a rate as a percentage, with the sign % and not its unit name, even when the unit of percent kind is named otherwise', () => {
    const perCent = { code: 'perCent', kind: 'percent' as const, labels: { vi: 'phần trăm', en: 'per cent' } };
    const own = buildCatalog(vnDistrictIndicators.map((indicator) => (indicator.code === 'URBANISATION_RATE' ? { ...indicator, unit: { unit: perCent, power: 0 } } : indicator)));
    const urban = draftPlanTable(proposals, dataset, { catalog: own, lang: 'en' }).rows[5]?.cells;
    expect([urban?.target?.text, urban?.unit?.text, urban?.basis?.text, urban?.compare?.text]).toEqual(['Urbanisation rate', '%', 'reach ≥ 17%', '+2 pp']);
  });
});
