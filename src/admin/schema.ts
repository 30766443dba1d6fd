import * as z from 'zod/mini';
import { decimalSchema, maxCodeLength, maxNameLength } from '../numeric/index.js';
import { isIsoDate, isoDateSchema } from '../period/index.js';

/**
 * The unit types of Vietnam's administrative divisions, before and after the 2025 reform, plus the
 * two kinds of sub-commune settlement. Identifiers are English, in kebab case; the Vietnamese names
 * are in {@link vietnameseUnitTypes}.
 *
 * Source: GSO administrative-unit list (types `Tỉnh | Thành phố Trung ương`, `Huyện | Quận | Thị xã |
 * Thành phố`, `Xã | Phường | Thị trấn`), Decision 19/2025/QĐ-TTg (adds `Đặc khu`, special zone).
 *
 * @example
 * // Như Xuân was a rural district until 30 June 2025:
 * const type: VietnameseUnitType = 'rural-district';
 * vietnameseUnitTypes[type].name;
 * //=> 'Huyện'
 */
export type VietnameseUnitType =
  | 'province'
  | 'centrally-run-city'
  | 'rural-district'
  | 'urban-district'
  | 'town'
  | 'provincial-city'
  | 'commune'
  | 'ward'
  | 'township'
  | 'special-zone'
  | 'village'
  | 'residential-group';

/**
 * The type of an administrative unit: one of the {@link VietnameseUnitType} identifiers, or any other
 * non-empty identifier for another country's divisions (`'county'`, `'municipality'`...).
 *
 * @example
 * // Vietnamese and other types are both accepted:
 * const types: AdminUnitType[] = ['commune', 'county'];
 * types.length;
 * //=> 2
 */
export type AdminUnitType = VietnameseUnitType | (string & Record<never, never>);

/**
 * What the library knows about a Vietnamese unit type: its Vietnamese and English names and the level
 * it sits at.
 *
 * @example
 * // A township is a commune-level unit:
 * const township: UnitTypeInfo = vietnameseUnitTypes.township;
 * township.level;
 * //=> 'commune'
 */
export interface UnitTypeInfo {
  /** The Vietnamese name, as used as a prefix in official names (`'Thị trấn'`). */
  readonly name: string;
  /** The English name used by the GSO and in translations (`'township'`). */
  readonly nameEn: string;
  /** The level of {@link vietnameseAdminLevels} at which units of this type sit. */
  readonly level: string;
}

/**
 * The Vietnamese unit types with their names and levels. Before 1 July 2025 Vietnam had three
 * administrative levels (province, district, commune); from that date it has two (province, commune).
 * Villages (*thôn, bản, làng, ấp...*) and residential groups (*tổ dân phố, khu phố...*) are not
 * administrative units but planning data is kept for them, so they are a fourth level here.
 *
 * Sources: GSO administrative-unit list of 01/03/2025; Decision 19/2025/QĐ-TTg; Law on the Organisation
 * of Local Government 72/2025/QH15 (two-tier local government from 2025-07-01).
 *
 * @example
 * // The Vietnamese name of a ward:
 * vietnameseUnitTypes.ward.name;
 * //=> 'Phường'
 */
export const vietnameseUnitTypes: Readonly<Record<VietnameseUnitType, UnitTypeInfo>> = Object.freeze({
  province: { name: 'Tỉnh', nameEn: 'province', level: 'province' },
  'centrally-run-city': { name: 'Thành phố trực thuộc Trung ương', nameEn: 'centrally-run city', level: 'province' },
  'rural-district': { name: 'Huyện', nameEn: 'rural district', level: 'district' },
  'urban-district': { name: 'Quận', nameEn: 'urban district', level: 'district' },
  town: { name: 'Thị xã', nameEn: 'town', level: 'district' },
  'provincial-city': { name: 'Thành phố thuộc tỉnh', nameEn: 'provincial city', level: 'district' },
  commune: { name: 'Xã', nameEn: 'commune', level: 'commune' },
  ward: { name: 'Phường', nameEn: 'ward', level: 'commune' },
  township: { name: 'Thị trấn', nameEn: 'township', level: 'commune' },
  'special-zone': { name: 'Đặc khu', nameEn: 'special zone', level: 'commune' },
  village: { name: 'Thôn', nameEn: 'village', level: 'village' },
  'residential-group': { name: 'Tổ dân phố', nameEn: 'residential group', level: 'village' },
});

