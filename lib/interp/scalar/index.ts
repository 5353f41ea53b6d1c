// Scalar semantics of the interpreter: MLIR's integer (any width, signless two's complement) and
// float (f16, bf16, f32, f64, ...) arithmetic as pure functions, shared by the op implementations.
export * from './int.js';
export * from './float-format.js';
export * from './float.js';
export * from './math.js';
export { erf } from './erf.js';
