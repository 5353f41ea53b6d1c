// Tests of running pipelines: nesting, failure, verify-each, analyses cache and invalidation, instrumentation.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { definePass, PassManager, parsePassPipeline, registerPass, IRPrinterInstrumentation, TimingManager, passStatisticsReport, type PassInstrumentation } from '../../../lib/pass/index.js';
import type { Operation } from '../../../lib/ir/index.js';
import { getSymbolName } from '../../../lib/ir/index.js';
import { testContext, makeModule, makeFunc, op, i32 } from './fixtures.js';

function setup() {
  const ctx = testContext();
  const { module } = makeModule(ctx);
  for (const name of ['a', 'b']) {
    const { b } = makeFunc(ctx, module, name, [i32(ctx)]);
    op(b, 'func.return');
  }
  return { ctx, module };
}

const visited: string[] = [];
registerPass(definePass({ name: 'pm-record', summary: 'records the ops it runs on', run: ({ op }) => void visited.push(getSymbolName(op) ?? op.name.name) }));
registerPass(definePass({ name: 'pm-fail', summary: 'fails', run: (ctx) => void ctx.fail('failing on purpose') }));
registerPass(definePass({ name: 'pm-throw', summary: 'throws', run: () => { throw new Error('boom'); } }));
registerPass(
  definePass({
    name: 'pm-count',
    displayName: 'Counter',
    summary: 'counts ops',
    statistics: { 'num-ops': 'Number of ops seen' },
    run: (ctx) => {
      ctx.op.walk(() => void ctx.addStatistic('num-ops'));
      ctx.markAllAnalysesPreserved();
    },
  }),
);

class CountingAnalysis {
  static built = 0;
  readonly n: number;
  constructor(op: Operation) {
    CountingAnalysis.built++;
    let n = 0;
    op.walk(() => void n++);
    this.n = n;
  }
}
registerPass(definePass({ name: 'pm-use-analysis', summary: 'reads an analysis', run: (ctx) => void ctx.getAnalysis(CountingAnalysis) }));
registerPass(
  definePass({
    name: 'pm-preserve',
    summary: 'preserves the analysis',
    run: (ctx) => {
      ctx.getAnalysis(CountingAnalysis);
      ctx.markAnalysesPreserved(CountingAnalysis);
    },
  }),
);

function pm(ctx: ReturnType<typeof testContext>, text: string): PassManager {
  const parsed = parsePassPipeline(text);
  const top = new PassManager(ctx, parsed.anchor);
  for (const e of parsed.elements) top.elements.push(e);
  return top;
}

test('nested managers run on each matching child, in order', () => {
  const { ctx, module } = setup();
  visited.length = 0;
  assert.ok(pm(ctx, 'builtin.module(pm-record,func.func(pm-record),pm-record)').run(module));
  assert.equal(visited, ['builtin.module', 'a', 'b', 'builtin.module']);
});

test('any() runs on isolated registered children only', () => {
  const { ctx, module } = setup();
  visited.length = 0;
  assert.ok(pm(ctx, 'builtin.module(any(pm-record))').run(module));
  assert.equal(visited, ['a', 'b']);
});

test('a manager on the wrong op, a failing pass and a throwing pass fail with diagnostics', () => {
  const { ctx, module } = setup();
  const wrong = ctx.diagnostics.collect(() => pm(ctx, 'func.func(pm-record)').run(module));
  assert.is(wrong.result, false);
  assert.match(wrong.diagnostics[0].message, "can't run 'func.func' pass manager on 'builtin.module' op");
  visited.length = 0;
  const failing = ctx.diagnostics.collect(() => pm(ctx, 'builtin.module(func.func(pm-fail,pm-record))').run(module));
  assert.is(failing.result, false);
  assert.equal(visited, []);
  assert.is(failing.diagnostics[0].message, 'failing on purpose');
  const thrown = ctx.diagnostics.collect(() => pm(ctx, 'builtin.module(pm-throw)').run(module));
  assert.match(thrown.diagnostics[0].message, "pass 'pm-throw' failed with an internal error: boom");
});

