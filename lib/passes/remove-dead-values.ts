// remove-dead-values: a backward liveness over the module that erases dead pure ops and drops the
// dead arguments and results of private functions together with the call operands and results
// that feed them (MLIR's pass, over func; region-branch ops wait on scf/cf's interfaces).
import { definePass } from '../pass/pass.js';
import { FunctionType, type Type } from '../ir/types.js';
import { TypeAttr, SymbolRefAttr } from '../ir/attributes.js';
import { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';
import { BlockArgument, OpResult } from '../ir/value.js';
import { getSymbolName, SymbolTable } from '../ir/symbol-table.js';
import { isMemoryEffectFree } from '../rewrite/effects.js';
import { collectSymbolRefs } from './symbol-uses.js';
import { symbolVisibility } from './symbol-dce.js';

const isCall = (op: Operation) => op.hasTrait('CallOpInterface') && op.getAttr('callee') instanceof SymbolRefAttr;

/** Private functions with a body whose every use is a direct call: their signature may change. */
function rewritableFunctions(module: Operation): Map<Operation, Operation[]> {
  const table = new SymbolTable(module);
  const calls = new Map<Operation, Operation[]>();
  const other = new Set<string>();
  for (const block of module.regions[0]?.blocks ?? []) {
    for (const top of block) {
      top.walk((o) => {
        const refs = collectSymbolRefs(o).filter((u) => u.from === o);
        for (const u of refs) {
          if (isCall(o) && u.ref === o.getAttr('callee')) {
            const f = table.lookup(u.ref.root);
            if (f) (calls.get(f) ?? calls.set(f, []).get(f)!).push(o);
          } else other.add(u.ref.root);
        }
      });
    }
  }
  const out = new Map<Operation, Operation[]>();
  for (const fn of table.names.map((n) => table.lookup(n)!)) {
    const name = getSymbolName(fn)!;
    if (!fn.hasTrait('CallableOpInterface') || symbolVisibility(fn) !== 'private' || other.has(name) || !fn.regions[0]?.blocks.length) continue;
    if (fn.regions[0].blocks.length !== 1) continue;
    out.set(fn, calls.get(fn) ?? []);
  }
  return out;
}

export const removeDeadValuesPass = definePass({
  name: 'remove-dead-values',
  displayName: 'RemoveDeadValues',
  summary: 'Remove dead values',
  statistics: { 'num-ops': 'Number of ops erased', 'num-args': 'Number of function arguments removed', 'num-results': 'Number of function results removed' },
  run(ctx) {
    const module = ctx.op;
    const funcs = rewritableFunctions(module);
    const callee = new Map<Operation, Operation>();
    for (const [fn, calls] of funcs) for (const c of calls) callee.set(c, fn);
    const live = new Set<Value>();
    const worklist: Value[] = [];
    const markLive = (v: Value) => {
      if (live.has(v)) return;
      live.add(v);
      worklist.push(v);
    };
    // Roots: operands of ops that matter by themselves.
    module.walk((op) => {
      if (op === module) return;
      if (op.name.name === 'func.return' || op.hasTrait('ReturnLike')) {
        const fn = op.parentOp;
        if (!fn || !funcs.has(fn)) op.operands.forEach(markLive);
        return;
      }
      if (callee.has(op)) return;
      if (!isMemoryEffectFree(op) || op.hasTrait('Terminator') || op.numResults === 0 || op.regions.length) op.operands.forEach(markLive);
      // Arguments of non-entry blocks or of unknown regions stay: their branches are not understood yet.
      for (const r of op.regions) for (const b of r.blocks) for (const a of b.arguments) if (!funcs.has(op) || b !== r.blocks[0]) markLive(a);
    }, 'pre');
    // Propagation: what a live value needs.
    while (worklist.length) {
      const v = worklist.pop()!;
      if (v instanceof OpResult) {
        const def = v.owner;
        const fn = callee.get(def);
        if (fn) {
          for (const b of fn.regions[0].blocks) {
            const ret = b.last;
            if (ret && ret.hasTrait('ReturnLike')) markLive(ret.operand(v.index));
          }
        } else def.operands.forEach(markLive);
      } else if (v instanceof BlockArgument) {
        const fn = v.owner.parentOp;
        if (fn && funcs.has(fn)) for (const c of funcs.get(fn)!) markLive(c.operand(v.index));
      }
    }
    let ops = 0;
    let args = 0;
    let results = 0;
    // Dead pure ops go first (innermost, last first), so dead arguments lose their uses.
    const dead: Operation[] = [];
    module.walk((op) => {
      if (op !== module && !callee.has(op) && op.numResults > 0 && isMemoryEffectFree(op) && !op.hasTrait('Terminator') && op.regions.length === 0 && op.results.every((r) => !live.has(r))) dead.push(op);
    });
    for (const op of dead.reverse()) {
      op.dropAllReferences();
      op.erase();
      ops++;
    }
    for (const [fn, calls] of funcs) {
      const entry = fn.regions[0].blocks[0];
      const type = (fn.getAttr('function_type') as TypeAttr).value as FunctionType;
      const keepArg = entry.arguments.map((a) => live.has(a));
      const keepRes = type.results.map((_, i) => calls.some((c) => live.has(c.result(i))) || fn.regions[0].blocks.some((b) => b.last?.hasTrait('ReturnLike') && live.has(b.last.operand(i))));
      if (keepArg.every(Boolean) && keepRes.every(Boolean)) continue;
      for (const b of fn.regions[0].blocks) {
        const ret = b.last;
        if (ret && ret.hasTrait('ReturnLike')) ret.setOperands(ret.operands.filter((_, i) => keepRes[i]));
      }
      // Dead arguments have no uses left: their users were dead ops or dropped return operands.
      for (let i = entry.arguments.length - 1; i >= 0; i--) {
        if (keepArg[i] || !entry.arguments[i].useEmpty) {
          keepArg[i] = true;
          continue;
        }
        entry.eraseArgument(i);
        args++;
      }
      results += keepRes.filter((k) => !k).length;
      const keep = <T>(xs: readonly T[], k: boolean[]) => xs.filter((_, i) => k[i]);
      fn.setAttrOrProp('function_type', TypeAttr.get(FunctionType.get(fn.context, keep(type.inputs, keepArg), keep(type.results, keepRes) as Type[])));
      for (const call of calls) {
        const replacement = Operation.create({
          name: call.name,
          location: call.location,
          operands: keep(call.operands, keepArg),
          resultTypes: keep(call.resultTypes, keepRes),
          properties: call.properties,
          attributes: call.attributes,
        });
        call.parent!.insertBefore(replacement, call);
        let k = 0;
        call.results.forEach((r, i) => {
          if (keepRes[i]) r.replaceAllUsesWith(replacement.result(k++));
        });
        call.dropAllReferences();
        call.erase();
      }
    }
    ctx.addStatistic('num-ops', ops);
    ctx.addStatistic('num-args', args);
    ctx.addStatistic('num-results', results);
  },
});
