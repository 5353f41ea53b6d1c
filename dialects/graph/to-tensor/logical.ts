// Comparisons, logical ops and where as one-to-one TEs over broadcast operands: arith.cmpf/cmpi
// (i1 results), andi/ori/xori, and arith.select in the body; graph.item as tensor.extract.
import { IndexType, IntegerAttr, type RankedTensorType, type Value } from '../../../lib/ir/index.js';
import { ConstantOp } from '../../arith/index.js';
import { ExtractOp } from '../../tensor/index.js';
import type { Body } from './body.js';
import { elementwise } from './elementwise.js';
import { resultType, type Lowering } from './lowering.js';

/** The scalar body of each comparison, logical op and where. */
export const logicalBodies: Readonly<Record<string, (b: Body, xs: readonly Value[]) => Value>> = {
  'graph.equal': (b, [x, y]) => b.compare('eq', x, y),
  'graph.less': (b, [x, y]) => b.compare('lt', x, y),
  'graph.greater': (b, [x, y]) => b.compare('gt', x, y),
  'graph.less_equal': (b, [x, y]) => b.compare('le', x, y),
  'graph.greater_equal': (b, [x, y]) => b.compare('ge', x, y),
  'graph.and': (b, [x, y]) => b.and(x, y),
  'graph.or': (b, [x, y]) => b.or(x, y),
  'graph.xor': (b, [x, y]) => b.xor(x, y),
  'graph.not': (b, [x]) => b.not(x),
  'graph.where': (b, [c, x, y]) => b.select(c, x, y),
};

/** Any op of `logicalBodies`. */
export const lowerLogical: Lowering = (op, operands, cx) => [cx.te(elementwise(operands, resultType(op), logicalBodies[op.name.name]))];

/** graph.item: the one element (every index 0) read by tensor.extract. */
export const lowerItem: Lowering = (op, [input], cx) => {
  const index = IndexType.get(op.context);
  const zero = cx.b.insert(ConstantOp.create(cx.loc, { properties: { value: IntegerAttr.get(index, 0) }, resultTypes: [index] })).result(0);
  const rank = (input.type as RankedTensorType).rank;
  const extract = ExtractOp.create(cx.loc, { operands: { tensor: input, indices: new Array<Value>(rank).fill(zero) }, resultTypes: [op.result(0).type] });
  return [cx.b.insert(extract).result(0)];
};
