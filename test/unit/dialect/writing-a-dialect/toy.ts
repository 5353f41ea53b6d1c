// The toy dialect of docs/writing-a-dialect.md, verbatim: ops with formats, a verifier, folds, a
// canonicalisation pattern, a lowering pass and interpreter implementations, as a dlc-opt plugin.
import { IntegerAttr, IntegerType, type Attribute, type Dialect, type Type } from '../../../../lib/ir/index.js';
import { AnySignlessInteger, I64Prop, Pure, SameOperandsAndResultType, defineDialect, defineOp } from '../../../../lib/dialect/index.js';
import { definePattern } from '../../../../lib/rewrite/pattern.js';
import { RewritePatternSet, applyPatternsGreedily } from '../../../../lib/rewrite/index.js';
import { definePass } from '../../../../lib/pass/index.js';
import { AddIOp, ConstantOp, MaxSIOp, MinSIOp, MulIOp, materializeArithConstant } from '../../../../dialects/arith/index.js';
import { registerInterpreterImpls, runFunction, type InterpreterImpls, type RtValue } from '../../../../lib/interp/index.js';
import { createContext } from '../../../../dialects/registry.js';
import { parseSourceString } from '../../../../lib/parse/index.js';
import type { PluginApi } from '../../../../lib/driver/plugins.js';

/** `v` wrapped to the width of integer type `t`, as the hardware would. */
function wrapTo(t: Type, v: bigint): bigint {
  return t instanceof IntegerType ? BigInt.asIntN(t.width, v) : v;
}

export const MulAddOp = defineOp(
  {
    name: 'toy.mul_add',
    summary: 'a * b + c on signless integers',
    operands: { a: AnySignlessInteger, b: AnySignlessInteger, c: AnySignlessInteger },
    results: { result: AnySignlessInteger },
    traits: [Pure, SameOperandsAndResultType],
    assemblyFormat: '$a `*` $b `+` $c attr-dict `:` type($result)',
  },
  {
    fold(v, [a, b, c]) {
      const isZero = (x: Attribute | undefined) => x instanceof IntegerAttr && x.value === 0n;
      if (isZero(a) || isZero(b)) return v.c;
      if (a instanceof IntegerAttr && b instanceof IntegerAttr && c instanceof IntegerAttr) {
        return IntegerAttr.get(a.type, wrapTo(a.type, a.value * b.value + c.value));
      }
      return undefined;
    },
  },
);

export const ClampOp = defineOp(
  {
    name: 'toy.clamp',
    summary: 'x limited to [lo, hi]',
    operands: { x: AnySignlessInteger },
    results: { result: AnySignlessInteger },
    properties: { lo: I64Prop, hi: I64Prop },
    traits: [Pure, SameOperandsAndResultType],
    assemblyFormat: '$x `between` $lo `and` $hi attr-dict `:` type($result)',
  },
  {
    verify(v) {
      if (v.lo <= v.hi) return true;
      v.op.emitOpError(`requires lo <= hi, but got ${v.lo} > ${v.hi}`);
      return false;
    },
    fold(v, [x]) {
      if (!(x instanceof IntegerAttr)) return undefined;
      const clamped = x.value < BigInt(v.lo) ? BigInt(v.lo) : x.value > BigInt(v.hi) ? BigInt(v.hi) : x.value;
      return IntegerAttr.get(x.type, clamped);
    },
  },
);

/** clamp(clamp(x, [a, b]), [c, d]) -> clamp(x, [max(a, c), min(b, d)]) when the ranges overlap. */
const clampOfClamp = definePattern({
  name: 'toy-clamp-of-clamp',
  root: 'toy.clamp',
  matchAndRewrite(op, rewriter) {
    const outer = ClampOp.view(op);
    const inner = outer.x.definingOp && ClampOp.match(outer.x.definingOp);
    if (!inner) return false;
    const lo = Math.max(inner.lo, outer.lo);
    const hi = Math.min(inner.hi, outer.hi);
    if (lo > hi) return rewriter.notifyMatchFailure(op, 'the ranges do not overlap');
    rewriter.setInsertionPointBefore(op);
    const merged = ClampOp.create(op.location, { operands: { x: inner.x }, properties: { lo, hi } });
    rewriter.replaceOp(op, rewriter.insert(merged));
    return true;
  },
});

