/*
 * Internal: reading and checking the fields of observations from text, shared by every import. Each
 * reader remembers its answers per distinct text (codes, periods and units repeat on every row), so a
 * large file costs one check per distinct code, not one per row.
 */
import * as z from 'zod/mini';
import { type Decimal, PlanningError, deepFreeze, toDecimal, quoteText } from '../numeric/index.js';
import {
  type ScaledUnit,
  type UnitOfMeasure,
  type UnitRegistry,
  getUnit,
  multiplierFromPower,
  sameUnit,
  units as builtInUnits,
} from '../measure/index.js';
import { type Period, formatPeriod, isIsoDate } from '../period/index.js';
import { codeSchema } from '../indicator/index.js';
import { type Observation, type ObservationStatus, observationStatuses } from '../observation/index.js';
import type { ImportOptions } from './results.js';

type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The mutable shape of an observation while it is being read. */
export interface ObservationDraft {
  indicator?: string;
  area?: string;
  period?: string;
  value?: Decimal;
  numerator?: Decimal;
  denominator?: Decimal;
  unit?: ScaledUnit;
  status?: ObservationStatus;
  published?: string;
  source?: string;
  note?: string;
  dimensions?: Record<string, string>;
}

/**
 * Reads observation fields from text, checking each and remembering the result per distinct text.
 * A reader returns `undefined` on failure and leaves the reason in `problem`.
 */
export class FieldReader {
  /** The reason of the last failure. */
  problem = '';
  private readonly registry: UnitRegistry;
  private readonly knownIndicators: ReadonlySet<string> | undefined;
  private readonly knownAreas: ReadonlySet<string> | undefined;
  private readonly indicators = new Map<string, Checked<string>>();
  private readonly areas = new Map<string, Checked<string>>();
  private readonly periods = new Map<string, Checked<string>>();
  private readonly dates = new Map<string, Checked<string>>();
  private readonly scaledUnits = new Map<string, Checked<ScaledUnit>>();

  constructor(options: ImportOptions) {
    this.registry = options.units ?? builtInUnits;
    this.knownIndicators = options.knownIndicators === undefined ? undefined : new Set(options.knownIndicators);
    this.knownAreas = options.knownAreas === undefined ? undefined : new Set(options.knownAreas);
  }

  private answer<T>(checked: Checked<T>): T | undefined {
    if (checked.ok) return checked.value;
    this.problem = checked.problem;
    return undefined;
  }

  private remember<T>(cache: Map<string, Checked<T>>, key: string, check: () => Checked<T>): T | undefined {
    let checked = cache.get(key);
    if (checked === undefined) {
      checked = check();
      cache.set(key, checked);
    }
    return this.answer(checked);
  }

  /** An indicator code: letters, digits, `_`, `-`, `.`; in `knownIndicators` when that is given. */
  indicator(text: string): string | undefined {
    return this.remember(this.indicators, text, () => {
      if (!z.safeParse(codeSchema, text).success) {
        return { ok: false, problem: `invalid indicator code ${quoteText(text)}: expected letters, digits, "_", "-" or ".", such as "GO_GROWTH"` };
      }
      if (this.knownIndicators !== undefined && !this.knownIndicators.has(text)) {
        return { ok: false, problem: `unknown indicator code ${quoteText(text)}: it is not in knownIndicators` };
      }
      return { ok: true, value: text };
    });
  }

  /** An area code: non-empty; in `knownAreas` when that is given. */
  area(text: string): string | undefined {
    return this.remember(this.areas, text, () => {
      if (text === '') return { ok: false, problem: 'empty area code: expected the code of an administrative area, such as "402"' };
      if (this.knownAreas !== undefined && !this.knownAreas.has(text)) {
        return { ok: false, problem: `unknown area code ${quoteText(text)}: it is not in knownAreas` };
      }
      return { ok: true, value: text };
    });
  }

