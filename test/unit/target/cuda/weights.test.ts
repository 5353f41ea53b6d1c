// dense_resource globals in CUDA: an ONNX model's raw weights, imported as blobs, through dlc-gpu
// and the translation; the inline initialisers read back and the side weights file hold exactly
// the blobs' bytes, and the result compiles (nvcc, skipped where absent).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DenseResourceElementsAttr, StringAttr, type Operation } from '../../../../lib/ir/index.js';
import { importOnnx } from '../../../../lib/onnx/import.js';
import { translateToCudaFiles, type CudaFiles, type CudaOptions } from '../../../../lib/target/cuda/translate.js';
import { WEIGHTS_MAGIC } from '../../../../lib/target/cuda/weights.js';
import { buildModel } from '../../onnx/model-builder.js';
import { throughDlcGpu } from '../../onnx/ort-harness.js';
import { NVCC_FLAGS, context, haveNvcc, nvcc } from './helpers.js';

// y = relu(x @ w1 + b1) @ w2: w1 8x64 and w2 64x8 f32 (2 KiB each, raw_data), b1 64 f32 (typed field); blobs above 16 elements.
const values = (n: number, k: number) => Array.from({ length: n }, (_, i) => Math.sin(i * k) / 4);
const model = buildModel({
  inputs: [{ name: 'x', dims: [2, 8] }],
  outputs: [{ name: 'y' }],
  initializers: [
    { name: 'w1', dims: [8, 64], values: values(512, 1), raw: true },
    { name: 'b1', dims: [64], values: values(64, 3) },
    { name: 'w2', dims: [64, 8], values: values(512, 7), raw: true },
  ],
  nodes: [
    { op: 'MatMul', inputs: ['x', 'w1'], outputs: ['h'] },
    { op: 'Add', inputs: ['h', 'b1'], outputs: ['hb'] },
    { op: 'Relu', inputs: ['hb'], outputs: ['r'] },
    { op: 'MatMul', inputs: ['r', 'w2'], outputs: ['y'] },
  ],
});

/** The model imported with blobs, through dlc-gpu. */
function gpuModule(): Operation {
  const r = importOnnx(context(), model, { resourceThreshold: 16 });
  if (!r.module) throw new Error(r.problems.join('\n'));
  return throughDlcGpu(r.module);
}

/** Each dense_resource global's C name and its blob's element bytes. */
function blobs(module: Operation): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  module.walk((op) => {
    const init = op.name.name === 'memref.global' ? op.getProp('initial_value') : undefined;
    if (!(init instanceof DenseResourceElementsAttr)) return;
    const hex = module.context.resourceBlobs.get('builtin', init.handle)!;
    out.set(`dlc_global_${(op.getProp('sym_name') as StringAttr).value}`, Buffer.from(hex.slice(10), 'hex'));
  });
  return out;
}

function translated(module: Operation, options: CudaOptions): CudaFiles {
  const { result, diagnostics } = module.context.diagnostics.collect(() => translateToCudaFiles(module, options));
  assert.ok(result, diagnostics.map((d) => d.message).join('\n'));
  return result!;
}

/** The bytes of each `uintN_t name[n] = {...}` initialiser in `cuda`, its words read back little-endian. */
function initialisers(cuda: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const m of cuda.matchAll(/uint(\d+)_t (dlc_global_\w+)\[\d+\] = \{([^}]*)\}/g)) {
    const size = Number(m[1]) / 8;
    const words = m[3].split(',').map((w) => BigInt(w.trim().replace(/u(ll)?$/, '')));
    const bytes = Buffer.alloc(words.length * size);
    words.forEach((w, i) => {
      for (let k = 0; k < size; k++) bytes[i * size + k] = Number((w >> BigInt(8 * k)) & 0xffn);
    });
    out.set(m[2], bytes);
  }
  return out;
}

const module = gpuModule();
const expected = blobs(module);

test('the imported weights are dense_resource globals after dlc-gpu', () => {
  assert.is(expected.size, 3);
  assert.equal([...expected.values()].map((b) => b.length).sort((a, b) => a - b), [256, 2048, 2048]);
});

test('under the inline limit, each initialiser read back equals its blob byte for byte (also after a translation with a side file)', () => {
  translated(module, { inlineLimit: 1024, weightsFile: 'model.weights' });
  const files = translated(module, {});
  assert.not.match(files.cuda, 'dlc_require_weights');
  assert.is(files.weights, undefined);
  assert.not.match(files.cuda, 'dlc_load_weights');
  const read = initialisers(files.cuda);
  for (const [name, bytes] of expected) assert.ok(read.get(name)?.equals(bytes), name);
});

test('above it, the side file holds the blobs at the offsets the loader copies from; the small one stays inline', () => {
  const files = translated(module, { inlineLimit: 1024, weightsFile: 'model.weights' });
  const file = files.weights!;
  assert.is(file.subarray(0, 8).toString('latin1'), WEIGHTS_MAGIC);
  assert.is(Number(file.readBigUInt64LE(8)), file.length - 24);
  assert.match(files.cuda, `tag != 0x${file.readBigUInt64LE(16).toString(16)}ull`);
  const copies = [...files.cuda.matchAll(/cudaMemcpyToSymbol\((\w+), data\.data\(\) \+ (\d+), (\d+)\)/g)];
  assert.is(copies.length, 2);
  for (const [, name, at, n] of copies) assert.ok(file.subarray(Number(at), Number(at) + Number(n)).equals(expected.get(name)!), name);
  const inline = initialisers(files.cuda);
  assert.is(inline.size, 1);
  for (const [name, bytes] of inline) assert.ok(bytes.equals(expected.get(name)!), name);
  assert.match(files.cuda, 'dlc_harness::beside(argv[0], "model.weights")');
});

test('above it without a side file: an error at the global, nothing translated', () => {
  const { result, diagnostics } = module.context.diagnostics.collect(() => translateToCudaFiles(module, { inlineLimit: 1024 }));
  assert.is(result, undefined);
  assert.match(diagnostics[0].message, /a dense_resource of 2048 bytes goes to a side weights file/);
});

if (haveNvcc()) {
  test('with a side file and one global inline, host code, loader and harness compile without warnings (-c)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlc-cuda-weights-'));
    const cu = join(dir, 'model.cu');
    writeFileSync(cu, translated(module, { inlineLimit: 1024, weightsFile: 'model.weights' }).cuda);
    const r = await nvcc([...NVCC_FLAGS, '-c', cu, '-o', join(dir, 'model.o')]);
    assert.is(r.status, 0, r.output.slice(0, 3000));
  });
}

test.run();
