// Op checks, and their composition into one function per op definition.
import type { Operation } from '../ir/operation.js';

/** A check of one op: emits on failure and returns false. Region checks also get what the verifier learnt of the nested ops. */
export type Check<Extra = void> = (op: Operation, extra: Extra) => boolean;

/** What the verifier learnt of the ops nested in an op while verifying them, for the op's region checks. */
export interface NestedFacts {
  /** False when no nested op has symbol uses to verify; true when some has, or when that is unknown. */
  readonly symbolUsers: boolean;
  /**
   * True when the verifier's walk below the op (an isolated one) saw every operand defined in
   * the op's region that holds its user, or below: the IsolatedFromAbove check has nothing to
   * find. False when some is not, or when that is unknown.
   */
  readonly operandsInside: boolean;
}

/** The checks marked by `typesOnly`. */
const typeChecks = new WeakSet<Check<never>>();

/**
 * Marks `check` as reading nothing of an op but its operand and result types (and so their
 * counts): it passes for every op with the same types as one it passed for. The verifier skips
 * such checks for an op whose types are those of the last op of its kind that passed all its
 * checks (OpChecks.verifyInvariants); types are interned, so the comparison is by identity.
 */
export function typesOnly<C extends Check>(check: C): C {
  typeChecks.add(check);
  return check;
}

/** Whether `check` was marked by `typesOnly`. */
export function readsTypesOnly<Extra>(check: Check<Extra>): boolean {
  return typeChecks.has(check);
}

/** The checks each `inOrder` composition runs, so that `stepsOf` can splice them into another list. */
const compositions = new WeakMap<Check<never>, readonly Check<never>[]>();

/**
 * Runs `checks` in order, stopping at the first that fails; null when there are none. The
 * common lengths get their own functions, and the loop is indexed: verifiers run per op, and
 * a for-of iterator is an allocation per op whenever V8 runs this code unoptimised.
 */
export function inOrder<Extra = void>(checks: readonly Check<Extra>[]): Check<Extra> | null {
  if (checks.length === 0) return null;
  if (checks.length === 1) return checks[0];
  const list = [...checks];
  let composed: Check<Extra>;
  if (list.length === 2) {
    const [a, b] = list;
    composed = (op, extra) => a(op, extra) && b(op, extra);
  } else {
    composed = (op, extra) => {
      for (let i = 0; i < list.length; i++) if (!list[i](op, extra)) return false;
      return true;
    };
  }
  compositions.set(composed, list);
  return composed;
}

/**
 * The checks that running `check` runs, in order: an `inOrder` composition's, each spliced in
 * likewise, else `check` itself. Running them one after another, stopping at the first that
 * fails, is running `check`; a caller that loops over them saves a call per composition.
 */
export function stepsOf<Extra>(check: Check<Extra>): Check<Extra>[] {
  const parts = compositions.get(check) as readonly Check<Extra>[] | undefined;
  return parts ? parts.flatMap(stepsOf) : [check];
}
