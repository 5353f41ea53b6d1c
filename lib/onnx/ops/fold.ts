// Import-time folding of elementwise ONNX operators on constant data (the integer shape arithmetic of exported models), with numpy broadcasting.
import { ImportError, type NodeContext } from '../context.js';
import { isIntegerType, type TensorData } from '../proto.js';
import type { Converter } from './registry.js';

type Scalar = number | bigint;

const BOOL = 9;

/** The broadcast dims of `shapes` (numpy rules). */
function broadcast(shapes: readonly (readonly number[])[]): number[] {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const dims = shapes.map((s) => s[i - (rank - s.length)] ?? 1);
    const d = Math.max(...dims);
    if (dims.some((x) => x !== 1 && x !== d)) throw new ImportError(`shapes ${shapes.map((s) => `[${s.join(', ')}]`).join(', ')} do not broadcast`);
    out.push(d);
  }
  return out;
}

/** `f` over the broadcast elements of `inputs`. */
function map(inputs: readonly TensorData[], dataType: number, f: (xs: Scalar[]) => Scalar): TensorData {
  const dims = broadcast(inputs.map((t) => t.dims));
  const count = dims.reduce((a, b) => a * b, 1);
  const values: Scalar[] = new Array(count);
  const index = new Array<number>(dims.length).fill(0);
  for (let k = 0; k < count; k++) {
    values[k] = f(
      inputs.map((t) => {
        let flat = 0;
        const offset = dims.length - t.dims.length;
        t.dims.forEach((d, i) => (flat = flat * d + (d === 1 ? 0 : index[i + offset])));
        return t.values[flat];
      }),
    );
    for (let i = dims.length - 1; i >= 0 && ++index[i] === dims[i]; i--) index[i] = 0;
  }
  return { dims, dataType, values };
}

const truth = (b: boolean): bigint => (b ? 1n : 0n);

/** Binary arithmetic of one element type: bigints stay bigints (integer division truncates, as ONNX's Div). */
function arithmetic(op: string, a: Scalar, b: Scalar): Scalar {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case 'Add': return a + b;
      case 'Sub': return a - b;
      case 'Mul': return a * b;
      case 'Div': return b === 0n ? 0n : a / b;
      case 'Mod': return b === 0n ? 0n : ((a % b) + b) % b;
      case 'Max': return a > b ? a : b;
      default: return a < b ? a : b;
    }
  }
  const [x, y] = [Number(a), Number(b)];
  switch (op) {
    case 'Add': return x + y;
    case 'Sub': return x - y;
    case 'Mul': return x * y;
    case 'Div': return x / y;
    case 'Mod': return x - Math.floor(x / y) * y;
    case 'Max': return Math.max(x, y);
    default: return Math.min(x, y);
  }
}

const compare = (op: string, a: Scalar, b: Scalar): boolean => (op === 'Equal' ? a == b : op === 'Less' ? a < b : op === 'Greater' ? a > b : op === 'LessOrEqual' ? a <= b : a >= b);

/** The folded outputs of `n` when every input is constant and the op is foldable; undefined otherwise. */
export function foldConstant(n: NodeContext): TensorData[] | undefined {
  const op = n.node.opType ?? '';
  if (n.inputCount === 0 || !FOLDABLE.has(op)) return undefined;
  const inputs: TensorData[] = [];
  for (let i = 0; i < n.inputCount; i++) {
    const d = n.constInput(i);
    if (!d) return undefined;
    inputs.push(d);
  }
  // Floats are folded only where the graph has no op (comparisons, Where, Not): float arithmetic stays in the IR.
  const float = inputs.some((t) => !isIntegerType(t.dataType));
  switch (op) {
    case 'Add': case 'Sub': case 'Mul': case 'Div': case 'Mod': case 'Max': case 'Min':
      if (float) return undefined;
      return [map(inputs, inputs[0].dataType, ([a, b]) => arithmetic(op, a, b))];
    case 'Neg':
      return float ? undefined : [map(inputs, inputs[0].dataType, ([a]) => -(a as bigint))];
    case 'Equal': case 'Less': case 'Greater': case 'LessOrEqual': case 'GreaterOrEqual':
      return [map(inputs, BOOL, ([a, b]) => truth(compare(op, a, b)))];
    case 'Not':
      return [map(inputs, BOOL, ([a]) => truth(!a))];
    case 'And': case 'Or': case 'Xor':
      return [map(inputs, BOOL, ([a, b]) => truth(op === 'And' ? !!a && !!b : op === 'Or' ? !!a || !!b : !!a !== !!b))];
    case 'Where':
      return [map(inputs, inputs[1].dataType, ([c, a, b]) => (c ? a : b))];
    default:
      return [range(inputs)];
  }
}

/** Range(start, limit, delta) as ONNX defines it. */
function range([start, limit, delta]: TensorData[]): TensorData {
  const [s, l, d] = [start.values[0], limit.values[0], delta.values[0]].map(Number);
  if (d === 0) throw new ImportError('Range with delta 0');
  const count = Math.max(Math.ceil((l - s) / d), 0);
  const int = isIntegerType(start.dataType);
  const values = Array.from({ length: count }, (_, i) => (int ? BigInt(s + i * d) : s + i * d));
  return { dims: [count], dataType: start.dataType, values };
}

const FOLDABLE = new Set(['Add', 'Sub', 'Mul', 'Div', 'Mod', 'Max', 'Min', 'Neg', 'Equal', 'Less', 'Greater', 'LessOrEqual', 'GreaterOrEqual', 'Not', 'And', 'Or', 'Xor', 'Where', 'Range']);

/** Operators that exist only as folds (the graph dialect has no such op): without constant inputs they fail with that reason. */
export const foldOnlyConverters: Record<string, Converter> = Object.fromEntries(
  ['Mod', 'Range'].map((op) => [
    op,
    () => {
      throw new ImportError(`'${op}' is supported only on constant inputs (it is folded at import; the graph dialect has no such op)`);
    },
  ]),
);
