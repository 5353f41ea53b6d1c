// Printer throughput: builds modules of N ops through the IR API (no parser involved) and
// times printOperationTo (CPU time, best of three, text streamed to a counting sink) in the
// custom and generic forms, with and without debug locations.
// Run: node scripts/build.mjs && node --max-old-space-size=4096 build/bench/print.js [ops...]
import { createContext } from '../dialects/registry.js';
import {
  Block, DictionaryAttr, FileLineColLoc, FunctionType, IntegerAttr, IntegerType, Operation, StringAttr,
  SymbolRefAttr, TypeAttr, type Value,
} from '../lib/ir/index.js';
import { printOperationTo, type PrintOptions } from '../lib/print/index.js';

/**
 * A module of functions with 1000 chained ops each: unregistered ops with one attribute
 * each (printed in the generic form), or `func.call`s (printed through the custom hook).
 */
export function buildModule(numOps: number, kind: 'unregistered' | 'call' = 'unregistered'): Operation {
  const ctx = createContext();
  const i32 = IntegerType.get(ctx, 32);
  const loc = (line: number): FileLineColLoc => FileLineColLoc.get(ctx, 'bench.mlir', line, 5);
  const module = Operation.create({ name: 'builtin.module', location: loc(0), regions: 1 });
  const body = module.regions[0].push(new Block());
  const perFunc = 1000;
  let line = 1;
  for (let f = 0; f * perFunc < numOps; f++) {
    const fn = Operation.create({
      name: 'func.func',
      location: loc(line++),
      properties: [
        { name: 'function_type', value: TypeAttr.get(FunctionType.get(ctx, [i32, i32], [i32])) },
        { name: 'sym_name', value: StringAttr.get(ctx, `f${f}`) },
      ],
      regions: 1,
    });
    body.append(fn);
    const entry = fn.regions[0].push(new Block());
    let a: Value = entry.addArgument(i32, loc(line));
    const b: Value = entry.addArgument(i32, loc(line));
    const n = Math.min(perFunc, numOps - f * perFunc) - 1;
    for (let i = 0; i < n; i++) {
      const op =
        kind === 'call'
          ? Operation.create({
              name: 'func.call',
              location: loc(line++),
              operands: [a, b],
              resultTypes: [i32],
              properties: [{ name: 'callee', value: SymbolRefAttr.get(ctx, `f${f}`) }],
            })
          : Operation.create({
              name: i % 2 ? 'x.add' : 'x.mul',
              location: loc(line++),
              operands: [a, b],
              resultTypes: [i32],
              attributes: DictionaryAttr.get(ctx, [{ name: 'k', value: IntegerAttr.get(i32, i % 7) }]),
            });
      entry.append(op);
      a = op.results[0];
    }
    entry.append(Operation.create({ name: 'func.return', location: loc(line++), operands: [a] }));
  }
  return module;
}

/** CPU milliseconds of one streamed print (the text goes to a sink that only counts it). */
function time(module: Operation, options: PrintOptions): { ms: number; mb: number } {
  let chars = 0;
  const t0 = process.cpuUsage();
  printOperationTo(module, (c) => (chars += c.length), options);
  const t = process.cpuUsage(t0);
  return { ms: (t.user + t.system) / 1000, mb: chars / 1e6 };
}

if (process.argv[1]?.endsWith('print.js')) main();

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log('| ops | generic-form ops | generic --mlir-print-op-generic | func.call (custom hook) | + debuginfo | MB |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const n of sizes.length ? sizes : [10_000, 100_000, 1_000_000]) {
    const unregistered = buildModule(n);
    const calls = buildModule(n, 'call');
    printOperationTo(unregistered, () => {}); // warm-up
    const best = (m: Operation, o: PrintOptions): { ms: number; mb: number } => {
      const runs = [time(m, o), time(m, o), time(m, o)];
      return runs.reduce((x, y) => (y.ms < x.ms ? y : x));
    };
    const u = best(unregistered, {});
    const g = best(unregistered, { generic: true });
    const c = best(calls, {});
    const d = best(calls, { debugInfo: true });
    console.log(`| ${n} | ${u.ms.toFixed(0)} | ${g.ms.toFixed(0)} | ${c.ms.toFixed(0)} | ${d.ms.toFixed(0)} | ${u.mb.toFixed(1)} |`);
  }
}
