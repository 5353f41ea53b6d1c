// remove-dead-values: a backward liveness over the module that erases dead pure ops, drops the
// dead arguments and results of private functions together with the call operands and results
// that feed them, the dead results of scf.if/index_switch/execute_region/for with the yield
// operands and loop-carried values that feed only them, and dead block arguments with the
// successor operands that branches (through the branch interface) forward to them (MLIR's pass;
// scf.while stays whole).
import { definePass } from '../pass/pass.js';
import { FunctionType, type Type } from '../ir/types.js';
import { DenseArrayAttr, TypeAttr, SymbolRefAttr } from '../ir/attributes.js';
import type { Block } from '../ir/block.js';
import { getSuccessorOperandRange } from '../dialect/interfaces.js';
import { lookupOpDef } from '../dialect/registry.js';
import { segmentSizes } from '../dialect/layout.js';
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

/** A branch forwarding operands `start...` to the arguments of a block. */
interface Edge {
  readonly op: Operation;
  readonly start: number;
}

/** The branches into each block under `root`; a block with a branch whose successor operands are unknown maps to undefined. */
function branchEdges(root: Operation): Map<Block, Edge[] | undefined> {
  const edges = new Map<Block, Edge[] | undefined>();
  root.walk((op) => {
    op.successors.forEach((dest, i) => {
      const range = getSuccessorOperandRange(op, i);
      const known = edges.has(dest) ? edges.get(dest) : [];
      edges.set(dest, range && known ? [...known, { op, start: range[0] }] : undefined);
    });
  });
  return edges;
}

/** Decrements entry `k` of the dense array `name` of `op` (a segment size). */
function shrinkSegment(op: Operation, name: string, k: number): void {
  const a = op.getAttr(name);
  if (!(a instanceof DenseArrayAttr)) return;
  op.setAttrOrProp(name, DenseArrayAttr.get(a.elementType, a.values.map((v, i) => (i !== k ? v : typeof v === 'bigint' ? v - 1n : v - 1))));
}

/** Erases operand `p` of `op`, keeping its definition's operand segment sizes (and sub-list sizes) in step. */
function eraseOperand(op: Operation, p: number): void {
  const model = lookupOpDef(op)?.model;
  for (const o of model?.operands ?? []) {
    const [s, e] = model!.operandSegments(op, o.index);
    if (p < s || p >= e) continue;
    if (o.subSegments) {
      let at = s;
      const sizes = segmentSizes(op, o.subSegments) ?? [];
      const k = sizes.findIndex((n) => (at += Number(n)) > p);
      shrinkSegment(op, o.subSegments, k);
    }
    shrinkSegment(op, 'operandSegmentSizes', o.index);
    break;
  }
  op.setOperands(op.operands.filter((_, i) => i !== p));
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
    // A block argument whose branches are all known needs what they forward to it.
    const edges = branchEdges(module);
    for (const [block, into] of edges) {
      if (into) block.arguments.forEach((a, j) => needs.set(a, into.map((e) => e.op.operand(e.start + j))));
    }
    const forwarded = (op: Operation): Set<number> | undefined => {
      const out = new Set<number>();
      for (let i = 0; i < op.successors.length; i++) {
        const range = getSuccessorOperandRange(op, i);
        if (!range || !edges.get(op.successors[i])) return undefined;
        for (let k = range[0]; k < range[1]; k++) out.add(k);
      }
      return out;
    };
    // Roots: operands of ops that matter by themselves.
    module.walk((op) => {
      if (op === module) return;
      if (op.name.name === 'scf.yield' && op.parentOp && forwarding.has(op.parentOp)) return;
      const f = forwarding.get(op);
      if (f) {
        // The condition, switch value or loop bounds decide what runs.
        op.operands.forEach((v, i) => (f.inits.length > 0 && i >= 3) || markLive(v));
        return;
      }
      const fwd = op.successors.length ? forwarded(op) : undefined;
      if (fwd) {
        // The condition or switch value decides where control goes.
        op.operands.forEach((v, i) => fwd.has(i) || markLive(v));
        return;
      }
      if (op.name.name === 'func.return' || op.hasTrait('ReturnLike')) {
        const fn = op.parentOp;
        if (!fn || !funcs.has(fn)) op.operands.forEach(markLive);
        return;
      }
      if (callee.has(op)) return;
      if (!isMemoryEffectFree(op) || op.hasTrait('Terminator') || op.numResults === 0 || op.regions.length) op.operands.forEach(markLive);
    }, 'pre');
    // Propagation: what a live value needs.
    const propagate = () => {
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
    };
    propagate();
    // As MLIR, a dead block argument that some branch feeds a live value stays, and so does all it is fed.
    const kept = new Set<Value>();
    for (let grew = true; grew; propagate()) {
      grew = false;
      for (const [block, into] of edges) {
        if (!into) continue;
        for (const a of block.arguments) {
          const from = needs.get(a)!;
          if (live.has(a) || kept.has(a) || !from.some((v) => live.has(v))) continue;
          kept.add(a);
          from.forEach(markLive);
          grew = true;
        }
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
    // Successor operands that feed dead block arguments go too; the arguments go last.
    const deadArgs = new Map<Block, number[]>();
    const erasedOperands = new Map<Operation, number[]>();
    for (const [block, into] of edges) {
      const dead = into ? block.arguments.flatMap((a, j) => (live.has(a) || kept.has(a) ? [] : [j])) : [];
      if (!dead.length) continue;
      deadArgs.set(block, dead);
      for (const e of into!) for (const j of dead) (erasedOperands.get(e.op) ?? erasedOperands.set(e.op, []).get(e.op)!).push(e.start + j);
    }
    for (const [op, at] of erasedOperands) for (const p of at.sort((a, b) => b - a)) eraseOperand(op, p);
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
    for (const [block, dead] of deadArgs) for (const j of dead.reverse()) block.eraseArgument(j);
    ctx.addStatistic('num-ops', ops);
    ctx.addStatistic('num-args', args);
    ctx.addStatistic('num-results', results);
  },
});
