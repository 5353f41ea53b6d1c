// Type helpers the arith ops share: the i1 type of a comparison's shape, attribute types, and
// MLIR's cast-compatibility rules (areCastCompatible of each cast op).
import {
  DenseElementsAttr,
  FloatAttr,
  FloatType,
  IndexType,
  IntegerAttr,
  IntegerType,
  MemRefType,
  RankedTensorType,
  UnrankedMemRefType,
  UnrankedTensorType,
  VectorType,
  isShaped,
  kDynamic,
  type Attribute,
  type Type,
} from '../../lib/ir/index.js';

/** `i1` of the same shape as `t` (MLIR's getI1SameShape): `vector<4xi1>` for `vector<4xf32>`. */
export function i1SameShape(t: Type): Type {
  const i1 = IntegerType.get(t.context, 1);
  if (t instanceof VectorType) return VectorType.get(t.shape, i1, t.scalableDims);
  if (t instanceof RankedTensorType) return RankedTensorType.get(t.shape, i1, t.encoding);
  if (t instanceof UnrankedTensorType) return UnrankedTensorType.get(i1);
  return i1;
}

/** The type a typed attribute carries, or undefined for untyped ones. */
export function attrType(a: Attribute): Type | undefined {
  if (a instanceof IntegerAttr || a instanceof FloatAttr || a instanceof DenseElementsAttr) return a.type;
  const typed = (a as { type?: unknown }).type;
  return typed instanceof Object && 'context' in typed ? (typed as Type) : undefined;
}

/** The element type of a vector, tensor or memref; `t` itself otherwise. */
export function elementOf(t: Type): Type {
  return isShaped(t) ? t.elementType : t;
}

/** MLIR's getTypeIfLike(OrMemRef): the element type when `t` is a scalar or an allowed container of one. */
function scalarOf(t: Type, allowMemRef: boolean): Type | undefined {
  if (t instanceof VectorType || t instanceof RankedTensorType || t instanceof UnrankedTensorType) return t.elementType;
  if (allowMemRef && (t instanceof MemRefType || t instanceof UnrankedMemRefType)) return t.elementType;
  return isShaped(t) ? undefined : t;
}

function shapeOf(t: Type): readonly number[] | undefined | null {
  if (!isShaped(t)) return null;
  return 'shape' in t ? (t as { shape: readonly number[] }).shape : undefined;
}

/** verifyCompatibleShapes for one input and one output: both scalars, or shapes that agree where static. */
function compatibleShapes(a: Type, b: Type): boolean {
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  if (sa === null || sb === null) return sa === sb;
  if (sa === undefined || sb === undefined) return true;
  return sa.length === sb.length && sa.every((d, i) => d === kDynamic || sb[i] === kDynamic || d === sb[i]);
}

const widthOf = (t: Type): number => (t instanceof IntegerType ? t.width : (t as FloatType).width);

/** What kind of conversion a cast op performs, which decides its compatibility rule. */
export type CastKind = 'ext-int' | 'trunc-int' | 'ext-float' | 'trunc-float' | 'int-to-float' | 'float-to-int' | 'index' | 'bitcast';

/** MLIR's areCastCompatible for a cast op of kind `kind`. */
export function castCompatible(kind: CastKind, from: Type, to: Type): boolean {
  if (!compatibleShapes(from, to)) return false;
  const memref = kind === 'index' || kind === 'bitcast';
  const s = scalarOf(from, memref);
  const d = scalarOf(to, memref);
  if (!s || !d) return false;
  const isInt = (t: Type) => t instanceof IntegerType;
  const isFloat = (t: Type) => t instanceof FloatType;
  switch (kind) {
    case 'ext-int':
      return isInt(s) && isInt(d) && widthOf(d) > widthOf(s);
    case 'trunc-int':
      return isInt(s) && isInt(d) && widthOf(d) < widthOf(s);
    case 'ext-float':
      return isFloat(s) && isFloat(d) && widthOf(d) > widthOf(s);
    case 'trunc-float':
      return isFloat(s) && isFloat(d) && widthOf(d) < widthOf(s);
    case 'int-to-float':
      return isInt(s) && isFloat(d);
    case 'float-to-int':
      return isFloat(s) && isInt(d);
    case 'index': {
      const signless = (t: Type) => t instanceof IntegerType && t.isSignless;
      return (s instanceof IndexType && signless(d)) || (signless(s) && d instanceof IndexType);
    }
    case 'bitcast':
      return (isInt(s) || isFloat(s)) && (isInt(d) || isFloat(d)) && widthOf(s) === widthOf(d);
  }
}
