// remove-dead-values: a backward liveness over the module that erases dead pure ops, drops the
// dead arguments and results of private functions together with the call operands and results
// that feed them, and the dead results of scf.if/index_switch/execute_region/for with the yield
// operands and loop-carried values that feed only them (MLIR's pass; block arguments of cf
// branches and scf.while stay).
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

/** Region ops whose results are what the scf.yield of the region that ran forwards. */
const YIELDS_TO_RESULTS = new Set(['scf.if', 'scf.index_switch', 'scf.execute_region']);

/** The scf.yield ops ending the blocks of `op`'s regions, or undefined when a block ends otherwise. */
function yieldsOf(op: Operation): Operation[] | undefined {
  const out: Operation[] = [];
  for (const r of op.regions) {
    for (const b of r.blocks) {
      const t = b.last;
      if (t?.name.name !== 'scf.yield' || t.numOperands !== op.numResults) return undefined;
      out.push(t);
    }
  }
  return out;
}

/**
 * Region ops that forward values only through scf.yield, with the loop-carried arguments of an
 * scf.for (after its induction variable): their results and yield operands can be dropped.
 */
function forwardingRegionOp(op: Operation): { yields: Operation[]; carried: readonly Value[]; inits: readonly Value[] } | undefined {
  const kind = op.name.name;
  if (!YIELDS_TO_RESULTS.has(kind) && kind !== 'scf.for') return undefined;
  const yields = yieldsOf(op);
  if (!yields) return undefined;
  if (kind !== 'scf.for') return { yields, carried: [], inits: [] };
  const args = op.regions[0].entry?.arguments ?? [];
  const inits = op.operands.slice(3);
  if (args.length !== op.numResults + 1 || inits.length !== op.numResults) return undefined;
  return { yields, carried: args.slice(1), inits };
}

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

/**
 * Replaces `op` by a copy with `operands` and only the results `keep` marks, taking over its
 * regions and the uses of the kept results.
 */
function rebuild(op: Operation, operands: readonly Value[], keep: readonly boolean[]): Operation {
  const replacement = Operation.create({
    name: op.name,
    location: op.location,
    operands,
    resultTypes: op.resultTypes.filter((_, i) => keep[i]),
    properties: op.properties,
    attributes: op.attributes,
    regions: op.regions.length,
  });
  op.regions.forEach((r, i) => replacement.regions[i].takeBody(r));
  op.parent!.insertBefore(replacement, op);
  let k = 0;
  op.results.forEach((r, i) => {
    if (keep[i]) r.replaceAllUsesWith(replacement.result(k++));
  });
  op.dropAllReferences();
  op.erase();
  return replacement;
}

/**
 * Rebuilds region op `op` without the results `keep` drops (their yield operands are gone
 * already); an scf.for also loses the initial values and loop-carried arguments. Returns how many
 * results went.
 */
function dropRegionOpResults(op: Operation, keep: boolean[], loop: boolean): number {
  const operands = loop ? [...op.operands.slice(0, 3), ...op.operands.slice(3).filter((_, i) => keep[i])] : op.operands;
  const replacement = rebuild(op, operands, keep);
  if (loop) {
    const entry = replacement.regions[0].entry!;
    for (let i = keep.length - 1; i >= 0; i--) if (!keep[i]) entry.eraseArgument(i + 1);
  }
  return keep.filter((x) => !x).length;
}

export const removeDeadValuesPass = definePass({
  name: 'remove-dead-values',
  displayName: 'RemoveDeadValues',
  summary: 'Remove dead values',
  statistics: { 'num-ops': 'Number of ops erased', 'num-args': 'Number of function arguments removed', 'num-results': 'Number of function and region op results removed' },
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
    // What a live value needs besides its definition's operands: a region op's result or
    // loop-carried argument needs the yield operands (and initial value) that flow into it.
    const needs = new Map<Value, Value[]>();
    const forwarding = new Map<Operation, NonNullable<ReturnType<typeof forwardingRegionOp>>>();
    module.walk((op) => {
      const f = op === module ? undefined : forwardingRegionOp(op);
      if (!f) return;
      forwarding.set(op, f);
      op.results.forEach((r, i) => {
        const from = f.yields.map((y) => y.operand(i));
        if (f.inits.length) from.push(f.inits[i]);
        needs.set(r, from);
        if (f.carried.length) needs.set(f.carried[i], from);
      });
    });
    // Roots: operands of ops that matter by themselves.
    module.walk((op) => {
      if (op === module) return;
      if (op.name.name === 'scf.yield' && op.parentOp && forwarding.has(op.parentOp)) return;
      const f = forwarding.get(op);
      if (f) {
        // The condition, switch value or loop bounds decide what runs.
        op.operands.forEach((v) => f.inits.includes(v) || markLive(v));
        return;
      }
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
      const needed = needs.get(v);
      if (needed) needed.forEach(markLive);
      else if (v instanceof OpResult) {
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
    // Yield operands that feed only dead results go first, so the ops computing them become dead.
    const dropped = new Map<Operation, boolean[]>();
    for (const [op, f] of forwarding) {
      const keep = op.results.map((r, i) => live.has(r) || (f.carried.length > 0 && live.has(f.carried[i])));
      if (keep.every(Boolean)) continue;
      dropped.set(op, keep);
      for (const y of f.yields) y.setOperands(y.operands.filter((_, i) => keep[i]));
    }
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
      for (const call of calls) rebuild(call, keep(call.operands, keepArg), keepRes);
    }
    // After the calls are rebuilt: a call to a dead argument may have used a dead result.
    for (const [op, keep] of dropped) results += dropRegionOpResults(op, keep, forwarding.get(op)!.carried.length > 0);
    ctx.addStatistic('num-ops', ops);
    ctx.addStatistic('num-args', args);
    ctx.addStatistic('num-results', results);
  },
});
