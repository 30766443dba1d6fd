import { type Issue, PlanningError } from '../numeric/index.js';
import type { UnitRegistry } from '../measure/index.js';
import type { Observation, ObservationStatus } from '../observation/index.js';

/**
 * Something an export could not carry: a field left out of some observations (`kind: 'field'`),
 * or observations left out altogether (`kind: 'observation'`), with the reason and what to do.
 *
 * @example
 * // DHIS2 data values have no status:
 * const loss: ExportLoss = {
 *   kind: 'field', field: 'status', observations: [2, 5],
 *   message: 'status: DHIS2 data values have no status; ... (2 observations: #2, #5)',
 * };
 * loss.observations.length;
 * //=> 2
 */
export interface ExportLoss {
  /** `'field'`: the observations were written without this field; `'observation'`: they were not written. */
  readonly kind: 'field' | 'observation';
  /** The field concerned: `'status'`, `'published'`, `'period'`, `'value'`, `'unit'`, `'dimensions.sex'`... */
  readonly field: string;
  /** The positions (from 0) of the observations concerned in the list given to the export. */
  readonly observations: readonly number[];
  /** What was not carried, why, and what to do about it, with the number of observations and the first positions. */
  readonly message: string;
}

/**
 * Something an import did not turn into observation data: an input record that gave no observation
 * (`kind: 'skipped'`, such as a missing value), or a column, header or attribute that was not read
 * (`kind: 'ignored'`).
 *
 * @example
 * // A CSV row whose value cell is empty:
 * const note: ImportNote = {
 *   kind: 'skipped', what: 'value', locations: ['line 7'],
 *   message: 'value: the value is empty (a missing value), so the row gives no observation (1 record: line 7)',
 * };
 * note.locations;
 * //=> ['line 7']
 */
export interface ImportNote {
  /** `'skipped'`: records that gave no observation; `'ignored'`: content that was not read. */
  readonly kind: 'skipped' | 'ignored';
  /** What is concerned: `'value'`, `'attribute DECIMALS'`, `'header factor'`... */
  readonly what: string;
  /** Where, in the input's own terms: `'line 7'`, `'data.dataSets[0].observations["0:1:2"]'`, `'rows[3]'`. */
  readonly locations: readonly string[];
  /** Why, with the number of records and the first locations. */
  readonly message: string;
}

/**
 * What every import returns: the observations read (parsed, frozen, with canonical period codes and
 * exact values) and notes on what gave no observation or was not read. Problems that make the input
 * unreadable are not returned here: the import throws one `invalid-input` error listing them all.
 *
 * @example
 * // Read a one-row CSV file:
 * const result: ObservationImport = observationsFromCsv('indicator,area,period,value,status\nX,402,2024,1.5,official\n');
 * [result.observations.length, result.notes.length];
 * //=> [1, 0]
 */
export interface ObservationImport {
  /** The observations, in input order. */
  readonly observations: readonly Observation[];
  /** Records that gave no observation and content that was not read. */
  readonly notes: readonly ImportNote[];
}

/**
 * Fallbacks an import uses when the input does not say: the indicator of a file that holds one
 * indicator (as Open SDG files do), the area of a national file, the status of data that carry none.
 *
 * @example
 * // An Open SDG file of indicator 1-2-1 for the whole country, all values official:
 * const defaults: ImportDefaults = { indicator: 'SDG_1_2_1', area: 'VN', status: 'official' };
 * defaults.status;
 * //=> 'official'
 */
export interface ImportDefaults {
  /** The indicator code of records that name none. */
  readonly indicator?: string | undefined;
  /** The area code of records that name none. */
  readonly area?: string | undefined;
  /** The status of records that carry none. */
  readonly status?: ObservationStatus | undefined;
}

/**
 * Options shared by every import.
 *
 * @example
 * // Refuse indicator codes the catalog does not know, and read a currency of your own:
 * const options: ImportOptions = {
 *   knownIndicators: ['PRODUCTION_VALUE', 'BUDGET_REVENUE'],
 *   units: { ...units, LAK: defineUnit({ code: 'LAK', kind: 'money', labels: { vi: 'kíp', en: 'LAK' }, currency: 'LAK' }) },
 * };
 * options.knownIndicators !== undefined;
 * //=> true
 */
export interface ImportOptions {
  /** Fallback indicator, area and status for records that do not carry them. */
  readonly defaults?: ImportDefaults | undefined;
  /** Where unit codes are looked up; the built-in `units` unless given. An unknown code is a problem. */
  readonly units?: UnitRegistry | undefined;
  /** When given, an indicator code not in this list is a problem (for example `catalog.indicators.keys()`). */
  readonly knownIndicators?: Iterable<string> | undefined;
  /** When given, an area code not in this list is a problem. */
  readonly knownAreas?: Iterable<string> | undefined;
}

const shownPositions = 5;

function describePositions(what: string, positions: readonly string[]): string {
  const shown = positions.slice(0, shownPositions).join(', ');
  const more = positions.length > shownPositions ? `, … ${String(positions.length - shownPositions)} more` : '';
  return `${String(positions.length)} ${what}${positions.length === 1 ? '' : 's'}: ${shown}${more}`;
}

/** Entries grouped by kind, subject and reason, each with the places it concerns, in order of first use. */
class GroupedLog<Kind extends string, Place> {
  private readonly groups = new Map<string, { readonly kind: Kind; readonly subject: string; readonly reason: string; readonly places: Place[] }>();

  add(kind: Kind, subject: string, place: Place, reason: string): void {
    const key = `${kind}\u0000${subject}\u0000${reason}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { kind, subject, reason, places: [] };
      this.groups.set(key, group);
    }
    group.places.push(place);
  }

  protected entries<Entry>(make: (kind: Kind, subject: string, reason: string, places: readonly Place[]) => Entry): readonly Entry[] {
    return Object.freeze([...this.groups.values()].map((group) => Object.freeze(make(group.kind, group.subject, group.reason, Object.freeze(group.places)))));
  }
}

/** Internal: collects export losses, one entry per kind, field and reason. */
export class LossLog extends GroupedLog<'field' | 'observation', number> {
  list(): readonly ExportLoss[] {
    return this.entries((kind, field, reason, observations) => ({
      kind,
      field,
      observations,
      message: `${field}: ${reason} (${describePositions('observation', observations.map((index) => `#${String(index)}`))})`,
    }));
  }
}

/** Internal: collects import notes, one entry per kind, subject and reason. */
export class NoteLog extends GroupedLog<'skipped' | 'ignored', string> {
  list(): readonly ImportNote[] {
    return this.entries((kind, what, reason, locations) => ({
      kind,
      what,
      locations,
      message: `${what}: ${reason} (${describePositions('record', locations)})`,
    }));
  }
}

const listedIssues = 20;

/**
 * Internal: the one `invalid-input` error of an import, listing every problem (the message shows the
 * first twenty; `issues` holds them all).
 */
export function importError(what: string, issues: readonly Issue[]): PlanningError {
  const lines = issues.slice(0, listedIssues).map((issue) => `- ${issue.message}`);
  if (issues.length > listedIssues) lines.push(`- … and ${String(issues.length - listedIssues)} more`);
  return new PlanningError(
    'invalid-input',
    `invalid ${what}: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}`,
    { issues },
  );
}
