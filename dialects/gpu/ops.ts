// The gpu dialect's kernel-side ops (ids, barrier, shuffle, subgroup reduction, dlc's grid_sync
// and flags) and host-side memory ops (alloc, dealloc, memcpy, memset), with MLIR 22's formats.
import { MemRefType, type Operation, type Type, type Value } from '../../lib/ir/index.js';
import {
  AnyMemRef, AnyType, AttrSizedOperandSegments, HasParent, I1, I32, Index, IndexProp, I32Prop, MemAlloc, MemFree, MemRead, MemWrite,
  MemRefOf, Optional, Pure, ReturnLike, SameTypeAs, Terminator, UnitProp, Variadic, defineOp, typeConstraint, AnyFloat, AnyInteger,
} from '../../lib/dialect/index.js';
import { DimensionProp, KeywordEnumAttr, ShuffleModeProp, type ReductionKind } from './attrs.js';
import { parseSubgroupReduce, printSubgroupReduce } from './syntax-reduce.js';
import { AsyncToken } from './types.js';
import { checkInsideGpuFunc } from './verify-context.js';

const fail = (op: Operation, message: string): false => (op.emitOpError(message), false);

/** A per-thread index of dimension x/y/z (`gpu.thread_id  x`), named `%thread_id_x` as MLIR names it. */
const indexOp = (mnemonic: string) =>
  defineOp(
    {
      name: `gpu.${mnemonic}`,
      results: { result: Index },
      properties: { dimension: DimensionProp, upper_bound: IndexProp.optional() },
      traits: [Pure],
      assemblyFormat: '$dimension (`upper_bound` $upper_bound^)? attr-dict',
    },
    { resultNames: (v, set) => set(v.result, `${mnemonic}_${v.dimension}`), verify: (v) => checkInsideGpuFunc(v.op) },
  );

export const ThreadIdOp = indexOp('thread_id');
export const BlockIdOp = indexOp('block_id');
export const BlockDimOp = indexOp('block_dim');
export const GridDimOp = indexOp('grid_dim');
export const GlobalIdOp = indexOp('global_id');

export const LaneIdOp = defineOp(
  {
    name: 'gpu.lane_id',
    results: { result: Index },
    properties: { upper_bound: IndexProp.optional() },
    traits: [Pure],
    assemblyFormat: '(`upper_bound` $upper_bound^)? attr-dict',
  },
  { verify: (v) => checkInsideGpuFunc(v.op) },
);

/** A block-wide barrier. Declares no memory effects, so nothing moves or removes it. */
export const BarrierOp = defineOp({ name: 'gpu.barrier', assemblyFormat: 'attr-dict' }, { verify: (v) => checkInsideGpuFunc(v.op) });

/** dlc: a cooperative grid-wide barrier (every thread of every block of the launch). */
export const GridSyncOp = defineOp({ name: 'gpu.grid_sync', assemblyFormat: 'attr-dict' }, { verify: (v) => checkInsideGpuFunc(v.op) });

const I32MemRef = MemRefOf([I32]);

function verifyFlag(op: Operation, flags: Value): boolean {
  if ((flags.type as MemRefType).shape.length !== 1) return fail(op, 'expects a rank-1 flag memref');
  return checkInsideGpuFunc(op);
}

/** dlc: block barrier, fence, then an atomic increment of flags[index] (block-collective). */
export const FlagSignalOp = defineOp(
  {
    name: 'gpu.flag_signal',
    operands: { flags: I32MemRef, index: Index },
    assemblyFormat: '$flags `[` $index `]` attr-dict `:` type($flags)',
  },
  { verify: (v) => verifyFlag(v.op, v.flags) },
);

/** dlc: wait until flags[index] >= count, then a fence and a block barrier (block-collective). */
export const FlagWaitOp = defineOp(
  {
    name: 'gpu.flag_wait',
    operands: { flags: I32MemRef, index: Index, count: I32 },
    assemblyFormat: '$flags `[` $index `]` `,` $count attr-dict `:` type($flags)',
  },
  { verify: (v) => verifyFlag(v.op, v.flags) },
);

const IntegerOrFloat = typeConstraint('Integer or Float or fixed-length vector of Integer or Float values of ranks 1', (t) => AnyInteger.check(t) || AnyFloat.check(t));

export const ShuffleOp = defineOp(
  {
    name: 'gpu.shuffle',
    operands: { value: IntegerOrFloat, offset: I32, width: I32 },
    results: { shuffleResult: SameTypeAs('value'), valid: I1 },
    properties: { mode: ShuffleModeProp },
    traits: [Pure],
    assemblyFormat: '$mode $value `,` $offset `,` $width attr-dict `:` type($value)',
  },
  {
    resultNames(v, set) {
      set(v.shuffleResult, 'shuffleResult');
      set(v.valid, 'valid');
    },
    verify: (v) => checkInsideGpuFunc(v.op),
  },
);

const FLOAT_ONLY = new Set(['minnumf', 'maxnumf', 'minimumf', 'maximumf']);
const INT_ONLY = new Set(['minui', 'minsi', 'maxui', 'maxsi', 'and', 'or', 'xor']);

/** MLIR's verifyReduceOpAndType: integer reductions on integers, float ones on floats. */
function verifyReductionType(op: Operation, kind: string, type: Type): boolean {
  const isFloat = AnyFloat.check(type);
  if ((FLOAT_ONLY.has(kind) && !isFloat) || (INT_ONLY.has(kind) && isFloat)) {
    op.emitError(`\`${kind}\` reduction operation is not compatible with type '${type}'`);
    return false;
  }
  return true;
}

