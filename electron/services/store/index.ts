// The plan file store: what the rest of the main process uses.
export { createPlanFile, parsePlanData, planToChanges } from './createPlanFile';
export { openPlanFile, PlanFile } from './planFile';
export type { OpenOptions } from './openPlanFile';
export { APPLICATION_ID } from './header';
export { broughtAnything, mergeDatabases, mergeFrom, type MergeResult } from './merge';
export { assertSamePlan } from './planIdentity';
