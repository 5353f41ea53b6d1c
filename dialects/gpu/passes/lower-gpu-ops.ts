// Constructors of the gpu ops the block-to-gpu lowering emits (gpu.module, gpu.func with its
// attributions, ids, barriers, flags, gpu.launch_func, gpu.memset), in the dialect's layout.
import {
  Block, DenseArrayAttr, FunctionType, IndexType, IntegerAttr, IntegerType, MemRefType, Operation, Region, StringAttr, SymbolRefAttr, TypeAttr, UnitAttr,
  type Location, type MLIRContext, type Type, type Value,
} from '../../../lib/ir/index.js';
import { KeywordEnumAttr } from '../attrs.js';

/** A gpu.module named `name` with an empty body. */
export function gpuModule(ctx: MLIRContext, name: string, loc: Location): Operation {
  const region = new Region();
  region.push(new Block());
  return Operation.create({ name: 'gpu.module', location: loc, properties: [{ name: 'sym_name', value: StringAttr.get(ctx, name) }], regions: [region] });
}

/** What a kernel is made of. */
export interface GpuFuncParts {
  readonly name: string;
  readonly inputs: readonly Type[];
  readonly threads: number;
  readonly grid: number;
}

/** A kernel under construction: its entry block and attributions added on demand. */
export interface KernelFunc {
  readonly op: Operation;
  readonly body: Block;
  /** A workgroup or private buffer of `type`; the same (type, slot) gives the same buffer. */
  attribution(space: 'workgroup' | 'private', type: MemRefType, slot: string): Value;
  /** Ends the body (gpu.return) and records the attribution count. */
  finish(): void;
}

/** A `gpu.func @name(...) kernel` with `known_block_size` and `known_grid_size` (x only). */
export function createGpuFunc(ctx: MLIRContext, parts: GpuFuncParts, loc: Location): KernelFunc {
  const i32 = IntegerType.get(ctx, 32);
  const region = new Region();
  const body = region.push(new Block());
  for (const t of parts.inputs) body.addArgument(t, loc);
  const op = Operation.create({
    name: 'gpu.func',
    location: loc,
    properties: [
      { name: 'function_type', value: TypeAttr.get(FunctionType.get(ctx, parts.inputs, [])) },
      { name: 'known_block_size', value: DenseArrayAttr.get(i32, [parts.threads, 1, 1]) },
      { name: 'known_grid_size', value: DenseArrayAttr.get(i32, [parts.grid, 1, 1]) },
    ],
    attributes: [
      { name: 'sym_name', value: StringAttr.get(ctx, parts.name) },
      { name: 'gpu.kernel', value: UnitAttr.get(ctx) },
    ],
    regions: [region],
  });
  const pools = { workgroup: new Map<string, Value>(), private: new Map<string, Value>() };
  let workgroup = 0;
  return {
    op,
    body,
    attribution(space, type, slot) {
      const key = `${type}#${slot}`;
      const pool = pools[space];
      let v = pool.get(key);
      if (v) return v;
      // Workgroup attributions come before private ones among the entry block's arguments.
      v = space === 'workgroup' ? body.insertArgument(parts.inputs.length + workgroup++, type, loc) : body.addArgument(type, loc);
      pool.set(key, v);
      return v;
    },
    finish() {
      body.append(Operation.create({ name: 'gpu.return', location: loc }));
      // Constants are made on demand and some end up unused (a folded index, a placeholder).
      for (const c of [...body.operations]) if (c.name.name === 'arith.constant' && c.result(0).useEmpty) c.erase();
      op.setAttr('workgroup_attributions', IntegerAttr.get(IntegerType.get(ctx, 64), BigInt(workgroup)));
    },
  };
}

/** `gpu.thread_id x`, `gpu.block_id x`, ... */
export function gpuIndex(ctx: MLIRContext, name: 'gpu.thread_id' | 'gpu.block_id' | 'gpu.grid_dim' | 'gpu.block_dim', loc: Location): Operation {
  return Operation.create({
    name, location: loc, resultTypes: [IndexType.get(ctx)],
    properties: [{ name: 'dimension', value: KeywordEnumAttr.get(ctx, 'dim', 'x') }],
  });
}

export function gpuBarrier(_ctx: MLIRContext, loc: Location): Operation {
  return Operation.create({ name: 'gpu.barrier', location: loc });
}

export function gpuGridSync(_ctx: MLIRContext, loc: Location): Operation {
  return Operation.create({ name: 'gpu.grid_sync', location: loc });
}

export function gpuFlagSignal(flags: Value, index: Value, loc: Location): Operation {
  return Operation.create({ name: 'gpu.flag_signal', location: loc, operands: [flags, index] });
}

export function gpuFlagWait(flags: Value, index: Value, count: Value, loc: Location): Operation {
  return Operation.create({ name: 'gpu.flag_wait', location: loc, operands: [flags, index, count] });
}

/** `gpu.launch_func @module::@kernel blocks in (grid, 1, 1) threads in (threads, 1, 1) args(...)` (`{cooperative}` when asked). */
export function gpuLaunch(ctx: MLIRContext, module: string, kernel: string, dims: { grid: Value; threads: Value; one: Value }, args: readonly Value[], cooperative: boolean, loc: Location): Operation {
  const i32 = IntegerType.get(ctx, 32);
  return Operation.create({
    name: 'gpu.launch_func',
    location: loc,
    operands: [dims.grid, dims.one, dims.one, dims.threads, dims.one, dims.one, ...args],
    properties: [
      { name: 'kernel', value: SymbolRefAttr.get(ctx, module, [kernel]) },
      { name: 'operandSegmentSizes', value: DenseArrayAttr.get(i32, [0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, args.length, 0]) },
    ],
    attributes: cooperative ? [{ name: 'cooperative', value: UnitAttr.get(ctx) }] : [],
  });
}

/** `gpu.memset %dst, %value : memref<...>, type`. */
export function gpuMemset(dst: Value, value: Value, loc: Location): Operation {
  return Operation.create({ name: 'gpu.memset', location: loc, operands: [dst, value] });
}
