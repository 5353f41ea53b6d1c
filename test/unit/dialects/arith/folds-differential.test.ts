// Constant folding of arith and math ops against mlir-opt 22 on seeded random operands: wrap-around
// at every width, signed and unsigned division and shifts, NaN and signed-zero float cases.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dlcOpt, haveMlirOpt, mlirOpt } from '../../compat/tools.js';

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INT_OPS = [
  'addi', 'subi', 'muli', 'divsi', 'divui', 'ceildivsi', 'ceildivui', 'floordivsi', 'remsi', 'remui',
  'minsi', 'minui', 'maxsi', 'maxui', 'andi', 'ori', 'xori', 'shli', 'shrsi', 'shrui',
];
const CMPI = ['eq', 'ne', 'slt', 'sle', 'sgt', 'sge', 'ult', 'ule', 'ugt', 'uge'];
const FLOAT_OPS = ['addf', 'subf', 'mulf', 'divf', 'remf', 'minimumf', 'maximumf', 'minnumf', 'maxnumf'];
const CMPF = ['oeq', 'ogt', 'oge', 'olt', 'ole', 'one', 'ord', 'ueq', 'ugt', 'uge', 'ult', 'ule', 'une', 'uno'];
const WIDTHS = [1, 8, 16, 32, 64];
const FLOATS = ['0.0', '-0.0', '1.0', '-2.5', '3.0e+38', '1.0e-40', '0x7FC00000', '0xFF800000', '0x7F800000', '7.0', '0.1'];

/** An integer that is often at an edge of the width (0, ±1, min, max) and otherwise random. */
function intOf(rand: () => number, width: number): string {
  const edges = [0n, 1n, -1n, -(1n << BigInt(width - 1)), (1n << BigInt(width - 1)) - 1n, 2n, 3n];
  if (rand() < 0.4) return String(BigInt.asIntN(width, edges[Math.floor(rand() * edges.length)]));
  let v = 0n;
  for (let i = 0; i < width; i += 16) v = (v << 16n) | BigInt(Math.floor(rand() * 65536));
  return String(width === 1 ? BigInt.asUintN(1, v) : BigInt.asIntN(width, v));
}

function cases(seed: number): string {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const out: string[] = [];
  for (let n = 0; n < 300; n++) {
    const width = pick(WIDTHS);
    const t = `i${width}`;
    const [a, b] = [intOf(rand, width), intOf(rand, width)];
    const lit = (v: string) => (width === 1 ? (v === '0' ? 'false' : 'true') : `${v} : ${t}`);
    const op = rand() < 0.8 ? `arith.${pick(INT_OPS)} %a, %b : ${t}` : `arith.cmpi ${pick(CMPI)}, %a, %b : ${t}`;
    const rt = op.startsWith('arith.cmpi') ? 'i1' : t;
    out.push(`func.func @i${n}() -> ${rt} {\n  %a = arith.constant ${lit(a)}\n  %b = arith.constant ${lit(b)}\n  %r = ${op}\n  return %r : ${rt}\n}`);
  }
  for (let n = 0; n < 150; n++) {
    const t = pick(['f32', 'f64']);
    const [a, b] = [pick(FLOATS), pick(FLOATS)].map((v) => (t === 'f64' && v.startsWith('0x') ? { '0x7FC00000': '0x7FF8000000000000', '0xFF800000': '0xFFF0000000000000', '0x7F800000': '0x7FF0000000000000' }[v]! : v));
    const op = rand() < 0.7 ? `arith.${pick(FLOAT_OPS)} %a, %b : ${t}` : `arith.cmpf ${pick(CMPF)}, %a, %b : ${t}`;
    const rt = op.startsWith('arith.cmpf') ? 'i1' : t;
    out.push(`func.func @f${n}() -> ${rt} {\n  %a = arith.constant ${a} : ${t}\n  %b = arith.constant ${b} : ${t}\n  %r = ${op}\n  return %r : ${rt}\n}`);
  }
  for (let n = 0; n < 150; n++) {
    const [from, to] = [pick(WIDTHS), pick(WIDTHS)];
    const a = intOf(rand, from);
    const lit = from === 1 ? (a === '0' ? 'false' : 'true') : `${a} : i${from}`;
    const f = pick(['f32', 'f64']);
    const cast = pick([
      from < to ? `arith.extsi %a : i${from} to i${to}` : undefined,
      from < to ? `arith.extui %a : i${from} to i${to}` : undefined,
      from > to ? `arith.trunci %a : i${from} to i${to}` : undefined,
      from > 1 ? `arith.index_cast %a : i${from} to index` : undefined,
      from > 1 ? `arith.index_castui %a : i${from} to index` : undefined,
      `arith.sitofp %a : i${from} to ${f}`,
      `arith.uitofp %a : i${from} to ${f}`,
    ].filter((c) => c !== undefined));
    const rt = cast.split(' to ')[1];
    out.push(`func.func @c${n}() -> ${rt} {\n  %a = arith.constant ${lit}\n  %r = ${cast}\n  return %r : ${rt}\n}`);
  }
  for (let n = 0; n < 60; n++) {
    const f = pick(['f32', 'f64']);
    const v = pick(['0.0', '-0.0', '1.5', '-2.5', '3.0e+38', '1.0e-40', '7.0', '0.1', '-129.9', '255.5', '4294967295.0']);
    const w = pick([8, 16, 32, 64]);
    const cast = pick([`arith.fptosi %a : ${f} to i${w}`, `arith.fptoui %a : ${f} to i${w}`, f === 'f32' ? 'arith.extf %a : f32 to f64' : 'arith.truncf %a : f64 to f32', `arith.bitcast %a : ${f} to i${f.slice(1)}`]);
    const rt = cast.split(' to ')[1];
    out.push(`func.func @g${n}() -> ${rt} {\n  %a = arith.constant ${v} : ${f}\n  %r = ${cast}\n  return %r : ${rt}\n}`);
  }
  return out.join('\n\n// -----\n\n');
}

for (const seed of [1, 2, 3]) {
  test(`random constant folds (seed ${seed}) canonicalise as mlir-opt does`, () => {
    if (!haveMlirOpt) return;
    const input = cases(seed);
    const args = ['--split-input-file', '--canonicalize', '-'];
    const ours = dlcOpt(args, input);
    assert.is(ours.stderr, '');
    const theirs = mlirOpt(args, input);
    assert.is(theirs.status, 0, theirs.stderr);
    assert.fixture(ours.stdout, theirs.stdout);
  });
}

test.run();
