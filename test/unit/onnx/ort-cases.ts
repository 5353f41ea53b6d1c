// The op-case form of the differential tests against ONNX Runtime: a case is a small model with its input ranges; each runs in ONNX Runtime and in dlc after import, after convert-graph-to-tensor and after the dlc-gpu pipeline (in the gpu interpreter) unless its `noGpu` says why it cannot.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildModel, type AttrValue, type ModelSpec, type Tensor } from './model-builder.js';
import { lookupImpl } from '../../../lib/interp/index.js';
import { lookupPassOrPipeline } from '../../../lib/pass/index.js';
import { differential, importModule, loadOrt, randomValues, throughDlcGpu, type Feed } from './ort-harness.js';

/** One case: a model, its input shapes, the value range of its inputs. */
export interface Case {
  name: string;
  model: ModelSpec;
  range?: [number, number];
  /** Integer inputs (int64) with values in [0, bound). */
  intInputs?: Record<string, number>;
  /** Whether to check after convert-graph-to-tensor too. */
  lower?: boolean;
  /** Inputs dlc gets as --bind constants (ONNX Runtime as inputs), with their values. */
  bind?: Record<string, number[]>;
  /** Why the case cannot go through dlc-gpu (an op with no lowering at some level); left out, it is checked there too. */
  noGpu?: string;
}

export const weight = (name: string, dims: number[], seed: number, dataType = 1): Tensor => ({
  name,
  dims,
  values: randomValues(dims.reduce((a, b) => a * b, 1), seed),
  dataType,
});
export const ints = (name: string, values: number[]): Tensor => ({ name, dims: [values.length], values, dataType: 7 });

/** `op` on inputs of the given shapes (graph inputs x0, x1, ...) plus initializers. */
export function single(op: string, shapes: number[][], attrs: Record<string, AttrValue> = {}, initializers: Tensor[] = [], opset = 17): ModelSpec {
  const inputs = shapes.map((dims, i) => ({ name: `x${i}`, dims }));
  return {
    inputs,
    outputs: [{ name: 'y' }],
    initializers,
    nodes: [{ op, inputs: [...inputs.map((i) => i.name), ...initializers.map((t) => t.name ?? '')], outputs: ['y'], attrs }],
    opset,
  };
}

/** The feeds of a case's inputs (deterministic). */
export function feedsOf(c: Case): Record<string, Feed> {
  const feeds: Record<string, Feed> = {};
  c.model.inputs.forEach((input, k) => {
    const dims = input.dims as number[];
    const count = dims.reduce((a, b) => a * b, 1);
    const bound = c.intInputs?.[input.name];
    if (bound !== undefined) feeds[input.name] = { dims, values: randomValues(count, k + 100, 0, bound).map(Math.floor), int64: true };
    else if (c.bind?.[input.name]) feeds[input.name] = { dims, values: c.bind[input.name], int64: true };
    else feeds[input.name] = { dims, values: randomValues(count, k + 1, ...(c.range ?? [-1, 1])) };
  });
  return feeds;
}

/** Whether the dlc-gpu pipeline and the gpu interpreter are registered here. */
export const gpuReady = lookupPassOrPipeline('dlc-gpu') !== undefined && lookupImpl('gpu.launch_func') !== undefined;

/** Registers one uvu test per case (none when ONNX Runtime cannot load here). */
export async function testCases(cases: readonly Case[]): Promise<void> {
  const ort = await loadOrt();
  if (!ort) return;
  for (const c of cases) {
    test(c.name, async () => {
      const [model, feeds, bind] = [buildModel(c.model), feedsOf(c), Object.keys(c.bind ?? {})];
      const problem = await differential(ort, model, feeds, { lower: c.lower ?? true, gpu: gpuReady && !c.noGpu }, bind);
      assert.is(problem, undefined, problem);
      // A recorded gap must still be one, so the list stays true.
      if (gpuReady && c.noGpu) {
        const module = importModule(model, new Map(bind.map((name) => [name, feeds[name].values])));
        assert.throws(() => throughDlcGpu(module), /dlc-gpu failed/, `${c.name} now goes through dlc-gpu: drop its noGpu`);
      }
    });
  }
  const gaps = cases.filter((c) => c.noGpu);
  if (!gpuReady) console.log('  (dlc-gpu stage skipped: the pipeline or the gpu interpreter is not registered)');
  else if (gaps.length > 0) console.log(`  not through dlc-gpu (${gaps.length}): ${gaps.map((c) => `${c.name}: ${c.noGpu}`).join('; ')}`);
}
