/*
 * Internal: formats that key values by their dimensions (SDMX, DHIS2) hold one value per cell, so
 * revisions of one cell (an estimate and the official figure, or a plan value and an actual) cannot
 * all be written. One is kept, as bestObservation would choose it among all statuses.
 */
import type { Observation, ObservationStatus } from '../observation/index.js';
import type { LossLog } from './results.js';

const statusRank: Readonly<Record<ObservationStatus, number>> = { plan: 0, estimate: 1, preliminary: 2, official: 3 };

function better(candidate: Observation, current: Observation): boolean {
  const rank = statusRank[candidate.status] - statusRank[current.status];
  if (rank !== 0) return rank > 0;
  // Within a status the latest publication wins; an undated observation counts as the oldest, and
  // of two equal ones the later in the input wins.
  return (candidate.published ?? '') >= (current.published ?? '');
}

/**
 * Chooses one observation per cell key: the most final status (official, preliminary, estimate,
 * plan), then the latest published, then the last given. Observations without a key (already left
 * out) are ignored. Every other observation of a cell is logged as left out with `reason`.
 *
 * @returns for each position, whether the observation is kept
 */
export function keepOnePerCell(
  observations: readonly Observation[],
  keys: readonly (string | undefined)[],
  losses: LossLog,
  reason: string,
): boolean[] {
  const chosen = new Map<string, { readonly index: number; readonly observation: Observation }>();
  observations.forEach((observation, index) => {
    const key = keys[index];
    if (key === undefined) return;
    const current = chosen.get(key);
    if (current === undefined || better(observation, current.observation)) chosen.set(key, { index, observation });
  });
  const kept = keys.map(() => false);
  for (const { index } of chosen.values()) kept[index] = true;
  keys.forEach((key, index) => {
    if (key !== undefined && !kept[index]) losses.add('observation', 'cell', index, reason);
  });
  return kept;
}
