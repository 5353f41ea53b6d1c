// The IR core: context, types, attributes, locations, operations, blocks, regions, values.
export * from './context.js';
export * from './resource-blobs.js';
export * from './types.js';
export * from './attributes.js';
export * from './location.js';
export * from './value.js';
export * from './block.js';
export * from './region.js';
export * from './operation.js';
export * from './mapping.js';
export * from './walk.js';
export * from './builder.js';
export * from './symbol-table.js';
export * from './dialect.js';
export * from './op-asm-parser.js';
export * from './op-asm-printer.js';
