// Op specs the dialect tests share: the arith-style family bases, to be spread into defineOp.
import { I1, IntEnumProp, Pure, SameOperandsAndResultType, SameTypeAs, SignlessIntegerLike, type EnumSpec } from '../../../lib/dialect/index.js';

/** A binary integer op (`%r = x.add %a, %b : i32`): a few lines per op with `...binaryInt`. */
export const binaryInt = {
  operands: { lhs: SignlessIntegerLike, rhs: SignlessIntegerLike },
  results: { result: SignlessIntegerLike },
  traits: [Pure, SameOperandsAndResultType],
  assemblyFormat: '$lhs `,` $rhs attr-dict `:` type($result)',
} as const;

/** An integer comparison (`%r = x.cmp slt, %a, %b : i32`) with an I64 enum predicate. */
export function compareInt(enumName: string) {
  return {
    operands: { lhs: SignlessIntegerLike, rhs: SameTypeAs('lhs') },
    results: { result: I1 },
    properties: { predicate: IntEnumProp(enumName, { eq: 0, ne: 1, slt: 2 }) },
    traits: [Pure],
    assemblyFormat: '$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)',
  } as const;
}

/** `#arith.fastmath<...>`, a bit enum (math ops use it too). */
export const fastmathEnum: EnumSpec = {
  dialect: 'arith',
  mnemonic: 'fastmath',
  cases: { none: 0, reassoc: 1, nnan: 2, ninf: 4, nsz: 8, arcp: 16, contract: 32, afn: 64, fast: 127 },
  bitSeparator: ',',
};
