// Canonicalisation patterns of arith's casts, comparisons, select and bitwise ops, as MLIR 22's
// ArithCanonicalization.td and ArithOps.cpp: extension chains, truncations of extensions,
// index_cast round trips, `cmpi eq/ne` of extensions, `not(cmpi)`, bitwise ops of extensions,
// select forms (redundant, negated condition, i1 and 0/1 selects), and products and quotients
// of negations.
import { IntegerAttr, IntegerType, type Operation, type Value } from '../../lib/ir/index.js';
import { definePattern, type RewritePattern } from '../../lib/rewrite/pattern.js';
import type { PatternRewriter } from '../../lib/rewrite/rewriter.js';
import { AndIOp, BitcastOp, CmpIOp, ConstantOp, DivFOp, ExtSIOp, ExtUIOp, IndexCastOp, IndexCastUIOp, MulFOp, NegFOp, OrIOp, SelectOp, XOrIOp, cmpIPredicates } from './ops.js';
import { intWidth, splatValue } from './constants.js';

type CastDef = typeof ExtSIOp | typeof ExtUIOp | typeof IndexCastOp | typeof IndexCastUIOp | typeof BitcastOp;
type BitwiseDef = typeof AndIOp | typeof OrIOp | typeof XOrIOp;
type Pred = keyof typeof cmpIPredicates;

const elementWidth = (v: Value): number | undefined => intWidth('elementType' in v.type ? (v.type as { elementType: typeof v.type }).elementType : v.type);

/** `op`'s operand `i` when an op of `def` defines it. */
function producer(op: Operation, i: number, def: { is(op: Operation): boolean }): Operation | undefined {
  const d = op.operand(i).definingOp;
  return d && def.is(d) ? d : undefined;
}

/** The sources of `op`'s two operands when both are made by `def` from values of one type: `f(g(a), g(b))` gives [a, b]. */
function sourcesOfBoth(op: Operation, def: { is(op: Operation): boolean }): [Value, Value] | undefined {
  const a = producer(op, 0, def);
  const b = producer(op, 1, def);
  return a && b && a.operand(0).type === b.operand(0).type ? [a.operand(0), b.operand(0)] : undefined;
}

/** Replaces `op` by a new cast of kind `make` of `x` to `op`'s result type. */
function replaceWithCast(rewriter: PatternRewriter, op: Operation, make: CastDef, x: Value): true {
  rewriter.setInsertionPointBefore(op);
  rewriter.replaceOp(op, rewriter.insert(make.create(op.location, { operands: { in: x }, resultTypes: [op.result(0).type] })));
  return true;
}

/** `root(inner(x))` -> `make(x)` when `when(x, op)` holds: ExtSIOfExtUI, IndexCastOfExtSI, BitcastOfBitcast, ... */
function castOfCast(name: string, root: CastDef, inner: CastDef, make: CastDef, when: (x: Value, op: Operation) => boolean = () => true): RewritePattern {
  return definePattern({
    name,
    root: root.name,
    benefit: 2,
    matchAndRewrite(op, rewriter) {
      const d = producer(op, 0, inner);
      return !!d && when(d.operand(0), op) && replaceWithCast(rewriter, op, make, d.operand(0));
    },
  });
}

/** `root(inner(x))` -> `x` when `x` already has the result type (IndexCastOfIndexCast). */
function castRoundTrip(name: string, def: CastDef): RewritePattern {
  return definePattern({
    name,
    root: def.name,
    benefit: 2,
    matchAndRewrite(op, rewriter) {
      const d = producer(op, 0, def);
      if (!d || d.operand(0).type !== op.result(0).type) return false;
      rewriter.replaceOp(op, [d.operand(0)]);
      return true;
    },
  });
}

/** trunci(ext(x)) -> ext(x) when only extension bits are truncated (TruncIExtSIToExtSI, TruncIExtUIToExtUI). */
function truncOfExt(name: string, ext: typeof ExtSIOp | typeof ExtUIOp): RewritePattern {
  const wider = (a: Value, b: Value) => (elementWidth(a) ?? 0) > (elementWidth(b) ?? 0) && (elementWidth(b) ?? 0) > 0;
  return definePattern({
    name,
    root: 'arith.trunci',
    benefit: 2,
    matchAndRewrite(op, rewriter) {
      const d = producer(op, 0, ext);
      return !!d && wider(d.result(0), op.result(0)) && wider(op.result(0), d.operand(0)) && replaceWithCast(rewriter, op, ext, d.operand(0));
    },
  });
}

/** `bitwise(ext(x), ext(y))` -> `ext(bitwise(x, y))` when x and y have one type (AndOfExtUI, XOrIOfExtSI, ...). */
function bitwiseOfExt(name: string, root: BitwiseDef, ext: typeof ExtSIOp | typeof ExtUIOp): RewritePattern {
  return definePattern({
    name,
    root: root.name,
    benefit: 3,
    matchAndRewrite(op, rewriter) {
      const sources = sourcesOfBoth(op, ext);
      if (!sources) return false;
      rewriter.setInsertionPointBefore(op);
      const inner = rewriter.insert(root.create(op.location, { operands: { lhs: sources[0], rhs: sources[1] } }));
      return replaceWithCast(rewriter, op, ext, inner.result(0));
    },
  });
}

