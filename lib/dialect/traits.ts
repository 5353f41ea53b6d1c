// Op traits: names the IR core and passes query (`op.hasTrait('Commutative')`). Traits whose
// checks lib/verify runs by name (Terminator, HasParent, SingleBlock, SymbolTable, Same*Type,
// ...) carry none here; the others carry MLIR's check, in MLIR's words. Checks that read only
// the op's operand and result types are marked `typesOnly`, so the verifier can skip them.
import {
  MemRefType,
  RankedTensorType,
  UnrankedMemRefType,
  UnrankedTensorType,
  VectorType,
  kDynamic,
  isShaped,
  type Operation,
  type Type,
} from '../ir/index.js';
import { VectorOrTensor, elementTypeOrSelf } from './constraints.js';
import { typesOnly } from '../verify/check.js';

/** A trait of an op definition. */
export interface Trait {
  /** The name put in OpInfo.traits, e.g. `Commutative`, `HasParent(func.func)`. */
  readonly name: string;
  /** Further names the trait stands for (`Pure` is `NoMemoryEffect` and `AlwaysSpeculatable`). */
  readonly implies?: readonly string[];
  /** Op-local check for traits lib/verify does not know by name; runs before the op's own verify. */
  readonly verify?: (op: Operation) => boolean;
  /** Check that needs the op's regions verified first. */
  readonly verifyRegions?: (op: Operation) => boolean;
  /** For SingleBlockImplicitTerminator: the terminator the custom syntax may leave out. */
  readonly implicitTerminator?: string;
  /** For HasParent: the allowed parent op names. */
  readonly parents?: readonly string[];
}

function trait(name: string, extra: Omit<Trait, 'name'> = {}): Trait {
  return Object.freeze({ name, ...extra });
}

/** Two shapes agree where both are static (MLIR's verifyCompatibleShape). */
function compatibleShapes(a: Type, b: Type): boolean {
  const sa = isShaped(a);
  const sb = isShaped(b);
  if (!sa || !sb) return !sa && !sb;
  if (a instanceof UnrankedTensorType || a instanceof UnrankedMemRefType) return true;
  if (b instanceof UnrankedTensorType || b instanceof UnrankedMemRefType) return true;
  const x = (a as RankedTensorType | MemRefType | VectorType).shape;
  const y = (b as RankedTensorType | MemRefType | VectorType).shape;
  if (x.length !== y.length) return false;
  return x.every((d, i) => d === y[i] || d === kDynamic || y[i] === kDynamic);
}

function atLeast(op: Operation, operands: number, results: number): boolean {
  if (op.numOperands < operands) {
    op.emitOpError(`expected ${operands} or more operands, but found ${op.numOperands}`);
    return false;
  }
  if (op.numResults < results) {
    op.emitOpError(`expected ${results} or more results, but found ${op.numResults}`);
    return false;
  }
  return true;
}

function allAgree(op: Operation, types: readonly Type[], same: (a: Type, b: Type) => boolean, message: string): boolean {
  for (let i = 1; i < types.length; i++) {
    if (!same(types[0], types[i])) {
      op.emitOpError(message);
      return false;
    }
  }
  return true;
}

export const Pure = trait('Pure', { implies: ['NoMemoryEffect', 'AlwaysSpeculatable'] });
export const NoMemoryEffect = trait('NoMemoryEffect');
export const AlwaysSpeculatable = trait('AlwaysSpeculatable');
export const RecursiveMemoryEffects = trait('RecursiveMemoryEffects');
export const Commutative = trait('Commutative');
export const Idempotent = trait('Idempotent');
export const Involution = trait('Involution');
export const ReturnLike = trait('ReturnLike', { implies: ['RegionBranchTerminatorOpInterface'] });
export const ConstantLike = trait('ConstantLike');
export const AutomaticAllocationScope = trait('AutomaticAllocationScope');
export const AffineScope = trait('AffineScope');
export const NoTerminator = trait('NoTerminator');
export const NoRegionArguments = trait('NoRegionArguments');
export const IsolatedFromAbove = trait('IsolatedFromAbove');
export const SymbolTable = trait('SymbolTable');
export const AttrSizedOperandSegments = trait('AttrSizedOperandSegments');
export const AttrSizedResultSegments = trait('AttrSizedResultSegments');
export const Scalarizable = trait('Scalarizable');
export const Vectorizable = trait('Vectorizable');
export const Tensorizable = trait('Tensorizable');

