// Type grammar: builtin types, function types, shaped types with dimension lists, aliases and dialect types.
import { Tok } from './lexer.js';
import type { Parser } from './parser.js';
import { parseAttribute } from './attributes.js';
import { parseDialectSymbol } from './dialect-symbols.js';
import {
  ComplexType, FLOAT_KINDS, FloatType, FunctionType, IndexType, IntegerType, MemRefType, NoneType, RankedTensorType,
  TupleType, UnrankedMemRefType, UnrankedTensorType, VectorType, kDynamic, type FloatKind, type Type,
} from '../ir/types.js';
import { AffineMapAttr, DictionaryAttr, IntegerAttr, StridedLayoutAttr, StringAttr, type Attribute } from '../ir/attributes.js';

const FLOAT_NAMES = new Set<string>(FLOAT_KINDS);
const INT_TYPE = /^(s|u)?i([0-9]+)$/;
/** MLIR's IntegerType::kMaxWidth. */
const MAX_INT_WIDTH = 16777215;
const TYPE_KEYWORDS = new Set(['index', 'none', 'complex', 'tensor', 'memref', 'vector', 'tuple', ...FLOAT_KINDS]);

/** True when the current token can start a type. */
export function atTypeStart(p: Parser): boolean {
  const kind = p.kind;
  if (kind === Tok.BangId || kind === Tok.LParen) return true;
  if (kind !== Tok.BareId) return false;
  const word = p.image;
  return p.scalarTypes.has(word) || TYPE_KEYWORDS.has(word) || INT_TYPE.test(word);
}

/** type ::= function-type | non-function-type */
export function parseType(p: Parser): Type {
  if (p.kind === Tok.LParen) return parseFunctionType(p);
  return parseNonFunctionType(p);
}

/** A type if one starts here, else undefined without consuming anything. */
export function parseOptionalType(p: Parser): Type | undefined {
  return atTypeStart(p) ? parseType(p) : undefined;
}

/** `(inputs) -> results` */
export function parseFunctionType(p: Parser): FunctionType {
  const inputs = parseTypeListParens(p);
  p.expect(Tok.Arrow, "expected '->' in function type");
  const results = parseFunctionResultTypes(p);
  return FunctionType.get(p.context, inputs, results);
}

/** `(t1, t2)` or `()`. */
export function parseTypeListParens(p: Parser): Type[] {
  p.expect(Tok.LParen, "expected '('");
  if (p.consumeIf(Tok.RParen)) return [];
  const types = parseTypeListNoParens(p);
  p.expect(Tok.RParen, "expected ')'");
  return types;
}

/** `t1, t2, ...` (at least one). */
export function parseTypeListNoParens(p: Parser): Type[] {
  // commaList's loop written out: a closure per type list showed in allocation profiles.
  const types: Type[] = [parseType(p)];
  while (p.consumeIf(Tok.Comma)) types.push(parseType(p));
  return types;
}

/** Results after `->`: a parenthesized list or one non-function type. */
export function parseFunctionResultTypes(p: Parser): Type[] {
  if (p.kind === Tok.LParen) return parseTypeListParens(p);
  return [parseNonFunctionType(p)];
}

/** Any type but a function type. */
export function parseNonFunctionType(p: Parser): Type {
  const kind = p.kind;
  if (kind === Tok.BangId) return p.nested(() => parseDialectSymbol(p, 'type') as Type);
  if (kind !== Tok.BareId) return p.failWrongToken('expected non-function type');
  const word = p.image;
  // Scalar types are looked up by spelling first: interning `i32` again for every use is slow.
  const cached = p.scalarTypes.get(word);
  if (cached) {
    p.consume();
    return cached;
  }
  const int = INT_TYPE.exec(word);
  if (int) {
    const width = Number(int[2]);
    if (width > MAX_INT_WIDTH) p.fail(`integer bitwidth is limited to ${MAX_INT_WIDTH} bits`);
    p.consume();
    return cacheScalar(p, word, IntegerType.get(p.context, width, int[1] === 's' ? 'signed' : int[1] === 'u' ? 'unsigned' : 'signless'));
  }
  if (FLOAT_NAMES.has(word)) {
    p.consume();
    return cacheScalar(p, word, FloatType.get(p.context, word as FloatKind));
  }
  switch (word) {
    case 'index':
      p.consume();
      return cacheScalar(p, word, IndexType.get(p.context));
    case 'none':
      p.consume();
      return cacheScalar(p, word, NoneType.get(p.context));
    case 'complex':
      return p.nested(() => parseComplexType(p));
    case 'tuple':
      return p.nested(() => parseTupleType(p));
    case 'tensor':
      return p.nested(() => parseTensorType(p));
    case 'memref':
      return p.nested(() => parseMemRefType(p));
    case 'vector':
      return p.nested(() => parseVectorType(p));
    default:
      return p.failWrongToken('expected non-function type');
  }
}

