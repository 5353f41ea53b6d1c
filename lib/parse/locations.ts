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
    if (!(attr instanceof Location)) p.failAt(t.offset, `expected location, but found '${String(attr)}'`);
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
  const str = unescapeString(p.consume().image);
  if (p.consumeIf(Tok.Colon)) {
    const line = p.tok;
    if (line.kind !== Tok.Integer) p.fail('expected integer line number in FileLineColLoc');
    p.consume();
    p.expect(Tok.Colon, "expected ':' in FileLineColLoc");
    const col = p.tok;
    if (col.kind !== Tok.Integer) p.fail('expected integer column number in FileLineColLoc');
    p.consume();
    let endLine = 0;
    let endCol = 0;
    if (p.consumeKeyword('to')) {
      // `to L:C` or `to :C` (same line).
      if (p.kind === Tok.Integer) {
        endLine = Number(p.consume().image);
        p.expect(Tok.Colon, "expected ':' in FileLineColRange");
      } else {
        endLine = Number(line.image);
        p.expect(Tok.Colon, "expected ':' in FileLineColRange");
      }
      if (p.kind !== Tok.Integer) p.fail('expected integer column number in FileLineColRange');
      endCol = Number(p.consume().image);
    }
    return FileLineColLoc.get(p.context, str, Number(line.image), Number(col.image), endLine, endCol);
  }
  if (p.consumeIf(Tok.LParen)) {
    const child = parseLocationInstance(p);
    p.expect(Tok.RParen, "expected ')' after child location of NameLoc");
    return NameLoc.get(p.context, str, child);
  }
  return NameLoc.get(p.context, str);
}
