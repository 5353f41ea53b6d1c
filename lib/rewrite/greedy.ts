// The greedy pattern driver, as MLIR's: a worklist; erase dead ops, else fold, else apply the best
// pattern; constants de-duplicated and hoisted each iteration; an iteration limit; a convergence report.
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import { Value } from '../ir/value.js';
import type { InsertionPoint } from '../ir/builder.js';
import type { Block } from '../ir/block.js';
import type { Location } from '../ir/location.js';
import { isTriviallyDead } from './effects.js';
import { OperationFolder } from './folder.js';
import { constantValue, foldOp, materializerOf } from './op-hooks.js';
import type { FrozenPatternSet, RewritePattern } from './pattern.js';
import { PatternRewriter, type RewriterListener } from './rewriter.js';
import { simplifyRegions } from './region-simplify.js';
import { fingerprint } from './fingerprint.js';
import { Worklist, seedWalk } from './worklist.js';

/** How the driver runs. Defaults are MLIR's. */
export interface GreedyRewriteConfig {
  /** Seed the worklist in pre-order and process it in program order (default true). */
  readonly topDown?: boolean;
  /** Iterations over the whole region before giving up; -1 for no limit (default 10). */
  readonly maxIterations?: number;
  /** Pattern applications per iteration before giving up; -1 for no limit (default -1). */
  readonly maxNumRewrites?: number;
  /** Erase unreachable blocks ('normal', the default) and also merge identical blocks ('aggressive'). */
  readonly regionSimplify?: 'disabled' | 'normal' | 'aggressive';
  /** Fold ops through their fold hooks (default true). */
  readonly fold?: boolean;
  /** De-duplicate and hoist constants (default true). */
  readonly cseConstants?: boolean;
  /** Which ops patterns may apply to: any, those present at the start, or those and ops created since. */
  readonly strictMode?: 'any' | 'existing' | 'existing-and-new';
  /** Also told about every change. */
  readonly listener?: RewriterListener;
  /**
   * Fingerprint the IR around every pattern application and throw when a pattern reports
   * success without changing anything, or changes the IR and reports failure (slow; for tests).
   */
  readonly expensiveChecks?: boolean;
}

/** What a greedy run did. */
export interface GreedyResult {
  /** True when the last iteration changed nothing. */
  readonly converged: boolean;
  /** True when anything changed. */
  readonly changed: boolean;
  readonly iterations: number;
  /**
   * When not converged: the patterns that still applied in the last iteration, most
   * frequent first — the likely cause of a rewrite that does not terminate.
   */
  readonly activePatterns: readonly string[];
  /** Set when one iteration was cut short because patterns kept applying (a rewrite loop). */
  readonly runaway: boolean;
}

/** A cap on rewrites in one iteration, far above what converging rewrites need, that stops rewrite loops. */
function runawayLimit(initialOps: number): number {
  return 64 * initialOps + 10_000;
}

class GreedyDriver implements RewriterListener {
  readonly rewriter: PatternRewriter;
  readonly worklist = new Worklist();
  readonly folder: OperationFolder;
  private readonly strict: Set<Operation> | null;
  private readonly applied = new Map<string, number>();
  /** Set while the seed walk runs: what it erases or moves is not queued (the seeds replace the list). */
  private seeding = false;
  /**
   * False while no region under the driven one can have more than one block (none had at
   * the seed walk, and no block or op with regions was inserted since), when region
   * simplification, which only acts on regions of several blocks, has nothing to do.
   */
  mayHaveMultiBlockRegions = true;

  constructor(
    private readonly region: Region,
    private readonly patterns: FrozenPatternSet,
    private readonly config: GreedyRewriteConfig,
  ) {
    const ctx = region.parent!.context;
    this.rewriter = new PatternRewriter(ctx, this);
    this.folder = new OperationFolder(this.rewriter);
    this.strict = (config.strictMode ?? 'any') === 'any' ? null : new Set();
    if (this.strict) for (const b of region.blocks) for (const o of b) o.walk((x) => void this.strict!.add(x));
  }

  // ---- listener: keeps the worklist in step with the IR

