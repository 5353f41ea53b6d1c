// The builtin types, interned in an MLIRContext so that equal types are the same object.
import type { MLIRContext, TrieNode } from './context.js';
import type { Attribute } from './attributes.js';
import { noteAliasable } from './aliasable.js';

/** Marks a dynamic dimension in a shape (`?` in text), as MLIR's ShapedType::kDynamic. */
export const kDynamic = Number.MIN_SAFE_INTEGER;

/** The base of every type. Compare types with `===`: they are interned. */
export abstract class Type {
  abstract readonly kind: string;
  // Declared and assigned rather than defined as class fields (as Attribute's): a defined field
  // holds undefined before the constructor stores the id, so V8 widened the field from
  // heap object to tagged at the first type made, leaving types of two maps behind.
  declare readonly context: MLIRContext;
  /** A number unique within the context, used to build interning keys of composite objects. */
  declare readonly id: number;
  constructor(context: MLIRContext, id: number) {
    this.context = context;
    this.id = id;
  }
  /** The type as MLIR prints it (set up by lib/print; a plain fallback otherwise). */
  toString(): string {
    return typeToString(this);
  }
}

let typeToString: (t: Type) => string = (t) => `<${t.kind} type>`;
/** Installs the printer used by `Type.prototype.toString` (lib/print does this on load). */
export function setTypeStringifier(fn: (t: Type) => string): void {
  typeToString = fn;
}

export type Signedness = 'signless' | 'signed' | 'unsigned';

/** `i32`, `si8`, `ui64`: an integer of any width and signedness. */
export class IntegerType extends Type {
  readonly kind = 'integer';
  // Declared and assigned, as Type's fields: the width is a small integer from the first store.
  declare readonly width: number;
  declare readonly signedness: Signedness;
  constructor(ctx: MLIRContext, id: number, width: number, signedness: Signedness) {
    super(ctx, id);
    this.width = width;
    this.signedness = signedness;
  }
  static get(ctx: MLIRContext, width: number, signedness: Signedness = 'signless'): IntegerType {
    return ctx.internSequence(`i${signedness}`, [width], (id) => new IntegerType(ctx, id, width, signedness));
  }
  get isSignless(): boolean {
    return this.signedness === 'signless';
  }
}

/** `index`: the target's pointer-sized integer. */
export class IndexType extends Type {
  readonly kind = 'index';
  static get(ctx: MLIRContext): IndexType {
    return ctx.intern('index', (id) => new IndexType(ctx, id));
  }
}

/** Every builtin floating-point kind, spelled as in MLIR's type syntax. */
export const FLOAT_KINDS = [
  'f4E2M1FN', 'f6E2M3FN', 'f6E3M2FN', 'f8E5M2', 'f8E4M3', 'f8E4M3FN', 'f8E5M2FNUZ', 'f8E4M3FNUZ',
  'f8E4M3B11FNUZ', 'f8E3M4', 'f8E8M0FNU', 'bf16', 'f16', 'tf32', 'f32', 'f64', 'f80', 'f128',
] as const;
export type FloatKind = (typeof FLOAT_KINDS)[number];
const FLOAT_WIDTH: Record<FloatKind, number> = {
  f4E2M1FN: 4, f6E2M3FN: 6, f6E3M2FN: 6, f8E5M2: 8, f8E4M3: 8, f8E4M3FN: 8, f8E5M2FNUZ: 8,
  f8E4M3FNUZ: 8, f8E4M3B11FNUZ: 8, f8E3M4: 8, f8E8M0FNU: 8, bf16: 16, f16: 16, tf32: 19,
  f32: 32, f64: 64, f80: 80, f128: 128,
};

/** A floating-point type such as `f32` or `bf16`. */
export class FloatType extends Type {
  readonly kind = 'float';
  constructor(ctx: MLIRContext, id: number, readonly name: FloatKind) {
    super(ctx, id);
  }
  static get(ctx: MLIRContext, name: FloatKind): FloatType {
    return ctx.intern(`f:${name}`, (id) => new FloatType(ctx, id, name));
  }
  /** Storage width in bits. */
  get width(): number {
    return FLOAT_WIDTH[this.name];
  }
}

