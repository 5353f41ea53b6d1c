// Matching helpers on ts-pattern, so that a pattern body reads like the IR it matches:
// `isMatching({ operands: [P._, constantOp(intValue(0n))] }, op)`.
import { P, isMatching } from 'ts-pattern';
import { IntegerAttr, FloatAttr, Attribute } from '../ir/attributes.js';
import { Operation } from '../ir/operation.js';
import { Value } from '../ir/value.js';
import { constantValueOfValue } from './op-hooks.js';

/** Any ts-pattern pattern (a literal, an object shape, or a P.* pattern). */
// ts-pattern's own Pattern<T> type rejects open shapes such as our helpers; this is what isMatching accepts.
export type AnyPattern = Parameters<typeof isMatching>[0];

function test(pattern: AnyPattern, value: unknown): boolean {
  return isMatching(pattern, value);
}

/** A value defined by a constant op whose value matches `attr` (any constant when omitted). */
export function constantOp(attr?: AnyPattern) {
  return P.when((v: unknown): v is Value => {
    if (!(v instanceof Value)) return false;
    const c = constantValueOfValue(v);
    return c !== undefined && (attr === undefined || test(attr, c));
  });
}

/** A value defined by an op named `name` whose operands match `operands` (when given). */
export function definedBy(name: string, operands?: readonly AnyPattern[]) {
  return P.when((v: unknown): v is Value => {
    if (!(v instanceof Value)) return false;
    const def = v.definingOp;
    if (!def || def.name.name !== name) return false;
    if (!operands) return true;
    return def.numOperands === operands.length && operands.every((p, i) => test(p, def.operand(i)));
  });
}

/** A value with exactly one use. */
export const hasOneUse = P.when((v: unknown): v is Value => v instanceof Value && v.hasOneUse());

/** A value with no uses. */
export const unused = P.when((v: unknown): v is Value => v instanceof Value && v.useEmpty);

/** An integer attribute with value `n` (any integer when omitted). */
export function intValue(n?: bigint) {
  return P.when((a: unknown): a is IntegerAttr => a instanceof IntegerAttr && (n === undefined || a.value === n));
}

/** A float attribute with value `x` (any float when omitted). */
export function floatValue(x?: number) {
  return P.when((a: unknown): a is FloatAttr => a instanceof FloatAttr && (x === undefined || a.value === x));
}

/** An attribute (or anything) equal to `a` — attributes are interned, so this is identity. */
export function attrIs(a: Attribute) {
  return P.when((x: unknown): x is Attribute => x === a);
}

/** An op named `name`. */
export function opNamed(name: string) {
  return P.when((op: unknown): op is Operation => op instanceof Operation && op.name.name === name);
}

/** True when `value` matches `pattern`. */
export function matches(value: unknown, pattern: AnyPattern): boolean {
  return test(pattern, value);
}

export { P, isMatching, match } from 'ts-pattern';