/** The toy dialect: its ops, its patterns, and arith constants for what its folds produce. */
export function loadToyDialect(): Dialect {
  return defineDialect({
    name: 'toy',
    ops: [MulAddOp, ClampOp],
    canonicalization: { 'toy.clamp': [clampOfClamp] },
    materializeConstant: materializeArithConstant,
  });
}

/** toy.mul_add -> arith.muli + arith.addi. */
const lowerMulAdd = definePattern({
  name: 'toy-lower-mul-add',
  root: 'toy.mul_add',
  matchAndRewrite(op, rewriter) {
    const { a, b, c } = MulAddOp.view(op);
    rewriter.setInsertionPointBefore(op);
    const product = rewriter.insert(MulIOp.create(op.location, { operands: { lhs: a, rhs: b } }));
    rewriter.replaceOp(op, rewriter.insert(AddIOp.create(op.location, { operands: { lhs: product.result(0), rhs: c } })));
    return true;
  },
});

/** toy.clamp -> arith.maxsi with lo, then arith.minsi with hi. */
const lowerClamp = definePattern({
  name: 'toy-lower-clamp',
  root: 'toy.clamp',
  matchAndRewrite(op, rewriter) {
    const { x, lo, hi } = ClampOp.view(op);
    rewriter.setInsertionPointBefore(op);
    const constant = (n: number) => rewriter.insert(ConstantOp.create(op.location, { properties: { value: IntegerAttr.get(x.type, BigInt(n)) }, resultTypes: [x.type] })).result(0);
    const atLeast = rewriter.insert(MaxSIOp.create(op.location, { operands: { lhs: x, rhs: constant(lo) } }));
    rewriter.replaceOp(op, rewriter.insert(MinSIOp.create(op.location, { operands: { lhs: atLeast.result(0), rhs: constant(hi) } })));
    return true;
  },
});

export const lowerToyPass = definePass({
  name: 'toy-to-arith',
  summary: 'Lower toy ops to arith',
  anchor: 'func.func',
  run(ctx) {
    const patterns = new RewritePatternSet().add(lowerMulAdd, lowerClamp).freeze();
    applyPatternsGreedily(ctx.op, patterns);
  },
});

/** What the reference interpreter runs for each toy op: one value per result. */
export function toyInterpreter(): InterpreterImpls {
  return {
    'toy.mul_add': (op, [a, b, c]) => [wrapTo(op.result(0).type, (a as bigint) * (b as bigint) + (c as bigint))],
    'toy.clamp': (op, [x]) => {
      const { lo, hi } = ClampOp.view(op);
      const v = x as bigint;
      return [v < BigInt(lo) ? BigInt(lo) : v > BigInt(hi) ? BigInt(hi) : v];
    },
  };
}

/** The plugin entry `dlc-opt --load-dialect-plugin=...` calls. */
export function registerPlugin(dlc: PluginApi): void {
  dlc.registerDialect('toy', loadToyDialect);
  dlc.registerPass(lowerToyPass);
  registerInterpreterImpls('toy', toyInterpreter());
}

/** Runs `@main` of `source` on `args` with the reference interpreter (undefined on an error, which is reported). */
export function runMain(source: string, args: readonly RtValue[]): readonly RtValue[] | undefined {
  const context = createContext();
  context.registerDialect('toy', loadToyDialect);
  registerInterpreterImpls('toy', toyInterpreter());
  const module = parseSourceString(source, { context, filename: 'toy.mlir' });
  return module && runFunction(module, 'main', args);
}
