// The CUDA emitter without nvcc: literals, every test model after graph -> gpu translates (one
// __global__ per kernel, each launch in the host function, the harness), dead pure ops are left
// out, and dlc-translate's command line (stdin, -o only on success, exit codes).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FloatType, IndexType, IntegerType } from '../../../../lib/ir/index.js';
import { floatLiteral, intLiteral } from '../../../../lib/target/cuda/types.js';
import { translateMain } from '../../../../lib/target/cuda/translate-main.js';
import { MODELS, context, gpuModel, parse, translate } from './helpers.js';

test('literals: exact floats (shortest decimal, bits for f16/bf16 and non-finite), integers of every width', () => {
  const ctx = context();
  const f = (name: 'f16' | 'bf16' | 'f32' | 'f64') => FloatType.get(ctx, name);
  assert.is(floatLiteral(0.1, f('f32')), '0.1f');
  assert.is(floatLiteral(1, f('f32')), '1.0f');
  assert.is(floatLiteral(-0, f('f32')), '-0.0f');
  assert.is(floatLiteral(1e30, f('f32')), '1e+30f');
  assert.is(floatLiteral(0.1, f('f64')), '0.1');
  assert.is(floatLiteral(Infinity, f('f32')), 'dlc::f32_from_bits(0x7f800000u)');
  assert.is(floatLiteral(NaN, f('f64')), 'dlc::f64_from_bits(0x7ff8000000000000ull)');
  assert.is(floatLiteral(1.5, f('f16')), '__ushort_as_half((unsigned short)0x3e00u)');
  assert.is(floatLiteral(0.1, f('bf16')), '__ushort_as_bfloat16((unsigned short)0x3dcdu)');
  const i = (w: number) => IntegerType.get(ctx, w);
  assert.is(intLiteral(1n, i(1)), 'true');
  assert.is(intLiteral(255n, i(8)), '(int8_t)-1');
  assert.is(intLiteral(-(1n << 31n), i(32)), '(-2147483647 - 1)');
  assert.is(intLiteral(-(1n << 63n), i(64)), '(-9223372036854775807ll - 1)');
  assert.is(intLiteral(1n << 40n, IndexType.get(ctx)), '1099511627776ll');
  assert.is(intLiteral(15n, i(4)), '(int8_t)-1');
});

for (const name of MODELS) {
  test(`${name}: graph -> gpu -> CUDA: a __global__ per kernel, every launch in host_main, the harness`, () => {
    const module = gpuModel(context(), name);
    const text = translate(module);
    let kernels = 0;
    let launches = 0;
    module.walk((op) => {
      if (op.name.name === 'gpu.func') kernels++;
      if (op.name.name === 'gpu.launch_func') launches++;
    });
    assert.is(text.match(/^extern "C" __global__ void/gm)?.length, kernels);
    assert.is((text.match(/<<<dim3/g)?.length ?? 0) + (text.match(/dlc::launch_cooperative\(\(const/g)?.length ?? 0), launches);
    assert.match(text, /^extern "C" void host_main\(/m);
    assert.match(text, /^int main\(int argc, char\*\* argv\) \{/m);
  });
}

test('ops whose results nothing reads are left out, and stores to kernel buffers nothing reads; side effects stay', () => {
  const ctx = context();
  const module = parse(ctx, `module attributes {gpu.container_module} {
    gpu.module @k {
      gpu.func @f(%a: memref<4xf32>) workgroup(%w: memref<4xf32, #gpu.address_space<workgroup>>) kernel {
        %t = gpu.thread_id x
        %local = memref.alloca() : memref<4xf32>
        %dead = gpu.block_id y
        %x = memref.load %a[%t] : memref<4xf32>
        %unused = arith.addf %x, %x : f32
        %c0 = arith.constant 0 : index
        %r = scf.for %i = %c0 to %t step %t iter_args(%s = %x) -> (f32) {
          %y = arith.mulf %s, %s : f32
          scf.yield %y : f32
        }
        memref.store %x, %a[%t] : memref<4xf32>
        memref.store %x, %w[%t] : memref<4xf32, #gpu.address_space<workgroup>>
        memref.store %x, %local[%t] : memref<4xf32>
        gpu.return
      }
    }
  }`, 'dead.mlir');
  const text = translate(module, { harness: false });
  const body = text.slice(text.indexOf('void f('));
  assert.not.match(body, /blockIdx|__fmul_rn|for \(|__shared__|local/);
  assert.match(body, /arg0\[v0\] = v1;/);
});

/** Runs dlc-translate on `files` (path -> text) with `argv`; returns the exit code, outputs and written files. */
function cli(argv: string[], files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string | Uint8Array> };
  const code = translateMain(argv, {
    readFile: (p) => {
      if (!(p in files)) throw new Error('no such file');
      return files[p];
    },
    writeFile: (p, t) => void (out.written[p] = t),
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  });
  return { code, ...out };
}

const GOOD = `module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @f(%a: memref<4xf32>) kernel {
      gpu.return
    }
  }
  func.func @main(%a: memref<4xf32>) {
    %c1 = arith.constant 1 : index
    gpu.launch_func @k::@f blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%a : memref<4xf32>)
    return
  }
}`;

test('dlc-translate: stdin to stdout, -o written only on success, errors with locations and exit 1', () => {
  const ok = cli(['--mlir-to-cuda', '-'], { '-': GOOD });
  assert.is(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /f<<<dim3\(v0, v0, v0\), dim3\(v0, v0, v0\), 0>>>\(arg0\);/);
  const file = cli(['-mlir-to-cuda', 'in.mlir', '-o', 'out.cu'], { 'in.mlir': GOOD });
  assert.is(file.code, 0);
  assert.ok(String(file.written['out.cu']).includes('host_main'));
  assert.is(file.stdout, '');
  const bad = cli(['--mlir-to-cuda', 'in.mlir', '-o', 'out.cu'], { 'in.mlir': GOOD.replace('gpu.return', 'memref.copy %a, %a : memref<4xf32> to memref<4xf32>\n      gpu.return') });
  assert.is(bad.code, 1);
  assert.equal(bad.written, {});
  assert.match(bad.stderr, /^in\.mlir:4:7: error: 'memref.copy' op has no CUDA C\+\+ translation in kernels/);
  assert.not.match(bad.stderr, /\n\s+at /);
  assert.is(cli(['in.mlir'], { 'in.mlir': GOOD }).code, 1);
  assert.is(cli(['--mlir-to-cuda', 'missing.mlir'], {}).code, 1);
  assert.is(cli(['--mlir-to-cuda', '--bogus'], {}).code, 1);
});

test.run();
