/*
 * Every target shape of a five-year plan and its yearly plans, assessed and paced the way a planning
 * office reads them (issue 10: defects 1, 2, 4, 5, 6, 8, 9, 10 and the laws).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type DecimalInput,
  getIndicator,
  assessTarget,
  assessTargetPace,
  compoundGrowthRate,
  targetShape,
} from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { data, target } from './helpers.js';

/** Illustrative gross output (tỷ đồng, constant prices) 2020–2025. */
const output = data(
  { indicator: 'PRODUCTION_VALUE', period: '2020', value: 4050 },
  { indicator: 'PRODUCTION_VALUE', period: '2021', value: 4310 },
  { indicator: 'PRODUCTION_VALUE', period: '2022', value: 4700 },
  { indicator: 'PRODUCTION_VALUE', period: '2023', value: 5120 },
  { indicator: 'PRODUCTION_VALUE', period: '2024', value: 5436 },
  { indicator: 'PRODUCTION_VALUE', period: '2025', value: 5800 },
);

/** 100 times a decimal at 100 digits, then rounded once to 40: an independent reference for one-fraction ratios. */
const Wide = Decimal.clone({ precision: 100 });
function reference(numerator: DecimalInput, denominator: DecimalInput): string {
  return new Wide(numerator).div(denominator).toSignificantDigits(40).toString();
}

describe('a growth target over a range of years is an average annual growth (defect 1)', () => {
  const fiveYear = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 7 });

  it('is assessed from the base year to the last year, the GSO way', () => {
    const assessment = assessTarget(fiveYear, output, { catalog });
    expect(assessment.status).toBe('exceeded');
    expect(assessment.shape).toBe('average-growth');
    expect(assessment.quantity?.toString()).toBe(compoundGrowthRate(4050, 5800, 5).toString());
    expect(assessment.quantity?.toFixed(4)).toBe('7.4471');
    expect([assessment.base?.period, assessment.actual?.period]).toEqual(['2020', '2025']);
    expect(assessment.formula).toMatch(/^q = \(\(A \/ B\)\^\(1\/5\) − 1\) × 100/);
  });

  it('has a growth fulfilment ratio on the average: (100 + q) / (100 + T)', () => {
    const assessment = assessTarget(fiveYear, output, { catalog });
    // (5800 / 4050)^(1/5) = 1.0744593...; 107.44593... / 107
    expect(assessment.ratio?.toFixed(8)).toBe('1.00417826');
    expect(assessment.ratio?.toFixed(20)).toBe(new Wide(5800).div(4050).pow(new Wide(1).div(5)).times(100).div(107).toFixed(20));
  });

  it('defaults its base to the year before the range', () => {
    const { basePeriod: _base, ...withoutBase } = fiveYear;
    expect(assessTarget(withoutBase, output, { catalog }).base?.period).toBe('2020');
  });

  it('is not assessable without the last year, and says which value is missing', () => {
    const early = assessTarget(fiveYear, data({ indicator: 'PRODUCTION_VALUE', period: '2020', value: 4050 }), { catalog });
    expect([early.status, early.reason?.code, early.reason?.message]).toEqual([
      'not-assessable',
      'missing-actual',
      'no actual value of PRODUCTION_VALUE for area 402 in 2025',
    ]);
  });
});

describe('a change target over a range of years (defect 2)', () => {
  const communes = data(
    { indicator: 'NTM_COMMUNES', period: '2020', value: 6 },
    { indicator: 'NTM_COMMUNES', period: '2023', value: 9 },
    { indicator: 'NTM_COMMUNES', period: '2025', value: 12 },
  );
  const moreCommunes = target({ indicator: 'NTM_COMMUNES', basis: 'change', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 5 });

  it('is the last year minus the base', () => {
    const assessment = assessTarget(moreCommunes, communes, { catalog });
    expect([assessment.status, assessment.quantity?.toString(), assessment.ratio?.toString(), assessment.gap?.toString()]).toEqual(['exceeded', '6', '1.2', '1']);
  });

  it('a level target over a range reads the last year', () => {
    const level = target({ indicator: 'NTM_COMMUNES', basis: 'level', period: '2021/2025', comparator: 'at-least', value: 12 });
    const assessment = assessTarget(level, communes, { catalog });
    expect([assessment.status, assessment.actual?.period, assessment.shape]).toEqual(['met', '2025', 'state-level']);
  });
});

