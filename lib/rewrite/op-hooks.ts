// What the rewriter asks of an op: its fold, its constant value, its dialect's constant materialiser,
// and its canonicalisation patterns. Hooks registered here serve ops defined without lib/dialect.
import type { Attribute } from '../ir/attributes.js';
import type { Builder } from '../ir/builder.js';
import type { Location } from '../ir/location.js';
import type { Operation } from '../ir/operation.js';
import type { OperationName } from '../ir/context.js';
import type { Type } from '../ir/types.js';
import { Value } from '../ir/value.js';
import type { RewritePattern } from './pattern.js';

/** A fold's answer: one attribute or value per result, or nothing when the op does not fold. */
export type FoldResult = Attribute | Value | readonly (Attribute | Value)[] | undefined;

/** Folds `op` given the constant values of its operands (undefined where not constant). */
export type FoldHook = (op: Operation, operands: readonly (Attribute | undefined)[]) => FoldResult;

/** Creates a constant op of `type` holding `value` at the builder's insertion point, or returns undefined. */
export type ConstantMaterializer = (builder: Builder, value: Attribute, type: Type, loc: Location) => Operation | undefined;

/** A source of op hooks beyond this module's registry (lib/dialect's definitions plug in here). */
export interface OpHookProvider {
  fold?(op: Operation): FoldHook | undefined;
  canonicalizationPatterns?(name: OperationName): readonly RewritePattern[] | undefined;
  materializer?(dialect: string): ConstantMaterializer | undefined;
}

const foldHooks = new Map<string, FoldHook>();
const canonicalizers = new Map<string, RewritePattern[]>();
const materializers = new Map<string, ConstantMaterializer>();
const providers: OpHookProvider[] = [];
/** What folding asks of every op, by op name: its fold hook and the traits that fold. */
interface NameFacts {
  readonly fold: FoldHook | undefined;
  readonly constantLike: boolean;
  readonly commutative: boolean;
  readonly involution: boolean;
  readonly idempotent: boolean;
}

/**
 * The facts of each op name, found once: the greedy driver asks for every op it visits and
 * for the defining op of every operand. Registering a hook or provider starts afresh.
 */
let factsCache = new WeakMap<OperationName, NameFacts>();

function factsOf(op: Operation): NameFacts {
  let facts = factsCache.get(op.name);
  if (facts === undefined) {
    facts = {
      fold: findFoldHook(op),
      constantLike: op.hasTrait('ConstantLike'),
      commutative: op.hasTrait('Commutative'),
      involution: op.hasTrait('Involution'),
      idempotent: op.hasTrait('Idempotent'),
    };
    factsCache.set(op.name, facts);
  }
  return facts;
}

/** Registers the fold of op `name`. */
export function registerFoldHook(name: string, hook: FoldHook): void {
  foldHooks.set(name, hook);
  factsCache = new WeakMap();
}

/** Adds canonicalisation patterns for op `name` (collected by canonicalize). */
export function registerCanonicalizationPatterns(name: string, patterns: readonly RewritePattern[]): void {
  const list = canonicalizers.get(name) ?? [];
  list.push(...patterns);
  canonicalizers.set(name, list);
}

/** Registers how dialect `dialect` turns a folded attribute into a constant op (MLIR's Dialect::materializeConstant). */
export function registerConstantMaterializer(dialect: string, materializer: ConstantMaterializer): void {
  materializers.set(dialect, materializer);
}

/** Adds a provider consulted after this module's own registry. */
export function addOpHookProvider(provider: OpHookProvider): void {
  providers.push(provider);
  factsCache = new WeakMap();
}

function findFoldHook(op: Operation): FoldHook | undefined {
  const own = foldHooks.get(op.name.name);
  if (own) return own;
  for (const p of providers) {
    const h = p.fold?.(op);
    if (h) return h;
  }
  return undefined;
}

/** The canonicalisation patterns of ops named `name`. */
export function canonicalizationPatternsOf(name: OperationName): readonly RewritePattern[] {
  const own = canonicalizers.get(name.name) ?? [];
  const more = providers.flatMap((p) => p.canonicalizationPatterns?.(name) ?? []);
  return more.length ? [...own, ...more] : own;
}

