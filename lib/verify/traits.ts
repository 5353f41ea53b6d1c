// Verifiers of op traits, by trait name, with MLIR's messages (OpDefinition.cpp, SymbolTable.cpp).
import type { Operation } from '../ir/operation.js';
import type { OpInfo } from '../ir/dialect.js';
import type { OperationName } from '../ir/context.js';
import { RankedTensorType, isShaped, kDynamic, type Type } from '../ir/types.js';
import { verifySymbolTrait, verifySymbolTableTrait } from './symbols.js';
import { verifyFunctionOpInterface } from './function-interface.js';
import { inOrder, readsTypesOnly, stepsOf, typesOnly, type Check, type NestedFacts } from './check.js';

/** Makes a trait's check from the trait's arguments (`HasParent(a, b)`: a, b), once per op definition. */
type TraitCheck = (args: readonly string[]) => Check;
type RegionTraitCheck = (args: readonly string[]) => Check<NestedFacts>;

/** Splits `HasParent(func.func, gpu.module)` into its name and arguments. */
export function parseTrait(trait: string): { name: string; args: string[] } {
  const open = trait.indexOf('(');
  if (open < 0 || !trait.endsWith(')')) return { name: trait, args: [] };
  const args = trait
    .slice(open + 1, -1)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return { name: trait.slice(0, open), args };
}

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** What a count trait counts. */
type Counted = 'operands' | 'results' | 'regions' | 'successors';

/** A count trait: `NOperands(2)` wants exactly 2 operands, `AtLeastNResults(1)` at least 1 result. */
interface CountTrait {
  readonly what: Counted;
  readonly exact: boolean;
  /** The count, for traits that do not take it as an argument. */
  readonly n?: number;
  readonly message: (n: number, got: number) => string;
}

function countOf(op: Operation, what: Counted): number {
  if (what === 'operands') return op.operandSlots.length;
  if (what === 'results') return op.results.length;
  if (what === 'regions') return op.regions.length;
  return op.successorSlots.length;
}

const countTraits: ReadonlyMap<string, CountTrait> = new Map<string, CountTrait>([
  ['ZeroOperands', { what: 'operands', exact: true, n: 0, message: () => 'requires zero operands' }],
  ['OneOperand', { what: 'operands', exact: true, n: 1, message: () => 'requires a single operand' }],
  ['NOperands', { what: 'operands', exact: true, message: (n, got) => `expected ${n} operands, but found ${got}` }],
  ['AtLeastNOperands', { what: 'operands', exact: false, message: (n, got) => `expected ${n} or more operands, but found ${got}` }],
  ['ZeroResults', { what: 'results', exact: true, n: 0, message: () => 'requires zero results' }],
  ['OneResult', { what: 'results', exact: true, n: 1, message: () => 'requires one result' }],
  ['NResults', { what: 'results', exact: true, message: (n) => `expected ${n} results` }],
  ['AtLeastNResults', { what: 'results', exact: false, message: (n) => `expected ${n} or more results` }],
  ['ZeroRegions', { what: 'regions', exact: true, n: 0, message: () => 'requires zero regions' }],
  ['OneRegion', { what: 'regions', exact: true, n: 1, message: () => 'requires one region' }],
  ['NRegions', { what: 'regions', exact: true, message: (n) => `expected ${n} regions` }],
  ['AtLeastNRegions', { what: 'regions', exact: false, message: (n) => `expected ${n} or more regions` }],
  ['ZeroSuccessors', { what: 'successors', exact: true, n: 0, message: (n, got) => `requires ${plural(n, 'successor')} but found ${got}` }],
  ['OneSuccessor', { what: 'successors', exact: true, n: 1, message: (n, got) => `requires ${plural(n, 'successor')} but found ${got}` }],
  ['NSuccessors', { what: 'successors', exact: true, message: (n, got) => `requires ${plural(n, 'successor')} but found ${got}` }],
  [
    'AtLeastNSuccessors',
    { what: 'successors', exact: false, message: (n, got) => `requires at least ${plural(n, 'successor')} but found ${got}` },
  ],
]);

/** The bounds every count trait of an op sets, intersected: within them, every count trait holds. */
class CountBounds {
  readonly lo = { operands: 0, results: 0, regions: 0, successors: 0 };
  readonly hi = { operands: Infinity, results: Infinity, regions: Infinity, successors: Infinity };

  add(what: Counted, n: number, exact: boolean): void {
    this.lo[what] = Math.max(this.lo[what], n);
    if (exact) this.hi[what] = Math.min(this.hi[what], n);
  }
}

function countCheck(trait: CountTrait, n: number): Check {
  return (op) => {
    const got = countOf(op, trait.what);
    if (trait.exact ? got === n : got >= n) return true;
    op.emitOpError(trait.message(n, got));
    return false;
  };
}

