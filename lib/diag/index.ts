// Diagnostics: the engine, source buffers, mlir-opt-style rendering and the --verify-diagnostics checker.
export * from './diagnostic.js';
export * from './source-manager.js';
export * from './render.js';
export * from './verify-diagnostics.js';
