// Builders for the gpu ops whose structure a plain `Op.create` does not set up: gpu.module (with
// its body block), gpu.func (signature, attributions, entry block) and gpu.launch_func (segments).
import {
  Block, DenseArrayAttr, FunctionType, IntegerAttr, IntegerType, Region, StringAttr, SymbolRefAttr, TypeAttr, UnitAttr,
  type Location, type MemRefType, type NamedAttribute, type Operation, type Type, type Value,
} from '../../lib/ir/index.js';
import { FuncOp, LaunchFuncOp, ModuleOp } from './ops-kernel.js';

/** An empty `gpu.module @name { }`. Insert gpu.funcs into `op.regions[0].entry`. */
export function createGpuModule(location: Location, name: string): Operation {
  const body = new Region();
  body.push(new Block());
  return ModuleOp.create(location, { properties: { sym_name: name }, regions: [body] });
}

/** What a gpu.func is made of. */
export interface GpuFuncSpec {
  readonly name: string;
  readonly inputs: readonly Type[];
  readonly results?: readonly Type[];
  /** Workgroup (shared) memory buffers: memrefs in `#gpu.address_space<workgroup>`. */
  readonly workgroup?: readonly MemRefType[];
  /** Per-thread buffers: memrefs in `#gpu.address_space<private>`. */
  readonly private?: readonly MemRefType[];
  readonly kernel?: boolean;
  /** MLIR's `known_block_size` (threads per block in x, y, z), which the CUDA emitter turns into launch bounds. */
  readonly knownBlockSize?: readonly [number, number, number];
  readonly knownGridSize?: readonly [number, number, number];
}

/**
 * A gpu.func with an entry block whose arguments are the inputs, then the workgroup and the
 * private attributions (read them back with `attributions(op)`); the body is empty: append the
 * ops and a `gpu.return`.
 */
export function createGpuFunc(location: Location, spec: GpuFuncSpec): Operation {
  const ctx = location.context;
  const i32 = IntegerType.get(ctx, 32);
  const body = new Region();
  const entry = body.push(new Block());
  for (const t of [...spec.inputs, ...(spec.workgroup ?? []), ...(spec.private ?? [])]) entry.addArgument(t, location);
  const properties: NamedAttribute[] = [{ name: 'function_type', value: TypeAttr.get(FunctionType.get(ctx, [...spec.inputs], [...(spec.results ?? [])])) }];
  if (spec.knownBlockSize) properties.push({ name: 'known_block_size', value: DenseArrayAttr.get(i32, spec.knownBlockSize.map(BigInt)) });
  if (spec.knownGridSize) properties.push({ name: 'known_grid_size', value: DenseArrayAttr.get(i32, spec.knownGridSize.map(BigInt)) });
  const attributes: NamedAttribute[] = [
    { name: 'sym_name', value: StringAttr.get(ctx, spec.name) },
    { name: 'workgroup_attributions', value: IntegerAttr.get(IntegerType.get(ctx, 64), BigInt(spec.workgroup?.length ?? 0)) },
  ];
  if (spec.kernel) attributes.push({ name: 'gpu.kernel', value: UnitAttr.get(ctx) });
  const op = FuncOp.create(location, { attributes, regions: [body] });
  for (const p of properties) op.setProp(p.name, p.value);
  return op;
}

/** What a launch is made of. */
export interface LaunchSpec {
  /** The gpu.module's name and the kernel's. */
  readonly module: string;
  readonly kernel: string;
  readonly grid: readonly [Value, Value, Value];
  readonly block: readonly [Value, Value, Value];
  /** An i32 byte count. */
  readonly dynamicSharedMemorySize?: Value;
  readonly args: readonly Value[];
  /** A cooperative launch (needed by kernels that use gpu.grid_sync). */
  readonly cooperative?: boolean;
}

/** `gpu.launch_func @module::@kernel blocks in (...) threads in (...) args(...)`. */
export function createLaunchFunc(location: Location, spec: LaunchSpec): Operation {
  const ctx = location.context;
  return LaunchFuncOp.create(location, {
    operands: {
      gridSizeX: spec.grid[0], gridSizeY: spec.grid[1], gridSizeZ: spec.grid[2],
      blockSizeX: spec.block[0], blockSizeY: spec.block[1], blockSizeZ: spec.block[2],
      dynamicSharedMemorySize: spec.dynamicSharedMemorySize,
      kernelOperands: [...spec.args],
    },
    properties: { kernel: SymbolRefAttr.get(ctx, spec.module, [spec.kernel]) },
    attributes: spec.cooperative ? [{ name: 'cooperative', value: UnitAttr.get(ctx) }] : [],
    // No async token: dlc's launches are synchronous.
    resultTypes: [],
  });
}
