// Differential testing against ONNX Runtime: run a generated model in onnxruntime-node and in dlc's interpreter (after import, after convert-graph-to-tensor, after the dlc-gpu pipeline).
import { createContext } from '../../../dialects/registry.js';
import { renderDiagnostics } from '../../../lib/diag/index.js';
import { MemRefValue, TensorValue, findFunction, forEachIndex, functionSignature, runFunction } from '../../../lib/interp/index.js';
import { ArrayAttr, MemRefType, RankedTensorType, StringAttr, type DictionaryAttr, type Operation } from '../../../lib/ir/index.js';
import { PassManager, parsePassPipeline } from '../../../lib/pass/index.js';
import { verify } from '../../../lib/verify/index.js';
import { registerAllInterpreters } from '../../../dialects/interp-registry.js';
import { registerDialectPasses } from '../../../dialects/passes.js';
import { registerGenericPasses } from '../../../lib/passes/index.js';
import { importOnnx } from '../../../lib/onnx/import.js';
import { lowered } from '../dialects/graph/to-tensor-harness.js';

registerAllInterpreters();
registerGenericPasses();
registerDialectPasses();

/** onnxruntime-node's API as these tests use it. */
export type Ort = typeof import('onnxruntime-node');

/** ONNX Runtime, or undefined (with the reason logged once) when its native binding cannot load here. */
export async function loadOrt(): Promise<Ort | undefined> {
  try {
    const ort = await import('onnxruntime-node');
    await ort.InferenceSession.create(new Uint8Array(0)).catch(() => undefined);
    return ort;
  } catch (e) {
    console.log(`  (skipped: onnxruntime-node cannot load: ${(e as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

/** An input: dims and values (float32 unless `int64`). */
export interface Feed {
  dims: number[];
  values: number[];
  int64?: boolean;
}

/** Deterministic values in [lo, hi). */
export function randomValues(count: number, seed: number, lo = -1, hi = 1): number[] {
  let s = (seed * 2654435761 + 12345) >>> 0;
  return Array.from({ length: count }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + ((s >>> 8) / 2 ** 24) * (hi - lo);
  });
}

/** The model's outputs computed by ONNX Runtime, flat. */
export async function runOrt(ort: Ort, model: Uint8Array, feeds: Record<string, Feed>): Promise<number[][]> {
  const session = await ort.InferenceSession.create(model);
  const inputs: Record<string, InstanceType<Ort['Tensor']>> = {};
  for (const [name, f] of Object.entries(feeds)) {
    inputs[name] = f.int64 ? new ort.Tensor('int64', BigInt64Array.from(f.values.map(BigInt)), f.dims) : new ort.Tensor('float32', Float32Array.from(f.values), f.dims);
  }
  const out = await session.run(inputs);
  return session.outputNames.map((n) => Array.from(out[n].data as ArrayLike<number | bigint>, Number));
}

/** The module dlc imports from `model` (`shapes` as `--shape` gives them); throws with the problems when the import fails. */
export function importModule(model: Uint8Array, bindings?: ReadonlyMap<string, readonly number[]>, shapes?: ReadonlyMap<string, readonly number[]>): Operation {
  const r = importOnnx(createContext(), model, { bindings, shapes });
  if (!r.module) throw new Error(`import failed:\n${r.problems.join('\n')}`);
  return r.module;
}

/** `@main` of `module` run in the interpreter on `feeds` (by `dlc.name` order), outputs flat; arguments and results may be tensors or (after dlc-gpu) memrefs. */
export function runDlc(module: Operation, feeds: Record<string, Feed>): number[][] {
  const fn = findFunction(module, 'main')!;
  const attrs = fn.getAttr('arg_attrs');
  const names = attrs instanceof ArrayAttr ? attrs.elements.map((d) => (d as DictionaryAttr).get('dlc.name')) : [];
  const args = functionSignature(fn).inputs.map((type, i) => {
    const name = names[i];
    const f = feeds[name instanceof StringAttr ? name.value : ''];
    const value = type instanceof MemRefType ? MemRefValue.allocate(type, type.shape) : TensorValue.zeros(type as RankedTensorType);
    const data = value instanceof MemRefValue ? value.allocation.data : value.data;
    f.values.forEach((v, k) => data.set(k, f.int64 ? BigInt(v) : v));
    return value;
  });
  const { result, diagnostics } = module.context.diagnostics.collect(() => runFunction(module, 'main', args));
  if (!result) throw new Error(renderDiagnostics(diagnostics, {}));
  return result.map((v) => {
    if (v instanceof TensorValue) return Array.from({ length: v.data.length }, (_, i) => Number(v.data.get(i)));
    if (!(v instanceof MemRefValue)) throw new Error('expected tensor or memref results');
    const flat: number[] = [];
    forEachIndex(v.shape, (index) => void flat.push(Number(v.allocation.data.get(v.position(index)!))));
    return flat;
  });
}

/** `module` after the `dlc-gpu` pipeline (graph -> tensor -> block -> gpu), verified after each pass; throws with the diagnostics when a pass fails. */
export function throughDlcGpu(module: Operation): Operation {
  const copy = module.clone();
  const ctx = module.context;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const pm = parsePassPipeline('builtin.module(dlc-gpu)', (a) => new PassManager(ctx, a));
    pm.setVerifier(verify);
    return pm.run(copy);
  });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!result || errors.length > 0) throw new Error(`dlc-gpu failed: ${errors.map((d) => d.message).join('\n')}`);
  return copy;
}

/** The first element where `actual` and `expected` differ by more than `rtol` relative (with a 1e-6 floor near zero), or undefined. */
export function mismatch(actual: number[][], expected: number[][], rtol = 1e-4): string | undefined {
  if (actual.length !== expected.length) return `${actual.length} outputs, ONNX Runtime gives ${expected.length}`;
  for (let o = 0; o < expected.length; o++) {
    if (actual[o].length !== expected[o].length) return `output #${o}: ${actual[o].length} elements, ONNX Runtime gives ${expected[o].length}`;
    for (let i = 0; i < expected[o].length; i++) {
      const [a, e] = [actual[o][i], expected[o][i]];
      if (Number.isNaN(a) && Number.isNaN(e)) continue;
      if (!(Math.abs(a - e) <= rtol * Math.max(Math.abs(a), Math.abs(e)) + 1e-6)) return `output #${o}[${i}]: dlc ${a}, ONNX Runtime ${e}`;
    }
  }
  return undefined;
}

/** Which later stages `differential` checks besides the import. */
export interface Stages {
  /** After convert-graph-to-tensor (default true). */
  lower?: boolean;
  /** After the whole dlc-gpu pipeline, in the gpu interpreter (default false). */
  gpu?: boolean;
}

/**
 * Checks `model` against ONNX Runtime: after import, after convert-graph-to-tensor and after
 * dlc-gpu as `stages` asks. `bind` names feeds dlc gets as `--bind` constants instead of arguments.
 */
export async function differential(ort: Ort, model: Uint8Array, feeds: Record<string, Feed>, stages: Stages = {}, bind: readonly string[] = []): Promise<string | undefined> {
  const expected = await runOrt(ort, model, feeds);
  const module = importModule(model, new Map(bind.map((name) => [name, feeds[name].values])));
  const imported = mismatch(runDlc(module, feeds), expected);
  if (imported) return `after import: ${imported}`;
  if (stages.lower ?? true) {
    const after = mismatch(runDlc(lowered(module), feeds), expected);
    if (after) return `after convert-graph-to-tensor: ${after}`;
  }
  if (!stages.gpu) return undefined;
  const gpu = mismatch(runDlc(throughDlcGpu(module), feeds), expected);
  return gpu && `after dlc-gpu (gpu interpreter): ${gpu}`;
}
