// The gpu interpreter's subgroup mma ops: two warps multiply random f16 matrices with f32
// accumulation (B as is and transposed at load) and add a bias, equal to a plain matmul in every
// thread order; a partial warp, lanes that disagree and a matrix past the memref's end are errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FloatType, MemRefType, type Operation } from '../../../../lib/ir/index.js';
import { MemRefValue, runFunction, type RtValue } from '../../../../lib/interp/index.js';
import { roundTo, floatFormat } from '../../../../lib/interp/scalar/index.js';
import { load, seed } from './interp-programs.js';

const MATRIX = (t: string, op: string) => `!gpu.mma_matrix<16x16x${t}, "${op}">`;

/** Two warps, each computing 16 rows of C = A B + bias (32x32 times 32x16), K in steps of 16. */
function matmul(opts: { transposeB?: boolean; threads?: number; laneIndex?: boolean; ld?: number } = {}): string {
  const bType = opts.transposeB ? 'memref<16x32xf16>' : 'memref<32x16xf16>';
  const bAt = opts.transposeB ? '[%c0, %k]' : '[%k, %c0]';
  const bLd = opts.transposeB ? 32 : 16;
  const aCol = opts.laneIndex ? '%lane' : '%k';
  return `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @mm(%a: memref<32x32xf16>, %b: ${bType}, %bias: memref<32x16xf32>, %c: memref<32x16xf32>) kernel {
      %t = gpu.thread_id x
      %c0 = arith.constant 0 : index
      %c16 = arith.constant 16 : index
      %c32 = arith.constant 32 : index
      %w = arith.divui %t, %c32 : index
      %lane = arith.remui %t, %c16 : index
      %row = arith.muli %w, %c16 : index
      %zero = arith.constant 0.0 : f32
      %init = gpu.subgroup_mma_constant_matrix %zero : ${MATRIX('f32', 'COp')}
      %acc = scf.for %k = %c0 to %c32 step %c16 iter_args(%x = %init) -> (${MATRIX('f32', 'COp')}) {
        %fa = gpu.subgroup_mma_load_matrix %a[%row, ${aCol}] {leadDimension = ${opts.ld ?? 32} : index} : memref<32x32xf16> -> ${MATRIX('f16', 'AOp')}
        %fb = gpu.subgroup_mma_load_matrix %b${bAt} {leadDimension = ${bLd} : index${opts.transposeB ? ', transpose' : ''}} : ${bType} -> ${MATRIX('f16', 'BOp')}
        %y = gpu.subgroup_mma_compute %fa, %fb, %x : ${MATRIX('f16', 'AOp')}, ${MATRIX('f16', 'BOp')} -> ${MATRIX('f32', 'COp')}
        scf.yield %y : ${MATRIX('f32', 'COp')}
      }
      %fbias = gpu.subgroup_mma_load_matrix %bias[%row, %c0] {leadDimension = 16 : index} : memref<32x16xf32> -> ${MATRIX('f32', 'COp')}
      %sum = gpu.subgroup_mma_elementwise addf %acc, %fbias : (${MATRIX('f32', 'COp')}, ${MATRIX('f32', 'COp')}) -> ${MATRIX('f32', 'COp')}
      gpu.subgroup_mma_store_matrix %sum, %c[%row, %c0] {leadDimension = 16 : index} : ${MATRIX('f32', 'COp')}, memref<32x16xf32>
      gpu.return
    }
  }
  func.func @main(%a: memref<32x32xf16>, %b: ${bType}, %bias: memref<32x16xf32>, %c: memref<32x16xf32>) {
    %c1 = arith.constant 1 : index
    %n = arith.constant ${opts.threads ?? 64} : index
    gpu.launch_func @kernels::@mm blocks in (%c1, %c1, %c1) threads in (%n, %c1, %c1) args(%a : memref<32x32xf16>, %b : ${bType}, %bias : memref<32x16xf32>, %c : memref<32x16xf32>)
    return
  }
}`;
}

