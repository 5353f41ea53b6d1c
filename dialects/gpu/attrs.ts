// The gpu dialect's attributes: `#gpu.address_space<workgroup>` (memory spaces of memrefs) and the
// keyword enums written bare in ops and `#gpu<dim x>` in full (dimension, shuffle mode, reduction).
import {
  DialectAttr, MemRefType, type Attribute, type MLIRContext, type OpAsmParser, type OpAsmPrinter, type Type,
} from '../../lib/ir/index.js';
import { EnumAttr, enumAttrFromText, propDef, type EnumSpec, type PropDef } from '../../lib/dialect/index.js';

/** A memory space of the gpu dialect. */
export type AddressSpace = 'global' | 'workgroup' | 'private';

/** MLIR's gpu::AddressSpace (`#gpu.address_space<workgroup>`). */
export const addressSpaceEnum: EnumSpec = { dialect: 'gpu', mnemonic: 'address_space', cases: { global: 1, workgroup: 2, private: 3 } };

/** The `#gpu.address_space<space>` attribute, for a memref's memory space. */
export function addressSpaceAttr(ctx: MLIRContext, space: AddressSpace): EnumAttr {
  return enumAttrFromText(ctx, addressSpaceEnum, space)!;
}

/** The gpu address space of a memref type, or undefined when it has none (the default, global memory). */
export function addressSpaceOf(type: Type): AddressSpace | undefined {
  if (!(type instanceof MemRefType)) return undefined;
  const space = type.memorySpace;
  return space instanceof EnumAttr && space.dialect === 'gpu' && space.mnemonic === 'address_space' ? (space.value as AddressSpace) : undefined;
}

/** A gpu enum whose body is `mnemonic value` (`#gpu<dim x>`, `#gpu<shuffle_mode xor>`), as MLIR prints them. */
export class KeywordEnumAttr extends DialectAttr {
  readonly dialect = 'gpu';
  constructor(
    ctx: MLIRContext,
    id: number,
    readonly mnemonic: string,
    readonly value: string,
  ) {
    super(ctx, id);
  }
  static get(ctx: MLIRContext, mnemonic: string, value: string): KeywordEnumAttr {
    return ctx.intern(`GPU:${mnemonic} ${value}`, (id) => new KeywordEnumAttr(ctx, id, mnemonic, value));
  }
  printBody(): string {
    return `${this.mnemonic} ${this.value}`;
  }
}

/** The gpu keyword enums: mnemonic and cases in MLIR's order. */
export const KEYWORD_ENUMS = {
  dim: ['x', 'y', 'z'],
  shuffle_mode: ['xor', 'up', 'down', 'idx'],
  all_reduce_op: ['add', 'mul', 'minui', 'minsi', 'minnumf', 'maxui', 'maxsi', 'maxnumf', 'and', 'or', 'xor', 'minimumf', 'maximumf'],
  mma_element_wise: ['addf', 'mulf', 'subf', 'maxf', 'minf', 'divf', 'addi', 'muli', 'subi', 'divs', 'divu', 'negatef', 'negates', 'extf'],
} as const;

type KeywordEnum = keyof typeof KEYWORD_ENUMS;
export type Dimension = (typeof KEYWORD_ENUMS.dim)[number];
export type ShuffleMode = (typeof KEYWORD_ENUMS.shuffle_mode)[number];
export type ReductionKind = (typeof KEYWORD_ENUMS.all_reduce_op)[number];
export type MmaElementwiseKind = (typeof KEYWORD_ENUMS.mma_element_wise)[number];

/** MLIR's C++ enum names, for the "expected ... to be one of" message. */
const ENUM_NAMES: Record<KeywordEnum, string> = { dim: 'gpu::Dimension', shuffle_mode: 'gpu::ShuffleMode', all_reduce_op: 'gpu::AllReduceOperation', mma_element_wise: '::mlir::gpu::MMAElementwiseOp' };

/**
 * A property holding a keyword enum: written as the bare keyword in op formats, printed after an
 * extra space as MLIR's generated printers do (`gpu.thread_id  x`).
 */
function keywordEnumProp<K extends KeywordEnum>(mnemonic: K, summary?: string): PropDef<(typeof KEYWORD_ENUMS)[K][number]> {
  type Case = (typeof KEYWORD_ENUMS)[K][number];
  const cases: readonly string[] = KEYWORD_ENUMS[mnemonic];
  const parseOptional = (p: OpAsmParser, ctx: MLIRContext): Attribute | undefined => {
    const word = p.parseOptionalKeyword(cases);
    return word === undefined ? undefined : KeywordEnumAttr.get(ctx, mnemonic, word);
  };
  return propDef<Case>({
    summary: summary ?? `${ENUM_NAMES[mnemonic].replace('gpu::', 'gpu ').toLowerCase()} attribute`,
    check: (a) => a instanceof KeywordEnumAttr && a.mnemonic === mnemonic,
    decode: (a) => (a as KeywordEnumAttr).value as Case,
    encode: (ctx, v) => KeywordEnumAttr.get(ctx, mnemonic, v),
    syntax: Object.freeze({
      parse: (p: OpAsmParser, ctx: MLIRContext) => {
        const at = p.currentOffset();
        const a = parseOptional(p, ctx);
        if (!a) throw p.error(at, `expected ${ENUM_NAMES[mnemonic]} to be one of: ${cases.join(', ')}`);
        return a;
      },
      parseOptional,
      print: (pr: OpAsmPrinter, a: Attribute) => pr.write(` ${(a as KeywordEnumAttr).value}`),
      mayEndWithType: false,
    }),
  });
}

export const DimensionProp = keywordEnumProp('dim');
export const ShuffleModeProp = keywordEnumProp('shuffle_mode');
export const ReductionProp = keywordEnumProp('all_reduce_op');
export const MmaElementwiseProp = keywordEnumProp('mma_element_wise', 'elementwise operation to apply to mma matrix');

/** Parses the body of a `#gpu<...>` keyword enum (`dim x`); undefined when it is not one. */
export function parseKeywordEnum(body: string, ctx: MLIRContext): Attribute | undefined {
  const m = /^\s*(\w+)\s+(\w+)\s*$/.exec(body);
  if (!m || !(m[1] in KEYWORD_ENUMS)) return undefined;
  const cases: readonly string[] = KEYWORD_ENUMS[m[1] as KeywordEnum];
  return cases.includes(m[2]) ? KeywordEnumAttr.get(ctx, m[1], m[2]) : undefined;
}
