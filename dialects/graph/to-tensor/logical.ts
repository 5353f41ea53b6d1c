// Comparisons, logical ops and where as one-to-one TEs over broadcast operands: arith.cmpf/cmpi
// (i1 results), andi/ori/xori, and arith.select in the body.
import type { Value } from '../../../lib/ir/index.js';
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
