// The tensor dialect's analysis and fusion passes, in pipeline order.
import type { PassDefinition } from '../../../lib/pass/pass.js';
import { printClassesPass } from './print-classes.js';
import { foldLayoutPass } from './fold-layout.js';
import { explainFusionPass, fusePass } from './fuse.js';
import { fuseHorizontalPass } from './fuse-horizontal.js';
import { partitionPass } from './partition.js';

export { printClassesPass, foldLayoutPass, fusePass, explainFusionPass, fuseHorizontalPass, partitionPass };
export { foldLayout, isLayoutCopy } from './fold-layout.js';
export { fuseVertically, decideFusion, DEFAULT_FUSE_OPTIONS, type FuseOptions, type FusionDecision } from './fuse.js';
export { fuseHorizontally } from './fuse-horizontal.js';
export { partition, PARTITION_ATTR, PARTITIONS_ATTR, SYNC_ATTR } from './partition.js';

/** The passes of this folder, for dialects/passes.ts. */
export const tensorPasses: readonly PassDefinition[] = [printClassesPass, foldLayoutPass, fusePass, explainFusionPass, fuseHorizontalPass, partitionPass] as readonly PassDefinition[];
