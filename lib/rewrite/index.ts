// Pattern rewriting: patterns, the rewriter, matching helpers, folding, the greedy driver, dialect conversion.
export * from './pattern.js';
export * from './rewriter.js';
export * from './match.js';
export * from './op-hooks.js';
export * from './folder.js';
export * from './greedy.js';
export * from './region-simplify.js';
export * from './effects.js';
export * from './conversion/index.js';
export * from './fingerprint.js';
