// The gpu dialect's types: `!gpu.async.token`, what async gpu ops return and wait on, and the
// parser's entry to `!gpu.mma_matrix` (types-mma.ts).
import { DialectType, type MLIRContext, type Type } from '../../lib/ir/index.js';
import { typeConstraint } from '../../lib/dialect/index.js';
import { parseMmaMatrixType } from './types-mma.js';

/** `!gpu.async.token`. dlc's ops run synchronously; the type exists so MLIR's async forms parse and print. */
export class AsyncTokenType extends DialectType {
  readonly dialect = 'gpu';
  static get(ctx: MLIRContext): AsyncTokenType {
    return ctx.intern('gpu.async.token', (id) => new AsyncTokenType(ctx, id));
  }
  printBody(): string {
    return 'async.token';
  }
}

/** Parses the body of a `!gpu.<body>` type. */
export function parseGpuType(body: string, ctx: MLIRContext): Type | undefined {
  return body.trim() === 'async.token' ? AsyncTokenType.get(ctx) : parseMmaMatrixType(body, ctx);
}

export const AsyncToken = typeConstraint('async token type', (t) => t instanceof AsyncTokenType, (ctx) => AsyncTokenType.get(ctx));