  /** Adds `op` and its ancestors up to the driven region (a change inside may enable a rewrite of a parent). */
  addToWorklist(op: Operation): void {
    if (this.seeding) return;
    const chain: Operation[] = [];
    for (let o: Operation | null = op; o; ) {
      chain.push(o);
      const r: Region | null = o.parentRegion;
      if (r === this.region) {
        for (const x of chain) if (!this.strict || this.strict.has(x)) this.worklist.push(x);
        return;
      }
      if (!r) return;
      o = r.parent;
    }
  }

  notifyOperationInserted(op: Operation, previous: InsertionPoint | null): void {
    this.config.listener?.notifyOperationInserted?.(op, previous);
    if (this.config.strictMode === 'existing-and-new') this.strict!.add(op);
    if (op.regions.length) this.mayHaveMultiBlockRegions = true;
    this.addToWorklist(op);
  }
  notifyOperationModified(op: Operation): void {
    this.config.listener?.notifyOperationModified?.(op);
    // A change in place may have added blocks to the op's regions.
    if (op.regions.length) this.mayHaveMultiBlockRegions = true;
    this.addToWorklist(op);
  }
  notifyOperationReplaced(op: Operation, values: readonly Value[]): void {
    this.config.listener?.notifyOperationReplaced?.(op, values);
  }
  notifyOperationErased(op: Operation): void {
    this.config.listener?.notifyOperationErased?.(op);
    // Operands that will be left with at most one use may now fold or die.
    for (const slot of op.operandSlots) {
      const v = slot.value;
      const def = v.definingOp;
      if (!def) continue;
      let others = 0;
      for (let u = v.firstUse; u && others < 2; u = u.nextUse) if (u.owner !== op) others++;
      if (others < 2) this.addToWorklist(def);
    }
    this.worklist.remove(op);
    this.folder.notifyRemoval(op);
    this.strict?.delete(op);
  }
  notifyBlockInserted(block: Block, previous: Region | null): void {
    this.config.listener?.notifyBlockInserted?.(block, previous);
    this.mayHaveMultiBlockRegions = true;
  }
  notifyBlockErased(block: Block): void {
    this.config.listener?.notifyBlockErased?.(block);
  }
  notifyMatchFailure(location: Location, reason: string): void {
    this.config.listener?.notifyMatchFailure?.(location, reason);
  }

  // ---- the loop

  /** Seeds the worklist with every op of the region; constants are uniqued on the way in (and not queued when they were). */
  seed(): number {
    this.folder.clear();
    const cse = this.config.cseConstants ?? true;
    const topDown = this.config.topDown ?? true;
    // A duplicate constant erased here notifies its users as changed; the seeds queue them anyway.
    this.seeding = true;
    this.worklist.clear();
    const { ops, multiBlock } = seedWalk(this.region, topDown, this.worklist.token, this.strict, (op) => {
      if (!cse) return true;
      const value = constantValue(op);
      return value === undefined || this.folder.insertKnownConstant(op, value);
    });
    this.seeding = false;
    this.mayHaveMultiBlockRegions = multiBlock;
    // Top-down pops in pre-order; bottom-up pops the last op of the post-order first, as MLIR.
    this.worklist.reset(ops, !topDown);
    return ops.length;
  }

  /** Processes the worklist; returns whether anything changed and whether it was cut short. */
  processWorklist(initialOps: number): { changed: boolean; runaway: boolean } {
    let changed = false;
    let numRewrites = 0;
    const max = this.config.maxNumRewrites ?? -1;
    const limit = runawayLimit(initialOps);
    const fold = this.config.fold ?? true;
    this.applied.clear();
    while (max < 0 || numRewrites < max) {
      const op = this.worklist.pop();
      if (!op) break;
      if (numRewrites > limit) return { changed, runaway: true };
      if (isTriviallyDead(op)) {
        this.rewriter.eraseOp(op);
        changed = true;
        continue;
      }
      // Constants are never folded: they would fold to their attribute and be rematerialised forever.
      if (fold && !op.hasTrait('ConstantLike') && this.tryFold(op)) {
        changed = true;
        continue;
      }
      const pattern = this.applyPatterns(op);
      if (pattern) {
        changed = true;
        numRewrites++;
        this.applied.set(pattern.name, (this.applied.get(pattern.name) ?? 0) + 1);
      }
    }
    return { changed, runaway: false };
  }

