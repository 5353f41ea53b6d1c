// test-print-liveness: prints the Liveness analysis of each function in MLIR's test format.
import { definePass } from '../pass/pass.js';
import type { Block } from '../ir/block.js';
import type { Operation } from '../ir/operation.js';
import { BlockArgument, type Value } from '../ir/value.js';
import { getSymbolName } from '../ir/symbol-table.js';
import { printOperation } from '../print/index.js';
import { Liveness } from './liveness.js';

/**
 * One line of text per op nested in `fn`, as the function prints them. (Ops with regions are
 * shown by their first line; MLIR prints them whole.)
 */
function opLines(fn: Operation): Map<Operation, string> {
  const lines = printOperation(fn).split('\n').slice(1).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('^') && !l.startsWith('}'));
  const out = new Map<Operation, string>();
  let i = 0;
  fn.walk((o) => {
    if (o === fn) return;
    // Printed alone, as MLIR prints it here, an op has no default dialect to drop its prefix.
    const short = o.name.name.slice(o.name.dialect.length + 1);
    const line = (lines[i++] ?? o.name.name).replace(new RegExp(`^((?:%[^=]+= )?)${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), `$1${o.name.name}`);
    out.set(o, line);
  }, 'pre');
  return out;
}

export const testPrintLivenessPass = definePass({
  name: 'test-print-liveness',
  displayName: 'TestLivenessPass',
  summary: 'Print the contents of a constructed liveness information.',
  anchor: 'func.func',
  run(ctx) {
    const fn = ctx.op;
    const liveness = ctx.getAnalysis(Liveness);
    const blockIds = new Map<Block, number>();
    const opIds = new Map<Operation, number>();
    const valueIds = new Map<Value, number>();
    fn.walk((o) => {
      for (const r of o.regions) {
        for (const b of r.blocks) {
          blockIds.set(b, blockIds.size);
          for (const a of b.arguments) valueIds.set(a, valueIds.size);
          for (const x of b) {
            opIds.set(x, opIds.size);
            for (const res of x.results) valueIds.set(res, valueIds.size);
          }
        }
      }
    }, 'pre');
    const text = opLines(fn);
    const ref = (v: Value) => (v instanceof BlockArgument ? `arg${v.index}@${blockIds.get(v.owner)} ` : `val_${valueIds.get(v)} `);
    const refs = (vs: Iterable<Value>) => [...vs].sort((a, b) => valueIds.get(a)! - valueIds.get(b)!).map(ref).join('');
    let out = `Testing : ${getSymbolName(fn) ?? ''}\n// ---- Liveness -----\n`;
    for (const [block, id] of blockIds) {
      const info = liveness.getLiveness(block)!;
      out += `// - Block: ${id}\n// --- LiveIn: ${refs(info.liveIn)}\n// --- LiveOut: ${refs(info.liveOut)}\n// --- BeginLivenessIntervals`;
      for (const op of block) {
        for (const r of op.results) {
          out += `\n// ${ref(r)}:`;
          for (const o of liveness.resolveLiveness(r).sort((a, b) => opIds.get(a)! - opIds.get(b)!)) out += `\n//     ${text.get(o)}`;
        }
      }
      out += '\n// --- EndLivenessIntervals\n// --- BeginCurrentlyLive\n';
      for (const op of block) {
        const live = liveness.currentlyLive(op);
        if (live.size) out += `//     ${text.get(op)} [${refs(live)}\b]\n`;
      }
      out += '// --- EndCurrentlyLive\n';
    }
    out += '// -------------------\n';
    ctx.output.stderr(out);
    ctx.markAllAnalysesPreserved();
  },
});
