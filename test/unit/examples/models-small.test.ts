// The small paper models (examples/models/small) run in dlc-run with inputs named by dlc.name,
// and give the graph-level results on random inputs after each lowering step:
// convert-graph-to-tensor, the tensor fusion passes, and convert-tensor-to-block with block-sync.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runMain } from '../../../lib/interp/run-main.js';
import { checkSameResults } from '../../../lib/interp/index.js';
import type { Operation } from '../../../lib/ir/index.js';
import { load, transform } from '../dialects/tensor/passes/helpers.js';
import { SMALL_MODELS } from '../../../examples/models/catalog.js';
import { tolerance } from './harness.js';

const TENSOR = 'convert-graph-to-tensor';
const FUSION = 'tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal';
const BLOCK = 'convert-tensor-to-block,block-sync';

function check(name: string, graph: Operation, lowered: Operation, level: string, tol: { rtol: number; atol: number }): void {
  const r = checkSameResults(graph, lowered, { seed: 7, ...tol });
  assert.ok(r.ok, `${name} after ${level}: ${r.message}`);
}

const dir = fileURLToPath(new URL('../../../../examples/models/', import.meta.url));

/** dlc-run on `file` with `args`: exit code and output. */
function dlcRun(file: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const out = { stdout: '', stderr: '' };
  const code = runMain([file, ...args], {
    readFile: (p) => readFileSync(p),
    writeFile: () => assert.unreachable('dlc-run wrote a file'),
    makeDir: () => assert.unreachable('dlc-run made a directory'),
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  });
  return { code, ...out };
}

for (const m of SMALL_MODELS) {
  test(`${m.path}: dlc-run takes its inputs by dlc.name and prints every result`, () => {
    const program = m.make();
    const first = /dlc\.name = "([^"]+)"/.exec(program.text)![1];
    const r = dlcRun(`${dir}${m.path}`, '--input', `${first}=zeros`, '--seed', '3');
    assert.is(r.code, 0, r.stderr);
    const results = (/-> \((.*)\) \{$/m.exec(program.text)![1].match(/dlc\.name/g) ?? []).length;
    assert.is(r.stdout.split('\n').filter((l) => l.startsWith('result #')).length, results, r.stdout);
  });

  test(`${m.path}: same results at the tensor level, after fusion and at the block level`, () => {
    const t0 = performance.now();
    const text = m.make().text;
    const graph = load(text, m.path);
    const tol = tolerance(text);
    const tensor = transform(graph, TENSOR);
    check(m.path, graph, tensor, TENSOR, tol);
    const fused = transform(tensor, FUSION);
    check(m.path, graph, fused, FUSION, tol);
    check(m.path, graph, transform(fused, BLOCK), BLOCK, tol);
    console.log(`  ${m.path}: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  });
}

test.run();
