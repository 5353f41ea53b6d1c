// The op-definition API: declare ops and dialects as data; get verifiers, parsers, printers,
// typed views and interface queries from them. See docs/design/op-definitions.md.
export * from './constraints.js';
export * from './properties.js';
export * from './traits.js';
export * from './interfaces.js';
export {
  Optional,
  Variadic,
  VariadicOfVariadic,
  AnyRegion,
  SizedRegion,
  MinSizedRegion,
  MaxSizedRegion,
  VariadicRegion,
  TerminatedRegion,
  AnySuccessor,
  VariadicSuccessor,
  type OpSpec,
  type OpView,
  type OpHooks,
  type ValueDef,
  type RegionDef,
  type SuccessorDef,
  type InferInput,
  type FoldResult,
  type CustomDirective,
  type CustomParseArgs,
  type CustomSlot,
  type CustomPrintArg,
} from './spec.js';
export { defineOp, type OpDefinition, type AnyOpDefinition, type BuildArgs } from './define-op.js';
export { defineDialect, type DialectSpec } from './define-dialect.js';
export { EnumAttr, DialectEnumProp, enumAttributeParser, enumAttrFromText, type EnumSpec } from './enum-attr.js';
export { lookupOpDef, populateDefaultProperties } from './registry.js';