describe('pace follows the target basis and the indicator kind (defect 4)', () => {
  it('a rate of 14.7% against a 15% target after nine months is behind the path from 14%', () => {
    const urbanisation = target({ indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'at-least', value: 15 });
    const rates = data({ indicator: 'URBANISATION_RATE', period: '2023', value: 14 }, { indicator: 'URBANISATION_RATE', period: '2024-M09', value: '14.7' });
    const pace = assessTargetPace(urbanisation, rates, { catalog, toDate: '2024-M01/2024-M09' });
    expect([pace.status, pace.shape, pace.expected?.toString(), pace.quantity?.toString()]).toEqual(['behind', 'state-level', '14.75', '14.7']);
    const without = assessTargetPace(urbanisation, data({ indicator: 'URBANISATION_RATE', period: '2024-M09', value: '14.7' }), { catalog, toDate: '2024-M01/2024-M09' });
    expect([without.status, without.expected?.toString()]).toEqual(['behind', '15']);
  });

  it('"2 more communes" with 10 in the base year and 11 after nine months is behind, with half of the change done', () => {
    const moreCommunes = target({ indicator: 'NTM_COMMUNES', basis: 'change', basePeriod: '2023', comparator: 'at-least', value: 2 });
    const communes = data({ indicator: 'NTM_COMMUNES', period: '2023', value: 10 }, { indicator: 'NTM_COMMUNES', period: '2024-M09', value: 11 });
    const pace = assessTargetPace(moreCommunes, communes, { catalog, toDate: '2024-M01/2024-M09' });
    expect([pace.status, pace.pace?.share.toString(), pace.pace?.expectedShare.toString(), pace.quantity?.toString()]).toEqual(['behind', '0.5', '0.75', '1']);
  });

  it('a change of a flow is measured to date on the same part of the base period, against the pro-rated change', () => {
    const moreRevenue = target({ indicator: 'BUDGET_REVENUE', basis: 'change', basePeriod: '2023', comparator: 'at-least', value: 50 });
    const halves = data({ indicator: 'BUDGET_REVENUE', period: '2023-S1', value: 280 }, { indicator: 'BUDGET_REVENUE', period: '2024-S1', value: 310 });
    const pace = assessTargetPace(moreRevenue, halves, { catalog, toDate: '2024-S1' });
    expect([pace.status, pace.quantity?.toString(), pace.expected?.toString(), pace.partial?.base?.period]).toEqual(['ahead', '30', '25', '2023-S1']);
  });

  it('a flow level is pro-rated: 520 of 1,000 after six months is ahead', () => {
    const investment = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const pace = assessTargetPace(investment, data({ indicator: 'INVESTMENT', period: '2024-S1', value: 520 }), { catalog, toDate: '2024-S1' });
    expect([pace.status, pace.shape, pace.expected?.toString(), pace.remaining?.value.toString()]).toEqual(['ahead', 'flow-level', '500', '480']);
  });

  it('a cumulative five-year target: the sum to date against the share of the range elapsed, and what remains per year', () => {
    const invested = data(
      { indicator: 'INVESTMENT', period: '2021', value: 900 },
      { indicator: 'INVESTMENT', period: '2022', value: 1000 },
      { indicator: 'INVESTMENT', period: '2023', value: 1100 },
      { indicator: 'INVESTMENT', period: '2024-M01/2024-M09', value: 800 },
    );
    const fiveYear = target({ indicator: 'INVESTMENT', basis: 'cumulative', period: '2021/2025', comparator: 'at-least', value: 5000 });
    const threeYears = assessTargetPace(fiveYear, invested, { catalog, toDate: '2021/2023' });
    expect([threeYears.status, threeYears.quantity?.toString(), threeYears.expectedShare?.toString(), threeYears.expected?.toString()]).toEqual(['on-pace', '3000', '0.6', '3000']);
    expect([threeYears.remaining?.kind, threeYears.remaining?.value.toString(), threeYears.remaining?.years, threeYears.remaining?.perYear?.toString()]).toEqual(['sum', '2000', 2, '1000']);
    const nineMonths = assessTargetPace(fiveYear, invested, { catalog, toDate: '2024-M01/2024-M09' });
    expect([nineMonths.status, nineMonths.quantity?.toString(), nineMonths.expectedShare?.toString()]).toEqual(['ahead', '3800', '0.75']);
  });

  it('an average growth over a range: the average growth of the years so far, and the growth the remaining years need', () => {
    const fiveYear = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 7 });
    const pace = assessTargetPace(fiveYear, output, { catalog, toDate: '2021/2023' });
    expect([pace.status, pace.growthToDate?.toString()]).toEqual(['ahead', compoundGrowthRate(4050, 5120, 3).toString()]);
    // 4,050 × 1.07^5 = 5,680.3345... must be reached from 5,120 in two years:
    expect([pace.remaining?.kind, pace.remaining?.years, pace.remaining?.value.toFixed(4)]).toEqual(['average-growth', 2, '5.3300']);
  });

  it('a one-period growth compares the growth to date with the same part of the base period', () => {
    const growth = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', basePeriod: '2023', comparator: 'at-least', value: '5.6' });
    const halves = data({ indicator: 'PRODUCTION_VALUE', period: '2023-S1', value: 2000 }, { indicator: 'PRODUCTION_VALUE', period: '2024-S1', value: 2100 });
    const pace = assessTargetPace(growth, halves, { catalog, toDate: '2024-S1' });
    expect([pace.status, pace.growthToDate?.toString(), pace.partial?.base?.period]).toEqual(['behind', '5', '2023-S1']);
  });

  it('a period outside the target is not assessable', () => {
    const fiveYear = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025', comparator: 'at-least', value: 7 });
    const pace = assessTargetPace(fiveYear, output, { catalog, toDate: '2019' });
    expect([pace.status, pace.reason?.code]).toEqual(['not-assessable', 'outside-period']);
  });
});

