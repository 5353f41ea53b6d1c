// Rewrite patterns: a root op name (or any), a benefit, and a match-and-rewrite body; frozen sets dispatch by op name.
import type { Operation } from '../ir/operation.js';
import type { MLIRContext, OperationName } from '../ir/context.js';
import type { PatternRewriter } from './rewriter.js';

/** A rewrite of one op. Returns true when it changed the IR, false (changing nothing) otherwise. */
export interface RewritePattern {
  /** The op name the pattern applies to, or null for any op. */
  readonly root: string | null;
  /** Higher benefit patterns are tried first. */
  readonly benefit: number;
  /** Shown in diagnostics (`pattern 'fold-add-zero' did not converge`) and debug output. */
  readonly name: string;
  /** Op names the pattern may create; informational, as MLIR's generatedOps. */
  readonly generatedOps?: readonly string[];
  /** Rewrites `op` through `rewriter` and returns true, or returns false without touching the IR. */
  matchAndRewrite(op: Operation, rewriter: PatternRewriter): boolean;
}

/** What `definePattern` takes. */
export interface PatternSpec {
  readonly name: string;
  /** The root op name; omit (or null) for a pattern that looks at every op. */
  readonly root?: string | null;
  readonly benefit?: number;
  readonly generatedOps?: readonly string[];
  matchAndRewrite(op: Operation, rewriter: PatternRewriter): boolean;
}

/** Defines a pattern; `benefit` defaults to 1. */
export function definePattern(spec: PatternSpec): RewritePattern {
  return Object.freeze({
    name: spec.name,
    root: spec.root ?? null,
    benefit: spec.benefit ?? 1,
    generatedOps: spec.generatedOps,
    matchAndRewrite: spec.matchAndRewrite,
  });
}

/** A mutable list of patterns being collected (MLIR's RewritePatternSet). */
export class RewritePatternSet {
  readonly patterns: RewritePattern[] = [];
  constructor(readonly context?: MLIRContext) {}
  add(...patterns: (RewritePattern | readonly RewritePattern[])[]): this {
    for (const p of patterns) {
      if (Array.isArray(p)) this.patterns.push(...(p as readonly RewritePattern[]));
      else this.patterns.push(p as RewritePattern);
    }
    return this;
  }
  /** The set, frozen for fast dispatch. */
  freeze(options: FreezeOptions = {}): FrozenPatternSet {
    return new FrozenPatternSet(this.patterns, options);
  }
}

/** Options of a frozen set: patterns to leave out or to keep (by name), and a per-op-name source of more. */
export interface FreezeOptions {
  readonly disabled?: readonly string[];
  readonly enabled?: readonly string[];
  /** More patterns for ops of a name, asked once per name (canonicalize reads op definitions this way). */
  readonly provider?: (name: OperationName) => readonly RewritePattern[];
}

/**
 * Patterns indexed by root name. The list for an op name (its own patterns merged with the
 * any-op ones, by decreasing benefit, stable) is built once per name and cached.
 */
export class FrozenPatternSet {
  private readonly byRoot = new Map<string, RewritePattern[]>();
  private readonly anyRoot: RewritePattern[] = [];
  private readonly merged = new Map<OperationName | string, readonly RewritePattern[]>();
  private readonly keep: (p: RewritePattern) => boolean;
  readonly size: number;

  constructor(
    patterns: readonly RewritePattern[],
    private readonly options: FreezeOptions = {},
  ) {
    const disabled = new Set(options.disabled ?? []);
    const enabled = options.enabled && options.enabled.length ? new Set(options.enabled) : null;
    this.keep = (p) => !disabled.has(p.name) && (!enabled || enabled.has(p.name));
    let n = 0;
    for (const p of patterns) {
      if (!this.keep(p)) continue;
      n++;
      if (p.root === null) this.anyRoot.push(p);
      else {
        let list = this.byRoot.get(p.root);
        if (!list) this.byRoot.set(p.root, (list = []));
        list.push(p);
      }
    }
    this.size = n;
  }

  /** The patterns to try on ops named `name`, best first. */
  patternsFor(name: OperationName | string): readonly RewritePattern[] {
    let list = this.merged.get(name);
    if (list === undefined) {
      const text = typeof name === 'string' ? name : name.name;
      const provided = typeof name !== 'string' && this.options.provider ? this.options.provider(name).filter(this.keep) : [];
      list = [...(this.byRoot.get(text) ?? []), ...provided, ...this.anyRoot].sort((a, b) => b.benefit - a.benefit);
      this.merged.set(name, list);
    }
    return list;
  }
}
