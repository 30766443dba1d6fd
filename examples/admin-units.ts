/**
 * Như Xuân before and after the 2025 reform (`npx tsx examples/admin-units.ts`).
 *
 * Prints the administrative tree as of 31 December 2024 and as of 1 July 2025 from the bundled data,
 * then restates an ILLUSTRATIVE commune-level series (made-up numbers, not official statistics) from
 * the 16 old units onto the 6 communes that succeeded them.
 */
import {
  type AdminUnit,
  type Hierarchy,
  type IsoDate,
  childrenOf,
  restateValues,
  rootsAt,
  vietnameseUnitTypes,
} from 'planning-indicators';
import { nhuXuanHierarchy, nhuXuanSource } from 'planning-indicators/datasets/nhu-xuan';

// Vietnamese type names ("Xã", "Huyện"...) by type identifier, for the labels of the tree.
const typeNames = new Map(Object.entries(vietnameseUnitTypes).map(([type, info]) => [type, info.name]));

function label(unit: AdminUnit): string {
  return `${typeNames.get(unit.type) ?? unit.type} ${unit.name} (${unit.code})`;
}

function printTree(hierarchy: Hierarchy, date: IsoDate): void {
  console.log(`\nNhư Xuân as of ${date}:`);
  const print = (unit: AdminUnit, depth: number): void => {
    console.log(`${'  '.repeat(depth)}${label(unit)}`);
    for (const child of childrenOf(hierarchy, unit.code, date)) print(child, depth + 1);
  };
  for (const root of rootsAt(hierarchy, date)) print(root, 0);
}

printTree(nhuXuanHierarchy, '2024-12-31');
printTree(nhuXuanHierarchy, '2025-07-01');

// ILLUSTRATIVE series: households per commune-level unit at the end of 2024 (made-up numbers).
const households: Record<string, number> = {
  '16174': 2950, '16177': 1780, '16180': 1210, '16183': 1460, '16186': 1630, '16195': 820,
  '16198': 760, '16201': 1150, '16204': 990, '16207': 700, '16210': 640, '16213': 880,
  '16216': 910, '16219': 570, '16222': 830, '16225': 1040,
};
// ILLUSTRATIVE series: poor households (numerator) over all households (denominator).
const poorShare = Object.fromEntries(
  Object.entries(households).map(([code, all], i) => [code, { numerator: Math.round(all * (0.04 + (i % 5) * 0.01)), denominator: all }]),
);

console.log('\nILLUSTRATIVE data (not official statistics), restated from 2024-12-31 onto the communes of 2025-07-01:');
const sums = restateValues(nhuXuanHierarchy, { rule: 'sum', from: '2024-12-31', to: '2025-07-01', values: households });
const ratios = restateValues(nhuXuanHierarchy, { rule: 'ratio', from: '2024-12-31', to: '2025-07-01', values: poorShare });
console.log('code   commune        households  poor share  built from');
for (const row of sums) {
  const ratio = ratios.find((candidate) => candidate.code === row.code);
  const share = ratio === undefined ? '' : `${ratio.value.times(100).toFixed(2)}%`;
  const sources = row.sources.map((source) => source.code).join(' + ');
  console.log(`${row.code}  ${row.unit.name.padEnd(13)}  ${row.value.toString().padStart(10)}  ${share.padStart(10)}  ${sources}`);
}
console.log(`\nSources: ${nhuXuanSource.documents.join('; ')}.`);
