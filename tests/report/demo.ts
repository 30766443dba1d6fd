/*
 * A small hand-built plan for the literal-output tests: three targets (a growth target exceeded, a
 * ceiling on the poverty rate not met, an investment target with no 2024 value), so that every kind
 * of row, status and cell appears once. Made-up values.
 */
import { type PlanAssessment, assessPlan, buildDataset, parseObservations, parsePlan } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';

export { catalog };

export const demoPlan = parsePlan(
  {
    id: 'DEMO-2024',
    title: { vi: 'Kế hoạch minh họa năm 2024', en: 'Demo plan 2024' },
    area: '402',
    period: '2024',
    document: { kind: 'annual-plan', reference: 'Nghị quyết số 01/NQ-HĐND' },
    illustrative: true,
    targets: [
      {
        id: 'G1', indicator: 'BUDGET_REVENUE', area: '402', period: '2024', basis: 'growth', basePeriod: '2023',
        comparator: 'at-least', value: '10', document: { kind: 'annual-plan' },
        text: { vi: 'Thu ngân sách tăng 10% trở lên', en: 'Budget revenue up 10% or more' },
      },
      {
        id: 'P1', indicator: 'POVERTY_RATE', area: '402', period: '2024', basis: 'level',
        comparator: 'at-most', value: '3.5', document: { kind: 'annual-plan' },
        text: { vi: 'Tỷ lệ hộ nghèo dưới 3,5%', en: 'Poverty rate at most 3.5%' },
      },
      {
        id: 'I1', indicator: 'INVESTMENT', area: '402', period: '2024', basis: 'level',
        comparator: 'at-least', value: '1000', document: { kind: 'annual-plan' },
      },
    ],
  },
  { catalog },
);

export const demoDataset = buildDataset(
  parseObservations([
    { indicator: 'BUDGET_REVENUE', area: '402', period: '2023', value: '500', status: 'official' },
    { indicator: 'BUDGET_REVENUE', area: '402', period: '2024', value: '560', status: 'estimate' },
    { indicator: 'POVERTY_RATE', area: '402', period: '2024', value: '3.62', status: 'preliminary' },
  ]),
);

export const demo: PlanAssessment = assessPlan(demoPlan, demoDataset, { catalog });
