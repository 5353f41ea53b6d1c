// inline: inlines direct calls (ops with CallOpInterface and a `callee` symbol); multi-block callees through cf,
// callees first, then erases private callables left without uses, as MLIR's inliner does.
import { definePass } from '../pass/pass.js';
import { Option } from '../pass/options.js';
import { PassManager } from '../pass/pass-manager.js';
import { addPipelineText } from '../pass/pipeline-parser.js';
import { CallSiteLoc } from '../ir/location.js';
import { IRMapping } from '../ir/mapping.js';
import { SymbolRefAttr } from '../ir/attributes.js';
import { Operation, cloneRegionInto } from '../ir/operation.js';
import { Block } from '../ir/block.js';
import { Region } from '../ir/region.js';
import { getSymbolName, isSymbolTable, SymbolTable } from '../ir/symbol-table.js';
import { collectSymbolRefs } from './symbol-uses.js';
import { symbolVisibility } from './symbol-dce.js';

/** The symbol a call op calls, when it is a direct call. */
function calleeOf(call: Operation): SymbolRefAttr | undefined {
  if (!call.hasTrait('CallOpInterface')) return undefined;
  const c = call.getAttr('callee');
  return c instanceof SymbolRefAttr && c.isFlat ? c : undefined;
}

/** The callable ops of a symbol table (ops with a body and the CallableOpInterface trait). */
function callables(module: Operation): Operation[] {
  return (module.regions[0]?.blocks ?? []).flatMap((b) => b.operations.filter((o) => o.hasTrait('CallableOpInterface')));
}

/** Strongly connected components of the call graph, callees before callers (Tarjan's order). */
function sccs(nodes: readonly Operation[], edges: Map<Operation, Operation[]>): Operation[][] {
  const index = new Map<Operation, number>();
  const low = new Map<Operation, number>();
  const stack: Operation[] = [];
  const onStack = new Set<Operation>();
  const out: Operation[][] = [];
  const visit = (v: Operation) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: Operation[] = [];
      for (let w = stack.pop()!; ; w = stack.pop()!) {
        onStack.delete(w);
        scc.push(w);
        if (w === v) break;
      }
      out.push(scc);
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return out;
}

/** Checks that `call` can be inlined to `callee` as is: a body, matching argument and result types. */
function compatible(call: Operation, callee: Operation): boolean {
  const body = callee.regions[0];
  if (!body || body.empty) return false;
  const entry = body.blocks[0];
  if (entry.arguments.length !== call.numOperands || entry.arguments.some((a, i) => a.type !== call.operand(i).type)) return false;
  return body.blocks.every((b) => {
    const t = b.last;
    return t !== null && (!t.hasTrait('ReturnLike') || (t.numOperands === call.numResults && t.operandTypes.every((ty, i) => ty === call.result(i).type)));
  });
}

/**
 * Inlines `call` to `callee`; returns false (changing nothing) when it cannot. A single-block
 * body is spliced in place; a multi-block one needs cf: the caller's block is split after the
 * call, the body's blocks go in between, and each return becomes a `cf.br` to the rest.
 */
export function inlineCall(call: Operation, callee: Operation): boolean {
  if (!compatible(call, callee)) return false;
  const body = callee.regions[0];
  const block = call.parent!;
  const stamp = (o: Operation) => o.walk((x) => void (x.location = CallSiteLoc.get(x.location, call.location)));
  if (body.blocks.length === 1) {
    const entry = body.blocks[0];
    const ret = entry.last!;
    const mapping = new IRMapping();
    entry.arguments.forEach((a, i) => mapping.map(a, call.operand(i)));
    for (const op of entry) {
      if (op === ret) break;
      const clone = op.clone(mapping);
      stamp(clone);
      block.insertBefore(clone, call);
    }
    call.replaceAllUsesWith(ret.operands.map((v) => mapping.lookup(v)));
    call.erase();
    return true;
  }
  if (!call.context.getOrLoadDialect('cf')) return false;
  const region = block.parent!;
  const cloned = new Region();
  const mapping = new IRMapping();
  cloneRegionInto(body, cloned, mapping);
  const continuation = new Block();
  for (const r of call.results) continuation.addArgument(r.type, call.location);
  for (let op = call.next; op; ) {
    const next: Operation | null = op.next;
    op.remove();
    continuation.append(op);
    op = next;
  }
  const blocks = [...cloned.blocks];
  for (const b of blocks) {
    for (const op of b.operations) stamp(op);
    const ret = b.last!;
    if (!ret.hasTrait('ReturnLike')) continue;
    const br = Operation.create({ name: 'cf.br', location: ret.location, operands: ret.operands, successors: [continuation] });
    ret.erase();
    b.append(br);
  }
  // The cloned entry block's ops join the caller's block; its arguments become the call's operands.
  const entry = blocks[0];
  entry.arguments.forEach((a, i) => a.replaceAllUsesWith(call.operand(i)));
  call.results.forEach((r, i) => r.replaceAllUsesWith(continuation.arguments[i]));
  call.erase();
  for (const op of entry.operations) {
    op.remove();
    block.append(op);
  }
  let at = region.blocks.indexOf(block) + 1;
  for (const b of blocks.slice(1)) {
    cloned.removeBlock(b);
    region.insertAt(at++, b);
  }
  region.insertAt(at, continuation);
  return true;
}

