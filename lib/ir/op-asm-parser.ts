// OpAsmParser: the interface through which an op's custom assembly format reads text; what
// hand-written parse hooks and the declarative assembly formats are written against.
import type { MLIRContext } from './context.js';
import type { FunctionType, Type } from './types.js';
import type { Attribute, DictionaryAttr, NamedAttribute, SymbolRefAttr } from './attributes.js';
import type { Location } from './location.js';
import type { Value } from './value.js';
import type { Block } from './block.js';
import type { Region } from './region.js';

/** What is known about an operation before it is created. */
export interface OperationState {
  name: string;
  location: Location;
  operands: Value[];
  resultTypes: Type[];
  properties: NamedAttribute[];
  /**
   * The properties as one dictionary, for parsers that hold it interned already (the
   * declarative formats reuse the last one they built while the values repeat): set instead of
   * pushing to `properties`, which then stays empty. It must hold every property the op has,
   * defaulted ones included: the parser adds no defaults to it.
   */
  propertiesDict?: DictionaryAttr;
  attributes: NamedAttribute[];
  regions: Region[];
  successors: Block[];
}

/** An SSA use seen in text (`%x#1`), resolved to a Value once its type is known. */
export interface UnresolvedOperand {
  readonly name: string;
  readonly resultNumber: number;
  /** Byte offset in the source, for diagnostics. */
  readonly offset: number;
}

/** A region argument in text: `%arg0: i32 {attrs} loc(...)`. */
export interface ParsedArgument {
  readonly ssa: UnresolvedOperand;
  type: Type | null;
  attrs: DictionaryAttr | null;
  location: Location | null;
}

/** Punctuation an op format may ask for. */
export type Punctuation =
  | ',' | ':' | '(' | ')' | '[' | ']' | '{' | '}' | '<' | '>' | '=' | '->' | '?' | '*' | '+' | '-' | '...' | '|' | '::';

/**
 * Reads an op's custom syntax. `parseOptionalX` returns undefined/false without consuming;
 * `parseX` reports an error at the current token and throws ParseFailure.
 */
export interface OpAsmParser {
  readonly context: MLIRContext;
  /** Byte offset of the next token. */
  currentOffset(): number;
  /** The location for a byte offset of the source. */
  locationAt(offset: number): Location;
  /** Reports an error at `offset` and returns the exception to throw. */
  error(offset: number, message: string): Error;

  parsePunct(p: Punctuation): void;
  parseOptionalPunct(p: Punctuation): boolean;
  /** A bare identifier (`to`, `step`, `x`); with `expected`, only that one. */
  parseKeyword(expected?: string): string;
  parseOptionalKeyword(expected?: string | readonly string[]): string | undefined;
  parseString(): string;
  parseOptionalString(): string | undefined;
  parseKeywordOrString(): string;
  parseInteger(): bigint;
  parseOptionalInteger(): bigint | undefined;
  parseFloat(): number;

  parseType(): Type;
  parseOptionalType(): Type | undefined;
  parseColonType(): Type;
  /** `: t1, t2` (possibly empty when `allowEmpty`). */
  parseColonTypeList(): Type[];
  parseOptionalColonTypeList(): Type[];
  /** `t1, t2` without delimiters. */
  parseTypeList(): Type[];
  /** `-> t` or `-> (t1, t2)`. */
  parseOptionalArrowTypeList(): Type[] | undefined;
  parseFunctionType(): { inputs: Type[]; results: Type[] };
  /** A type that must be a function type (`type($callee)` of a function-typed operand). */
  parseFunctionTypeValue(): FunctionType;

  parseAttribute(type?: Type): Attribute;
  parseOptionalAttribute(type?: Type): Attribute | undefined;
  /** A symbol reference attribute (`@f`, or nested `@a::@b` unless `flat`). */
  parseSymbolRefAttr(flat?: boolean): SymbolRefAttr;
  /** `{a = 1, ...}` if present, else nothing (the dictionary lists are read-only: the empty one is shared). */
  parseOptionalAttrDict(): readonly NamedAttribute[];
  /** `attributes {a = 1, ...}` if present. */
  parseOptionalAttrDictWithKeyword(): readonly NamedAttribute[];
  /** `<{...}>` if present. */
  parseOptionalPropDict(): readonly NamedAttribute[];
  /** `@name` */
  parseSymbolName(): string;
  parseOptionalSymbolName(): string | undefined;
  /** Optional `loc(...)` trailing location specifier. */
  parseOptionalLocationSpecifier(): Location | undefined;

  parseOperand(): UnresolvedOperand;
  parseOptionalOperand(): UnresolvedOperand | undefined;
  /** Comma-separated operands with an optional delimiter (`(`...`)` or `[`...`]`). */
  parseOperandList(delimiter?: 'paren' | 'square' | 'optional-paren' | 'optional-square'): UnresolvedOperand[];
  resolveOperand(operand: UnresolvedOperand, type: Type): Value;
  /** Resolves operands against types; a count mismatch is reported at `offset` (the list's start). */
  resolveOperands(operands: readonly UnresolvedOperand[], types: readonly Type[], offset: number): Value[];

  /** `%arg: type {attrs} loc(...)`; the type part is required when `allowType`. */
  parseArgument(allowType: boolean, allowAttrs?: boolean): ParsedArgument;
  parseOptionalArgument(allowType: boolean, allowAttrs?: boolean): ParsedArgument | undefined;
  parseArgumentList(delimiter: 'paren' | 'square' | 'optional-paren', allowType: boolean, allowAttrs?: boolean): ParsedArgument[];
  /** `{ ... }` into `region`; with `entryArgs`, the entry block gets those arguments. */
  parseRegion(region: Region, entryArgs?: readonly ParsedArgument[]): void;
  parseOptionalRegion(region: Region, entryArgs?: readonly ParsedArgument[]): boolean;
  parseSuccessor(): Block;
  parseOptionalSuccessor(): Block | undefined;
  /** `^bb(%a, %b : i32, i32)` */
  parseSuccessorAndUseList(): { block: Block; operands: Value[] };
}

/** Thrown by OpAsmParser methods after the error has been reported; the parser recovers at op level. */
export class ParseFailure extends Error {
  constructor(message = 'parse failure') {
    super(message);
  }
}
