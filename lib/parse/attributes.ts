// Attribute grammar: literals, arrays, dictionaries, symbol references, strided layouts, dense arrays.
import { Tok } from './lexer.js';
import type { Parser } from './parser.js';
import { atTypeStart, parseType } from './types.js';
import { parseDialectSymbol } from './dialect-symbols.js';
import { parseDenseElements, parseDenseResource, checkedInteger, checkedIntegerValue } from './dense.js';
import { parseLocationInstance } from './locations.js';
import { parseAffineBody } from './affine.js';
import { floatBits, floatFromBits, isHexInteger, roundToFloat, unescapeString } from './literals.js';
import {
  ArrayAttr, DenseArrayAttr, DictionaryAttr, FloatAttr, IntegerAttr, StridedLayoutAttr, StringAttr, SymbolRefAttr,
  TypeAttr, UnitAttr, type Attribute, type NamedAttribute,
} from '../ir/attributes.js';
import { FloatType, IndexType, IntegerType, kDynamic, type Type } from '../ir/types.js';

const ATTRIBUTE_START = new Set<Tok>([
  Tok.AtId, Tok.Float, Tok.Integer, Tok.HashId, Tok.LBrace, Tok.LSquare, Tok.Minus, Tok.String,
]);
const ATTRIBUTE_KEYWORDS = new Set(['affine_map', 'affine_set', 'dense', 'dense_resource', 'false', 'true', 'loc', 'unit', 'array', 'strided']);

/** True when the current token can start an attribute. */
export function atAttributeStart(p: Parser): boolean {
  if (ATTRIBUTE_START.has(p.kind)) return true;
  return (p.kind === Tok.BareId && ATTRIBUTE_KEYWORDS.has(p.image)) || atTypeStart(p);
}

/** An attribute if one starts here, else undefined. */
export function parseOptionalAttribute(p: Parser, type?: Type): Attribute | undefined {
  return atAttributeStart(p) ? parseAttribute(p, type) : undefined;
}

/** attribute-value, with `type` as the expected type of typed literals when the caller knows it. */
export function parseAttribute(p: Parser, type?: Type): Attribute {
  // The kind, and the spelling only where it is needed: no token object per attribute.
  const kind = p.kind;
  switch (kind) {
    case Tok.LSquare:
    case Tok.LBrace:
      return parseBracketedAttribute(p);
    case Tok.HashId:
      return p.nested(() => parseDialectSymbol(p, 'attr', type) as Attribute);
    case Tok.Float:
      return parseFloatAttr(p, type, false);
    case Tok.Integer:
      return parseDecOrHexAttr(p, type, false);
    case Tok.Minus:
      p.consume();
      if (p.kind === Tok.Integer) return parseDecOrHexAttr(p, type, true);
      if (p.kind === Tok.Float) return parseFloatAttr(p, type, true);
      return p.failWrongToken('expected constant integer or floating point value');
    case Tok.String: {
      const value = unescapeString(p.image);
      p.consume();
      let ty = type;
      if (!ty && p.consumeIf(Tok.Colon)) ty = parseType(p);
      return StringAttr.get(p.context, value, ty);
    }
    case Tok.AtId:
      return parseSymbolRef(p);
    case Tok.BareId: {
      const word = p.image;
      switch (word) {
        case 'true':
        case 'false':
          p.consume();
          return IntegerAttr.bool(p.context, word === 'true');
        case 'unit':
          p.consume();
          return UnitAttr.get(p.context);
        case 'affine_map':
        case 'affine_set':
          return parseAffineBody(p, word);
        case 'dense':
          return p.nested(() => parseDenseElements(p, type));
        case 'dense_resource':
          return parseDenseResource(p, type);
        case 'array':
          return parseDenseArray(p);
        case 'strided':
          return parseStrided(p);
        case 'loc': {
          p.consume();
          p.expect(Tok.LParen, "expected '(' in inline location");
          const loc = parseLocationInstance(p);
          p.expect(Tok.RParen, "expected ')' in inline location");
          return loc;
        }
      }
    }
  }
  if (!atTypeStart(p)) return p.failWrongToken('expected attribute value');
  return TypeAttr.get(parseType(p));
}

/** `[...]` or `{...}`, looked up by its text first (nothing after the closing bracket is read). */
function parseBracketedAttribute(p: Parser): Attribute {
  return p.cachedParse(p.bracketedAttributes, bracketedEnd, parseBracketedAttributeText);
}

