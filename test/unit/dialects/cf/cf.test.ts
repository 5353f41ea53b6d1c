// The cf dialect: switch accessors, branch operand queries and effects come from the definitions.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SwitchOp, switchCaseOperands, switchCaseValues } from '../../../../dialects/cf/index.js';
import { getSuccessorOperands, isPure, isTriviallyDead } from '../../../../lib/dialect/index.js';
import { opsByName } from './ops-by-name.js';

const SOURCE = `func.func @f(%flag: i8, %a: i32, %c: i1) {
  cf.assert %c, "x"
  cf.switch %flag : i8, [
    default: ^bb1(%a : i32),
    -2: ^bb1(%a : i32),
    3: ^bb2
  ]
^bb1(%x: i32):
  cf.cond_br %c, ^bb2, ^bb1(%x : i32)
^bb2:
  return
}`;

const ops = () => opsByName(SOURCE);

test('switch case values wrap to the flag width and case operands split by segments', () => {
  const sw = ops().get('cf.switch')!;
  assert.equal(switchCaseValues(sw), [-2n, 3n]);
  assert.equal(switchCaseOperands(sw).map((g) => g.length), [1, 0]);
  assert.is(SwitchOp.view(sw).defaultOperands.length, 1);
});

test('switch forwards its default and case operand lists through the branch interface', () => {
  const sw = ops().get('cf.switch')!;
  const a = SwitchOp.view(sw).defaultOperands[0];
  assert.equal(getSuccessorOperands(sw, 0), [a]);
  assert.equal(getSuccessorOperands(sw, 1), [a]);
  assert.equal(getSuccessorOperands(sw, 2), []);
  assert.is(SwitchOp.view(sw).caseDestinations.length, 2);
});

test('cond_br forwards its groups; assert is kept, branches are pure', () => {
  const found = ops();
  const condBr = found.get('cf.cond_br')!;
  assert.equal(getSuccessorOperands(condBr, 0), []);
  assert.is(getSuccessorOperands(condBr, 1)!.length, 1);
  assert.ok(isPure(condBr));
  assert.not.ok(isTriviallyDead(found.get('cf.assert')!));
});

test.run();
