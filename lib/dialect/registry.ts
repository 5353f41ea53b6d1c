// Maps the OpInfo records that defineOp builds back to their definitions, for the query API.
import type { OpInfo, Operation } from '../ir/index.js';
import type { AnyOpDefinition } from './define-op.js';
import { defaultAttr } from './properties.js';

const byInfo = new WeakMap<OpInfo, AnyOpDefinition>();

/** @internal Records `def` as the definition behind `info`. */
export function recordOpDef(info: OpInfo, def: AnyOpDefinition): void {
  byInfo.set(info, def);
}

/** The definition of `op` when it was declared with defineOp; undefined for other ops. */
export function lookupOpDef(op: Operation): AnyOpDefinition | undefined {
  const info = op.name.info;
  return info ? byInfo.get(info) : undefined;
}

/**
 * Sets the default of every defaulted property `op` lacks (MLIR's populateDefaultProperties),
 * for ops created outside the custom-form parser and `create`, such as the generic form.
 */
export function populateDefaultProperties(op: Operation): void {
  const def = lookupOpDef(op);
  if (!def) return;
  for (const { name, def: prop } of def.model.properties) {
    if (prop.defaultValue === undefined || op.properties.has(name)) continue;
    op.setProp(name, defaultAttr(prop, op.context));
  }
}

/** The definition behind a registered op's OpInfo, if defineOp built it. */
export function lookupOpDefByInfo(info: OpInfo): AnyOpDefinition | undefined {
  return byInfo.get(info);
}
