// sccp: sparse constant propagation through folds. Straight-line code and nested regions are
// handled; values that flow through block arguments are unknown until cf/scf provide the
// branch interfaces that say where successor operands go.
import { definePass } from '../pass/pass.js';
import type { Attribute } from '../ir/attributes.js';
import type { Operation } from '../ir/operation.js';
import { Value } from '../ir/value.js';
import { constantValue, foldOp } from '../rewrite/op-hooks.js';
import { OperationFolder } from '../rewrite/folder.js';
import { PatternRewriter } from '../rewrite/rewriter.js';
import { isTriviallyDead } from '../rewrite/effects.js';

/** The lattice: a constant, or overdefined (not a single constant). Absent values are not known yet. */
type LatticeValue = Attribute | 'overdefined';

/** Computes the constant value of every value under `root` that folding proves constant. */
export function propagateConstants(root: Operation): Map<Value, LatticeValue> {
  const lattice = new Map<Value, LatticeValue>();
  const set = (v: Value, x: LatticeValue): boolean => {
    const old = lattice.get(v);
    if (old === x || old === 'overdefined') return false;
    lattice.set(v, old === undefined ? x : 'overdefined');
    return true;
  };
  const visit = (op: Operation): boolean => {
    let changed = false;
    for (const r of op.regions) for (const b of r.blocks) for (const a of b.arguments) changed = set(a, 'overdefined') || changed;
    if (op.numResults === 0) return changed;
    const c = constantValue(op);
    if (c !== undefined) return set(op.result(0), c) || changed;
    const operands = op.operands.map((v) => lattice.get(v));
    // Wait for operands that are not known yet (only possible in graph regions).
    if (operands.some((x) => x === undefined)) return changed;
    const attrs = operands.map((x) => (x === 'overdefined' ? undefined : x));
    // A fold may change the op in place; analysis must not, so the op is restored afterwards.
    const saved = { operands: op.operands, attributes: op.attributes, properties: op.properties };
    const folded = op.regions.length ? undefined : foldOp(op, attrs);
    if (folded === 'in-place') {
      op.setOperands(saved.operands);
      op.attributes = saved.attributes;
      op.properties = saved.properties;
    }
    op.results.forEach((r, i) => {
      const f = Array.isArray(folded) ? folded[i] : undefined;
      const x: LatticeValue | undefined = f === undefined ? 'overdefined' : f instanceof Value ? lattice.get(f) : f;
      changed = set(r, x ?? 'overdefined') || changed;
    });
    return changed;
  };
  for (let changed = true, sweeps = 0; changed && sweeps < 100; sweeps++) {
    changed = false;
    root.walk((op) => {
      if (op !== root) changed = visit(op) || changed;
    }, 'pre');
  }
  return lattice;
}

export const sccpPass = definePass({
  name: 'sccp',
  displayName: 'SCCP',
  summary: 'Sparse Conditional Constant Propagation',
  statistics: { 'num-replaced': 'Number of values replaced by constants', 'num-erased': 'Number of ops erased' },
  run(ctx) {
    const lattice = propagateConstants(ctx.op);
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
      const c = folder.getOrCreateConstant(block, dialect, x, v.type, at?.location);
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
