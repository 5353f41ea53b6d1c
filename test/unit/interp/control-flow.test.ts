// The interpreter core with func, cf and scf: calls, branches, loops, regions.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, run } from './harness.js';
import { runFunction } from '../../../lib/interp/index.js';
import { renderDiagnostics } from '../../../lib/diag/index.js';

test('scf.for with iter_args sums the induction variable', () => {
  const r = run(`
    func.func @main(%lb: index, %ub: index, %step: index, %init: index) -> index {
      %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %init) -> (index) {
        %n = "test.addi"(%acc, %i) : (index, index) -> index
        scf.yield %n : index
      }
      return %r : index
    }`, [0n, 10n, 1n, 0n]);
  assert.is(r.errors, '');
  assert.equal(r.results, [45n]);
});

test('scf.if picks a region; scf.while counts up', () => {
  const text = `
    func.func @main(%c: i1, %a: index, %b: index) -> index {
      %r = scf.if %c -> index {
        scf.yield %a : index
      } else {
        scf.yield %b : index
      }
      %w = scf.while (%x = %r) : (index) -> index {
        %lt = "test.lti"(%x, %b) : (index, index) -> i1
        scf.condition(%lt) %x : index
      } do {
      ^bb0(%y: index):
        %n = "test.addi"(%y, %a) : (index, index) -> index
        scf.yield %n : index
      }
      return %w : index
    }`;
  assert.equal(run(text, [1n, 3n, 10n]).results, [12n]);
  assert.equal(run(text, [0n, 3n, 10n]).results, [10n]);
});

test('cf branches with block arguments and cf.switch', () => {
  const text = `
    func.func @main(%f: i32, %a: index, %b: index) -> index {
      cf.switch %f : i32, [
        default: ^bb1(%a : index),
        5: ^bb1(%b : index),
        7: ^bb2
      ]
    ^bb1(%x: index):
      return %x : index
    ^bb2:
      %s = "test.addi"(%a, %b) : (index, index) -> index
      cf.br ^bb1(%s : index)
    }`;
  assert.equal(run(text, [0n, 1n, 2n]).results, [1n]);
  assert.equal(run(text, [5n, 1n, 2n]).results, [2n]);
  assert.equal(run(text, [7n, 1n, 2n]).results, [3n]);
});

test('a region with a CFG inside scf.execute_region runs its blocks until the yield', () => {
  const r = run(`
    func.func @main(%n: index, %one: index) -> index {
      %minus = "test.const"() {value = -1 : index} : () -> index
      %r = scf.execute_region -> index {
        cf.br ^loop(%n, %n : index, index)
      ^loop(%k: index, %acc: index):
        %done = "test.lti"(%k, %one) : (index, index) -> i1
        %next = "test.addi"(%k, %minus) : (index, index) -> index
        %sum = "test.addi"(%acc, %next) : (index, index) -> index
        cf.cond_br %done, ^exit, ^loop(%next, %sum : index, index)
      ^exit:
        scf.yield %acc : index
      }
      return %r : index
    }`, [3n, 1n]);
  assert.is(r.errors, '');
  assert.equal(r.results, [6n]);
});

test('func.call recursion and call_indirect', () => {
  const text = `
    func.func @fact(%n: index, %one: index) -> index {
      %lt = "test.lti"(%n, %one) : (index, index) -> i1
      cf.cond_br %lt, ^base, ^rec
    ^base:
      return %one : index
    ^rec:
      %minus = "test.const"() {value = -1 : index} : () -> index
      %m = "test.addi"(%n, %minus) : (index, index) -> index
      %f = call @fact(%m, %one) : (index, index) -> index
      %r = "test.muli"(%n, %f) : (index, index) -> index
      return %r : index
    }
    func.func @main(%n: index) -> index {
      %one = "test.const"() {value = 1 : index} : () -> index
      %g = constant @fact : (index, index) -> index
      %r = call_indirect %g(%n, %one) : (index, index) -> index
      return %r : index
    }`;
  const r = run(text, [5n]);
  assert.is(r.errors, '');
  assert.equal(r.results, [120n]);
});

test('scf.parallel with scf.reduce', () => {
  const r = run(`
    func.func @main(%lb: index, %ub: index, %step: index, %z: index) -> index {
      %r = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%step, %step) init (%z) -> index {
        %p = "test.muli"(%i, %j) : (index, index) -> index
        scf.reduce(%p : index) {
        ^bb0(%l: index, %r: index):
          %s = "test.addi"(%l, %r) : (index, index) -> index
          scf.reduce.return %s : index
        }
      }
      return %r : index
    }`, [0n, 4n, 1n, 0n]);
  assert.is(r.errors, '');
  assert.equal(r.results, [36n]);
});

