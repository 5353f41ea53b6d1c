// Verifiers of op traits, by trait name, with MLIR's messages (OpDefinition.cpp, SymbolTable.cpp).
import type { Operation } from '../ir/operation.js';
import type { OpInfo } from '../ir/dialect.js';
import { RankedTensorType, isShaped, kDynamic, type Type } from '../ir/types.js';
import { verifySymbolTrait, verifySymbolTableTrait } from './symbols.js';
import { verifyFunctionOpInterface } from './function-interface.js';

/** A trait check: emits on failure and returns false. */
type TraitCheck = (op: Operation, args: readonly string[]) => boolean;

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

function count(actual: (op: Operation) => number, fail: (op: Operation, n: number, got: number) => string, ok: (n: number, got: number) => boolean): TraitCheck {
  return (op, args) => {
    const n = Number(args[0] ?? 0);
    const got = actual(op);
    if (ok(n, got)) return true;
    op.emitOpError(fail(op, n, got));
    return false;
  };
}

const operands = (op: Operation): number => op.numOperands;
const results = (op: Operation): number => op.numResults;
const regions = (op: Operation): number => op.regions.length;
const successors = (op: Operation): number => op.successorSlots.length;
const exactly = (n: number, got: number): boolean => n === got;
const atLeast = (n: number, got: number): boolean => got >= n;
const fixed = (n: number, check: TraitCheck): TraitCheck => (op) => check(op, [String(n)]);

const nOperands = count(operands, (_, n, got) => `expected ${n} operands, but found ${got}`, exactly);
const nResults = count(results, (_, n) => `expected ${n} results`, exactly);
const nRegions = count(regions, (_, n) => `expected ${n} regions`, exactly);
const nSuccessors = count(successors, (_, n, got) => `requires ${plural(n, 'successor')} but found ${got}`, exactly);

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
  ['ZeroOperands', count(operands, () => 'requires zero operands', (_, got) => got === 0)],
  ['OneOperand', count(operands, () => 'requires a single operand', (_, got) => got === 1)],
  ['NOperands', nOperands],
  ['AtLeastNOperands', count(operands, (_, n, got) => `expected ${n} or more operands, but found ${got}`, atLeast)],
  ['ZeroResults', count(results, () => 'requires zero results', (_, got) => got === 0)],
  ['OneResult', count(results, () => 'requires one result', (_, got) => got === 1)],
  ['NResults', nResults],
  ['AtLeastNResults', count(results, (_, n) => `expected ${n} or more results`, atLeast)],
  ['ZeroRegions', count(regions, () => 'requires zero regions', (_, got) => got === 0)],
  ['OneRegion', count(regions, () => 'requires one region', (_, got) => got === 1)],
  ['NRegions', nRegions],
  ['AtLeastNRegions', count(regions, (_, n) => `expected ${n} or more regions`, atLeast)],
  ['ZeroSuccessors', fixed(0, nSuccessors)],
  ['OneSuccessor', fixed(1, nSuccessors)],
  ['NSuccessors', nSuccessors],
  ['AtLeastNSuccessors', count(successors, (_, n, got) => `requires at least ${plural(n, 'successor')} but found ${got}`, atLeast)],
  ['Terminator', verifyIsTerminator],
  ['IsTerminator', verifyIsTerminator],
  ['NoRegionArguments', verifyNoRegionArguments],
  ['SingleBlock', verifySingleBlock],
  ['HasParent', verifyHasParent],
  ['ParentOneOf', verifyHasParent],
  ['Symbol', verifySymbolTrait],
  ['FunctionOpInterface', verifyFunctionOpInterface],
  ['SameTypeOperands', verifySameTypeOperands],
  ['SameOperandsAndResultType', verifySameOperandsAndResultType],
]);

/** Checks that need the op's regions verified first (MLIR's verifyRegionTrait). */
const regionTraitChecks: ReadonlyMap<string, TraitCheck> = new Map<string, TraitCheck>([
  ['IsolatedFromAbove', verifyIsolatedFromAbove],
  ['SymbolTable', verifySymbolTableTrait],
  ['SingleBlockImplicitTerminator', verifyImplicitTerminator],
]);

/** An op's checks in the order the verifier runs them. */
export interface OpChecks {
  /** Traits as listed (definition checks at `OpInvariants`, or first), then the op's `verify`. */
  readonly invariants: readonly ((op: Operation) => boolean)[];
  /** Region traits as listed, then `verifyRegions`. */
  readonly regions: readonly ((op: Operation) => boolean)[];
}

const compiled = new WeakMap<OpInfo, OpChecks>();

/** The checks of a registered op, compiled once per OpInfo (trait names are parsed here, not per op). */
export function checksOf(info: OpInfo): OpChecks {
  let checks = compiled.get(info);
  if (checks) return checks;
  const invariants: ((op: Operation) => boolean)[] = [];
  const regions: ((op: Operation) => boolean)[] = [];
  const definition = info.verifyInvariants?.bind(info);
  if (definition && !info.traits.has('OpInvariants')) invariants.push(definition);
  for (const trait of info.traits) {
    if (trait === 'OpInvariants') {
      if (definition) invariants.push(definition);
      continue;
    }
    const { name, args } = parseTrait(trait);
    const check = traitChecks.get(name);
    if (check) invariants.push((op) => check(op, args));
    const regionCheck = regionTraitChecks.get(name);
    if (regionCheck) regions.push((op) => regionCheck(op, args));
  }
  if (info.verify) invariants.push(info.verify.bind(info));
  if (info.verifyRegions) regions.push(info.verifyRegions.bind(info));
  compiled.set(info, (checks = { invariants, regions }));
  return checks;
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
function verifyImplicitTerminator(op: Operation, args: readonly string[]): boolean {
  if (!verifySingleBlock(op)) return false;
  const expected = args[0];
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
  if (op.numOperands < 1) {
    op.emitOpError(`expected 1 or more operands, but found ${op.numOperands}`);
    return false;
  }
  if (op.numResults < 1) {
    op.emitOpError('expected 1 or more results');
    return false;
  }
  const type = op.result(0).type;
  // Types are interned: the usual case, every type the same object, needs no shape checks.
  let same = true;
  for (let i = 1; i < op.results.length && same; i++) same = op.results[i].type === type;
  for (let i = 0; i < op.operandSlots.length && same; i++) same = op.operandSlots[i].value.type === type;
  if (same) return true;
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
 * ops are not entered: they check themselves.
 */
function verifyIsolatedFromAbove(isolated: Operation): boolean {
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