/**
 * The levels of Vietnam's hierarchy, root first: province, district, commune, village. The default
 * `levels` of {@link buildHierarchy}. A hierarchy may use any named levels of any depth; a child must
 * sit at a level below its parent's, but may skip levels (since 1 July 2025 a commune's parent is its
 * province).
 *
 * @example
 * // Four levels, the root first:
 * vietnameseAdminLevels.join(' > ');
 * //=> 'province > district > commune > village'
 */
export const vietnameseAdminLevels: readonly string[] = Object.freeze(['province', 'district', 'commune', 'village']);

const trimmedTextPattern = /^\S(?:[\s\S]*\S)?$/;

const codeSchema = z
  .string()
  .check(
    z.maxLength(maxCodeLength),
    z.regex(trimmedTextPattern, { error: 'expected a code: non-empty text without surrounding spaces, such as "16174"' }),
  );

const nameSchema = z
  .string()
  .check(z.maxLength(maxNameLength), z.regex(trimmedTextPattern, { error: 'expected a name: non-empty text without surrounding spaces' }));

const unitTypeSchema = z.custom<AdminUnitType>(
  (value) => typeof value === 'string' && value.length <= maxCodeLength && trimmedTextPattern.test(value),
  { error: `expected a unit type such as "commune", "ward" or "rural-district" (any non-empty identifier of at most ${String(maxCodeLength)} characters)` },
);

const attributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * The zod schema of an {@link AdminUnit}: one version of an administrative unit, valid over a span of
 * dates. Parse untrusted data with {@link buildHierarchy} or {@link validateHierarchy}, which apply it
 * to every unit and then check the units against each other.
 *
 * @example
 * // Check one record read from JSON:
 * z.safeParse(adminUnitSchema, { code: '16174', name: 'Yên Cát', type: 'township', level: 'commune' }).success;
 * //=> true
 */
export const adminUnitSchema = z.readonly(
  z.object({
    /** The unit's code (GSO code in Vietnam: 2 digits for a province, 3 for a district, 5 for a commune). A code names one unit at a time, but may name different units at different dates. */
    code: codeSchema,
    /** The official name, in the national language, without the type prefix (`'Yên Cát'`, not `'Thị trấn Yên Cát'`). */
    name: nameSchema,
    /** An English name, if one is used (`'Thanh Hoa'`). */
    nameEn: z.optional(nameSchema),
    /** The unit type: a {@link VietnameseUnitType} or another country's identifier. */
    type: unitTypeSchema,
    /** The name of the unit's level, one of the hierarchy's `levels` (`'commune'`). */
    level: nameSchema,
    /** The code of the parent unit, resolved at each date of this unit's validity; absent for a root. */
    parent: z.optional(codeSchema),
    /** The first day on which this version is valid (inclusive); absent when open to the past. */
    validFrom: z.optional(isoDateSchema),
    /** The last day on which this version is valid (inclusive); absent while it is still valid. */
    validTo: z.optional(isoDateSchema),
    /** Any further attributes (population, area, seat...), as JSON scalars. */
    attributes: z.optional(z.readonly(z.record(z.string(), attributeValueSchema))),
  }),
);

/**
 * One version of an administrative unit: code, names, type, level, parent and validity. A unit's
 * identity is its code together with its `validFrom`: when a merged commune keeps the code of the unit
 * that held its seat under a new name, the code gets a second version.
 *
 * @example
 * // Code 16174 before the 2025 reform:
 * const yenCat: AdminUnit = {
 *   code: '16174', name: 'Yên Cát', type: 'township', level: 'commune', parent: '402', validTo: '2025-06-30',
 * };
 * yenCat.name;
 * //=> 'Yên Cát'
 *
 * @interface
 */
export type AdminUnit = z.output<typeof adminUnitSchema>;

