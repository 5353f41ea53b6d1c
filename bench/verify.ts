// Verifier throughput: parses each file once, then times `verify` on the parsed module (CPU
// time: the first run, as a tool's single run sees it with a cold JIT, then the best and the
// median of the runs). The parser is outside the timing, so the numbers are the verifier's.
// Run: node scripts/build.mjs && node --expose-gc --max-old-space-size=4096 build/bench/verify.js FILE... [--runs N]
import { readFileSync } from 'node:fs';
import { createContext } from '../dialects/registry.js';
import { parseSourceString } from '../lib/parse/index.js';
import { verify } from '../lib/verify/index.js';

/** CPU milliseconds of `f`. */
function cpuMs(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

function main(): void {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 15;
  console.log('| file | ops | first ms | best ms | median ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const file of args) {
    const ctx = createContext();
    ctx.allowUnregisteredDialects = true;
    const module = parseSourceString(readFileSync(file, 'utf8'), { context: ctx, filename: file });
    if (!module) throw new Error(`${file}: does not parse`);
    let ops = 0;
    module.walk(() => void ops++);
    // The parse's garbage is collected first (with --expose-gc), so the first run does not pay for it.
    (globalThis as { gc?: () => void }).gc?.();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      let ok = false;
      times.push(cpuMs(() => (ok = verify(module))));
      if (!ok) throw new Error(`${file}: does not verify`);
    }
    if (runs === 0) continue;
    const first = times[0];
    times.sort((a, b) => a - b);
    console.log(`| ${file} | ${ops} | ${first.toFixed(1)} | ${times[0].toFixed(1)} | ${times[runs >> 1].toFixed(1)} |`);
  }
}

main();
