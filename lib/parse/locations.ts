// Location grammar: unknown, file:line:col (with ranges), names, call sites, fused locations, aliases.
import { Tok } from './lexer.js';
import type { Parser } from './parser.js';
import { parseAttribute } from './attributes.js';
import { unescapeString } from './literals.js';
import { CallSiteLoc, FileLineColLoc, FusedLoc, Location, NameLoc, UnknownLoc } from '../ir/location.js';
import type { Attribute } from '../ir/attributes.js';

/** A location inside `loc(...)`. */
export function parseLocationInstance(p: Parser): Location {
  return p.nested(() => parseInstance(p));
}

function parseInstance(p: Parser): Location {
  const t = p.tok;
  if (t.kind === Tok.HashId) {
    const attr = parseAttribute(p);
    if (!(attr instanceof Location)) p.fail(`expected location attribute, but got${String(attr)}`);
    return attr;
  }
  if (t.kind === Tok.String) return parseNameOrFileLoc(p);
  if (t.kind === Tok.BareId) {
    if (t.image === 'unknown') {
      p.consume();
      return UnknownLoc.get(p.context);
    }
    if (t.image === 'callsite') return parseCallSite(p);
    if (t.image === 'fused') return parseFused(p);
  }
  return p.failWrongToken('expected location instance');
}

function parseCallSite(p: Parser): Location {
  p.consume();
  p.expect(Tok.LParen, "expected '(' in callsite location");
  const callee = parseLocationInstance(p);
  if (!p.consumeKeyword('at')) p.failWrongToken("expected 'at' in callsite location");
  const caller = parseLocationInstance(p);
  p.expect(Tok.RParen, "expected ')' in callsite location");
  return CallSiteLoc.get(callee, caller);
}

function parseFused(p: Parser): Location {
  p.consume();
  let metadata: Attribute | null = null;
  if (p.consumeIf(Tok.Less)) {
    metadata = parseAttribute(p);
    p.expect(Tok.Greater, "expected '>' after fused location metadata");
  }
  const locations: Location[] = [];
  p.commaList(Tok.LSquare, Tok.RSquare, () => locations.push(parseLocationInstance(p)), ' in fused location');
  return FusedLoc.get(p.context, locations, metadata);
}

function parseNameOrFileLoc(p: Parser): Location {
  const str = unescapeString(p.take().image);
  if (p.consumeIf(Tok.Colon)) return parseFileLineColRange(p, str);
  if (p.consumeIf(Tok.LParen)) {
    const child = parseLocationInstance(p);
    p.expect(Tok.RParen, "expected ')' after child location of NameLoc");
    return NameLoc.get(p.context, str, child);
  }
  return NameLoc.get(p.context, str);
}

/** `"file":line(:col( to (line)?(:col)?)?)?` after the file name and colon (MLIR 22's FileLineColRange). */
function parseFileLineColRange(p: Parser, file: string): Location {
  const unsigned = (message: string): number => {
    const t = p.tok;
    if (t.kind !== Tok.Integer || BigInt(t.image) > 0xffffffffn) p.failWrongToken(message);
    p.consume();
    return Number(t.image);
  };
  const line = unsigned('expected integer line number in FileLineColRange');
  if (!p.consumeIf(Tok.Colon)) return FileLineColLoc.get(p.context, file, line, 0);
  const col = unsigned('expected integer column number in FileLineColRange');
  if (!p.consumeKeyword('to')) return FileLineColLoc.get(p.context, file, line, col);
  const endLine = p.kind === Tok.Integer ? unsigned('') : undefined;
  if (!p.consumeIf(Tok.Colon)) {
    if (endLine === undefined) p.failWrongToken("expected either integer or ':' post 'to' in FileLineColRange");
    return FileLineColLoc.get(p.context, file, line, col, endLine, 0);
  }
  const endCol = unsigned('expected integer column number in FileLineColRange');
  return FileLineColLoc.get(p.context, file, line, col, endLine ?? line, endCol);
}
