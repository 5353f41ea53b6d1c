// What an operator converter sees: the node, its attributes, its inputs as graph values or constant data, a builder.
import { Builder, DenseElementsAttr, FloatType, IntegerType, RankedTensorType, type Location, type MLIRContext, type Operation, type Type, type Value } from '../ir/index.js';
import { ConstantOp } from '../../dialects/graph/index.js';
import { Attributes, DATA_TYPE_NAMES, isIntegerType, type NodeProto, type TensorData } from './proto.js';
import type { WeightBlobs } from './weights.js';

/** A problem with one node or the file; every one is collected before the import fails. */
export class ImportError extends Error {}

/** An ONNX value during import: an SSA value, or constant data (materialised as `graph.constant` on first use). */
export interface Entry {
  value?: Value;
  data?: TensorData;
}

/** What a converter produces per node output. */
export type Produced = Value | TensorData;

/** The MLIR element type of an ONNX data type (unsigned ones are not supported: graph tensors are signless). */
export function elementType(ctx: MLIRContext, dataType: number): Type {
  switch (dataType) {
    case 1: return FloatType.get(ctx, 'f32');
    case 10: return FloatType.get(ctx, 'f16');
    case 11: return FloatType.get(ctx, 'f64');
    case 16: return FloatType.get(ctx, 'bf16');
    case 3: return IntegerType.get(ctx, 8);
    case 5: return IntegerType.get(ctx, 16);
    case 6: return IntegerType.get(ctx, 32);
    case 7: return IntegerType.get(ctx, 64);
    case 9: return IntegerType.get(ctx, 1);
    default: throw new ImportError(`unsupported element type ${DATA_TYPE_NAMES[dataType] ?? dataType}`);
  }
}

/** The ONNX data type of an MLIR element type. */
export function dataTypeOf(t: Type): number {
  if (t instanceof FloatType) return ({ f32: 1, f16: 10, f64: 11, bf16: 16 } as Record<string, number>)[t.name] ?? 1;
  if (t instanceof IntegerType) return ({ 1: 9, 8: 3, 16: 5, 32: 6, 64: 7 } as Record<number, number>)[t.width] ?? 7;
  return 0;
}

/** The converter's view of one node. */
export class NodeContext {
  readonly attrs: Attributes;
  constructor(
    readonly node: NodeProto,
    readonly opset: number,
    readonly loc: Location,
    readonly b: Builder,
    private readonly entries: Map<string, Entry>,
    /** Where large constants go as `dense_resource` blobs; without it every constant is inline. */
    private readonly weights?: WeightBlobs,
  ) {
    this.attrs = new Attributes(node);
  }

  get ctx(): MLIRContext {
    return this.b.context;
  }
  get inputCount(): number {
    return (this.node.input ?? []).length;
  }
  get outputCount(): number {
    return (this.node.output ?? []).length;
  }
  /** Whether optional input `i` is given (ONNX leaves an empty name for a skipped one). */
  hasInput(i: number): boolean {
    return (this.node.input?.[i] ?? '') !== '';
  }

  private entry(i: number): Entry {
    const name = this.node.input?.[i] ?? '';
    const e = this.entries.get(name);
    if (!name || !e) throw new ImportError(`input #${i} is missing`);
    return e;
  }

  /** Input `i` as an SSA value (a constant input becomes a `graph.constant`, once). */
  input(i: number): Value {
    const e = this.entry(i);
    if (!e.value) e.value = this.constant(e.data!, this.node.input![i]);
    return e.value;
  }

  /** Input `i`'s data when it is a constant (an initializer, a Constant node, or folded). */
  constInput(i: number): TensorData | undefined {
    return this.hasInput(i) ? this.entry(i).data : undefined;
  }

  /** Input `i`'s data, which the conversion needs to be constant. */
  requireConst(i: number, what: string): TensorData {
    const d = this.constInput(i);
    if (!d) throw new ImportError(`${what} (input #${i}) must be a constant`);
    return d;
  }

  /** Input `i`'s integer elements as numbers (shapes, axes, indices). */
  constInts(i: number, what: string): number[] {
    return this.requireConst(i, what).values.map((v) => clampInt(Number(v)));
  }

  /** Input `i`'s static type. */
  type(i: number): RankedTensorType {
    const e = this.entry(i);
    if (e.value) return e.value.type as RankedTensorType;
    return RankedTensorType.get(e.data!.dims, elementType(this.ctx, e.data!.dataType));
  }
  shape(i: number): readonly number[] {
    return this.type(i).shape;
  }

  /** Inserts `op` and answers its results. */
  put(op: Operation): Value[] {
    this.b.insert(op);
    return [...op.results];
  }

  /** A `graph.constant` holding `data`: a `dense_resource` blob named after `name` when it is large, inline otherwise. */
  constant(data: TensorData, name = 'cst'): Value {
    const type = RankedTensorType.get(data.dims, elementType(this.ctx, data.dataType));
    const blob = data.raw && this.weights?.fromBytes(type, data.raw, name);
    if (blob) return this.put(ConstantOp.create(this.loc, { properties: { value: blob }, resultTypes: [type] }))[0];
    const values = isIntegerType(data.dataType) ? data.values.map((v) => BigInt(v)) : data.values.map((v) => Number(v));
    const value = this.weights?.attr(type, values, name) ?? DenseElementsAttr.get(type, values);
    return this.put(ConstantOp.create(this.loc, { properties: { value }, resultTypes: [type] }))[0];
  }

  /** A float splat of `x`'s element type with `dims`. */
  splat(value: number, like: Value, dims: readonly number[] = []): Value {
    return this.constant({ dims, dataType: dataTypeOf((like.type as RankedTensorType).elementType), values: new Array(dims.reduce((a, b) => a * b, 1)).fill(value) });
  }
}

/** Clamps ONNX's INT64_MAX/MIN sentinels (slice ends) into exactly representable numbers. */
export function clampInt(x: number): number {
  return Math.max(-(2 ** 40), Math.min(2 ** 40, x));
}

/** Normalises a possibly negative axis against `rank`. */
export function axisOf(axis: number, rank: number): number {
  if (axis < -rank || axis >= Math.max(rank, 1)) throw new ImportError(`axis ${axis} is out of range for rank ${rank}`);
  return axis < 0 ? axis + rank : axis;
}
