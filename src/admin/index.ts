/*
 * Administrative units: dated unit versions in a hierarchy of named levels, its successions (merges,
 * splits, renames, changes of parent, abolished levels), restatement of values onto later units,
 * Vietnamese name matching, and groups of units such as emulation clusters.
 */
export {
  type AdminUnit,
  type AdminUnitInput,
  type AdminUnitType,
  type VietnameseUnitType,
  type UnitTypeInfo,
  type MergeSuccession,
  type SplitSuccession,
  type RenameSuccession,
  type ChangeParentSuccession,
  type AbolishLevelSuccession,
  type Succession,
  type SuccessionInput,
  type UnitGroup,
  type UnitGroupSet,
  type UnitGroupSetInput,
  adminUnitSchema,
  successionSchema,
  unitGroupSetSchema,
  vietnameseAdminLevels,
  vietnameseUnitTypes,
} from './schema.js';
export { type Hierarchy } from './model.js';
export { type HierarchyOptions, buildHierarchy, hierarchyAsOf, validateHierarchy } from './hierarchy.js';
export {
  type UnitFilter,
  type UnitSpan,
  ancestorsOf,
  childrenDuring,
  childrenOf,
  descendantsDuring,
  descendantsOf,
  leavesOf,
  parentOf,
  pathOf,
  rootsAt,
  unitAt,
  unitLookupAt,
  unitsAt,
  unitsOfCodes,
  versionsOf,
} from './queries.js';
export {
  type RatioParts,
  type RestateRatioRequest,
  type RestateRequest,
  type RestateSumRequest,
  type RestatedValue,
  type RestatementSource,
  type SuccessionLink,
  type ValuesByCode,
  predecessorsOf,
  restateValues,
  successorsOf,
} from './successions.js';
export { type NameFilter, type NameLookup, findUnitByName, findUnitsByName, normalizeVietnameseName } from './names.js';
export { groupMembersAt, groupsOfUnitAt, parseUnitGroupSet, validateUnitGroupSet } from './groups.js';
