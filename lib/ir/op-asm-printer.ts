// OpAsmPrinter: the interface through which an op's custom assembly format writes text.
import type { MLIRContext } from './context.js';
import type { Type } from './types.js';
import type { Attribute, DictionaryAttr, NamedAttribute } from './attributes.js';
import type { Location } from './location.js';
import type { Value, BlockArgument } from './value.js';
import type { Block } from './block.js';
import type { Region } from './region.js';
import type { Operation } from './operation.js';

/** How `printRegion` prints a region; every flag defaults to true except `printEmptyBlock`. */
export interface RegionPrintOptions {
  /** Print the entry block's label and arguments when it has arguments. */
  printEntryBlockArgs?: boolean;
  /** Print the last op of each block even when it is a terminator. */
  printBlockTerminators?: boolean;
  /** Print the entry block's label even when the block is empty. */
  printEmptyBlock?: boolean;
}

/**
 * Writes an op's custom syntax. The printer has already written the results and the op name;
 * a hook writes the rest, starting with its own leading space.
 */
export interface OpAsmPrinter {
  readonly context: MLIRContext;
  /** Raw text. */
  write(text: string): void;
  /** A line break followed by the current indentation. */
  printNewline(): void;
  printOperand(v: Value): void;
  /** Comma-separated operands. */
  printOperands(vs: readonly Value[]): void;
  printType(t: Type): void;
  /** Comma-separated types. */
  printTypes(ts: readonly Type[]): void;
  /** Prints `-> t` or `-> (t1, t2)`; nothing for no types. */
  printArrowTypeList(ts: readonly Type[]): void;
  /** `(a, b) -> c`, parenthesising results unless there is exactly one non-function type. */
  printFunctionalType(inputs: readonly Type[], results: readonly Type[]): void;
  printAttribute(a: Attribute): void;
  /** An attribute without its `: type` suffix where it has one (integers, floats). */
  printAttributeWithoutType(a: Attribute): void;
  printKeywordOrString(s: string): void;
  /** `@name` or `@"quoted name"`. */
  printSymbolName(name: string): void;
  /** ` {a = 1}` with `elided` names left out; nothing if empty. */
  printOptionalAttrDict(attrs: readonly NamedAttribute[], elided?: readonly string[]): void;
  /** ` attributes {a = 1}` with `elided` names left out; nothing if empty. */
  printOptionalAttrDictWithKeyword(attrs: readonly NamedAttribute[], elided?: readonly string[]): void;
  /** `%arg0: i32 {attrs}` (with `loc(...)` under --mlir-print-debuginfo). */
  printRegionArgument(arg: BlockArgument, attrs?: DictionaryAttr | null): void;
  printRegion(region: Region, options?: RegionPrintOptions): void;
  printSuccessor(block: Block): void;
  /** `^bb1(%0, %1 : i32, i32)`, or just `^bb1` without operands. */
  printSuccessorAndUseList(block: Block, operands: readonly Value[]): void;
  /** The generic form of `op` (from its quoted name on), for ops that fall back to it. */
  printGenericOp(op: Operation): void;
  /** ` loc(...)` under --mlir-print-debuginfo, nothing otherwise. */
  printOptionalLocationSpecifier(loc: Location): void;
  /** The op's discardable attributes and properties, merged in name order, for attr-dict. */
  attributesOf(op: Operation): NamedAttribute[];
}
