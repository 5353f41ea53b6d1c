// Reading ONNX protobuf: the model, its tensors' data (typed fields, raw bytes, external files) and attributes.
import onnxProto from 'onnx-proto';
import type Long from 'long';

/** The generated ONNX message classes (onnx-proto, a protobufjs static module). */
export const onnx = onnxProto.onnx;
export type ModelProto = onnxProto.onnx.IModelProto;
export type GraphProto = onnxProto.onnx.IGraphProto;
export type NodeProto = onnxProto.onnx.INodeProto;
export type TensorProto = onnxProto.onnx.ITensorProto;
export type AttributeProto = onnxProto.onnx.IAttributeProto;
export type ValueInfoProto = onnxProto.onnx.IValueInfoProto;

/** An int64 field as protobufjs decodes it (a Long beyond 2^53). */
export type Int64 = number | Long;

/** An int64 field as a number (ONNX dims and attributes fit doubles). */
export function toNumber(x: Int64 | null | undefined): number {
  if (x === null || x === undefined) return 0;
  return typeof x === 'number' ? x : Number(BigInt(x.toString()));
}

/** An int64 field as a bigint (exact). */
export function toBigInt(x: Int64): bigint {
  return typeof x === 'number' ? BigInt(x) : BigInt(x.toString());
}

/** The first byte of a ModelProto: the tag of one of its fields (ir_version, usually). */
const MODEL_FIRST_BYTES = new Set([0x08, 0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42, 0x72, 0xa2, 0xca, 0xd2]);

