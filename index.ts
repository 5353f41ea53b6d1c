// dlc's public API: `import { definePass, PatternRewriter, parseSourceString, ... } from 'dlc'`.
export * from './lib/ir/index.js';
export * from './lib/pass/index.js';
export * from './lib/rewrite/index.js';
export * from './lib/passes/index.js';
export { parseSourceString, splitInputFile, type ParseSourceOptions } from './lib/parse/index.js';
export { printOperation, type PrintOptions } from './lib/print/index.js';
export { verify, type VerifyOptions } from './lib/verify/index.js';
export { Diagnostic, DiagnosticEngine, type Severity, type DiagnosticHandler } from './lib/diag/diagnostic.js';
export { createContext, allDialects } from './dialects/registry.js';
export * from './lib/dialect/index.js';
// Both lib/dialect and lib/rewrite define these; the rewriter's also read ops that only list the `Pure` trait.
export { isPure, isMemoryEffectFree, isTriviallyDead } from './lib/rewrite/effects.js';
export type { FoldResult } from './lib/rewrite/op-hooks.js';
// lib/ir's SymbolTable is the class; lib/dialect's trait of the same name is exported as SymbolTableTrait.
export { SymbolTable } from './lib/ir/index.js';
export { SymbolTable as SymbolTableTrait } from './lib/dialect/index.js';
