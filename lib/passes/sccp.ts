// sccp: sparse conditional constant propagation through folds, as MLIR's. Only blocks that can
// execute are visited: branches (through the branch interface's successor operands) and scf's
// region ops (if, for, while, index_switch, execute_region) follow only the edges that a known
// condition allows, and block arguments and region results join the values of those edges.
import { definePass } from '../pass/pass.js';
import { Attribute, DenseArrayAttr, DenseElementsAttr, IntegerAttr } from '../ir/attributes.js';
import type { Block } from '../ir/block.js';
import type { Region } from '../ir/region.js';
import type { Operation } from '../ir/operation.js';
import { Value } from '../ir/value.js';
import { getSuccessorOperands } from '../dialect/interfaces.js';
import { constantValue, foldOp } from '../rewrite/op-hooks.js';
import { OperationFolder } from '../rewrite/folder.js';
import { PatternRewriter } from '../rewrite/rewriter.js';
import { isTriviallyDead } from '../rewrite/effects.js';

/** The lattice: a constant, or overdefined (not a single constant). Absent values are not known yet. */
type LatticeValue = Attribute | 'overdefined';

/** The integer a lattice value holds, 'overdefined' when it is not one constant, undefined when unknown yet. */
function intOf(x: LatticeValue | undefined): bigint | 'overdefined' | undefined {
  if (x === undefined || x === 'overdefined') return x;
  return x instanceof IntegerAttr ? BigInt.asIntN(64, x.value) : 'overdefined';
}

/** The integer case values of a cf.switch or scf.index_switch (a dense elements or dense array attribute). */
function caseValues(a: Attribute | undefined): bigint[] {
  if (a instanceof DenseElementsAttr) {
    const n = 'shape' in a.type ? (a.type.shape as number[]).reduce((x, y) => x * y, 1) : 0;
    return Array.from({ length: n }, (_, i) => BigInt.asIntN(64, BigInt(a.at(i) as bigint | number)));
  }
  if (a instanceof DenseArrayAttr) return a.values.map((v) => BigInt.asIntN(64, BigInt(v)));
  return [];
}

/** The index of the case `flag` selects among `cases`, -1 for the default, undefined when unknown or overdefined. */
function caseIndex(flag: bigint | 'overdefined' | undefined, cases: bigint[]): number | 'all' | undefined {
  if (flag === undefined) return undefined;
  if (flag === 'overdefined') return 'all';
  return cases.indexOf(flag);
}

/**
 * Computes the constant value of every value under `root` that can execute and that folding
 * proves constant; `dialects` receives, for each constant, the dialect that produced it (which
 * materialises it, as MLIR's lattice records).
 */