/** Must end its block (MLIR's IsTerminator; checked by lib/verify). */
export const Terminator = trait('Terminator');
/** Declares a symbol: a string `sym_name` (MLIR's Symbol trait; checked by lib/verify). Not named `Symbol`, which would shadow the global. */
export const IsSymbol = trait('Symbol');
/** Checked by lib/verify: `requires the same type for all operands and results`. */
export const SameOperandsAndResultType = trait('SameOperandsAndResultType');
/** Checked by lib/verify: `requires all operands to have the same type`. */
export const SameTypeOperands = trait('SameTypeOperands');
export const SameOperandsShape = trait('SameOperandsShape', {
  verify: typesOnly((op) => atLeast(op, 1, 0) && allAgree(op, op.operandTypes, compatibleShapes, 'requires the same shape for all operands')),
});
export const SameOperandsAndResultShape = trait('SameOperandsAndResultShape', {
  verify: typesOnly((op) =>
    atLeast(op, 1, 1) &&
    allAgree(op, [...op.operandTypes, ...op.resultTypes], compatibleShapes, 'requires the same shape for all operands and results'),
  ),
});
export const SameOperandsElementType = trait('SameOperandsElementType', {
  verify: typesOnly((op) =>
    atLeast(op, 1, 0) &&
    allAgree(op, op.operandTypes, (a, b) => elementTypeOrSelf(a) === elementTypeOrSelf(b), 'requires the same element type for all operands'),
  ),
});
export const SameOperandsAndResultElementType = trait('SameOperandsAndResultElementType', {
  verify: typesOnly((op) =>
    atLeast(op, 1, 1) &&
    allAgree(
      op,
      [...op.resultTypes, ...op.operandTypes],
      (a, b) => elementTypeOrSelf(a) === elementTypeOrSelf(b),
      'requires the same element type for all operands and results',
    ),
  ),
});

/** Whether Elementwise maps over values of type `t` (the constraint keeps its last answer: an op's values mostly share one type). */
const mappable = (t: Type): boolean => VectorOrTensor.check(t);

function anyMappable(op: Operation): boolean {
  for (let i = 0; i < op.results.length; i++) if (mappable(op.results[i].type)) return true;
  for (let i = 0; i < op.operandSlots.length; i++) if (mappable(op.operandSlots[i].value.type)) return true;
  return false;
}

/** Applies elementwise to vectors and tensors (MLIR's Elementwise). */
export const Elementwise = trait('Elementwise', {
  verify: typesOnly((op) => {
    // Scalars only (the usual case) is answered without building the type lists or closures.
    if (!anyMappable(op)) return true;
    const results = op.resultTypes.filter(mappable);
    const operands = op.operandTypes.filter(mappable);
    if (results.length === 0 && operands.length === 0) return true;
    let message: string | undefined;
    if (operands.length === 0) message = 'if a result is non-scalar, then at least one operand must be non-scalar';
    else if (results.length === 0) message = 'if an operand is non-scalar, then there must be at least one non-scalar result';
    else if (results.length !== op.numResults) message = 'if an operand is non-scalar, then all results must be non-scalar';
    else {
      const all = [...operands, ...results];
      const sameBase = all.every((t) => (t instanceof VectorType) === (all[0] instanceof VectorType));
      if (!sameBase || !all.every((t) => compatibleShapes(all[0], t))) message = 'all non-scalar operands/results must have the same shape and base type';
    }
    if (message) op.emitOpError(message);
    return message === undefined;
  }),
});

/** The op must sit directly inside one of `parents` (MLIR's HasParent / ParentOneOf; checked by lib/verify). */
export function HasParent(...parents: string[]): Trait {
  return trait(`HasParent(${parents.join(', ')})`, { parents: Object.freeze(parents) });
}

/** Every region has at most one block (checked by lib/verify). */
export const SingleBlock = trait('SingleBlock');

/**
 * Single-block regions ending in `terminator`, which the custom syntax leaves out when it has
 * no operands, results or attributes (checked by lib/verify).
 */
export function SingleBlockImplicitTerminator(terminator: string): Trait {
  return trait(`SingleBlockImplicitTerminator(${terminator})`, { implies: ['SingleBlock'], implicitTerminator: terminator });
}
