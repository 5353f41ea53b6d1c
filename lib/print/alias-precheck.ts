// A quick scan for anything that could get an alias, so that the ordered alias walk (which
// runs every custom printer a second time) is skipped for the common IR that has none.
import {
  ComplexType, FunctionType, MemRefType, RankedTensorType, TupleType, type Type, UnrankedMemRefType,
  UnrankedTensorType, VectorType,
} from '../ir/types.js';
import {
  AffineMapAttr, ArrayAttr, type Attribute, DenseElementsAttr, DenseResourceElementsAttr, DialectAttr,
  DictionaryAttr, IntegerSetAttr, OpaqueAttr, StringAttr, TypeAttr,
} from '../ir/attributes.js';
import { Location } from '../ir/location.js';
import { DialectType } from '../ir/types.js';
import type { Operation } from '../ir/operation.js';

/** Memoised per interned object: does it contain a map, set, location or big tuple? */
class Scanner {
  private readonly memo = new Map<Attribute | Type, boolean>();

  type(t: Type): boolean {
    let r = this.memo.get(t);
    if (r === undefined) {
      r = this.typeContents(t);
      this.memo.set(t, r);
    }
    return r;
  }

  attr(a: Attribute): boolean {
    let r = this.memo.get(a);
    if (r === undefined) {
      r = this.attrContents(a);
      this.memo.set(a, r);
    }
    return r;
  }

  private typeContents(t: Type): boolean {
    if (t instanceof TupleType) return t.types.length > 16 || t.types.some((e) => this.type(e));
    if (t instanceof MemRefType) {
      return this.type(t.elementType) || (t.layout !== null && this.attr(t.layout)) || (t.memorySpace !== null && this.attr(t.memorySpace));
    }
    if (t instanceof RankedTensorType) return this.type(t.elementType) || (t.encoding !== null && this.attr(t.encoding));
    if (t instanceof UnrankedMemRefType) return this.type(t.elementType) || (t.memorySpace !== null && this.attr(t.memorySpace));
    if (t instanceof UnrankedTensorType || t instanceof VectorType || t instanceof ComplexType) return this.type(t.elementType);
    if (t instanceof FunctionType) return t.inputs.some((e) => this.type(e)) || t.results.some((e) => this.type(e));
    // A registered dialect's type prints itself; assume it may hold anything.
    return t instanceof DialectType;
  }

  private attrContents(a: Attribute): boolean {
    if (a instanceof AffineMapAttr || a instanceof IntegerSetAttr || a instanceof Location || a instanceof DialectAttr) return true;
    if (a instanceof DictionaryAttr) return a.entries.some((e) => this.attr(e.value));
    if (a instanceof ArrayAttr) return a.elements.some((e) => this.attr(e));
    if (a instanceof TypeAttr) return this.type(a.value);
    if (a instanceof StringAttr || a instanceof OpaqueAttr) return this.type(a.type);
    if (a instanceof DenseElementsAttr || a instanceof DenseResourceElementsAttr) return this.type(a.type);
    return 'type' in a && a.type instanceof Object ? this.type(a.type as Type) : false;
  }

  /** True when some op under `op` (itself included) refers to something that may be aliased. */
  operation(op: Operation): boolean {
    if (this.attr(op.properties) || this.attr(op.attributes)) return true;
    for (const r of op.results) if (this.type(r.type)) return true;
    for (const s of op.operandSlots) if (this.type(s.value.type)) return true;
    for (const region of op.regions) {
      for (const block of region.blocks) {
        for (const a of block.arguments) if (this.type(a.type)) return true;
        for (let o = block.first; o; o = o.next) if (this.operation(o)) return true;
      }
    }
    return false;
  }
}

/** False when nothing under `op` can get an alias (no maps, sets, locations, big tuples). */
export function mayHaveAliases(op: Operation): boolean {
  return new Scanner().operation(op);
}