describe('banded targets score the distance outside the band (defect 5)', () => {
  const approximately = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'approximately', value: 3000000, tolerance: 150000 });

  it('3,300,000 against 3,000,000 ± 150,000 is not met and scores under 100%', () => {
    const assessment = assessTarget(approximately, data({ indicator: 'INVESTMENT', period: '2024', value: 3300000 }), { catalog });
    expect(assessment.status).toBe('not-met');
    expect(assessment.ratio?.toString()).toBe(reference(2 * 3150000 - 3300000, 3150000));
    expect(assessment.gap?.toString()).toBe('300000');
  });

  it('the CAMMS range rule gives the published 94.74% on both sides of 3,000,000 ± 5%, and 100% inside', () => {
    const band = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'between', lower: 2850000, upper: 3150000 });
    const score = (value: number) => assessTarget(band, data({ indicator: 'INVESTMENT', period: '2024', value }), { catalog, bandRatio: 'camms' }).ratio?.times(100).toFixed(2);
    expect([score(2950000), score(2700000), score(3300000)]).toEqual(['100.00', '94.74', '94.74']);
    expect(assessTarget(approximately, data({ indicator: 'INVESTMENT', period: '2024', value: 3300000 }), { catalog, bandRatio: 'camms' }).formula).toMatch(/CAMMS/);
  });
});

describe('every growth fulfilment ratio is one fraction with one rounding (defect 6)', () => {
  it('equals 100·A / (B·(100 + T)) rounded once, for any values', () => {
    const digits = fc.integer({ min: 1, max: 10 ** 12 });
    fc.assert(
      fc.property(digits, digits, fc.integer({ min: -9999, max: 99999 }), fc.integer({ min: 0, max: 6 }), (a, b, t, scale) => {
        const rate = new Decimal(t).div(100);
        const growth = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', basePeriod: '2023', comparator: 'at-least', value: rate.toString() });
        const values = data(
          { indicator: 'PRODUCTION_VALUE', period: '2023', value: new Decimal(b).div(10 ** scale).toString() },
          { indicator: 'PRODUCTION_VALUE', period: '2024', value: new Decimal(a).div(10 ** scale).toString() },
        );
        const ratio = assessTarget(growth, values, { catalog }).ratio?.toString();
        expect(ratio).toBe(reference(new Wide(a).times(100), new Wide(b).times(rate.plus(100))));
      }),
    );
  });

  it('the counterexample of the old double rounding: 7 / 3 growth of a value against 5.6%', () => {
    const growth = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', basePeriod: '2023', comparator: 'at-least', value: '5.6' });
    const values = data({ indicator: 'PRODUCTION_VALUE', period: '2023', value: 3 }, { indicator: 'PRODUCTION_VALUE', period: '2024', value: 7 });
    expect(assessTarget(growth, values, { catalog }).ratio?.toString()).toBe(reference(700, '316.8'));
  });
});