export const inlinePass = definePass({
  name: 'inline',
  displayName: 'Inliner',
  summary: 'Inline function calls',
  options: {
    'default-pipeline': Option.string('canonicalize', 'The optimizer pipeline run on each callable before it is inlined into its callers'),
    'max-iterations': Option.int(4, 'Maximum number of iterations when inlining within an SCC'),
  },
  statistics: { 'num-inlined': 'Number of calls inlined', 'num-erased': 'Number of dead callables erased' },
  run(ctx) {
    const module = ctx.op;
    if (!isSymbolTable(module)) return;
    const table = new SymbolTable(module);
    const nodes = callables(module);
    const callsIn = new Map<Operation, Operation[]>();
    const edges = new Map<Operation, Operation[]>();
    for (const fn of nodes) {
      const calls: Operation[] = [];
      fn.walk((o) => {
        const ref = calleeOf(o);
        if (ref) calls.push(o);
      });
      callsIn.set(fn, calls);
      edges.set(fn, calls.map((c) => table.lookup(calleeOf(c)!.root)).filter((t): t is Operation => t !== undefined && nodes.includes(t)));
    }
    let optimizer: PassManager | null = null;
    if (ctx.options['default-pipeline'] !== '') {
      optimizer = new PassManager(module.context, 'any');
      addPipelineText(optimizer, ctx.options['default-pipeline']);
    }
    // Uses of each symbol, kept up to date as calls are inlined and callables erased, so that
    // a private callable is erased when its last use goes (MLIR's CGUseList).
    const uses = new Map<string, number>();
    const count = (op: Operation, delta: number) => {
      for (const u of collectSymbolRefs(op)) uses.set(u.ref.root, (uses.get(u.ref.root) ?? 0) + delta);
    };
    for (const block of module.regions[0].blocks) for (const op of block) count(op, 1);
    // A callable's references to itself do not keep it alive.
    const isDead = (fn: Operation) => {
      const sym = getSymbolName(fn);
      if (sym === undefined || symbolVisibility(fn) !== 'private' || fn.regions[0]?.empty) return false;
      let self = 0;
      for (const u of collectSymbolRefs(fn)) if (u.ref.root === sym) self++;
      return (uses.get(sym) ?? 0) - self === 0;
    };
    let inlined = 0;
    let erased = 0;
    const erase = (fn: Operation) => {
      count(fn, -1);
      table.remove(fn);
      fn.erase();
      erased++;
    };
    for (const scc of sccs(nodes, edges)) {
      for (const fn of scc) {
        if (!fn.parent) continue;
        if (isDead(fn)) {
          erase(fn);
          continue;
        }
        // As MLIR: optimise, inline, and again while inlining changed something.
        for (let iteration = 0; iteration < ctx.options['max-iterations']; iteration++) {
          if (optimizer && !optimizer.run(fn)) {
            ctx.signalPassFailure();
            return;
          }
          let changed = false;
          for (const call of callsIn.get(fn) ?? []) {
            if (!call.parent) continue;
            const callee = table.lookup(calleeOf(call)!.root);
            // Calls within the SCC are recursive: inlining them would not terminate.
            if (!callee || scc.includes(callee) || call.getAttr('no_inline') || callee.getAttr('no_inline')) continue;
            count(call, -1);
            const block = call.parent;
            const before = new Set<Operation>(block.operations);
            if (!inlineCall(call, callee)) {
              count(call, 1);
              continue;
            }
            for (const op of block.operations) if (!before.has(op)) count(op, 1);
            inlined++;
            changed = true;
            if (isDead(callee)) erase(callee);
          }
          if (!changed) break;
          // Calls that came in with inlined bodies are direct calls of this function now.
          const calls: Operation[] = [];
          fn.walk((o) => void (calleeOf(o) && calls.push(o)));
          callsIn.set(fn, calls);
        }
      }
    }
    ctx.addStatistic('num-inlined', inlined);
    ctx.addStatistic('num-erased', erased);
  },
});