/** A deterministic generator of values in [0, 1). */
function random(seedValue: number): () => number {
  let s = seedValue >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function memref(module: Operation, shape: number[], element: 'f16' | 'f32', fill: (i: number) => number): MemRefValue {
  const m = MemRefValue.allocate(MemRefType.get(shape, FloatType.get(module.context, element)), shape);
  const f = floatFormat(element)!;
  for (let i = 0; i < m.allocation.data.length; i++) m.allocation.data.set(i, roundTo(f, fill(i)));
  return m;
}

const values = (m: MemRefValue): number[] => Array.from({ length: m.allocation.data.length }, (_, i) => m.allocation.data.get(i) as number);

function run(module: Operation, args: RtValue[]): string[] {
  const { diagnostics } = module.context.diagnostics.collect(() => runFunction(module, 'main', args));
  return diagnostics.map((d) => d.message);
}

/** Random operands: A 32x32 and B 32x16 (or its transpose) in f16, a bias in f32, C zero. */
function operands(module: Operation, s: number, transposeB = false) {
  const r = random(s + 1);
  const a = memref(module, [32, 32], 'f16', () => r() * 4 - 2);
  const b = memref(module, transposeB ? [16, 32] : [32, 16], 'f16', () => r() * 4 - 2);
  const bias = memref(module, [32, 16], 'f32', () => r() - 0.5);
  return { a, b, bias, c: memref(module, [32, 16], 'f32', () => 0) };
}

/** The plain matmul: f16 products summed in k order with f32 rounding, then the bias. */
function expected(a: number[], b: (k: number, j: number) => number, bias: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < 32; i++) {
    for (let j = 0; j < 16; j++) {
      let acc = 0;
      for (let k = 0; k < 32; k++) acc = Math.fround(acc + a[i * 32 + k] * b(k, j));
      out.push(Math.fround(acc + bias[i * 16 + j]));
    }
  }
  return out;
}

test('two warps compute A B + bias with mma fragments, equal to a plain matmul in every thread order', () => {
  const module = load(matmul());
  for (let s = 0; s < 4; s++) {
    seed(module, s);
    const { a, b, bias, c } = operands(module, s);
    assert.equal(run(module, [a, b, bias, c]), []);
    const bv = values(b);
    assert.equal(values(c), expected(values(a), (k, j) => bv[k * 16 + j], values(bias)), `seed ${s}`);
  }
});

test('a transposed load of B gives the same product', () => {
  const module = load(matmul({ transposeB: true }));
  const { a, b, bias, c } = operands(module, 7, true);
  assert.equal(run(module, [a, b, bias, c]), []);
  const bv = values(b);
  assert.equal(values(c), expected(values(a), (k, j) => bv[j * 32 + k], values(bias)));
});

test('a warp of fewer than 32 threads cannot run a warp-collective mma op', () => {
  const module = load(matmul({ threads: 16 }));
  const { a, b, bias, c } = operands(module, 0);
  const diags = run(module, [a, b, bias, c]);
  assert.match(diags[0], /^'gpu.subgroup_mma_load_matrix' needs all 32 lanes of a warp, but this warp has 16 threads/);
});

test('lanes that pass different indices to a load are an error', () => {
  const module = load(matmul({ laneIndex: true }));
  const { a, b, bias, c } = operands(module, 0);
  const diags = run(module, [a, b, bias, c]);
  assert.match(diags[0], /^lane 1 passes a different operand #2 than lane 0/);
});

test('a matrix reaching past the end of its memref is an error', () => {
  const module = load(matmul({ ld: 64 }));
  const { a, b, bias, c } = operands(module, 0);
  const diags = run(module, [a, b, bias, c]);
  assert.match(diags[0], /the 16x16 matrix at \[16, 0\] with leading dimension 64 reaches past the end of a memref of shape \[32, 32\]/);
});

test.run();
