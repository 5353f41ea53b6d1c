// Passes for lit tests of the pass manager: one breaks the IR (for verify-each), one fails.
export function registerPlugin(dlc) {
  dlc.registerPass(
    dlc.definePass({
      name: 'test-drop-terminators',
      summary: 'Erases every func.return (leaving invalid IR)',
      run(ctx) {
        ctx.op.walk((op) => {
          if (op.name.name === 'func.return') op.erase();
        });
      },
    }),
  );
  dlc.registerPass(
    dlc.definePass({
      name: 'test-fail',
      summary: 'Always fails',
      anchor: 'func.func',
      run(ctx) {
        ctx.fail('test-fail failed here');
      },
    }),
  );
  dlc.registerPassPipeline({ name: 'test-named-pipeline', summary: 'cse then canonicalize', build: 'cse,canonicalize' });
}
