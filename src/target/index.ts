/*
 * Targets (comparator, basis, base period, milestones, source document) and plans.
 */
export {
  type Comparator,
  type Milestone,
  type Plan,
  type PlanDocument,
  type PlanDocumentKind,
  type PlanInput,
  type Target,
  type TargetBasis,
  type TargetInput,
  comparatorSchema,
  comparators,
  planDocumentKindSchema,
  targetBasisSchema,
  milestoneSchema,
  planDocumentKinds,
  planDocumentSchema,
  planSchema,
  targetBases,
  targetSchema,
} from './schema.js';
export { type PlanContext, parsePlan, validatePlan } from './plan.js';