describe('values at the edge of the domain never stop a plan', () => {
  it('a growth target of -100% has a status but no ratio', () => {
    const collapse = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', basePeriod: '2023', comparator: 'at-most', value: -100 });
    const values = data({ indicator: 'PRODUCTION_VALUE', period: '2023', value: 10 }, { indicator: 'PRODUCTION_VALUE', period: '2024', value: 0 });
    const assessment = assessTarget(collapse, values, { catalog });
    expect([assessment.status, assessment.ratio, assessment.gap?.toString(), assessment.formula]).toEqual([
      'met',
      null,
      '0',
      'q = (A − B) / B × 100; no ratio: a growth target of -100% leaves nothing to fulfil',
    ]);
  });

  it('growth from 1e-100 to 1e100, in one year or over five, is assessed with its working', () => {
    const growth = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', basePeriod: '2023', comparator: 'at-least', value: 5 });
    const huge = data({ indicator: 'PRODUCTION_VALUE', period: '2023', value: '1e-100' }, { indicator: 'PRODUCTION_VALUE', period: '2024', value: '1e100' });
    const oneYear = assessTarget(growth, huge, { catalog });
    expect([oneYear.status, oneYear.quantity?.toString()]).toEqual(['exceeded', '1e+202']);
    const average = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 5 });
    const steep = data({ indicator: 'PRODUCTION_VALUE', period: '2020', value: '1e-100' }, { indicator: 'PRODUCTION_VALUE', period: '2025', value: '1e100' });
    const fiveYears = assessTarget(average, steep, { catalog });
    // (10^200)^(1/5) = 10^40 a year; the ratio 100 × 10^40 / 105 rounded once
    expect([fiveYears.status, fiveYears.quantity?.toString(), fiveYears.ratio?.toString()]).toEqual([
      'exceeded',
      '9.999999999999999999999999999999999999999e+41',
      '9523809523809523809523809523809523809524',
    ]);
  });
});

describe('conflicting duplicates are reported, never picked (defect 8)', () => {
  it('two values with the same status and publication date make the target not assessable, naming both', () => {
    const income = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const twins = data(
      { indicator: 'INVESTMENT', period: '2024', value: 1010, status: 'estimate', published: '2024-12-20' },
      { indicator: 'INVESTMENT', period: '2024', value: 990, status: 'estimate', published: '2024-12-20' },
    );
    const assessment = assessTarget(income, twins, { catalog });
    expect([assessment.status, assessment.reason?.code]).toEqual(['not-assessable', 'conflicting-values']);
    expect(assessment.reason?.message).toBe(
      'INVESTMENT for area 402 in 2024 has conflicting estimate values (1010, 990) published on 2024-12-20; correct the data or give the revision a later publication date',
    );
  });

  it('a later official figure settles the cell', () => {
    const income = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const settled = data(
      { indicator: 'INVESTMENT', period: '2024', value: 1010, status: 'estimate', published: '2024-12-20' },
      { indicator: 'INVESTMENT', period: '2024', value: 990, status: 'estimate', published: '2024-12-20' },
      { indicator: 'INVESTMENT', period: '2024', value: 1005, status: 'official', published: '2025-06-30' },
    );
    expect(assessTarget(income, settled, { catalog }).quantity?.toString()).toBe('1005');
  });
});

