// The shape of an op definition (OpSpec) and the types inferred from it: operand, result,
// region and successor kinds, and the typed view (`AddIOp.view(op).lhs`) of an operation.
import type { Attribute, Block, MLIRContext, Operation, OpResult, Region, Type, Value, NamedAttribute, OpAsmParser, OpAsmPrinter, OperationState, SymbolLookup } from '../ir/index.js';
import type { ValueConstraint } from './constraints.js';
import type { PropDef } from './properties.js';
import type { Trait } from './traits.js';
import type { OpInterfaces } from './interfaces.js';
import type { RewritePattern } from '../rewrite/pattern.js';

/** An operand or result that may be absent. */
export interface OptionalDef<C extends ValueConstraint = ValueConstraint> {
  readonly kind: 'optional';
  readonly of: C;
}
/** Zero or more operands or results of one constraint. */
export interface VariadicDef<C extends ValueConstraint = ValueConstraint> {
  readonly kind: 'variadic';
  readonly of: C;
}
/**
 * A list of operand lists (MLIR's VariadicOfVariadic): the operands of one group, split into
 * sub-lists by the sizes in the dense i32 array property `segments`.
 */
export interface VariadicOfVariadicDef<C extends ValueConstraint = ValueConstraint> {
  readonly kind: 'variadicOfVariadic';
  readonly of: C;
  readonly segments: string;
}
/** What an operand or result may be: one value, an optional one, or a variadic list (of lists, for operands). */
export type ValueDef = ValueConstraint | OptionalDef | VariadicDef | VariadicOfVariadicDef;

/** An operand or result that may be absent (at most one value). */
export function Optional<C extends ValueConstraint>(of: C): OptionalDef<C> {
  return Object.freeze({ kind: 'optional', of });
}
/** A list of operands or results, each satisfying `of` (or all given at once by a TypeFrom list). */
export function Variadic<C extends ValueConstraint>(of: C): VariadicDef<C> {
  return Object.freeze({ kind: 'variadic', of });
}

/**
 * Operand lists, one per sub-list, whose sizes the dense i32 array property `segments` holds
 * (MLIR's VariadicOfVariadic, as cf.switch's case operands). The view reads `Value[][]`.
 */
export function VariadicOfVariadic<C extends ValueConstraint>(of: C, segments: string): VariadicOfVariadicDef<C> {
  return Object.freeze({ kind: 'variadicOfVariadic', of, segments });
}

/** A region constraint: a summary for messages and a check on the region; `V` says whether it is variadic. */
export interface RegionDef<V extends boolean = boolean> {
  readonly kind: 'region';
  readonly summary: string;
  readonly variadic: V;
  check(r: Region): boolean;
}
function regionDef(summary: string, check: (r: Region) => boolean): RegionDef<false> {
  return Object.freeze({ kind: 'region', summary, check, variadic: false });
}
export const AnyRegion = regionDef('any region', () => true);
/** A region with exactly `n` blocks. */
export function SizedRegion(n: number): RegionDef<false> {
  return regionDef(`region with ${n} blocks`, (r) => r.blocks.length === n);
}
/** A region with at least `n` blocks. */
export function MinSizedRegion(n: number): RegionDef<false> {
  return regionDef(`region with at least ${n} blocks`, (r) => r.blocks.length >= n);
}
/** A region with at most `n` blocks. */
export function MaxSizedRegion(n: number): RegionDef<false> {
  return regionDef(`region with at most ${n} blocks`, (r) => r.blocks.length <= n);
}
/**
 * A region of `blocks` blocks (any number when omitted) whose blocks all end in one of
 * `terminators`: the terminator kinds a region accepts, checked with its other constraints.
 */
export function TerminatedRegion(terminators: readonly string[], blocks?: number): RegionDef<false> {
  const count = blocks === undefined ? 'region' : `region with ${blocks} blocks`;
  const kinds = terminators.map((t) => `'${t}'`).join(' or ');
  return regionDef(
    `${count} ending in ${kinds}`,
    (r) => (blocks === undefined || r.blocks.length === blocks) && r.blocks.every((b) => b.last !== null && terminators.includes(b.last.name.name)),
  );
}

/** Any number of regions, each satisfying `of`; the view reads `Region[]`. */
export function VariadicRegion(of: RegionDef = AnyRegion): RegionDef<true> {
  return Object.freeze({ kind: 'region', summary: of.summary, check: of.check, variadic: true });
}

/** A successor, or a variadic list of them (`V`); the view reads `Block` or `Block[]`. */
export interface SuccessorDef<V extends boolean = boolean> {
  readonly kind: 'successor';
  readonly variadic: V;
}
export const AnySuccessor: SuccessorDef<false> = Object.freeze({ kind: 'successor', variadic: false });
export const VariadicSuccessor: SuccessorDef<true> = Object.freeze({ kind: 'successor', variadic: true });

/** What a result-type inference hook sees (MLIR's InferTypeOpInterface::inferReturnTypes). */
export interface InferInput {
  readonly context: MLIRContext;
  readonly operands: readonly Value[];
  readonly properties: readonly NamedAttribute[];
  readonly regions: readonly Region[];
}

