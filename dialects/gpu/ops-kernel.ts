// The gpu dialect's structure ops: gpu.module (a symbol table of kernels), gpu.func (a kernel or
// device function with workgroup and private attributions) and gpu.launch_func (the host's launch).
import { SymbolRefAttr, type Operation, type Region, type Type } from '../../lib/ir/index.js';
import {
  AnyFunctionType, AnyRegion, AnySignlessIntegerOrIndex, AnyType, ArrayProp, AttrSizedOperandSegments, AutomaticAllocationScope,
  DenseI32ArrayProp, HasParent, I32, IsSymbol, IsolatedFromAbove, NoTerminator, Optional, SingleBlock, SizedRegion, StrProp,
  SymbolNameProp, SymbolRefProp, SymbolTable, TypeProp, UnitProp, Variadic, defineOp,
} from '../../lib/dialect/index.js';
import { AsyncToken } from './types.js';
import { gpuFuncType, parseFunc, parseLaunchFunc, parseModule, printFunc, printLaunchFunc, printModule, workgroupCount } from './syntax.js';
import { verifyFuncBody, verifyLaunchDims, verifyLaunchKernel } from './verify.js';

export const ModuleOp = defineOp({
  name: 'gpu.module',
  properties: { sym_name: SymbolNameProp },
  regions: { body: SizedRegion(1) },
  traits: [IsolatedFromAbove, SymbolTable, IsSymbol, SingleBlock, NoTerminator],
  parse: parseModule,
  print: printModule,
});

export const FuncOp = defineOp(
  {
    name: 'gpu.func',
    properties: {
      function_type: TypeProp(AnyFunctionType),
      arg_attrs: ArrayProp().optional(),
      res_attrs: ArrayProp().optional(),
      workgroup_attrib_attrs: ArrayProp().optional(),
      private_attrib_attrs: ArrayProp().optional(),
      known_block_size: DenseI32ArrayProp.optional(),
      known_grid_size: DenseI32ArrayProp.optional(),
    },
    attributes: { sym_name: StrProp, 'gpu.kernel': UnitProp },
    regions: { body: AnyRegion },
    traits: [IsolatedFromAbove, IsSymbol, AutomaticAllocationScope, HasParent('gpu.module')],
    interfaces: {
      callable: {
        body: (op: Operation): Region | null => op.regions[0],
        argumentTypes: (op: Operation): readonly Type[] => gpuFuncType(op).inputs,
        resultTypes: (op: Operation): readonly Type[] => gpuFuncType(op).results,
      },
    },
    parse: parseFunc,
    print: printFunc,
  },
  {
    verify(v) {
      if (isKernel(v.op) && gpuFuncType(v.op).results.length) return v.op.emitOpError('expected void return type for kernel function'), false;
      return verifyFuncBody(v.op);
    },
  },
);

/** True for a gpu.func marked `kernel` (the `gpu.kernel` unit attribute). */
export function isKernel(op: Operation): boolean {
  return op.getAttr('gpu.kernel') !== undefined;
}

/** The workgroup attribution arguments of a gpu.func, then its private ones. */
export function attributions(op: Operation): { workgroup: Operation['regions'][number]['blocks'][number]['arguments']; private: Operation['regions'][number]['blocks'][number]['arguments'] } {
  const args = op.regions[0].entry?.arguments ?? [];
  const inputs = gpuFuncType(op).inputs.length;
  const wg = workgroupCount(op);
  return { workgroup: args.slice(inputs, inputs + wg), private: args.slice(inputs + wg) };
}

const LaunchIndex = AnySignlessIntegerOrIndex;

export const LaunchFuncOp = defineOp(
  {
    name: 'gpu.launch_func',
    operands: {
      asyncDependencies: Variadic(AsyncToken),
      gridSizeX: LaunchIndex, gridSizeY: LaunchIndex, gridSizeZ: LaunchIndex,
      blockSizeX: LaunchIndex, blockSizeY: LaunchIndex, blockSizeZ: LaunchIndex,
      clusterSizeX: Optional(LaunchIndex), clusterSizeY: Optional(LaunchIndex), clusterSizeZ: Optional(LaunchIndex),
      dynamicSharedMemorySize: Optional(I32),
      kernelOperands: Variadic(AnyType),
      asyncObject: Optional(AnyType),
    },
    results: { asyncToken: Optional(AsyncToken) },
    properties: { kernel: SymbolRefProp },
    attributes: { cooperative: UnitProp },
    traits: [AttrSizedOperandSegments],
    parse: parseLaunchFunc,
    print: printLaunchFunc,
  },
  {
    verify(v) {
      let module = v.op.parentOp;
      while (module && module.name.name !== 'builtin.module') module = module.parentOp;
      if (!module) return v.op.emitOpError('expected to belong to a module'), false;
      if (!module.getAttr('gpu.container_module')) {
        return v.op.emitOpError("expected the closest surrounding module to have the 'gpu.container_module' attribute"), false;
      }
      return verifyLaunchDims(v.op);
    },
    verifySymbolUses: (v, lookup) => verifyLaunchKernel(v.op, lookup),
  },
);

/** The gpu.func a launch_func names, or undefined when it cannot be found. */
export function launchedKernel(launch: Operation): Operation | undefined {
  const ref = launch.getProp('kernel');
  if (!(ref instanceof SymbolRefAttr) || ref.nested.length !== 1) return undefined;
  for (let table = launch.parentOp; table; table = table.parentOp) {
    const module = symbolIn(table, ref.root, 'gpu.module');
    if (module) return symbolIn(module, ref.nested[0], 'gpu.func');
  }
  return undefined;
}

/** The op of kind `kind` named `name` directly in `table`'s body. */
export function symbolIn(table: Operation, name: string, kind: string): Operation | undefined {
  for (const block of table.regions[0]?.blocks ?? []) {
    for (let op = block.first; op; op = op.next) {
      const sym = op.getAttr('sym_name');
      if (op.name.name === kind && sym && 'value' in sym && (sym as { value: unknown }).value === name) return op;
    }
  }
  return undefined;
}
