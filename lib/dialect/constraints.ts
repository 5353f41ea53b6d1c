// Type constraints of operands and results: composable predicates with MLIR's summaries, from
// which verifier messages (`operand #0 must be <summary>, but got 'f32'`) are generated.
import {
  FloatType,
  IndexType,
  IntegerType,
  MemRefType,
  RankedTensorType,
  UnrankedMemRefType,
  UnrankedTensorType,
  VectorType,
  ComplexType,
  NoneType,
  FunctionType,
  isShaped,
  type FloatKind,
  type MLIRContext,
  type Type,
} from '../ir/index.js';

/** A predicate on one type, with the words MLIR uses to describe it. */
export interface TypeConstraint {
  readonly kind: 'type';
  /** MLIR's summary, as in `must be <summary>, but got '...'`. */
  readonly summary: string;
  check(t: Type): boolean;
  /** The one type this constraint allows, when there is one (lets formats leave it unwritten). */
  readonly build?: (ctx: MLIRContext) => Type;
}

/**
 * A type that must be derived from another operand's or result's type: equal to it
 * (`SameTypeAs`) or a function of it (`TypeFrom`). Verified as MLIR's AllTypesMatch /
 * TypesMatchWith, and used by assembly formats to infer types that are not written.
 */
export interface DerivedTypeConstraint {
  readonly kind: 'derived';
  /** Name of the operand or result this type follows. */
  readonly source: string;
  /** Maps the source type to this one; identity for SameTypeAs. */
  /** Maps the source type to this one (a list for a variadic group); null for SameTypeAs. */
  readonly transform: ((t: Type) => Type | readonly Type[]) | null;
  /** MLIR's description of the relation, as in `failed to verify that <description>`. */
  readonly description: string | null;
  /** The constraint the type must also satisfy on its own. */
  readonly base: TypeConstraint;
}

/** Either kind of operand or result constraint. */
export type ValueConstraint = TypeConstraint | DerivedTypeConstraint;

/**
 * Memoises a context's instance of a type. Interning builds a string key and looks it up,
 * which costs about a microsecond; parse hooks and verifiers ask for these types per op.
 */
export function perContext<T>(make: (ctx: MLIRContext) => T): (ctx: MLIRContext) => T {
  const cache = new WeakMap<MLIRContext, T>();
  return (ctx) => {
    let t = cache.get(ctx);
    if (t === undefined) cache.set(ctx, (t = make(ctx)));
    return t;
  };
}

const NOT_ASKED = Symbol('not asked');

/**
 * Builds a type constraint from a predicate and a summary. The last answer is kept: types are
 * interned and immutable, so the same object gets the same answer, and an op's verifier asks
 * about the same few types op after op (nested `Like`/`AnyTypeOf` predicates cost more).
 */
export function typeConstraint(summary: string, predicate: (t: Type) => boolean, build?: (ctx: MLIRContext) => Type): TypeConstraint {
  let lastType: unknown = NOT_ASKED;
  let lastAnswer = false;
  const check = (t: Type): boolean => {
    if (t !== lastType) {
      lastAnswer = predicate(t);
      lastType = t;
    }
    return lastAnswer;
  };
  return Object.freeze({ kind: 'type', summary, check, ...(build ? { build } : {}) });
}

/** Any of `options` (MLIR's AnyTypeOf); the summary joins theirs with ` or ` unless given. */
export function AnyTypeOf(options: readonly TypeConstraint[], summary?: string): TypeConstraint {
  const only = options.length === 1 ? options[0].build : undefined;
  return typeConstraint(summary ?? options.map((o) => o.summary).join(' or '), (t) => options.some((o) => o.check(t)), only);
}

/** All of `parts` (MLIR's And); the summary must be given, as the parts' words rarely compose. */
export function AllOf(parts: readonly TypeConstraint[], summary: string): TypeConstraint {
  return typeConstraint(summary, (t) => parts.every((p) => p.check(t)));
}

export const AnyType = typeConstraint('any type', () => true);
export const AnyInteger = typeConstraint('integer', (t) => t instanceof IntegerType);
export const AnySignlessInteger = typeConstraint('signless integer', (t) => t instanceof IntegerType && t.isSignless);
export const Index = typeConstraint('index', (t) => t instanceof IndexType, perContext(IndexType.get));
export const AnySignlessIntegerOrIndex = typeConstraint(
  'signless integer or index',
  (t) => t instanceof IndexType || (t instanceof IntegerType && t.isSignless),
);
export const AnyFloat = typeConstraint('floating-point', (t) => t instanceof FloatType);
export const AnyComplex = typeConstraint('complex-type', (t) => t instanceof ComplexType);
export const NoneTypeC = typeConstraint('none type', (t) => t instanceof NoneType, (ctx) => NoneType.get(ctx));
export const AnyFunctionType = typeConstraint('function type', (t) => t instanceof FunctionType);

/** `iN`: an N-bit signless integer. */
export function I(width: number): TypeConstraint {
  return typeConstraint(
    `${width}-bit signless integer`,
    (t) => t instanceof IntegerType && t.isSignless && t.width === width,
    perContext((ctx) => IntegerType.get(ctx, width)),
  );
}
/** `siN` */
export function SI(width: number): TypeConstraint {
  return typeConstraint(`${width}-bit signed integer`, (t) => t instanceof IntegerType && t.signedness === 'signed' && t.width === width, (ctx) =>
    IntegerType.get(ctx, width, 'signed'),
  );
}
/** `uiN` */
export function UI(width: number): TypeConstraint {
  return typeConstraint(
    `${width}-bit unsigned integer`,
    (t) => t instanceof IntegerType && t.signedness === 'unsigned' && t.width === width,
    (ctx) => IntegerType.get(ctx, width, 'unsigned'),
  );
}
export const I1 = I(1);
export const I8 = I(8);
export const I16 = I(16);
export const I32 = I(32);
export const I64 = I(64);

