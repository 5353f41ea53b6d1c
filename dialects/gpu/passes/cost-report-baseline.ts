// gpu-cost-baseline: the graph-level half of the cost report. Before lowering, it records on
// each function the eager baseline and the compulsory traffic (lib/target/cost-model-graph.ts)
// as the `dlc.cost_baseline` attribute, which gpu-cost-report reads at the gpu level.
//
// Why an attribute: by the time the report runs, the graph ops are gone; an attribute on the
// function travels through every lowering (they rewrite the body, not the function), survives a
// round trip through a file between two dlc-opt runs, and keeps the passes independent (no
// state shared between passes of one pipeline).
import { definePass } from '../../../lib/pass/pass.js';
import { DictionaryAttr, FloatAttr, IntegerAttr, type Attribute } from '../../../lib/ir/attributes.js';
import { FloatType, IntegerType } from '../../../lib/ir/types.js';
import type { Operation } from '../../../lib/ir/operation.js';
import { compulsoryTraffic, eagerBaseline, type BaselineCost, type CompulsoryCost } from '../../../lib/target/cost-model-graph.js';

/** The function attribute holding the graph-level figures. */
export const COST_BASELINE_ATTR = 'dlc.cost_baseline';

/** The figures recorded on a function. */
export interface RecordedBaseline {
  readonly baseline: BaselineCost;
  readonly compulsory: CompulsoryCost;
}

/** Computes the baseline and compulsory traffic of graph-level `func` and records them on it. */
export function recordBaseline(func: Operation): RecordedBaseline {
  const ctx = func.context;
  const i64 = IntegerType.get(ctx, 64);
  const f64 = FloatType.get(ctx, 'f64');
  const baseline = eagerBaseline(func);
  const compulsory = compulsoryTraffic(func);
  const int = (n: number): Attribute => IntegerAttr.get(i64, Math.round(n));
  const perProfile = (values: Readonly<Record<string, number>>, value: (v: number) => Attribute) =>
    DictionaryAttr.get(ctx, Object.entries(values).map(([name, v]) => ({ name, value: value(v) })));
  const ms = perProfile(baseline.estimatedMs, (v) => FloatAttr.get(f64, Number(v.toPrecision(6))));
  func.setAttr(
    COST_BASELINE_ATTR,
    DictionaryAttr.get(ctx, [
      { name: 'kernels', value: int(baseline.kernels) },
      { name: 'dram_bytes_read', value: perProfile(baseline.dramBytesRead, int) },
      { name: 'dram_bytes_read_no_l2', value: int(baseline.dramBytesReadNoL2) },
      { name: 'dram_bytes_written', value: int(baseline.dramBytesWritten) },
      { name: 'l2_bytes', value: int(baseline.l2Bytes) },
      { name: 'flops', value: int(baseline.flops) },
      { name: 'estimated_ms', value: ms },
      { name: 'compulsory_bytes_read', value: int(compulsory.bytesRead) },
      { name: 'compulsory_bytes_written', value: int(compulsory.bytesWritten) },
    ]),
  );
  return { baseline, compulsory };
}

/** The figures recorded on `func` by gpu-cost-baseline, or undefined when it never ran (or the attribute is malformed). */
export function readBaseline(func: Operation): RecordedBaseline | undefined {
  const a = func.getAttr(COST_BASELINE_ATTR);
  if (!(a instanceof DictionaryAttr)) return undefined;
  const num = (name: string, from: DictionaryAttr = a): number | undefined => {
    const v = from.get(name);
    return v instanceof IntegerAttr ? Number(v.value) : v instanceof FloatAttr ? v.value : undefined;
  };
  const perProfile = (name: string): Record<string, number> | undefined => {
    const d = a.get(name);
    if (!(d instanceof DictionaryAttr)) return undefined;
    const values: Record<string, number> = {};
    for (const e of d.entries) {
      const v = num(e.name, d);
      if (v !== undefined) values[e.name] = v;
    }
    return values;
  };
  const estimatedMs = perProfile('estimated_ms');
  const read = perProfile('dram_bytes_read');
  const fields = ['kernels', 'dram_bytes_read_no_l2', 'dram_bytes_written', 'flops', 'compulsory_bytes_read', 'compulsory_bytes_written'].map((n) => num(n));
  if (fields.some((f) => f === undefined) || !estimatedMs || !read) return undefined;
  const [kernels, readNoL2, written, flops, cRead, cWritten] = fields as number[];
  // Recorded before the L2 bandwidth term: every read and write once.
  const l2Bytes = num('l2_bytes') ?? readNoL2 + written;
  return {
    baseline: { kernels, dramBytesRead: read, dramBytesReadNoL2: readNoL2, dramBytesWritten: written, l2Bytes, flops, estimatedMs },
    compulsory: { bytesRead: cRead, bytesWritten: cWritten },
  };
}

export const costBaselinePass = definePass({
  name: 'gpu-cost-baseline',
  summary: 'Record the eager baseline (one kernel per graph op) and the compulsory DRAM traffic on each graph-level function, for gpu-cost-report',
  description:
    `Sets '${COST_BASELINE_ATTR}' on the function: the baseline's kernels, DRAM bytes read (after L2, per GPU profile; ` +
    'and without L2) and written, bytes between L2 and the SMs, FLOPs and roofline milliseconds per GPU profile, and the compulsory bytes read and written. ' +
    'Run it before convert-graph-to-tensor.',
  anchor: 'func.func',
  run(ctx) {
    recordBaseline(ctx.op);
  },
});
