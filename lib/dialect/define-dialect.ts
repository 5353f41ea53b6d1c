// defineDialect: gathers op definitions (and optional type and attribute parsers) into the
// Dialect record the context loads, binding the custom directives their formats use.
import type { Attribute, Dialect, MLIRContext, Type } from '../ir/index.js';
import type { AnyOpDefinition, OpDefinition } from './define-op.js';
import type { CustomDirective, OpSpec } from './spec.js';
import type { ConstantMaterializer } from '../rewrite/op-hooks.js';
import type { RewritePattern } from '../rewrite/pattern.js';
import { recordDialectRewriteHooks } from './rewrite-hooks.js';
import { enumAttributeParser, type EnumSpec } from './enum-attr.js';

/** What a dialect is made of. */
export interface DialectSpec {
  readonly name: string;
  // Definitions of any spec: the list is heterogeneous by nature.
  readonly ops: readonly OpDefinition<never>[] | readonly AnyOpDefinition[];
  /** Hand-written pieces of syntax that formats reach with `custom<Name>(...)`. */
  readonly customDirectives?: Readonly<Record<string, CustomDirective>>;
  /** Parses `!name.<body>`; undefined when the body names no type of this dialect. */
  readonly types?: (body: string, ctx: MLIRContext) => Type | undefined;
  /** Parses `#name.<body>`. */
  readonly attributes?: (body: string, ctx: MLIRContext) => Attribute | undefined;
  /** Enum attributes of the dialect (`#arith.overflow<...>`), parsed before `attributes` is tried. */
  readonly enums?: readonly EnumSpec[];
  /** Builds a constant op for a folded value (MLIR's Dialect::materializeConstant). */
  readonly materializeConstant?: ConstantMaterializer;
  /** Canonicalisation patterns by op name, kept beside the op definitions. */
  readonly canonicalization?: Readonly<Record<string, readonly RewritePattern[]>>;
}

/**
 * Builds a Dialect. Every op must be named `<dialect>.<op>`, and every custom directive its
 * format uses must be in `customDirectives`; otherwise this throws an Error naming the op.
 */
export function defineDialect(spec: DialectSpec): Dialect {
  const table = new Map(Object.entries(spec.customDirectives ?? {}));
  const ops = spec.ops as readonly OpDefinition<OpSpec>[];
  const seen = new Set<string>();
  for (const op of ops) {
    if (!op.name.startsWith(`${spec.name}.`)) throw new Error(`dialect '${spec.name}': op '${op.name}' must be named '${spec.name}.<op>'`);
    if (seen.has(op.name)) throw new Error(`dialect '${spec.name}': op '${op.name}' is defined twice`);
    seen.add(op.name);
    op.bindCustomDirectives(table);
  }
  const infos = new Map(ops.map((o) => [o.name, o.info]));
  const enums = spec.enums?.length ? enumAttributeParser(spec.enums) : undefined;
  const own = spec.attributes;
  const attributes = enums && own ? (body: string, ctx: MLIRContext) => enums(body, ctx) ?? own(body, ctx) : (enums ?? own);
  recordDialectRewriteHooks(spec.name, infos, spec.materializeConstant, spec.canonicalization);
  return {
    name: spec.name,
    ops: infos,
    ...(spec.types ? { parseType: spec.types } : {}),
    ...(attributes ? { parseAttribute: attributes } : {}),
  };
}
