// Seeded random generators of affine map and set bodies in MLIR syntax, for the
// differential tests against mlir-opt. The text is generated (not built through our API)
// so that the parser, the simplifier and the printer are all under test.

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Scope {
  readonly dims: readonly string[];
  readonly syms: readonly string[];
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function randConst(r: () => number): string {
  const x = r();
  if (x < 0.6) return String(Math.floor(r() * 5));
  if (x < 0.9) return String(Math.floor(r() * 130));
  return pick(r, ['64', '128', '1024', '0x10', '4294967296']);
}

function divisor(r: () => number, s: Scope): string {
  const x = r();
  if (x < 0.7 || s.syms.length === 0) return pick(r, ['2', '3', '4', '8', '1', '16', '5']);
  if (x < 0.8) return pick(r, ['-2', '(-3)', '0']);
  return pick(r, s.syms);
}

// A symbolic expression: symbols and constants only.
function symbolic(r: () => number, s: Scope, depth: number): string {
  if (depth <= 0 || r() < 0.5 || s.syms.length === 0) return s.syms.length && r() < 0.6 ? pick(r, s.syms) : randConst(r);
  return `(${symbolic(r, s, depth - 1)} ${pick(r, ['+', '-', '*'])} ${symbolic(r, s, depth - 1)})`;
}

/** A random affine (or semi-affine) expression over the scope's names. */
export function randomExpr(r: () => number, s: Scope, depth: number): string {
  const leaf = (): string => {
    const x = r();
    if (x < 0.55 && s.dims.length) return pick(r, s.dims);
    if (x < 0.75 && s.syms.length) return pick(r, s.syms);
    return randConst(r);
  };
  if (depth <= 0 || r() < 0.2) return leaf();
  const a = (): string => randomExpr(r, s, depth - 1);
  const wrapped = (e: string): string => (r() < 0.5 ? `(${e})` : e);
  switch (Math.floor(r() * 11)) {
    case 0:
    case 1:
      return `${a()} + ${wrapped(a())}`;
    case 2:
      return `${a()} - ${wrapped(a())}`;
    case 3:
      return `(${a()}) * ${randConst(r)}`;
    case 4:
      return `${pick(r, ['-', '', ''])}${randConst(r)} * (${a()})`;
    case 5:
      return `(${a()}) * ${symbolic(r, s, 1)}`;
    case 6:
      return `(${a()}) floordiv ${divisor(r, s)}`;
    case 7:
      return `(${a()}) ceildiv ${divisor(r, s)}`;
    case 8:
      return `(${a()}) mod ${divisor(r, s)}`;
    case 9:
      return `-(${a()})`;
    default:
      return `${wrapped(a())} ${pick(r, ['+', '-'])} ${a()} ${pick(r, ['*', 'floordiv', 'mod'])} ${randConst(r) === '0' ? '7' : pick(r, ['2', '3', '4'])}`;
  }
}

function randomScope(r: () => number): Scope {
  const named = r() < 0.3;
  const nd = Math.floor(r() * 4);
  const ns = Math.floor(r() * 3);
  const dims = Array.from({ length: nd }, (_, i) => (named ? ['i', 'j', 'k'][i]! : `d${i}`));
  const syms = Array.from({ length: ns }, (_, i) => (named ? ['N', 'M'][i]! : `s${i}`));
  return { dims, syms };
}

function header(s: Scope): string {
  return `(${s.dims.join(', ')})${s.syms.length ? `[${s.syms.join(', ')}]` : ''}`;
}

/** A random map body such as `(d0)[s0] -> (d0 floordiv 2 + s0)`. */
export function randomMap(r: () => number, depth = 4): string {
  const s = randomScope(r);
  const n = 1 + Math.floor(r() * 3);
  return `${header(s)} -> (${Array.from({ length: n }, () => randomExpr(r, s, depth)).join(', ')})`;
}

/** A random integer set body such as `(d0)[s0] : (d0 - s0 >= 0)`. */
export function randomSet(r: () => number, depth = 3): string {
  const s = randomScope(r);
  const n = 1 + Math.floor(r() * 3);
  const cs = Array.from({ length: n }, () => `${randomExpr(r, s, depth)} ${pick(r, ['>=', '<=', '=='])} ${randomExpr(r, s, 1)}`);
  return `${header(s)} : (${cs.join(', ')})`;
}

/** A random map with exactly `numDims` dims (named d<i>) and `numResults` results. */
export function randomMapShape(r: () => number, numDims: number, numSymbols: number, numResults: number, depth = 3): string {
  const s: Scope = {
    dims: Array.from({ length: numDims }, (_, i) => `d${i}`),
    syms: Array.from({ length: numSymbols }, (_, i) => `s${i}`),
  };
  return `${header(s)} -> (${Array.from({ length: numResults }, () => randomExpr(r, s, depth)).join(', ')})`;
}
