// The conversion driver: legalises every op against a target with conversion patterns, recursively
// legalising what the patterns create, and rolls everything back when an op cannot be legalised.
import type { Operation } from '../../ir/operation.js';
import type { Value } from '../../ir/value.js';
import { ConversionPatternRewriter } from './rewriter.js';
import type { ConversionTarget } from './target.js';
import type { ConversionPattern } from './pattern.js';


/** The outcome: success, and the ops that could not be legalised (each also reported as an error). */
export interface ConversionResult {
  readonly ok: boolean;
  readonly failed: readonly Operation[];
}

class Legalizer {
  private readonly byRoot = new Map<string, ConversionPattern[]>();
  private readonly anyRoot: ConversionPattern[] = [];
  private readonly active = new Set<ConversionPattern>();

  constructor(
    readonly rewriter: ConversionPatternRewriter,
    readonly target: ConversionTarget,
    patterns: readonly ConversionPattern[],
    readonly full: boolean,
  ) {
    for (const p of patterns) {
      if (p.root === null) this.anyRoot.push(p);
      else (this.byRoot.get(p.root) ?? this.byRoot.set(p.root, []).get(p.root)!).push(p);
    }
  }

  private patternsFor(op: Operation): ConversionPattern[] {
    return [...(this.byRoot.get(op.name.name) ?? []), ...this.anyRoot].sort((a, b) => b.benefit - a.benefit);
  }

  /** Makes `op` legal, trying patterns by benefit; returns false when none works. */
  legalize(op: Operation): boolean {
    if (!this.rewriter.isAlive(op)) return true;
    const legality = this.target.legality(op);
    if (legality === 'legal') return true;
    const rw = this.rewriter;
    for (const pattern of this.patternsFor(op)) {
      // A pattern is not applied to what it is itself creating: that would recurse without end.
      if (this.active.has(pattern)) continue;
      const checkpoint = rw.checkpoint;
      rw.setInsertionPointBefore(op);
      rw.typeConverter = pattern.typeConverter ?? null;
      const operands = this.operandsFor(op, pattern);
      this.active.add(pattern);
      let ok = operands !== null && pattern.matchAndRewrite(op, operands, rw);
      if (ok) {
        const { created, modified } = rw.changesSince(checkpoint);
        ok = created.every((c) => this.legalize(c)) && modified.every((m) => m === op || this.legalize(m));
        if (ok && rw.isAlive(op) && this.target.legality(op) === 'illegal') ok = false;
      }
      this.active.delete(pattern);
      rw.typeConverter = null;
      if (ok) return true;
      rw.rollback(checkpoint);
    }
    return legality === 'unknown' && !this.full;
  }

  /** The remapped operands of `op`, materialised to converted types when the pattern has a converter. */
  private operandsFor(op: Operation, pattern: ConversionPattern): Value[] | null {
    const rw = this.rewriter;
    const tc = pattern.typeConverter;
    const out: Value[] = [];
    for (const original of op.operands) {
      const v = rw.getRemappedValue(original);
      if (!tc) {
        out.push(v);
        continue;
      }
      const want = tc.convertType(original.type);
      if (want === undefined) return null;
      out.push(v.type === want ? v : rw.materialize('target', want, [v], op.location));
    }
    return out;
  }
}

/** The ops under `root` in pre-order, not entering ops the target marks recursively legal. */
function collectOps(root: Operation, target: ConversionTarget): Operation[] {
  const ops: Operation[] = [];
  for (const r of root.regions) {
    for (const b of r.blocks) {
      for (const op of b) {
        op.walk((o) => {
          ops.push(o);
          return target.isRecursivelyLegal(o) ? 'skip' : 'advance';
        }, 'pre');
      }
    }
  }
  return ops;
}

function convert(root: Operation, target: ConversionTarget, patterns: readonly ConversionPattern[], full: boolean): ConversionResult {
  const rewriter = new ConversionPatternRewriter(root.context);
  rewriter.root = root;
  const legalizer = new Legalizer(rewriter, target, patterns, full);
  const failed: Operation[] = [];
  for (const op of collectOps(root, target)) {
    if (!rewriter.isAlive(op)) continue;
    if (!legalizer.legalize(op)) failed.push(op);
  }
  if (failed.length) {
    for (const op of failed) {
      const marked = target.legality(op) === 'illegal' ? ' that was explicitly marked illegal' : '';
      op.emitError(`failed to legalize operation '${op.name.name}'${marked}`);
    }
    rewriter.rollback(0);
    return { ok: false, failed };
  }
  const stillUsed = rewriter.commit();
  if (stillUsed.length) {
    for (const op of stillUsed) op.emitError(`failed to legalize operation '${op.name.name}': it was erased but its results are still used`);
    rewriter.rollback(0);
    return { ok: false, failed: stillUsed };
  }
  return { ok: true, failed: [] };
}

/**
 * Converts the ops under `root` so that every op the target marks illegal is rewritten;
 * ops the target does not mention may stay. On failure nothing is changed.
 */
export function applyPartialConversion(root: Operation, target: ConversionTarget, patterns: readonly ConversionPattern[]): ConversionResult {
  return convert(root, target, patterns, false);
}

/** Converts the ops under `root` so that every op is legal for the target. On failure nothing is changed. */
export function applyFullConversion(root: Operation, target: ConversionTarget, patterns: readonly ConversionPattern[]): ConversionResult {
  return convert(root, target, patterns, true);
}