/** The element type of a shaped type, or the type itself. */
function elementTypeOrSelf(t: Type): Type {
  return isShaped(t) ? t.elementType : t;
}

/** MLIR's verifyCompatibleShape: equal ranks, and static dimensions equal where both are static. */
function compatibleShapes(a: Type, b: Type): boolean {
  const shapeOf = (t: Type): readonly number[] | null | undefined =>
    isShaped(t) ? ('shape' in t ? (t as { shape: readonly number[] }).shape : null) : undefined;
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  if (sa === undefined || sb === undefined) return sa === sb;
  if (sa === null || sb === null) return true;
  if (sa.length !== sb.length) return false;
  return sa.every((d, i) => d === kDynamic || sb[i] === kDynamic || d === sb[i]);
}

function encodingOf(t: Type): unknown {
  return t instanceof RankedTensorType ? t.encoding : null;
}

const traitChecks: ReadonlyMap<string, TraitCheck> = new Map<string, TraitCheck>([
  ['Terminator', () => verifyIsTerminator],
  ['IsTerminator', () => verifyIsTerminator],
  ['NoRegionArguments', () => verifyNoRegionArguments],
  ['SingleBlock', () => verifySingleBlock],
  ['HasParent', (parents) => (op) => verifyHasParent(op, parents)],
  ['ParentOneOf', (parents) => (op) => verifyHasParent(op, parents)],
  ['Symbol', () => verifySymbolTrait],
  ['FunctionOpInterface', () => verifyFunctionOpInterface],
  ['SameTypeOperands', () => typesOnly(verifySameTypeOperands)],
  ['SameOperandsAndResultType', () => typesOnly(verifySameOperandsAndResultType)],
]);

/** Checks that need the op's regions verified first (MLIR's verifyRegionTrait). */
const regionTraitChecks: ReadonlyMap<string, RegionTraitCheck> = new Map<string, RegionTraitCheck>([
  ['IsolatedFromAbove', () => verifyIsolatedFromAbove],
  ['SymbolTable', () => (op, nested) => verifySymbolTableTrait(op, nested.symbolUsers)],
  ['SingleBlockImplicitTerminator', (args) => (op) => verifyImplicitTerminator(op, args[0])],
]);

/**
 * An op's checks in the order the verifier runs them. The invariants are kept as a flat list
 * (compositions spliced in, see stepsOf) run by one method: per op, one call per check and no
 * call per layer of composition.
 */
export class OpChecks {
  /** The lowest and highest counts the count traits allow, as constants for verifyInvariants to compare with. */
  private readonly operandsLo: number;
  private readonly operandsHi: number;
  private readonly resultsLo: number;
  private readonly resultsHi: number;
  private readonly regionsLo: number;
  private readonly regionsHi: number;
  private readonly successorsLo: number;
  private readonly successorsHi: number;

  /** `uncounted` less the checks marked by `typesOnly`: all that can fail for an op with the types of `passedOperands` and `passedResults`. */
  private readonly untyped: readonly Check[];
  /** Whether `uncounted` has checks marked by `typesOnly`, which the types of a passing op let verifyInvariants skip. */
  private readonly typed: boolean;
  /** The operand and result types of the last op that passed every check; empty and unused until one has. */
  private passedOperands: Type[] = [];
  private passedResults: Type[] = [];
  private passed = false;

  constructor(
    /** Every invariant check, count traits included, in order: run one by one when a count is out of bounds, to report the first that fails. */
    private readonly each: readonly Check[],
    /** The same but for the count traits, which hold whenever the counts lie within the bounds. */
    private readonly uncounted: readonly Check[],
    bounds: CountBounds,
    /** Region traits as listed, then `verifyRegions`. */
    readonly regions: Check<NestedFacts> | null,
    /** Whether the op has symbol uses to verify (OpInfo.verifySymbolUses). */
    readonly symbolUses: boolean,
  ) {
    this.operandsLo = bounds.lo.operands;
    this.operandsHi = bounds.hi.operands;
    this.resultsLo = bounds.lo.results;
    this.resultsHi = bounds.hi.results;
    this.regionsLo = bounds.lo.regions;
    this.regionsHi = bounds.hi.regions;
    this.successorsLo = bounds.lo.successors;
    this.successorsHi = bounds.hi.successors;
    this.untyped = uncounted.filter((check) => !readsTypesOnly(check));
    this.typed = this.untyped.length !== uncounted.length;
  }

