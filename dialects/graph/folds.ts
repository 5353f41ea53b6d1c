// Folds of the graph ops: identities (x + 0, x * 1, identity reshape and transpose) and constant
// folding, computed by the reference code so a folded value is what the interpreter would give.
// Non-splat constants fold only while small (FOLD_LIMIT elements): folding a large weight would
// copy it into a second attribute that the printed IR then carries.
import { DenseElementsAttr, RankedTensorType, type Attribute, type Operation, type Value } from '../../lib/ir/index.js';
import type { FoldResult } from '../../lib/dialect/index.js';
import { intWidth, type Scalar } from '../../lib/interp/index.js';
import { numElements } from './shapes.js';
import { binary, unary, type Dense } from './reference/compute.js';
import { elementConverter, rounding } from './reference/scalar.js';
import { transposeSources } from './reference/layout.js';
import type { BinaryKind, UnaryKind } from './elementwise.js';

/** The most elements a non-splat folded constant may have. */
export const FOLD_LIMIT = 256;

/**
 * A float constant's shape and values, splats expanded: only asked for when the result is small
 * (splat-only folds compute one value instead).
 */
function denseOf(a: Attribute | undefined): Dense | undefined {
  if (!(a instanceof DenseElementsAttr) || !(a.type instanceof RankedTensorType)) return undefined;
  if (a.values.some((v) => typeof v !== 'number')) return undefined;
  const n = numElements(a.type.shape);
  return { shape: a.type.shape, data: a.isSplat ? new Array<number>(n).fill(a.values[0] as number) : (a.values as number[]) };
}

/** The one-element stand-in of a float splat constant, with its rank kept. */
function splatDense(a: Attribute | undefined): Dense | undefined {
  const v = splat(a);
  return typeof v === 'number' && a instanceof DenseElementsAttr ? { shape: [], data: [v] } : undefined;
}

/** Whether `op`'s result may be folded from non-splat operands. */
const small = (op: Operation) => numElements(resultType(op).shape) <= FOLD_LIMIT;

/** The splat value of a dense constant, if it is one. */
function splat(a: Attribute | undefined): Scalar | undefined {
  if (!(a instanceof DenseElementsAttr) || !a.isSplat) return undefined;
  const v = a.values[0];
  return typeof v === 'number' || typeof v === 'bigint' ? v : undefined;
}

const resultType = (op: Operation) => op.result(0).type as RankedTensorType;

/** `values` as a constant of `type`, when the result may fold (a splat, or at most FOLD_LIMIT elements). */
function constant(type: RankedTensorType, values: readonly Scalar[]): Attribute | undefined {
  const isSplat = values.every((v) => Object.is(v, values[0]));
  if (!isSplat && numElements(type.shape) > FOLD_LIMIT) return undefined;
  return DenseElementsAttr.get(type, isSplat ? values.slice(0, 1) : values);
}

/** Which operand value an identity leaves, given the constant operands: x + 0, x - 0, x * 1, x / 1. */
function identityOperand(kind: BinaryKind, op: Operation, [l, r]: readonly (Attribute | undefined)[]): Value | undefined {
  const type = resultType(op);
  const keep = (v: Value) => (v.type === type ? v : undefined);
  const rhs = splat(r);
  const lhs = splat(l);
  if ((kind === 'add' || kind === 'sub') && rhs === 0) return keep(op.operand(0));
  if (kind === 'add' && lhs === 0) return keep(op.operand(1));
  if ((kind === 'mul' || kind === 'div') && rhs === 1) return keep(op.operand(0));
  if (kind === 'mul' && lhs === 1) return keep(op.operand(1));
  return undefined;
}

/** Binary elementwise fold: identities, then two constants. */
export function foldBinary(kind: BinaryKind, op: Operation, operands: readonly (Attribute | undefined)[]): FoldResult {
  const same = identityOperand(kind, op, operands);
  if (same) return same;
  const round = rounding(resultType(op).elementType);
  if (!round) return undefined;
  const [sa, sb] = operands.map(splatDense);
  if (sa && sb) return constant(resultType(op), Array.from(binary(kind, sa, sb, round).data));
  const [a, b] = small(op) ? operands.map(denseOf) : [];
  return a && b ? constant(resultType(op), Array.from(binary(kind, a, b, round).data)) : undefined;
}

/** Unary elementwise fold of a constant. */
export function foldUnary(kind: UnaryKind, op: Operation, x: Attribute | undefined): FoldResult {
  const d = splatDense(x) ?? (small(op) ? denseOf(x) : undefined);
  const round = rounding(resultType(op).elementType);
  if (!d || !round) return undefined;
  return constant(resultType(op), Array.from(unary(kind, d, round).data));
}

/** cast of a constant; a cast to the same type is the input. */
export function foldCast(op: Operation, x: Attribute | undefined): FoldResult {
  const type = resultType(op);
  if (op.operand(0).type === type) return op.operand(0);
  if (!(x instanceof DenseElementsAttr) || !(x.type instanceof RankedTensorType)) return undefined;
  const values = x.values.filter((v): v is Scalar => typeof v === 'number' || typeof v === 'bigint');
  if (values.length !== x.values.length) return undefined;
  const convert = elementConverter(x.type.elementType, type.elementType);
  const fromInt = intWidth(x.type.elementType) !== undefined;
  return constant(type, values.map((v) => convert(fromInt ? BigInt(v) : Number(v))));
}

/** reshape to the same type is the input; a reshaped constant is the same values retyped (any size: no copy of work). */
export function foldReshape(op: Operation, x: Attribute | undefined): FoldResult {
  const type = resultType(op);
  if (op.operand(0).type === type) return op.operand(0);
  if (!(x instanceof DenseElementsAttr)) return undefined;
  return DenseElementsAttr.get(type, x.values);
}

/** transpose by the identity permutation is the input; a small constant is permuted. */
export function foldTranspose(op: Operation, perm: readonly number[], x: Attribute | undefined): FoldResult {
  if (perm.every((p, i) => p === i)) return op.operand(0);
  if (!(x instanceof DenseElementsAttr) || !(x.type instanceof RankedTensorType)) return undefined;
  if (x.isSplat) return DenseElementsAttr.get(resultType(op), x.values);
  const sources = transposeSources(x.type.shape, perm);
  return constant(resultType(op), Array.from(sources, (s) => x.values[s] as Scalar));
}

/** concat of one input is that input. */
export function foldConcat(op: Operation): FoldResult {
  return op.numOperands === 1 && op.operand(0).type === resultType(op) ? op.operand(0) : undefined;
}

/** A slice that keeps every element in order (same type, forward steps from 0) is its input. */
export function foldSlice(op: Operation, slices: readonly { start: number; step: number }[]): FoldResult {
  const whole = op.operand(0).type === resultType(op) && slices.every((s) => s.start === 0 && s.step === 1);
  return whole ? op.operand(0) : undefined;
}

/** split into one piece is the input. */
export function foldSplit(op: Operation): FoldResult {
  return op.numResults === 1 && op.operand(0).type === op.result(0).type ? [op.operand(0)] : undefined;
}
