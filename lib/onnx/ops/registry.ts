// The converter type: one ONNX node in, one produced value (SSA value or constant data) per output out.
import type { NodeContext, Produced } from '../context.js';

/** Converts one node; throws ImportError (with the reason) when it cannot. */
export type Converter = (n: NodeContext) => Produced[];
