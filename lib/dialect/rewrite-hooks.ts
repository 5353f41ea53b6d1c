// Serves the folds, canonicalisation patterns and constant materialisers of defined ops and
// dialects to the rewriter (lib/rewrite's OpHookProvider), so greedy rewriting and
// canonicalize see them without a second registration.
import { addOpHookProvider, type ConstantMaterializer } from '../rewrite/op-hooks.js';
import type { RewritePattern } from '../rewrite/pattern.js';
import type { OpInfo } from '../ir/index.js';
import { lookupOpDef, lookupOpDefByInfo } from './registry.js';

const materializers = new Map<string, ConstantMaterializer>();
// Keyed by OpInfo, not name, so that two dialects defining the same op name do not mix.
const dialectPatterns = new WeakMap<OpInfo, readonly RewritePattern[]>();

/** @internal Records what defineDialect was given for the rewriter. */
export function recordDialectRewriteHooks(
  dialect: string,
  ops: ReadonlyMap<string, OpInfo>,
  materializer: ConstantMaterializer | undefined,
  patterns: Readonly<Record<string, readonly RewritePattern[]>> | undefined,
): void {
  if (materializer) materializers.set(dialect, materializer);
  for (const [name, list] of Object.entries(patterns ?? {})) {
    const info = ops.get(name);
    if (!info) throw new Error(`dialect '${dialect}': canonicalization patterns given for '${name}', which is not one of its ops`);
    dialectPatterns.set(info, list);
  }
}

addOpHookProvider({
  fold: (op) => lookupOpDef(op)?.fold,
  canonicalizationPatterns(name) {
    if (!name.info) return undefined;
    const own = lookupOpDefByInfo(name.info)?.canonicalize ?? [];
    const beside = dialectPatterns.get(name.info) ?? [];
    return own.length || beside.length ? [...own, ...beside] : undefined;
  },
  materializer: (dialect) => materializers.get(dialect),
});
