// ConversionTarget: which ops are legal after a conversion — by op, by dialect, or by a predicate.
import type { Operation } from '../../ir/operation.js';

/** What the target says about an op: legal, illegal (must be converted), or unknown (not mentioned). */
export type Legality = 'legal' | 'illegal' | 'unknown';

type Rule = { kind: 'legal' } | { kind: 'illegal' } | { kind: 'dynamic'; isLegal: (op: Operation) => boolean };

/** Legality rules; a rule for an op name wins over its dialect's, which wins over the unknown-op rule. */
export class ConversionTarget {
  private readonly ops = new Map<string, Rule>();
  private readonly dialects = new Map<string, Rule>();
  private unknownRule: Rule | null = null;
  private readonly recursivelyLegal = new Map<string, ((op: Operation) => boolean) | null>();

  addLegalOp(...names: string[]): this {
    for (const n of names) this.ops.set(n, { kind: 'legal' });
    return this;
  }
  addIllegalOp(...names: string[]): this {
    for (const n of names) this.ops.set(n, { kind: 'illegal' });
    return this;
  }
  /** Legal when `isLegal` holds for the op. */
  addDynamicallyLegalOp(names: string | readonly string[], isLegal: (op: Operation) => boolean): this {
    for (const n of typeof names === 'string' ? [names] : names) this.ops.set(n, { kind: 'dynamic', isLegal });
    return this;
  }
  addLegalDialect(...names: string[]): this {
    for (const n of names) this.dialects.set(n, { kind: 'legal' });
    return this;
  }
  addIllegalDialect(...names: string[]): this {
    for (const n of names) this.dialects.set(n, { kind: 'illegal' });
    return this;
  }
  addDynamicallyLegalDialect(names: string | readonly string[], isLegal: (op: Operation) => boolean): this {
    for (const n of typeof names === 'string' ? [names] : names) this.dialects.set(n, { kind: 'dynamic', isLegal });
    return this;
  }
  /** Ops no rule mentions are legal when `isLegal` holds (else they stay unknown). */
  markUnknownOpDynamicallyLegal(isLegal: (op: Operation) => boolean): this {
    this.unknownRule = { kind: 'dynamic', isLegal };
    return this;
  }
  /** Legal ops named `name` make everything nested in them legal too (when `when` holds, if given). */
  markOpRecursivelyLegal(name: string, when?: (op: Operation) => boolean): this {
    this.recursivelyLegal.set(name, when ?? null);
    return this;
  }

  /** The legality of `op`. */
  legality(op: Operation): Legality {
    const rule = this.ops.get(op.name.name) ?? this.dialects.get(op.name.dialect) ?? this.unknownRule;
    if (!rule) return 'unknown';
    if (rule.kind === 'dynamic') return rule.isLegal(op) ? 'legal' : rule === this.unknownRule ? 'unknown' : 'illegal';
    return rule.kind;
  }

  /** True when `op` is legal and its body should not be converted. */
  isRecursivelyLegal(op: Operation): boolean {
    if (!this.recursivelyLegal.has(op.name.name)) return false;
    const when = this.recursivelyLegal.get(op.name.name);
    return this.legality(op) === 'legal' && (!when || when(op));
  }
}
