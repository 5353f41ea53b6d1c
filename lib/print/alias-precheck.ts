// A quick check for anything that could get an alias, so that the ordered alias walk (which
// runs every custom printer a second time) is skipped for the common IR that has none.
import {
  ComplexType, FunctionType, MemRefType, RankedTensorType, TupleType, type Type, UnrankedMemRefType,
  UnrankedTensorType, VectorType,
} from '../ir/types.js';
import {
  AffineMapAttr, ArrayAttr, type Attribute, DenseElementsAttr, DenseResourceElementsAttr, DictionaryAttr,
  IntegerSetAttr, OpaqueAttr, StringAttr, TypeAttr,
} from '../ir/attributes.js';
import { Location } from '../ir/location.js';
import type { MLIRContext } from '../ir/context.js';
import type { Operation } from '../ir/operation.js';

const UNKNOWN = 0;
const NO = 1;
const YES = 2;

/**
 * The answers of one context, by object id (ids are unique within a context, and types and
 * attributes are immutable, so an answer never changes): an array load per lookup, kept
 * across prints, where a Map per print had to hash every properties dictionary again.
 */
class Answers {
  flags = new Uint8Array(1024);

  get(id: number): number {
    return id < this.flags.length ? this.flags[id] : UNKNOWN;
  }

  set(id: number, answer: number): void {
    if (id >= this.flags.length) {
      let size = this.flags.length * 2;
      while (size <= id) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.flags);
      this.flags = grown;
    }
    this.flags[id] = answer;
  }
}

const answersByContext = new WeakMap<MLIRContext, Answers>();

/** Does a type or attribute contain a map, set, location or big tuple, as the alias walk sees it? */
class Scanner {
  constructor(
    private readonly context: MLIRContext,
    private readonly answers: Answers,
  ) {}

  type(t: Type): boolean {
    // An object of another context has an id of that context: it is answered, not recorded.
    if (t.context !== this.context) return this.typeContents(t);
    let r = this.answers.get(t.id);
    if (r === UNKNOWN) this.answers.set(t.id, (r = this.typeContents(t) ? YES : NO));
    return r === YES;
  }

  attr(a: Attribute): boolean {
    if (a.context !== this.context) return this.attrContents(a);
    let r = this.answers.get(a.id);
    if (r === UNKNOWN) this.answers.set(a.id, (r = this.attrContents(a) ? YES : NO));
    return r === YES;
  }

  private types(ts: readonly Type[]): boolean {
    for (let i = 0; i < ts.length; i++) if (this.type(ts[i])) return true;
    return false;
  }

  private typeContents(t: Type): boolean {
    if (t instanceof TupleType) return t.types.length > 16 || this.types(t.types);
    if (t instanceof MemRefType) {
      return this.type(t.elementType) || (t.layout !== null && this.attr(t.layout)) || (t.memorySpace !== null && this.attr(t.memorySpace));
    }
    if (t instanceof RankedTensorType) return this.type(t.elementType) || (t.encoding !== null && this.attr(t.encoding));
    if (t instanceof UnrankedMemRefType) return this.type(t.elementType) || (t.memorySpace !== null && this.attr(t.memorySpace));
    if (t instanceof UnrankedTensorType || t instanceof VectorType || t instanceof ComplexType) return this.type(t.elementType);
    if (t instanceof FunctionType) return this.types(t.inputs) || this.types(t.results);
    // Other types (a registered dialect's included) print their own text without aliases, and
    // the alias walk does not look inside them.
    return false;
  }

  private attrContents(a: Attribute): boolean {
    if (a instanceof AffineMapAttr || a instanceof IntegerSetAttr || a instanceof Location) return true;
    if (a instanceof DictionaryAttr) return a.entries.some((e) => this.attr(e.value));
    if (a instanceof ArrayAttr) return a.elements.some((e) => this.attr(e));
    if (a instanceof TypeAttr) return this.type(a.value);
    if (a instanceof StringAttr || a instanceof OpaqueAttr) return this.type(a.type);
    if (a instanceof DenseElementsAttr || a instanceof DenseResourceElementsAttr) return this.type(a.type);
    // Integers, floats, symbols, dense arrays, strided layouts and dialect attributes: the
    // alias walk does not look inside them (a dialect attribute prints its own body).
    return false;
  }

  /** True when `op` itself (not the ops nested in it) refers to something that may be aliased. */
  operation(op: Operation): boolean {
    if (this.attr(op.properties) || this.attr(op.attributes)) return true;
    // Indexed loops: for-of over these (often frozen, shared) arrays allocates per op.
    const results = op.results;
    for (let i = 0; i < results.length; i++) if (this.type(results[i].type)) return true;
    const operands = op.operandSlots;
    for (let i = 0; i < operands.length; i++) if (this.type(operands[i].value.type)) return true;
    const regions = op.regions;
    for (let r = 0; r < regions.length; r++) {
      const blocks = regions[r].blocks;
      for (let b = 0; b < blocks.length; b++) {
        const args = blocks[b].arguments;
        for (let i = 0; i < args.length; i++) if (this.type(args[i].type)) return true;
      }
    }
    return false;
  }
}

/**
 * Looks at ops one by one (the printer's naming walk hands each op here, so no walk of its
 * own): `found` stays false when none of them can get an alias (no maps, sets, locations, big
 * tuples), and then the alias walk can be skipped.
 */
export class AliasPrecheck {
  found = false;
  private readonly scanner: Scanner;

  constructor(context: MLIRContext) {
    let answers = answersByContext.get(context);
    if (!answers) answersByContext.set(context, (answers = new Answers()));
    this.scanner = new Scanner(context, answers);
  }

  visit(op: Operation): void {
    if (!this.found) this.found = this.scanner.operation(op);
  }
}
