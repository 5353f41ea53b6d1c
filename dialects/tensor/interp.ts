// Interpreter implementations of the tensor dialect: compute (interp-compute.ts), index,
// empty, pad, take and extract. Tensors are immutable values: every op makes new ones.
import type { Operation, RankedTensorType } from '../../lib/ir/index.js';
import {
  TensorValue, contiguousStrides, forEachIndex, numElements, operandGroups, type Interpreter, type InterpreterImpls, type RtValue,
} from '../../lib/interp/index.js';
import { POINT_STATE } from './interp-body.js';
import { runCompute } from './interp-compute.js';
import { TakeOp, padAmounts } from './data-ops.js';
import { IndexOp } from './ops.js';

/** tensor.index outside the compiled fast path (bodies with nested regions): the shared point. */
function runIndex(op: Operation, _args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const point = interp.state.get(POINT_STATE) as Int32Array | undefined;
  if (!point) interp.error(op, "'tensor.index' runs only inside a tensor.compute body");
  return [BigInt(point[IndexOp.view(op).dim])];
}

/** tensor.empty: zeros (its contents are unspecified), dynamic dims from the operands. */
function runEmpty(op: Operation, args: readonly RtValue[]): RtValue[] {
  const type = op.result(0).type as RankedTensorType;
  let next = 0;
  const shape = type.shape.map((d) => (d < 0 ? Number(args[next++] as bigint) : d));
  return [TensorValue.zeros(type, shape)];
}

/** tensor.pad: the source copied at its low offsets; elsewhere the region's value at that index. */
function runPad(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const [[source], lowDyn, highDyn] = operandGroups(op, args) as [[TensorValue], bigint[], bigint[]];
  const amounts = padAmounts(op);
  let nl = 0;
  let nh = 0;
  const low = amounts.low.map((v) => v ?? Number(lowDyn[nl++]));
  const high = amounts.high.map((v) => v ?? Number(highDyn[nh++]));
  if ([...low, ...high].some((v) => v < 0)) interp.error(op, `padding amounts must not be negative, got low [${low}] high [${high}]`);
  const shape = source.shape.map((d, i) => d + low[i] + high[i]);
  const out = TensorValue.zeros(op.result(0).type as RankedTensorType, shape);
  const block = op.regions[0].entry!;
  const yielded = block.last!.operand(0);
  // The usual pad value is defined outside the region (a constant): read it once.
  const constant = yielded.parentBlock !== block ? interp.value(yielded) : undefined;
  const runner = constant === undefined ? interp.bodyRunner(op.regions[0]) : undefined;
  const strides = contiguousStrides(source.shape);
  forEachIndex(shape, (idx, i) => {
    let inside = true;
    let at = 0;
    for (let d = 0; d < idx.length && inside; d++) {
      const s = idx[d] - low[d];
      inside = s >= 0 && s < source.shape[d];
      at += s * strides[d];
    }
    out.data.set(i, inside ? source.data.get(at) : ((constant ?? runner!(idx.map((x) => BigInt(x)))[0]) as bigint | number));
  });
  return [out];
}

/** tensor.take: data's elements along `axis` at the positions the indices hold (negative ones from the end). */
function runTake(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const [data, indices] = args as [TensorValue, TensorValue];
  const axis = TakeOp.view(op).axis;
  const type = op.result(0).type as RankedTensorType;
  const out = TensorValue.zeros(type);
  const outer = numElements(data.shape.slice(0, axis));
  const size = data.shape[axis];
  const inner = numElements(data.shape.slice(axis + 1));
  const count = indices.data.length;
  let o = 0;
  for (let a = 0; a < outer; a++) {
    for (let k = 0; k < count; k++) {
      let pos = Number(indices.data.get(k));
      if (pos < 0) pos += size;
      if (pos < 0 || pos >= size) interp.error(op, `index ${indices.data.get(k)} is out of range for axis ${axis} of size ${size}`);
      const from = (a * size + pos) * inner;
      for (let i = 0; i < inner; i++) out.data.set(o++, data.data.get(from + i));
    }
  }
  return [out];
}

/** tensor.extract: the element at the indices, which must be in bounds. */
function runExtract(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const tensor = args[0] as TensorValue;
  const indices = args.slice(1) as bigint[];
  let flat = 0;
  for (let d = 0; d < tensor.shape.length; d++) {
    const i = Number(indices[d]);
    if (i < 0 || i >= tensor.shape[d]) interp.error(op, `index ${i} is out of bounds for dimension ${d} of size ${tensor.shape[d]}`);
    flat = flat * tensor.shape[d] + i;
  }
  return [tensor.data.get(flat)];
}

/** The tensor dialect's implementations (tensor.yield needs none: its operands pass to the parent). */
export function tensorInterpreter(): InterpreterImpls {
  return {
    'tensor.compute': runCompute,
    'tensor.index': runIndex,
    'tensor.empty': runEmpty,
    'tensor.pad': runPad,
    'tensor.take': runTake,
    'tensor.extract': runExtract,
  };
}
