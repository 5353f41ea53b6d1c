// The reference interpreter: runtime values, the implementation registry, the core, entry points and checks.
export * from './values.js';
export * from './registry.js';
export * from './interpreter.js';
export * from './attribute-values.js';
export * from './resource-blobs.js';
export * from './elementwise.js';
export * from './operands.js';
export * from './memory.js';
export * from './inputs.js';
export * from './run.js';
export * from './compare.js';
export * from './format.js';
export * from './npy.js';
