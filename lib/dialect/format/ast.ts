// The elements of a compiled assembly format, bound to the op's operands, results, properties,
// regions and successors.
import type { NamedSlot, PropSlot, ValueSlot } from '../model.js';
import type { RegionDef, SuccessorDef } from '../spec.js';

/** An argument of `type(...)` or `functional-type(...)`. */
export type TypeArg =
  | { readonly k: 'operand'; readonly slot: ValueSlot }
  | { readonly k: 'result'; readonly slot: ValueSlot }
  | { readonly k: 'operands' }
  | { readonly k: 'results' };

/** One element of a format. */
export type FormatElement =
  | { readonly k: 'literal'; readonly value: string }
  /** `` ` ` `` (a space), `` `` `` (no space) or `` `\n` ``. */
  | { readonly k: 'space'; readonly value: '' | ' ' | '\\n' }
  | { readonly k: 'operand'; readonly slot: ValueSlot }
  | { readonly k: 'prop'; readonly slot: PropSlot; readonly qualified: boolean }
  | { readonly k: 'region'; readonly slot: NamedSlot<RegionDef> }
  | { readonly k: 'successor'; readonly slot: NamedSlot<SuccessorDef> }
  | { readonly k: 'attr-dict'; readonly withKeyword: boolean }
  | { readonly k: 'prop-dict' }
  | { readonly k: 'type'; readonly arg: TypeArg; readonly qualified: boolean }
  | { readonly k: 'functional-type'; readonly inputs: TypeArg; readonly results: TypeArg }
  | { readonly k: 'operands' }
  | { readonly k: 'regions' }
  | { readonly k: 'successors' }
  | { readonly k: 'custom'; readonly name: string; readonly args: readonly CustomArg[] }
  | OptionalGroup;

/** `(then)? ` or `(then) : (else)?`, present when its anchor is. */
export interface OptionalGroup {
  readonly k: 'optional';
  readonly then: readonly FormatElement[];
  readonly else: readonly FormatElement[];
  readonly anchor: FormatElement;
}

/** An argument of `custom<Name>(...)`; `ref(...)` arguments were parsed earlier and are read only. */
export interface CustomArg {
  readonly ref: boolean;
  readonly element: FormatElement;
}

/** Characters of punctuation literals the parser interface can read. */
export const PUNCTUATION = new Set([',', ':', '(', ')', '[', ']', '{', '}', '<', '>', '=', '->', '?', '*', '+', '-', '...', '|', '::']);

/** True for keyword literals (`to`, `step`), false for punctuation. */
export function isKeywordLiteral(value: string): boolean {
  return /^[A-Za-z_][\w$.]*$/.test(value);
}