  /**
   * Traits as listed (definition checks at `OpInvariants`, or first), then the op's `verify`;
   * stops at the first failure. Checks marked by `typesOnly` are left out for an op with the
   * types of the last op that passed: they would pass again, so what runs and what is
   * reported are the same.
   */
  verifyInvariants(op: Operation): boolean {
    const o = op.operandSlots.length;
    const r = op.results.length;
    const g = op.regions.length;
    const s = op.successorSlots.length;
    const inBounds =
      o >= this.operandsLo &&
      o <= this.operandsHi &&
      r >= this.resultsLo &&
      r <= this.resultsHi &&
      g >= this.regionsLo &&
      g <= this.regionsHi &&
      s >= this.successorsLo &&
      s <= this.successorsHi;
    if (!inBounds) return runChecks(this.each, op);
    if (!this.typed) return runChecks(this.uncounted, op);
    if (this.passed && this.hasPassedTypes(op)) return runChecks(this.untyped, op);
    if (!runChecks(this.uncounted, op)) return false;
    this.rememberTypes(op);
    return true;
  }

  private hasPassedTypes(op: Operation): boolean {
    const slots = op.operandSlots;
    const results = op.results;
    const operandTypes = this.passedOperands;
    const resultTypes = this.passedResults;
    if (slots.length !== operandTypes.length || results.length !== resultTypes.length) return false;
    for (let i = 0; i < slots.length; i++) if (slots[i].value.type !== operandTypes[i]) return false;
    for (let i = 0; i < results.length; i++) if (results[i].type !== resultTypes[i]) return false;
    return true;
  }

  /** Keeps the types of `op`, which passed every check; the lists are rewritten in place when their lengths fit. */
  private rememberTypes(op: Operation): void {
    const slots = op.operandSlots;
    const results = op.results;
    if (slots.length !== this.passedOperands.length) this.passedOperands = new Array<Type>(slots.length);
    if (results.length !== this.passedResults.length) this.passedResults = new Array<Type>(results.length);
    for (let i = 0; i < slots.length; i++) this.passedOperands[i] = slots[i].value.type;
    for (let i = 0; i < results.length; i++) this.passedResults[i] = results[i].type;
    this.passed = true;
  }
}

/** Runs `checks` on `op` in order, stopping at the first that fails. */
function runChecks(checks: readonly Check[], op: Operation): boolean {
  for (let i = 0; i < checks.length; i++) if (!checks[i](op)) return false;
  return true;
}

/**
 * The checks of a registered op (`info`, its name's, which the caller has found set), compiled
 * on its first verification and kept on its name: trait names are parsed here, not per op.
 * The count traits (`NOperands(2)`, `ZeroRegions`, ...) are first tested together against
 * their intersected bounds; only when that fails do they run one by one, in the listed
 * order, to report the first that fails as MLIR would.
 */
export function checksOf(name: OperationName, info: OpInfo): OpChecks {
  // The name's field is opaque to lib/ir; this function is the only one that sets it.
  return (name.verifierChecks ??= compileChecks(info)) as OpChecks;
}

/**
 * checksOf's work when an op name is first verified. A function of its own because its
 * closures capture its locals: V8 allocates the context holding them on every call, hits
 * included.
 */
function compileChecks(info: OpInfo): OpChecks {
  // An op defined by lib/dialect has stand-in hooks until its first use; the real ones are kept.
  info.complete?.();
  const all: Check[] = [];
  const uncounted: Check[] = [];
  const regions: Check<NestedFacts>[] = [];
  const bounds = new CountBounds();
  const add = (check: Check, isCount = false): void => {
    all.push(check);
    if (!isCount) uncounted.push(check);
  };
  const definition = info.verifyInvariants;
  if (definition && !info.traits.has('OpInvariants')) add(definition);
  for (const trait of info.traits) {
    if (trait === 'OpInvariants') {
      if (definition) add(definition);
      continue;
    }
    const { name, args } = parseTrait(trait);
    const count = countTraits.get(name);
    if (count) {
      const n = count.n ?? Number(args[0] ?? 0);
      bounds.add(count.what, n, count.exact);
      add(countCheck(count, n), true);
    }
    const check = traitChecks.get(name);
    if (check) add(check(args));
    const regionCheck = regionTraitChecks.get(name);
    if (regionCheck) regions.push(regionCheck(args));
  }
  if (info.verify) add(info.verify);
  if (info.verifyRegions) regions.push(info.verifyRegions);
  return new OpChecks(all.flatMap(stepsOf), uncounted.flatMap(stepsOf), bounds, inOrder<NestedFacts>(regions), info.verifySymbolUses !== undefined);
}

function verifyIsTerminator(op: Operation): boolean {
  if (op.parent && op.parent.last === op) return true;
  op.emitOpError('must be the last operation in the parent block');
  return false;
}