/** `none`: the unit type. */
export class NoneType extends Type {
  readonly kind = 'none';
  static get(ctx: MLIRContext): NoneType {
    return ctx.intern('none', (id) => new NoneType(ctx, id));
  }
}

/** `complex<f32>` */
export class ComplexType extends Type {
  readonly kind = 'complex';
  constructor(ctx: MLIRContext, id: number, readonly elementType: Type) {
    super(ctx, id);
  }
  static get(elementType: Type): ComplexType {
    const ctx = elementType.context;
    return ctx.intern(`c:${elementType.id}`, (id) => new ComplexType(ctx, id, elementType));
  }
}

/** `tensor<4x?xf32, #enc>`: a ranked tensor with static or dynamic dims. */
export class RankedTensorType extends Type {
  readonly kind = 'tensor';
  constructor(
    ctx: MLIRContext,
    id: number,
    readonly shape: readonly number[],
    readonly elementType: Type,
    readonly encoding: Attribute | null,
  ) {
    super(ctx, id);
    if (encoding?.isLocation) noteAliasable();
  }
  static get(shape: readonly number[], elementType: Type, encoding: Attribute | null = null): RankedTensorType {
    const ctx = elementType.context;
    const node = ctx.internNext(ctx.internNext(shapeNode(ctx, 'tensor', shape), elementType.id), encoding?.id ?? 0);
    node.value ??= new RankedTensorType(ctx, ctx.newId(), [...shape], elementType, encoding);
    return node.value as RankedTensorType;
  }
  get rank(): number {
    return this.shape.length;
  }
}

/**
 * The node of `kind`'s interning trie under the shape and a -1 that ends it (no size is -1),
 * walked rather than built as a key array: shaped types are looked up on every use.
 */
function shapeNode(ctx: MLIRContext, kind: string, shape: readonly number[]): TrieNode {
  let node = ctx.internRoot(kind);
  for (let i = 0; i < shape.length; i++) node = ctx.internNext(node, shape[i]);
  return ctx.internNext(node, -1);
}

/** `tensor<*xf32>` */
export class UnrankedTensorType extends Type {
  readonly kind = 'unranked_tensor';
  constructor(ctx: MLIRContext, id: number, readonly elementType: Type) {
    super(ctx, id);
  }
  static get(elementType: Type): UnrankedTensorType {
    const ctx = elementType.context;
    return ctx.intern(`ut:${elementType.id}`, (id) => new UnrankedTensorType(ctx, id, elementType));
  }
}

/** `memref<4x8xf32, strided<[8, 1]>, 3>`: a buffer with a layout and a memory space. */
export class MemRefType extends Type {
  readonly kind = 'memref';
  constructor(
    ctx: MLIRContext,
    id: number,
    readonly shape: readonly number[],
    readonly elementType: Type,
    /** An AffineMapAttr or StridedLayoutAttr; null is the identity layout. */
    readonly layout: Attribute | null,
    readonly memorySpace: Attribute | null,
  ) {
    super(ctx, id);
    if (layout?.isLocation || memorySpace?.isLocation) noteAliasable();
  }
  static get(
    shape: readonly number[],
    elementType: Type,
    layout: Attribute | null = null,
    memorySpace: Attribute | null = null,
  ): MemRefType {
    const ctx = elementType.context;
    let node = ctx.internNext(shapeNode(ctx, 'memref', shape), elementType.id);
    node = ctx.internNext(ctx.internNext(node, layout?.id ?? 0), memorySpace?.id ?? 0);
    node.value ??= new MemRefType(ctx, ctx.newId(), [...shape], elementType, layout, memorySpace);
    return node.value as MemRefType;
  }
  get rank(): number {
    return this.shape.length;
  }
}

/** `memref<*xf32, 1>` */
export class UnrankedMemRefType extends Type {
  readonly kind = 'unranked_memref';
  constructor(ctx: MLIRContext, id: number, readonly elementType: Type, readonly memorySpace: Attribute | null) {
    super(ctx, id);
    if (memorySpace?.isLocation) noteAliasable();
  }
  static get(elementType: Type, memorySpace: Attribute | null = null): UnrankedMemRefType {
    const ctx = elementType.context;
    const key = `um:${elementType.id}:${memorySpace?.id ?? ''}`;
    return ctx.intern(key, (id) => new UnrankedMemRefType(ctx, id, elementType, memorySpace));
  }
}

