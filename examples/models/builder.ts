// GraphBuilder: writes a graph-dialect `func.func @main` as MLIR text, one op per call, tracking
// each SSA value's shape and element type (with the dialect's own shape rules) so that the
// models say only what they compute. Weights are arguments named by `dlc.name`, never constants.
import {
  broadcastShapes, concatShape, conv2dShape, globalPoolShape, matmulShape, numElements, poolShape, reduceShape,
  sliceDims, splitShapes, transposeShape,
} from '../../dialects/graph/shapes.js';

/** The element types the models use. */
export type DType = 'f32' | 'f16';

/** An SSA value of the program being written. */
export interface Value {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: DType;
}

/** Window options of conv2d and the pools; pads are top, left, bottom, right. */
export interface WindowOptions {
  readonly strides?: readonly number[];
  readonly pads?: readonly number[];
  readonly groups?: number;
}

const list = (xs: readonly number[]) => `[${xs.join(', ')}]`;

/** `tensor<2x3xf32>`; `tensor<f32>` for a scalar. */
export function tensorType(shape: readonly number[], dtype: DType): string {
  return `tensor<${shape.map((d) => `${d}x`).join('')}${dtype}>`;
}

/** The written `func.func @main` and what it holds. */
export interface Program {
  readonly text: string;
  /** Ops in the body (the return not counted). */
  readonly ops: number;
  /** Ops by name, e.g. `graph.matmul`. */
  readonly opCounts: ReadonlyMap<string, number>;
  /** Weight and input elements taken as arguments. */
  readonly parameters: number;
}

/** Writes one graph-dialect function: arguments, ops in order, then the return. */
export class GraphBuilder {
  private readonly args: string[] = [];
  private readonly argNames = new Set<string>();
  private readonly lines: string[] = [];
  private readonly counts = new Map<string, number>();
  private next = 0;
  private parameters = 0;

  /** `dtype` is the element type of arguments and constants unless one says otherwise. */
  constructor(readonly dtype: DType = 'f32') {}

  /** A function argument named `name` (SSA name and `dlc.name`; `.` becomes `_` in the SSA name). */
  arg(name: string, shape: readonly number[], dtype: DType = this.dtype): Value {
    const ssa = `%${name.replace(/[^A-Za-z0-9_$]/g, '_')}`;
    if (this.argNames.has(ssa)) throw new Error(`argument ${ssa} is declared twice`);
    this.argNames.add(ssa);
    this.args.push(`${ssa}: ${tensorType(shape, dtype)} {dlc.name = "${name}"}`);
    this.parameters += numElements(shape);
    return { name: ssa, shape, dtype };
  }

  /** Emits `%N = <op> <rest>` with a result of `shape`. */
  private op(op: string, rest: string, shape: readonly number[], dtype: DType): Value {
    const name = `%${this.next++}`;
    this.lines.push(`  ${name} = ${op} ${rest}`);
    this.counts.set(op, (this.counts.get(op) ?? 0) + 1);
    return { name, shape, dtype };
  }

  private type(v: Value): string {
    return tensorType(v.shape, v.dtype);
  }

  /** A splat constant (a scalar tensor unless `shape` is given). */
  constant(value: number, shape: readonly number[] = [], dtype: DType = this.dtype): Value {
    return this.op('graph.constant', `dense<${value.toExponential(8)}> : ${tensorType(shape, dtype)}`, shape, dtype);
  }

  /** An elementwise binary op with numpy broadcasting. */
  binary(kind: 'add' | 'sub' | 'mul' | 'div' | 'max' | 'min' | 'pow', a: Value, b: Value): Value {
    return this.op(`graph.${kind}`, `${a.name}, ${b.name} : ${this.type(a)}, ${this.type(b)}`, broadcastShapes(a.shape, b.shape), a.dtype);
  }

  add(a: Value, b: Value): Value {
    return this.binary('add', a, b);
  }

  mul(a: Value, b: Value): Value {
    return this.binary('mul', a, b);
  }

