// The scalar semantics against mlir-opt 22's constant folding (APInt/APFloat) on seeded random
// operands: integer ops at every width, f16/bf16/f32/f64 arithmetic and comparisons, casts.
// Cases MLIR does not fold (undefined behaviour, poison, inexact truncf) are not compared.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { haveMlirOpt, mlirOpt } from '../../compat/tools.js';
import { Rng } from '../../../../lib/interp/inputs.js';
import {
  ScalarError, bitsToFloat, cmpFPredicateNames, cmpIPredicateNames, cmpf, cmpi, extsi, extui, floatBinary, floatBitsAsInt, floatFormats,
  fptosi, fptoui, intBinary, intBitsAsFloat, maxSigned, maxUnsigned, minSigned, roundTo, sitofp, trunci, uitofp, type FloatFormat,
} from '../../../../lib/interp/scalar/index.js';

type Expected = bigint | number | 'error';

/** One generated function: its text, and what the interpreter computes for it. */
interface Case {
  readonly text: string;
  readonly expected: Expected;
  /** The result type, to read mlir-opt's folded constant. */
  readonly type: string;
}

const FLOATS = ['f16', 'bf16', 'f32', 'f64'] as const;
const WIDTHS = [1, 8, 16, 32, 64];

class Gen {
  private readonly rng: Rng;
  constructor(seed: number) {
    this.rng = new Rng(seed);
  }
  next(): number {
    return this.rng.nextU32() / 2 ** 32;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** A canonical integer of `width` bits, often an edge value. */
  int(width: number): bigint {
    if (this.next() < 0.4) return trunci(this.pick([0n, 1n, -1n, 2n, 3n, minSigned(Math.max(width, 2)), maxSigned(Math.max(width, 2))]), width);
    let v = 0n;
    for (let i = 0; i < width; i += 16) v = (v << 16n) | BigInt(this.rng.nextU32() & 0xffff);
    return trunci(v, width);
  }
  /** A bit pattern of format `f`: special values a third of the time, else random bits. */
  floatBits(f: FloatFormat): bigint {
    const w = BigInt(f.width);
    const expMask = ((1n << BigInt(f.exponentBits)) - 1n) << BigInt(f.fractionBits);
    const sign = 1n << (w - 1n);
    if (this.next() < 0.35) {
      const one = ((1n << BigInt(f.exponentBits - 1)) - 1n) << BigInt(f.fractionBits);
      return this.pick([0n, sign, expMask, sign | expMask, 1n, sign | 1n, one, one | 1n, expMask - 1n, (1n << BigInt(f.fractionBits)) - 1n]);
    }
    let v = 0n;
    for (let i = 0; i < f.width; i += 16) v = (v << 16n) | BigInt(this.rng.nextU32() & 0xffff);
    const bits = BigInt.asUintN(f.width, v);
    // Skip NaN inputs: MLIR keeps their payloads, which our values do not.
    return (bits & expMask) === expMask && (bits & ((1n << BigInt(f.fractionBits)) - 1n)) !== 0n ? bits ^ expMask : bits;
  }
}

const hex = (bits: bigint, width: number): string => `0x${bits.toString(16).toUpperCase().padStart(Math.ceil(width / 4), '0')}`;
const intLiteral = (v: bigint, width: number): string => (width === 1 ? (v ? 'true' : 'false') : `${v} : i${width}`);

function expect(f: () => Expected): Expected {
  try {
    return f();
  } catch (e) {
    if (e instanceof ScalarError) return 'error';
    throw e;
  }
}

function fn(name: string, consts: string[], op: string, type: string): string {
  const lines = consts.map((c, i) => `  %${String.fromCharCode(97 + i)} = arith.constant ${c}`);
  return `func.func @${name}() -> ${type} {\n${lines.join('\n')}\n  %r = ${op}\n  return %r : ${type}\n}`;
}

function generate(seed: number): Map<string, Case> {
  const g = new Gen(seed);
  const cases = new Map<string, Case>();
  for (let n = 0; n < 250; n++) {
    const w = g.pick(WIDTHS);
    const [a, b] = [g.int(w), g.int(w)];
    const t = `i${w}`;
    if (g.next() < 0.8) {
      const name = g.pick(Object.keys(intBinary)) as keyof typeof intBinary;
      cases.set(`i${n}`, { text: fn(`i${n}`, [intLiteral(a, w), intLiteral(b, w)], `arith.${name} %a, %b : ${t}`, t), expected: expect(() => intBinary[name](a, b, w)), type: t });
    } else {
      const p = g.pick(cmpIPredicateNames);
      cases.set(`i${n}`, { text: fn(`i${n}`, [intLiteral(a, w), intLiteral(b, w)], `arith.cmpi ${p}, %a, %b : ${t}`, 'i1'), expected: cmpi(p, a, b, w) ? 1n : 0n, type: 'i1' });
    }
  }
  for (let n = 0; n < 400; n++) {
    const t = g.pick(FLOATS);
    const f = floatFormats[t];
    const [ab, bb] = [g.floatBits(f), g.floatBits(f)];
    const [a, b] = [bitsToFloat(f, ab), bitsToFloat(f, bb)];
    const consts = [`${hex(ab, f.width)} : ${t}`, `${hex(bb, f.width)} : ${t}`];
    if (g.next() < 0.75) {
      const name = g.pick(Object.keys(floatBinary)) as keyof typeof floatBinary;
      cases.set(`f${n}`, { text: fn(`f${n}`, consts, `arith.${name} %a, %b : ${t}`, t), expected: floatBinary[name](a, b, f), type: t });
    } else {
      const p = g.pick(cmpFPredicateNames);
      cases.set(`f${n}`, { text: fn(`f${n}`, consts, `arith.cmpf ${p}, %a, %b : ${t}`, 'i1'), expected: cmpf(p, a, b) ? 1n : 0n, type: 'i1' });
    }
  }
  for (let n = 0; n < 250; n++) {
    const w = g.pick([8, 16, 32, 64]);
    const t = g.pick(FLOATS);
    const f = floatFormats[t];
    const x = g.int(w);
    const bits = g.floatBits(f);
    const v = bitsToFloat(f, bits);
    const kind = g.pick(['sitofp', 'uitofp', 'fptosi', 'fptoui', 'bitcast', 'extf', 'truncf', 'extsi', 'extui', 'trunci'] as const);
    const fromFloat = `${hex(bits, f.width)} : ${t}`;
    const wider = t === 'f64' ? undefined : t === 'f32' ? 'f64' : 'f32';
    const narrower = t === 'f64' ? 'f32' : t === 'f32' ? g.pick(['f16', 'bf16']) : undefined;
    const iw = g.pick(WIDTHS.filter((k) => k !== w));
    let c: Case | undefined;
    switch (kind) {
      case 'sitofp':
      case 'uitofp':
        c = { text: fn(`c${n}`, [intLiteral(x, w)], `arith.${kind} %a : i${w} to ${t}`, t), expected: (kind === 'sitofp' ? sitofp : uitofp)(x, w, f), type: t };
        break;
      case 'fptosi':
      case 'fptoui': {
        // Out of range is poison in MLIR (not folded); we saturate, which is not compared.
        const [lo, hi] = kind === 'fptosi' ? [minSigned(w), maxSigned(w)] : [0n, maxUnsigned(w)];
        const inRange = Number.isFinite(v) && BigInt(Math.trunc(v)) >= lo && BigInt(Math.trunc(v)) <= hi;
        if (inRange) c = { text: fn(`c${n}`, [fromFloat], `arith.${kind} %a : ${t} to i${w}`, `i${w}`), expected: (kind === 'fptosi' ? fptosi : fptoui)(v, w), type: `i${w}` };
        break;
      }
      case 'bitcast':
        c = g.next() < 0.5
          ? { text: fn(`c${n}`, [fromFloat], `arith.bitcast %a : ${t} to i${f.width}`, `i${f.width}`), expected: floatBitsAsInt(v, f), type: `i${f.width}` }
          : { text: fn(`c${n}`, [intLiteral(trunci(bits, f.width), f.width)], `arith.bitcast %a : i${f.width} to ${t}`, t), expected: intBitsAsFloat(bits, f), type: t };
        break;
      case 'extf':
        if (wider) c = { text: fn(`c${n}`, [fromFloat], `arith.extf %a : ${t} to ${wider}`, wider), expected: roundTo(floatFormats[wider], v), type: wider };
        break;
      case 'truncf':
        if (narrower) c = { text: fn(`c${n}`, [fromFloat], `arith.truncf %a : ${t} to ${narrower}`, narrower), expected: roundTo(floatFormats[narrower], v), type: narrower };
        break;
      default: {
        const [from, to] = kind === 'trunci' ? [Math.max(w, iw), Math.min(w, iw)] : [Math.min(w, iw), Math.max(w, iw)];
        const a = g.int(from);
        const expected = kind === 'extsi' ? extsi(a, from, to) : kind === 'extui' ? extui(a, from, to) : trunci(a, to);
        c = { text: fn(`c${n}`, [intLiteral(a, from)], `arith.${kind} %a : i${from} to i${to}`, `i${to}`), expected, type: `i${to}` };
      }
    }
    if (c) cases.set(`c${n}`, c);
  }
  return cases;
}

/** The folded constant of each function of mlir-opt's output, when the body folded to one. */
function foldedValues(output: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const chunk of output.split('func.func @').slice(1)) {
    const name = chunk.slice(0, chunk.indexOf('('));
    const ops = chunk.split('\n').filter((l) => /=\s*arith\./.test(l));
    if (ops.length !== 1) continue;
    const m = /arith\.constant (.+)$/.exec(ops[0].trim());
    if (m) out.set(name, m[1]);
  }
  return out;
}

