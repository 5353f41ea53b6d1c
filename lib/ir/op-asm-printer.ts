// OpAsmPrinter: the interface through which an op's custom assembly format writes text.
import type { MLIRContext } from './context.js';
import type { Type } from './types.js';
import type { Attribute, DictionaryAttr, NamedAttribute } from './attributes.js';
import type { Value, BlockArgument } from './value.js';
import type { Block } from './block.js';
import type { Region } from './region.js';
import type { Operation } from './operation.js';

/** Writes an op's custom syntax. */
export interface OpAsmPrinter {
  readonly context: MLIRContext;
  /** Raw text. */
  write(text: string): void;
  printOperand(v: Value): void;
  /** Comma-separated operands. */
  printOperands(vs: readonly Value[]): void;
  printType(t: Type): void;
  printTypes(ts: readonly Type[]): void;
  /** Prints `-> t` or `-> (t1, t2)`; nothing for no types unless `always`. */
  printArrowTypeList(ts: readonly Type[]): void;
  printFunctionalType(inputs: readonly Type[], results: readonly Type[]): void;
  printAttribute(a: Attribute): void;
  /** An attribute without its `: type` suffix where it has one (integers, floats). */
  printAttributeWithoutType(a: Attribute): void;
  printKeywordOrString(s: string): void;
  printSymbolName(name: string): void;
  /** ` {a = 1}` with `elided` names left out; nothing if empty. */
  printOptionalAttrDict(attrs: readonly NamedAttribute[], elided?: readonly string[]): void;
  /** ` attributes {a = 1}` with `elided` names left out; nothing if empty. */
  printOptionalAttrDictWithKeyword(attrs: readonly NamedAttribute[], elided?: readonly string[]): void;
  /** `%arg0: i32 {attrs}` (with `loc(...)` under --mlir-print-debuginfo). */
  printRegionArgument(arg: BlockArgument, attrs?: DictionaryAttr | null): void;
  printRegion(region: Region, options?: { printEntryBlockArgs?: boolean; printBlockTerminators?: boolean; printEmptyBlock?: boolean }): void;
  printSuccessor(block: Block): void;
  printSuccessorAndUseList(block: Block, operands: readonly Value[]): void;
  /** The op's discardable attributes and properties, merged, for formats that print attr-dict. */
  attributesOf(op: Operation): NamedAttribute[];
}
