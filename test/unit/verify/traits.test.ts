// Trait checks by name, on a small registered test dialect: MLIR's messages for each trait.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Block, RankedTensorType, kDynamic, makeDialect, makeOpInfo, type MLIRContext } from '../../../lib/ir/index.js';
import { verifyBranchSuccessorOperands } from '../../../lib/verify/index.js';
import { at, check, describe, i32, i64, makeContext, makeModule, op } from './build-ir.js';

/** A context with the `tt` dialect, whose ops each declare the traits their names say. */
function testContext(): MLIRContext {
  const ctx = makeContext();
  ctx.registerDialect('tt', () =>
    makeDialect('tt', [
      makeOpInfo({ name: 'tt.term', traits: ['Terminator'] }),
      makeOpInfo({ name: 'tt.br', traits: ['Terminator'], verify: (o) => verifyBranchSuccessorOperands(o, 0, o.operands) }),
      makeOpInfo({ name: 'tt.counts', traits: ['OneOperand', 'NResults(2)', 'ZeroRegions', 'AtLeastNSuccessors(1)'] }),
      makeOpInfo({ name: 'tt.bounds', traits: ['AtLeastNOperands(1)', 'SameTypeOperands', 'NOperands(3)'] }),
      makeOpInfo({ name: 'tt.graph', traits: ['RegionKindInterface', 'HasOnlyGraphRegion', 'NoTerminator'] }),
      makeOpInfo({ name: 'tt.loop', traits: ['SingleBlock', 'SingleBlockImplicitTerminator(tt.yield)'] }),
      makeOpInfo({ name: 'tt.yield', traits: ['Terminator', 'ParentOneOf(tt.loop, tt.other)'] }),
      makeOpInfo({ name: 'tt.same', traits: ['SameTypeOperands'] }),
      makeOpInfo({ name: 'tt.sameall', traits: ['SameOperandsAndResultType'] }),
      makeOpInfo({ name: 'tt.table', traits: ['SymbolTable', 'NoTerminator'] }),
      makeOpInfo({ name: 'tt.noargs', traits: ['NoRegionArguments', 'NoTerminator'] }),
    ]),
  );
  return ctx;
}

/** Builds `build` inside a fresh module and returns what verify reports. */
function errors(build: (ctx: MLIRContext, body: Block) => void): string[] {
  const ctx = testContext();
  const { module, body } = makeModule(ctx);
  build(ctx, body);
  return check(module).diags.flatMap(describe);
}

test('successor operands against target block arguments: count, then types', () => {
  const run = (types: 'none' | 'i32' | 'i64'): string[] =>
    errors((ctx, body) => {
      const wrap = op(body, 'test.wrap', 2, { regions: 1 });
      const entry = wrap.regions[0].push(new Block());
      const target = wrap.regions[0].push(new Block());
      if (types !== 'none') target.addArgument(types === 'i32' ? i32(ctx) : i64(ctx), at(ctx, 4));
      const v = op(entry, 'test.def', 3, { results: [i32(ctx)] });
      op(entry, 'tt.br', 4, { operands: [v.result(0)], successors: [target] });
      op(target, 'tt.term', 5);
    });
  assert.equal(run('none'), ['4: error: branch has 1 operands for successor #0, but target block has 0']);
  assert.equal(run('i64'), ['4: error: type mismatch for bb argument #0 of successor #0']);
  assert.equal(run('i32'), []);
});

test('count traits', () => {
  assert.equal(
    errors((ctx, body) => {
      op(body, 'tt.counts', 2, { results: [i32(ctx), i32(ctx)] });
    }),
    ["2: error: 'tt.counts' op requires a single operand"],
  );
  assert.equal(
    errors((ctx, body) => {
      const v = op(body, 'test.def', 2, { results: [i32(ctx)] });
      op(body, 'tt.counts', 3, { operands: [v.result(0)], results: [i32(ctx)] });
    }),
    ["3: error: 'tt.counts' op expected 2 results"],
  );
  assert.equal(
    errors((ctx, body) => {
      const v = op(body, 'test.def', 2, { results: [i32(ctx)] });
      op(body, 'tt.counts', 3, { operands: [v.result(0)], results: [i32(ctx), i32(ctx)] });
    }),
    ["3: error: 'tt.counts' op requires at least 1 successor but found 0"],
  );
});