/** Where the bracketed attribute at the current token ends, or -1. */
function bracketedEnd(p: Parser): number {
  return p.closedEnd(0);
}

function parseBracketedAttributeText(p: Parser): Attribute {
  return p.nested(() => {
    if (p.kind === Tok.LBrace) return DictionaryAttr.get(p.context, parseAttributeDict(p));
    p.consume();
    const elements: Attribute[] = [];
    p.commaListUntil(Tok.RSquare, () => elements.push(parseAttribute(p)));
    return ArrayAttr.get(p.context, elements);
  });
}

/** `{name = value, name, "quoted" = value}`; duplicate names are errors, as in MLIR. */
export function parseAttributeDict(p: Parser): NamedAttribute[] {
  const out: NamedAttribute[] = [];
  p.commaList(Tok.LBrace, Tok.RBrace, () => {
    const name = parseAttributeName(p);
    // Dictionaries are small: a linear scan beats allocating a set for each one.
    for (const e of out) if (e.name === name) p.fail(`duplicate key '${name}' in dictionary attribute`);
    p.consume();
    const value = p.consumeIf(Tok.Equal) ? parseAttribute(p) : UnitAttr.get(p.context);
    out.push({ name, value });
  }, ' in attribute dictionary');
  return out;
}

/**
 * The name of a dictionary entry at the current token (left unconsumed), its dialect loaded
 * when it names one (`dialect.name`). A bare name that recurs is the same string each time,
 * found in the source without slicing it: a new string would be hashed again by every Map
 * keyed by names, the dictionary's interning among them.
 */
function parseAttributeName(p: Parser): string {
  const kind = p.kind;
  if (kind === Tok.BareId) {
    const start = p.offset;
    const end = p.ts.end();
    const names = p.attributeNames;
    const slot = names.find(start, end);
    // A name found was read before, and its dialect loaded then.
    if (slot >= 0) return names.key(slot);
    const name = p.source.substring(start, end);
    loadNamedDialect(p, name);
    names.set(slot, name, undefined);
    return name;
  }
  if (kind !== Tok.String) return p.failWrongToken('expected attribute name');
  const name = unescapeString(p.image);
  if (name === '') p.fail('expected valid attribute name');
  loadNamedDialect(p, name);
  return name;
}

/** Loads the dialect that a `dialect.name` attribute name belongs to, if it is registered. */
function loadNamedDialect(p: Parser, name: string): void {
  const dot = name.indexOf('.');
  if (dot > 0) p.context.getOrLoadDialect(name.slice(0, dot));
}

/** The name inside an `@` token, unquoted. */
export function symbolName(image: string): string {
  return image[1] === '"' ? unescapeString(image.slice(1)) : image.slice(1);
}

function parseSymbolRef(p: Parser): SymbolRefAttr {
  const root = symbolName(p.take().image);
  const nested: string[] = [];
  // `::` is two colon tokens; a lone colon (`@f : type`) is left for the caller.
  while (p.kind === Tok.Colon && p.peekKind(1) === Tok.Colon) {
    p.consume();
    p.consume();
    if (p.peekKind(0) !== Tok.AtId) p.fail('expected nested symbol reference identifier');
    nested.push(symbolName(p.take().image));
  }
  return SymbolRefAttr.get(p.context, root, nested);
}

function parseFloatAttr(p: Parser, type: Type | undefined, negative: boolean): Attribute {
  const v = Number(p.image);
  p.consume();
  let ty = type;
  if (!ty) ty = p.consumeIf(Tok.Colon) ? parseType(p) : FloatType.get(p.context, 'f64');
  if (!(ty instanceof FloatType)) p.fail('floating point value not valid for specified type');
  return FloatAttr.get(ty, roundToFloat(negative ? -v : v, ty.name));
}

/** A float of `type` from an integer token: only hex bit patterns are allowed (MLIR's rules and messages). */
export function floatFromIntegerToken(p: Parser, image: string, offset: number, negative: boolean, type: FloatType): number {
  if (!isHexInteger(image)) {
    p.failWithNote(offset, 'unexpected decimal integer literal for a floating point value', 'add a trailing dot to make the literal a float');
  }
  if (negative) p.failAt(offset, 'hexadecimal float literal should not have a leading minus');
  const bits = BigInt(image);
  if (bits.toString(2).length > floatBits(type.name) && bits !== 0n) p.failAt(offset, 'hexadecimal float constant out of range for type');
  const value = floatFromBits(bits, type.name);
  if (value === undefined) p.failAt(offset, `hexadecimal literals are not supported for type '${type.name}'`);
  return value;
}