/** A fold's answer: one attribute or value per result, or nothing (lib/rewrite's type). */
export type { FoldResult } from '../rewrite/op-hooks.js';
import type { FoldResult } from '../rewrite/op-hooks.js';

/** A hand-written syntax piece for `custom<Name>(...)`: parse fills the arguments, print writes them. */
export interface CustomDirective {
  parse(parser: OpAsmParser, args: CustomParseArgs): void;
  print(printer: OpAsmPrinter, op: Operation, args: readonly CustomPrintArg[]): void;
}
/** What `custom<Name>($a, type($b), ...)` hands to its parse function, one slot per argument. */
export interface CustomParseArgs {
  readonly context: MLIRContext;
  /** One slot per argument; the function assigns operands, types, attributes, regions or blocks. */
  readonly slots: CustomSlot[];
}
/** A slot of a custom directive's parse function. */
export interface CustomSlot {
  readonly kind: 'operand' | 'type' | 'attribute' | 'region' | 'successor' | 'attr-dict';
  /** True when the argument is variadic (or optional) and takes a list; a VariadicOfVariadic operand or its types take a list of lists. */
  readonly list: boolean;
  /** True for `ref(...)` arguments: already parsed, given for reading. */
  readonly ref: boolean;
  value: unknown;
}
/** What a custom directive's print function gets for each argument. */
export type CustomPrintArg = Value | readonly Value[] | readonly (readonly Value[])[] | Type | readonly Type[] | readonly (readonly Type[])[] | Attribute | Region | readonly Region[] | Block | readonly Block[] | undefined;

/** The declarative definition of one op. */
export interface OpSpec {
  /** Full name, `dialect.op`. */
  readonly name: string;
  readonly summary?: string;
  readonly operands?: Readonly<Record<string, ValueDef>>;
  readonly results?: Readonly<Record<string, ValueDef>>;
  /** Inherent attributes, stored as properties. */
  readonly properties?: Readonly<Record<string, PropDef<unknown, unknown>>>;
  /** Discardable attributes the op understands; checked when present. */
  readonly attributes?: Readonly<Record<string, PropDef<unknown, unknown>>>;
  readonly regions?: Readonly<Record<string, RegionDef>>;
  readonly successors?: Readonly<Record<string, SuccessorDef>>;
  readonly traits?: readonly Trait[];
  readonly interfaces?: OpInterfaces;
  /** MLIR's declarative assembly format; compiled to parse and print hooks on the op's first use. */
  readonly assemblyFormat?: string;
  /** The dialect whose ops may be written without prefix inside this op's regions. */
  readonly defaultDialect?: string;
  /** Result types from operands and properties (InferTypeOpInterface); formats may then omit them. */
  readonly inferResultTypes?: (input: InferInput) => Type[];
  /** Hand-written parse hook, for ops whose syntax no format expresses. */
  readonly parse?: (parser: OpAsmParser, state: OperationState) => void;
  /** Hand-written print hook, paired with `parse`. */
  readonly print?: (op: Operation, printer: OpAsmPrinter) => void;
  /**
   * Canonicalisation patterns of this op, served to the rewriter. Patterns that need the op
   * definitions (most do) live beside them instead: `defineDialect({ canonicalization })`.
   */
  readonly canonicalize?: readonly RewritePattern[];
}

type ValueRead<D, V> = D extends VariadicOfVariadicDef ? V[][] : D extends VariadicDef ? V[] : D extends OptionalDef ? V | undefined : V;
type PropRead<P> = P extends PropDef<unknown, infer R> ? R : never;
type Fields<R, F> = R extends Readonly<Record<string, unknown>> ? { readonly [K in keyof R]: F extends 'operand' ? ValueRead<R[K], Value> : F extends 'result' ? ValueRead<R[K], OpResult> : F extends 'prop' ? PropRead<R[K]> : F extends 'region' ? (R[K] extends { variadic: true } ? Region[] : Region) : R[K] extends { variadic: true } ? Block[] : Block } : unknown;

/** A typed view of an operation of spec `S`: named operands, results, properties, regions and successors. */
export type OpView<S extends OpSpec> = { readonly op: Operation } & Fields<S['operands'], 'operand'> &
  Fields<S['results'], 'result'> &
  Fields<S['properties'], 'prop'> &
  Fields<S['regions'], 'region'> &
  Fields<S['successors'], 'successor'>;

/** The hooks of an op definition that see the typed view. */
export interface OpHooks<V> {
  /** Op-specific checks after the generated ones; emit with `v.op.emitOpError` and return false on failure. */
  verify?(v: V): boolean;
  /** Checks that need the nested regions verified first. */
  verifyRegions?(v: V): boolean;
  /** Folds the op given the constant values of its operands (undefined where not constant). */
  fold?(v: V, operands: readonly (Attribute | undefined)[]): FoldResult;
  /** Checks the symbols the op references (SymbolUserOpInterface); run by the enclosing symbol table's verifier. */
  verifySymbolUses?(v: V, lookup: SymbolLookup): boolean;
  /** Suggests SSA names for results in the custom form (MLIR's getAsmResultNames): `%c0`, `%alloc`. */
  resultNames?(v: V, setName: (result: Value, name: string) => void): void;
}
