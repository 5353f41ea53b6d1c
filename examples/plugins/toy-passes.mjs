// A pass plugin: a pattern-based pass and a conversion pass over the toy dialect, loaded with
// `dlc-opt --load-pass-plugin=examples/plugins/toy-passes.mjs`.

/** Called by dlc-opt with its public API. */
export function registerPlugin(dlc) {
  const { definePass, registerPass, definePattern, RewritePatternSet, applyPatternsGreedily, Option } = dlc;

  // double(x) -> add(x, x): the add may then fold (double of a constant becomes a constant).
  const expandDouble = definePattern({
    name: 'expand-double',
    root: 'toy.double',
    matchAndRewrite(op, rewriter) {
      const x = op.operand(0);
      const add = rewriter.create({ name: 'toy.add', location: op.location, operands: [x, x], resultTypes: [x.type] });
      rewriter.replaceOp(op, add.results);
      return true;
    },
  });

  registerPass(
    definePass({
      name: 'toy-expand',
      summary: 'Expand toy.double into toy.add and fold',
      statistics: { 'num-iterations': 'Greedy driver iterations' },
      options: { 'max-iterations': Option.int(10, 'Greedy driver iteration limit') },
      run(ctx) {
        const patterns = new RewritePatternSet().add(expandDouble).freeze();
        const r = applyPatternsGreedily(ctx.op, patterns, { maxIterations: ctx.options['max-iterations'] });
        ctx.addStatistic('num-iterations', r.iterations);
        if (!r.converged) ctx.fail(`toy-expand did not converge; still applying: ${r.activePatterns.join(', ')}`);
      },
    }),
  );

  const { ConversionTarget, defineConversionPattern, applyPartialConversion } = dlc;
  // toy.add -> "lowered.add": a conversion pass; any toy.double left makes it fail, naming the op.
  const lowerAdd = defineConversionPattern({
    name: 'lower-toy-add',
    root: 'toy.add',
    matchAndRewrite(op, operands, rewriter) {
      const lowered = rewriter.create({ name: 'lowered.add', location: op.location, operands, resultTypes: op.resultTypes });
      rewriter.replaceOp(op, lowered.results);
      return true;
    },
  });
  registerPass(
    definePass({
      name: 'toy-lower',
      summary: 'Lower toy.add to lowered.add (toy.double must be expanded first)',
      run(ctx) {
        const target = new ConversionTarget().addIllegalOp('toy.add', 'toy.double').addLegalOp('toy.const');
        if (!applyPartialConversion(ctx.op, target, [lowerAdd]).ok) ctx.signalPassFailure();
      },
    }),
  );
}
