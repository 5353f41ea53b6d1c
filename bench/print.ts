// Printer throughput: builds modules of N ops through the IR API (no parser involved) and
// times printOperation in the custom and generic forms, with and without debug locations.
// Run: node scripts/build.mjs && node build/bench/print.js [ops...]
import { performance } from 'node:perf_hooks';
import { createContext } from '../dialects/registry.js';
import {
  Block, DictionaryAttr, FileLineColLoc, FunctionType, IntegerAttr, IntegerType, Operation, StringAttr,
  TypeAttr, type Value,
} from '../lib/ir/index.js';
import { printOperation } from '../lib/print/index.js';

/** A module of functions with 1000 chained ops each; unregistered ops, one attribute each. */
export function buildModule(numOps: number): Operation {
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
      const op = Operation.create({
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

function time(fn: () => string): { ms: number; bytes: number } {
  const t0 = performance.now();
  const s = fn();
  return { ms: performance.now() - t0, bytes: s.length };
}

if (process.argv[1]?.endsWith("print.js")) main();

function main(): void {
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log('| ops | custom ms | generic ms | custom+debuginfo ms | MB (custom) |');
console.log('|---:|---:|---:|---:|---:|');
for (const n of sizes.length ? sizes : [10_000, 100_000, 1_000_000]) {
  const module = buildModule(n);
  printOperation(module); // warm-up
  const c = time(() => printOperation(module));
  const g = time(() => printOperation(module, { generic: true }));
  const d = time(() => printOperation(module, { debugInfo: true }));
  console.log(`| ${n} | ${c.ms.toFixed(0)} | ${g.ms.toFixed(0)} | ${d.ms.toFixed(0)} | ${(c.bytes / 1e6).toFixed(1)} |`);
}
}
