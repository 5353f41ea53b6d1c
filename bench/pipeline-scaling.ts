// Benchmark: CPU time of each stage of `--dlc-gpu` (parse, every pass, verify-each, print)
// against model size: stacked LSTMs of growing length and BERT encoders of growing depth, so
// that a stage growing faster than the model shows up as a ratio above the size ratio.
// CPU time (process.cpuUsage), not wall time: the machines this runs on are shared.
// Usage: node build/bench/pipeline-scaling.js [--lstm 10x5,10x10,10x20] [--bert 1,2] [--hidden 256]
import { createContext } from '../dialects/registry.js';
import { registerDialectPasses } from '../dialects/passes.js';
import { registerGenericPasses } from '../lib/passes/index.js';
import { PassManager, parsePassPipeline, type Pass, type PassInstrumentation } from '../lib/pass/index.js';
import { parseSourceString } from '../lib/parse/index.js';
import { printOperation } from '../lib/print/index.js';
import { verify } from '../lib/verify/index.js';
import type { Operation } from '../lib/ir/index.js';
import { lstm } from '../examples/models/lstm.js';
import { bertEncoder, BERT_SOUFFLE } from '../examples/models/bert.js';

registerGenericPasses();
registerDialectPasses();

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

/** CPU milliseconds (user + system) since `from`. */
function cpuMs(from?: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
}

/** Adds each pass's CPU time to `into`, by pass name (a pass run on many functions adds up). */
class CpuTimer implements PassInstrumentation {
  private started: NodeJS.CpuUsage | null = null;
  constructor(private readonly into: Map<string, number>) {}
  runBeforePass(): void {
    this.started = process.cpuUsage();
  }
  runAfterPass(pass: Pass): void {
    const name = pass.definition.name;
    if (this.started) this.into.set(name, (this.into.get(name) ?? 0) + cpuMs(this.started));
  }
}

/** Runs the whole `--dlc-gpu` path on `text`; returns CPU ms by stage, in order. */
function measure(text: string): Map<string, number> {
  const times = new Map<string, number>();
  const ctx = createContext();
  let t = process.cpuUsage();
  const module = parseSourceString(text, { context: ctx, filename: 'model.mlir' });
  if (!module || !verify(module)) throw new Error('the model does not parse or verify');
  times.set('parse', cpuMs(t));
  const pm = parsePassPipeline('builtin.module(dlc-gpu)', (a) => new PassManager(ctx, a)) as PassManager;
  let verifyMs = 0;
  pm.setVerifier((op: Operation) => {
    const v = process.cpuUsage();
    const ok = verify(op);
    verifyMs += cpuMs(v);
    return ok;
  });
  pm.addInstrumentation(new CpuTimer(times));
  if (!pm.run(module)) throw new Error('dlc-gpu failed');
  times.set('verify-each', verifyMs);
  t = process.cpuUsage();
  printOperation(module);
  times.set('print', cpuMs(t));
  return times;
}

interface Size {
  readonly label: string;
  /** Graph ops, the size the ratios compare with. */
  readonly ops: number;
  readonly text: string;
}

function table(title: string, sizes: readonly Size[]): void {
  measure(sizes[0].text); // warm-up: the first run pays for compiling the code
  const results = sizes.map((s) => measure(s.text));
  const stages = [...new Set(results.flatMap((r) => [...r.keys()]))];
  const total = results.map((r) => [...r.values()].reduce((a, b) => a + b, 0));
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const growth = (a: number, b: number) => (a > 0 ? `${(b / a).toFixed(1)}x` : '-');
  console.log(`\n${title}: CPU ms by stage (last column: growth from the first size to the last, against ${growth(first.ops, last.ops)} graph ops)`);
  const header = ['stage', ...sizes.map((s) => `${s.label} (${s.ops} ops)`), 'growth'];
  const rows = stages.map((st) => [st, ...results.map((r) => (r.get(st) ?? 0).toFixed(0)), growth(results[0].get(st) ?? 0, results[results.length - 1].get(st) ?? 0)]);
  rows.push(['total', ...total.map((x) => x.toFixed(0)), growth(total[0], total[total.length - 1])]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  for (const r of [header, ...rows]) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}

const hidden = Number(argValue('--hidden', '256'));
const lstmSizes = argValue('--lstm', '10x5,10x10,10x20').split(',').filter(Boolean);
const bertSizes = argValue('--bert', '1,2').split(',').filter(Boolean);
if (lstmSizes.length) {
  table(
    `LSTM (hidden ${hidden})`,
    lstmSizes.map((s) => {
      const [layers, steps] = s.split('x').map(Number);
      const p = lstm({ layers, steps, hidden, dtype: 'f32' });
      return { label: s, ops: p.ops, text: p.text };
    }),
  );
}
if (bertSizes.length) {
  table(
    'BERT (Souffle config)',
    bertSizes.map((s) => {
      const p = bertEncoder(BERT_SOUFFLE, Number(s));
      return { label: `${s} layers`, ops: p.ops, text: p.text };
    }),
  );
}
