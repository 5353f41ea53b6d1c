// Dense elements literals (`dense<...>`, nested lists, splats, complex pairs, hex blobs) and `dense_resource`.
import { Tok } from './lexer.js';
import type { Parser } from './parser.js';
import { parseType } from './types.js';
import { floatFromIntegerToken, symbolName } from './attributes.js';
import { floatFromBits, roundToFloat, unescapeString } from './literals.js';
import { DenseElementsAttr, DenseResourceElementsAttr, type Attribute, type DenseValue } from '../ir/attributes.js';
import { ComplexType, FloatType, IndexType, IntegerType, isShaped, kDynamic, type ShapedType, type Type } from '../ir/types.js';

/** A type as MLIR streams it into a diagnostic: quoted. */
export const quoted = (t: Type): string => `'${String(t)}'`;

/**
 * The value of an integer literal for `type`, or undefined when it does not fit (MLIR's
 * buildAttributeAPInt). Signless and signed values are kept in their signed reading, unsigned
 * ones unsigned, and i1 as 0 or 1.
 */
export function checkedInteger(type: IntegerType | IndexType, negative: boolean, spelling: string): bigint | undefined {
  const v = checkedIntegerValue(type, negative, spelling);
  return typeof v === 'number' ? BigInt(v) : v;
}

/** Integer spellings this short are below 2^52 (15 decimal digits, or `0x` and 13 hex digits): exact as doubles. */
const EXACT_SPELLING = 15;
/** 2^0 to 2^52, exact doubles, looked up rather than computed with `**` (Math.pow) for each literal. */
const POWERS_OF_TWO = Array.from({ length: 53 }, (_, i) => 2 ** i);

/**
 * As checkedInteger, with the value as a number where the spelling is short enough to be
 * exact as one: literals are mostly small, and a bigint is an allocation (IntegerAttr.get
 * takes either, and finds an existing attribute by a number without making one).
 */
export function checkedIntegerValue(type: IntegerType | IndexType, negative: boolean, spelling: string): bigint | number | undefined {
  if (spelling.length > EXACT_SPELLING) return checkedBigInteger(type, negative, spelling);
  const v = Number(spelling);
  const width = type instanceof IndexType ? 64 : type.width;
  // Past 52 bits no short spelling is out of range or wraps (v < 2^52 <= half).
  if (width > 52) return negative ? (v === 0 ? undefined : -v) : v;
  const limit = POWERS_OF_TWO[width];
  // The bigint check takes 1n << -1n, which is 0n, as half of i0.
  const half = width === 0 ? 0 : POWERS_OF_TWO[width - 1];
  if (v >= limit) return undefined;
  const signedness = type instanceof IndexType ? 'signed' : type.signedness;
  if (negative) {
    if (v === 0 || v > half) return undefined;
    return width === 1 ? 1 : -v;
  }
  if (signedness === 'signed' && v >= half) return undefined;
  if (signedness === 'signless' && width > 1 && v >= half) return v - limit;
  return v;
}

function checkedBigInteger(type: IntegerType | IndexType, negative: boolean, spelling: string): bigint | undefined {
  const v = BigInt(spelling);
  const width = type instanceof IndexType ? 64 : type.width;
  const w = BigInt(width);
  if (v >= 1n << w) return undefined;
  const signedness = type instanceof IndexType ? 'signed' : type.signedness;
  if (negative) {
    if (v === 0n || v > 1n << (w - 1n)) return undefined;
    return width === 1 ? 1n : -v;
  }
  if (signedness === 'signed' && v >= 1n << (w - 1n)) return undefined;
  if (signedness === 'signless' && width > 1 && v >= 1n << (w - 1n)) return v - (1n << w);
  return v;
}

/** One element token of a tensor literal. */
interface Element {
  negative: boolean;
  kind: Tok;
  image: string;
  offset: number;
}

