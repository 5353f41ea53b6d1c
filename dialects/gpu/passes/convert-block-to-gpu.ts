// convert-block-to-gpu: block programs become GPU kernels and host code. Tensor arguments and
// results of functions become memrefs of the same shapes, tile results memref.allocs, tensor
// constants memref.globals; each launch of a program (its schedule, else one per tile) becomes a
// kernel in `gpu.module @kernels` and a gpu.launch_func; host scf.ifs on tensors keep their
// branches' launches under them (lower-host.ts; see docs/design/gpu-dialect.md).
import {
  Builder, FunctionType, IntegerType, MemRefType, RankedTensorType, StringAttr, TypeAttr, UnitAttr,
  type Block, type Operation, type Type, type Value,
} from '../../../lib/ir/index.js';
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { gpuProfile, type GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { BlockDependency } from '../../block/analysis/dependency.js';
import { programTiles, tileName } from '../../block/tile.js';
import { AllocOp, DeallocOp, GetGlobalOp, GlobalOp } from '../../memref/index.js';
import { Emitter } from './lower-emit.js';
import { buildKernel, threadsFor, type LaunchPlan } from './lower-kernel.js';
import { planFlags } from './lower-flags.js';
import { gpuLaunch, gpuMemset, gpuModule } from './lower-gpu-ops.js';
import { checkLowerable } from './lower-check.js';
import { programSchedule } from './lower-schedule.js';
import { buildTakeKernel } from './lower-take.js';
import { lowerBranchYield, lowerHostExtract, lowerHostIf, type BranchResults, type HostScope } from './lower-host.js';

/** Options of the lowering. */
export interface GpuLoweringOptions {
  readonly gpu: GpuProfile;
  /** Stage contraction footprints in workgroup memory (default true). */
  readonly stage: boolean;
}

/** The name of the gpu.module holding the kernels. */
export const KERNELS_MODULE = 'kernels';

/** The memref type standing for a tensor type (same shape and element type, identity layout). */
export function memrefFor(type: Type): Type {
  return type instanceof RankedTensorType ? MemRefType.get(type.shape, type.elementType) : type;
}

/** State of the conversion of one module. */
class ModuleLowering {
  private readonly names = new Set<string>();
  private globals = 0;
  constructor(
    readonly module: Operation,
    readonly kernels: Block,
    readonly options: GpuLoweringOptions,
  ) {
    for (const k of kernels.operations) {
      const n = k.getAttr('sym_name');
      if (n instanceof StringAttr) this.names.add(n.value);
    }
  }

  /** A kernel name not yet used in the gpu.module. */
  kernelName(base: string): string {
    let name = base;
    for (let i = 1; this.names.has(name); i++) name = `${base}_${i}`;
    this.names.add(name);
    return name;
  }

  /** A private constant memref.global holding `value`, added at the start of the module. */
  constantGlobal(value: Operation, type: MemRefType): string {
    const name = `__constant_${this.globals++}`;
    const global = GlobalOp.create(value.location, {
      properties: { sym_name: name, sym_visibility: 'private', type, initial_value: value.getAttr('value')!, constant: true },
    });
    const body = this.module.regions[0].entry!;
    body.insertBefore(global, body.first);
    return name;
  }

  /** Converts one function: signature, then its entry block (tensor constants and empties, programs, host scf.ifs, return). */
  lowerFunction(fn: Operation): void {
    const ctx = fn.context;
    const entry = fn.regions[0].entry!;
    const memrefs = new Map<Value, Value>();
    for (const a of entry.arguments) {
      if (a.type instanceof RankedTensorType) a.type = memrefFor(a.type);
      memrefs.set(a, a);
    }
    const b = new Builder(ctx);
    const scope: HostScope = { b, memrefs, converted: [] };
    this.lowerBlock(fn, entry, scope, new Emitter(b, fn.location, entry));
    for (const op of scope.converted.reverse()) op.erase();
    const type = (fn.getAttr('function_type') as TypeAttr).value as FunctionType;
    fn.setAttrOrProp('function_type', TypeAttr.get(FunctionType.get(ctx, type.inputs.map(memrefFor), type.results.map(memrefFor))));
  }

  /**
   * Converts the host ops of `block`: the function's entry, or a branch of a host scf.if whose
   * yields go to `results`. The memrefs it allocates are freed at its end (unless returned).
   */
  private lowerBlock(fn: Operation, block: Block, scope: HostScope, host: Emitter, results?: BranchResults): void {
    const { b, memrefs, converted } = scope;
    const ctx = fn.context;
    const intermediates: Value[] = [];
    for (const op of [...block.operations]) {
      b.setInsertionPointBefore(op);
      const name = op.name.name;
      if (name === 'block.program') {
        this.lowerProgram(op, host, memrefs, intermediates, results?.redirect);
        converted.push(op);
      } else if (name === 'arith.constant' && op.result(0).type instanceof RankedTensorType) {
        const type = memrefFor(op.result(0).type) as MemRefType;
        const global = this.constantGlobal(op, type);
        memrefs.set(op.result(0), b.insert(GetGlobalOp.create(op.location, { properties: { name: global }, resultTypes: [type] })).result(0));
        converted.push(op);
      } else if (name === 'tensor.empty') {
        const m = b.insert(AllocOp.create(op.location, { operands: { dynamicSizes: [], symbolOperands: [] }, resultTypes: [memrefFor(op.result(0).type)] })).result(0);
        memrefs.set(op.result(0), m);
        intermediates.push(m);
        converted.push(op);
      } else if (name === 'tensor.take') {
        const m = b.insert(AllocOp.create(op.location, { operands: { dynamicSizes: [], symbolOperands: [] }, resultTypes: [memrefFor(op.result(0).type)] })).result(0);
        memrefs.set(op.result(0), m);
        intermediates.push(m);
        const args: [Value, Value, Value] = [memrefs.get(op.operand(0))!, memrefs.get(op.operand(1))!, m];
        const kernel = this.kernelName(`${fnName(fn)}_take`);
        const { grid, threads } = buildTakeKernel(this.kernels, op, kernel, args);
        b.insert(gpuLaunch(ctx, KERNELS_MODULE, kernel, { grid: host.int(grid), threads: host.int(threads), one: host.int(1) }, args, false, op.location));
        converted.push(op);
      } else if (name === 'tensor.extract') {
        lowerHostExtract(op, scope);
      } else if (name === 'scf.if' && op.results.some((r) => r.type instanceof RankedTensorType)) {
        lowerHostIf(op, scope, intermediates, results?.redirect, (branch, r) => this.lowerBlock(fn, branch, scope, host, r));
      } else if (name === 'scf.yield' && results) {
        lowerBranchYield(op, scope, results, intermediates);
      } else if (name === 'func.return') {
        const returned = op.operands.map((v) => memrefs.get(v) ?? v);
        returned.forEach((v, i) => op.setOperand(i, v));
        const kept = new Set(returned);
        for (const m of intermediates) if (!kept.has(m)) b.insert(DeallocOp.create(op.location, { operands: { memref: m } }));
      }
    }
  }

  /**
   * Allocates the program's tile results (a result `redirect` names is written into that memref
   * instead: an scf.if branch's yield) and emits its launches; maps its results.
   */
  private lowerProgram(program: Operation, host: Emitter, memrefs: Map<Value, Value>, intermediates: Value[], redirect?: ReadonlyMap<Value, Value>): void {
    const b = host.b;
    const loc = program.location;
    const ctx = program.context;
    const yielded = program.regions[0].entry!.last!.operands;
    program.results.forEach((r, i) => {
      const dest = redirect?.get(r);
      if (dest && yielded[i].definingOp?.name.name === 'block.tile' && !memrefs.has(yielded[i])) memrefs.set(yielded[i], dest);
    });
    for (const tile of programTiles(program)) {
      for (const r of tile.results) {
        if (memrefs.has(r)) continue;
        const m = b.insert(AllocOp.create(tile.location, { operands: { dynamicSizes: [], symbolOperands: [] }, resultTypes: [memrefFor(r.type)] })).result(0);
        memrefs.set(r, m);
        intermediates.push(m);
      }
    }
    const memrefOf = (v: Value) => memrefs.get(v)!;
    let deps: BlockDependency | undefined;
    // Only flags need the dependency analysis (the producer tiles of each consumer tile).
    const analysis = () => (deps ??= new BlockDependency(program));
    for (const { phases, grid, coResident } of programSchedule(program, this.options.gpu)) {
      const tiles = phases.flat();
      const { size, signals, waits } = planFlags(program, phases, analysis);
      let flags: Value | undefined;
      if (size) {
        const i32 = IntegerType.get(ctx, 32);
        flags = b.insert(AllocOp.create(loc, { operands: { dynamicSizes: [], symbolOperands: [] }, resultTypes: [MemRefType.get([size], i32)] })).result(0);
        b.insert(gpuMemset(flags, host.int(0, i32), loc));
        intermediates.push(flags);
      }
      const plan: LaunchPlan = {
        name: this.kernelName(`${fnName(program.parentWhere((p) => p.name.name === 'func.func') ?? program.parentOp!)}_${tiles.map(tileName).slice(0, 3).join('_')}`),
        phases, grid, threads: Math.max(...tiles.map(threadsFor)),
        flags: flags && { memref: flags, signals, waits },
      };
      const { args } = buildKernel(this.kernels, plan, memrefOf, analysis, loc, this.options.stage);
      const dims = { grid: host.int(plan.grid), threads: host.int(plan.threads), one: host.int(1) };
      b.insert(gpuLaunch(ctx, KERNELS_MODULE, plan.name, dims, args, coResident, loc));
    }
    program.results.forEach((r, i) => memrefs.set(r, memrefOf(yielded[i])));
  }
}

function fnName(fn: Operation): string {
  return (fn.getAttr('sym_name') as StringAttr | undefined)?.value ?? 'main';
}

/** The module's `gpu.module @kernels` (made at its end when missing). */
function kernelsModule(module: Operation): Block {
  const body = module.regions[0].entry!;
  for (const op of body.operations) {
    if (op.name.name === 'gpu.module' && (op.getAttr('sym_name') as StringAttr | undefined)?.value === KERNELS_MODULE) return op.regions[0].entry!;
  }
  const m = gpuModule(module.context, KERNELS_MODULE, module.location);
  body.append(m);
  return m.regions[0].entry!;
}

/** Lowers every function of `module`; false (with diagnostics, the module unchanged) when something cannot be lowered. */
export function convertBlockToGpu(module: Operation, options: GpuLoweringOptions): boolean {
  const fns = module.regions[0].entry!.operations.filter((op) => op.name.name === 'func.func' && op.regions[0].entry);
  if (!fns.every((fn) => checkLowerable(fn))) return false;
  const touched = fns.filter((fn) => {
    let tensors = false;
    fn.walk((op) => {
      if (op.results.some((r) => r.type instanceof RankedTensorType)) tensors = true;
    });
    const type = (fn.getAttr('function_type') as TypeAttr).value as FunctionType;
    return tensors || [...type.inputs, ...type.results].some((t) => t instanceof RankedTensorType);
  });
  if (!touched.length) return true;
  module.setAttr('gpu.container_module', UnitAttr.get(module.context));
  const lowering = new ModuleLowering(module, kernelsModule(module), options);
  for (const fn of touched) lowering.lowerFunction(fn);
  return true;
}

export const convertBlockToGpuPass = definePass({
  name: 'convert-block-to-gpu',
  summary: 'Lower block programs to gpu kernels (gpu.module @kernels) and host code with memrefs and gpu.launch_func',
  description:
    'Each launch of a block program (its `launches` schedule, else one per tile) becomes a kernel where a thread block computes one tile ' +
    '(threads over the tile points, loops over the reduction, contraction footprints staged in workgroup memory), grid barriers between ' +
    'phases and flags inside one (a counter per row band where consumers read whole bands); tensors become memrefs of the same shape.',
  anchor: 'builtin.module',
  options: {
    gpu: Option.enum(['a100', 'h100', 'h200'], 'h100', 'the GPU profile (grid sizes of cooperative launches)'),
    stage: Option.bool(true, 'stage contraction footprints in workgroup memory'),
  },
  run(ctx) {
    if (!convertBlockToGpu(ctx.op, { gpu: gpuProfile(ctx.options.gpu)!, stage: ctx.options.stage })) ctx.signalPassFailure();
  },
});
