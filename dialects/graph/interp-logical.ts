// Interpreter implementations of the comparisons, logical ops and where: elementwise over
// broadcast operands of any element type, reading and writing Scalars (i1 as 0n/1n).
import type { RankedTensorType } from '../../lib/ir/index.js';
import { TensorValue, type InterpreterImpls, type OpImpl, type Scalar } from '../../lib/interp/index.js';
import { broadcastSources } from './reference/layout.js';
import type { CompareKind, LogicalKind } from './logical.js';

/** The result of `f` over the broadcast elements of the operands (result type from the op). */
const broadcasting = (f: (xs: Scalar[]) => Scalar): OpImpl => (op, args, interp) => {
  const xs = args.map((a) => (a instanceof TensorValue ? a : interp.error(op, 'expected a tensor value')));
  const out = TensorValue.zeros(op.result(0).type as RankedTensorType);
  const sources = xs.map((x) => broadcastSources(x.shape, out.shape));
  const scalars: Scalar[] = new Array(xs.length);
  for (let k = 0; k < out.data.length; k++) {
    for (let i = 0; i < xs.length; i++) scalars[i] = xs[i].data.get(sources[i][k]);
    out.data.set(k, f(scalars));
  }
  return [out];
};

const truth = (b: boolean): bigint => (b ? 1n : 0n);

/** Comparisons of two numbers or two bigints; any comparison with NaN is false (MLIR's ordered predicates). */
const comparisons: Record<CompareKind, (a: Scalar, b: Scalar) => boolean> = {
  equal: (a, b) => a === b,
  less: (a, b) => a < b,
  greater: (a, b) => a > b,
  less_equal: (a, b) => a <= b,
  greater_equal: (a, b) => a >= b,
};

const logicals: Record<LogicalKind, (a: Scalar, b: Scalar) => bigint> = {
  and: (a, b) => truth(a !== 0n && b !== 0n),
  or: (a, b) => truth(a !== 0n || b !== 0n),
  xor: (a, b) => truth((a !== 0n) !== (b !== 0n)),
};

/** The implementations, by op name. */
export function logicalInterpreter(): InterpreterImpls {
  const impls: Record<string, OpImpl> = {
    'graph.not': broadcasting(([x]) => truth(x === 0n)),
    'graph.where': broadcasting(([c, a, b]) => (c !== 0n ? a : b)),
    'graph.item': (op, [x], interp) => [x instanceof TensorValue ? x.data.get(0) : interp.error(op, 'expected a tensor value')],
  };
  for (const [kind, f] of Object.entries(comparisons)) impls[`graph.${kind}`] = broadcasting(([a, b]) => truth(f(a, b)));
  for (const [kind, f] of Object.entries(logicals)) impls[`graph.${kind}`] = broadcasting(([a, b]) => f(a, b));
  return impls;
}
