import * as z from 'zod/mini';
import { decimalSchema, describeValue, maxCodeLength } from '../numeric/index.js';
import { isoDateSchema, periodCodeSchema } from '../period/index.js';
import { codeSchema, indicatorUnitSchema } from '../indicator/index.js';

/**
 * The life-cycle status of a value, as Vietnamese statistics publish it, from the least to the most
 * final:
 *
 * | status | Vietnamese | SDMX OBS_STATUS |
 * |---|---|---|
 * | `plan` | kế hoạch, chỉ tiêu, dự toán | F (forecast) |
 * | `estimate` | ước tính, ước thực hiện | E (estimated) |
 * | `preliminary` | sơ bộ | P (provisional) |
 * | `official` | chính thức | A (normal) |
 *
 * Source: GSO practice (domain notes §3.2); SDMX code list CL_OBS_STATUS 2.2.
 *
 * @example
 * // A December report estimates the full year:
 * const status: ObservationStatus = 'estimate';
 * toSdmxObsStatus(status);
 * //=> 'E'
 */
export type ObservationStatus = 'plan' | 'estimate' | 'preliminary' | 'official';

/** Every {@link ObservationStatus}, from the least to the most final. */
export const observationStatuses: readonly ObservationStatus[] = ['plan', 'estimate', 'preliminary', 'official'];

/**
 * The zod schema of breakdown dimensions: names to values, such as `{ sex: 'F', area_type: 'rural' }`.
 *
 * @example
 * // A breakdown by sex:
 * z.parse(dimensionsSchema, { sex: 'F' }).sex;
 * //=> 'F'
 */
export const dimensionsSchema: z.ZodMiniType<Record<string, string>, Record<string, string>> = z.record(
  z.string(),
  z.string({ error: (issue) => `expected a dimension value as text; got ${describeValue(issue.input)}` }),
);

/**
 * The zod schema of an {@link ObservationStatus}.
 *
 * @example
 * // Check a status read from a file:
 * z.safeParse(observationStatusSchema, 'final').success;
 * //=> false
 */
export const observationStatusSchema: z.ZodMiniType<ObservationStatus, ObservationStatus> = z.enum(
  observationStatuses as [ObservationStatus, ...ObservationStatus[]],
);

/**
 * The zod schema of an observation: one value of one indicator for one administrative area and one
 * period, with its status and publication date. JSON example:
 * `{ "indicator": "BUDGET_REVENUE", "area": "402", "period": "2024-Q1", "value": "498.3",
 *    "status": "estimate", "published": "2024-04-05" }`.
 *
 * @example
 * // Parse one observation; the period code is canonicalised and the value exact:
 * const observation = z.parse(observationSchema, {
 *   indicator: 'BUDGET_REVENUE', area: '402', period: '2024-Q1', value: '498.3', status: 'estimate',
 * });
 * observation.value.toString();
 * //=> '498.3'
 */
export const observationSchema = z.object({
  /** The indicator's code. */
  indicator: codeSchema,
  /** The code of the administrative area (SDMX REF_AREA, DHIS2 org unit), such as `'402'`. */
  area: z.string().check(z.minLength(1), z.maxLength(maxCodeLength)),
  /** The period code, such as `'2024'`, `'2024-Q1'`, `'2024-M01/2024-M09'`. */
  period: periodCodeSchema,
  /** The value, in the indicator's unit unless `unit` says otherwise. */
  value: decimalSchema,
  /** For a ratio: the numerator the value was computed from (for ratio-of-sums roll-ups). */
  numerator: z.optional(decimalSchema),
  /** For a ratio: the denominator the value was computed from. */
  denominator: z.optional(decimalSchema),
  /** The unit the value is written in, when it differs from the indicator's (e.g. tỷ instead of triệu đồng). */
  unit: z.optional(indicatorUnitSchema),
  /** Plan, estimate, preliminary or official. */
  status: observationStatusSchema,
  /** The date the value was published; later publications revise earlier ones. */
  published: z.optional(isoDateSchema),
  /** Where the value comes from (a report, a yearbook table). */
  source: z.optional(z.string()),
  /** A free note (a footnote, a revision reason). */
  note: z.optional(z.string()),
  /** Optional breakdown dimensions (sex, area type...), as in the Open SDG tidy layout. */
  dimensions: z.optional(dimensionsSchema),
});

/**
 * One observed (or planned) value of an indicator for an area and a period. Inferred from
 * {@link observationSchema}.
 *
 * @example
 * // Budget revenue of Như Xuân in the first quarter of 2024, as first estimated:
 * const observation: Observation = parseObservations([
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-Q1', value: '498.3', status: 'estimate' },
 * ])[0]!;
 * observation.period;
 * //=> '2024-Q1'
 */
export type Observation = z.output<typeof observationSchema>;

/**
 * An observation as accepted from JSON (decimals as strings or numbers).
 *
 * @example
 * // The minimal fields:
 * const input: ObservationInput = { indicator: 'X', area: '402', period: '2024', value: 1, status: 'official' };
 * input.status;
 * //=> 'official'
 */
export type ObservationInput = z.input<typeof observationSchema>;

const sdmxStatus: Readonly<Record<ObservationStatus, string>> = {
  plan: 'F',
  estimate: 'E',
  preliminary: 'P',
  official: 'A',
};

/**
 * Maps a status to its SDMX OBS_STATUS code (CL_OBS_STATUS 2.2): plan → F (forecast), estimate → E,
 * preliminary → P (provisional), official → A (normal value).
 *
 * @param status - the observation status
 * @returns the one-letter SDMX code
 *
 * @example
 * // A preliminary (sơ bộ) figure:
 * toSdmxObsStatus('preliminary');
 * //=> 'P'
 */
export function toSdmxObsStatus(status: ObservationStatus): string {
  return sdmxStatus[status];
}

/**
 * Maps an SDMX OBS_STATUS code back to a status: A → official, P → preliminary, E → estimate,
 * F → plan. Other codes (B break, M missing...) have no status here and give `undefined`.
 *
 * @param code - the SDMX code
 * @returns the status, or `undefined` for a code with no counterpart
 *
 * @example
 * // Read an SDMX flag:
 * [fromSdmxObsStatus('P'), fromSdmxObsStatus('M')];
 * //=> ['preliminary', undefined]
 */
export function fromSdmxObsStatus(code: string): ObservationStatus | undefined {
  return observationStatuses.find((status) => sdmxStatus[status] === code);
}