/** The materialiser of `dialect`, if it has one. */
export function materializerOf(dialect: string): ConstantMaterializer | undefined {
  const own = materializers.get(dialect);
  if (own) return own;
  for (const p of providers) {
    const m = p.materializer?.(dialect);
    if (m) return m;
  }
  return undefined;
}

/**
 * Folds `op`: undefined when it does not fold, 'in-place' when the fold changed it in
 * place, else one attribute or value per result. An op without results that folds
 * answers `[]`, which can only mean it changed in place (MLIR's fold returning success
 * with no results), so it is never erased for it.
 */
export function foldOp(op: Operation, operands?: readonly (Attribute | undefined)[]): (Attribute | Value)[] | 'in-place' | undefined {
  const facts = factsOf(op);
  const constants = operands ?? constantOperands(op);
  const r = facts.fold?.(op, constants);
  // As MLIR's foldTraits: the traits fold when the op's own fold does not.
  if (r === undefined) return foldTraits(op, facts, constants);
  const list = Array.isArray(r) ? [...(r as readonly (Attribute | Value)[])] : [r as Attribute | Value];
  if (list.length === 1 && op.numResults === 1 && list[0] === op.result(0)) return 'in-place';
  if (list.length === 0 && op.numResults === 0) return 'in-place';
  if (list.length !== op.numResults) throw new Error(`fold of '${op.name.name}' returned ${list.length} results for ${op.numResults}`);
  return list;
}

/** The constant a ConstantLike op holds: its fold, else its `value` attribute. */
export function constantValue(op: Operation): Attribute | undefined {
  const facts = factsOf(op);
  if (!facts.constantLike || op.numResults !== 1) return undefined;
  const hook = facts.fold;
  if (hook) {
    const r = hook(op, []);
    if (r !== undefined && !(r instanceof Value) && !Array.isArray(r)) return r as Attribute;
  }
  return op.getAttr('value');
}

/** The constant value of each operand of `op` (undefined where not constant). */
function constantOperands(op: Operation): (Attribute | undefined)[] {
  const slots = op.operandSlots;
  const out = new Array<Attribute | undefined>(slots.length);
  for (let i = 0; i < slots.length; i++) out[i] = constantValueOfValue(slots[i].value);
  return out;
}

/** The constant that defines `v`, if any (MLIR's m_Constant). */
export function constantValueOfValue(v: Value): Attribute | undefined {
  const def = v.definingOp;
  return def ? constantValue(def) : undefined;
}

/**
 * The folds of traits (MLIR's foldCommutative, foldInvolution, foldIdempotent): constant
 * operands of a commutative op move to the end (in place), f(f(x)) = x for an involution,
 * and f(f(x)) = f(x) or f(x, x) = x for an idempotent op.
 */
function foldTraits(op: Operation, facts: NameFacts, constants: readonly (Attribute | undefined)[]): Value[] | 'in-place' | undefined {
  if (op.numResults !== 1) return undefined;
  if (facts.involution && op.numOperands === 1) {
    const inner = op.operand(0).definingOp;
    if (inner && inner.name === op.name) return [inner.operand(0)];
  }
  if (facts.idempotent) {
    if (op.numOperands === 1) {
      const inner = op.operand(0).definingOp;
      if (inner && inner.name === op.name) return [op.operand(0)];
    } else if (op.numOperands === 2 && op.operand(0) === op.operand(1)) return [op.operand(0)];
  }
  if (facts.commutative && op.numOperands >= 2) {
    let first = 0;
    while (first < constants.length && constants[first] === undefined) first++;
    if (first === constants.length) return undefined;
    const rest = op.operands.slice(first);
    const restConstants = constants.slice(first);
    const moved = [...rest.filter((_, i) => restConstants[i] === undefined), ...rest.filter((_, i) => restConstants[i] !== undefined)];
    if (moved.every((v, i) => v === rest[i])) return undefined;
    moved.forEach((v, i) => op.setOperand(first + i, v));
    return 'in-place';
  }
  return undefined;
}
