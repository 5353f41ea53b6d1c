// Interpreter implementations of the arith dialect: every op through lib/interp/scalar's
// semantics, on scalars and element by element on tensors and vectors; constants of any kind.
import { DenseElementsAttr, FloatAttr, FloatType, RankedTensorType, VectorType, isShaped, type Operation, type Type } from '../../lib/ir/index.js';
import {
  TensorValue, attributeValue, intWidth, mapElements, type Interpreter, type InterpreterImpls, type OpImpl, type RtValue, type Scalar,
} from '../../lib/interp/index.js';
import {
  ScalarError, bitsToFloat, cmpf, cmpi, extsi, extui, floatBinary, floatFormat, floatToBits, fptosi, fptoui, intBinary, roundTo,
  sitofp, trunci, uitofp, type FloatFormat,
} from '../../lib/interp/scalar/index.js';
import { CmpFOp, CmpIOp, TruncFOp } from './ops.js';

/** What an elementwise op computes for one position: its operands' elements in, the result element out. */
export type Kernel = (xs: readonly Scalar[]) => Scalar;

/** The element type of a scalar, tensor, vector or memref type. */
export const elementTypeOf = (t: Type): Type => (isShaped(t) ? t.elementType : t);

/** The integer width of `t`'s elements; a runtime error at `op` for non-integers. */
export function widthOf(op: Operation, t: Type, interp: Interpreter): number {
  const w = intWidth(elementTypeOf(t));
  return w ?? interp.error(op, `expected an integer or index element type, got '${String(t)}'`);
}

/** The float format of `t`'s elements; a runtime error at `op` for formats the interpreter does not compute in. */
export function formatOf(op: Operation, t: Type, interp: Interpreter): FloatFormat {
  const e = elementTypeOf(t);
  const f = e instanceof FloatType ? floatFormat(e.name) : undefined;
  return f ?? interp.error(op, `element type '${String(e)}' is not supported by the interpreter`);
}

/** The multi-index of row-major position `i` in `shape`, for messages. */
function indexOf(shape: readonly number[], i: number): number[] {
  const out = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    out[d] = i % shape[d];
    i = Math.floor(i / shape[d]);
  }
  return out;
}

const kernels = new WeakMap<Operation, Kernel>();

/**
 * An elementwise op's implementation: `build` makes the op's kernel once (types and properties
 * read then, not per element; bodies of loops and tensor.compute run the same op many times),
 * applied to scalars or to every element of same-shaped tensors or vectors. A ScalarError
 * (division by zero...) becomes a runtime error at the op, naming the element.
 */
export function elementwise(build: (op: Operation, interp: Interpreter) => Kernel): OpImpl {
  return (op, args, interp) => {
    let kernel = kernels.get(op);
    if (!kernel) kernels.set(op, (kernel = build(op, interp)));
    const first = args[0];
    if (first instanceof TensorValue) {
      let position = 0;
      const k = kernel;
      try {
        return [mapElements(op.result(0).type, args, (xs) => (position++, k(xs)))];
      } catch (e) {
        if (e instanceof ScalarError) interp.error(op, `${e.message} (element [${indexOf(first.shape, position - 1).join(', ')}])`);
        throw e;
      }
    }
    if (typeof first !== 'number' && typeof first !== 'bigint') return interp.error(op, 'operands of this kind are not supported by the interpreter');
    try {
      return [kernel(args as readonly Scalar[])];
    } catch (e) {
      if (e instanceof ScalarError) interp.error(op, e.message);
      throw e;
    }
  };
}

/** The value of arith.constant: scalars and dense tensors, narrow floats rounded to their format. */
function constant(op: Operation, interp: Interpreter): RtValue {
  const attr = op.getAttr('value');
  const element = elementTypeOf(op.result(0).type);
  if (element instanceof FloatType && element.name !== 'f32' && element.name !== 'f64') {
    // Float attributes of f16, bf16... keep the double as written; round it once, here (through
    // an f32 buffer first, a value just off an f16 tie could round to the wrong side).
    const f = formatOf(op, element, interp);
    if (attr instanceof FloatAttr) return roundTo(f, attr.value);
    const type = op.result(0).type;
    if (attr instanceof DenseElementsAttr && (type instanceof RankedTensorType || type instanceof VectorType)) {
      const out = TensorValue.zeros(type);
      for (let i = 0; i < out.data.length; i++) out.data.set(i, roundTo(f, Number(attr.at(i))));
      return out;
    }
  }
  const value = attr && attributeValue(attr, op);
  return value ?? interp.error(op, `constant '${attr ? String(attr) : ''}' is not supported by the interpreter`);
}

/** Scalar constants by op: loop bodies run the same constant op many times. Tensors are rebuilt, as a view of one might be written. */
const scalarConstants = new WeakMap<Operation, Scalar>();

const constantImpl: OpImpl = (op, _args, interp) => {
  const known = scalarConstants.get(op);
  if (known !== undefined) return [known];
  const value = constant(op, interp);
  if (typeof value === 'number' || typeof value === 'bigint') scalarConstants.set(op, value);
  return [value];
};