/** `dense<literal> : type` */
export function parseDenseElements(p: Parser, attrType: Type | undefined): Attribute {
  const at = p.offset;
  p.consume();
  p.expect(Tok.Less, "expected '<' after 'dense'");
  const storage: Element[] = [];
  let shape: number[] = [];
  let hex: Element | undefined;
  if (!p.consumeIf(Tok.Greater)) {
    if (p.kind === Tok.String) {
      const t = p.take();
      hex = { negative: false, kind: t.kind, image: t.image, offset: t.offset };
    } else if (p.kind === Tok.LSquare) {
      shape = parseList(p, storage);
    } else {
      parseElement(p, storage);
    }
    p.expect(Tok.Greater, "expected '>'");
  }
  const type = parseElementsLiteralType(p, at, attrType);
  const elt = type.elementType;
  if (hex && (isIntOrFloat(elt) || elt instanceof ComplexType)) return DenseElementsAttr.get(type, decodeHex(p, at, hex, type));
  if (shape.length && shape.join(',') !== type.shape.join(',')) {
    p.failAt(at, `inferred shape of elements literal ([${shape.join(', ')}]) does not match type ([${type.shape.join(', ')}])`);
  }
  const count = type.shape.reduce((a, b) => a * b, 1);
  if (!hex && storage.length === 0 && count) p.failAt(at, `parsed zero elements, but type (${quoted(type)}) expected at least 1`);
  if (elt instanceof ComplexType) {
    const splat = shape.length === 0 && count !== 0;
    if (splat && storage.length !== 2) p.failAt(at, `parsed ${storage.length} elements, but type (${quoted(elt)}) expected 2 elements`);
    if (shape.length && storage.length !== count * 2) {
      p.failAt(at, `parsed ${storage.length} elements, but type (${quoted(type)}) expected ${count * 2} elements`);
    }
    const flat = scalarValues(p, storage, elt.elementType);
    const pairs: DenseValue[] = [];
    for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]] as [bigint, bigint] | [number, number]);
    return DenseElementsAttr.get(type, pairs);
  }
  if (isIntOrFloat(elt)) return DenseElementsAttr.get(type, scalarValues(p, storage, elt));
  if (hex) return DenseElementsAttr.get(type, [unescapeString(hex.image)]);
  const strings = storage.map((e) => {
    if (e.kind !== Tok.String) p.failAt(at, `expected string token, got ${e.negative ? '-' : ''}${e.image}`);
    return unescapeString(e.image);
  });
  return DenseElementsAttr.get(type, strings);
}

function isIntOrFloat(t: Type): t is IntegerType | IndexType | FloatType {
  return t instanceof IntegerType || t instanceof IndexType || t instanceof FloatType;
}

/** A shaped type with a rank: what dense literals are typed with. */
type RankedShaped = ShapedType & { shape: readonly number[] };

/** The `: type` of an elements literal (unless the caller supplied it), which must be static and shaped. */
function parseElementsLiteralType(p: Parser, at: number, attrType: Type | undefined): RankedShaped {
  let type = attrType;
  if (!type) {
    p.expect(Tok.Colon, "expected ':'");
    type = parseType(p);
  }
  if (!isShaped(type) || !('shape' in type)) return p.failAt(at, 'elements literal must be a shaped type');
  if (type.shape.includes(kDynamic)) p.failAt(at, 'elements literal type must have static shape');
  return type as RankedShaped;
}

/** `[elem-or-list, ...]`; returns the inferred shape. */
function parseList(p: Parser, storage: Element[]): number[] {
  return p.nested(() => {
    let first = true;
    let inner: number[] = [];
    let size = 0;
    p.commaList(Tok.LSquare, Tok.RSquare, () => {
      let dims: number[] = [];
      if (p.kind === Tok.LSquare) dims = parseList(p, storage);
      else parseElement(p, storage);
      size++;
      if (first) {
        inner = dims;
        first = false;
      } else if (dims.join(',') !== inner.join(',')) {
        p.fail('tensor literal is invalid; ranks are not consistent between elements');
      }
    });
    return [size, ...inner];
  });
}

function parseElement(p: Parser, storage: Element[]): void {
  const t = p.tok;
  switch (t.kind) {
    case Tok.Float:
    case Tok.Integer:
    case Tok.String:
      storage.push({ negative: false, kind: t.kind, image: t.image, offset: t.offset });
      p.consume();
      return;
    case Tok.Minus: {
      p.consume();
      const n = p.tok;
      if (n.kind !== Tok.Float && n.kind !== Tok.Integer) p.fail('expected integer or floating point literal');
      storage.push({ negative: true, kind: n.kind, image: n.image, offset: n.offset });
      p.consume();
      return;
    }
    case Tok.LParen:
      p.consume();
      parseElement(p, storage);
      p.expect(Tok.Comma, "expected ',' between complex elements");
      parseElement(p, storage);
      p.expect(Tok.RParen, "expected ')' after complex elements");
      return;
    case Tok.BareId:
      if (t.image === 'true' || t.image === 'false') {
        storage.push({ negative: false, kind: t.kind, image: t.image, offset: t.offset });
        p.consume();
        return;
      }
  }
  p.fail('expected element literal of primitive type');
}

