/* Plans for the target tests: area 402, year 2024, targets of 1,000 billion VND of investment unless given. */
import type { PlanInput, TargetInput } from '../../src/index.js';

/**
 * A builder of plan inputs whose plan and targets come from one document: each target gets the id
 * `T1`, `T2`, … and the fields given over an investment level target of area 402 for 2024.
 */
export function planBuilder(document: TargetInput['document']): (targets: Partial<TargetInput>[], extra?: Partial<PlanInput>) => PlanInput {
  return (targets, extra = {}) => ({
    id: 'P',
    title: { vi: 'Kế hoạch' },
    area: '402',
    period: '2024',
    document,
    targets: targets.map((target, index) => ({
      id: `T${String(index + 1)}`,
      indicator: 'INVESTMENT',
      area: '402',
      period: '2024',
      basis: 'level',
      comparator: 'at-least',
      value: 1000,
      document,
      ...target,
    })),
    ...extra,
  });
}