function cacheScalar(p: Parser, word: string, type: Type): Type {
  p.scalarTypes.set(word, type);
  return type;
}

function parseComplexType(p: Parser): Type {
  p.consume();
  p.expect(Tok.Less, "expected '<' in complex type");
  const at = p.offset;
  const elt = parseType(p);
  if (!(elt instanceof IntegerType || elt instanceof FloatType)) p.failAt(at, 'invalid element type for complex');
  p.expect(Tok.Greater, "expected '>' in complex type");
  return ComplexType.get(elt);
}

function parseTupleType(p: Parser): Type {
  p.consume();
  p.expect(Tok.Less, "expected '<' in tuple type");
  if (p.consumeIf(Tok.Greater)) return TupleType.get(p.context, []);
  const types = parseTypeListNoParens(p);
  p.expect(Tok.Greater, "expected '>' in tuple type");
  return TupleType.get(p.context, types);
}

/** A parsed dimension list: sizes (kDynamic for `?`), scalable flags, or unranked (`*x`). */
interface Dims {
  shape: number[];
  scalable: boolean[];
  unranked: boolean;
  offset: number;
  /** Source offset of each dimension (for errors that point at one). */
  at: number[];
}

/** The dimension list token, if present (a shape may also be empty: `tensor<f32>`). */
function parseDims(p: Parser, kind: string): Dims {
  const dims: Dims = { shape: [], scalable: [], unranked: false, offset: p.offset, at: [] };
  if (p.kind !== Tok.DimList) return dims;
  const raw = p.take().image;
  let pos = dims.offset;
  for (const piece of raw.split('x').slice(0, -1)) {
    const lead = piece.length - piece.trimStart().length;
    dims.at.push(pos + lead);
    pos += piece.length + 1;
  }
  const parts = raw.replace(/[ \t]+/g, '').split('x');
  parts.pop();
  for (const part of parts) {
    if (part === '*') {
      dims.unranked = true;
    } else if (part === '?') {
      dims.shape.push(kDynamic);
      dims.scalable.push(false);
    } else {
      const scalable = part[0] === '[';
      const n = Number(scalable ? part.slice(1, -1) : part);
      if (!Number.isSafeInteger(n)) p.failAt(dims.offset, `invalid dimension in ${kind} type`);
      dims.shape.push(n);
      dims.scalable.push(scalable);
    }
  }
  return dims;
}

/** Builtin types other than tensors, memrefs and functions may be elements; so may dialect types. */
function isValidTensorElement(t: Type): boolean {
  return !(t instanceof RankedTensorType || t instanceof UnrankedTensorType || t instanceof MemRefType ||
    t instanceof UnrankedMemRefType || t instanceof FunctionType || t instanceof TupleType || t instanceof NoneType);
}

/** `tensor<` / `memref<`, the dimension list (no scalable dims) and the element type. */
function parseShapedStart(p: Parser, kind: 'tensor' | 'memref'): { dims: Dims; eltAt: number; elt: Type } {
  p.consume();
  p.expect(Tok.Less, `expected '<' in ${kind} type`);
  const dims = parseDims(p, kind);
  rejectScalable(p, dims);
  const eltAt = p.offset;
  return { dims, eltAt, elt: parseType(p) };
}

