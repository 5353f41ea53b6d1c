// Host scf.if through dlc-gpu (convert-block-to-gpu's lower-host.ts): the gpu interpreter gives the
// graph-level results on random inputs for every branch outcome (then; else with the nested if's
// then and else), with and without gpu-merge-kernels; the emitted CUDA host code compiles (nvcc -c,
// skipped where absent). An ONNX If on a runtime condition: test/unit/onnx/ort-logical.test.ts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkSameResults, functionSignature, findFunction, makeInputs, TensorValue, type RtValue } from '../../../../../lib/interp/index.js';
import { load, transformModule } from '../../tensor/passes/helpers.js';
import { countOps } from '../../../examples/harness.js';
import { NVCC_FLAGS, haveNvcc, nvcc, translate } from '../../../target/cuda/helpers.js';

const root = fileURLToPath(new URL('../../../../../../', import.meta.url));
const FILE = 'test/lit/dialects/gpu/passes/host-if.mlir';
const graph = load(readFileSync(`${root}${FILE}`, 'utf8'), FILE);

/** Random inputs with x shifted so that its elements sum to `sum` (the ifs branch on it: > 0, < -1). */
function inputs(seed: number, sum: number): RtValue[] {
  const values = makeInputs(functionSignature(findFunction(graph, 'main')!).inputs, { seed });
  const x = values[0] as TensorValue;
  const n = x.data.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += Number(x.data.get(i));
  for (let i = 0; i < n; i++) x.data.set(i, Number(x.data.get(i)) + (sum - total) / n);
  return values;
}

const OUTCOMES = [
  { sum: 3, what: 'then' },
  { sum: -0.5, what: 'else, nested else' },
  { sum: -3, what: 'else, nested then' },
];

for (const pipeline of ['dlc-gpu', 'dlc-gpu{merge=false}']) {
  test(`${pipeline}: the gpu interpreter equals the graph level on every branch outcome`, () => {
    const gpu = transformModule(graph, pipeline);
    const host = findFunction(gpu, 'main')!;
    assert.is(countOps(host, 'scf.if'), 3);
    assert.ok(countOps(host, 'gpu.launch_func') >= 7);
    for (const seed of [1, 2]) {
      for (const { sum, what } of OUTCOMES) {
        const r = checkSameResults(graph, gpu, { inputs: inputs(seed, sum) });
        assert.ok(r.ok, `${what} (seed ${seed}): ${r.message}`);
      }
    }
  });
}

test('a condition that is an argument (tensor<1xi1>), and a branch yielding an argument: both outcomes', () => {
  const text = `func.func @main(%c: tensor<1xi1>, %x: tensor<3xf32>) -> tensor<3xf32> {
    %b = graph.item %c : tensor<1xi1>
    %r = scf.if %b -> (tensor<3xf32>) {
      %e = graph.exp %x : tensor<3xf32>
      scf.yield %e : tensor<3xf32>
    } else {
      scf.yield %x : tensor<3xf32>
    }
    return %r : tensor<3xf32>
  }`;
  const module = load(text, 'argument-condition.mlir');
  const gpu = transformModule(module, 'dlc-gpu');
  for (const taken of [true, false]) {
    const values = makeInputs(functionSignature(findFunction(module, 'main')!).inputs, { seed: 1 });
    (values[0] as TensorValue).data.set(0, taken ? 1n : 0n);
    const r = checkSameResults(module, gpu, { inputs: values });
    assert.ok(r.ok, `${taken}: ${r.message}`);
  }
});

if (haveNvcc()) {
  test('the host code with its scf.ifs compiles without warnings (nvcc -c)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlc-host-if-'));
    const cu = join(dir, 'host-if.cu');
    writeFileSync(cu, translate(transformModule(graph, 'dlc-gpu')));
    const r = await nvcc([...NVCC_FLAGS, '-c', cu, '-o', join(dir, 'host-if.o')]);
    assert.is(r.status, 0, r.output.slice(0, 3000));
  });
}

test.run();
