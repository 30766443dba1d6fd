import { describe, expect, it } from 'vitest';
import {
  type AdminUnitInput,
  type UnitGroupSetInput,
  buildHierarchy,
  childrenOf,
  groupMembersAt,
  groupsOfUnitAt,
  parseUnitGroupSet,
  unitAt,
  validateUnitGroupSet,
} from '../../src/index.js';
import { nhuXuanHierarchy } from '../../src/datasets/nhu-xuan/index.js';
import { issueLines, thrown } from './helpers.js';

// Thanh Hóa's emulation cluster 3 (cụm thi đua số 3): the 11 mountainous districts, Như Xuân among
// them (Thanh Hóa television, report on the cluster's 2023 review, 26 January 2024). District codes
// from the GSO list of 01/03/2025.
const cluster3: readonly [string, string][] = [
  ['384', 'Mường Lát'],
  ['385', 'Quan Hóa'],
  ['386', 'Bá Thước'],
  ['387', 'Quan Sơn'],
  ['388', 'Lang Chánh'],
  ['389', 'Ngọc Lặc'],
  ['390', 'Cẩm Thủy'],
  ['391', 'Thạch Thành'],
  ['396', 'Thường Xuân'],
  ['402', 'Như Xuân'],
  ['403', 'Như Thanh'],
];
const thanhHoa = buildHierarchy([
  { code: '38', name: 'Thanh Hóa', type: 'province', level: 'province' },
  ...cluster3.map(
    ([code, name]): AdminUnitInput => ({ code, name, type: 'rural-district', level: 'district', parent: '38', validTo: '2025-06-30' }),
  ),
  { code: '380', name: 'Thanh Hóa', type: 'provincial-city', level: 'district', parent: '38', validTo: '2025-06-30' },
]);

const provinceClusters: UnitGroupSetInput = {
  id: 'thanh-hoa-district-clusters',
  name: 'Cụm thi đua các huyện, thị xã, thành phố',
  exclusive: true,
  validFrom: '2024-01-01',
  validTo: '2024-12-31',
  groups: [
    { id: '3', name: 'Cụm thi đua số 3', nameEn: 'Emulation cluster 3', members: cluster3.map(([code]) => code) },
    { id: '1', name: 'Cụm thi đua số 1', members: ['380'] },
  ],
};

