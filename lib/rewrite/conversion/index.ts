// Dialect conversion: targets, type converters, conversion patterns, the journaled rewriter and the driver.
export * from './target.js';
export * from './type-converter.js';
export * from './pattern.js';
export * from './rewriter.js';
export * from './driver.js';
