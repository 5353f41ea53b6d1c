// ONNX import without ONNX Runtime: the module's shape (names, types, constants), initializer encodings, --shape, and every kind of bad input.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../../../dialects/registry.js';
import { printOperation } from '../../../lib/print/index.js';
import { importOnnx } from '../../../lib/onnx/import.js';
import { importMain } from '../../../lib/onnx/import-main.js';
import { buildModel, type ModelSpec } from './model-builder.js';
import { runDlc } from './ort-harness.js';

const relu: ModelSpec = { inputs: [{ name: 'x', dims: [2, 3] }], outputs: [{ name: 'y' }], nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] };

/** The problems of importing `spec` (or bytes). */
function problems(model: ModelSpec | Uint8Array, shapes?: Map<string, number[]>): string[] {
  const r = importOnnx(createContext(), model instanceof Uint8Array ? model : buildModel(model), { shapes });
  return r.problems ?? [];
}

function imported(spec: ModelSpec, shapes?: Map<string, number[]>): string {
  const r = importOnnx(createContext(), buildModel(spec), { shapes });
  if (!r.module) throw new Error(r.problems.join('\n'));
  return printOperation(r.module);
}

test('inputs and outputs keep their ONNX names, in the model order', () => {
  const text = imported({
    inputs: [{ name: 'b', dims: [3] }, { name: 'a', dims: [2, 3] }],
    outputs: [{ name: 'sum' }, { name: 'prod' }],
    nodes: [{ op: 'Mul', inputs: ['a', 'b'], outputs: ['prod'] }, { op: 'Add', inputs: ['a', 'b'], outputs: ['sum'] }],
  });
  assert.match(text, 'func.func @main(%arg0: tensor<3xf32> {dlc.name = "b"}, %arg1: tensor<2x3xf32> {dlc.name = "a"}) -> (tensor<2x3xf32> {dlc.name = "sum"}, tensor<2x3xf32> {dlc.name = "prod"})');
});

test('initializers from typed fields and raw_data give the same constants; an initializer listed as input is no argument', () => {
  const spec = (raw: boolean): ModelSpec => ({
    inputs: [{ name: 'x', dims: [2] }, { name: 'w', dims: [2] }],
    outputs: [{ name: 'y' }],
    initializers: [{ name: 'w', dims: [2], values: [0.5, -2], raw }],
    nodes: [{ op: 'Mul', inputs: ['x', 'w'], outputs: ['y'] }],
  });
  const typed = imported(spec(false));
  assert.is(typed, imported(spec(true)));
  assert.match(typed, 'dense<[5.000000e-01, -2.000000e+00]> : tensor<2xf32>');
  assert.match(typed, '@main(%arg0: tensor<2xf32> {dlc.name = "x"}) ->');
});

test('a constant output becomes a graph.constant', () => {
  const text = imported({ inputs: [{ name: 'x', dims: [2, 5] }], outputs: [{ name: 's', dataType: 7 }], nodes: [{ op: 'Shape', inputs: ['x'], outputs: ['s'] }] });
  assert.match(text, 'graph.constant dense<[2, 5]> : tensor<2xi64>');
});

test('an output declared with another type or static shape than the import computes is a problem', () => {
  assert.equal(problems({ ...relu, outputs: [{ name: 'y', dims: ['n', 4] }] }), ["graph output 'y' is declared ?x4 of float, but the import computes tensor<2x3xf32>"]);
  assert.equal(problems({ ...relu, outputs: [{ name: 'y', dataType: 7 }] }), ["graph output 'y' is declared of any shape of int64, but the import computes tensor<2x3xf32>"]);
  assert.equal(problems({ ...relu, outputs: [{ name: 'y', dims: ['n', 3] }] }), []);
});