describe('milestones are assessed (defect 9)', () => {
  it('a five-year growth target assesses each yearly milestone on the average growth to that year', () => {
    const fiveYear = target({
      indicator: 'PRODUCTION_VALUE',
      basis: 'growth',
      period: '2021/2025',
      basePeriod: '2020',
      comparator: 'at-least',
      value: 7,
      milestones: [
        { period: '2021', value: 6 },
        { period: '2023', value: 8 },
        { period: '2025', value: 7 },
      ],
    });
    const { milestones } = assessTarget(fiveYear, output, { catalog });
    expect(milestones.map((milestone) => [milestone.target.period, milestone.status, milestone.quantity?.toFixed(2)])).toEqual([
      ['2021', 'exceeded', '6.42'],
      ['2021/2023', 'exceeded', '8.13'],
      ['2021/2025', 'exceeded', '7.45'],
    ]);
  });

  it('a yearly flow target assesses its half-year milestone on the half-year value', () => {
    const investment = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000, milestones: [{ period: '2024-S1', value: 550 }] });
    const [half] = assessTarget(investment, data({ indicator: 'INVESTMENT', period: '2024-S1', value: 520 }), { catalog }).milestones;
    expect([half?.status, half?.quantity?.toString(), half?.targetValue?.toString()]).toEqual(['not-met', '520', '550']);
  });
});

describe('an average growth with no year after its base is not assessable, never a throw', () => {
  // Found by the batch tests (fast15): a base inside the range, which parsePlan refuses but the
  // target schema alone lets through.
  const inRange = (basePeriod: string) =>
    target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2022/2024', basePeriod, comparator: 'at-least', value: 5, milestones: [{ period: '2023', value: 5 }] });

  it('a milestone at the base year is outside the period it can be measured over', () => {
    const assessment = assessTarget(inRange('2023'), output, { catalog });
    expect(assessment.status).toBe('exceeded');
    expect(assessment.quantity?.toFixed(2)).toBe('6.17');
    const [milestone] = assessment.milestones;
    expect([milestone?.status, milestone?.reason?.code]).toEqual(['not-assessable', 'outside-period']);
    expect(milestone?.reason?.message).toContain('needs a year after the base');
  });

  it('a base at the last year of the range leaves the target not assessable', () => {
    const assessment = assessTarget(inRange('2024'), output, { catalog });
    expect([assessment.status, assessment.reason?.code]).toEqual(['not-assessable', 'outside-period']);
    expect(assessment.reason?.message).toBe('the average growth over 2022/2024 needs a base year before 2024; got 2024');
  });
});

describe('derived indicators are computed from their inputs (defect 10)', () => {
  it('income per person from total income and population, said in the working', () => {
    const income = target({ indicator: 'INCOME_PER_CAPITA', basis: 'level', comparator: 'at-least', value: 45 });
    const inputs = data({ indicator: 'INCOME_TOTAL', period: '2024', value: 3200, status: 'estimate' }, { indicator: 'POPULATION', period: '2024', value: 71000 });
    const assessment = assessTarget(income, inputs, { catalog });
    expect([assessment.status, assessment.quantity?.toFixed(4), assessment.actual?.status]).toEqual(['exceeded', '45.0704', 'estimate']);
    expect(assessment.actual?.derived?.inputs.map((input) => input.indicator)).toEqual(['INCOME_TOTAL', 'POPULATION']);
    expect(assessment.notes).toEqual(['INCOME_PER_CAPITA 2024 is derived (per-capita) from INCOME_TOTAL 2024 = 3200, POPULATION 2024 = 71000: it has no observation of its own']);
  });

  it('a share from its parts, and a zero denominator is reported', () => {
    const urbanisation = target({ indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'at-least', value: 15 });
    const parts = data({ indicator: 'POPULATION_URBAN', period: '2024', value: 11000 }, { indicator: 'POPULATION', period: '2024', value: 71000 });
    expect(assessTarget(urbanisation, parts, { catalog }).quantity?.toFixed(2)).toBe('15.49');
    const zero = data({ indicator: 'POPULATION_URBAN', period: '2024', value: 0 }, { indicator: 'POPULATION', period: '2024', value: 0 });
    expect(assessTarget(urbanisation, zero, { catalog }).reason?.code).toBe('zero-denominator');
  });

  it('an observed value wins over the derived one', () => {
    const income = target({ indicator: 'INCOME_PER_CAPITA', basis: 'level', comparator: 'at-least', value: 45 });
    const both = data(
      { indicator: 'INCOME_PER_CAPITA', period: '2024', value: '47.2' },
      { indicator: 'INCOME_TOTAL', period: '2024', value: 3200 },
      { indicator: 'POPULATION', period: '2024', value: 71000 },
    );
    const assessment = assessTarget(income, both, { catalog });
    expect([assessment.quantity?.toString(), assessment.notes]).toEqual(['47.2', []]);
  });
});

