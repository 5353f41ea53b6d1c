// The gpu dialect: kernels (gpu.module, gpu.func), their launch from host code (gpu.launch_func),
// ids, barriers, shuffles and reductions, host memory ops, all as in MLIR 22, plus dlc's
// block-collective grid_sync and flags, and the warp's subgroup mma ops (ops-mma.ts).
// See docs/design/gpu-dialect.md.
import type { Dialect, MLIRContext } from '../../lib/ir/index.js';
import { defineDialect } from '../../lib/dialect/index.js';
import { addressSpaceEnum, parseKeywordEnum } from './attrs.js';
import { parseGpuType } from './types.js';
import { asyncDependencies } from './syntax.js';
import {
  AllocOp, BarrierOp, BlockDimOp, BlockIdOp, DeallocOp, FlagSignalOp, FlagWaitOp, GlobalIdOp, GridDimOp, GridSyncOp, LaneIdOp, MemcpyOp,
  MemsetOp, ReturnOp, ShuffleOp, SubgroupReduceOp, ThreadIdOp,
} from './ops.js';
import { FuncOp, LaunchFuncOp, ModuleOp } from './ops-kernel.js';
import { MMA_OPS } from './ops-mma.js';

export * from './ops.js';
export * from './ops-kernel.js';
export * from './ops-mma.js';
export { MmaMatrixType, type MmaOperand } from './types-mma.js';
export * from './attrs.js';
export { AsyncTokenType } from './types.js';
export { gpuFuncType, launchGroups, workgroupCount, LAUNCH_SEGMENTS } from './syntax.js';
export { constantInt, memrefBytes, workgroupBytes, VERIFY_PROFILE } from './verify.js';
export { enclosingGpuFunc } from './verify-context.js';
export { createGpuModule, createGpuFunc, createLaunchFunc, type GpuFuncSpec, type LaunchSpec } from './build.js';

let dialect: Dialect | undefined;

/** The gpu dialect (built once: its op definitions are module-level). */
export function loadGpuDialect(): Dialect {
  return (dialect ??= defineDialect({
    name: 'gpu',
    ops: [
      ModuleOp, FuncOp, ReturnOp, LaunchFuncOp, ThreadIdOp, BlockIdOp, BlockDimOp, GridDimOp, GlobalIdOp, LaneIdOp, BarrierOp, GridSyncOp,
      FlagSignalOp, FlagWaitOp, ShuffleOp, SubgroupReduceOp, AllocOp, DeallocOp, MemcpyOp, MemsetOp, ...MMA_OPS,
    ],
    customDirectives: { AsyncDependencies: asyncDependencies },
    enums: [addressSpaceEnum],
    attributes: (body: string, ctx: MLIRContext) => parseKeywordEnum(body, ctx),
    types: parseGpuType,
  }));
}
