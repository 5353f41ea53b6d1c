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
