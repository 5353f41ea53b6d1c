// The builtin attributes, interned in an MLIRContext so that equal attributes are the same object.
import type { MLIRContext } from './context.js';
import { FloatType, IntegerType, NoneType, type ShapedType, type Type } from './types.js';
import type { AffineMap, IntegerSet } from '../affine/index.js';
import { noteAliasable } from './aliasable.js';

/** The base of every attribute. Compare attributes with `===`: they are interned. */
export abstract class Attribute {
  abstract readonly kind: string;
  // Declared and assigned rather than defined as class fields: with define semantics each
  // field is an extra store per object, and locations (one per op) are created by the 100,000.
  declare readonly context: MLIRContext;
  /** A number unique within the context, used to build interning keys of composite objects. */
  declare readonly id: number;
  constructor(context: MLIRContext, id: number) {
    this.context = context;
    this.id = id;
  }
  /** True for locations (lib/ir/location.ts), which are attributes as in MLIR. */
  get isLocation(): boolean {
    return false;
  }
  /** The attribute as MLIR prints it (set up by lib/print; a plain fallback otherwise). */
  toString(): string {
    return attrToString(this);
  }
}

let attrToString: (a: Attribute) => string = (a) => `<${a.kind} attribute>`;
/** Installs the printer used by `Attribute.prototype.toString` (lib/print does this on load). */
export function setAttributeStringifier(fn: (a: Attribute) => string): void {
  attrToString = fn;
}

