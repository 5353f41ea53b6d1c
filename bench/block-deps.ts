// Benchmark of the block level on a large program: a chain of N TEs (elementwise, row
// reductions broadcast back, 3-wide windows, transposes) tiled by convert-tensor-to-block,
// verified, and analysed by block-dependency; with --pipeline, the CPU time of each pass of
// convert-tensor-to-block, block-fuse, block-sync, block-coschedule, block-schedule (verifying
// after each). Run: node build/bench/block-deps.js [N] [--pipeline].
import { fileURLToPath } from 'node:url';
import { createContext } from '../dialects/registry.js';
import { registerDialectPasses } from '../dialects/passes.js';
import { PassManager, parsePassPipeline, type Pass } from '../lib/pass/index.js';
import { parseSourceString } from '../lib/parse/index.js';
import { verify } from '../lib/verify/index.js';
import type { Operation } from '../lib/ir/index.js';
import { gpuProfile } from '../lib/target/gpu-profiles.js';
import { convertTensorToBlock } from '../dialects/block/passes/index.js';
import { BlockDependency } from '../dialects/block/analysis/dependency.js';

/** A function of `n` TEs over 64x64 f32 tensors, each reading the previous one (and some the one before). */
export function chainSource(n: number): string {
  const t = 'tensor<64x64xf32>';
  const lines = [`func.func @main(%a: ${t}) -> ${t} {`, '  %v0 = tensor.compute [i: 64, j: 64] (%a[i, j]) -> [i, j] : (' + t + ') -> ' + t + ' {', '  ^bb0(%x: f32):', '    tensor.yield %x : f32', '  }'];
  const body = (k: number, dom: string, access: string, out: string, comb = '') => {
    lines.push(`  %v${k} = tensor.compute ${dom} (%v${k - 1}${access}, %v${Math.max(0, k - 2)}[i, j]) -> ${out}${comb} : (${t}, ${t}) -> ${t} {`);
    lines.push('  ^bb0(%x: f32, %y: f32):', '    %s = arith.addf %x, %y : f32', '    tensor.yield %s : f32', '  }');
  };
  for (let k = 1; k < n; k++) {
    switch (k % 4) {
      case 0:
        body(k, '[i: 64, j: 64]', '[i, j]', '[i, j]');
        break;
      case 1:
        body(k, '[i: 64, j: 64]', '[j, i]', '[i, j]');
        break;
      case 2:
        body(k, '[i: 64, j: 64, r: 3 reduce]', '[i, j floordiv 2 + r * 16]', '[i, j]', ' add');
        break;
      default:
        body(k, '[i: 64, j: 64, r: 64 reduce]', '[i, r]', '[i, j]', ' add');
    }
  }
  lines.push(`  return %v${n - 1} : ${t}`, '}');
  return lines.join('\n');
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

/** Converts, verifies and analyses a chain of `n` TEs, printing the counts and the times. */
function main(n: number): void {
  const ctx = createContext();
  const [module, parseMs] = time(() => parseSourceString(chainSource(n), { context: ctx, filename: 'chain.mlir' })!);
  const [, convertMs] = time(() => convertTensorToBlock(module, { tileSizes: [16, 16], gpu: gpuProfile('h100')! }));
  const [ok, verifyMs] = time(() => verify(module));
  const [deps, analysisMs] = time(() => new BlockDependency(module));
  const classes = new Map<string, number>();
  for (const e of deps.edges) classes.set(e.kind, (classes.get(e.kind) ?? 0) + 1);
  const tiles = deps.tiles.reduce((s, t) => s + t.count, 0);
  console.log(`${n} TEs, ${tiles} tiles, ${deps.edges.length} edges (${[...classes].map(([k, c]) => `${k} ${c}`).join(', ')}), verified: ${ok}`);
  console.log(`parse ${parseMs.toFixed(0)} ms, convert-tensor-to-block ${convertMs.toFixed(0)} ms, verify ${verifyMs.toFixed(0)} ms, block-dependency ${analysisMs.toFixed(0)} ms`);
}

/** CPU milliseconds (user + system) since `from`: the machine is shared, so wall time misleads. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
}

/** Runs the block pipeline on a chain of `n` TEs, printing each stage's CPU milliseconds. */
function pipeline(n: number): void {
  registerDialectPasses();
  const ctx = createContext();
  const times = new Map<string, number>();
  const all = process.cpuUsage();
  let t = process.cpuUsage();
  const module = parseSourceString(chainSource(n), { context: ctx, filename: 'chain.mlir' })!;
  times.set('parse', cpuMs(t));
  const text = 'builtin.module(func.func(convert-tensor-to-block{tile-sizes=16,16},block-fuse,block-sync,block-coschedule,block-schedule))';
  const pm = parsePassPipeline(text, (a) => new PassManager(ctx, a)) as PassManager;
  let verifyMs = 0;
  pm.setVerifier((op: Operation) => {
    const since = process.cpuUsage();
    try {
      return verify(op);
    } finally {
      verifyMs += cpuMs(since);
    }
  });
  let started = process.cpuUsage();
  pm.addInstrumentation({
    runBeforePass: () => void (started = process.cpuUsage()),
    runAfterPass: (pass: Pass) => void times.set(pass.definition.name, (times.get(pass.definition.name) ?? 0) + cpuMs(started)),
  });
  if (!pm.run(module)) throw new Error('the block pipeline failed');
  times.set('verify-each', verifyMs);
  times.set('total', cpuMs(all));
  console.log(`${n} TEs: CPU ms ${[...times].map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ')}`);
}

// Only when run, not when imported (chainSource is reused by other benchmarks and tests).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 10000);
  if (process.argv.includes('--pipeline')) pipeline(n);
  else main(n);
}