test('--shape fixes symbolic dims; without it the input is named with the flag to give', () => {
  const spec: ModelSpec = { inputs: [{ name: 'ids', dims: ['batch', 'seq'] }], outputs: [{ name: 'y' }], nodes: [{ op: 'Relu', inputs: ['ids'], outputs: ['y'] }] };
  assert.equal(problems(spec), ["input 'ids' has dynamic dims [batch, seq]: give them with --shape ids=NxN"]);
  assert.match(imported(spec, new Map([['ids', [1, 128]]])), 'tensor<1x128xf32> {dlc.name = "ids"}');
  assert.equal(problems(spec, new Map([['ids', [4]]])), ["--shape ids=4 does not fit the input's shape [batch, seq]"]);
});

test('external data is read relative to the model, at its offset', () => {
  const spec = buildModel({
    inputs: [{ name: 'x', dims: [2] }],
    outputs: [{ name: 'y' }],
    initializers: [{ name: 'w', dims: [2], values: [] }],
    nodes: [{ op: 'Add', inputs: ['x', 'w'], outputs: ['y'] }],
  });
  const r0 = importOnnx(createContext(), spec);
  assert.ok(r0.problems?.[0].includes("initializer 'w'"), String(r0.problems));
  // The same model with w's data moved to weights.bin at offset 4.
  const external = buildModelWithExternal();
  const files: Record<string, Uint8Array> = { 'dir/m.onnx': external, 'dir/weights.bin': new Uint8Array([9, 9, 9, 9, ...new Uint8Array(new Float32Array([1.5, -3]).buffer)]) };
  let written = '';
  const rc = importMain(['dir/m.onnx'], {
    readFile: (p) => files[p.replace(`${process.cwd()}/`, '')] ?? assert.unreachable(`read ${p}`),
    writeFile: () => assert.unreachable('no -o'),
    stdout: (t) => (written += t),
    stderr: (t) => assert.unreachable(t),
  });
  assert.is(rc, 0);
  assert.match(written, 'dense<[1.500000e+00, -3.000000e+00]> : tensor<2xf32>');
});

/** A model whose initializer 'w' (2 floats) lives in weights.bin at offset 4. */
function buildModelWithExternal(): Uint8Array {
  return buildModel({
    inputs: [{ name: 'x', dims: [2] }],
    outputs: [{ name: 'y' }],
    initializers: [{ name: 'w', dims: [2], values: [], external: { location: 'weights.bin', offset: 4, length: 8 } }],
    nodes: [{ op: 'Add', inputs: ['x', 'w'], outputs: ['y'] }],
  });
}

