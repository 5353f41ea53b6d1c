// ONNX comparisons, logical operators and Where on runtime values as graph ops (on constant inputs they fold at import, ops/fold.ts).
import {
  AndOp, EqualOp, GreaterEqualOp, GreaterOp, LessEqualOp, LessOp, NotOp, OrOp, WhereOp, XorOp,
} from '../../../dialects/graph/index.js';
import type { NodeContext } from '../context.js';
import type { Converter } from './registry.js';

type PairOp = typeof EqualOp | typeof AndOp;

const pair = (op: PairOp): Converter => (n: NodeContext) => n.put(op.create(n.loc, { operands: { lhs: n.input(0), rhs: n.input(1) } }));

/** The logical converters, by ONNX op type. */
export const logicalConverters: Record<string, Converter> = {
  Equal: pair(EqualOp),
  Less: pair(LessOp),
  Greater: pair(GreaterOp),
  LessOrEqual: pair(LessEqualOp),
  GreaterOrEqual: pair(GreaterEqualOp),
  And: pair(AndOp),
  Or: pair(OrOp),
  Xor: pair(XorOp),
  Not: (n) => n.put(NotOp.create(n.loc, { operands: { input: n.input(0) } })),
  Where: (n) => n.put(WhereOp.create(n.loc, { operands: { condition: n.input(0), true_value: n.input(1), false_value: n.input(2) } })),
};
