// The `dlc-gpu` named pipeline: graph -> tensor -> block -> gpu with the defaults, so that
// `dlc-opt model.mlir --dlc-gpu --gpu-cost-report` is the one command a user needs.
import { registerPassPipeline, lookupPassOrPipeline, isPipelineDefinition } from '../../../lib/pass/registry.js';
import { Option } from '../../../lib/pass/options.js';
import type { OpPassManager } from '../../../lib/pass/pass-manager.js';
import { gpuProfileNames } from '../../../lib/target/gpu-profiles.js';

/** One step of the pipeline: a registered pass, where it runs. */
interface Stage {
  readonly pass: string;
  /** Left out (rather than an error) while the pass is not registered: a pass still being written. */
  readonly optional?: boolean;
  /** Run only when the pipeline's `merge` option is set. */
  readonly merge?: boolean;
  /** Run only when the pipeline's `keep-on-chip` option is set. */
  readonly keep?: boolean;
}

/**
 * The steps, in order. gpu-cost-baseline first, while the function is still graph ops; passes
 * with a `gpu` option get the pipeline's.
 */
export const DLC_GPU_STAGES: readonly Stage[] = [
  { pass: 'gpu-cost-baseline' },
  { pass: 'convert-graph-to-tensor' },
  { pass: 'tensor-fold-layout' },
  { pass: 'tensor-fuse' },
  { pass: 'tensor-fuse-horizontal' },
  { pass: 'convert-tensor-to-block' },
  { pass: 'block-fuse' },
  { pass: 'block-sync' },
  { pass: 'block-coschedule' },
  { pass: 'block-schedule' },
  { pass: 'convert-block-to-gpu' },
  { pass: 'gpu-merge-kernels', merge: true },
  { pass: 'gpu-keep-on-chip', keep: true },
];

/** Adds the stages to `pm` (anchored on builtin.module); function passes share one nested func.func manager per run of them. */
export function buildDlcGpu(pm: OpPassManager, options: { readonly gpu: string; readonly merge: boolean; readonly 'keep-on-chip': boolean }): void {
  let nested: OpPassManager | undefined;
  for (const stage of DLC_GPU_STAGES) {
    if (stage.merge && !options.merge) continue;
    if (stage.keep && !options['keep-on-chip']) continue;
    const def = lookupPassOrPipeline(stage.pass);
    if (!def && stage.optional) continue;
    if (!def || isPipelineDefinition(def)) throw new Error(`dlc-gpu: pass '${stage.pass}' is not registered`);
    const pass = def.createFromText('gpu' in def.options ? `gpu=${options.gpu}` : '');
    if (def.anchor === 'func.func') {
      nested ??= pm.nest('func.func');
      nested.addPass(pass);
    } else {
      nested = undefined;
      pm.addPass(pass);
    }
  }
}

/** Registers `dlc-gpu` (idempotent: a second registration replaces the first). */
export function registerDlcGpuPipeline(): void {
  registerPassPipeline({
    name: 'dlc-gpu',
    summary: 'Lower a graph-level model to gpu kernels with the defaults (graph -> tensor -> block -> gpu), recording the cost baseline first',
    options: {
      gpu: Option.enum(gpuProfileNames(), 'h100', 'The GPU profile every stage targets'),
      merge: Option.bool(true, 'Merge consecutive launches into persistent cooperative kernels (gpu-merge-kernels)'),
      'keep-on-chip': Option.bool(true, 'Keep slices of weights that persistent kernels read in several phases in shared memory (gpu-keep-on-chip)'),
    },
    build: buildDlcGpu,
  });
}