/** Converts parsed element tokens to values of `elt` (an integer, index or float type). */
function scalarValues(p: Parser, storage: readonly Element[], elt: Type): DenseValue[] {
  if (elt instanceof FloatType) {
    return storage.map((e) => {
      if (e.kind === Tok.Float) return roundToFloat(e.negative ? -Number(e.image) : Number(e.image), elt.name);
      if (e.kind === Tok.Integer) return floatFromIntegerToken(p, e.image, e.offset, e.negative, elt);
      return p.failAt(e.offset, 'expected floating point literal');
    });
  }
  const intType = elt as IntegerType | IndexType;
  const unsigned = intType instanceof IntegerType && intType.signedness === 'unsigned';
  return storage.map((e) => {
    if (e.negative && unsigned) p.failAt(e.offset, 'expected unsigned integer elements, but parsed negative value');
    if (e.kind === Tok.Float) p.failAt(e.offset, 'expected integer elements, but parsed floating-point');
    if (e.kind === Tok.BareId) {
      if (!(intType instanceof IntegerType && intType.width === 1)) p.failAt(e.offset, "expected i1 type for 'true' or 'false' values");
      return e.image === 'true' ? 1n : 0n;
    }
    if (e.kind !== Tok.Integer) p.failAt(e.offset, 'expected integer elements');
    const v = checkedInteger(intType, e.negative, e.image);
    if (v === undefined) p.failAt(e.offset, 'integer constant out of range for type');
    return v;
  });
}

/** Bytes of a `"0x..."` string, or undefined when it is not one. */
function hexBytes(image: string): Uint8Array | undefined {
  const s = unescapeString(image);
  if (!s.startsWith('0x') || (s.length - 2) % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s.slice(2))) return undefined;
  return Uint8Array.from(Buffer.from(s.slice(2), 'hex'));
}

/** Decodes a little-endian hex blob into element values (a single element is a splat). */
function decodeHex(p: Parser, at: number, tok: Element, type: RankedShaped): DenseValue[] {
  const bytes = hexBytes(tok.image);
  if (!bytes) return p.failAt(tok.offset, 'expected string containing hex digits starting with `0x`');
  const count = type.shape.reduce((a, b) => a * b, 1);
  const elt = type.elementType;
  const scalar = elt instanceof ComplexType ? elt.elementType : elt;
  const invalid = (): never => p.failAt(at, `elements hex data size is invalid for provided type: ${quoted(type)}`);
  if (scalar instanceof IntegerType && scalar.width === 1 && !(elt instanceof ComplexType)) {
    if (bytes.length === 1 && (bytes[0] === 0 || bytes[0] === 0xff)) return [bytes[0] ? 1n : 0n];
    if (bytes.length !== Math.ceil(count / 8)) invalid();
    return Array.from({ length: count }, (_, i) => BigInt((bytes[i >> 3] >> (i & 7)) & 1));
  }
  const width = scalar instanceof IndexType ? 64 : (scalar as IntegerType | FloatType).width;
  const scalarBytes = Math.ceil(width / 8);
  const perElement = elt instanceof ComplexType ? 2 * scalarBytes : scalarBytes;
  const n = bytes.length === perElement ? 1 : count;
  if (bytes.length !== n * perElement) invalid();
  const read = (offset: number): bigint | number => {
    let bits = 0n;
    for (let k = scalarBytes - 1; k >= 0; k--) bits = (bits << 8n) | BigInt(bytes[offset + k]);
    if (scalar instanceof FloatType) return floatFromBits(bits, scalar.name) ?? NaN;
    const unsigned = scalar instanceof IntegerType && scalar.signedness === 'unsigned';
    return !unsigned && bits >= 1n << BigInt(width - 1) ? bits - (1n << BigInt(width)) : bits;
  };
  const out: DenseValue[] = [];
  for (let i = 0; i < n; i++) {
    const base = i * perElement;
    out.push(elt instanceof ComplexType ? ([read(base), read(base + scalarBytes)] as [number, number]) : read(base));
  }
  return out;
}

/** `dense_resource<handle> : type` */
export function parseDenseResource(p: Parser, attrType: Type | undefined): Attribute {
  const at = p.offset;
  p.consume();
  p.expect(Tok.Less, "expected '<' after 'dense_resource'");
  const t = p.tok;
  let handle: string;
  if (t.kind === Tok.BareId) handle = t.image;
  else if (t.kind === Tok.String) handle = unescapeString(t.image);
  else if (t.kind === Tok.AtId) handle = symbolName(t.image);
  else return p.fail("expected identifier key for 'resource' entry");
  p.consume();
  p.expect(Tok.Greater, "expected '>'");
  let type = attrType;
  let typeAt = at;
  if (!type) {
    typeAt = p.offset;
    p.expect(Tok.Colon, "expected ':'");
    type = parseType(p);
  }
  if (!isShaped(type)) p.failAt(typeAt, '`dense_resource` expected a shaped type');
  return DenseResourceElementsAttr.get(type, handle);
}