/** Decodes a model file; throws with what is wrong when the bytes are not an ONNX model. */
export function decodeModel(bytes: Uint8Array): ModelProto {
  if (bytes.length === 0) throw new Error('the file is empty');
  if (!MODEL_FIRST_BYTES.has(bytes[0])) {
    const start = [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new Error(`not an ONNX model (the file starts with bytes ${start}, not a ModelProto field)`);
  }
  let model: ModelProto;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (e) {
    throw new Error(`not a valid ONNX protobuf, truncated or corrupt (${(e as Error).message})`);
  }
  if (!model.graph) throw new Error('not an ONNX model (no graph in the protobuf message)');
  return model;
}

/** ONNX TensorProto.DataType names, for messages. */
export const DATA_TYPE_NAMES: Readonly<Record<number, string>> = {
  1: 'float', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string',
  9: 'bool', 10: 'float16', 11: 'double', 12: 'uint32', 13: 'uint64', 16: 'bfloat16',
};

/** Constant data: dims, ONNX data type and the elements (numbers for floats, bigints for integers). */
export interface TensorData {
  readonly dims: readonly number[];
  readonly dataType: number;
  readonly values: readonly (number | bigint)[];
  /** The little-endian bytes the elements come from (raw_data or external data), so a weight blob can copy them undecoded. */
  readonly raw?: Uint8Array;
}

/** Whether an ONNX data type holds integers (bool included), kept as bigints. */
export function isIntegerType(dataType: number): boolean {
  return [2, 3, 4, 5, 6, 7, 9, 12, 13].includes(dataType);
}

const BYTES: Readonly<Record<number, number>> = { 1: 4, 2: 1, 3: 1, 4: 2, 5: 2, 6: 4, 7: 8, 9: 1, 10: 2, 11: 8, 12: 4, 13: 8, 16: 2 };

/** Where external data files are read from (the model's directory). */
export type ReadExternal = (location: string, offset: number, length: number | undefined) => Uint8Array;

/** Half-precision bits to a number. */
function halfToNumber(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

/**
 * Constant data read from raw little-endian bytes; the elements are decoded on first use only, since a
 * large weight usually goes to a blob as its bytes and decoding it to numbers costs most of an import's time.
 */
function fromRaw(bytes: Uint8Array, dims: readonly number[], dataType: number, count: number, name: string): TensorData {
  const size = BYTES[dataType];
  if (size === undefined) throw new Error(`tensor '${name}': unsupported data type ${DATA_TYPE_NAMES[dataType] ?? dataType}`);
  if (bytes.length !== size * count) throw new Error(`tensor '${name}': ${bytes.length} bytes of data for ${count} ${DATA_TYPE_NAMES[dataType]} elements`);
  let values: (number | bigint)[] | undefined;
  return {
    dims,
    dataType,
    raw: bytes,
    get values() {
      return (values ??= decodeRaw(bytes, dataType, size, count));
    },
  };
}

/** Little-endian elements of `dataType` (`size` bytes each) from raw bytes. */
function decodeRaw(bytes: Uint8Array, dataType: number, size: number, count: number): (number | bigint)[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: (number | bigint)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const o = i * size;
    switch (dataType) {
      case 1: out[i] = v.getFloat32(o, true); break;
      case 11: out[i] = v.getFloat64(o, true); break;
      case 10: out[i] = halfToNumber(v.getUint16(o, true)); break;
      case 16: out[i] = new Float32Array(new Uint32Array([v.getUint16(o, true) << 16]).buffer)[0]; break;
      case 2: case 9: out[i] = BigInt(v.getUint8(o)); break;
      case 3: out[i] = BigInt(v.getInt8(o)); break;
      case 4: out[i] = BigInt(v.getUint16(o, true)); break;
      case 5: out[i] = BigInt(v.getInt16(o, true)); break;
      case 6: out[i] = BigInt(v.getInt32(o, true)); break;
      case 12: out[i] = BigInt(v.getUint32(o, true)); break;
      case 7: out[i] = v.getBigInt64(o, true); break;
      default: out[i] = v.getBigUint64(o, true);
    }
  }
  return out;
}

/** The elements of a TensorProto, from whichever field holds them. */
export function tensorData(t: TensorProto, readExternal: ReadExternal): TensorData {
  const name = t.name ?? '';
  const dims = (t.dims ?? []).map(toNumber);
  const dataType = t.dataType ?? 0;
  const count = dims.reduce((a, b) => a * b, 1);
  const check = (values: (number | bigint)[]): TensorData => {
    if (values.length !== count) throw new Error(`tensor '${name}': ${values.length} elements for shape [${dims.join(', ')}]`);
    return { dims, dataType, values };
  };
  if (t.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL) {
    const entries = new Map((t.externalData ?? []).map((e) => [e.key ?? '', e.value ?? '']));
    const location = entries.get('location');
    if (!location) throw new Error(`tensor '${name}': external data without a location`);
    const length = entries.has('length') ? Number(entries.get('length')) : undefined;
    return fromRaw(readExternal(location, Number(entries.get('offset') ?? 0), length), dims, dataType, count, name);
  }
  if (t.rawData && t.rawData.length > 0) return fromRaw(t.rawData, dims, dataType, count, name);
  const int = isIntegerType(dataType);
  if (dataType === 1 && t.floatData?.length) return check([...t.floatData]);
  if (dataType === 11 && t.doubleData?.length) return check([...t.doubleData]);
  if ((dataType === 7) && t.int64Data?.length) return check(t.int64Data.map(toBigInt));
  if ((dataType === 12 || dataType === 13) && t.uint64Data?.length) return check(t.uint64Data.map(toBigInt));
  if (t.int32Data?.length) {
    if (dataType === 10) return check(t.int32Data.map(halfToNumber));
    if (int) return check(t.int32Data.map((x) => BigInt(x)));
  }
  if (count === 0) return { dims, dataType, values: [] };
  throw new Error(`tensor '${name}': no data for ${count} ${DATA_TYPE_NAMES[dataType] ?? `type ${dataType}`} elements`);
}

/** A node's attributes by name. */
export class Attributes {
  private readonly byName: Map<string, AttributeProto>;
  constructor(node: NodeProto) {
    this.byName = new Map((node.attribute ?? []).map((a) => [a.name ?? '', a]));
  }
  has(name: string): boolean {
    return this.byName.has(name);
  }
  names(): string[] {
    return [...this.byName.keys()];
  }
  int(name: string, fallback: number): number {
    const a = this.byName.get(name);
    return a ? toNumber(a.i) : fallback;
  }
  float(name: string, fallback: number): number {
    const a = this.byName.get(name);
    return a ? (a.f ?? 0) : fallback;
  }
  string(name: string, fallback: string): string {
    const a = this.byName.get(name);
    return a?.s ? Buffer.from(a.s).toString('utf8') : fallback;
  }
  ints(name: string): number[] | undefined {
    const a = this.byName.get(name);
    return a ? (a.ints ?? []).map(toNumber) : undefined;
  }
  floats(name: string): number[] | undefined {
    const a = this.byName.get(name);
    return a ? [...(a.floats ?? [])] : undefined;
  }
  tensor(name: string): TensorProto | undefined {
    return this.byName.get(name)?.t ?? undefined;
  }
  graph(name: string): GraphProto | undefined {
    return this.byName.get(name)?.g ?? undefined;
  }
}
