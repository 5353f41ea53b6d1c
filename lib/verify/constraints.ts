// Attribute constraints of op definitions, checked the way MLIR's ODS-generated verifiers do.
import { ArrayAttr, DictionaryAttr, StringAttr, SymbolRefAttr, UnitAttr, type Attribute } from '../ir/attributes.js';
import type { Operation } from '../ir/operation.js';

/** One attribute constraint of an op definition: a predicate and the words MLIR uses for it. */
export interface AttrConstraint {
  readonly name: string;
  readonly required: boolean;
  readonly holds: (a: Attribute) => boolean;
  readonly summary: string;
}

/**
 * ODS's attribute checks: required attributes are looked for in name order, then every
 * present attribute is checked against its constraint in declaration order.
 */
export function verifyAttrConstraints(op: Operation, constraints: readonly AttrConstraint[]): boolean {
  for (const c of [...constraints].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (c.required && op.getAttr(c.name) === undefined) {
      op.emitOpError(`requires attribute '${c.name}'`);
      return false;
    }
  }
  for (const c of constraints) {
    const a = op.getAttr(c.name);
    if (a === undefined || c.holds(a)) continue;
    op.emitOpError(`attribute '${c.name}' failed to satisfy constraint: ${c.summary}`);
    return false;
  }
  return true;
}

/** `string attribute` */
export const isStringAttr = (a: Attribute): boolean => a instanceof StringAttr;
/** `flat symbol reference attribute` */
export const isFlatSymbolRef = (a: Attribute): boolean => a instanceof SymbolRefAttr && a.isFlat;
/** `Array of dictionary attributes` */
export const isDictArray = (a: Attribute): boolean => a instanceof ArrayAttr && a.elements.every((e) => e instanceof DictionaryAttr);
/** `unit attribute` */
export const isUnitAttr = (a: Attribute): boolean => a instanceof UnitAttr;
