// `!gpu.mma_matrix<MxNxT, "AOp"|"BOp"|"COp">`: a warp's fragment of a matrix for the subgroup
// mma ops (MLIR's MMAMatrixType), an operand of a multiply (A, B) or its accumulator (C).
import { DialectType, FloatType, IntegerType, type MLIRContext, type Type } from '../../lib/ir/index.js';
import { typeConstraint, type TypeConstraint } from '../../lib/dialect/index.js';

/** Which operand of D = A B + C a fragment holds. */
export type MmaOperand = 'AOp' | 'BOp' | 'COp';

/** `!gpu.mma_matrix<16x16xf16, "AOp">`: two static dims, an element type and the operand it is. */
export class MmaMatrixType extends DialectType {
  readonly dialect = 'gpu';
  constructor(
    ctx: MLIRContext,
    id: number,
    readonly shape: readonly [number, number],
    readonly elementType: Type,
    readonly operand: MmaOperand,
  ) {
    super(ctx, id);
  }
  static get(ctx: MLIRContext, shape: readonly [number, number], elementType: Type, operand: MmaOperand): MmaMatrixType {
    return ctx.intern(`gpu.mma_matrix ${shape[0]}x${shape[1]} ${elementType.id} ${operand}`, (id) => new MmaMatrixType(ctx, id, [shape[0], shape[1]], elementType, operand));
  }
  printBody(): string {
    return `mma_matrix<${this.shape[0]}x${this.shape[1]}x${this.elementType}, "${this.operand}">`;
  }
}

const ELEMENTS: Record<string, (ctx: MLIRContext) => Type> = {
  si8: (ctx) => IntegerType.get(ctx, 8, 'signed'),
  ui8: (ctx) => IntegerType.get(ctx, 8, 'unsigned'),
  i32: (ctx) => IntegerType.get(ctx, 32),
  f16: (ctx) => FloatType.get(ctx, 'f16'),
  f32: (ctx) => FloatType.get(ctx, 'f32'),
  f64: (ctx) => FloatType.get(ctx, 'f64'),
};

/**
 * Parses `mma_matrix<MxNxT, "Op">`; undefined when the body is not one or breaks MLIR's rules
 * (two dims, elements SI8, UI8, I32, F16, F32 or F64, operand AOp, BOp or COp).
 */
export function parseMmaMatrixType(body: string, ctx: MLIRContext): MmaMatrixType | undefined {
  const m = /^\s*mma_matrix\s*<\s*(\d+)x(\d+)x(\w+)\s*,\s*"(AOp|BOp|COp)"\s*>\s*$/.exec(body);
  const element = m && ELEMENTS[m[3]];
  return element ? MmaMatrixType.get(ctx, [Number(m[1]), Number(m[2])], element(ctx), m[4] as MmaOperand) : undefined;
}

const ELEMENT_SUMMARY: Record<string, string> = {
  si8: '8-bit signed integer', ui8: '8-bit unsigned integer', i32: '32-bit signless integer', f16: '16-bit float', f32: '32-bit float', f64: '64-bit float',
};

/** MLIR's MMAMatrixOf: an mma_matrix whose element type is one of `elements` (names as in the type). */
export function MmaMatrixOf(elements: readonly string[]): TypeConstraint {
  const summary = `gpu.mma_matrix of ${elements.map((e) => ELEMENT_SUMMARY[e]).join(' or ')} values`;
  return typeConstraint(summary, (t) => t instanceof MmaMatrixType && elements.includes(String(t.elementType)));
}

/** MLIR's GPU_MMAMatrix: any mma_matrix. */
export const AnyMmaMatrix = typeConstraint('MMAMatrix type', (t) => t instanceof MmaMatrixType);
