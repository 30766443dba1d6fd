/* Targets and datasets for the attainment tests: area 402, period 2024 and official values unless given. */
import * as z from 'zod/mini';
import { type ObservationInput, type TargetInput, buildDataset, parseObservations, targetSchema } from '../../src/index.js';

/** A parsed target of area 402 for 2024 (document kind `other`), with the fields given. */
export function target(input: Partial<TargetInput> & Pick<TargetInput, 'indicator' | 'basis' | 'comparator'>) {
  return z.parse(targetSchema, { id: 'T', area: '402', period: '2024', document: { kind: 'other' }, ...input });
}

/** A dataset of official observations of area 402, with the fields given. */
export function data(...observations: (Partial<ObservationInput> & Pick<ObservationInput, 'indicator' | 'period' | 'value'>)[]) {
  return buildDataset(parseObservations(observations.map((observation) => ({ area: '402', status: 'official', ...observation }))));
}