/** arith.select: a scalar condition picks a whole operand; a shaped one picks element by element. */
const select: OpImpl = (op, [condition, t, f], interp) => {
  if (typeof condition === 'bigint') return [condition !== 0n ? t : f];
  if (!(condition instanceof TensorValue) || !(t instanceof TensorValue) || !(f instanceof TensorValue)) {
    return interp.error(op, 'expected a scalar condition or tensor/vector operands');
  }
  return [mapElements(op.result(0).type, [condition, t, f], ([c, a, b]) => (c !== 0n ? a : b))];
};

const bool = (b: boolean): bigint => (b ? 1n : 0n);

/** Integer binary ops: canonical bigints of the operands' width. */
function intOps(): Record<string, OpImpl> {
  const out: Record<string, OpImpl> = {};
  for (const [name, f] of Object.entries(intBinary)) {
    out[`arith.${name}`] = elementwise((op, interp) => {
      const w = widthOf(op, op.operand(0).type, interp);
      return ([a, b]) => f(a as bigint, b as bigint, w);
    });
  }
  return out;
}

/** Float binary ops: numbers rounded to the operands' format. */
function floatOps(): Record<string, OpImpl> {
  const out: Record<string, OpImpl> = {};
  for (const [name, f] of Object.entries(floatBinary)) {
    out[`arith.${name}`] = elementwise((op, interp) => {
      const format = formatOf(op, op.operand(0).type, interp);
      return ([a, b]) => f(a as number, b as number, format);
    });
  }
  return out;
}

/** A cast op's kernel from its source and result element types. */
type CastBuild = (op: Operation, from: Type, to: Type, interp: Interpreter) => Kernel;
const cast = (build: CastBuild): OpImpl =>
  elementwise((op, interp) => build(op, elementTypeOf(op.operand(0).type), elementTypeOf(op.result(0).type), interp));

/** Integer to integer casts, from the source and result widths. */
const intToInt = (f: (x: bigint, from: number, to: number) => bigint): OpImpl =>
  cast((op, from, to, interp) => {
    const [s, d] = [widthOf(op, from, interp), widthOf(op, to, interp)];
    return ([x]) => f(x as bigint, s, d);
  });
/** Integer to float casts, from the source width and the result format. */
const intToFloat = (f: (x: bigint, width: number, to: FloatFormat) => number): OpImpl =>
  cast((op, from, to, interp) => {
    const [w, format] = [widthOf(op, from, interp), formatOf(op, to, interp)];
    return ([x]) => f(x as bigint, w, format);
  });
/** Float to integer casts, to the result width. */
const floatToInt = (f: (x: number, width: number) => bigint): OpImpl =>
  cast((op, _from, to, interp) => {
    const w = widthOf(op, to, interp);
    return ([x]) => f(x as number, w);
  });
/** Float to float casts, to the result format. */
const floatToFloat = (f: (x: number, to: FloatFormat) => number): OpImpl =>
  cast((op, _from, to, interp) => {
    const format = formatOf(op, to, interp);
    return ([x]) => f(x as number, format);
  });

/** arith.bitcast between any integer and float types of one width. */
const bitcast: CastBuild = (op, from, to, interp) => {
  const toBits: (x: Scalar) => bigint =
    from instanceof FloatType ? ((f) => (x) => floatToBits(f, x as number))(formatOf(op, from, interp)) : (x) => x as bigint;
  if (to instanceof FloatType) {
    const f = formatOf(op, to, interp);
    return ([x]) => bitsToFloat(f, toBits(x));
  }
  const w = widthOf(op, to, interp);
  return ([x]) => trunci(toBits(x), w);
};

/** The implementations of arith ops. */
export function arithInterpreter(): InterpreterImpls {
  return {
    'arith.constant': constantImpl,
    ...intOps(),
    ...floatOps(),
    'arith.negf': elementwise(() => ([a]) => -(a as number)),
    'arith.cmpi': elementwise((op, interp) => {
      const predicate = CmpIOp.view(op).predicate;
      const w = widthOf(op, op.operand(0).type, interp);
      return ([a, b]) => bool(cmpi(predicate, a as bigint, b as bigint, w));
    }),
    'arith.cmpf': elementwise((op) => {
      const predicate = CmpFOp.view(op).predicate;
      return ([a, b]) => bool(cmpf(predicate, a as number, b as number));
    }),
    'arith.select': select,
    'arith.extsi': intToInt(extsi),
    'arith.extui': intToInt(extui),
    'arith.trunci': intToInt((x, _from, to) => trunci(x, to)),
    'arith.index_cast': intToInt(extsi),
    'arith.index_castui': intToInt(extui),
    'arith.extf': floatToFloat((x, f) => roundTo(f, x)),
    'arith.truncf': cast((op, _from, to, interp) => {
      const f = formatOf(op, to, interp);
      const mode = TruncFOp.view(op).roundingmode ?? 'to_nearest_even';
      return ([x]) => roundTo(f, x as number, mode);
    }),
    'arith.sitofp': intToFloat(sitofp),
    'arith.uitofp': intToFloat(uitofp),
    'arith.fptosi': floatToInt(fptosi),
    'arith.fptoui': floatToInt(fptoui),
    'arith.bitcast': cast(bitcast),
  };
}

