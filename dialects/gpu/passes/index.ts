// The gpu dialect's passes, in pipeline order.
import type { PassDefinition } from '../../../lib/pass/pass.js';
import { convertBlockToGpuPass } from './convert-block-to-gpu.js';

export { convertBlockToGpu, convertBlockToGpuPass, memrefFor, KERNELS_MODULE, type GpuLoweringOptions } from './convert-block-to-gpu.js';

/** The passes of this folder, for dialects/passes.ts. */
export const gpuPasses: readonly PassDefinition[] = [convertBlockToGpuPass] as readonly PassDefinition[];
