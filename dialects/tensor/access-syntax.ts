// Affine access expressions over named domain dims (`%in[i + 2*k, j floordiv 4]`), read
// through the OpAsmParser's tokens and printed with lib/affine's printer.
import { add, constant, floorDiv, ceilDiv, mod, mul, isPureAffine, printAffineExpr, type AffineExpr } from '../../lib/affine/index.js';
import type { OpAsmParser } from '../../lib/ir/index.js';

/** The name the printer gives domain dim `d`: i, j, k, l, m, n, p, ... then d<N>. */
export function dimName(d: number): string {
  return d < DIM_LETTERS.length ? DIM_LETTERS[d] : `d${d}`;
}
// `o` is left out (it reads as zero); the rest are single letters, which no affine keyword is.
const DIM_LETTERS = ['i', 'j', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'];

/** Words an affine expression gives a meaning to, so they cannot name a dim. */
export const AFFINE_KEYWORDS: ReadonlySet<string> = new Set(['floordiv', 'ceildiv', 'mod', 'symbol']);

/** Prints `[e0, e1]` with dims named by dimName. */
export function printAccess(exprs: readonly AffineExpr[]): string {
  return `[${exprs.map((e) => printAffineExpr(e, (p) => dimName(p))).join(', ')}]`;
}

/**
 * Reads `[e0, e1, ...]` over the named dims. Expressions follow MLIR's affine grammar
 * (`+ - *`, `floordiv`, `ceildiv`, `mod`, parentheses, integer constants) and are built with
 * lib/affine's simplifying constructors, so the printed form reads back to the same maps.
 */
export function parseAccess(p: OpAsmParser, names: ReadonlyMap<string, AffineExpr>): AffineExpr[] {
  p.parsePunct('[');
  const exprs: AffineExpr[] = [];
  if (p.parseOptionalPunct(']')) return exprs;
  do {
    const at = p.currentOffset();
    const e = parseSum(p, names);
    if (!isPureAffine(e)) throw p.error(at, 'expected an affine expression (a product or division needs a constant on its right)');
    exprs.push(e);
  } while (p.parseOptionalPunct(','));
  p.parsePunct(']');
  return exprs;
}

function parseSum(p: OpAsmParser, names: ReadonlyMap<string, AffineExpr>): AffineExpr {
  let e = parseProduct(p, names);
  for (;;) {
    if (p.parseOptionalPunct('+')) e = add(e, parseProduct(p, names));
    else if (p.parseOptionalPunct('-')) e = add(e, mul(parseProduct(p, names), -1));
    else return e;
  }
}

function parseProduct(p: OpAsmParser, names: ReadonlyMap<string, AffineExpr>): AffineExpr {
  let e = parseFactor(p, names);
  for (;;) {
    if (p.parseOptionalPunct('*')) {
      e = mul(e, parseFactor(p, names));
      continue;
    }
    const op = p.parseOptionalKeyword(['floordiv', 'ceildiv', 'mod']);
    if (op === undefined) return e;
    const rhs = parseFactor(p, names);
    e = op === 'floordiv' ? floorDiv(e, rhs) : op === 'ceildiv' ? ceilDiv(e, rhs) : mod(e, rhs);
  }
}

function parseFactor(p: OpAsmParser, names: ReadonlyMap<string, AffineExpr>): AffineExpr {
  if (p.parseOptionalPunct('-')) return mul(parseFactor(p, names), -1);
  if (p.parseOptionalPunct('(')) {
    const e = parseSum(p, names);
    p.parsePunct(')');
    return e;
  }
  const at = p.currentOffset();
  const n = p.parseOptionalInteger();
  if (n !== undefined) return constant(n);
  const word = p.parseOptionalKeyword();
  if (word === undefined) throw p.error(at, 'expected a domain dimension name, an integer or a parenthesised expression');
  const e = names.get(word);
  if (!e) throw p.error(at, `use of undeclared domain dimension '${word}'`);
  return e;
}