/** Target shapes with the indicator each is tried on, for the laws. */
const shapes = [
  { indicator: 'INVESTMENT', basis: 'level', period: '2024' },
  { indicator: 'URBANISATION_RATE', basis: 'level', period: '2024' },
  { indicator: 'INCOME_PER_CAPITA', basis: 'level', period: '2021/2025' },
  { indicator: 'NTM_COMMUNES', basis: 'change', period: '2024' },
  { indicator: 'NTM_COMMUNES', basis: 'change', period: '2021/2025' },
  { indicator: 'POVERTY_RATE', basis: 'point-change', period: '2021/2025' },
  { indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2024' },
  { indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025' },
  { indicator: 'INVESTMENT', basis: 'cumulative', period: '2021/2025' },
] as const;

const comparatorArbitrary = fc.constantFrom('at-least', 'more-than', 'at-most', 'less-than', 'equal', 'between', 'approximately', 'maintain');

/** A dataset with a value for every year 2019–2025 of an indicator, and a target of a shape on it. */
const caseArbitrary = fc
  .record({
    shape: fc.constantFrom(...shapes),
    comparator: comparatorArbitrary,
    values: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 7, maxLength: 7 }),
    value: fc.integer({ min: -20, max: 200 }),
    width: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ shape, comparator, values, value, width }) => {
    const periods = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'];
    const dataset = data(...periods.map((period, index) => ({ indicator: shape.indicator, period, value: values[index] ?? 1 })));
    const bounds =
      comparator === 'between'
        ? { lower: value, upper: value + width }
        : comparator === 'approximately'
          ? { value, tolerance: width }
          : comparator === 'maintain' && shape.basis === 'level'
            ? {}
            : { value };
    const base = shape.basis === 'cumulative' ? {} : { basePeriod: shape.period === '2024' ? '2023' : '2020' };
    return { dataset, target: target({ ...shape, comparator, ...bounds, ...base }) };
  });

describe('laws', () => {
  it('a pace taken to the end of the target period agrees with the assessment, for every shape and comparator', () => {
    const agrees = { exceeded: 'ahead', met: 'on-pace', 'not-met': 'behind', 'not-assessable': 'not-assessable' } as const;
    fc.assert(
      fc.property(caseArbitrary, ({ dataset, target: subject }) => {
        const assessment = assessTarget(subject, dataset, { catalog });
        const pace = assessTargetPace(subject, dataset, { catalog, toDate: subject.period });
        expect(pace.status).toBe(agrees[assessment.status]);
      }),
      { numRuns: 300 },
    );
  });

  it('a higher actual never lowers the status of a higher-is-better target of any basis', () => {
    const rank = { exceeded: 3, met: 2, 'not-met': 1, 'not-assessable': 0 } as const;
    const increasing = shapes.filter((shape) => shape.indicator !== 'POVERTY_RATE');
    fc.assert(
      fc.property(
        fc.constantFrom(...increasing),
        fc.constantFrom('at-least', 'more-than', 'maintain'),
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: -20, max: 200 }),
        (shape, comparator, values, raise, value) => {
          const periods = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'];
          const last = shape.period === '2024' ? 5 : 6;
          const higher = values.map((entry, index) => (index === last ? entry + raise : entry));
          const subject = target({
            ...shape,
            comparator,
            ...(comparator === 'maintain' && shape.basis === 'level' ? {} : { value }),
            ...(shape.basis === 'cumulative' ? {} : { basePeriod: shape.period === '2024' ? '2023' : '2020' }),
          });
          const of = (series: readonly number[]) =>
            assessTarget(subject, data(...periods.map((period, index) => ({ indicator: shape.indicator, period, value: series[index] ?? 1 }))), { catalog });
          expect(rank[of(higher).status]).toBeGreaterThanOrEqual(rank[of(values).status]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every shape of the table has a test case above', () => {
    const seen = new Set(shapes.map((shape) => targetShape(target({ ...shape, comparator: 'at-least', value: 1 }), getIndicator(catalog, shape.indicator))));
    expect([...seen].sort()).toEqual(['average-growth', 'change', 'cumulative', 'flow-level', 'growth', 'state-level']);
  });
});
