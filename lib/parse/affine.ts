// `affine_map<...>` and `affine_set<...>` attributes, parsed from the raw text by lib/affine.
import { Tok } from './lexer.js';
import type { Parser } from './parser.js';
import { parseAffineMap, parseIntegerSet, type AffineParseResult } from '../affine/index.js';
import { AffineMapAttr, IntegerSetAttr, type Attribute } from '../ir/attributes.js';

/**
 * Parses `affine_map<body>` or `affine_set<body>`. The body has its own grammar (dims, symbols,
 * `floordiv`...), so lib/affine reads it straight from the source and the token stream
 * restarts after it.
 */
export function parseAffineBody(p: Parser, keyword: string): Attribute {
  p.consume();
  if (keyword === 'affine_map') {
    p.expect(Tok.Less, "expected '<' in affine map");
    const map = finish(p, parseAffineMap(p.source, p.lastEnd));
    p.expect(Tok.Greater, "expected '>' in affine map");
    return AffineMapAttr.get(p.context, map);
  }
  p.expect(Tok.Less, "expected '<' in integer set");
  const set = finish(p, parseIntegerSet(p.source, p.lastEnd));
  p.expect(Tok.Greater, "expected '>' in integer set");
  return IntegerSetAttr.get(p.context, set);
}

/** Reports an affine parse error, or restarts the token stream after the parsed body. */
function finish<T>(p: Parser, r: AffineParseResult<T>): T {
  if ('error' in r) return p.failAt(r.offset, r.error);
  p.resetTo(r.end);
  return r.value;
}