/** `42 : i32`, `true` (an i1), `7 : index`. Values are bigints so that every width is exact. */
export class IntegerAttr extends Attribute {
  readonly kind = 'integer';
  constructor(ctx: MLIRContext, id: number, readonly type: Type, readonly value: bigint) {
    super(ctx, id);
  }
  /**
   * The attribute of `value` (an integer) of `type`. Values are keyed as numbers where exact, so
   * that a number finds its attribute without making a bigint (parsers pass small literals so).
   */
  static get(type: Type, value: bigint | number): IntegerAttr {
    const ctx = type.context;
    const node = ctx.internNext(ctx.internNext(ctx.internRoot('int'), type.id), integerKey(value));
    node.value ??= new IntegerAttr(ctx, ctx.newId(), type, typeof value === 'bigint' ? value : BigInt(value));
    return node.value as IntegerAttr;
  }
  /** `true` / `false`: an i1 integer attribute, as MLIR's BoolAttr. */
  static bool(ctx: MLIRContext, value: boolean): IntegerAttr {
    return IntegerAttr.get(IntegerType.get(ctx, 1), value ? 1n : 0n);
  }
  get isBool(): boolean {
    return this.type instanceof IntegerType && this.type.width === 1 && this.type.isSignless;
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The interning key of an integer: a number when exact as one, else the bigint (non-integers throw, as BigInt does). */
function integerKey(value: bigint | number): number | bigint {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : BigInt(value);
  return value >= -MAX_SAFE && value <= MAX_SAFE ? Number(value) : value;
}

/** `1.5 : f32`. The value is stored as a double, already rounded to the type's precision. */
export class FloatAttr extends Attribute {
  readonly kind = 'float';
  constructor(ctx: MLIRContext, id: number, readonly type: FloatType, readonly value: number) {
    super(ctx, id);
  }
  static get(type: FloatType, value: number): FloatAttr {
    const ctx = type.context;
    const v = type.name === 'f32' ? Math.fround(value) : value;
    // Map keys equate -0 and 0, so -0 has a key of its own; NaN payloads collapse, as our
    // doubles cannot tell them apart.
    const node = ctx.internNext(ctx.internNext(ctx.internRoot('float'), type.id), Object.is(v, -0) ? '-0' : v);
    node.value ??= new FloatAttr(ctx, ctx.newId(), type, v);
    return node.value as FloatAttr;
  }
}

/** `"text"` with an optional type (`"text" : i32`); none when untyped. */
export class StringAttr extends Attribute {
  readonly kind = 'string';
  constructor(ctx: MLIRContext, id: number, readonly value: string, readonly type: Type) {
    super(ctx, id);
  }
  static get(ctx: MLIRContext, value: string, type?: Type): StringAttr {
    const t = type ?? NoneType.get(ctx);
    const node = ctx.internNext(ctx.internNext(ctx.internRoot('string'), t.id), value);
    node.value ??= new StringAttr(ctx, ctx.newId(), value, t);
    return node.value as StringAttr;
  }
}

/** `[a, b, c]` */
export class ArrayAttr extends Attribute {
  readonly kind = 'array';
  constructor(ctx: MLIRContext, id: number, readonly elements: readonly Attribute[]) {
    super(ctx, id);
    if (elements.some((e) => e.isLocation)) noteAliasable();
  }
  static get(ctx: MLIRContext, elements: readonly Attribute[]): ArrayAttr {
    let node = ctx.internNext(ctx.internRoot('array'), elements.length);
    for (let i = 0; i < elements.length; i++) node = ctx.internNext(node, elements[i].id);
    node.value ??= new ArrayAttr(ctx, ctx.newId(), elements.slice());
    return node.value as ArrayAttr;
  }
}

/** A name and an attribute, an entry of a dictionary. */
export interface NamedAttribute {
  readonly name: string;
  readonly value: Attribute;
}

/** `{a = 1, b}`: entries sorted by name with unique names, as MLIR keeps them. */
export class DictionaryAttr extends Attribute {
  readonly kind = 'dictionary';
  private index: Map<string, Attribute> | null = null;
  /** The dictionary interned before this one under the same hash (see get). */
  private sameHash: DictionaryAttr | undefined = undefined;
  constructor(ctx: MLIRContext, id: number, readonly entries: readonly NamedAttribute[]) {
    super(ctx, id);
    if (entries.some((e) => e.value.isLocation)) noteAliasable();
  }
  /** Builds a dictionary; entries are sorted by name, and a later duplicate replaces an earlier one. */
  static get(ctx: MLIRContext, entries: readonly NamedAttribute[] | ReadonlyMap<string, Attribute> = []): DictionaryAttr {
    const list = entries instanceof Map ? [...entries].map(([name, value]) => ({ name, value })) : (entries as readonly NamedAttribute[]);
    // Most dictionaries are tiny and already sorted: sort a copy only when needed.
    let sorted: readonly NamedAttribute[] = list;
    let inOrder = true;
    for (let i = 1; i < sorted.length && inOrder; i++) inOrder = compareNames(sorted[i - 1].name, sorted[i].name) < 0;
    if (!inOrder) {
      const byName = new Map<string, Attribute>();
      for (const e of list) byName.set(e.name, e.value);
      sorted = [...byName.keys()].sort(compareNames).map((name) => ({ name, value: byName.get(name)! }));
    }
    // Found by a hash of the entries' name and value ids in one table, not a trie: files give
    // many ops a dictionary of their own, and a trie grows a Map per entry of each one.
    let hash = sorted.length;
    for (let i = 0; i < sorted.length; i++) hash = mixHash(mixHash(hash, ctx.nameId(sorted[i].name)), sorted[i].value.id);
    // Kept to 30 bits, a small integer to V8: a larger number is a heap number, slower as a key.
    hash &= 0x3fffffff;
    const table = ctx.dictionaries;
    const first = table.get(hash) as DictionaryAttr | undefined;
    for (let d = first; d !== undefined; d = d.sameHash) if (sameEntries(d.entries, sorted)) return d;
    // The entry list and its entries are readonly to TypeScript but not frozen: V8 iterates
    // frozen arrays with for-of several times slower, and every getAttr and printer walks these
    // lists; freezing an entry costs ten times making it. The entries are copies, so that
    // no caller holds them.
    const dict = new DictionaryAttr(ctx, ctx.newId(), sorted.map(copyEntry));
    dict.sameHash = first;
    table.set(hash, dict);
    return dict;
  }
  get(name: string): Attribute | undefined {
    if (this.entries.length < 8) {
      for (const e of this.entries) if (e.name === name) return e.value;
      return undefined;
    }
    this.index ??= new Map(this.entries.map((e) => [e.name, e.value]));
    return this.index.get(name);
  }
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
  get size(): number {
    return this.entries.length;
  }
  /** A copy with `name` set to `value` (or removed when `value` is undefined). */
  with(name: string, value: Attribute | undefined): DictionaryAttr {
    const rest = this.entries.filter((e) => e.name !== name);
    return DictionaryAttr.get(this.context, value === undefined ? rest : [...rest, { name, value }]);
  }
}

/** Folds `k` into a 32-bit hash (multiply-xorshift: small ids spread over the bits). */
function mixHash(h: number, k: number): number {
  h = Math.imul(h ^ k, 0x9e3779b1);
  return h ^ (h >>> 15);
}

function sameEntries(a: readonly NamedAttribute[], b: readonly NamedAttribute[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].name !== b[i].name || a[i].value !== b[i].value) return false;
  return true;
}

function copyEntry(e: NamedAttribute): NamedAttribute {
  return { name: e.name, value: e.value };
}

/** Orders attribute names by their bytes, as MLIR's StringRef comparison does. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `unit`: presence is the information. */
export class UnitAttr extends Attribute {
  readonly kind = 'unit';
  static get(ctx: MLIRContext): UnitAttr {
    return ctx.intern('U', (id) => new UnitAttr(ctx, id));
  }
}

/** `i32` used as an attribute value. */
export class TypeAttr extends Attribute {
  readonly kind = 'type';
  constructor(ctx: MLIRContext, id: number, readonly value: Type) {
    super(ctx, id);
  }
  static get(value: Type): TypeAttr {
    const ctx = value.context;
    return ctx.intern(`T:${value.id}`, (id) => new TypeAttr(ctx, id, value));
  }
}

/** `@root::@nested::@leaf`: a reference to a symbol, possibly nested in symbol tables. */
export class SymbolRefAttr extends Attribute {
  readonly kind = 'symbol_ref';
  constructor(ctx: MLIRContext, id: number, readonly root: string, readonly nested: readonly string[]) {
    super(ctx, id);
  }
  static get(ctx: MLIRContext, root: string, nested: readonly string[] = []): SymbolRefAttr {
    const key = `R:${[root, ...nested].map((s) => `${s.length}:${s}`).join('')}`;
    return ctx.intern(key, (id) => new SymbolRefAttr(ctx, id, root, Object.freeze([...nested])));
  }
  /** The last name of the reference (`leaf` in `@root::@leaf`). */
  get leaf(): string {
    return this.nested.length ? this.nested[this.nested.length - 1] : this.root;
  }
  get isFlat(): boolean {
    return this.nested.length === 0;
  }
}

/** `affine_map<(d0) -> (d0 + 1)>` */
export class AffineMapAttr extends Attribute {
  readonly kind = 'affine_map';
  constructor(ctx: MLIRContext, id: number, readonly value: AffineMap) {
    super(ctx, id);
    noteAliasable();
  }
  static get(ctx: MLIRContext, value: AffineMap): AffineMapAttr {
    return ctx.intern(`AM:${value.id}`, (id) => new AffineMapAttr(ctx, id, value));
  }
}

/** `affine_set<(d0) : (d0 >= 0)>` */
export class IntegerSetAttr extends Attribute {
  readonly kind = 'integer_set';
  constructor(ctx: MLIRContext, id: number, readonly value: IntegerSet) {
    super(ctx, id);
    noteAliasable();
  }
  static get(ctx: MLIRContext, value: IntegerSet): IntegerSetAttr {
    return ctx.intern(`AS:${value.id}`, (id) => new IntegerSetAttr(ctx, id, value));
  }
}

/** `strided<[8, 1], offset: ?>`: a memref layout; kDynamic marks `?`. */
export class StridedLayoutAttr extends Attribute {
  readonly kind = 'strided';
  constructor(ctx: MLIRContext, id: number, readonly offset: number, readonly strides: readonly number[]) {
    super(ctx, id);
  }
  static get(ctx: MLIRContext, offset: number, strides: readonly number[]): StridedLayoutAttr {
    return ctx.intern(`SL:${offset}:${strides.join(',')}`, (id) => new StridedLayoutAttr(ctx, id, offset, Object.freeze([...strides])));
  }
}

/** The element type of a dense array attribute. */
export type DenseArrayElement = 'i1' | 'i8' | 'i16' | 'i32' | 'i64' | 'f32' | 'f64';

/** `array<i64: 1, 2, 3>`: a flat array of scalars of one type. Integer values are bigints. */
export class DenseArrayAttr extends Attribute {
  readonly kind = 'dense_array';
  constructor(
    ctx: MLIRContext,
    id: number,
    readonly elementType: Type,
    readonly values: readonly (bigint | number)[],
  ) {
    super(ctx, id);
  }
  static get(elementType: Type, values: readonly (bigint | number)[]): DenseArrayAttr {
    const ctx = elementType.context;
    const key = `DA:${elementType.id}:${values.map(String).join(',')}`;
    return ctx.intern(key, (id) => new DenseArrayAttr(ctx, id, elementType, Object.freeze([...values])));
  }
}

/**
 * Element values of a dense elements attribute, flat in row-major order: bigints for integer
 * (and i1) elements, numbers for floats, `[re, im]` pairs for complex, strings for string data.
 */
export type DenseValue = bigint | number | readonly [bigint, bigint] | readonly [number, number] | string;

/**
 * `dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>`, `dense<1.0> : tensor<8xf32>` (a splat).
 * A splat keeps one value; `values.length` is otherwise the element count.
 */
export class DenseElementsAttr extends Attribute {
  readonly kind = 'dense';
  constructor(
    ctx: MLIRContext,
    id: number,
    readonly type: ShapedType,
    readonly values: readonly DenseValue[],
    readonly isSplat: boolean,
  ) {
    super(ctx, id);
  }
  static get(type: ShapedType, values: readonly DenseValue[]): DenseElementsAttr {
    const ctx = type.context;
    const splat = values.length === 1 || (values.length > 0 && values.every((v) => sameValue(v, values[0])));
    const stored = splat && values.length > 0 ? [values[0]] : [...values];
    const key = `DE:${type.id}:${splat ? 's' : 'l'}:${stored.map(valueKey).join(',')}`;
    return ctx.intern(key, (id) => new DenseElementsAttr(ctx, id, type, Object.freeze(stored), splat));
  }
  /** The value of element `i` (row-major), expanding a splat. */
  at(i: number): DenseValue {
    return this.isSplat ? this.values[0] : this.values[i];
  }
}

function valueKey(v: DenseValue): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `(${String(v[0])};${String(v[1])})`;
  return Object.is(v, -0) ? '-0' : String(v);
}