/**
 * An {@link AdminUnit} as accepted by the parsers (the same fields; nothing is converted).
 *
 * @example
 * // A province with an open validity:
 * const thanhHoa: AdminUnitInput = { code: '38', name: 'Thanh Hóa', type: 'province', level: 'province' };
 * thanhHoa.code;
 * //=> '38'
 *
 * @interface
 */
export type AdminUnitInput = z.input<typeof adminUnitSchema>;

const successionCommon = {
  /** The first day of the new state: successors are valid from this day, predecessors until the day before. */
  date: isoDateSchema,
  /** The legal act behind the change, with its clause (`'Resolution 1686/NQ-UBTVQH15, clause 112'`). */
  legalBasis: nameSchema,
  /** A free-text remark. */
  note: z.optional(z.string()),
};

const mergeSuccessionSchema = z.readonly(
  z.object({
    /** A merge: several units become one. */
    kind: z.literal('merge'),
    ...successionCommon,
    /** The codes of the merged units, valid the day before `date`. */
    from: z.readonly(z.array(codeSchema).check(z.minLength(1, { error: 'a merge needs at least one unit in from' }))),
    /** The code of the resulting unit, valid from `date`. */
    to: codeSchema,
  }),
);

/**
 * A merge: the units `from` are joined into the unit `to` from `date`. The resulting unit often keeps
 * the code of the unit that held the seat (Decision 124/2004/QĐ-TTg and Decision 19/2025/QĐ-TTg, code
 * rules), so `to` may also appear in `from`. A unit that only changes its code is a merge of one unit.
 *
 * @example
 * // Clause 112 of Resolution 1686/NQ-UBTVQH15: three communes become Xuân Bình, under Bãi Trành's code.
 * const clause112: MergeSuccession = {
 *   kind: 'merge', date: '2025-07-01', from: ['16177', '16180', '16183'], to: '16177',
 *   legalBasis: 'Resolution 1686/NQ-UBTVQH15, clause 112',
 * };
 * clause112.from.length;
 * //=> 3
 *
 * @interface
 */
export type MergeSuccession = z.output<typeof mergeSuccessionSchema>;

const splitShareSchema = z.readonly(
  z.object({
    /** The code of a unit that receives part of the divided unit (valid from the succession's date). */
    code: codeSchema,
    /** The share of the divided unit that goes to this unit (0 to 1; by population, area or another key), if known. */
    weight: z.optional(decimalSchema),
  }),
);

const splitSuccessionSchema = z.readonly(
  z.object({
    /** A split: one unit is divided among several. */
    kind: z.literal('split'),
    ...successionCommon,
    /** The code of the divided unit, valid the day before `date`. */
    from: codeSchema,
    /** The receiving units, each with its share of the divided unit if known. */
    to: z.readonly(
      z.array(splitShareSchema).check(z.minLength(2, { error: 'a split needs at least two receiving units in to' })),
    ),
  }),
);

/**
 * A split: the unit `from` is divided among the units `to` from `date`, each receiving a `weight` (its
 * share, by population, area or another key). Shares are optional in the data, but restating values
 * across the split needs them; when every share is given they must add up to 1. The part that keeps
 * the seat keeps the code, so `from` may appear in `to`.
 *
 * @example
 * // A commune divided 60/40 by population; the larger part keeps the code:
 * const split: SplitSuccession = {
 *   kind: 'split', date: '2020-01-01', from: '10001', legalBasis: 'Resolution 1/2019',
 *   to: [{ code: '10001', weight: new Decimal('0.6') }, { code: '10002', weight: new Decimal('0.4') }],
 * };
 * split.to.map((part) => part.code);
 * //=> ['10001', '10002']
 *
 * @interface
 */
export type SplitSuccession = z.output<typeof splitSuccessionSchema>;

const renameSuccessionSchema = z.readonly(
  z.object({
    /** A rename (or reclassification): the code stays, a new version starts on `date`. */
    kind: z.literal('rename'),
    ...successionCommon,
    /** The code of the renamed unit. */
    code: codeSchema,
  }),
);