/** The value of mlir-opt's constant text (`true`, `-5 : i8`, `1.5e+00 : f16`, `0x7E00 : f16`) read as type `type`. */
function readConstant(text: string, type: string): bigint | number {
  if (text === 'true') return 1n;
  if (text === 'false') return 0n;
  const literal = text.slice(0, text.lastIndexOf(' : '));
  if (type.startsWith('i')) return BigInt(literal);
  const f = floatFormats[type];
  return /^-?0x/i.test(literal) ? bitsToFloat(f, BigInt(literal)) : roundTo(f, Number(literal));
}

const same = (a: Expected, b: bigint | number): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)) : a === b;

for (const seed of [11, 12, 13]) {
  test(`scalar semantics agree with mlir-opt's folding (seed ${seed})`, () => {
    if (!haveMlirOpt) return;
    const cases = generate(seed);
    const r = mlirOpt(['--canonicalize', '-'], [...cases.values()].map((c) => c.text).join('\n\n'));
    assert.is(r.status, 0, r.stderr);
    const folded = foldedValues(r.stdout);
    let compared = 0;
    const mismatches: string[] = [];
    for (const [name, c] of cases) {
      const text = folded.get(name);
      if (text === undefined) continue;
      compared++;
      const theirs = readConstant(text, c.type);
      if (!same(c.expected, theirs)) mismatches.push(`${c.text}\n  mlir-opt: ${text}, interpreter: ${String(c.expected)}`);
    }
    assert.is(mismatches.length, 0, mismatches.slice(0, 5).join('\n\n'));
    // Most cases fold; a parsing slip would compare nothing.
    assert.ok(compared > cases.size * 0.7, `only ${compared} of ${cases.size} cases compared`);
  });
}

test.run();
