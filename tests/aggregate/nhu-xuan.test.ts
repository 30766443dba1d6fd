import { describe, expect, it } from 'vitest';
import {
  aggregateOverUnits,
  assignAwards,
  bestObservation,
  childrenOf,
  countUnitsMeeting,
  groupsOfUnitAt,
  scoreEmulation,
  toDecimal,
  validateUnitGroupSet,
} from '../../src/index.js';
import {
  nhuXuanCommuneCatalog,
  nhuXuanCommuneDataset2024,
  nhuXuanCommuneMetadata,
  nhuXuanCommuneObservations2024,
  nhuXuanDataset2024,
  nhuXuanEmulationClusters2024,
  nhuXuanEmulationMetadata,
  nhuXuanEmulationSheets2024,
  nhuXuanEmulationTable2024,
  nhuXuanHierarchy,
} from '../../src/datasets/nhu-xuan/index.js';

const district = (indicator: string) => bestObservation(nhuXuanDataset2024, { indicator, area: '402', period: '2024' })?.value.toString();
const communes = { hierarchy: nhuXuanHierarchy, parent: '402' } as const;

describe('the illustrative commune data of Như Xuân, 2024', () => {
  it('says it is illustrative', () => {
    expect(nhuXuanCommuneMetadata.illustrative).toBe(true);
    expect(nhuXuanEmulationMetadata.illustrative).toBe(true);
    expect(nhuXuanCommuneObservations2024.every((observation) => observation.source?.startsWith('illustrative') === true)).toBe(true);
    expect(nhuXuanEmulationClusters2024.nameEn).toContain('illustrative');
  });

  it('holds values only for the 16 commune-level units valid in 2024', () => {
    const codes = new Set(childrenOf(nhuXuanHierarchy, '402', '2024-12-31').map((unit) => unit.code));
    expect(nhuXuanCommuneObservations2024.every((observation) => codes.has(observation.area))).toBe(true);
    expect(nhuXuanCommuneDataset2024.conflicts).toEqual([]);
  });

  it('counts as many communes meeting all 19 new-rural criteria as the district reports new-rural communes', () => {
    const result = countUnitsMeeting(nhuXuanCommuneCatalog, nhuXuanCommuneDataset2024, {
      indicator: 'NTM_CRITERIA_MET',
      units: { ...communes, type: 'commune' },
      period: '2024',
      condition: { comparator: 'at-least', value: 19 },
    });
    expect(result.value?.toString()).toBe(district('NTM_COMMUNES'));
    expect(result.completeness.share.toString()).toBe('1');
  });

  it('sums the villages recognised to one less than the district’s 12, with the one commune that has not reported missing', () => {
    const result = aggregateOverUnits(nhuXuanCommuneCatalog, nhuXuanCommuneDataset2024, { indicator: 'NTM_VILLAGES_NEW', units: communes, period: '2024' });
    expect(district('NTM_VILLAGES_NEW')).toBe('12');
    expect([result.value?.toString(), result.completeness.missing, result.completeness.share.toString()]).toEqual(['11', ['16183'], '0.9375']);
  });

  it('rolls the poverty rate up as 1,774 poor of 18,400 households, 9.64%, where the communes’ rates average 11.21%', () => {
    const result = aggregateOverUnits(nhuXuanCommuneCatalog, nhuXuanCommuneDataset2024, { indicator: 'POVERTY_RATE', units: communes, period: '2024' });
    expect([result.numerator?.toString(), result.denominator?.toString(), result.value?.toFixed(2)]).toEqual(['1774', '18400', '9.64']);
    const total = result.parts.reduce((sum, part) => sum.plus(part.value ?? 0), toDecimal(0));
    expect(total.div(result.parts.length).toFixed(2)).toBe('11.21');
  });

  it('gives each reported poverty rate consistent with its own counts, to two decimals', () => {
    for (const observation of nhuXuanCommuneObservations2024.filter((row) => row.indicator === 'POVERTY_RATE')) {
      const computed = observation.numerator?.div(observation.denominator ?? 1).times(100);
      expect(computed?.toDecimalPlaces(2).eq(observation.value), observation.area).toBe(true);
    }
  });
});

describe('the illustrative emulation of Như Xuân, 2024', () => {
  it('puts every commune-level unit in exactly one of four clusters of four', () => {
    expect(validateUnitGroupSet(nhuXuanHierarchy, nhuXuanEmulationClusters2024)).toEqual([]);
    expect(nhuXuanEmulationClusters2024.groups.map((group) => group.members.length)).toEqual([4, 4, 4, 4]);
  });

  it('gives each sheet the cluster its unit belongs to', () => {
    expect(nhuXuanEmulationSheets2024).toHaveLength(16);
    for (const sheet of nhuXuanEmulationSheets2024) {
      expect(groupsOfUnitAt(nhuXuanEmulationClusters2024, sheet.unit, '2024-12-31').map((group) => group.id)).toEqual([sheet.cluster]);
    }
  });

  it('awards one First and one Second per cluster, showing the table’s rules at work', () => {
    const scores = nhuXuanEmulationSheets2024.map((sheet) => scoreEmulation(nhuXuanEmulationTable2024, sheet));
    const awards = assignAwards(nhuXuanEmulationTable2024, scores);
    const byUnit = new Map(awards.map((award) => [award.unit, award]));
    expect(awards.filter((award) => award.award === 'first').map((award) => award.unit)).toEqual(['16174', '16177', '16225', '16222']);
    expect(awards.filter((award) => award.award === 'second').map((award) => award.unit)).toEqual(['16201', '16180', '16198', '16219']);
    // Cát Tân leads its cluster but is only graded good, so First goes to the next unit:
    expect(byUnit.get('16198')).toMatchObject({ rank: 1, grade: 'good', award: 'second', notes: ['in line for First but below its grade "excellent"'] });
    // Thanh Sơn and Thanh Lâm tie on 97 points; Thanh Sơn's economy points break the tie:
    expect([byUnit.get('16222')?.total.toString(), byUnit.get('16219')?.total.toString()]).toEqual(['97', '97']);
    expect([byUnit.get('16222')?.rank, byUnit.get('16219')?.rank]).toEqual([1, 2]);
    // Xuân Bình's budget attainment of 78% is under the criterion's least, so it earns no budget points:
    expect(scores.find((score) => score.unit === '16183')?.criteria[1]?.points.toString()).toBe('0');
  });
});
