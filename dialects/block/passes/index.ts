// The block dialect's passes, in pipeline order.
import type { PassDefinition } from '../../../lib/pass/pass.js';
import { depsDotPass, printDepsPass } from './print-deps.js';
import { convertTensorToBlockPass } from './convert-to-block.js';
import { explainPass, syncPass } from './sync.js';
import { coschedulePass } from './coschedule.js';
import { schedulePass } from './schedule.js';
import { fusePass } from './fuse.js';

export { convertTensorToBlock, convertTensorToBlockPass, type TilingOptions } from './convert-to-block.js';
export { chooseSyncs, decideSync, explainPass, syncPass, type SyncDecision } from './sync.js';
export { describeFuse, fusePass, fuseTiles, type FuseDecision } from './fuse.js';
export { coschedule, coschedulePass, independentGroups, type ScheduleRemark } from './coschedule.js';
export { explainSchedule, schedule, schedulePass } from './schedule.js';
export { depsDotPass, printDepsPass, describeEdge, depsToDot } from './print-deps.js';

/** The passes of this folder, for dialects/passes.ts. */
export const blockPasses: readonly PassDefinition[] = [convertTensorToBlockPass, printDepsPass, depsDotPass, fusePass, syncPass, coschedulePass, schedulePass, explainPass] as readonly PassDefinition[];
