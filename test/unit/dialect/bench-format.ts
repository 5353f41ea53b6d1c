// Measures what declared ops cost: parse, verify and print of a large function written with
// format-compiled custom forms against the same ops in generic form, and view reads against
// raw operand reads. Run: node build/test/unit/dialect/bench-format.js [ops]
import { performance } from 'node:perf_hooks';
import { parseSourceString } from '../../../lib/parse/index.js';
import { printOperation } from '../../../lib/print/index.js';
import { verify } from '../../../lib/verify/index.js';
import { defineDialect, defineOp } from '../../../lib/dialect/index.js';
import type { Operation } from '../../../lib/ir/index.js';
import { contextWith } from './harness.js';
import { binaryInt, compareInt } from './fixtures.js';

const Add = defineOp({ name: 'bf.addi', ...binaryInt });
const Cmp = defineOp({ name: 'bf.cmpi', ...compareInt('bf::Pred') });
const dialect = defineDialect({ name: 'bf', ops: [Add, Cmp] });

// Time spent inside the compiled hooks (the OpAsmParser/OpAsmPrinter calls they make included).
const hookMs = { parse: 0, verifyInvariants: 0, print: 0 };
for (const def of [Add, Cmp]) {
  const { parse, print, verifyInvariants } = def.info;
  def.info.parse = (p, state) => {
    const t = performance.now();
    try {
      parse!(p, state);
    } finally {
      hookMs.parse += performance.now() - t;
    }
  };
  def.info.print = (op, p) => {
    const t = performance.now();
    print!(op, p);
    hookMs.print += performance.now() - t;
  };
  def.info.verifyInvariants = (op) => {
    const t = performance.now();
    const ok = verifyInvariants!(op);
    hookMs.verifyInvariants += performance.now() - t;
    return ok;
  };
}

function source(n: number, generic: boolean): string {
  const lines = ['func.func @f(%arg0: i32, %arg1: i32) {'];
  let prev = '%arg0';
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      lines.push(generic ? `  %${i} = "bf.addi"(${prev}, %arg1) : (i32, i32) -> i32` : `  %${i} = bf.addi ${prev}, %arg1 : i32`);
      prev = `%${i}`;
    } else {
      lines.push(generic ? `  %${i} = "bf.cmpi"(${prev}, %arg1) <{predicate = 2 : i64}> : (i32, i32) -> i1` : `  %${i} = bf.cmpi slt, ${prev}, %arg1 : i32`);
    }
  }
  lines.push('  return', '}');
  return lines.join('\n');
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

const n = Number(process.argv[2] ?? 100000);
for (const generic of [false, true, false, true]) {
  hookMs.parse = hookMs.print = hookMs.verifyInvariants = 0;
  const ctx = contextWith(dialect);
  const text = source(n, generic);
  const [module, parseMs] = time(() => parseSourceString(text, { context: ctx, filename: 'b.mlir' })!);
  const [ok, verifyMs] = time(() => verify(module));
  const [, printMs] = time(() => printOperation(module, { generic }));
  const hooks = `hooks: parse ${hookMs.parse.toFixed(0)}, invariants ${hookMs.verifyInvariants.toFixed(0)}, print ${hookMs.print.toFixed(0)}`;
  console.log(`${generic ? 'generic' : 'custom '} ${n} ops: parse ${parseMs.toFixed(0)} ms, verify ${verifyMs.toFixed(0)} ms (${ok}), print ${printMs.toFixed(0)} ms; ${hooks}`);
}

const ctx = contextWith(dialect);
const module = parseSourceString(source(1000, false), { context: ctx, filename: 'b.mlir' })!;
const adds: Operation[] = [];
module.walk((op) => void (Add.is(op) && adds.push(op)));
let sink = 0;
const reps = 10000;
const [, viewMs] = time(() => {
  for (let r = 0; r < reps; r++) for (const op of adds) sink += Add.view(op).lhs === op.result(0) ? 1 : 0;
});
const [, rawMs] = time(() => {
  for (let r = 0; r < reps; r++) for (const op of adds) sink += op.operand(0) === op.result(0) ? 1 : 0;
});
const reads = reps * adds.length;
console.log(`view .lhs: ${((viewMs * 1e6) / reads).toFixed(1)} ns/read; op.operand(0): ${((rawMs * 1e6) / reads).toFixed(1)} ns/read (${sink})`);
