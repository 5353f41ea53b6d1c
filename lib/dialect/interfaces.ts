// Op interfaces carried as data on definitions (memory effects, call, callable, loop-like) and
// the small query API that passes use: getMemoryEffects, isMemoryEffectFree, isPure, ...
import type { Operation, Region, Type, Value, Attribute } from '../ir/index.js';
import { lookupOpDef } from './registry.js';
import { segmentSizes } from './layout.js';

/** The four memory effects of MLIR's MemoryEffects. */
export type EffectKind = 'read' | 'write' | 'allocate' | 'free';

/** An effect as declared on a definition: on a named operand or result, or on the op as a whole. */
export interface EffectSpec {
  readonly kind: EffectKind;
  /** The operand or result the effect applies to; absent when it applies to no particular value. */
  readonly on?: string;
  /** The resource touched, `DefaultResource` unless given (e.g. `AutomaticAllocationScopeResource`). */
  readonly resource: string;
}

/** An effect of one operation, with the value it applies to. */
export interface MemoryEffect {
  readonly kind: EffectKind;
  readonly value: Value | undefined;
  readonly resource: string;
}

function effect(kind: EffectKind) {
  return (on?: string, resource = 'DefaultResource'): EffectSpec => Object.freeze({ kind, resource, ...(on === undefined ? {} : { on }) });
}
/** `MemRead` on operand or result `on`. */
export const MemRead = effect('read');
/** `MemWrite` on operand or result `on`. */
export const MemWrite = effect('write');
/** `MemAlloc` on result `on`. */
export const MemAlloc = effect('allocate');
/** `MemFree` on operand `on`. */
export const MemFree = effect('free');

/** CallOpInterface: what an op calls and with which arguments. */
export interface CallInterface {
  callee(op: Operation): Attribute | Value;
  args(op: Operation): Value[];
}
/** CallableOpInterface: the body and signature of something callable. */
export interface CallableInterface {
  body(op: Operation): Region | null;
  argumentTypes(op: Operation): readonly Type[];
  resultTypes(op: Operation): readonly Type[];
}
/** LoopLikeOpInterface: the loop body and its induction variables, for LICM. */
export interface LoopLikeInterface {
  body(op: Operation): Region;
  inductionVars?(op: Operation): Value[];
}

/**
 * BranchOpInterface as data: for each successor (by name), the operand group (by name) it
 * receives as block arguments. A variadic successor takes a VariadicOfVariadic group: its
 * i-th block gets the group's i-th sub-list. Definitions with it verify forwarded operands
 * against the target blocks, as MLIR does.
 */
export interface BranchInterface {
  readonly successorOperands: Readonly<Record<string, string>>;
}

/** The interfaces an op definition implements; each present entry also names a trait. */
export interface OpInterfaces {
  /** The op's memory effects (MemoryEffectOpInterface); ops with the Pure trait have none. */
  readonly memoryEffects?: readonly EffectSpec[] | ((op: Operation) => MemoryEffect[]);
  readonly call?: CallInterface;
  readonly callable?: CallableInterface;
  readonly loopLike?: LoopLikeInterface;
  readonly branch?: BranchInterface;
  /** Further interfaces as data, by name; queried with `getInterface(op, name)`. */
  readonly other?: Readonly<Record<string, unknown>>;
}

/** The trait names the interfaces of a definition add to OpInfo.traits. */
export function interfaceTraitNames(i: OpInterfaces | undefined): string[] {
  if (!i) return [];
  const names: string[] = [];
  if (i.memoryEffects) names.push('MemoryEffectOpInterface');
  if (i.call) names.push('CallOpInterface');
  if (i.callable) names.push('CallableOpInterface');
  if (i.loopLike) names.push('LoopLikeOpInterface');
  if (i.branch) names.push('BranchOpInterface');
  for (const k of Object.keys(i.other ?? {})) names.push(k);
  return names;
}

/**
 * The memory effects of `op`, or undefined when they are unknown (unregistered ops, ops that
 * declare nothing). Ops with RecursiveMemoryEffects collect those of the ops nested in them.
 */
export function getMemoryEffects(op: Operation): MemoryEffect[] | undefined {
  // `Pure` alone counts too: ops built with makeOpInfo list it without its implied traits.
  if (op.hasTrait('NoMemoryEffect') || op.hasTrait('Pure')) {
    return op.hasTrait('RecursiveMemoryEffects') ? nestedEffects(op) : [];
  }
  const def = lookupOpDef(op);
  const declared = def?.interfaces?.memoryEffects;
  if (declared) {
    const own = typeof declared === 'function' ? declared(op) : instantiate(declared, def!.view(op) as unknown as Record<string, unknown>);
    if (!op.hasTrait('RecursiveMemoryEffects')) return own;
    const nested = nestedEffects(op);
    return nested && [...own, ...nested];
  }
  return op.hasTrait('RecursiveMemoryEffects') ? nestedEffects(op) : undefined;
}

