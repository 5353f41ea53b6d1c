// The block dialect's passes, in pipeline order.
import type { PassDefinition } from '../../../lib/pass/pass.js';
import { depsDotPass, printDepsPass } from './print-deps.js';
import { convertTensorToBlockPass } from './convert-to-block.js';

export { convertTensorToBlock, convertTensorToBlockPass, type TilingOptions } from './convert-to-block.js';
export { depsDotPass, printDepsPass, describeEdge, depsToDot } from './print-deps.js';

/** The passes of this folder, for dialects/passes.ts. */
export const blockPasses: readonly PassDefinition[] = [convertTensorToBlockPass, printDepsPass, depsDotPass] as readonly PassDefinition[];