test('count traits are tested together, but a failure reports in the listed order', () => {
  const run = (types: ('i32' | 'i64')[]): string[] =>
    errors((ctx, body) => {
      const values = types.map((t, i) => op(body, 'test.def', 2 + i, { results: [t === 'i32' ? i32(ctx) : i64(ctx)] }).result(0));
      op(body, 'tt.bounds', 9, { operands: values });
    });
  assert.equal(run(['i32', 'i32', 'i32']), []);
  assert.equal(run([]), ["9: error: 'tt.bounds' op expected 1 or more operands, but found 0"]);
  // The trait listed between the two count traits runs before the second.
  assert.equal(run(['i32', 'i64']), ["9: error: 'tt.bounds' op requires all operands to have the same type"]);
  assert.equal(run(['i32', 'i32']), ["9: error: 'tt.bounds' op expected 3 operands, but found 2"]);
  assert.equal(run(['i32', 'i32', 'i32', 'i32']), ["9: error: 'tt.bounds' op expected 3 operands, but found 4"]);
});

test('registered graph regions hold at most one block, and need no dominance', () => {
  assert.equal(
    errors((_, body) => {
      const g = op(body, 'tt.graph', 2, { regions: 1 });
      g.regions[0].push(new Block());
      g.regions[0].push(new Block());
    }),
    ["2: error: 'tt.graph' op expects graph region #0 to have 0 or 1 blocks"],
  );
  assert.equal(
    errors((ctx, body) => {
      const g = op(body, 'tt.graph', 2, { regions: 1 });
      const b = g.regions[0].push(new Block());
      const use = op(b, 'test.use', 3);
      use.setOperands([op(b, 'test.def', 4, { results: [i32(ctx)] }).result(0)]);
    }),
    [],
  );
});

test('single block with an implicit terminator, and parents from a list', () => {
  assert.equal(
    errors((_, body) => {
      const l = op(body, 'tt.loop', 2, { regions: 1 });
      op(l.regions[0].push(new Block()), 'tt.term', 3);
    }),
    ["2: error: 'tt.loop' op expects regions to end with 'tt.yield', found 'tt.term'", "2: note: in custom textual format, the absence of terminator implies 'tt.yield'"],
  );
  assert.equal(
    errors((_, body) => {
      const l = op(body, 'tt.loop', 2, { regions: 1 });
      l.regions[0].push(new Block());
    }),
    ["2: error: 'tt.loop' op expects a non-empty block"],
  );
  assert.equal(
    errors((_, body) => {
      op(body, 'tt.yield', 2);
    }),
    ["2: error: 'tt.yield' op expects parent op to be one of 'tt.loop, tt.other'"],
  );
});

test('same operand types, and same operand and result types (shapes compatible, dynamic dims allowed)', () => {
  assert.equal(
    errors((ctx, body) => {
      const a = op(body, 'test.def', 2, { results: [i32(ctx), i64(ctx)] });
      op(body, 'tt.same', 3, { operands: [a.result(0), a.result(1)] });
    }),
    ["3: error: 'tt.same' op requires all operands to have the same type"],
  );
  const tensors = (resultDims: number[]): string[] =>
    errors((ctx, body) => {
      const t = RankedTensorType.get([4, kDynamic], i32(ctx));
      const a = op(body, 'test.def', 2, { results: [t] });
      op(body, 'tt.sameall', 3, { operands: [a.result(0)], results: [RankedTensorType.get(resultDims, i32(ctx))] });
    });
  assert.equal(tensors([4, 8]), []);
  assert.equal(tensors([5, 8]), ["3: error: 'tt.sameall' op requires the same type for all operands and results"]);
  assert.equal(tensors([4]), ["3: error: 'tt.sameall' op requires the same type for all operands and results"]);
});

test('symbol tables need one region with one block; region arguments can be forbidden', () => {
  assert.equal(
    errors((_, body) => {
      op(body, 'tt.table', 2, { regions: 2 }).regions.forEach((r) => r.push(new Block()));
    }),
    ["2: error: 'tt.table' op Operations with a 'SymbolTable' must have exactly one region"],
  );
  assert.equal(
    errors((_, body) => {
      op(body, 'tt.table', 2, { regions: 1 });
    }),
    ["2: error: 'tt.table' op Operations with a 'SymbolTable' must have exactly one block"],
  );
  assert.equal(
    errors((ctx, body) => {
      const o = op(body, 'tt.noargs', 2, { regions: 2 });
      o.regions[0].push(new Block());
      o.regions[1].push(new Block()).addArgument(i32(ctx), at(ctx, 2));
    }),
    ["2: error: 'tt.noargs' op region #1 should have no arguments"],
  );
});

test.run();