/** cmpi(eq|ne, ext(a), ext(b)) -> cmpi(eq|ne, a, b) (CmpIExtSI, CmpIExtUI). */
function cmpOfExt(name: string, ext: typeof ExtSIOp | typeof ExtUIOp): RewritePattern {
  return definePattern({
    name,
    root: 'arith.cmpi',
    benefit: 3,
    matchAndRewrite(op, rewriter) {
      const predicate = CmpIOp.view(op).predicate;
      const sources = predicate === 'eq' || predicate === 'ne' ? sourcesOfBoth(op, ext) : undefined;
      if (!sources) return false;
      rewriter.setInsertionPointBefore(op);
      rewriter.replaceOp(op, rewriter.insert(CmpIOp.create(op.location, { operands: { lhs: sources[0], rhs: sources[1] }, properties: { predicate } })));
      return true;
    },
  });
}

const inverted: Record<Pred, Pred> = { eq: 'ne', ne: 'eq', slt: 'sge', sge: 'slt', sle: 'sgt', sgt: 'sle', ult: 'uge', uge: 'ult', ule: 'ugt', ugt: 'ule' };

/** True when `v` is a scalar i1 arith.constant of `value` (MLIR's ConstantAttr<I1Attr, ...>). */
function isI1Constant(v: Value, value: boolean): boolean {
  const d = v.definingOp;
  if (!d || !ConstantOp.is(d)) return false;
  const a = d.getAttr('value');
  return a instanceof IntegerAttr && v.type instanceof IntegerType && v.type.width === 1 && a.value === (value ? 1n : 0n);
}

/** xori(cmpi(p, a, b), true) -> cmpi(!p, a, b) (XOrINotCmpI). */
const xorINotCmpI = definePattern({
  name: 'XOrINotCmpI',
  root: 'arith.xori',
  benefit: 2,
  matchAndRewrite(op, rewriter) {
    const cmp = producer(op, 0, CmpIOp);
    if (!cmp || !isI1Constant(op.operand(1), true)) return false;
    const v = CmpIOp.view(cmp);
    rewriter.setInsertionPointBefore(op);
    rewriter.replaceOp(op, rewriter.insert(CmpIOp.create(op.location, { operands: { lhs: v.lhs, rhs: v.rhs }, properties: { predicate: inverted[v.predicate] } })));
    return true;
  },
});

/** Replaces a select by `select(c, t, f)`. */
function reselect(rewriter: PatternRewriter, op: Operation, c: Value, t: Value, f: Value): true {
  rewriter.setInsertionPointBefore(op);
  rewriter.replaceOp(op, rewriter.insert(SelectOp.create(op.location, { operands: { condition: c, true_value: t, false_value: f } })));
  return true;
}

/** select(p, a, select(p, b, c)) -> select(p, a, c) and select(p, select(p, a, b), c) -> select(p, a, c). */
function redundantSelect(name: string, nestedAt: 1 | 2): RewritePattern {
  return definePattern({
    name,
    root: 'arith.select',
    benefit: 2,
    matchAndRewrite(op, rewriter) {
      const inner = producer(op, nestedAt, SelectOp);
      if (!inner || inner.operand(0) !== op.operand(0)) return false;
      return nestedAt === 2
        ? reselect(rewriter, op, op.operand(0), op.operand(1), inner.operand(2))
        : reselect(rewriter, op, op.operand(0), inner.operand(1), op.operand(2));
    },
  });
}

/** True when `v` is an all-ones integer constant (scalar or splat). */
function isAllOnes(v: Value): boolean {
  const d = v.definingOp;
  const c = d && ConstantOp.is(d) ? splatValue(d.getAttr('value')) : undefined;
  const w = elementWidth(v);
  return typeof c === 'bigint' && w !== undefined && BigInt.asUintN(w, c) === BigInt.asUintN(w, -1n);
}

/** select(xori(p, -1), a, b) -> select(p, b, a) (SelectNotCond). */
const selectNotCond = definePattern({
  name: 'SelectNotCond',
  root: 'arith.select',
  benefit: 2,
  matchAndRewrite(op, rewriter) {
    const not = producer(op, 0, XOrIOp);
    return !!not && isAllOnes(not.operand(1)) && reselect(rewriter, op, not.operand(0), op.operand(2), op.operand(1));
  },
});

/** An i1 `true` constant before `op`. */
function trueBefore(rewriter: PatternRewriter, op: Operation, type: Value['type']): Value {
  const value = IntegerAttr.bool(op.context, true);
  return rewriter.insert(ConstantOp.create(op.location, { properties: { value }, resultTypes: [type] })).result(0);
}

