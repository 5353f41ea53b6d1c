// The gpu dialect's subgroup mma ops, as MLIR 22 defines them: a warp loads matrix fragments
// (subgroup_mma_load_matrix), multiplies and accumulates them (subgroup_mma_compute), fills
// (subgroup_mma_constant_matrix), combines them elementwise and stores them. Load, compute and
// store are warp-collective: every lane of the warp executes them once, together.
import { MemRefType, type Operation, type Type } from '../../lib/ir/index.js';
import {
  AnyTypeOf, F16, F32, F64, I32, I8, Index, IndexProp, MemRead, MemWrite, Pure, SameTypeAs, SI, TypeFrom, UI, UnitProp, Variadic, defineOp,
  typeConstraint,
} from '../../lib/dialect/index.js';
import { stridesAndOffset } from '../memref/subview-type.js';
import { MmaElementwiseProp } from './attrs.js';
import { AnyMmaMatrix, MmaMatrixOf, MmaMatrixType } from './types-mma.js';

const MEMREF_ELEMENTS = '8-bit signless integer or 32-bit signless integer or 16-bit float or 32-bit float or 64-bit float';
const memrefElement = AnyTypeOf([I8, I32, F16, F32, F64]);

/** MLIR's GPU_MMAMemRef: a memref of i8, i32, f16, f32 or f64 (or of rank-1 vectors of them). */
const MmaMemRef = typeConstraint(
  `memref of ${MEMREF_ELEMENTS} or vector of ${MEMREF_ELEMENTS} values of ranks 1 values`,
  (t) => t instanceof MemRefType && memrefElement.check(t.elementType),
);

/** MemRefType::isLastDimUnitStride: the innermost stride of the layout is 1. */
function lastDimUnitStride(t: MemRefType): boolean {
  const s = stridesAndOffset(t);
  return !!s && (s.strides.length === 0 || s.strides[s.strides.length - 1] === 1);
}

const matrix = (t: Type): MmaMatrixType => t as MmaMatrixType;

export const SubgroupMmaLoadMatrixOp = defineOp(
  {
    name: 'gpu.subgroup_mma_load_matrix',
    operands: { srcMemref: MmaMemRef, indices: Variadic(Index) },
    results: { res: AnyMmaMatrix },
    properties: { leadDimension: IndexProp, transpose: UnitProp },
    interfaces: { memoryEffects: [MemRead('srcMemref')] },
    assemblyFormat: '$srcMemref`[`$indices`]` attr-dict `:` type($srcMemref) `->` type($res)',
  },
  {
    verify(v) {
      if (!lastDimUnitStride(v.srcMemref.type as MemRefType)) return v.op.emitError('expected source memref most minor dim must have unit stride'), false;
      return true;
    },
  },
);

export const SubgroupMmaStoreMatrixOp = defineOp(
  {
    name: 'gpu.subgroup_mma_store_matrix',
    operands: { src: MmaMatrixOf(['si8', 'ui8', 'i32', 'f16', 'f32', 'f64']), dstMemref: MmaMemRef, indices: Variadic(Index) },
    properties: { leadDimension: IndexProp, transpose: UnitProp },
    interfaces: { memoryEffects: [MemWrite('dstMemref')] },
    assemblyFormat: '$src`,` $dstMemref`[`$indices`]` attr-dict `:` type($src)`,` type($dstMemref)',
  },
  {
    verify(v) {
      if (!lastDimUnitStride(v.dstMemref.type as MemRefType)) return v.op.emitError('expected destination memref most minor dim must have unit stride'), false;
      if (matrix(v.src.type).operand !== 'COp') return v.op.emitError("expected the operand matrix being stored to have 'COp' operand type"), false;
      return true;
    },
  },
);

const MultiplyOperand = MmaMatrixOf(['si8', 'ui8', 'f16', 'f32', 'f64']);

/** D = A B + C on fragments (A is MxK, B KxN, C and D MxN); `a_transpose` / `b_transpose` as in MLIR. */
export const SubgroupMmaComputeOp = defineOp(
  {
    name: 'gpu.subgroup_mma_compute',
    operands: { opA: MultiplyOperand, opB: MultiplyOperand, opC: SameTypeAs('res', AnyMmaMatrix) },
    results: { res: AnyMmaMatrix },
    properties: { a_transpose: UnitProp, b_transpose: UnitProp },
    // Pure, as in MLIR (lowerings must not move it out of the warp's converged code).
    traits: [Pure],
    assemblyFormat: '$opA`,` $opB`,` $opC attr-dict `:` type($opA)`,` type($opB) `->` type($res)',
  },
  {
    verify(v) {
      const [a, b, c] = [v.opA, v.opB, v.opC].map((x) => matrix(x.type));
      if (a.operand !== 'AOp' || b.operand !== 'BOp' || c.operand !== 'COp') return v.op.emitError('operands must be in the order AOp, BOp, COp'), false;
      if (a.shape[1] !== b.shape[0] || a.shape[0] !== c.shape[0] || b.shape[1] !== c.shape[1]) {
        return v.op.emitError('operand shapes do not satisfy matmul constraints'), false;
      }
      return true;
    },
  },
);

/** A fragment whose every element is `value`. */
export const SubgroupMmaConstantMatrixOp = defineOp({
  name: 'gpu.subgroup_mma_constant_matrix',
  operands: {
    value: TypeFrom('res', (t) => matrix(t).elementType, 'value type matches element type of mma_matrix', AnyTypeOf([SI(8), UI(8), I32, F16, F32])),
  },
  results: { res: AnyMmaMatrix },
  traits: [Pure],
  assemblyFormat: '$value attr-dict `:` type($res)',
});

/** An elementwise op (`addf`, `maxf`, `extf`, ...) on fragments of one shape. */
export const SubgroupMmaElementwiseOp = defineOp({
  name: 'gpu.subgroup_mma_elementwise',
  operands: { args: Variadic(AnyMmaMatrix) },
  results: { res: AnyMmaMatrix },
  properties: { opType: MmaElementwiseProp },
  traits: [Pure],
  assemblyFormat: '$opType $args attr-dict `:` functional-type($args, $res)',
});

/** The subgroup mma ops, for the dialect's op list. */
export const MMA_OPS = [SubgroupMmaLoadMatrixOp, SubgroupMmaStoreMatrixOp, SubgroupMmaComputeOp, SubgroupMmaConstantMatrixOp, SubgroupMmaElementwiseOp] as const;

/** True for the ops a whole warp executes together (the `_sync` ones of CUDA's wmma). */
export function isWarpCollectiveMma(op: Operation): boolean {
  const n = op.name.name;
  return n === 'gpu.subgroup_mma_load_matrix' || n === 'gpu.subgroup_mma_store_matrix' || n === 'gpu.subgroup_mma_compute';
}