describe('unit groups', () => {
  it('parses a group set and answers members and groups by date', () => {
    const clusters = parseUnitGroupSet(thanhHoa, provinceClusters);
    expect(Object.isFrozen(clusters.groups[0]?.members)).toBe(true);
    expect(groupMembersAt(thanhHoa, clusters, '3', '2024-06-30').map((unit) => unit.name)).toContain('Như Xuân');
    expect(groupMembersAt(thanhHoa, clusters, '3', '2024-06-30')).toHaveLength(11);
    expect(groupsOfUnitAt(clusters, '402', '2024-06-30').map((group) => group.name)).toEqual(['Cụm thi đua số 3']);
    expect(groupsOfUnitAt(clusters, '402', '2023-12-31')).toEqual([]);
    expect(groupMembersAt(thanhHoa, clusters, '3', '2025-01-01')).toEqual([]);
  });

  it('leaves out members whose code names no unit on the date', () => {
    const open = parseUnitGroupSet(thanhHoa, { ...provinceClusters, validFrom: undefined, validTo: undefined });
    expect(groupMembersAt(thanhHoa, open, '3', '2025-07-01')).toEqual([]);
    expect(groupMembersAt(thanhHoa, open, '1', '2025-06-30').map((unit) => unit.code)).toEqual(['380']);
  });

  it('names the units that are in two groups of an exclusive set', () => {
    const twice: UnitGroupSetInput = {
      ...provinceClusters,
      groups: [...provinceClusters.groups, { id: '4', name: 'Cụm 4', members: ['403', '380'], validFrom: '2024-07-01' }],
    };
    expect(issueLines(validateUnitGroupSet(thanhHoa, twice))).toEqual([
      'groups[2].members[0]: unit 403 (Như Thanh) is in groups 3 and 4 from 2024-07-01 to 2024-12-31; set thanh-hoa-district-clusters allows a unit in one group at most',
      'groups[2].members[1]: unit 380 (Thanh Hóa) is in groups 1 and 4 from 2024-07-01 to 2024-12-31; set thanh-hoa-district-clusters allows a unit in one group at most',
    ]);
    const error = thrown(() => parseUnitGroupSet(thanhHoa, twice));
    expect(error.code).toBe('invalid-hierarchy');
    expect(error.message).toMatch(/^group set thanh-hoa-district-clusters breaks 2 rules\n/);
    expect(validateUnitGroupSet(thanhHoa, { ...twice, exclusive: false })).toEqual([]);
  });

  it('names the units of the covered level that are in no group', () => {
    const communes = childrenOf(nhuXuanHierarchy, '402', '2024-12-31').map((unit) => unit.code);
    const north = { id: 'north', name: 'Cụm 1', members: communes.slice(0, 8) };
    const clusters: UnitGroupSetInput = {
      id: 'nhu-xuan-clusters',
      name: 'Cụm thi đua (minh họa)',
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
      coverage: { level: 'commune', under: '402' },
      groups: [north, { id: 'south', name: 'Cụm 2', members: communes.slice(8, 15), validTo: '2024-06-30' }],
    };
    expect(issueLines(validateUnitGroupSet(nhuXuanHierarchy, clusters))).toEqual([
      'coverage: unit 16204 (Bình Lương) at level commune is in no group of set nhu-xuan-clusters from 2024-07-01 to 2024-12-31; every commune under 402 must be in a group while the set exists',
      'coverage: unit 16207 (Thanh Quân) at level commune is in no group of set nhu-xuan-clusters from 2024-07-01 to 2024-12-31; every commune under 402 must be in a group while the set exists',
      'coverage: unit 16210 (Thanh Xuân) at level commune is in no group of set nhu-xuan-clusters from 2024-07-01 to 2024-12-31; every commune under 402 must be in a group while the set exists',
      'coverage: unit 16213 (Thanh Hòa) at level commune is in no group of set nhu-xuan-clusters from 2024-07-01 to 2024-12-31; every commune under 402 must be in a group while the set exists',
      'coverage: unit 16216 (Thanh Phong) at level commune is in no group of set nhu-xuan-clusters from 2024-07-01 to 2024-12-31; every commune under 402 must be in a group while the set exists',
      'coverage: unit 16219 (Thanh Lâm) at level commune is in no group of set nhu-xuan-clusters from 2024-07-01 to 2024-12-31; every commune under 402 must be in a group while the set exists',
      'coverage: unit 16222 (Thanh Sơn) at level commune is in no group of set nhu-xuan-clusters from 2024-07-01 to 2024-12-31; every commune under 402 must be in a group while the set exists',
      'coverage: unit 16225 (Thượng Ninh) at level commune is in no group of set nhu-xuan-clusters from 2024-01-01 to 2024-12-31; every commune under 402 must be in a group while the set exists',
    ]);
    const complete = { ...clusters, groups: [north, { id: 'south', name: 'Cụm 2', members: communes.slice(8) }] };
    expect(validateUnitGroupSet(nhuXuanHierarchy, complete)).toEqual([]);
    // Members are codes resolved on the date asked. The 2025 communes carry the codes of the units
    // that held their seats, so an open-ended set that lists those codes covers the new communes too:
    const wholeOpen = { ...complete, validTo: undefined, coverage: { level: 'commune' } };
    expect(validateUnitGroupSet(nhuXuanHierarchy, wholeOpen)).toEqual([]);
    // Ending the membership of those codes with the reform leaves the new communes uncovered:
    const closed = communes.filter((code) => unitAt(nhuXuanHierarchy, code, '2025-07-01') === undefined);
    const kept = communes.filter((code) => !closed.includes(code));
    const ended = {
      ...wholeOpen,
      groups: [
        { id: 'closed', name: 'Closed codes', members: closed },
        { id: 'kept', name: 'Kept codes', members: kept, validTo: '2025-06-30' },
      ],
    };
    expect(issueLines(validateUnitGroupSet(nhuXuanHierarchy, ended)).map((line) => line.slice(0, 120))).toEqual(
      ['16174 (Như Xuân)', '16177 (Xuân Bình)', '16186 (Hóa Quỳ)', '16213 (Thanh Phong)', '16222 (Thanh Quân)', '16225 (Thượng Ninh)'].map(
        (unit) => `coverage: unit ${unit} at level commune is in no group of set nhu-xuan-clusters from 2025-07-01 to (open); every`.slice(0, 120),
      ),
    );
  });

  it('checks ids, member codes, group validity and the coverage settings', () => {
    const broken: UnitGroupSetInput = {
      id: 'broken',
      name: 'Broken',
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
      coverage: { level: 'hamlet' },
      groups: [
        { id: 'a', name: 'A', members: ['402', '402', '999'] },
        { id: 'a', name: 'A again', members: [], validFrom: '2023-01-01' },
      ],
    };
    expect(issueLines(validateUnitGroupSet(thanhHoa, broken))).toEqual([
      'groups[0].members[1]: unit 402 is listed twice in group a',
      'groups[0].members[2]: member 999 of group a names no unit from 2024-01-01 to 2024-12-31, while the group exists',
      'groups[1].id: group id a is already used by groups[0]; ids must be unique in a set',
      "groups[1]: group a is valid from 2023-01-01 to 2024-12-31, outside the set's validity from 2024-01-01 to 2024-12-31",
      'coverage.level: unknown level "hamlet"; expected one of province, district, commune, village',
    ]);
    expect(issueLines(validateUnitGroupSet(thanhHoa, { ...broken, groups: [], coverage: { level: 'district', under: '16174' } }))).toEqual([
      'coverage.under: coverage.under 16174 names no unit while the set exists',
    ]);
    expect(issueLines(validateUnitGroupSet(thanhHoa, { ...broken, groups: [], validFrom: '2025-01-01' }))).toEqual([
      'validTo: the set ends on 2024-12-31, before it starts on 2025-01-01',
    ]);
  });

  it('reports malformed group sets with their paths', () => {
    const input = { id: 'x', name: 'X', exclusive: 'yes', groups: [{ id: '', name: 'A', members: [1] }] } as unknown as UnitGroupSetInput;
    expect(issueLines(validateUnitGroupSet(thanhHoa, input)).map((line) => line.split(':')[0])).toEqual([
      'exclusive',
      'groups[0].id',
      'groups[0].members[0]',
    ]);
    const error = thrown(() => parseUnitGroupSet(thanhHoa, input));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^invalid group set: 3 problems\n/);
  });

  it('reports an unknown group id and a malformed date', () => {
    const clusters = parseUnitGroupSet(thanhHoa, provinceClusters);
    expect(() => groupMembersAt(thanhHoa, clusters, '2', '2024-06-30')).toThrow(
      'group set thanh-hoa-district-clusters has no group 2; its groups are 3, 1',
    );
    expect(thrown(() => groupMembersAt(thanhHoa, clusters, '2', '2024-06-30')).code).toBe('not-found');
    expect(() => groupsOfUnitAt(clusters, '402', '30/06/2024')).toThrow(/date must be a calendar date/);
  });
});