/**
 * A rename or reclassification (a commune that becomes a ward): the code stays, and a new version of
 * the unit, with the new name or type, starts on `date` (Decision 124/2004/QĐ-TTg: a rename keeps the
 * code).
 *
 * @example
 * // A commune renamed on 1 January 2020:
 * const rename: RenameSuccession = { kind: 'rename', date: '2020-01-01', code: '10001', legalBasis: 'Resolution 2/2019' };
 * rename.code;
 * //=> '10001'
 *
 * @interface
 */
export type RenameSuccession = z.output<typeof renameSuccessionSchema>;

const changeParentSuccessionSchema = z.readonly(
  z.object({
    /** A change of parent: the code stays, a new version with another parent starts on `date`. */
    kind: z.literal('change-parent'),
    ...successionCommon,
    /** The code of the unit that moves. */
    code: codeSchema,
  }),
);

/**
 * A change of parent: the unit keeps its code and territory, and a new version of it, under another
 * parent, starts on `date`.
 *
 * @example
 * // A commune moved to another district:
 * const move: ChangeParentSuccession = {
 *   kind: 'change-parent', date: '2020-01-01', code: '10001', legalBasis: 'Resolution 3/2019',
 * };
 * move.kind;
 * //=> 'change-parent'
 *
 * @interface
 */
export type ChangeParentSuccession = z.output<typeof changeParentSuccessionSchema>;

const abolishLevelSuccessionSchema = z.readonly(
  z.object({
    /** The abolition of a whole level: its units end the day before `date`. */
    kind: z.literal('abolish-level'),
    ...successionCommon,
    /** The name of the abolished level (`'district'`). */
    level: nameSchema,
  }),
);

/**
 * The abolition of a whole level: every unit of `level` ends the day before `date`, and their children
 * continue under other parents. Values kept for the abolished units have no successor.
 *
 * @example
 * // Vietnam's district level ends with the 2025 reform:
 * const abolition: AbolishLevelSuccession = {
 *   kind: 'abolish-level', date: '2025-07-01', level: 'district',
 *   legalBasis: 'Law on the Organisation of Local Government 72/2025/QH15',
 * };
 * abolition.level;
 * //=> 'district'
 *
 * @interface
 */
export type AbolishLevelSuccession = z.output<typeof abolishLevelSuccessionSchema>;

/**
 * The zod schema of a {@link Succession}: one dated, legally based change of the hierarchy, of five
 * kinds ({@link MergeSuccession}, {@link SplitSuccession}, {@link RenameSuccession},
 * {@link ChangeParentSuccession}, {@link AbolishLevelSuccession}). A territory that moves in parts to
 * several units is written as splits and merges on the same date.
 *
 * @example
 * // Clause 112 of Resolution 1686/NQ-UBTVQH15:
 * z.safeParse(successionSchema, {
 *   kind: 'merge', date: '2025-07-01', from: ['16177', '16180', '16183'], to: '16177',
 *   legalBasis: 'Resolution 1686/NQ-UBTVQH15, clause 112',
 * }).success;
 * //=> true
 */
export const successionSchema = z.discriminatedUnion('kind', [
  mergeSuccessionSchema,
  splitSuccessionSchema,
  renameSuccessionSchema,
  changeParentSuccessionSchema,
  abolishLevelSuccessionSchema,
]);

/**
 * A dated change of the hierarchy that cites its legal basis: a merge, a split, a rename, a change of
 * parent or the abolition of a level. Switch on `kind`.
 *
 * @example
 * // The district level ends with the 2025 reform:
 * const abolition: Succession = {
 *   kind: 'abolish-level', date: '2025-07-01', level: 'district',
 *   legalBasis: 'Law on the Organisation of Local Government 72/2025/QH15',
 * };
 * abolition.kind;
 * //=> 'abolish-level'
 */
export type Succession =
  | MergeSuccession
  | SplitSuccession
  | RenameSuccession
  | ChangeParentSuccession
  | AbolishLevelSuccession;

/**
 * A {@link Succession} as accepted by the parsers: split weights may be numbers, strings or Decimals.
 *
 * @example
 * // A split with shares by population:
 * const split: SuccessionInput = {
 *   kind: 'split', date: '2020-01-01', from: 'A', legalBasis: 'Decision 1/2019',
 *   to: [{ code: 'A', weight: 0.6 }, { code: 'B', weight: '0.4' }],
 * };
 * split.kind;
 * //=> 'split'
 */