function parseTensorType(p: Parser): Type {
  const { dims, eltAt, elt } = parseShapedStart(p, 'tensor');
  let encoding: Attribute | null = null;
  if (p.consumeIf(Tok.Comma)) {
    encoding = parseAttribute(p);
  }
  p.expect(Tok.Greater, "expected '>' in tensor type");
  if (dims.unranked && encoding) p.fail('cannot apply encoding to unranked tensor');
  if (!isValidTensorElement(elt)) p.failAt(eltAt, 'invalid tensor element type');
  if (dims.unranked) return UnrankedTensorType.get(elt);
  return RankedTensorType.get(dims.shape, elt, encoding);
}

function parseMemRefType(p: Parser): Type {
  const typeAt = p.offset;
  const { dims, eltAt, elt } = parseShapedStart(p, 'memref');
  if (elt instanceof FunctionType || elt instanceof TupleType || elt instanceof NoneType || elt instanceof RankedTensorType ||
    elt instanceof UnrankedTensorType) {
    p.failAt(eltAt, 'invalid memref element type');
  }
  let layout: Attribute | null = null;
  let memorySpace: Attribute | null = null;
  while (p.consumeIf(Tok.Comma)) {
    const attr = parseAttribute(p);
    const isLayout = attr instanceof AffineMapAttr || attr instanceof StridedLayoutAttr;
    if (isLayout) {
      if (dims.unranked) p.fail('cannot have affine map for unranked memref type');
      if (layout) p.fail('multiple layouts specified in memref type');
      if (memorySpace) p.fail('expected memory space to be last in memref type');
      layout = attr;
    } else {
      if (memorySpace) p.fail('multiple memory spaces specified in memref type');
      memorySpace = attr;
    }
  }
  p.expect(Tok.Greater, "expected '>' in memref type");
  if (memorySpace && !isSupportedMemorySpace(memorySpace)) p.failAt(typeAt, 'unsupported memory space Attribute');
  // MLIR drops the default memory space (integer 0) and identity layouts.
  if (memorySpace instanceof IntegerAttr && memorySpace.value === 0n) memorySpace = null;
  if (layout instanceof AffineMapAttr && layout.value.isIdentity() && layout.value.numDims === dims.shape.length) layout = null;
  if (dims.unranked) return UnrankedMemRefType.get(elt, memorySpace);
  return MemRefType.get(dims.shape, elt, layout, memorySpace);
}

function parseVectorType(p: Parser): Type {
  const typeAt = p.take().offset;
  p.expect(Tok.Less, "expected '<' in vector type");
  const dims = parseDims(p, 'vector');
  // A vector shape is integers and `[n]`; MLIR stops at anything else and reads it as the element type.
  const bad = dims.unranked ? 0 : dims.shape.indexOf(kDynamic);
  if (bad >= 0) p.failAt(dims.at[bad] ?? dims.offset, 'expected non-function type');
  const elt = parseType(p);
  p.expect(Tok.Greater, "expected '>' in vector type");
  if (!(elt instanceof IntegerType || elt instanceof IndexType || elt instanceof FloatType || elt.kind === 'dialect')) {
    p.failAt(typeAt, "failed to verify 'elementType': VectorElementTypeInterface instance");
  }
  if (dims.shape.some((d) => d <= 0)) p.failAt(typeAt, `vector types must have positive constant sizes but got ${dims.shape.join(', ')}`);
  return VectorType.get(dims.shape, elt, dims.scalable);
}

/** MLIR's isSupportedMemorySpace: integers, strings, dictionaries, or attributes of registered dialects. */
function isSupportedMemorySpace(a: Attribute): boolean {
  return a instanceof IntegerAttr || a instanceof StringAttr || a instanceof DictionaryAttr || a.kind === 'dialect';
}

/** Tensors and memrefs have no scalable dims: MLIR reads `[` as the start of the element type. */
function rejectScalable(p: Parser, dims: Dims): void {
  const i = dims.scalable.indexOf(true);
  if (i >= 0) p.failAt(dims.at[i], 'expected non-function type');
}