function floatOf(kind: FloatKind, summary: string): TypeConstraint {
  return typeConstraint(summary, (t) => t instanceof FloatType && t.name === kind, perContext((ctx) => FloatType.get(ctx, kind)));
}
export const F16 = floatOf('f16', '16-bit float');
export const F32 = floatOf('f32', '32-bit float');
export const F64 = floatOf('f64', '64-bit float');
export const BF16 = floatOf('bf16', 'bfloat16 type');

/** The element type of a shaped type, or the type itself for scalars. */
export function elementTypeOrSelf(t: Type): Type {
  return isShaped(t) ? t.elementType : t;
}

function elementsOf(elements: readonly TypeConstraint[]): TypeConstraint {
  return elements.length === 0 ? AnyType : AnyTypeOf(elements);
}

/** `tensor<...>` (ranked or not) whose element type is one of `elements` (any when empty). */
export function TensorOf(elements: readonly TypeConstraint[] = []): TypeConstraint {
  const e = elementsOf(elements);
  return typeConstraint(`tensor of ${e.summary} values`, (t) => (t instanceof RankedTensorType || t instanceof UnrankedTensorType) && e.check(t.elementType));
}
/** A ranked tensor whose element type is one of `elements`. */
export function RankedTensorOf(elements: readonly TypeConstraint[] = []): TypeConstraint {
  const e = elementsOf(elements);
  return typeConstraint(`ranked tensor of ${e.summary} values`, (t) => t instanceof RankedTensorType && e.check(t.elementType));
}
/** A memref (ranked or not) whose element type is one of `elements`. */
export function MemRefOf(elements: readonly TypeConstraint[] = []): TypeConstraint {
  const e = elementsOf(elements);
  return typeConstraint(`memref of ${e.summary} values`, (t) => (t instanceof MemRefType || t instanceof UnrankedMemRefType) && e.check(t.elementType));
}
/** A ranked memref whose element type is one of `elements`. */
export function RankedMemRefOf(elements: readonly TypeConstraint[] = []): TypeConstraint {
  const e = elementsOf(elements);
  return typeConstraint(`ranked memref of ${e.summary} values`, (t) => t instanceof MemRefType && e.check(t.elementType));
}
/** A vector whose element type is one of `elements`. */
export function VectorOf(elements: readonly TypeConstraint[] = []): TypeConstraint {
  const e = elementsOf(elements);
  return typeConstraint(`vector of ${e.summary} values`, (t) => t instanceof VectorType && e.check(t.elementType));
}

export const AnyTensor = TensorOf();
export const AnyRankedTensor = RankedTensorOf();
export const AnyUnrankedTensor = typeConstraint('unranked tensor of any type values', (t) => t instanceof UnrankedTensorType);
export const AnyMemRef = MemRefOf();
export const AnyRankedMemRef = RankedMemRefOf();
export const AnyUnrankedMemRef = typeConstraint('unranked.memref of any type values', (t) => t instanceof UnrankedMemRefType);
export const AnyVector = VectorOf();
export const AnyShaped = typeConstraint('shaped of any type values', isShaped);

/** Whether `t` is a vector or a (ranked or unranked) tensor: what `...-like` constraints and Elementwise map over. */
function isVectorOrTensor(t: Type): t is VectorType | RankedTensorType | UnrankedTensorType {
  return t instanceof VectorType || t instanceof RankedTensorType || t instanceof UnrankedTensorType;
}
export const VectorOrTensor = typeConstraint('vector or tensor', isVectorOrTensor);

/** A scalar of `scalar`, or a vector or tensor of it (MLIR's `...-like` constraints). */
export function Like(scalar: TypeConstraint, summary: string): TypeConstraint {
  return typeConstraint(summary, (t) => scalar.check(t) || (isVectorOrTensor(t) && scalar.check(t.elementType)));
}
export const SignlessIntegerLike = Like(AnySignlessIntegerOrIndex, 'signless-integer-like');
export const IntegerLike = Like(
  typeConstraint('integer or index', (t) => t instanceof IntegerType || t instanceof IndexType),
  'integer-like',
);
export const FloatLike = Like(AnyFloat, 'floating-point-like');
export const BoolLike = Like(I1, 'bool-like');
export const SignlessIntegerOrFloatLike = Like(
  typeConstraint('signless integer, index or float', (t) => AnySignlessIntegerOrIndex.check(t) || t instanceof FloatType),
  'signless-integer-like or floating-point-like',
);

/** The type equals that of operand or result `source` (MLIR's AllTypesMatch). */
export function SameTypeAs(source: string, base: TypeConstraint = AnyType): DerivedTypeConstraint {
  return Object.freeze({ kind: 'derived', source, transform: null, description: null, base });
}

/**
 * The type is `transform(type of source)` (MLIR's TypesMatchWith); `description` completes
 * `failed to verify that ...`, e.g. `result type matches element type of 'memref'`. For a
 * variadic group, `transform` gives the whole list (`callee input types match argument types`).
 */
export function TypeFrom(
  source: string,
  transform: (t: Type) => Type | readonly Type[],
  description: string,
  base: TypeConstraint = AnyType,
): DerivedTypeConstraint {
  return Object.freeze({ kind: 'derived', source, transform, description, base });
}

/** The constraint a value's type must satisfy by itself. */
export function baseConstraint(c: ValueConstraint): TypeConstraint {
  return c.kind === 'type' ? c : c.base;
}
