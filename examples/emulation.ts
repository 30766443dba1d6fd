/**
 * The Như Xuân 2024 emulation (illustrative): the district's 16 commune-level units in four clusters,
 * scored on a points table, ranked per cluster with First and Second awards; then the district
 * roll-up of commune indicators, each with its completeness. Run with `npx tsx examples/emulation.ts`.
 */
import {
  type AggregateResult,
  type Decimal,
  aggregateOverUnits,
  assignAwards,
  awardTierLabels,
  bestObservation,
  countUnitsMeeting,
  getIndicator,
  round,
  scoreEmulation,
  toDecimal,
  unitAt,
} from 'planning-indicators';
import {
  nhuXuanCommuneCatalog as catalog,
  nhuXuanCommuneDataset2024 as communeData,
  nhuXuanCommuneMetadata,
  nhuXuanDataset2024 as districtData,
  nhuXuanEmulationClusters2024 as clusters,
  nhuXuanEmulationMetadata,
  nhuXuanEmulationSheets2024 as sheets,
  nhuXuanEmulationTable2024 as table,
  nhuXuanHierarchy as hierarchy,
} from 'planning-indicators/datasets/nhu-xuan';

const endOf2024 = '2024-12-31';
const nameOf = (code: string) => unitAt(hierarchy, code, endOf2024)?.name ?? code;
const percent = (share: Decimal) => `${round(share.times(100), 2).toString()}%`;

function completenessLine(result: AggregateResult): string {
  const { found, expected, missing, share } = result.completeness;
  const absent = missing.length === 0 ? 'none missing' : `missing: ${missing.map((code) => `${nameOf(code)} (${code})`).join(', ')}`;
  return `completeness ${String(found)}/${String(expected)} units (${percent(share)}), ${absent}`;
}

function districtValue(indicator: string): string {
  return bestObservation(districtData, { indicator, area: '402', period: '2024' })?.value.toString() ?? '–';
}

export function printEmulation(): void {
  console.log(`\n${table.name}`);
  console.log(`Dữ liệu minh họa / illustrative data: ${String(nhuXuanEmulationMetadata.illustrative && nhuXuanCommuneMetadata.illustrative)}`);
  console.log(`Thang điểm: ${table.criteria.map((criterion) => `${criterion.label} ${criterion.maxPoints.toString()}`).join('; ')}; thưởng tối đa ${table.maxBonus?.toString() ?? '0'}`);

  const scores = sheets.map((sheet) => scoreEmulation(table, sheet));
  const awards = assignAwards(table, scores);
  const gradeLabel = new Map(table.grades.map((grade) => [grade.code, grade.label]));
  for (const cluster of clusters.groups) {
    console.log(`\n${cluster.name} (${cluster.nameEn ?? cluster.id})`);
    const members = awards.filter((award) => award.cluster === cluster.id).sort((a, b) => a.rank - b.rank);
    for (const award of members) {
      const score = scores.find((candidate) => candidate.unit === award.unit);
      const adjustments = [
        score?.bonus.isZero() === false ? `+${score.bonus.toString()} thưởng` : '',
        score?.penalty.isZero() === false ? `−${score.penalty.toString()} trừ` : '',
      ].filter((text) => text !== '');
      const grade = award.grade === null ? 'không xếp loại' : (gradeLabel.get(award.grade) ?? award.grade);
      const prize = award.award === null ? '' : `  → giải ${awardTierLabels[award.award].vi} (${awardTierLabels[award.award].en})`;
      const points = `${award.total.toFixed(1).padStart(6)} điểm${adjustments.length === 0 ? '' : ` (${adjustments.join(', ')})`}`;
      console.log(`  ${String(award.rank)}. ${nameOf(award.unit).padEnd(12)} ${points}  ${grade}${prize}`);
      const tied = members.filter((other) => other !== award && other.total.eq(award.total) && other.rank > award.rank);
      for (const other of tied) console.log(`       (equal total with ${nameOf(other.unit)}; placed ahead on ${(table.tieBreak ?? []).join(', ')} points)`);
      for (const note of award.notes) console.log(`       (${note})`);
      const lowest = score?.gradeChecks.at(-1);
      if (award.grade === null && lowest !== undefined && lowest.criteriaBelowFloor.length > 0) {
        console.log(`       (no grade: ${lowest.criteriaBelowFloor.join(', ')} under the floor of grade ${lowest.grade})`);
      }
    }
  }

  console.log('\nTổng hợp từ xã lên huyện / district roll-up of commune values, 2024');
  const communes = { hierarchy, parent: '402' } as const;

  const villages = aggregateOverUnits(catalog, communeData, { indicator: 'NTM_VILLAGES_NEW', units: communes, period: '2024' });
  console.log(`  ${getIndicator(catalog, 'NTM_VILLAGES_NEW').labels.vi}: ${villages.value?.toString() ?? '–'} (${villages.rule}); district report ${districtValue('NTM_VILLAGES_NEW')}`);
  console.log(`    ${completenessLine(villages)}`);

  const standard = countUnitsMeeting(catalog, communeData, {
    indicator: 'NTM_CRITERIA_MET',
    units: { ...communes, type: 'commune' },
    period: '2024',
    condition: { comparator: 'at-least', value: 19 },
  });
  console.log(`  ${getIndicator(catalog, 'NTM_COMMUNES').labels.vi}: ${standard.value?.toString() ?? '–'} (communes with all 19 criteria met); district report ${districtValue('NTM_COMMUNES')}`);
  console.log(`    ${completenessLine(standard)}; the township Yên Cát is not assessed`);

  const poverty = aggregateOverUnits(catalog, communeData, { indicator: 'POVERTY_RATE', units: communes, period: '2024' });
  const averageOfRates = poverty.parts.reduce((total, part) => total.plus(part.value ?? 0), toDecimal(0)).div(poverty.parts.length);
  console.log(
    `  ${getIndicator(catalog, 'POVERTY_RATE').labels.vi}: ${poverty.value === null ? '–' : round(poverty.value, 2).toString()}% = ${poverty.numerator?.toString() ?? '–'} / ${poverty.denominator?.toString() ?? '–'} hộ (${poverty.rule}); the average of the communes' rates would wrongly give ${round(averageOfRates, 2).toString()}%`,
  );
  console.log(`    ${completenessLine(poverty)}`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) printEmulation();
