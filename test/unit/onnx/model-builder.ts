// Builds small ONNX models in tests (onnx-proto's generated classes): one node or a few, f32 by default.
import { onnx, type AttributeProto, type GraphProto, type TensorProto, type ValueInfoProto } from '../../../lib/onnx/proto.js';

/** An attribute value: a number (int unless `float`), numbers (ints unless `floats`), a string or a tensor. */
export type AttrValue = number | number[] | string | { float: number } | { floats: number[] } | { tensor: Tensor } | { graph: SubgraphSpec };

/** A subgraph (If branches): nodes, outputs, initializers; it reads outer values by name. */
export interface SubgraphSpec {
  nodes: NodeSpec[];
  outputs: { name: string; dims?: (number | string)[]; dataType?: number }[];
  initializers?: Tensor[];
}

/** A tensor literal: dims, data, ONNX data type (1 = float, 7 = int64). */
export interface Tensor {
  dims: number[];
  values: number[];
  dataType?: number;
  name?: string;
  /** Store the data in raw_data instead of the typed field. */
  raw?: boolean;
  /** Refer to data in an external file instead. */
  external?: { location: string; offset: number; length: number };
}

/** One node. */
export interface NodeSpec {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: Record<string, AttrValue>;
  name?: string;
  domain?: string;
}

/** A model: inputs and outputs with shapes (a string dim is symbolic), initializers, nodes. */
export interface ModelSpec {
  inputs: { name: string; dims: (number | string)[]; dataType?: number }[];
  outputs: { name: string; dims?: (number | string)[]; dataType?: number }[];
  nodes: NodeSpec[];
  initializers?: Tensor[];
  opset?: number;
}

/** A TensorProto message. */
export function tensorProto(t: Tensor): TensorProto {
  const dataType = t.dataType ?? 1;
  const base: TensorProto = { name: t.name ?? '', dims: t.dims, dataType };
  if (t.external) {
    const { location, offset, length } = t.external;
    const externalData = [{ key: 'location', value: location }, { key: 'offset', value: String(offset) }, { key: 'length', value: String(length) }];
    return { ...base, dataLocation: onnx.TensorProto.DataLocation.EXTERNAL, externalData };
  }
  if (t.raw) {
    const bytes = dataType === 7 ? new Uint8Array(new BigInt64Array(t.values.map(BigInt)).buffer) : new Uint8Array(new Float32Array(t.values).buffer);
    return { ...base, rawData: bytes };
  }
  if (dataType === 7) return { ...base, int64Data: t.values };
  if (dataType === 6 || dataType === 9) return { ...base, int32Data: t.values };
  return { ...base, floatData: t.values };
}

function attribute(name: string, v: AttrValue): AttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  if (typeof v === 'number') return { name, type: T.INT, i: v };
  if (typeof v === 'string') return { name, type: T.STRING, s: Buffer.from(v) };
  if (Array.isArray(v)) return { name, type: T.INTS, ints: v };
  if ('float' in v) return { name, type: T.FLOAT, f: v.float };
  if ('floats' in v) return { name, type: T.FLOATS, floats: v.floats };
  if ('graph' in v) return { name, type: T.GRAPH, g: graphProto(name, [], v.graph) };
  return { name, type: T.TENSOR, t: tensorProto(v.tensor) };
}

function valueInfo(name: string, dims: (number | string)[] | undefined, dataType = 1): ValueInfoProto {
  const shape = dims ? { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } : undefined;
  return { name, type: { tensorType: { elemType: dataType, shape } } };
}

/** The main graph's name (its nodes are n0, n1, ...; a subgraph's are prefixed with its attribute name). */
const MAIN = 'test';

function graphProto(name: string, inputs: ModelSpec['inputs'], spec: SubgraphSpec): GraphProto {
  return {
    name,
    input: inputs.map((i) => valueInfo(i.name, i.dims, i.dataType)),
    output: spec.outputs.map((o) => valueInfo(o.name, o.dims, o.dataType)),
    initializer: (spec.initializers ?? []).map(tensorProto),
    node: spec.nodes.map((n, k) => ({
      name: n.name ?? (name === MAIN ? `n${k}` : `${name}_n${k}`),
      opType: n.op,
      domain: n.domain ?? '',
      input: n.inputs,
      output: n.outputs,
      attribute: Object.entries(n.attrs ?? {}).map(([key, v]) => attribute(key, v)),
    })),
  };
}

/** The model's protobuf bytes. */
export function buildModel(spec: ModelSpec): Uint8Array {
  const graph = graphProto(MAIN, spec.inputs, spec);
  const model = { irVersion: 8, opsetImport: [{ domain: '', version: spec.opset ?? 17 }], producerName: 'dlc-test', graph };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}