test('verify-each runs the verifier after every pass', () => {
  const { ctx, module } = setup();
  const manager = pm(ctx, 'builtin.module(pm-record,pm-record)');
  let calls = 0;
  manager.setVerifier(() => ++calls < 2);
  assert.is(manager.run(module), false);
  assert.is(calls, 2);
  manager.verifyEach = false;
  calls = 0;
  assert.ok(manager.run(module));
  assert.is(calls, 0);
});

test('verify-each skips a pass that preserved every analysis (it changed nothing), as MLIR', () => {
  const { ctx, module } = setup();
  const manager = pm(ctx, 'builtin.module(pm-count,pm-record)');
  let calls = 0;
  manager.setVerifier(() => ++calls > 0);
  assert.ok(manager.run(module));
  assert.is(calls, 1);
});

test('analyses are cached until a pass does not preserve them', () => {
  const { ctx, module } = setup();
  CountingAnalysis.built = 0;
  assert.ok(pm(ctx, 'builtin.module(pm-preserve,pm-preserve,pm-use-analysis,pm-count,pm-use-analysis)').run(module));
  // The first pm-preserve builds it, the second and the first use reuse it; that use does not
  // preserve it, so the second use builds it again.
  assert.is(CountingAnalysis.built, 2);
});

test('instrumentation hooks are called around pipelines, passes and analyses', () => {
  const { ctx, module } = setup();
  const events: string[] = [];
  const manager = pm(ctx, 'builtin.module(func.func(pm-use-analysis))');
  const logger: PassInstrumentation = {
    runBeforePipeline: (p) => void events.push(`pipeline ${p.anchor}`),
    runAfterPipeline: (p) => void events.push(`end ${p.anchor}`),
    runBeforePass: (p, o) => void events.push(`${p.name} on ${getSymbolName(o)}`),
    runBeforeAnalysis: (name) => void events.push(`analysis ${name}`),
  };
  manager.addInstrumentation(logger);
  assert.ok(manager.run(module));
  assert.equal(events, ['pipeline func.func', 'pm-use-analysis on a', 'analysis CountingAnalysis', 'pm-use-analysis on b', 'analysis CountingAnalysis', 'end func.func']);
});

test('IR printing: before/after, after-change and after-failure, in mlir-opt format', () => {
  const { ctx, module } = setup();
  const out: string[] = [];
  const manager = pm(ctx, 'builtin.module(func.func(pm-count),pm-fail)');
  manager.addInstrumentation(
    new IRPrinterInstrumentation({ before: (p) => p.name === 'pm-count', after: () => true, afterOnlyIfChanged: true, afterFailure: true, print: (o) => `<${getSymbolName(o) ?? o.name.name}>`, write: (t) => void out.push(t) }),
  );
  ctx.diagnostics.collect(() => manager.run(module));
  assert.equal(out, [
    '// -----// IR Dump Before Counter (pm-count) //----- //\n<a>\n\n',
    '// -----// IR Dump Before Counter (pm-count) //----- //\n<b>\n\n',
    '// -----// IR Dump After pm-fail Failed (pm-fail) //----- //\n<builtin.module>\n\n',
  ]);
});

test('timing report nests passes under their pipeline and ends with Rest and Total', () => {
  const { ctx, module } = setup();
  const timing = new TimingManager();
  const manager = pm(ctx, 'builtin.module(func.func(pm-count,pm-use-analysis))');
  manager.addInstrumentation(timing);
  timing.time('Parser', () => 0);
  assert.ok(manager.run(module));
  const report = timing.report();
  const names = report.split('\n').slice(6).map((l) => l.slice(21)).filter(Boolean);
  assert.equal(names, ['Parser', "'func.func' Pipeline", '  Counter', '  pm-use-analysis', '    (A) CountingAnalysis', 'Rest', 'Total']);
  assert.match(report, 'Execution time report');
});

test('statistics accumulate over every op and print per pipeline', () => {
  const { ctx, module } = setup();
  const manager = pm(ctx, 'builtin.module(func.func(pm-count))');
  assert.ok(manager.run(module));
  const report = passStatisticsReport(manager);
  assert.match(report, "'func.func' Pipeline\n  Counter\n    (S) 4 num-ops - Number of ops seen");
});

test.run();