function verifyNoRegionArguments(op: Operation): boolean {
  for (const region of op.regions) {
    if (region.empty || region.blocks[0].arguments.length === 0) continue;
    op.emitOpError(op.regions.length > 1 ? `region #${region.index} should have no arguments` : 'region should have no arguments');
    return false;
  }
  return true;
}

function verifySingleBlock(op: Operation): boolean {
  for (let i = 0; i < op.regions.length; i++) {
    const region = op.regions[i];
    if (region.empty) continue;
    if (region.blocks.length !== 1) {
      op.emitOpError(`expects region #${i} to have 0 or 1 blocks`);
      return false;
    }
    if (!op.hasTrait('NoTerminator') && region.blocks[0].empty) {
      op.emitOpError('expects a non-empty block');
      return false;
    }
  }
  return true;
}

function verifyHasParent(op: Operation, parents: readonly string[]): boolean {
  const parent = op.parentOp;
  if (parent && parents.includes(parent.name.name)) return true;
  const which = parents.length !== 1 ? 'to be one of ' : '';
  op.emitOpError(`expects parent op ${which}'${parents.join(', ')}'`);
  return false;
}

/** SingleBlock, then: every non-empty region ends with the terminator named in the trait. */
function verifyImplicitTerminator(op: Operation, expected: string): boolean {
  if (!verifySingleBlock(op)) return false;
  for (const region of op.regions) {
    const last = region.blocks[0]?.last;
    if (!last || last.name.name === expected) continue;
    op.emitOpError(`expects regions to end with '${expected}', found '${last.name.name}'`).attachNote(
      `in custom textual format, the absence of terminator implies '${expected}'`,
    );
    return false;
  }
  return true;
}

function verifySameTypeOperands(op: Operation): boolean {
  const slots = op.operandSlots;
  let same = true;
  for (let i = 1; i < slots.length && same; i++) same = slots[i].value.type === slots[0].value.type;
  if (same) return true;
  op.emitOpError('requires all operands to have the same type');
  return false;
}

function verifySameOperandsAndResultType(op: Operation): boolean {
  const results = op.results;
  const slots = op.operandSlots;
  if (slots.length < 1) {
    op.emitOpError(`expected 1 or more operands, but found ${slots.length}`);
    return false;
  }
  if (results.length < 1) {
    op.emitOpError('expected 1 or more results');
    return false;
  }
  const type = results[0].type;
  // Types are interned: the usual case, every type the same object, needs no shape checks.
  let same = true;
  for (let i = 1; i < results.length && same; i++) same = results[i].type === type;
  for (let i = 0; i < slots.length && same; i++) same = slots[i].value.type === type;
  return same || verifyCompatibleOperandsAndResults(op, type);
}

/** SameOperandsAndResultType when the types differ: same element type, compatible shapes and, when `type` has one, the same encoding. */
function verifyCompatibleOperandsAndResults(op: Operation, type: Type): boolean {
  const element = elementTypeOrSelf(type);
  const encoding = encodingOf(type);
  for (const t of [...op.resultTypes.slice(1), ...op.operandTypes]) {
    if (elementTypeOrSelf(t) !== element || !compatibleShapes(t, type)) {
      op.emitOpError('requires the same type for all operands and results');
      return false;
    }
    // As in MLIR, encodings are compared only when the first result has one.
    if (encoding !== null && encodingOf(t) !== encoding) {
      op.emitOpError('requires the same encoding for all operands and results');
      return false;
    }
  }
  return true;
}

/**
 * Values used in the regions of an isolated op must be defined inside them. Nested isolated
 * ops are not entered: they check themselves. The verifier's own walk covers the same ops
 * and says in `nested` when every operand is inside; only otherwise (or when it could not
 * tell) does this walk them, to report the first outside one in this walk's order.
 */
function verifyIsolatedFromAbove(isolated: Operation, nested: NestedFacts): boolean {
  if (nested.operandsInside) return true;
  for (const region of isolated.regions) {
    // Linked lists and operand slots are walked directly: this runs over every op of a function.
    const pending = [region];
    while (pending.length) {
      for (const block of pending.pop()!.blocks) {
        for (let op = block.first; op; op = op.next) {
          const slots = op.operandSlots;
          for (let i = 0; i < slots.length; i++) {
            const operandRegion = slots[i].value.parentBlock?.parent ?? null;
            if (!operandRegion) {
              op.emitError("operation's operand is unlinked");
              return false;
            }
            if (operandRegion !== region && !region.isAncestor(operandRegion)) {
              op.emitOpError('using value defined outside the region').attachNote('required by region isolation constraints', isolated.location);
              return false;
            }
          }
          if (op.regions.length && !op.hasTrait('IsolatedFromAbove')) pending.push(...op.regions);
        }
      }
    }
  }
  return true;
}
