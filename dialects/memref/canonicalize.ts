// Folds and canonicalisation patterns of memref, as MLIR 22's MemRefOps.cpp: casts of ranked
// memrefs fold into their users (load, store, dealloc, copy, dim, cast), dim of a static
// extent or of an alloc's size, allocs with constant sizes become static, and allocs only
// stored to and freed are removed, as are copies of a memref to itself.
import { IndexType, IntegerAttr, MemRefType, type Operation, type Value } from '../../lib/ir/index.js';
import type { FoldResult } from '../../lib/dialect/index.js';
import { definePattern, type RewritePattern } from '../../lib/rewrite/pattern.js';
import { ConstantOp } from '../arith/index.js';
import { AllocOp, AllocaOp, CastOp } from './index.js';

/**
 * The source of a memref.cast defining `v`, when it is ranked. MLIR's foldMemRefCast takes any
 * such cast, towards more static shapes too (its canFoldIntoConsumerOp is not consulted there).
 */
function foldableCastSource(v: Value): Value | undefined {
  const d = v.definingOp;
  if (!d || d.name.name !== 'memref.cast') return undefined;
  const source = d.operand(0);
  return source.type instanceof MemRefType ? source : undefined;
}

/**
 * Replaces operands of `op` that are foldable casts by the casts' sources (MLIR's foldMemRefCast);
 * `skip` is an operand index left alone (the value a store writes). True when one changed.
 */
export function foldMemRefCast(op: Operation, skip = -1): boolean {
  let changed = false;
  op.operands.forEach((v, i) => {
    const source = i === skip ? undefined : foldableCastSource(v);
    if (source) {
      op.setOperand(i, source);
      changed = true;
    }
  });
  return changed;
}

/** store, dealloc, copy: operands (but `skip`) through foldable casts, in place (the op has no results). */
export const foldCastsInPlace = (op: Operation, skip = -1): FoldResult => (foldMemRefCast(op, skip) ? [] : undefined);

/** memref.load: operands through foldable casts. */
export const foldLoad = (op: Operation): FoldResult => (foldMemRefCast(op) ? op.result(0) : undefined);

/** memref.cast: an identity cast is its source, a cast of a cast back to the original type too, else casts fold in. */
export function foldCast(op: Operation): FoldResult {
  const source = op.operand(0);
  const to = op.result(0).type;
  if (source.type === to) return source;
  const inner = source.definingOp;
  if (inner?.name.name === 'memref.cast' && inner.operand(0).type === to) return inner.operand(0);
  return foldMemRefCast(op) ? op.result(0) : undefined;
}

/** memref.dim: a static extent, or the size operand of the alloc or alloca that made the memref. */
export function foldDim(op: Operation, index: IntegerAttr | undefined): FoldResult {
  const type = op.operand(0).type;
  if (!index || !(type instanceof MemRefType)) return undefined;
  const i = Number(index.value);
  if (i < 0 || i >= type.shape.length) return undefined;
  if (type.shape[i] >= 0) return IntegerAttr.get(IndexType.get(op.context), BigInt(type.shape[i]));
  const alloc = op.operand(0).definingOp;
  if (alloc && (alloc.name.name === 'memref.alloc' || alloc.name.name === 'memref.alloca')) {
    const dynamicIndex = type.shape.slice(0, i).filter((d) => d < 0).length;
    return alloc.operand(dynamicIndex);
  }
  return foldMemRefCast(op) ? op.result(0) : undefined;
}

/** alloc(%c4) : memref<?xf32> -> cast(alloc() : memref<4xf32>) (SimplifyAllocConst). */
function simplifyAllocConst(root: 'memref.alloc' | 'memref.alloca'): RewritePattern {
  return definePattern({
    name: 'SimplifyAllocConst',
    root,
    matchAndRewrite(op, rewriter) {
      // Looked up here, not at module load: the definitions import this module.
      const def = root === 'memref.alloc' ? AllocOp : AllocaOp;
      const v = def.view(op);
      const type = v.memref.type as MemRefType;
      const constants = v.dynamicSizes.map((s) => {
        const d = s.definingOp;
        const a = d && ConstantOp.is(d) ? d.getAttr('value') : undefined;
        return a instanceof IntegerAttr && a.value >= 0n ? Number(a.value) : undefined;
      });
      if (constants.every((c) => c === undefined)) return false;
      let k = 0;
      const kept: Value[] = [];
      const shape = type.shape.map((d) => {
        if (d >= 0) return d;
        const c = constants[k];
        if (c === undefined) kept.push(v.dynamicSizes[k]);
        k++;
        return c ?? d;
      });
      rewriter.setInsertionPointBefore(op);
      const alloc = rewriter.insert(
        def.create(op.location, {
          operands: { dynamicSizes: kept, symbolOperands: v.symbolOperands },
          properties: { alignment: v.alignment },
          resultTypes: [MemRefType.get(shape, type.elementType, type.layout, type.memorySpace)],
        }),
      );
      rewriter.replaceOp(op, rewriter.insert(CastOp.create(op.location, { operands: { source: alloc.result(0) }, resultTypes: [type] })));
      return true;
    },
  });
}

/** An alloc only stored into and freed is removed with those users (SimplifyDeadAlloc). */
function simplifyDeadAlloc(root: string): RewritePattern {
  return definePattern({
    name: 'SimplifyDeadAlloc',
    root,
    matchAndRewrite(op, rewriter) {
      const memref = op.result(0);
      const users = memref.uses.map((u) => u.owner);
      const removable = (u: Operation) => (u.name.name === 'memref.store' ? u.operand(0) !== memref : u.name.name === 'memref.dealloc');
      if (!users.every(removable)) return false;
      for (const u of new Set(users)) rewriter.eraseOp(u);
      rewriter.eraseOp(op);
      return true;
    },
  });
}

/** copy(x, x) is erased (FoldSelfCopy). */
const foldSelfCopy = definePattern({
  name: 'FoldSelfCopy',
  root: 'memref.copy',
  benefit: 2,
  matchAndRewrite(op, rewriter) {
    if (op.operand(0) !== op.operand(1)) return false;
    rewriter.eraseOp(op);
    return true;
  },
});

/** The patterns by root op, for defineDialect. */
export const memrefCanonicalization: Readonly<Record<string, readonly RewritePattern[]>> = {
  'memref.alloc': [simplifyAllocConst('memref.alloc'), simplifyDeadAlloc('memref.alloc')],
  'memref.alloca': [simplifyAllocConst('memref.alloca'), simplifyDeadAlloc('memref.alloca')],
  'memref.copy': [foldSelfCopy],
};