/** `vector<4x[8]xf32>`: fixed dims and scalable (`[n]`) dims. */
export class VectorType extends Type {
  readonly kind = 'vector';
  constructor(
    ctx: MLIRContext,
    id: number,
    readonly shape: readonly number[],
    readonly elementType: Type,
    readonly scalableDims: readonly boolean[],
  ) {
    super(ctx, id);
  }
  static get(shape: readonly number[], elementType: Type, scalableDims?: readonly boolean[]): VectorType {
    const ctx = elementType.context;
    let node = shapeNode(ctx, 'vector', shape);
    for (let i = 0; i < shape.length; i++) node = ctx.internNext(node, scalableDims?.[i] ? 1 : 0);
    node = ctx.internNext(node, elementType.id);
    node.value ??= new VectorType(
      ctx, ctx.newId(), Object.freeze([...shape]), elementType, Object.freeze(scalableDims ? [...scalableDims] : shape.map(() => false)),
    );
    return node.value as VectorType;
  }
  get rank(): number {
    return this.shape.length;
  }
}

/** `tuple<i32, f32>` */
export class TupleType extends Type {
  readonly kind = 'tuple';
  constructor(ctx: MLIRContext, id: number, readonly types: readonly Type[]) {
    super(ctx, id);
    noteAliasable();
  }
  static get(ctx: MLIRContext, types: readonly Type[]): TupleType {
    return ctx.internSequence('tuple', [types.length, ...types.map((t) => t.id)], (id) => new TupleType(ctx, id, Object.freeze([...types])));
  }
}

/** `(i32, f32) -> i1` */
export class FunctionType extends Type {
  readonly kind = 'function';
  constructor(ctx: MLIRContext, id: number, readonly inputs: readonly Type[], readonly results: readonly Type[]) {
    super(ctx, id);
  }
  static get(ctx: MLIRContext, inputs: readonly Type[], results: readonly Type[]): FunctionType {
    // The key (input count, input ids, result ids, -1) is walked, not built: one per generic op.
    let node = ctx.internNext(ctx.internRoot('function'), inputs.length);
    for (let i = 0; i < inputs.length; i++) node = ctx.internNext(node, inputs[i].id);
    for (let i = 0; i < results.length; i++) node = ctx.internNext(node, results[i].id);
    node = ctx.internNext(node, -1);
    // Readonly to TypeScript, not frozen: for-of over frozen arrays is several times slower in V8.
    node.value ??= new FunctionType(ctx, ctx.newId(), [...inputs], [...results]);
    return node.value as FunctionType;
  }
}

/** `!dialect.body<...>` of a dialect that is not registered: kept as text, printed back verbatim. */
export class OpaqueType extends Type {
  readonly kind = 'opaque';
  constructor(ctx: MLIRContext, id: number, readonly dialect: string, readonly data: string) {
    super(ctx, id);
  }
  static get(ctx: MLIRContext, dialect: string, data: string): OpaqueType {
    return ctx.intern(`o:${dialect}:${data}`, (id) => new OpaqueType(ctx, id, dialect, data));
  }
}

/**
 * The base for types that registered dialects define. `key` must identify the parameters;
 * `printBody` gives the text after `!dialect.`.
 */
export abstract class DialectType extends Type {
  readonly kind = 'dialect';
  abstract readonly dialect: string;
  abstract printBody(): string;
}

/** Tensor, memref and vector types: the types that have a shape and an element type. */
export type ShapedType = RankedTensorType | UnrankedTensorType | MemRefType | UnrankedMemRefType | VectorType;

/** True for tensor, memref and vector types. */
export function isShaped(t: Type): t is ShapedType {
  return (
    t instanceof RankedTensorType ||
    t instanceof UnrankedTensorType ||
    t instanceof MemRefType ||
    t instanceof UnrankedMemRefType ||
    t instanceof VectorType
  );
}

/** The number of elements of a static shape, or undefined when a dim is dynamic. */
export function staticElementCount(shape: readonly number[]): number | undefined {
  let n = 1;
  for (const d of shape) {
    if (d === kDynamic) return undefined;
    n *= d;
  }
  return n;
}
