// Every graph op, in the order the dialect registers them (definitions live in one file per family).
import { AbsOp, AddOp, CastOp, ConstantOp, DivOp, ErfOp, ExpOp, GeluOp, LogOp, MaxOp, MinOp, MulOp, NegOp, PowOp, ReluOp, RsqrtOp, SigmoidOp, SqrtOp, SubOp, TanhOp } from './elementwise.js';
import { Conv2dOp, GemmOp, MatmulOp } from './contraction.js';
import { AvgPool2dOp, BatchNormOp, GlobalAvgPoolOp, LayerNormOp, MaxPool2dOp, ReduceMaxOp, ReduceMeanOp, ReduceSumOp, SoftmaxOp } from './nn.js';
import { ConcatOp, GatherOp, ReshapeOp, SliceOp, SplitOp, TransposeOp } from './layout.js';
import { AndOp, EqualOp, GreaterEqualOp, GreaterOp, ItemOp, LessEqualOp, LessOp, NotOp, OrOp, WhereOp, XorOp } from './logical.js';

export * from './elementwise.js';
export * from './contraction.js';
export * from './nn.js';
export * from './layout.js';
export * from './logical.js';

/** Every graph op. */
export const graphOps = [
  ConstantOp, AddOp, SubOp, MulOp, DivOp, MaxOp, MinOp, PowOp,
  ReluOp, GeluOp, SigmoidOp, TanhOp, ExpOp, LogOp, SqrtOp, RsqrtOp, NegOp, ErfOp, AbsOp, CastOp,
  MatmulOp, GemmOp, Conv2dOp,
  MaxPool2dOp, AvgPool2dOp, GlobalAvgPoolOp, ReduceSumOp, ReduceMeanOp, ReduceMaxOp, SoftmaxOp, LayerNormOp, BatchNormOp,
  ReshapeOp, TransposeOp, ConcatOp, SliceOp, GatherOp, SplitOp,
  EqualOp, LessOp, GreaterOp, LessEqualOp, GreaterEqualOp, NotOp, AndOp, OrOp, XorOp, WhereOp, ItemOp,
] as const;
