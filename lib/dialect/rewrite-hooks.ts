// Serves the folds, canonicalisation patterns and constant materialisers of defined ops and
// dialects to the rewriter (lib/rewrite's OpHookProvider), so greedy rewriting and
// canonicalize see them without a second registration.
import { addOpHookProvider, type ConstantMaterializer } from '../rewrite/op-hooks.js';
import type { RewritePattern } from '../rewrite/pattern.js';
import { lookupOpDef, lookupOpDefByInfo } from './registry.js';

const materializers = new Map<string, ConstantMaterializer>();
const dialectPatterns = new Map<string, readonly RewritePattern[]>();

/** @internal Records what defineDialect was given for the rewriter. */
export function recordDialectRewriteHooks(
  dialect: string,
  materializer: ConstantMaterializer | undefined,
  patterns: Readonly<Record<string, readonly RewritePattern[]>> | undefined,
): void {
  if (materializer) materializers.set(dialect, materializer);
  for (const [op, list] of Object.entries(patterns ?? {})) dialectPatterns.set(op, list);
}

addOpHookProvider({
  fold: (op) => lookupOpDef(op)?.fold,
  canonicalizationPatterns(name) {
    const own = name.info ? (lookupOpDefByInfo(name.info)?.canonicalize ?? []) : [];
    const beside = dialectPatterns.get(name.name) ?? [];
    return own.length || beside.length ? [...own, ...beside] : undefined;
  },
  materializer: (dialect) => materializers.get(dialect),
});