export function propagateConstants(root: Operation, dialects = new Map<Value, string>()): Map<Value, LatticeValue> {
  const lattice = new Map<Value, LatticeValue>();
  const executable = new Set<Block>();
  let changed = false;
  const join = (v: Value, x: LatticeValue | undefined, dialect?: string): void => {
    const old = lattice.get(v);
    if (x === undefined || old === x || old === 'overdefined') return;
    lattice.set(v, old === undefined ? x : 'overdefined');
    if (old === undefined && dialect !== undefined) dialects.set(v, dialect);
    changed = true;
  };
  const forward = (from: readonly Value[], to: readonly Value[]): void => {
    to.forEach((t, i) => (i < from.length ? join(t, lattice.get(from[i]), dialects.get(from[i])) : join(t, 'overdefined')));
  };
  const reach = (block: Block): void => {
    if (executable.has(block)) return;
    executable.add(block);
    changed = true;
  };
  /** Control enters `region` with `inputs` for its entry arguments (all overdefined when absent). */
  const enter = (region: Region, inputs?: readonly Value[]): void => {
    const entry = region.entry;
    if (!entry) return;
    reach(entry);
    if (inputs) forward(inputs, entry.arguments);
    else for (const a of entry.arguments) join(a, 'overdefined');
  };
  const enterLoopBody = (loop: Operation, inits: readonly Value[]): void => {
    const entry = loop.regions[0].entry;
    if (!entry) return;
    reach(entry);
    join(entry.arguments[0], 'overdefined');
    forward(inits, entry.arguments.slice(1));
  };
  /** Region ops whose control flow is known: which regions run, what flows in. False for other ops. */
  const visitRegionOp = (op: Operation): boolean => {
    switch (op.name.name) {
      case 'scf.if': {
        const c = intOf(lattice.get(op.operand(0)));
        if (c === undefined) return true;
        if (c === 'overdefined' || c !== 0n) enter(op.regions[0], []);
        if (c === 'overdefined' || c === 0n) enter(op.regions[1], []);
        return true;
      }
      case 'scf.execute_region':
        enter(op.regions[0], []);
        return true;
      case 'scf.for': {
        // The loop may run zero times: the results see the initial values too.
        const inits = op.operands.slice(3);
        enterLoopBody(op, inits);
        forward(inits, op.results);
        return true;
      }
      case 'scf.while':
        enter(op.regions[0], op.operands);
        return true;
      case 'scf.index_switch': {
        const i = caseIndex(intOf(lattice.get(op.operand(0))), caseValues(op.getAttr('cases')));
        if (i === undefined) return true;
        op.regions.forEach((r, k) => {
          if (i === 'all' || k === i + 1) enter(r, []);
        });
        return true;
      }
      default:
        return false;
    }
  };
  /** Terminators of scf regions: forward to the parent's results or to a region's arguments. */
  const visitRegionTerminator = (op: Operation): void => {
    const parent = op.parentOp;
    if (!parent) return;
    const kind = parent.name.name;
    if (op.name.name === 'scf.condition' && kind === 'scf.while') {
      const c = intOf(lattice.get(op.operand(0)));
      if (c === undefined) return;
      const args = op.operands.slice(1);
      if (c === 'overdefined' || c !== 0n) enter(parent.regions[1], args);
      if (c === 'overdefined' || c === 0n) forward(args, parent.results);
      return;
    }
    if (op.name.name !== 'scf.yield') return;
    if (kind === 'scf.if' || kind === 'scf.execute_region' || kind === 'scf.index_switch') forward(op.operands, parent.results);
    else if (kind === 'scf.for') {
      forward(op.operands, parent.results);
      forward(op.operands, parent.regions[0].entry!.arguments.slice(1));
    } else if (kind === 'scf.while') forward(op.operands, parent.regions[0].entry!.arguments);
  };
  /** The successors a branch can take given what is known of its condition or flag. */
  const liveSuccessors = (op: Operation): number[] | undefined => {
    const all = op.successors.map((_, i) => i);
    if (op.name.name === 'cf.cond_br') {
      const c = intOf(lattice.get(op.operand(0)));
      return c === undefined ? undefined : c === 'overdefined' ? all : [c !== 0n ? 0 : 1];
    }
    if (op.name.name === 'cf.switch') {
      const i = caseIndex(intOf(lattice.get(op.operand(0))), caseValues(op.getAttr('case_values')));
      return i === undefined ? undefined : i === 'all' ? all : [i + 1];
    }
    return all;
  };
  // As in MLIR, liveness is per edge between blocks: when one successor of the branch is live,
  // every successor slot that targets the same block forwards its operands.
  const visitBranch = (op: Operation): void => {
    const live = new Set((liveSuccessors(op) ?? []).map((i) => op.successors[i]));
    op.successors.forEach((dest, i) => {
      if (!live.has(dest)) return;
      reach(dest);
      const operands = getSuccessorOperands(op, i);
      if (operands) forward(operands, dest.arguments);
      else for (const a of dest.arguments) join(a, 'overdefined');
    });
  };
  const visit = (op: Operation): void => {
    if (op.successors.length) return visitBranch(op);
    if (op.regions.length) {
      if (visitRegionOp(op)) return;
      for (const r of op.regions) enter(r);
      for (const r of op.results) join(r, 'overdefined');
      return;
    }
    if (op.hasTrait('Terminator')) return visitRegionTerminator(op);
    if (op.numResults === 0) return;
    const c = constantValue(op);
    if (c !== undefined) return join(op.result(0), c, op.name.dialect);
    const operands = op.operands.map((v) => lattice.get(v));
    // Wait for operands that are not known yet.
    if (operands.some((x) => x === undefined)) return;
    const attrs = operands.map((x) => (x === 'overdefined' ? undefined : x));
    // A fold may change the op in place; analysis must not, so the op is restored afterwards.
    const saved = { operands: op.operands, attributes: op.attributes, properties: op.properties };
    const folded = foldOp(op, attrs);
    if (folded === 'in-place') {
      op.setOperands(saved.operands);
      op.attributes = saved.attributes;
      op.properties = saved.properties;
    }
    op.results.forEach((r, i) => {
      const f = Array.isArray(folded) ? folded[i] : undefined;
      const x: LatticeValue | undefined = f === undefined ? 'overdefined' : f instanceof Value ? lattice.get(f) : f;
      join(r, x ?? 'overdefined', f instanceof Value ? dialects.get(f) : op.name.dialect);
    });
  };
  for (const r of root.regions) enter(r);
  // The lattice only rises and blocks only become executable, so the sweeps end.
  do {
    changed = false;
    root.walk((op) => {
      if (op !== root && op.parent && executable.has(op.parent)) visit(op);
    }, 'pre');
  } while (changed);
  return lattice;
}

export const sccpPass = definePass({
  name: 'sccp',
  displayName: 'SCCP',
  summary: 'Sparse Conditional Constant Propagation',
  statistics: { 'num-replaced': 'Number of values replaced by constants', 'num-erased': 'Number of ops erased' },
  run(ctx) {
    const dialects = new Map<Value, string>();
    const lattice = propagateConstants(ctx.op, dialects);
    const rewriter = new PatternRewriter(ctx.op.context);
    const folder = new OperationFolder(rewriter);
    let replaced = 0;
    let erased = 0;
    // As MLIR: every value proved constant (constants included) is replaced by a uniqued constant
    // at the front of its insertion region, and an op whose results were all replaced is erased if dead.
    const replace = (v: Value, dialect: string, at: Operation | null): boolean => {
      const x = lattice.get(v);
      if (x === undefined || x === 'overdefined') return false;
      const block = v.parentBlock!;
      const c = folder.getOrCreateConstant(block, dialects.get(v) ?? dialect, x, v.type, at?.location);
      if (!c) return false;
      if (c !== v) {
        v.replaceAllUsesWith(c);
        replaced++;
      }
      return true;
    };
    const regions = [...ctx.op.regions];
    while (regions.length) {
      const region = regions.shift()!;
      for (const block of region.blocks) {
        for (const a of block.arguments) replace(a, block.parentOp?.name.dialect ?? '', null);
        for (const op of block.operations) {
          let all = op.numResults > 0;
          for (const r of op.results) all = replace(r, op.name.dialect, op) && all;
          if (all && op.parent && isTriviallyDead(op)) {
            op.erase();
            erased++;
            continue;
          }
          regions.push(...op.regions);
        }
      }
    }
    ctx.addStatistic('num-replaced', replaced);
    ctx.addStatistic('num-erased', erased);
    if (replaced === 0) ctx.markAllAnalysesPreserved();
  },
});
