// The graph -> tensor lowering: the convert-graph-to-tensor pass and its patterns.
export { convertGraphToTensorPass, graphToTensorPatterns, graphToTensorTarget, graphLowerings } from './pass.js';
