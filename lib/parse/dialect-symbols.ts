// `!...` and `#...` tokens: type and attribute aliases, and dialect types/attributes with raw bodies.
import { Tok } from './lexer.js';
import { scanString } from './lexer.js';
import type { Parser } from './parser.js';
import { parseType } from './types.js';
import { quoted } from './dense.js';
import { OpaqueType, type Type } from '../ir/types.js';
import { OpaqueAttr, type Attribute } from '../ir/attributes.js';

const CLOSER: Record<string, string> = { '>': '<', ']': '[', ')': '(', '}': '{' };

/**
 * Scans a dialect symbol body that starts with `<` at `start`: balanced `<>[](){}`, strings
 * skipped, `->` not a closer. Returns the offset just past the matching `>` (MLIR's
 * parseDialectSymbolBody; errors are reported at the `<`).
 */
export function scanSymbolBody(p: Parser, start: number): number {
  const src = p.source;
  const stack: string[] = [];
  let i = start;
  do {
    if (i >= src.length || src.charCodeAt(i) === 0) {
      if (stack.length) p.failAt(start, `unbalanced '${stack[stack.length - 1]}' character in pretty dialect name`);
      p.failAt(start, 'unexpected nul or EOF in pretty dialect name');
    }
    const c = src[i++];
    switch (c) {
      case '<':
      case '[':
      case '(':
      case '{':
        stack.push(c);
        continue;
      case '-':
        if (src[i] === '>') i++;
        continue;
      case '>':
      case ']':
      case ')':
      case '}':
        if (stack[stack.length - 1] !== CLOSER[c]) p.failAt(start, `unbalanced '${stack[stack.length - 1]}' character in pretty dialect name`);
        stack.pop();
        break;
      case '"': {
        const len = scanString(src, i - 1);
        if (len < 0) {
          p.resetTo(i - 1);
          p.fail(`expected '"' in string literal`);
        }
        i += len - 1;
        break;
      }
      default:
        continue;
    }
  } while (stack.length);
  return i;
}

/**
 * Parses the current `!name` / `#name` token: an alias when the name has no dot and no `<`
 * follows immediately, otherwise a dialect type or attribute. Registered dialects parse their
 * own bodies; unregistered ones keep the text (only when allowed).
 */
export function parseDialectSymbol(p: Parser, what: 'type' | 'attr', attrType?: Type): Type | Attribute {
  const image = p.image;
  const start = p.offset;
  const identifier = image.slice(1);
  const end = start + image.length;
  const dot = identifier.indexOf('.');
  const prettyName = dot >= 0;
  const hasBody = p.source.charCodeAt(end) === 60;
  if (!hasBody && !prettyName) {
    const aliases = what === 'type' ? p.typeAliases : p.attrAliases;
    const value = aliases.get(identifier);
    p.consume();
    if (value === undefined) p.failWrongToken(`undefined symbol alias id '${identifier}'`);
    return value;
  }
  p.consume();
  const symbolEnd = hasBody ? scanSymbolBody(p, end) : end;
  if (hasBody) p.resetTo(symbolEnd);
  // Files repeat the same few dialect types and attributes on every op; a body parses the
  // same way every time, so each text is parsed and interned once per file. The key is the
  // symbol's text as written (`!` for types, `#` for attributes): one slice, no concatenation.
  const key = p.source.slice(start, symbolEnd);
  const seen = p.dialectSymbols.get(key);
  if (seen && (what === 'type' || (attrType === undefined && p.peekKind(0) !== Tok.Colon))) return seen;
  const dialectName = prettyName ? identifier.slice(0, dot) : identifier;
  const data = prettyName ? p.source.slice(start + 2 + dialectName.length, symbolEnd) : hasBody ? p.source.slice(end + 1, symbolEnd - 1) : '';
  const dataOffset = prettyName ? start + 2 + dialectName.length : end + 1;
  const ctx = p.context;
  const dialect = ctx.getOrLoadDialect(dialectName);
  if (what === 'type') {
    if (dialect?.parseType) {
      const parsed = dialect.parseType(data, ctx);
      if (!parsed) p.failAt(dataOffset, `unknown type '${data}' in dialect '${dialectName}'`);
      p.dialectSymbols.set(key, parsed);
      return parsed;
    }
    const type = OpaqueType.get(ctx, dialectName, data);
    if (!dialect && !ctx.allowUnregisteredDialects) {
      p.failAt(dataOffset, `\`!"${dialectName}"<${JSON.stringify(data)}>\` type created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used`);
    }
    return type;
  }
  let type = attrType;
  if (!type && p.consumeIf(Tok.Colon)) type = parseType(p);
  if (dialect?.parseAttribute) {
    const parsed = dialect.parseAttribute(data, ctx);
    if (!parsed) p.failAt(dataOffset, `unknown attribute '${data}' in dialect '${dialectName}'`);
    if (!type) p.dialectSymbols.set(key, parsed);
    return parsed;
  }
  if (!dialect && !ctx.allowUnregisteredDialects) {
    p.failAt(dataOffset, `#"${dialectName}"<${JSON.stringify(data)}>${type ? ` : ${quoted(type)}` : ''} attribute created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used`);
  }
  const attr = OpaqueAttr.get(ctx, dialectName, data, type);
  if (!type) p.dialectSymbols.set(key, attr);
  return attr;
}
