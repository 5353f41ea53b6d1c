// Affine expression nodes: dims, symbols, constants and binary operations, hash-consed so
// that structurally equal expressions are the same object (compare with ===).
//
// Nodes are only created through the interning functions here; the simplifying
// constructors (add, mul, floorDiv, ...) live in build.ts and are what callers use.
import { abs, gcdU64, wrap } from './int64.js';
import { printAffineExpr } from './print.js';

/** The binary operators of affine expressions, as MLIR spells them. */
export type AffineBinaryKind = 'add' | 'mul' | 'mod' | 'floordiv' | 'ceildiv';
/** Every kind of affine expression node. */
export type AffineExprKind = AffineBinaryKind | 'constant' | 'dim' | 'symbol';

let nextId = 0;

/** `d<position>`: the position-th dimension of the enclosing map or set. */
export class AffineDimExpr {
  readonly kind = 'dim' as const;
  /** Unique per node; stable for the life of the process (used as a hash key). */
  readonly id = nextId++;
  /** @internal Use dim(). */
  constructor(readonly position: number) {
    Object.freeze(this);
  }
  toString(): string {
    return printAffineExpr(this);
  }
}

/** `s<position>`: the position-th symbol of the enclosing map or set. */
export class AffineSymbolExpr {
  readonly kind = 'symbol' as const;
  readonly id = nextId++;
  /** @internal Use symbol(). */
  constructor(readonly position: number) {
    Object.freeze(this);
  }
  toString(): string {
    return printAffineExpr(this);
  }
}

/** An integer constant; the value is a signed 64-bit integer, held as a bigint. */
export class AffineConstantExpr {
  readonly kind = 'constant' as const;
  readonly id = nextId++;
  /** @internal Use constant(). */
  constructor(readonly value: bigint) {
    Object.freeze(this);
  }
  toString(): string {
    return printAffineExpr(this);
  }
}

/** `lhs <op> rhs` for one of the five affine operators. */
export class AffineBinaryExpr {
  readonly id = nextId++;
  /** True when no dimension occurs in the expression (MLIR's isSymbolicOrConstant). */
  readonly symbolic: boolean;
  /** @internal Use the constructors of build.ts. */
  constructor(
    readonly kind: AffineBinaryKind,
    readonly lhs: AffineExpr,
    readonly rhs: AffineExpr,
  ) {
    this.symbolic = isSymbolicOrConstant(lhs) && isSymbolicOrConstant(rhs);
    Object.freeze(this);
  }
  toString(): string {
    return printAffineExpr(this);
  }
}

/** An affine expression. Immutable and uniqued: structural equality is `===`. */
export type AffineExpr = AffineDimExpr | AffineSymbolExpr | AffineConstantExpr | AffineBinaryExpr;

// The uniquing tables. They only grow: expressions are small and programs reuse few of
// them, so a process-wide table is simpler than weak references (see docs/design/affine.md).
const dims: AffineDimExpr[] = [];
const symbols: AffineSymbolExpr[] = [];
const constants = new Map<bigint, AffineConstantExpr>();
// Binary nodes by kind, then lhs id, then rhs id: no key strings to build on lookups.
const binaries: Record<AffineBinaryKind, Map<number, Map<number, AffineBinaryExpr>>> = {
  add: new Map(),
  mul: new Map(),
  mod: new Map(),
  floordiv: new Map(),
  ceildiv: new Map(),
};

/** The dimension expression `d<position>`. */
export function dim(position: number): AffineDimExpr {
  checkPosition(position);
  return (dims[position] ??= new AffineDimExpr(position));
}

/** The symbol expression `s<position>`. */
export function symbol(position: number): AffineSymbolExpr {
  checkPosition(position);
  return (symbols[position] ??= new AffineSymbolExpr(position));
}

/** The constant expression for `value`, which is wrapped to int64 like MLIR's storage. */
export function constant(value: number | bigint): AffineConstantExpr {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`affine constant must be a safe integer, got ${value}`);
  }
  // Safe integers are within int64 already; only big bigints need wrapping.
  const v = typeof value === 'number' ? BigInt(value) : wrap(value);
  let c = constants.get(v);
  if (!c) {
    c = new AffineConstantExpr(v);
    constants.set(v, c);
  }
  return c;
}

/**
 * @internal The uniqued binary node, with no simplification at all. Only build.ts (after
 * trying MLIR's simplifications) should call this.
 */
export function internBinary(kind: AffineBinaryKind, lhs: AffineExpr, rhs: AffineExpr): AffineBinaryExpr {
  const byLhs = binaries[kind];
  let byRhs = byLhs.get(lhs.id);
  if (!byRhs) byLhs.set(lhs.id, (byRhs = new Map()));
  let e = byRhs.get(rhs.id);
  if (!e) byRhs.set(rhs.id, (e = new AffineBinaryExpr(kind, lhs, rhs)));
  return e;
}