  /** An elementwise unary op. */
  unary(kind: 'relu' | 'gelu' | 'sigmoid' | 'tanh' | 'exp' | 'log' | 'sqrt' | 'rsqrt' | 'neg' | 'erf' | 'abs', x: Value): Value {
    return this.op(`graph.${kind}`, `${x.name} : ${this.type(x)}`, x.shape, x.dtype);
  }

  /** swish (SiLU), which the dialect has no op for: x * sigmoid(x). */
  swish(x: Value): Value {
    return this.mul(x, this.unary('sigmoid', x));
  }

  matmul(a: Value, b: Value): Value {
    return this.op('graph.matmul', `${a.name}, ${b.name} : ${this.type(a)}, ${this.type(b)}`, matmulShape(a.shape, b.shape), a.dtype);
  }

  /** `x @ w + b`, the fully connected layer. */
  dense(x: Value, w: Value, b: Value): Value {
    return this.add(this.matmul(x, w), b);
  }

  /** A fully connected layer `x @ name.w + name.b` with its weights as arguments. */
  denseLayer(name: string, x: Value, out: number): Value {
    return this.dense(x, this.arg(`${name}.w`, [x.shape[x.shape.length - 1], out]), this.arg(`${name}.b`, [out]));
  }

  /** A CNN's classifier over NCHW features: global average pooling, flattening and the fully connected layer `fc`. */
  classifier(x: Value, classes: number): Value {
    return this.denseLayer('fc', this.reshape(this.globalAvgPool(x), [x.shape[0], x.shape[1]]), classes);
  }

  /** NCHW convolution; weight (M, C / groups, kH, kW), optional bias (M). */
  conv2d(x: Value, w: Value, bias: Value | undefined, o: WindowOptions = {}): Value {
    const strides = o.strides ?? [1, 1];
    const pads = o.pads ?? [0, 0, 0, 0];
    const groups = o.groups ?? 1;
    const shape = conv2dShape(x.shape, w.shape, bias?.shape, { strides, pads, dilations: [1, 1] }, groups);
    const operands = bias ? `${x.name}, ${w.name}, ${bias.name}` : `${x.name}, ${w.name}`;
    const types = bias ? `${this.type(x)}, ${this.type(w)}, ${this.type(bias)}` : `${this.type(x)}, ${this.type(w)}`;
    return this.op('graph.conv2d', `${operands}${windowText(strides, pads)}${groups !== 1 ? ` groups = ${groups}` : ''} : ${types}`, shape, x.dtype);
  }

  /**
   * A conv layer with its weights as arguments `name.w` and `name.b` (the bias, where batch
   * norm is folded in), kernel `k` x `k` padded to keep the size at stride 1; `groups` =
   * channels makes it depthwise.
   */
  convLayer(name: string, x: Value, out: number, k: number, stride = 1, groups = 1): Value {
    const w = this.arg(`${name}.w`, [out, x.shape[1] / groups, k, k]);
    const bias = this.arg(`${name}.b`, [out]);
    const p = (k - 1) / 2;
    return this.conv2d(x, w, bias, { strides: [stride, stride], pads: [p, p, p, p], groups });
  }

  maxPool(x: Value, kernel: readonly number[], o: WindowOptions = {}): Value {
    const strides = o.strides ?? [1, 1];
    const pads = o.pads ?? [0, 0, 0, 0];
    const shape = poolShape(x.shape, { kernel, strides, pads, dilations: [1, 1] });
    return this.op('graph.max_pool2d', `${x.name} kernel = ${list(kernel)}${windowText(strides, pads)} : ${this.type(x)}`, shape, x.dtype);
  }

  globalAvgPool(x: Value): Value {
    return this.op('graph.global_avg_pool', `${x.name} : ${this.type(x)}`, globalPoolShape(x.shape), x.dtype);
  }

  reduce(kind: 'sum' | 'mean' | 'max', x: Value, axes: readonly number[], keepdims = false): Value {
    const text = `${x.name} axes = ${list(axes)}${keepdims ? ' keepdims' : ''} : ${this.type(x)}`;
    return this.op(`graph.reduce_${kind}`, text, reduceShape(x.shape, axes, keepdims), x.dtype);
  }

