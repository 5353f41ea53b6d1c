// The scf dialect: LoopLike on scf.for, implicit terminators added by the parser, effects.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ForOp, IfOp } from '../../../../dialects/scf/index.js';
import { getInterface, getMemoryEffects, type LoopLikeInterface } from '../../../../lib/dialect/index.js';
import { opsByName } from '../cf/ops-by-name.js';

const SOURCE = `func.func @f(%lb: index, %f: f32, %c: i1) -> f32 {
  %r = scf.for %iv = %lb to %lb step %lb iter_args(%a = %f) -> (f32) {
    scf.if %c {
    }
    scf.yield %a : f32
  }
  return %r : f32
}`;

const ops = () => opsByName(SOURCE);

test('scf.for is LoopLike: body and induction variable', () => {
  const loop = ops().get('scf.for')!;
  const loopLike = getInterface<LoopLikeInterface>(loop, 'loopLike')!;
  assert.is(loopLike.body(loop), loop.regions[0]);
  assert.equal(loopLike.inductionVars!(loop), [loop.regions[0].entry!.arguments[0]]);
  const v = ForOp.view(loop);
  assert.is(v.initArgs.length, 1);
  assert.is(v.results.length, 1);
});

test('scf.if gets its implicit yield and an empty else region', () => {
  const branch = ops().get('scf.if')!;
  const v = IfOp.view(branch);
  assert.is(v.thenRegion.entry!.last!.name.name, 'scf.yield');
  assert.ok(v.elseRegion.empty);
});

test('region ops have recursive effects, so an empty loop has none of its own', () => {
  assert.equal(getMemoryEffects(ops().get('scf.if')!), []);
});

test.run();