  private tryFold(op: Operation): boolean {
    const results = foldOp(op);
    if (results === undefined) return false;
    if (results === 'in-place') {
      this.notifyOperationModified(op);
      return true;
    }
    const saved = this.rewriter.insertionPoint;
    this.rewriter.setInsertionPointBefore(op);
    const replacements: Value[] = [];
    const created: Operation[] = [];
    const materialize = materializerOf(op.name.dialect);
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      if (r instanceof Value) {
        replacements.push(r);
        continue;
      }
      const c = materialize?.(this.rewriter, r, op.result(i).type, op.location);
      if (!c) {
        for (const x of created) this.rewriter.eraseOp(x);
        this.rewriter.insertionPoint = saved;
        return false;
      }
      created.push(c);
      replacements.push(c.result(0));
    }
    this.rewriter.insertionPoint = saved;
    this.rewriter.replaceOp(op, replacements);
    return true;
  }

  private applyPatterns(op: Operation): RewritePattern | undefined {
    const patterns = this.patterns.patternsFor(op.name);
    if (patterns.length === 0) return undefined;
    const rewriter = this.rewriter;
    const saved = rewriter.insertionPoint;
    rewriter.setInsertionPointBefore(op);
    const here = rewriter.insertionPoint;
    const listener = this.config.listener;
    let applied: RewritePattern | undefined;
    for (const p of patterns) {
      // A failed pattern may have moved the insertion point; the next one starts before `op` again.
      rewriter.insertionPoint = here;
      listener?.notifyPatternBegin?.(p, op);
      const scope = this.config.expensiveChecks ? this.region.parent! : null;
      const before = scope ? fingerprint(scope) : '';
      const ok = p.matchAndRewrite(op, rewriter);
      if (scope) {
        const same = fingerprint(scope) === before;
        if (ok && same) throw new Error(`pattern '${p.name}' returned success but did not change the IR`);
        if (!ok && !same) throw new Error(`pattern '${p.name}' returned failure but changed the IR`);
      }
      listener?.notifyPatternEnd?.(p, ok);
      if (ok) {
        applied = p;
        break;
      }
    }
    rewriter.insertionPoint = saved;
    return applied;
  }

  /** Pattern names applied in the last iteration, most often first. */
  activePatterns(): string[] {
    return [...this.applied.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
  }
}

/** Applies `patterns` and folds to every op in `region` until nothing changes or a limit is hit. */
export function applyPatternsGreedilyInRegion(region: Region, patterns: FrozenPatternSet, config: GreedyRewriteConfig = {}): GreedyResult {
  const driver = new GreedyDriver(region, patterns, config);
  const maxIterations = config.maxIterations ?? 10;
  const simplify = config.regionSimplify ?? 'normal';
  let iteration = 0;
  let continueRewrites = false;
  let changedAny = false;
  let runaway = false;
  do {
    if (maxIterations >= 0 && ++iteration > maxIterations) break;
    if (maxIterations < 0) iteration++;
    const seeded = driver.seed();
    const r = driver.processWorklist(seeded);
    continueRewrites = r.changed;
    if (simplify !== 'disabled' && driver.mayHaveMultiBlockRegions) continueRewrites = simplifyRegions(driver.rewriter, [region], simplify === 'aggressive') || continueRewrites;
    changedAny ||= continueRewrites;
    if (r.runaway) {
      runaway = true;
      break;
    }
  } while (continueRewrites);
  return {
    converged: !continueRewrites,
    changed: changedAny,
    iterations: Math.min(iteration, maxIterations < 0 ? iteration : maxIterations),
    activePatterns: continueRewrites ? driver.activePatterns() : [],
    runaway,
  };
}

/** Applies the greedy driver to each region of `op` (which should be isolated from above); results are combined. */
export function applyPatternsGreedily(op: Operation, patterns: FrozenPatternSet, config: GreedyRewriteConfig = {}): GreedyResult {
  let converged = true;
  let changed = false;
  let iterations = 0;
  let runaway = false;
  const active = new Set<string>();
  for (const region of op.regions) {
    const r = applyPatternsGreedilyInRegion(region, patterns, config);
    converged &&= r.converged;
    changed ||= r.changed;
    runaway ||= r.runaway;
    iterations = Math.max(iterations, r.iterations);
    for (const p of r.activePatterns) active.add(p);
  }
  return { converged, changed, iterations, activePatterns: [...active], runaway };
}