function parseDecOrHexAttr(p: Parser, type: Type | undefined, negative: boolean): Attribute {
  // The token's offset and spelling, not a token object: one of these per integer attribute.
  const at = p.offset;
  const image = p.image;
  p.consume();
  let ty = type;
  if (!ty) ty = p.consumeIf(Tok.Colon) ? parseType(p) : IntegerType.get(p.context, 64);
  if (ty instanceof FloatType) return FloatAttr.get(ty, floatFromIntegerToken(p, image, at, negative, ty));
  if (!(ty instanceof IntegerType || ty instanceof IndexType)) p.failAt(at, 'integer literal not valid for specified type');
  if (negative && ty instanceof IntegerType && ty.signedness === 'unsigned') {
    p.failAt(at, 'negative integer literal not valid for unsigned integer type');
  }
  const value = checkedIntegerValue(ty, negative, image);
  if (value === undefined) p.failAt(at, 'integer constant out of range for attribute');
  return IntegerAttr.get(ty, value);
}

function parseDenseArray(p: Parser): Attribute {
  p.consume();
  p.expect(Tok.Less, "expected '<' after 'array'");
  const typeAt = p.offset;
  const elt = parseType(p);
  if (!(elt instanceof IntegerType || elt instanceof FloatType)) p.failAt(typeAt, `expected integer or float type, got: ${String(elt)}`);
  if (!(elt instanceof IntegerType && elt.width === 1) && elt.width % 8 !== 0) p.failAt(typeAt, 'element type bitwidth must be a multiple of 8');
  if (p.consumeIf(Tok.Greater)) return DenseArrayAttr.get(elt, []);
  p.expect(Tok.Colon, "expected ':' after dense array type");
  const values: (bigint | number)[] = [];
  p.commaList(null, null, () => {
    const negative = p.consumeIf(Tok.Minus);
    const t = p.tok;
    if (elt instanceof IntegerType) {
      if (t.kind === Tok.BareId && (t.image === 'true' || t.image === 'false')) {
        if (elt.width !== 1) p.fail("expected i1 type for 'true' or 'false' values");
        values.push(t.image === 'true' ? 1n : 0n);
      } else if (t.kind === Tok.Integer) {
        if (elt.width === 1) p.fail("expected 'true' or 'false' values for i1 type");
        const v = checkedInteger(elt, negative, t.image);
        if (v === undefined) p.fail('integer constant out of range');
        values.push(v);
      } else {
        p.fail('expected integer literal');
      }
    } else if (t.kind === Tok.Float) {
      values.push(roundToFloat(negative ? -Number(t.image) : Number(t.image), elt.name));
    } else if (t.kind === Tok.Integer) {
      values.push(floatFromIntegerToken(p, t.image, t.offset, negative, elt));
    } else {
      p.fail('expected floating point literal');
    }
    p.consume();
  });
  p.expect(Tok.Greater, "expected '>' to close an array attribute");
  return DenseArrayAttr.get(elt, values);
}

const INT64_MAX = (1n << 63n) - 1n;

function parseStrided(p: Parser): Attribute {
  p.consume();
  p.expect(Tok.Less, "expected '<' after 'strided'");
  p.expect(Tok.LSquare, "expected '['");
  const value = (): number => {
    if (p.consumeIf(Tok.Question)) return kDynamic;
    const negative = p.consumeIf(Tok.Minus);
    const t = p.tok;
    if (t.kind !== Tok.Integer || BigInt(t.image) > INT64_MAX) return p.failAt(t.offset, "expected a 64-bit signed integer or '?'");
    p.consume();
    const n = Number(t.image);
    return negative ? -n : n;
  };
  const strides: number[] = [];
  if (p.kind !== Tok.RSquare) {
    do strides.push(value());
    while (p.consumeIf(Tok.Comma));
  }
  p.expect(Tok.RSquare, "expected ']'");
  let offset = 0;
  if (!p.consumeIf(Tok.Greater)) {
    p.expect(Tok.Comma, "expected ','");
    if (!p.consumeKeyword('offset')) p.failWrongToken("expected 'offset' after comma");
    p.expect(Tok.Colon, "expected ':' after 'offset'");
    offset = value();
    p.expect(Tok.Greater, "expected '>'");
  }
  return StridedLayoutAttr.get(p.context, offset, strides);
}
