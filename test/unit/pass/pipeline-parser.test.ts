// Tests of the staged pipeline parser: structure, registry lookup, options, nesting, and its error positions.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { definePass, registerPass, registerPassPipeline, Option, parsePassPipeline, PipelineError, OpPassManager, addPipelineText } from '../../../lib/pass/index.js';

registerPass(definePass({ name: 'pp-a', summary: 'a', run: () => {} }));
registerPass(
  definePass({
    name: 'pp-opts',
    summary: 'options',
    options: {
      'max-iterations': Option.int(10, 'iterations'),
      'top-down': Option.bool(true, 'order'),
      mode: Option.enum(['fast', 'slow'], 'fast', 'mode'),
      names: Option.stringList([], 'names'),
      sizes: Option.intList([1], 'sizes'),
    },
    run: () => {},
  }),
);
registerPass(definePass({ name: 'pp-func', summary: 'func only', anchor: 'func.func', run: () => {} }));
registerPassPipeline({ name: 'pp-pipeline', summary: 'two passes', build: 'pp-a,pp-opts{max-iterations=3}' });

function error(text: string): PipelineError {
  try {
    parsePassPipeline(text);
  } catch (e) {
    if (e instanceof PipelineError) return e;
    throw e;
  }
  throw new Error(`expected '${text}' to fail`);
}

test('nested pipeline round-trips through toString', () => {
  const pm = parsePassPipeline('builtin.module(func.func(pp-a, pp-func), pp-a)');
  assert.is(pm.toString(), 'builtin.module(func.func(pp-a,pp-func),pp-a)');
});

test('options are typed and printed in declaration order', () => {
  const pm = parsePassPipeline("builtin.module(pp-opts{top-down=false max-iterations=5 mode=slow names=a,b sizes=4,8})");
  assert.is(pm.toString(), 'builtin.module(pp-opts{max-iterations=5 top-down=false mode=slow names=a,b sizes=4,8})');
  const pass = pm.passes[0];
  assert.equal(pass.options, { 'max-iterations': 5, 'top-down': false, mode: 'slow', names: ['a', 'b'], sizes: [4, 8] });
});

test('named pipelines expand into their passes', () => {
  const pm = parsePassPipeline('builtin.module(pp-pipeline)');
  assert.equal(
    pm.passes.map((p) => p.toString()),
    ['pp-a', 'pp-opts{max-iterations=3 top-down=true mode=fast names= sizes=1}'].map((s) => s.replace('names= ', 'names={} ')),
  );
});

test('unknown pass: column of the name and closest names', () => {
  const e = error('builtin.module(func.func(pp-a,pp-opst))');
  assert.is(e.offset, 30);
  assert.match(e.message, "'pp-opst' does not refer to a registered pass or pass pipeline");
  assert.match(e.notes.join(), "'pp-opts'");
  assert.match(e.render(), 'pass pipeline:1:31: error:');
  assert.match(e.render(), `\n${' '.repeat(30)}^`);
});

test('bad option: points into the option text and names the closest option', () => {
  const text = 'builtin.module(pp-opts{max-iteration=5})';
  const e = error(text);
  assert.is(e.offset, text.indexOf('max-iteration'));
  assert.match(e.message, "did you mean 'max-iterations'");
  const v = error('builtin.module(pp-opts{max-iterations=x})');
  assert.is(v.offset, 'builtin.module(pp-opts{max-iterations='.length);
  assert.match(v.message, "'x' value invalid for integer option 'max-iterations'");
  assert.match(error('builtin.module(pp-opts{mode=medium})').message, 'expected one of: fast, slow');
});

test('structural errors', () => {
  const unbalanced = error('builtin.module(func.func(pp-a)');
  assert.match(unbalanced.message, 'unbalanced parentheses');
  assert.is(unbalanced.offset, 30);
  assert.match(error('func.func(pp-a),pp-a').message, 'expected pass pipeline to be wrapped');
  assert.match(error('pp-a').message, 'expected pass pipeline to be wrapped');
  assert.match(error('builtin.module(pp-a,)').message, 'expected a pass or pipeline name');
  assert.match(error('builtin.module(pp-opts{mode=fast)').message, "unbalanced '{'");
});

test('an op-specific pass outside its anchor is an error unless nesting is implicit', () => {
  const e = error('builtin.module(pp-func)');
  assert.match(e.message, "restricted to 'func.func'");
  assert.is(e.offset, 15);
  const pm = new OpPassManager('builtin.module', true);
  addPipelineText(pm, 'pp-func,pp-func,pp-a');
  assert.is(pm.toString(), 'builtin.module(func.func(pp-func,pp-func),pp-a)');
});

test('the tree form of --dump-pass-pipeline', () => {
  const pm = parsePassPipeline('builtin.module(func.func(pp-a),pp-a)');
  assert.is(pm.toTree(), 'builtin.module(\n  func.func(\n    pp-a\n  ),\n  pp-a\n)');
});

test.run();
