// The pass infrastructure: passes, options, registry, pipelines, pass managers, analyses, instrumentation.
export * from './options.js';
export * from './analysis.js';
export * from './pass.js';
export * from './registry.js';
export * from './pass-manager.js';
export * from './pipeline-parser.js';
export * from './instrumentation.js';
export * from './ir-printing.js';
export * from './timing.js';
export * from './statistics.js';
