// The passes dialects ship (lowerings, analyses, fusion), registered together: dlc-opt calls
// registerDialectPasses at start-up, next to registerGenericPasses. Add one import and one
// registerPass line per pass.
import { registerPass } from '../lib/pass/registry.js';
import type { PassDefinition } from '../lib/pass/pass.js';
import { convertGraphToTensorPass } from './graph/to-tensor/index.js';
import { tensorPasses } from './tensor/passes/index.js';
import { blockPasses } from './block/passes/index.js';
import { gpuPasses } from './gpu/passes/index.js';
import { costBaselinePass } from './gpu/passes/cost-report-baseline.js';
import { costReportPass } from './gpu/passes/cost-report.js';
import { mergeKernelsPass } from './gpu/passes/merge-kernels.js';
import { keepOnChipPass } from './gpu/passes/keep-on-chip.js';
import { registerDlcGpuPipeline } from './gpu/passes/dlc-gpu-pipeline.js';

/** Every dialect pass, in the order they are registered. */
const dialectPasses: readonly PassDefinition[] = [convertGraphToTensorPass, ...tensorPasses, ...blockPasses, ...gpuPasses, costBaselinePass, costReportPass, mergeKernelsPass, keepOnChipPass];

let registered = false;

/** Registers every dialect pass (idempotent). */
export function registerDialectPasses(): void {
  if (registered) return;
  registered = true;
  for (const pass of dialectPasses) registerPass(pass);
  registerDlcGpuPipeline();
}
