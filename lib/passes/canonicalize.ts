// canonicalize: the greedy driver with every registered canonicalisation pattern and fold.
import { definePass } from '../pass/pass.js';
import { Option } from '../pass/options.js';
import { FrozenPatternSet } from '../rewrite/pattern.js';
import { canonicalizationPatternsOf } from '../rewrite/op-hooks.js';
import { applyPatternsGreedily } from '../rewrite/greedy.js';

export const canonicalizePass = definePass({
  name: 'canonicalize',
  displayName: 'Canonicalizer',
  summary: 'Canonicalize operations',
  description:
    'Applies the canonicalisation patterns and folds of every op until nothing changes, erasing dead ops and de-duplicating constants.',
  options: {
    'max-iterations': Option.int(10, 'Max. iterations between applying patterns / simplifying regions'),
    'max-num-rewrites': Option.int(-1, 'Max. number of pattern rewrites within an iteration'),
    'region-simplify': Option.enum(['disabled', 'normal', 'aggressive'], 'normal', 'Perform control flow optimizations to the region tree'),
    'test-convergence': Option.bool(false, 'Test only: Fail pass on non convergence to detect cyclic pattern'),
    'top-down': Option.bool(true, 'Seed the worklist in general top-down order'),
    'disable-patterns': Option.stringList([], 'Labels of patterns that should be filtered out during application'),
    'enable-patterns': Option.stringList([], 'Labels of patterns that should be used during application, all other patterns are filtered out'),
    'test-expensive-checks': Option.bool(false, 'Test only: fail when a pattern claims success without changing the IR, or changes it and claims failure'),
  },
  run(ctx) {
    const o = ctx.options;
    const patterns = new FrozenPatternSet([], { provider: canonicalizationPatternsOf, disabled: o['disable-patterns'], enabled: o['enable-patterns'] });
    const r = applyPatternsGreedily(ctx.op, patterns, {
      topDown: o['top-down'],
      maxIterations: o['max-iterations'],
      maxNumRewrites: o['max-num-rewrites'],
      regionSimplify: o['region-simplify'],
      expensiveChecks: o['test-expensive-checks'],
    });
    if (r.runaway) {
      const names = r.activePatterns.map((p) => `'${p}'`).join(', ');
      ctx.fail(`canonicalization did not terminate: pattern ${names} kept applying; it must change the IR towards a fixed point`);
      return;
    }
    if (o['test-convergence'] && !r.converged) {
      const d = ctx.fail(`Canonicalizer failed to converge within ${o['max-iterations']} iterations`);
      if (r.activePatterns.length) d.attachNote(`patterns still applying: ${r.activePatterns.join(', ')}`);
    }
    if (!r.changed) ctx.markAllAnalysesPreserved();
  },
});