test('bad files: one clear problem each', () => {
  const good = buildModel(relu);
  const truncated = problems(good.subarray(0, good.length - 7));
  assert.is(truncated.length, 1);
  assert.match(truncated[0], /^cannot read the model: not a valid ONNX protobuf, truncated or corrupt \(index out of range/);
  assert.equal(problems(new TextEncoder().encode('module {\n}\n')), ['cannot read the model: not an ONNX model (the file starts with bytes 6d 6f 64 75, not a ModelProto field)']);
  assert.equal(problems(new Uint8Array(0)), ['cannot read the model: the file is empty']);
  assert.equal(problems({ ...relu, opset: 99 }), ['unsupported opset 99 (supported: 7 to 21)']);
  assert.equal(problems({ ...relu, nodes: [{ op: 'Add', inputs: ['x', 'w'], outputs: ['y'] }] }), [
    "node 'n0' (Add): input 'w' not defined (no graph input, initializer or node output of that name)",
  ]);
  assert.equal(
    problems({ ...relu, nodes: [{ op: 'Add', inputs: ['x', 'b'], outputs: ['a'] }, { op: 'Relu', inputs: ['a'], outputs: ['b'] }, { op: 'Relu', inputs: ['a'], outputs: ['y'] }] }),
    ["the graph has a cycle: node 'n0' (Add) -> node 'n1' (Relu) -> node 'n0' (Add)"],
  );
});

test('every unsupported operator is reported, by name and node; their users are not', () => {
  const spec: ModelSpec = {
    ...relu,
    nodes: [
      { op: 'NonMaxSuppression', inputs: ['x'], outputs: ['a'], name: 'nms' },
      { op: 'FusedGemm', domain: 'com.microsoft', inputs: ['a'], outputs: ['b'] },
      { op: 'Relu', inputs: ['b'], outputs: ['y'] },
      { op: 'MaxPool', inputs: ['x'], outputs: ['z'], attrs: { kernel_shape: [2, 2] } },
    ],
  };
  assert.equal(problems(spec), [
    "node 'nms' (NonMaxSuppression): unsupported operator 'NonMaxSuppression'",
    "node 'n1' (FusedGemm): unsupported operator 'com.microsoft.FusedGemm'",
    "node 'n3' (MaxPool): only 1-D and 2-D pooling (rank-3 or rank-4 input) is supported, but the input has rank 2",
  ]);
});

test('an If on a value that is not constant becomes scf.if, unless its branches give other types; --bind folds it and must fit the input', () => {
  const branch = (op: string, input = 'x') => ({ graph: { nodes: [{ op, inputs: [input], outputs: [`${op}_out`] }], outputs: [{ name: `${op}_out` }] } });
  const spec: ModelSpec = {
    inputs: [{ name: 'x', dims: [2, 3] }, { name: 'flag', dims: [], dataType: 9 }, { name: 'z', dims: [3] }],
    outputs: [{ name: 'y' }],
    nodes: [{ op: 'If', inputs: ['flag'], outputs: ['y'], attrs: { then_branch: branch('Relu'), else_branch: branch('Neg') }, name: 'branch' }],
  };
  assert.equal(problems(spec), []);
  assert.match(imported(spec), /%0 = graph.item %arg1 : tensor<i1>\n\s+%1 = scf.if %0 -> \(tensor<2x3xf32>\) \{\n\s+%2 = graph.relu %arg0[^]*\} else \{\n\s+%2 = graph.neg %arg0/);
  const differ: ModelSpec = { ...spec, nodes: [{ ...spec.nodes[0], attrs: { then_branch: branch('Relu'), else_branch: branch('Neg', 'z') } }] };
  assert.equal(problems(differ), [
    "node 'branch' (If): output #0 is tensor<2x3xf32> in then_branch but tensor<3xf32> in else_branch (the branches of an If that stays dynamic must give the same types; --bind the inputs the condition depends on to fold it)",
  ]);
  const bound = (values: number[]) => importOnnx(createContext(), buildModel(spec), { bindings: new Map([['flag', values]]) });
  assert.match(printOperation(bound([0]).module!), /@main\(%arg0: tensor<2x3xf32> \{dlc.name = "x"\}, %arg1: tensor<3xf32> \{dlc.name = "z"\}\)[^]*graph.neg/);
  assert.equal(bound([1, 0]).problems, ['--bind flag: 2 value(s) do not fit the input\'s rank-0 shape']);
});

test('Pad modes that cannot fit and unknown modes are the node\'s problem', () => {
  const pad = (mode: string, pads: number[]): ModelSpec => ({
    ...relu,
    initializers: [{ name: 'p', dims: [4], values: pads, dataType: 7 }],
    nodes: [{ op: 'Pad', inputs: ['x', 'p'], outputs: ['y'], attrs: { mode }, name: 'pad' }],
  });
  assert.equal(problems(pad('reflect', [0, 3, 0, 0])), ["node 'pad' (Pad): reflect padding of 3 needs more than 3 elements along axis 1, but there are 3"]);
  assert.equal(problems(pad('wrap', [0, 0, 0, 4])), ["node 'pad' (Pad): wrap padding of 4 is longer than axis 1 (3)"]);
  assert.equal(problems(pad('mirror', [0, 1, 0, 0])), ["node 'pad' (Pad): unknown mode 'mirror' (constant, reflect, edge or wrap)"]);
  assert.equal(problems(pad('edge', [1, 2, 0, 1])), []);
});

test('bad tensor data in a Constant is that node\'s problem', () => {
  const spec: ModelSpec = { ...relu, nodes: [{ op: 'Constant', inputs: [], outputs: ['y'], attrs: { value: { tensor: { dims: [2, 2], values: [1, 2, 3] } } }, name: 'c' }] };
  assert.equal(problems(spec), ["node 'c' (Constant): tensor '': 3 elements for shape [2, 2]"]);
});

test('a shape error is the graph verifier message at the node', () => {
  assert.equal(problems({ ...relu, nodes: [{ op: 'MatMul', inputs: ['x', 'x'], outputs: ['y'], name: 'mm' }] }), [
    "node 'mm': 'graph.matmul' op contracting dimensions differ: lhs 2x3 has 3 columns, rhs 2x3 has 2 rows",
  ]);
});

test('the CLI writes -o only on success and exits 1 with every problem', () => {
  const files: Record<string, Uint8Array> = { 'ok.onnx': buildModel(relu), 'bad.onnx': buildModel({ ...relu, opset: 3 }) };
  const writes: string[] = [];
  let err = '';
  const io = { readFile: (p: string) => files[p], writeFile: (p: string) => writes.push(p), stdout: () => undefined, stderr: (t: string) => (err += t) };
  assert.is(importMain(['bad.onnx', '-o', 'out.mlir'], io), 1);
  assert.equal(writes, []);
  assert.is(err, 'bad.onnx: error: unsupported opset 3 (supported: 7 to 21)\n');
  assert.is(importMain(['ok.onnx', '-o', 'out.mlir'], io), 0);
  assert.equal(writes, ['out.mlir']);
  assert.is(importMain(['ok.onnx', '--shape', 'x'], io), 1);
  assert.match(err, "bad --shape 'x'");
});

test('the built CLI on each bad input of issue 9 (truncated, wrong magic, missing initializer, unknown opset, cycle): one error line, exit 1, no -o file', () => {
  const cli = join(new URL('../../../../', import.meta.url).pathname, 'dist/dlc-import-onnx.js');
  if (!existsSync(cli)) return console.log('  (skipped: dist/dlc-import-onnx.js is not built)');
  const good = buildModel(relu);
  const bad: Record<string, [Uint8Array, string]> = {
    truncated: [good.subarray(0, good.length - 7), 'cannot read the model: not a valid ONNX protobuf, truncated or corrupt (index out of range'],
    magic: [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'cannot read the model: not an ONNX model (the file starts with bytes 50 4b 03 04, not a ModelProto field)'],
    initializer: [buildModel({ ...relu, nodes: [{ op: 'Add', inputs: ['x', 'w'], outputs: ['y'] }] }), "node 'n0' (Add): input 'w' not defined (no graph input, initializer or node output of that name)"],
    opset: [buildModel({ ...relu, opset: 99 }), 'unsupported opset 99 (supported: 7 to 21)'],
    cycle: [
      buildModel({ ...relu, nodes: [{ op: 'Add', inputs: ['x', 'b'], outputs: ['a'] }, { op: 'Relu', inputs: ['a'], outputs: ['b'] }, { op: 'Relu', inputs: ['a'], outputs: ['y'] }] }),
      "the graph has a cycle: node 'n0' (Add) -> node 'n1' (Relu) -> node 'n0' (Add)",
    ],
  };
  const dir = mkdtempSync(join(tmpdir(), 'dlc-onnx-bad-'));
  try {
    for (const [name, [bytes, message]] of Object.entries(bad)) {
      const [model, out] = [join(dir, `${name}.onnx`), join(dir, `${name}.mlir`)];
      writeFileSync(model, bytes);
      const r = spawnSync(process.execPath, [cli, model, '-o', out], { encoding: 'utf8' });
      assert.is(r.status, 1, name);
      assert.is(r.stdout, '', name);
      const lines = r.stderr.trimEnd().split('\n');
      assert.is(lines.length, 1, `${name}: ${r.stderr}`);
      assert.ok(lines[0].startsWith(`${model}: error: ${message}`), `${name}: ${lines[0]}`);
      assert.not.ok(existsSync(out), `${name}: ${out} written`);
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('the imported function runs on named inputs', () => {
  const r = importOnnx(createContext(), buildModel(relu));
  assert.equal(runDlc(r.module!, { x: { dims: [2, 3], values: [-1, 2, -3, 4, -5, 6] } }), [[0, 2, 0, 4, 0, 6]]);
});

test.run();
