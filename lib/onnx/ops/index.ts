// Every ONNX operator the importer converts, by op type (default domain).
import { constantConverters } from './constants.js';
import { elementwiseConverters } from './elementwise.js';
import { foldOnlyConverters } from './fold.js';
import { layoutConverters } from './layout.js';
import { logicalConverters } from './logical.js';
import { recurrentConverters } from './lstm.js';
import { nnConverters } from './nn.js';
import type { Converter } from './registry.js';

export type { Converter } from './registry.js';
export { foldConstant } from './fold.js';

/** The converters of the default ONNX domain. */
export const converters: ReadonlyMap<string, Converter> = new Map(Object.entries({ ...foldOnlyConverters, ...constantConverters, ...elementwiseConverters, ...layoutConverters, ...logicalConverters, ...nnConverters, ...recurrentConverters }));