/** select(p, false, true) -> xori(p, true) (SelectI1ToNot). */
const selectI1ToNot = definePattern({
  name: 'SelectI1ToNot',
  root: 'arith.select',
  matchAndRewrite(op, rewriter) {
    if (!isI1Constant(op.operand(1), false) || !isI1Constant(op.operand(2), true)) return false;
    rewriter.setInsertionPointBefore(op);
    const t = trueBefore(rewriter, op, op.operand(0).type);
    rewriter.replaceOp(op, rewriter.insert(XOrIOp.create(op.location, { operands: { lhs: op.operand(0), rhs: t } })));
    return true;
  },
});

/** The scalar integer constant value of `v`, if any. */
function scalarInt(v: Value): bigint | undefined {
  const d = v.definingOp;
  const c = d && ConstantOp.is(d) ? splatValue(d.getAttr('value')) : undefined;
  return typeof c === 'bigint' ? c : undefined;
}

/** select(p, 1, 0) -> extui(p) and select(p, 0, 1) -> extui(xori(p, true)) for integers wider than i1 (SelectToExtUI). */
const selectToExtUI = definePattern({
  name: 'SelectToExtUI',
  root: 'arith.select',
  matchAndRewrite(op, rewriter) {
    const type = op.result(0).type;
    if (!(type instanceof IntegerType) || type.width === 1) return false;
    const [t, f] = [scalarInt(op.operand(1)), scalarInt(op.operand(2))];
    if (t === 1n && f === 0n) return replaceWithCast(rewriter, op, ExtUIOp, op.operand(0));
    if (t !== 0n || f !== 1n) return false;
    rewriter.setInsertionPointBefore(op);
    const one = trueBefore(rewriter, op, op.operand(0).type);
    const not = rewriter.insert(XOrIOp.create(op.location, { operands: { lhs: op.operand(0), rhs: one } }));
    return replaceWithCast(rewriter, op, ExtUIOp, not.result(0));
  },
});

const sameType = (x: Value, op: Operation) => x.type === op.result(0).type;

/** mulf(negf(a), negf(b)) -> mulf(a, b) and the same for divf, keeping the outer op's fastmath (MulFOfNegF, DivFOfNegF). */
function ofNegF(name: string, root: typeof MulFOp | typeof DivFOp): RewritePattern {
  return definePattern({
    name,
    root: root.name,
    benefit: 3,
    matchAndRewrite(op, rewriter) {
      const sources = sourcesOfBoth(op, NegFOp);
      if (!sources) return false;
      rewriter.setInsertionPointBefore(op);
      const created = root.create(op.location, { operands: { lhs: sources[0], rhs: sources[1] }, properties: { fastmath: root.view(op).fastmath } });
      rewriter.replaceOp(op, rewriter.insert(created));
      return true;
    },
  });
}

/** The patterns by root op; canonicalize.ts merges them with the arithmetic ones. */
export const castCanonicalization: Readonly<Record<string, readonly RewritePattern[]>> = {
  'arith.extsi': [castOfCast('ExtSIOfExtUI', ExtSIOp, ExtUIOp, ExtUIOp)],
  'arith.trunci': [truncOfExt('TruncIExtSIToExtSI', ExtSIOp), truncOfExt('TruncIExtUIToExtUI', ExtUIOp)],
  'arith.index_cast': [castRoundTrip('IndexCastOfIndexCast', IndexCastOp), castOfCast('IndexCastOfExtSI', IndexCastOp, ExtSIOp, IndexCastOp)],
  'arith.index_castui': [castRoundTrip('IndexCastUIOfIndexCastUI', IndexCastUIOp), castOfCast('IndexCastUIOfExtUI', IndexCastUIOp, ExtUIOp, IndexCastUIOp)],
  'arith.bitcast': [castOfCast('BitcastOfBitcast', BitcastOp, BitcastOp, BitcastOp, (x, op) => !sameType(x, op))],
  'arith.cmpi': [cmpOfExt('CmpIExtSI', ExtSIOp), cmpOfExt('CmpIExtUI', ExtUIOp)],
  'arith.xori': [xorINotCmpI, bitwiseOfExt('XOrIOfExtUI', XOrIOp, ExtUIOp), bitwiseOfExt('XOrIOfExtSI', XOrIOp, ExtSIOp)],
  'arith.andi': [bitwiseOfExt('AndOfExtUI', AndIOp, ExtUIOp), bitwiseOfExt('AndOfExtSI', AndIOp, ExtSIOp)],
  'arith.ori': [bitwiseOfExt('OrOfExtUI', OrIOp, ExtUIOp), bitwiseOfExt('OrOfExtSI', OrIOp, ExtSIOp)],
  'arith.mulf': [ofNegF('MulFOfNegF', MulFOp)],
  'arith.divf': [ofNegF('DivFOfNegF', DivFOp)],
  'arith.select': [redundantSelect('RedundantSelectFalse', 2), redundantSelect('RedundantSelectTrue', 1), selectNotCond, selectI1ToNot, selectToExtUI],
};