export type SuccessionInput = z.input<typeof successionSchema>;

/** Internal (not exported by the domain): one group of a set, parsed on its own when its set does not parse. */
export const unitGroupSchema = z.readonly(
  z.object({
    /** The group's identifier, unique within its set (`'cluster-3'`). */
    id: codeSchema,
    /** The group's name (`'Cụm thi đua số 3'`). */
    name: nameSchema,
    /** An English name, if one is used (`'Emulation cluster 3'`). */
    nameEn: z.optional(nameSchema),
    /** The codes of the member units; each is resolved at the date asked. */
    members: z.readonly(z.array(codeSchema)),
    /** The first day of the group (inclusive); absent to follow the set. */
    validFrom: z.optional(isoDateSchema),
    /** The last day of the group (inclusive); absent to follow the set. */
    validTo: z.optional(isoDateSchema),
  }),
);

/**
 * One group of a {@link UnitGroupSet}: an emulation cluster, a programme area, a statistical region.
 *
 * @example
 * // A cluster of two communes:
 * const cluster: UnitGroup = { id: 'c1', name: 'Cụm 1', members: ['16177', '16180'] };
 * cluster.members.length;
 * //=> 2
 *
 * @interface
 */
export type UnitGroup = z.output<typeof unitGroupSchema>;

/**
 * The zod schema of a {@link UnitGroupSet}. {@link parseUnitGroupSet} applies it and then checks the
 * set against a hierarchy.
 *
 * @example
 * // A set with one group:
 * z.safeParse(unitGroupSetSchema, { id: 's', name: 'Clusters', groups: [{ id: 'c1', name: 'Cụm 1', members: [] }] })
 *   .success;
 * //=> true
 */
export const unitGroupSetSchema = z.readonly(
  z.object({
    /** The set's identifier (`'district-emulation-clusters'`). */
    id: codeSchema,
    /** The set's name (`'Cụm thi đua cấp huyện'`). */
    name: nameSchema,
    /** An English name, if one is used. */
    nameEn: z.optional(nameSchema),
    /** The first day of the set (inclusive); absent when open to the past. */
    validFrom: z.optional(isoDateSchema),
    /** The last day of the set (inclusive); absent while it is still in use. */
    validTo: z.optional(isoDateSchema),
    /** When true, a unit may belong to at most one group of the set at any date. */
    exclusive: z.optional(z.boolean()),
    /** When given, every unit of `level` (below `under`, if given) must belong to a group whenever it and the set exist. */
    coverage: z.optional(
      z.readonly(
        z.object({
          /** The level whose units must all be covered (`'commune'`). */
          level: nameSchema,
          /** The code of a unit whose descendants of `level` must be covered; absent for the whole hierarchy. */
          under: z.optional(codeSchema),
        }),
      ),
    ),
    /** The groups of the set. */
    groups: z.readonly(z.array(unitGroupSchema)),
  }),
);

/**
 * A named set of unit groups with validity dates, such as the emulation clusters (*cụm thi đua*) of a
 * district or a province. A set can require that a unit be in at most one group (`exclusive`) and that
 * every unit of a level be in one (`coverage`), as DHIS2 organisation-unit group sets do (DHIS2
 * documentation, "About organisation units": exclusive and compulsory group sets).
 *
 * @example
 * // Thanh Hóa's emulation cluster 3 of mountainous districts (two of its eleven members shown):
 * const clusters: UnitGroupSet = {
 *   id: 'thanh-hoa-clusters', name: 'Cụm thi đua', exclusive: true,
 *   groups: [{ id: '3', name: 'Cụm thi đua số 3', members: ['402', '403'] }],
 * };
 * clusters.groups[0]?.members;
 * //=> ['402', '403']
 *
 * @interface
 */
export type UnitGroupSet = z.output<typeof unitGroupSetSchema>;

