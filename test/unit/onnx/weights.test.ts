// Large ONNX weights as dense_resource blobs: what becomes a blob, and that the blob import (in memory and printed, then parsed) runs as the inline import does.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../dialects/registry.js';
import { fileResources, parseSourceString } from '../../../lib/parse/index.js';
import { printOperation } from '../../../lib/print/index.js';
import { importOnnx } from '../../../lib/onnx/import.js';
import { importMain } from '../../../lib/onnx/import-main.js';
import type { Operation } from '../../../lib/ir/index.js';
import { buildModel, type ModelSpec } from './model-builder.js';
import { runDlc, throughDlcGpu } from './ort-harness.js';
import { gpuReady } from './ort-cases.js';
import { lowered } from '../dialects/graph/to-tensor-harness.js';

// y = Gather(table, idx) @ w + b: a 40x32 f32 weight (1280 elements), a 300x4 table (1200), a 32-element bias, int64 indices.
const model: ModelSpec = {
  inputs: [{ name: 'x', dims: [2, 40] }],
  outputs: [{ name: 'y' }, { name: 'rows' }],
  initializers: [
    { name: 'fc.weight', dims: [40, 32], values: Array.from({ length: 1280 }, (_, i) => Math.sin(i) / 3), raw: true },
    { name: 'fc.bias', dims: [32], values: Array.from({ length: 32 }, (_, i) => i / 10) },
    { name: 'table', dims: [300, 4], values: Array.from({ length: 1200 }, (_, i) => Math.cos(i)) },
    { name: 'idx', dims: [3], values: [0, 299, 7], dataType: 7 },
  ],
  nodes: [
    { op: 'MatMul', inputs: ['x', 'fc.weight'], outputs: ['xw'] },
    { op: 'Add', inputs: ['xw', 'fc.bias'], outputs: ['y'] },
    { op: 'Gather', inputs: ['table', 'idx'], outputs: ['rows'], attrs: { axis: 0 } },
  ],
};
const feeds = { x: { dims: [2, 40], values: Array.from({ length: 80 }, (_, i) => ((i % 9) - 4) / 8) } };

function imported(resourceThreshold?: number): Operation {
  const r = importOnnx(createContext(), buildModel(model), { resourceThreshold });
  if (!r.module) throw new Error(r.problems.join('\n'));
  return r.module;
}

/** The module printed with its resources, then parsed back in a fresh context. */
function reparsed(module: Operation): Operation {
  const text = printOperation(module, { resources: fileResources.get(module) });
  const ctx = createContext();
  const { result, diagnostics } = ctx.diagnostics.collect(() => parseSourceString(text, { context: ctx, filename: 'import.mlir' }));
  if (!result) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return result;
}

test('constants above the threshold are dense_resource blobs named after their initializers; small ones stay inline', () => {
  const module = imported(1024);
  const text = printOperation(module, { resources: fileResources.get(module) });
  assert.match(text, 'graph.constant dense_resource<fc_weight> : tensor<40x32xf32>');
  assert.match(text, 'dense_resource<table> : tensor<300x4xf32>');
  assert.match(text, /graph\.constant dense<[^>]*> : tensor<32xf32>/);
  assert.match(text, /fc_weight: "0x04000000[0-9A-F]{10240}"/);
  assert.not.match(printOperation(imported()), 'dense_resource');
  assert.not.match(printOperation(imported(), { resources: fileResources.get(imported()) }), '{-#');
});

test('raw_data weights are copied into blobs undecoded, giving the same file as typed-field weights (f32 and int64)', () => {
  const print = (raw: boolean) => {
    const spec = { ...model, initializers: model.initializers!.map((t) => ({ ...t, raw })) };
    const r = importOnnx(createContext(), buildModel(spec), { resourceThreshold: 0 });
    if (!r.module) throw new Error(r.problems.join('\n'));
    return printOperation(r.module, { resources: fileResources.get(r.module) });
  };
  const typed = print(false);
  assert.match(typed, /idx: "0x08000000[0-9A-F]{48}"/);
  assert.is(print(true), typed);
});

test('the blob import runs as the inline import does, in memory and after printing and parsing', () => {
  const inline = runDlc(imported(), feeds);
  assert.equal(runDlc(imported(1024), feeds), inline);
  assert.equal(runDlc(reparsed(imported(1024)), feeds), inline);
  assert.equal(runDlc(reparsed(imported(0)), feeds), inline);
});

test('the blobs belong to the context too: a clone (the lowered module) reads them; a handle two files define differently reads neither', () => {
  const inline = runDlc(imported(), feeds);
  const module = imported(1024);
  assert.equal(runDlc(module.clone(), feeds), inline);
  assert.equal(runDlc(lowered(module), feeds), inline);
  // Two files in one context, each with its own `w` blob: each file reads its own, a clone of either reads none.
  const ctx = createContext();
  const file = (value: string) => `func.func @main() -> tensor<2xf32> {\n  %0 = graph.constant dense_resource<w> : tensor<2xf32>\n  return %0 : tensor<2xf32>\n}\n{-#\n  dialect_resources: {\n    builtin: {\n      w: "0x04000000${value}"\n    }\n  }\n#-}\n`;
  const [a, b] = ['0000803F00000040', '0000404000008040'].map((v) => parseSourceString(file(v), { context: ctx, filename: 'w.mlir' })!);
  assert.equal(runDlc(a, {}), [[1, 2]]);
  assert.equal(runDlc(b, {}), [[3, 4]]);
  assert.throws(() => runDlc(a.clone(), {}), /dense_resource blob 'w' is missing/);
});

test('after dlc-gpu the blobs are memref.global initial values, read by the gpu interpreter as the inline constants are', () => {
  if (!gpuReady) return;
  const inline = runDlc(imported(), feeds);
  const gpu = throughDlcGpu(imported(1024));
  assert.match(printOperation(gpu), 'memref.global "private" constant @__constant_0 : memref<40x32xf32> = dense_resource<fc_weight>');
  assert.equal(runDlc(gpu, feeds), inline);
});

test('the CLI writes blobs by default, inline with --inline-weights, and refuses a bad threshold', () => {
  const run = (...args: string[]) => {
    let out = '';
    let err = '';
    const code = importMain(['m.onnx', ...args], { readFile: () => buildModel(model), writeFile: () => {}, stdout: (t) => (out += t), stderr: (t) => (err += t) });
    return { code, out, err };
  };
  const byDefault = run();
  assert.is(byDefault.code, 0);
  assert.match(byDefault.out, 'dense_resource<fc_weight>');
  assert.match(byDefault.out, '{-#\n  dialect_resources: {\n    builtin: {\n      fc_weight: "0x04000000');
  assert.not.match(run('--resource-threshold=2000').out, 'dense_resource');
  assert.not.match(run('--inline-weights').out, 'dense_resource');
  assert.match(run('--resource-threshold', '8').out, 'dense_resource<fc_bias>');
  const bad = run('--resource-threshold=lots');
  assert.is(bad.code, 1);
  assert.match(bad.err, "bad --resource-threshold 'lots'");
});

test.run();
