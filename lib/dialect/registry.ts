// Maps the OpInfo records that defineOp builds back to their definitions, for the query API.
import type { DictionaryAttr, OpInfo, Operation } from '../ir/index.js';
import type { OpSpec } from './spec.js';
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
  op.name.info?.populateDefaultProperties?.(op);
}

/**
 * OpInfo.populateDefaultProperties of a definition with defaulted properties (undefined when it
 * has none). The parser calls it for every generic-form op and after custom hooks that pushed
 * their properties, and ops of a kind mostly carry the same interned properties dictionary:
 * one seen complete last time needs no look-up.
 */
export function defaultsPopulator(properties: OpSpec['properties']): ((op: Operation) => void) | undefined {
  const defaulted = Object.entries(properties ?? {})
    .filter(([, def]) => def.defaultValue !== undefined)
    .map(([name, def]) => ({ name, def }));
  if (defaulted.length === 0) return undefined;
  let complete: DictionaryAttr | null = null;
  return (op) => {
    if (op.properties === complete) return;
    for (let i = 0; i < defaulted.length; i++) {
      const { name, def } = defaulted[i];
      if (!op.properties.has(name)) op.setProp(name, defaultAttr(def, op.context));
    }
    complete = op.properties;
  };
}

/** The definition behind a registered op's OpInfo, if defineOp built it. */
export function lookupOpDefByInfo(info: OpInfo): AnyOpDefinition | undefined {
  return byInfo.get(info);
}