  /**
   * A period, read by `read` (a period code, an SDMX TIME_PERIOD or a DHIS2 period ID), as its
   * canonical code. `kind` keeps the caches of different readers apart.
   */
  period(text: string, kind: string, read: (text: string) => Period): string | undefined {
    return this.remember(this.periods, `${kind}\u0000${text}`, () => {
      try {
        return { ok: true, value: formatPeriod(read(text)) };
      } catch (error) {
        return { ok: false, problem: errorText(error) };
      }
    });
  }

  /** A decimal number (a JSON number or decimal text with "." as the decimal separator). */
  decimal(input: string | number, what: string): Decimal | undefined {
    try {
      return toDecimal(input, what);
    } catch (error) {
      const hint =
        typeof input === 'string' && /^\s*[+-]?\d+,\d+\s*$/.test(input)
          ? '; exchange formats write "." as the decimal separator (5.6, not 5,6)'
          : '';
      this.problem = `${errorText(error)}${hint}`;
      return undefined;
    }
  }

  /** A status: plan, estimate, preliminary or official. */
  status(text: string): ObservationStatus | undefined {
    if (text === '') {
      this.problem = `empty status: expected one of ${observationStatuses.join(', ')}, or pass options.defaults.status`;
      return undefined;
    }
    const status = observationStatuses.find((candidate) => candidate === text);
    if (status !== undefined) return status;
    this.problem = `unknown status ${quoteText(text)}: expected one of ${observationStatuses.join(', ')}`;
    return undefined;
  }

  /** A publication date, `YYYY-MM-DD`. */
  date(text: string): string | undefined {
    return this.remember(this.dates, text, () =>
      isIsoDate(text)
        ? { ok: true, value: text }
        : { ok: false, problem: `invalid publication date ${quoteText(text)}: expected a calendar date written YYYY-MM-DD, such as "2024-12-20"` },
    );
  }

  /** A scaled unit from a unit code (looked up in the registry) and a power of ten. */
  unit(code: string, power: number): ScaledUnit | undefined {
    return this.remember(this.scaledUnits, `${code}\u0000${String(power)}`, () => {
      try {
        const unit = getUnit(code, this.registry);
        multiplierFromPower(power);
        return { ok: true, value: Object.freeze({ unit, power }) };
      } catch (error) {
        if (error instanceof PlanningError && error.code === 'not-found' && error.message.startsWith('unknown unit code')) {
          return { ok: false, problem: `${error.message}; pass units of your own in options.units` };
        }
        return { ok: false, problem: errorText(error) };
      }
    });
  }
}

/**
 * Tells whether a reader that looks `unit`'s code up in `registry` gets the same unit back (same
 * code and kind): if not, a format that writes only the code cannot carry the unit.
 */
export function unitInRegistry(unit: UnitOfMeasure, registry: UnitRegistry): boolean {
  const known = Object.hasOwn(registry, unit.code) ? registry[unit.code] : undefined;
  return known !== undefined && sameUnit(known, unit);
}

const fieldOrder = [
  'indicator',
  'area',
  'period',
  'value',
  'numerator',
  'denominator',
  'unit',
  'status',
  'published',
  'source',
  'note',
  'dimensions',
] as const;

/** Internal: the one name a dimension cannot have: a plain object cannot hold it as a key. */
export const reservedName = '__proto__';

/** Internal: why a dimension named {@link reservedName} is refused rather than dropped. */
export const reservedNameProblem = 'a dimension may not be named "__proto__" (a JSON object cannot carry it as data); rename it, such as "proto"';

/**
 * Freezes a finished draft as an observation, its fields in the order of the observation schema (the
 * caller has checked that the required fields are there).
 */
export function finishObservation(draft: ObservationDraft): Observation {
  const observation: Record<string, unknown> = {};
  for (const field of fieldOrder) {
    const value = draft[field];
    if (value !== undefined) observation[field] = value;
  }
  return deepFreeze(observation as Observation);
}
