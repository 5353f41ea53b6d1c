// Result-name hints for the custom form (MLIR's OpAsmOpInterface::getAsmResultNames), keyed
// by op name: `func.constant @f` prints as `%f = constant @f ...`.
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';

/** Suggests names for some of an op's results; the printer makes them unique. */
export type AsmResultNamer = (op: Operation, setName: (result: Value, name: string) => void) => void;

const namers = new Map<string, AsmResultNamer>();

/** Registers the name hints of op `name` (a dialect does this when it loads). */
export function registerAsmResultNames(name: string, namer: AsmResultNamer): void {
  namers.set(name, namer);
}

/** The name hints of op `name`, if its dialect registered any. */
export function asmResultNamer(name: string): AsmResultNamer | undefined {
  return namers.get(name);
}
