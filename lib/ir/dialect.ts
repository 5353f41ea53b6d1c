// The runtime record of a registered op (OpInfo) and of a dialect: what the parser, printer and
// verifier consult. lib/dialect builds these from declarative op definitions.
import type { Operation } from './operation.js';
import type { OpAsmParser, OperationState } from './op-asm-parser.js';
import type { OpAsmPrinter } from './op-asm-printer.js';
import type { Type } from './types.js';
import type { Attribute, SymbolRefAttr } from './attributes.js';
import type { MLIRContext } from './context.js';

/** Resolves a symbol reference from an op through the nearest enclosing symbol table. */
export type SymbolLookup = (from: Operation, ref: SymbolRefAttr) => Operation | undefined;

/** Everything known about a registered operation. */
export interface OpInfo {
  /** Full name, `dialect.op`. */
  readonly name: string;
  /** Trait names, such as `Terminator`, `IsolatedFromAbove`, `SymbolTable`, `NoTerminator`. */
  readonly traits: ReadonlySet<string>;
  /** Names of the inherent attributes, stored as properties. */
  readonly propertyNames?: readonly string[];
  /** The dialect whose ops may be written without prefix inside this op's regions. */
  readonly defaultDialect?: string;
  /**
   * Checks that come from the op's definition (operand, result, attribute and region
   * constraints, MLIR's ODS-generated verifier). They run where the trait `OpInvariants`
   * stands in `traits`, or before every trait when it is absent.
   */
  verifyInvariants?(op: Operation): boolean;
  /**
   * Builds what the op's definition leaves for first use, replacing stand-in hooks with the
   * real ones; the verifier calls it before it keeps the hooks.
   */
  complete?(): void;
  /** Sets the defaults of defaulted properties the op lacks; the generic-form parser calls it, as MLIR does. */
  populateDefaultProperties?(op: Operation): void;
  /** Op-specific checks; emit diagnostics with `op.emitOpError` and return false on failure. */
  verify?(op: Operation): boolean;
  /** Checks that need the regions verified first. */
  verifyRegions?(op: Operation): boolean;
  /** Checks the symbols the op references; run by the verifier of the enclosing symbol table. */
  verifySymbolUses?(op: Operation, lookup: SymbolLookup): boolean;
  /** Parses the custom (pretty) form after the op name. Throws ParseFailure after reporting. */
  parse?(parser: OpAsmParser, state: OperationState): void;
  /** Prints the custom form after the op name (the printer has already written results and name). */
  print?(op: Operation, printer: OpAsmPrinter): void;
}

/** A dialect: a namespace of ops, and optionally of types and attributes. */
export interface Dialect {
  readonly name: string;
  readonly ops: ReadonlyMap<string, OpInfo>;
  /** Parses `!name.<body>` where `body` is the raw text after the dot; undefined if unknown. */
  parseType?(body: string, ctx: MLIRContext): Type | undefined;
  /** Parses `#name.<body>`; undefined if unknown. */
  parseAttribute?(body: string, ctx: MLIRContext): Attribute | undefined;
}

/**
 * The record of a registered op, as makeOpInfo and lib/dialect's defineOp build it. One class
 * whose every hook is a field, set in one order and undefined where the op has none: all ops'
 * records share one hidden class, so code reading them per op (the parser's
 * `info?.populateDefaultProperties`) stays monomorphic instead of deoptimizing at the first op
 * of another shape (`func.return` after `arith` ops), and replacing a stand-in hook with the
 * real one (defineOp does on first use) adds no property. The trait names are worked out on
 * their first read, so that a definition nothing uses costs no trait list.
 */
export class OpRecord implements OpInfo {
  readonly name: string;
  readonly propertyNames: readonly string[] | undefined;
  readonly defaultDialect: string | undefined;
  complete: (() => void) | undefined;
  verifyInvariants: ((op: Operation) => boolean) | undefined;
  populateDefaultProperties: ((op: Operation) => void) | undefined;
  verify: ((op: Operation) => boolean) | undefined;
  verifyRegions: ((op: Operation) => boolean) | undefined;
  verifySymbolUses: ((op: Operation, lookup: SymbolLookup) => boolean) | undefined;
  parse: ((parser: OpAsmParser, state: OperationState) => void) | undefined;
  print: ((op: Operation, printer: OpAsmPrinter) => void) | undefined;
  #traits: ReadonlySet<string> | undefined = undefined;
  readonly #traitsOf: () => ReadonlySet<string>;

  constructor(hooks: Omit<OpInfo, 'traits'>, traitsOf: () => ReadonlySet<string>) {
    this.name = hooks.name;
    this.propertyNames = hooks.propertyNames;
    this.defaultDialect = hooks.defaultDialect;
    this.complete = hooks.complete;
    this.verifyInvariants = hooks.verifyInvariants;
    this.populateDefaultProperties = hooks.populateDefaultProperties;
    this.verify = hooks.verify;
    this.verifyRegions = hooks.verifyRegions;
    this.verifySymbolUses = hooks.verifySymbolUses;
    this.parse = hooks.parse;
    this.print = hooks.print;
    this.#traitsOf = traitsOf;
  }

  get traits(): ReadonlySet<string> {
    return (this.#traits ??= this.#traitsOf());
  }
}

/** Builds an OpInfo from a partial description; traits are given as a list. */
export function makeOpInfo(spec: Omit<OpInfo, 'traits'> & { traits?: readonly string[] }): OpInfo {
  const traits: ReadonlySet<string> = new Set(spec.traits ?? []);
  return new OpRecord(spec, () => traits);
}

/** Builds a dialect from its ops. */
export function makeDialect(name: string, ops: readonly OpInfo[], extra: Partial<Omit<Dialect, 'name' | 'ops'>> = {}): Dialect {
  return { name, ops: new Map(ops.map((o) => [o.name, o])), ...extra };
}
