// Op checks, and their composition into one function per op definition.
import type { Operation } from '../ir/operation.js';

/** A check of one op: emits on failure and returns false. */
export type Check = (op: Operation) => boolean;

/**
 * Runs `checks` in order, stopping at the first that fails; null when there are none. The
 * common lengths get their own functions, and the loop is indexed: verifiers run per op, and
 * a for-of iterator is an allocation per op whenever V8 runs this code unoptimised.
 */
export function inOrder(checks: readonly Check[]): Check | null {
  if (checks.length === 0) return null;
  if (checks.length === 1) return checks[0];
  const list = [...checks];
  if (list.length === 2) {
    const [a, b] = list;
    return (op) => a(op) && b(op);
  }
  return (op) => {
    for (let i = 0; i < list.length; i++) if (!list[i](op)) return false;
    return true;
  };
}