/** The reduction of a gpu.subgroup_reduce (its `op` property, a name a typed view cannot have). */
export function reductionKind(op: Operation): ReductionKind | undefined {
  const a = op.getProp('op');
  return a instanceof KeywordEnumAttr && a.mnemonic === 'all_reduce_op' ? (a.value as ReductionKind) : undefined;
}

export const SubgroupReduceOp = defineOp(
  {
    name: 'gpu.subgroup_reduce',
    operands: { value: IntegerOrFloat },
    results: { result: SameTypeAs('value') },
    properties: { uniform: UnitProp, cluster_size: I32Prop.optional(), cluster_stride: I32Prop.withDefault(1) },
    // Not Pure, as in MLIR: a subgroup reduction is convergent (every lane must reach it), so it must not move or vanish.
    traits: [],
    parse: parseSubgroupReduce,
    print: printSubgroupReduce,
  },
  {
    verify(v) {
      const kind = reductionKind(v.op);
      if (!kind) return fail(v.op, "requires attribute 'op'");
      const size = v.cluster_size;
      if (size !== undefined && (size <= 0 || (size & (size - 1)) !== 0)) return fail(v.op, `cluster size ${size} is not a power of two`);
      const stride = v.cluster_stride;
      if (stride <= 0 || (stride & (stride - 1)) !== 0) return fail(v.op, `cluster stride ${stride} is not a power of two`);
      return verifyReductionType(v.op, kind, v.value.type) && checkInsideGpuFunc(v.op);
    },
  },
);

const asyncFormat = 'custom<AsyncDependencies>(type($asyncToken), $asyncDependencies)';
const asyncParts = { asyncDependencies: Variadic(AsyncToken) };

export const AllocOp = defineOp(
  {
    name: 'gpu.alloc',
    operands: { ...asyncParts, dynamicSizes: Variadic(Index), symbolOperands: Variadic(Index) },
    results: { memref: AnyMemRef, asyncToken: Optional(AsyncToken) },
    properties: { hostShared: UnitProp },
    traits: [AttrSizedOperandSegments],
    interfaces: { memoryEffects: [MemAlloc('memref')] },
    assemblyFormat: `${asyncFormat} (\` \` \`host_shared\` $hostShared^)? \` \` \`(\` $dynamicSizes \`)\` (\`\` \`[\` $symbolOperands^ \`]\`)? attr-dict \`:\` type($memref)`,
  },
  {
    verify(v) {
      const type = v.memref.type as MemRefType;
      const dynamic = type.shape.filter((d) => d < 0).length;
      if (v.dynamicSizes.length !== dynamic) return fail(v.op, `incorrect number of dynamic sizes, has ${v.dynamicSizes.length}, expected ${dynamic}`);
      return true;
    },
    resultNames: (v, set) => set(v.memref, 'memref'),
  },
);

export const DeallocOp = defineOp({
  name: 'gpu.dealloc',
  operands: { ...asyncParts, memref: AnyMemRef },
  results: { asyncToken: Optional(AsyncToken) },
  interfaces: { memoryEffects: [MemFree('memref')] },
  assemblyFormat: `${asyncFormat} $memref attr-dict \`:\` type($memref)`,
});

export const MemcpyOp = defineOp(
  {
    name: 'gpu.memcpy',
    operands: { ...asyncParts, dst: AnyMemRef, src: AnyMemRef },
    results: { asyncToken: Optional(AsyncToken) },
    interfaces: { memoryEffects: [MemWrite('dst'), MemRead('src')] },
    assemblyFormat: `${asyncFormat} $dst\`,\` $src \`:\` type($dst)\`,\` type($src) attr-dict`,
  },
  {
    verify(v) {
      const dst = v.dst.type as MemRefType;
      const src = v.src.type as MemRefType;
      if (dst.elementType !== src.elementType) return fail(v.op, 'arguments have incompatible element type');
      if (dst.shape.length !== src.shape.length || dst.shape.some((d, i) => d >= 0 && src.shape[i] >= 0 && d !== src.shape[i])) {
        return fail(v.op, 'arguments have incompatible shape');
      }
      return true;
    },
  },
);

export const MemsetOp = defineOp(
  {
    name: 'gpu.memset',
    operands: { ...asyncParts, dst: AnyMemRef, value: AnyType },
    results: { asyncToken: Optional(AsyncToken) },
    interfaces: { memoryEffects: [MemWrite('dst')] },
    assemblyFormat: `${asyncFormat} $dst\`,\` $value \`:\` type($dst)\`,\` type($value) attr-dict`,
  },
  {
    verify(v) {
      if ((v.dst.type as MemRefType).elementType !== v.value.type) return fail(v.op, 'failed to verify that all of {dst, value} have same element type');
      return true;
    },
  },
);

export const ReturnOp = defineOp(
  {
    name: 'gpu.return',
    operands: { operands: Variadic(AnyType) },
    traits: [Pure, ReturnLike, Terminator, HasParent('gpu.func')],
    assemblyFormat: 'attr-dict ($operands^ `:` type($operands))?',
  },
  {
    verify(v) {
      const fn = v.op.parentOp;
      const type = fn?.getProp('function_type');
      const results = type && 'value' in type ? ((type as { value: { results?: readonly Type[] } }).value.results ?? []) : [];
      if (results.length !== v.operands.length) {
        v.op.emitOpError(`expected ${results.length} result operands`).attachNote('return type declared here', fn!.location);
        return false;
      }
      for (let i = 0; i < results.length; i++) {
        if (results[i] !== v.operands[i].type) return fail(v.op, `unexpected type \`'${v.operands[i].type}'' for operand #${i}`);
      }
      return true;
    },
  },
);