function checkPosition(position: number): void {
  if (!Number.isInteger(position) || position < 0 || position > 0xffffffff) {
    throw new RangeError(`affine dim/symbol position must be a non-negative integer, got ${position}`);
  }
}

/** True for the binary nodes (add, mul, mod, floordiv, ceildiv). */
export function isBinary(e: AffineExpr): e is AffineBinaryExpr {
  return e instanceof AffineBinaryExpr;
}

/** The constant's value, or undefined when `e` is not a constant. */
export function constValue(e: AffineExpr): bigint | undefined {
  return e.kind === 'constant' ? e.value : undefined;
}

/** True when the expression contains no dimension (only symbols and constants). */
export function isSymbolicOrConstant(e: AffineExpr): boolean {
  switch (e.kind) {
    case 'constant':
    case 'symbol':
      return true;
    case 'dim':
      return false;
    default:
      return e.symbolic;
  }
}

/**
 * True for pure affine expressions: multiplication needs a constant operand and the
 * right operand of floordiv, ceildiv and mod is a constant (MLIR's isPureAffine).
 */
export function isPureAffine(e: AffineExpr): boolean {
  switch (e.kind) {
    case 'constant':
    case 'dim':
    case 'symbol':
      return true;
    case 'add':
      return isPureAffine(e.lhs) && isPureAffine(e.rhs);
    case 'mul':
      return isPureAffine(e.lhs) && isPureAffine(e.rhs) && (e.lhs.kind === 'constant' || e.rhs.kind === 'constant');
    default:
      return isPureAffine(e.lhs) && e.rhs.kind === 'constant';
  }
}

/** The largest integer known to divide every value of the expression (MLIR's rules). */
export function largestKnownDivisor(e: AffineExpr): bigint {
  switch (e.kind) {
    case 'dim':
    case 'symbol':
      return 1n;
    case 'constant':
      return abs(e.value);
    case 'floordiv':
    case 'ceildiv': {
      // A constant divisor that divides the dividend's known divisor leaves the quotient.
      const rhs = constValue(e.rhs);
      if (rhs !== undefined && rhs !== 0n) {
        const lhsDiv = largestKnownDivisor(e.lhs);
        if (lhsDiv % rhs === 0n) return abs(lhsDiv / rhs);
      }
      return 1n;
    }
    case 'mul':
      return wrap(largestKnownDivisor(e.lhs) * largestKnownDivisor(e.rhs));
    case 'add':
    case 'mod':
      return gcdU64(largestKnownDivisor(e.lhs), largestKnownDivisor(e.rhs));
  }
}

/** True when every value of the expression is known to be a multiple of `factor`. */
export function isMultipleOf(e: AffineExpr, factor: number | bigint): boolean {
  const f = BigInt(factor);
  if (f === 0n) return false;
  switch (e.kind) {
    case 'dim':
    case 'symbol':
      return f * f === 1n;
    case 'constant':
      return e.value % f === 0n;
    case 'mul': {
      const l = largestKnownDivisor(e.lhs);
      const r = largestKnownDivisor(e.rhs);
      return l % f === 0n || r % f === 0n || wrap(l * r) % f === 0n;
    }
    default:
      return gcdU64(largestKnownDivisor(e.lhs), largestKnownDivisor(e.rhs)) % f === 0n;
  }
}

/** True when `d<position>` occurs in the expression. */
export function isFunctionOfDim(e: AffineExpr, position: number): boolean {
  if (e.kind === 'dim') return e.position === position;
  return isBinary(e) && (isFunctionOfDim(e.lhs, position) || isFunctionOfDim(e.rhs, position));
}

/** True when `s<position>` occurs in the expression. */
export function isFunctionOfSymbol(e: AffineExpr, position: number): boolean {
  if (e.kind === 'symbol') return e.position === position;
  return isBinary(e) && (isFunctionOfSymbol(e.lhs, position) || isFunctionOfSymbol(e.rhs, position));
}

/**
 * Visits every node in post order (operands before the operation). Returning `false`
 * from the callback stops the walk; walk then returns false.
 */
export function walkExpr(e: AffineExpr, callback: (e: AffineExpr) => boolean | void): boolean {
  if (isBinary(e) && (!walkExpr(e.lhs, callback) || !walkExpr(e.rhs, callback))) return false;
  return callback(e) !== false;
}

/** The largest dim and symbol positions used, or -1 when none is used. */
export function maxDimAndSymbol(exprs: Iterable<AffineExpr>): { maxDim: number; maxSymbol: number } {
  let maxDim = -1;
  let maxSymbol = -1;
  for (const root of exprs) {
    walkExpr(root, (e) => {
      if (e.kind === 'dim') maxDim = Math.max(maxDim, e.position);
      else if (e.kind === 'symbol') maxSymbol = Math.max(maxSymbol, e.position);
    });
  }
  return { maxDim, maxSymbol };
}
