// The printer's shortcuts give the texts of the long ways: the alias pre-check (done during
// naming, with answers kept per context) agrees with the alias walk, and the format printer's
// remembered "attr-dict prints nothing" answer follows each op's properties and attributes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../dialects/registry.js';
import {
  AffineMapAttr, ArrayAttr, Block, FunctionType, IntegerAttr, IntegerType, MemRefType, Operation,
  TupleType, TypeAttr, UnknownLoc, type MLIRContext, type Type, type Value,
} from '../../../lib/ir/index.js';
import { AffineMap, add, dim } from '../../../lib/affine/index.js';
import { printOperation } from '../../../lib/print/index.js';
import { AliasCollector } from '../../../lib/print/aliases.js';
import { AliasPrecheck } from '../../../lib/print/alias-precheck.js';
import { SSANameState } from '../../../lib/print/names.js';
import { parseSourceString } from '../../../lib/parse/index.js';

/** What the pre-check says for `top` (over the naming walk), and whether the alias walk names anything. */
function verdicts(top: Operation): { precheck: boolean; aliases: boolean } {
  const precheck = new AliasPrecheck(top.context);
  new SSANameState(top, false, (o) => precheck.visit(o));
  const collector = new AliasCollector(top.context, false, false);
  collector.operation(top);
  const table = collector.finish();
  return { precheck: precheck.found, aliases: table.leading.length + table.trailing.length > 0 };
}

/** A module with one `x.outer` op holding a block whose `x.inner` op is built by `inner`. */
function nested(ctx: MLIRContext, inner: (block: Block, ctx: MLIRContext) => void, argType?: Type): { module: Operation; outer: Operation } {
  const loc = UnknownLoc.get(ctx);
  const module = Operation.create({ name: 'builtin.module', location: loc, regions: 1 });
  const outer = Operation.create({ name: 'x.outer', location: loc, regions: 1 });
  module.regions[0].push(new Block()).append(outer);
  const block = outer.regions[0].push(new Block());
  if (argType) block.addArgument(argType, loc);
  inner(block, ctx);
  return { module, outer };
}

const map = (ctx: MLIRContext): AffineMapAttr => AffineMapAttr.get(ctx, AffineMap.get(1, 0, [add(dim(0), 3)]));
const i32 = (ctx: MLIRContext): Type => IntegerType.get(ctx, 32);

const cases: Record<string, (block: Block, ctx: MLIRContext) => void> = {
  'nothing aliasable': (b, ctx) => {
    b.append(Operation.create({ name: 'x.inner', location: UnknownLoc.get(ctx), resultTypes: [i32(ctx)], attributes: [{ name: 'k', value: IntegerAttr.get(i32(ctx), 1) }] }));
  },
  'a map in an array attribute': (b, ctx) => {
    b.append(Operation.create({ name: 'x.inner', location: UnknownLoc.get(ctx), attributes: [{ name: 'a', value: ArrayAttr.get(ctx, [map(ctx)]) }] }));
  },
  'a layout in a result type': (b, ctx) => {
    b.append(Operation.create({ name: 'x.inner', location: UnknownLoc.get(ctx), resultTypes: [MemRefType.get([4], i32(ctx), map(ctx))] }));
  },
  'a big tuple inside a function type attribute': (b, ctx) => {
    const tuple = TupleType.get(ctx, Array.from({ length: 17 }, () => i32(ctx)));
    b.append(Operation.create({ name: 'x.inner', location: UnknownLoc.get(ctx), attributes: [{ name: 't', value: TypeAttr.get(FunctionType.get(ctx, [tuple], [])) }] }));
  },
};

test('the pre-check agrees with the alias walk, also with answers kept from earlier prints', () => {
  for (const round of [1, 2]) {
    const ctx = createContext();
    ctx.allowUnregisteredDialects = true;
    for (const [name, build] of Object.entries(cases)) {
      for (let again = 0; again < round; again++) {
        const v = verdicts(nested(ctx, build).module);
        assert.is(v.precheck, v.aliases, `${name} (round ${round})`);
        assert.is(v.precheck, name !== 'nothing aliasable', name);
      }
    }
  }
});

test('the pre-check sees block argument types and operands defined outside the printed op', () => {
  const ctx = createContext();
  const memref = MemRefType.get([4], i32(ctx), map(ctx));
  assert.ok(verdicts(nested(ctx, () => {}, memref).module).precheck);
  // Printing the nested op alone: its operand comes from outside, and its type has a map.
  const { outer } = nested(ctx, (b, c) => {
    const arg: Value = b.arguments[0];
    b.append(Operation.create({ name: 'x.use', location: UnknownLoc.get(c), operands: [arg] }));
  }, memref);
  const use = outer.regions[0].blocks[0].first!;
  assert.ok(verdicts(use).precheck);
  assert.match(printOperation(use), '#map = affine_map<(d0) -> (d0 + 3)>');
});

test('an attribute of another context is looked at, not taken for the object with its id here', () => {
  const a = createContext();
  const b = createContext();
  for (const ctx of [a, b]) ctx.allowUnregisteredDialects = true;
  const foreign = ArrayAttr.get(a, [map(a)]);
  assert.ok(verdicts(nested(a, (blk, c) => blk.append(Operation.create({ name: 'x.inner', location: UnknownLoc.get(c), attributes: [{ name: 'a', value: foreign }] }))).module).precheck);
  // In b, an op holds a's attribute: b's answers (by b's ids) must not be consulted for it.
  const plain = verdicts(nested(b, cases['nothing aliasable']).module);
  const mixed = verdicts(nested(b, (blk, c) => blk.append(Operation.create({ name: 'x.inner', location: UnknownLoc.get(c), attributes: [{ name: 'a', value: foreign }] }))).module);
  assert.not.ok(plain.precheck);
  assert.ok(mixed.precheck);
  assert.is(mixed.precheck, mixed.aliases);
});

test('attr-dict elision follows each op, whatever the op before it printed', () => {
  const ctx = createContext();
  const text = [
    'func.func @f(%a: i32, %b: i32) -> i32 {',
    '  %0 = arith.addi %a, %b : i32',
    '  %1 = arith.addi %0, %b overflow<nsw> : i32',
    '  %2 = arith.addi %1, %b : i32',
    '  %3 = arith.addi %2, %b {tag = 1 : i32} : i32',
    '  %4 = arith.addi %3, %b : i32',
    '  %5 = arith.addi %4, %b overflow<nuw> {tag = 2 : i32} : i32',
    '  %6 = arith.addi %5, %b : i32',
    '  return %6 : i32',
    '}',
  ].join('\n');
  const module = parseSourceString(text, { context: ctx, filename: 't.mlir', implicitModule: true });
  assert.ok(module);
  const printed = printOperation(module!);
  const ops = printed.split('\n').filter((l) => l.includes('arith.addi')).map((l) => l.trim());
  assert.equal(ops, [
    '%0 = arith.addi %arg0, %arg1 : i32',
    '%1 = arith.addi %0, %arg1 overflow<nsw> : i32',
    '%2 = arith.addi %1, %arg1 : i32',
    '%3 = arith.addi %2, %arg1 {tag = 1 : i32} : i32',
    '%4 = arith.addi %3, %arg1 : i32',
    '%5 = arith.addi %4, %arg1 overflow<nuw> {tag = 2 : i32} : i32',
    '%6 = arith.addi %5, %arg1 : i32',
  ]);
});

test.run();