  softmax(x: Value, axis = -1): Value {
    return this.op('graph.softmax', `${x.name}${axis !== -1 ? ` axis = ${axis}` : ''} : ${this.type(x)}`, x.shape, x.dtype);
  }

  /** Layer norm over the last dimension. */
  layerNorm(x: Value, scale: Value, bias: Value, epsilon: number): Value {
    return this.op('graph.layer_norm', `${x.name}, ${scale.name}, ${bias.name} epsilon = ${epsilon.toExponential(8)} : ${this.type(x)}, ${this.type(scale)}`, x.shape, x.dtype);
  }

  reshape(x: Value, shape: readonly number[]): Value {
    if (numElements(shape) !== numElements(x.shape)) throw new RangeError(`cannot reshape ${x.shape.join('x')} to ${shape.join('x')}`);
    return this.op('graph.reshape', `${x.name} : ${this.type(x)} to ${tensorType(shape, x.dtype)}`, shape, x.dtype);
  }

  transpose(x: Value, perm: readonly number[]): Value {
    return this.op('graph.transpose', `${x.name} perm = ${list(perm)} : ${this.type(x)}`, transposeShape(x.shape, perm), x.dtype);
  }

  concat(xs: readonly Value[], axis: number): Value {
    const shape = concatShape(xs.map((x) => x.shape), axis);
    return this.op('graph.concat', `${xs.map((x) => x.name).join(', ')} axis = ${axis} : ${xs.map((x) => this.type(x)).join(', ')}`, shape, xs[0].dtype);
  }

  /** `x[starts:ends]` along `axes` (ONNX Slice, unit steps). */
  slice(x: Value, starts: readonly number[], ends: readonly number[], axes: readonly number[]): Value {
    const shape = sliceDims(x.shape, starts, ends, axes, undefined).map((d) => d.count);
    return this.op('graph.slice', `${x.name} starts = ${list(starts)} ends = ${list(ends)} axes = ${list(axes)} : ${this.type(x)}`, shape, x.dtype);
  }

  /** Splits along `axis` into pieces of `sizes`: one op, several results (`%N#i`). */
  split(x: Value, axis: number, sizes: readonly number[]): Value[] {
    const shapes = splitShapes(x.shape, axis, sizes);
    const name = `%${this.next++}`;
    this.lines.push(`  ${name}:${sizes.length} = graph.split ${x.name} axis = ${axis} sizes = ${list(sizes)} : ${this.type(x)}`);
    this.counts.set('graph.split', (this.counts.get('graph.split') ?? 0) + 1);
    return shapes.map((shape, i) => ({ name: `${name}#${i}`, shape, dtype: x.dtype }));
  }

  /** `torch.roll` of `x` by `shift` along `axis`, composed as two slices and a concat (the dialect has no roll). */
  roll(x: Value, shift: number, axis: number): Value {
    const d = x.shape[axis];
    const s = ((shift % d) + d) % d;
    if (s === 0) return x;
    return this.concat([this.slice(x, [d - s], [d], [axis]), this.slice(x, [0], [d - s], [axis])], axis);
  }

  /** The whole function: a comment line, the signature (results named `dlc.name`), the body and the return. */
  finish(comment: string, results: readonly [string, Value][]): Program {
    const resultTypes = results.map(([n, v]) => `${this.type(v)} {dlc.name = "${n}"}`).join(', ');
    const text = [
      ...comment.split('\n').map((l) => `// ${l}`),
      `func.func @main(${this.args.join(', ')}) -> (${resultTypes}) {`,
      ...this.lines,
      `  return ${results.map(([, v]) => v.name).join(', ')} : ${results.map(([, v]) => this.type(v)).join(', ')}`,
      '}',
      '',
    ].join('\n');
    const ops = [...this.counts.values()].reduce((a, b) => a + b, 0);
    return { text, ops, opCounts: new Map([...this.counts].sort(([a], [b]) => a.localeCompare(b))), parameters: this.parameters };
  }
}

function windowText(strides: readonly number[], pads: readonly number[]): string {
  const s = strides.some((x) => x !== 1) ? ` strides = ${list(strides)}` : '';
  const p = pads.some((x) => x !== 0) ? ` pads = ${list(pads)}` : '';
  return s + p;
}