test('cf.assert failure is a diagnostic at the op, with the call site as a note', () => {
  const r = run(`
    func.func @check(%c: i1) {
      cf.assert %c, "must hold"
      return
    }
    func.func @main(%c: i1) {
      call @check(%c) : (i1) -> ()
      return
    }`, [0n]);
  assert.is(r.results, undefined);
  assert.match(r.errors, /test.mlir:3:7: error: assertion failed: must hold/);
  assert.match(r.errors, /test.mlir:7:7: note: called from/);
});

test('missing entry, wrong argument count and ops without implementation are diagnostics', () => {
  assert.match(run('func.func @f() { return }', []).errors, /no function named '@main'/);
  assert.match(run('func.func @main(%a: index) { return }', []).errors, /expects 1 arguments, got 0/);
  assert.match(run('func.func @main() { "other.op"() : () -> () \n return }', []).errors, /no interpreter implementation for 'other.op'/);
});

test('an op budget stops an endless loop with an error at the loop body', () => {
  const text = `
    func.func @main(%x: index) -> index {
      %r = scf.while (%a = %x) : (index) -> index {
        %t = "test.lti"(%a, %a) : (index, index) -> i1
        %go = "test.lti"(%t, %a) : (i1, index) -> i1
        scf.condition(%go) %a : index
      } do {
      ^bb0(%b: index):
        scf.yield %b : index
      }
      return %r : index
    }`;
  const module = parse(text);
  const { result, diagnostics } = module.context.diagnostics.collect(() => runFunction(module, 'main', [1n], { maxOps: 1000 }));
  assert.is(result, undefined);
  assert.match(renderDiagnostics(diagnostics, { 'test.mlir': text }), /test.mlir:4:14: error: the run exceeded its budget of 1000 ops \(an endless loop\?\)/);
});

test('unbounded recursion is one error with at most 11 call notes; a call to a declaration is an error', () => {
  const r = run(`
    func.func @loop(%x: index) -> index {
      %y = call @loop(%x) : (index) -> index
      return %y : index
    }
    func.func @main(%x: index) -> index {
      %y = call @loop(%x) : (index) -> index
      return %y : index
    }`, [0n]);
  assert.match(r.errors, /error: recursion too deep: the interpreter ran out of stack at \d+ nested calls/);
  assert.is(r.errors.match(/note: called from/g)!.length, 11);
  assert.match(r.errors, /test.mlir:7:12: note: called from \d+ more calls, the outermost here/);
  const ext = run(`
    func.func private @ext(index) -> index
    func.func @main(%x: index) -> index {
      %y = call @ext(%x) : (index) -> index
      return %y : index
    }`, [0n]);
  assert.match(ext.errors, /test.mlir:4:12: error: cannot call '@ext': it is a declaration without a body/);
});

test('scf.for: unsigned comparison, a non-positive step is an error; scf.execute_region', () => {
  const loop = (attrs: string) => `
    func.func @main(%lb: i8, %ub: i8, %step: i8) -> i8 {
      %r = scf.for ${attrs} %i = %lb to %ub step %step iter_args(%n = %lb) -> (i8) : i8 {
        %m = "test.addi"(%n, %step) : (i8, i8) -> i8
        scf.yield %m : i8
      }
      %e = scf.execute_region -> i8 {
        scf.yield %r : i8
      }
      return %e : i8
    }`;
  assert.equal(run(loop(''), [0n, -1n, 1n]).results, [0n]);
  assert.equal(run(loop('unsigned'), [0n, -1n, 1n]).results, [255n]);
  assert.match(run(loop(''), [0n, 4n, 0n]).errors, /test.mlir:3:12: error: loop step must be positive, got 0/);
});

test('builtin.unrealized_conversion_cast: the identity between types of one representation, else an error', () => {
  const cast = (from: string, to: string) => `
    func.func @main(%x: ${from}) -> ${to} {
      %y = builtin.unrealized_conversion_cast %x : ${from} to ${to}
      return %y : ${to}
    }`;
  assert.equal(run(cast('i64', 'index'), [5n]).results, [5n]);
  const memref = run(`
    func.func @main() -> memref<?xf32> {
      %m = memref.alloc() : memref<4xf32>
      %y = builtin.unrealized_conversion_cast %m : memref<4xf32> to memref<?xf32>
      return %y : memref<?xf32>
    }`, []);
  assert.is(memref.errors, '');
  assert.match(run(cast('i32', 'index'), [5n]).errors, /test.mlir:3:12: error: cannot interpret a cast from 'i32' to 'index'/);
});

test.run();