/**
 * A {@link UnitGroupSet} as accepted by {@link parseUnitGroupSet}.
 *
 * @example
 * // The smallest valid set:
 * const empty: UnitGroupSetInput = { id: 'none', name: 'No groups', groups: [] };
 * empty.groups.length;
 * //=> 0
 */
export type UnitGroupSetInput = z.input<typeof unitGroupSetSchema>;

/** Tells whether a text passes {@link trimmedTextPattern}; ends in printable ASCII are decided without the regex. */
function isTrimmedText(value: string): boolean {
  const length = value.length;
  if (length === 0) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(length - 1);
  // 33–126 are printable ASCII other than the space: never \s, so the pattern holds (its middle takes anything).
  if (first > 32 && first < 127 && last > 32 && last < 127) return true;
  return trimmedTextPattern.test(value);
}

/** A code, a type or a parent as codeSchema and unitTypeSchema read it. */
function isPlainCode(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxCodeLength && isTrimmedText(value);
}

/** A name, an English name or a level as nameSchema reads it. */
function isPlainName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxNameLength && isTrimmedText(value);
}

type MutableUnit = { -readonly [K in keyof AdminUnit]: AdminUnit[K] };

/** Marks an optional field that a record does not list. */
const absent: object = {};

/**
 * @internal A unit record read without zod when it is plainly valid: a plain object whose enumerable
 * fields are all among the schema's text and date fields (no attributes, no unknown or undefined
 * fields), each passing the very length, pattern or date check the schema applies. The result is
 * what {@link adminUnitSchema} gives for it, frozen, with the schema's key order; undefined means
 * "ask the schema" (the record may still be valid).
 */
export function readPlainUnit(record: unknown): AdminUnit | undefined {
  if (typeof record !== 'object' || record === null || Object.getPrototypeOf(record) !== Object.prototype) return undefined;
  const fields = record as Partial<Record<string, unknown>>;
  // Optional fields start absent; a listed field holding undefined then fails its check below.
  let code: unknown, name: unknown, type: unknown, level: unknown;
  let nameEn: unknown = absent, parent: unknown = absent, validFrom: unknown = absent, validTo: unknown = absent;
  // Values are read only for the keys the record lists, so an inherited or hidden field is the schema's to judge.
  for (const key in fields) {
    switch (key) {
      case 'code': code = fields.code; break;
      case 'name': name = fields.name; break;
      case 'nameEn': nameEn = fields.nameEn; break;
      case 'type': type = fields.type; break;
      case 'level': level = fields.level; break;
      case 'parent': parent = fields.parent; break;
      case 'validFrom': validFrom = fields.validFrom; break;
      case 'validTo': validTo = fields.validTo; break;
      default: return undefined;
    }
  }
  if (!isPlainCode(code) || !isPlainName(name) || !isPlainCode(type) || !isPlainName(level)) return undefined;
  // The usual shapes (no English name, no end) are made whole by one literal, which allocates the
  // object at its final size instead of growing it a property at a time.
  if (nameEn === absent && validTo === absent) {
    if (parent === absent) {
      if (validFrom === absent) return Object.freeze({ code, name, type, level });
      return isIsoDate(validFrom) ? Object.freeze({ code, name, type, level, validFrom }) : undefined;
    }
    if (!isPlainCode(parent)) return undefined;
    if (validFrom === absent) return Object.freeze({ code, name, type, level, parent });
    return isIsoDate(validFrom) ? Object.freeze({ code, name, type, level, parent, validFrom }) : undefined;
  }
  // The schema's key order, for an object equal to its output; every record of one shape gets one hidden class.
  const unit = { code, name } as MutableUnit;
  if (nameEn !== absent) {
    if (!isPlainName(nameEn)) return undefined;
    unit.nameEn = nameEn;
  }
  unit.type = type;
  unit.level = level;
  if (parent !== absent) {
    if (!isPlainCode(parent)) return undefined;
    unit.parent = parent;
  }
  if (validFrom !== absent) {
    if (!isIsoDate(validFrom)) return undefined;
    unit.validFrom = validFrom;
  }
  if (validTo !== absent) {
    if (!isIsoDate(validTo)) return undefined;
    unit.validTo = validTo;
  }
  return Object.freeze(unit);
}