function sameValue(a: DenseValue, b: DenseValue): boolean {
  return valueKey(a) === valueKey(b);
}

/** `dense_resource<blob_name> : tensor<...>`: elements kept in the file's resource section. */
export class DenseResourceElementsAttr extends Attribute {
  readonly kind = 'dense_resource';
  constructor(ctx: MLIRContext, id: number, readonly type: ShapedType, readonly handle: string) {
    super(ctx, id);
  }
  static get(type: ShapedType, handle: string): DenseResourceElementsAttr {
    const ctx = type.context;
    return ctx.intern(`DR:${type.id}:${handle}`, (id) => new DenseResourceElementsAttr(ctx, id, type, handle));
  }
}

/** `#dialect<body>` or `#dialect.name<body>` of an unregistered dialect: kept as text. */
export class OpaqueAttr extends Attribute {
  readonly kind = 'opaque';
  constructor(ctx: MLIRContext, id: number, readonly dialect: string, readonly data: string, readonly type: Type) {
    super(ctx, id);
  }
  static get(ctx: MLIRContext, dialect: string, data: string, type?: Type): OpaqueAttr {
    const t = type ?? NoneType.get(ctx);
    return ctx.intern(`OA:${dialect}:${t.id}:${data}`, (id) => new OpaqueAttr(ctx, id, dialect, data, t));
  }
}

/** The base for attributes defined by registered dialects; `printBody` gives the text after `#dialect.`. */
export abstract class DialectAttr extends Attribute {
  readonly kind = 'dialect';
  abstract readonly dialect: string;
  abstract printBody(): string;
}
