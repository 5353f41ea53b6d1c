// Analyses computed on demand, cached per operation, and invalidated after a pass unless preserved.
import type { Operation } from '../ir/operation.js';

/** An analysis class: constructed from the op it analyses, once per op until invalidated. */
export interface AnalysisClass<T> {
  new (op: Operation, am: AnalysisManager): T;
  /** The name shown in timing reports; the class name when absent. */
  readonly analysisName?: string;
}

/** An analysis may decide itself whether a pass that did not preserve it invalidates it. */
export interface Invalidatable {
  isInvalidated?(preserved: PreservedAnalyses): boolean;
}

/** What a pass keeps valid: everything, or a set of analysis classes. */
export class PreservedAnalyses {
  private all = false;
  private readonly kept = new Set<AnalysisClass<unknown>>();
  preserveAll(): void {
    this.all = true;
  }
  preserve(...classes: AnalysisClass<unknown>[]): void {
    for (const c of classes) this.kept.add(c);
  }
  get isAll(): boolean {
    return this.all;
  }
  isPreserved(c: AnalysisClass<unknown>): boolean {
    return this.all || this.kept.has(c);
  }
}

/** Hooks a pass manager uses to time analyses. */
export interface AnalysisObserver {
  beforeAnalysis(name: string, op: Operation): void;
  afterAnalysis(name: string, op: Operation): void;
}

/**
 * The analyses of one op, and of the ops nested in it (child managers are made on demand).
 * Analyses are keyed by class, so a pass asks for `am.get(DominanceInfo)`.
 */
export class AnalysisManager {
  private readonly cache = new Map<AnalysisClass<unknown>, unknown>();
  private readonly children = new Map<Operation, AnalysisManager>();

  constructor(
    readonly op: Operation,
    private readonly observer: AnalysisObserver | null = null,
    readonly parent: AnalysisManager | null = null,
  ) {}

  /** The analysis `cls` of this op, computed now when it is not cached. */
  get<T>(cls: AnalysisClass<T>): T {
    const cached = this.cache.get(cls);
    if (cached !== undefined) return cached as T;
    const name = cls.analysisName ?? cls.name;
    this.observer?.beforeAnalysis(name, this.op);
    const value = new cls(this.op, this);
    this.observer?.afterAnalysis(name, this.op);
    this.cache.set(cls, value);
    return value;
  }

  /** The analysis `cls` when it is cached, else undefined. */
  getCached<T>(cls: AnalysisClass<T>): T | undefined {
    return this.cache.get(cls) as T | undefined;
  }

  /** The cached analysis `cls` of the closest enclosing op that has one (never computes). */
  getCachedParent<T>(cls: AnalysisClass<T>): T | undefined {
    for (let am = this.parent; am; am = am.parent) {
      const v = am.getCached(cls);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** The manager of `child`, an op nested in this one. */
  nest(child: Operation): AnalysisManager {
    let am = this.children.get(child);
    if (!am) {
      am = new AnalysisManager(child, this.observer, this);
      this.children.set(child, am);
    }
    return am;
  }

  /** Drops every analysis not in `preserved`, here and in nested ops. */
  invalidate(preserved: PreservedAnalyses): void {
    if (preserved.isAll) return;
    for (const [cls, value] of this.cache) {
      if (preserved.isPreserved(cls)) continue;
      const custom = (value as Invalidatable).isInvalidated;
      if (custom && !custom.call(value, preserved)) continue;
      this.cache.delete(cls);
    }
    for (const [op, child] of this.children) {
      // Ops erased by the pass are gone from the IR: forget them rather than keep them alive.
      if (!op.parent && op !== this.op) this.children.delete(op);
      else child.invalidate(preserved);
    }
  }

  /** Forgets everything (the op was rewritten wholesale). */
  clear(): void {
    this.cache.clear();
    this.children.clear();
  }
}