function instantiate(specs: readonly EffectSpec[], view: Record<string, unknown>): MemoryEffect[] {
  const out: MemoryEffect[] = [];
  for (const s of specs) {
    const target = s.on === undefined ? undefined : view[s.on];
    if (Array.isArray(target)) for (const v of target as Value[]) out.push({ kind: s.kind, value: v, resource: s.resource });
    else out.push({ kind: s.kind, value: target as Value | undefined, resource: s.resource });
  }
  return out;
}

function nestedEffects(op: Operation): MemoryEffect[] | undefined {
  const all: MemoryEffect[] = [];
  for (const r of op.regions) {
    for (const b of r.blocks) {
      for (const inner of b) {
        const e = getMemoryEffects(inner);
        if (!e) return undefined;
        all.push(...e);
      }
    }
  }
  return all;
}

/** True when `op` is known to have no memory effects (nested ones included where recursive). */
export function isMemoryEffectFree(op: Operation): boolean {
  const e = getMemoryEffects(op);
  return e !== undefined && e.length === 0;
}

/** True when `op` has no memory effects and is always speculatable: CSE and hoisting may move it. */
export function isPure(op: Operation): boolean {
  return isMemoryEffectFree(op) && (op.hasTrait('AlwaysSpeculatable') || op.hasTrait('Pure'));
}

/** True when `op` only reads memory (or has no effects). */
export function onlyReads(op: Operation): boolean {
  const e = getMemoryEffects(op);
  return e !== undefined && e.every((x) => x.kind === 'read');
}

/**
 * True when erasing `op` changes nothing observable: its results are unused, it is not a
 * terminator or symbol, and its only effects allocate or read (as MLIR's wouldOpBeTriviallyDead).
 */
export function isTriviallyDead(op: Operation): boolean {
  if (op.hasTrait('Terminator') || op.hasTrait('Symbol')) return false;
  if (!op.results.every((r) => r.useEmpty)) return false;
  const e = getMemoryEffects(op);
  return e !== undefined && e.every((x) => x.kind === 'read' || (x.kind === 'allocate' && x.value !== undefined && op.results.includes(x.value as never)));
}

/**
 * `[start, end)` of the operands `op` forwards to successor `index`, or undefined when the
 * op's definition does not declare the branch interface for it (MLIR's getSuccessorOperands).
 */
export function getSuccessorOperandRange(op: Operation, index: number): readonly [number, number] | undefined {
  const def = lookupOpDef(op);
  const branch = def?.interfaces?.branch;
  if (!def || !branch || index < 0 || index >= op.successors.length) return undefined;
  const succ = def.model.successors;
  const slot = succ.find((s) => s.index === index || (s.def.variadic && index > s.index));
  const group = slot && branch.successorOperands[slot.name];
  const operand = group === undefined ? undefined : def.model.operands.find((o) => o.name === group);
  if (!slot || !operand) return undefined;
  const [start, end] = def.model.operandSegments(op, operand.index);
  if (!slot.def.variadic) return [start, end];
  // The (index - slot.index)-th sub-list of a VariadicOfVariadic group.
  const sizes = operand.subSegments ? segmentSizes(op, operand.subSegments) : undefined;
  const k = index - slot.index;
  if (!sizes || k >= sizes.length) return undefined;
  let at = start;
  for (let i = 0; i < k; i++) at += Number(sizes[i]);
  const to = at + Number(sizes[k]);
  return to <= end ? [at, to] : undefined;
}

/** The values `op` forwards to successor `index`, or undefined when unknown. */
export function getSuccessorOperands(op: Operation, index: number): Value[] | undefined {
  const r = getSuccessorOperandRange(op, index);
  return r && op.operands.slice(r[0], r[1]);
}

/** The interface `name` of `op`'s definition (`call`, `callable`, `loopLike`, or an `other` entry). */
export function getInterface<T = unknown>(op: Operation, name: string): T | undefined {
  const i = lookupOpDef(op)?.interfaces;
  if (!i) return undefined;
  if (name === 'call' || name === 'callable' || name === 'loopLike') return i[name] as T | undefined;
  return i.other?.[name] as T | undefined;
}
