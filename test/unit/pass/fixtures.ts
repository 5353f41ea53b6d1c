// IR builders for pass and rewrite tests: a module of functions made through the IR API (no parser needed).
import { createContext } from '../../../dialects/registry.js';
import {
  Builder,
  FunctionType,
  IntegerType,
  MLIRContext,
  Operation,
  Region,
  StringAttr,
  TypeAttr,
  UnknownLoc,
  type Block,
  type Type,
  type Value,
} from '../../../lib/ir/index.js';

/** A context with builtin and func, unregistered ops allowed. */
export function testContext(): MLIRContext {
  const ctx = createContext();
  ctx.allowUnregisteredDialects = true;
  return ctx;
}

/** An empty `builtin.module` and a builder at its end. */
export function makeModule(ctx: MLIRContext): { module: Operation; b: Builder } {
  const loc = UnknownLoc.get(ctx);
  const region = new Region();
  const module = Operation.create({ name: 'builtin.module', location: loc, regions: [region] });
  const b = new Builder(ctx);
  b.createBlock(region);
  return { module, b };
}

/** Appends `func.func @name(inputs) -> results` to the module and returns the op and its entry block. */
export function makeFunc(ctx: MLIRContext, module: Operation, name: string, inputs: readonly Type[], results: readonly Type[] = []): { func: Operation; body: Block; b: Builder } {
  const loc = UnknownLoc.get(ctx);
  const func = Operation.create({
    name: 'func.func',
    location: loc,
    properties: [
      { name: 'function_type', value: TypeAttr.get(FunctionType.get(ctx, inputs, results)) },
      { name: 'sym_name', value: StringAttr.get(ctx, name) },
    ],
    regions: 1,
  });
  module.regions[0].blocks[0].append(func);
  const b = new Builder(ctx);
  const body = b.createBlock(func.regions[0], inputs, undefined, loc);
  return { func, body, b };
}

/** Creates an op named `name` at the builder's insertion point. */
export function op(b: Builder, name: string, operands: readonly Value[] = [], resultTypes: readonly Type[] = [], attrs: Record<string, import('../../../lib/ir/index.js').Attribute> = {}): Operation {
  return b.create({
    name,
    location: UnknownLoc.get(b.context),
    operands,
    resultTypes,
    attributes: Object.entries(attrs).map(([n, value]) => ({ name: n, value })),
  });
}

/** i32 of the context. */
export const i32 = (ctx: MLIRContext): Type => IntegerType.get(ctx, 32);

/** The op names of a block, in order. */
export function names(block: Block): string[] {
  return block.operations.map((o) => o.name.name);
}
