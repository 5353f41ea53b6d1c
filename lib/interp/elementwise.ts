// Elementwise helpers for implementations: scalars map directly, tensors and vectors element by element.
import type { RankedTensorType, Type, VectorType } from '../ir/types.js';
import { TensorValue, type RtValue, type Scalar } from './values.js';

/**
 * Applies `fn` to scalars, or to the elements of same-shaped tensors or vectors at each
 * position, making a value of `resultType` (a scalar type or a tensor/vector type).
 * Tensors are never mutated: the result is a new tensor.
 */
export function mapElements(resultType: Type, args: readonly RtValue[], fn: (xs: Scalar[]) => Scalar): RtValue {
  const first = args[0];
  if (!(first instanceof TensorValue)) return fn(args as Scalar[]);
  const tensors = args as readonly TensorValue[];
  const out = TensorValue.zeros(resultType as RankedTensorType | VectorType, first.shape);
  const xs = new Array<Scalar>(tensors.length);
  for (let i = 0; i < out.data.length; i++) {
    for (let k = 0; k < tensors.length; k++) xs[k] = tensors[k].data.get(i);
    out.data.set(i, fn(xs));
  }
  return out;
}
