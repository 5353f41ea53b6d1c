// Generic operations, regions, blocks, SSA names and forward references, locations, top-level rules.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bodyOps, describe, errorOf, parse } from './helpers.js';
import { BlockArgument, CallSiteLoc, FileLineColLoc, FusedLoc, NameLoc, OpResult, UnknownLoc, type Operation } from '../../../lib/ir/index.js';
import { parseSourceString } from '../../../lib/parse/index.js';
import { createContext } from '../../../dialects/registry.js';

test('the generic form: result groups, operands, successors, properties, regions, attributes', () => {
  const ops = bodyOps(
    '%r:2, %s = "t.a"() : () -> (i32, i32, f32)\n' +
      '"t.b"(%r#1, %s) <{p = 1}> ({\n^bb0(%x: i32):\n  "t.br"(%x)[^bb1] : (i32) -> ()\n^bb1:\n  "t.end"() : () -> ()\n}, {}) {a = 2} : (i32, f32) -> ()',
  );
  const [a, b] = ops;
  assert.is(a.numResults, 3);
  assert.is(b.operand(0), a.result(1));
  assert.is(b.operand(1), a.result(2));
  assert.equal(b.properties.entries.map((e) => e.name), ['p']);
  assert.equal(b.attributes.entries.map((e) => e.name), ['a']);
  assert.is(b.regions.length, 2);
  const [entry, bb1] = b.regions[0].blocks;
  assert.is(b.regions[1].blocks.length, 0);
  assert.is(entry.arguments.length, 1);
  const br = entry.first!;
  assert.is(br.operand(0), entry.arguments[0]);
  assert.is(br.successors[0], bb1);
});

test('forward references to values and blocks resolve to the later definitions', () => {
  const ops = bodyOps('"t.use"(%late) : (i32) -> ()\n%late = "t.def"() : () -> i32');
  assert.is(ops[0].operand(0), ops[1].result(0));
  assert.ok(ops[1].result(0).hasOneUse());
  const [r] = bodyOps('"t.r"() ({\n  "t.br"()[^later] : () -> ()\n^later:\n  "t.x"() : () -> ()\n}) : () -> ()');
  assert.is(r.regions[0].blocks[0].first!.successors[0], r.regions[0].blocks[1]);
});

test('op locations: the op name (or loc(...)), #loc aliases resolved after the whole file', () => {
  const ops = bodyOps(
    '  %0 = "t.a"() : () -> i32\n"t.b"() : () -> () loc("f.mlir":3:4)\n"t.c"() : () -> () loc(#later)\n' +
      '"t.d"() : () -> () loc(callsite("a" at fused["b", "c":1:2]))\n"t.e"() : () -> () loc("n"("f":1:2))\n#later = loc("g":7:8)',
  );
  const l0 = ops[0].location as FileLineColLoc;
  assert.equal([l0.file, l0.line, l0.column], ['t.mlir', 1, 8]);
  assert.equal([(ops[1].location as FileLineColLoc).line, (ops[1].location as FileLineColLoc).column], [3, 4]);
  assert.is((ops[2].location as FileLineColLoc).file, 'g');
  const cs = ops[3].location as CallSiteLoc;
  assert.ok(cs instanceof CallSiteLoc && cs.caller instanceof FusedLoc && (cs.caller as FusedLoc).locations[1] instanceof FileLineColLoc);
  assert.ok(ops[4].location instanceof NameLoc && (ops[4].location as NameLoc).child instanceof FileLineColLoc);
});

test('parsed ops get their locations when first read, in any order, and the same interned ones', () => {
  const text = '"t.a"() : () -> ()\n  "t.b"() ({\n    "t.c"() : () -> ()\n  }) : () -> ()\n"t.d"() : () -> ()';
  const { op, ctx } = parse(text);
  const ops: Operation[] = [];
  op!.walk((o) => void ops.push(o), 'pre');
  // An id made now is older than every location the reads below make.
  const before = ctx.newId();
  const read = ops.slice(1).reverse().map((o) => o.location as FileLineColLoc);
  assert.equal(read.map((l) => `${l.file}:${l.line}:${l.column}`), ['t.mlir:5:1', 't.mlir:3:5', 't.mlir:2:3', 't.mlir:1:1']);
  assert.ok(read.every((l) => l.id > before));
  assert.ok(read.every((l) => l === FileLineColLoc.get(ctx, 't.mlir', l.line, l.column)));
  assert.is(ops[4].location, read[0]);
});

test('ops parsed in a context with no positions left get their locations as they are parsed', () => {
  const ctx = createContext();
  ctx.allowUnregisteredDialects = true;
  assert.is(ctx.reservePositions(2 ** 30, { locationAt: () => UnknownLoc.get(ctx) }), -1);
  ctx.reservePositions(2 ** 30 - 8, { locationAt: () => UnknownLoc.get(ctx) });
  const top = parseSourceString('"t.a"() : () -> ()\n  "t.b"() : () -> ()', { context: ctx, filename: 'full.mlir' });
  const [a, b] = top!.regions[0].blocks[0].operations.map((o) => o.location as FileLineColLoc);
  assert.equal([a.file, a.line, a.column, b.line, b.column], ['full.mlir', 1, 1, 2, 3]);
});

test("custom-form ops: a hook that reads the state's location gets the op's (scf.for's implicit yield)", () => {
  const [f] = bodyOps('func.func @f(%n: index) {\n  scf.for %i = %n to %n step %n {\n  }\n  return\n}', { strict: true });
  const loop = f.regions[0].blocks[0].first!;
  const yieldOp = loop.regions[0].blocks[0].last!;
  assert.is(yieldOp.name.name, 'scf.yield');
  assert.is(yieldOp.location, loop.location);
  assert.equal([(loop.location as FileLineColLoc).line, (loop.location as FileLineColLoc).column], [2, 3]);
});

test('function argument locations may name aliases defined later', () => {
  const [f] = bodyOps('func.func @f(%a: i32 loc(#l)) {\n  return\n}\n#l = loc("late":5:6)', { strict: true });
  assert.is((f.regions[0].blocks[0].arguments[0].location as FileLineColLoc).file, 'late');
});

test('block argument locations default to where the name was written', () => {
  const [r] = bodyOps('"t.r"() ({\n^bb0(%a: i32, %b: f32 loc("x":1:2)):\n  "t.y"() : () -> ()\n}) : () -> ()');
  const [a, b] = r.regions[0].blocks[0].arguments;
  assert.ok(a instanceof BlockArgument);
  assert.equal([(a.location as FileLineColLoc).line, (a.location as FileLineColLoc).column], [2, 6]);
  assert.is((b.location as FileLineColLoc).file, 'x');
});

test('implicit module: wraps ops, keeps a single explicit module, and can be turned off', () => {
  const wrapped = parse('"t.a"() : () -> ()\n"t.b"() : () -> ()');
  assert.is(wrapped.op!.name.name, 'builtin.module');
  assert.equal([(wrapped.op!.location as FileLineColLoc).line, (wrapped.op!.location as FileLineColLoc).column], [0, 0]);
  const explicit = parse('module @m {\n}');
  assert.is(explicit.op!.name.name, 'builtin.module');
  assert.is(explicit.op!.getAttr('sym_name')!.toString(), '"m"');
  const single = parse('"t.a"() : () -> ()', { implicitModule: false });
  assert.is(single.op!.name.name, 't.a');
  assert.is(single.op!.parent, null);
  const two = parse('"t.a"() : () -> ()\n"t.a"() : () -> ()', { implicitModule: false });
  assert.is(describe(two.diagnostics[0]), '0:0: source must contain a single top-level operation, found: 2');
  const empty = parse('// nothing\n');
  assert.is(empty.op!.regions[0].blocks[0].size, 0);
});

test('SSA errors carry MLIR notes', () => {
  assert.is(errorOf('"a.b"(%x) : (i32) -> ()'), '1:7: use of undeclared SSA value name');
  assert.is(errorOf('%0 = "a.b"() : () -> (i32)\n%0 = "a.b"() : () -> (i32)'), "2:1: redefinition of SSA value '%0' | note 1:1: previously defined here");
  assert.is(errorOf('"a.b"(%x, %x) : (i32, f32) -> ()'), "1:11: use of value '%x' expects different type than prior uses: 'f32' vs 'i32' | note 1:7: prior use here");
  assert.is(errorOf('"a.b"(%x) : (i32) -> ()\n%x = "a.c"() : () -> f32'), "2:1: definition of SSA value '%x#0' has type 'f32' | note 1:7: previously used here with type 'i32'");
  assert.is(errorOf('%x = "a.b"() : () -> i32 "a.c"(%x#1) : (i32) -> ()'), '1:32: reference to invalid result number');
  assert.is(errorOf('%0 = "a.b"() : () -> ()'), '1:1: cannot name an operation with no results');
  assert.is(errorOf('%0 = func.return'), '1:1: cannot name an operation with no results');
  assert.is(errorOf('%0:2 = arith.constant 1 : i32'), '1:1: operation defines 1 results but was provided 2 to bind');
  assert.is(errorOf('%0 = arith.constant 1 : i32\n%0 = arith.constant 2 : i32'), "2:1: redefinition of SSA value '%0' | note 1:1: previously defined here");
  assert.is(errorOf('%0 = 5'), '1:5: expected operation name in quotes');
  assert.is(errorOf('%0:2 = "a.b"() : () -> (i32)'), '1:1: operation defines 1 results but was provided 2 to bind');
  assert.is(errorOf('%0:0 = "a.b"() : () -> (i32)'), '1:4: expected named operation to have at least 1 result');
});

test('structural errors: blocks, regions, operands, types', () => {
  assert.is(errorOf('"a.b"() ({ ^bb0: "a.c"() [^bb2] : () -> () }) : () -> ()'), '1:27: reference to an undefined block');
  assert.is(errorOf('"a.b"() ({ ^bb0: "a.c"() : () -> () ^bb0: "a.d"() : () -> () }) : () -> ()'), "1:37: redefinition of block '^bb0'");
  assert.is(errorOf('"a.b"() : (i32) -> ()'), '1:11: expected 0 operand types but had 1');
  assert.is(errorOf('"a.b"() : i32'), '1:11: expected function type');
  assert.is(errorOf('"a.b"()'), "1:7: expected ':' followed by operation type");
  assert.is(errorOf('"a.b"('), "1:6: expected ')' to end operand list");
  assert.is(errorOf('"a.b"() : () -> () loc(#foo)'), '1:24: operation location alias was never defined');
  assert.is(errorOf('"a.b"() : () -> () $'), '1:20: unexpected character');
  assert.is(errorOf('"a.b"() {v = "a\\qb"} : () -> ()'), '1:16: unknown escape in string literal');
  assert.is(errorOf('"func.constant"() [^bb1] : () -> ()'), '1:19: successors in non-terminator');
});

test('names defined in a region end with it; block labels belong to their region', () => {
  // The outer region and the region nested in it both label a block ^bb1; %v is defined in two sibling regions.
  const [r] = bodyOps(
    '"t.r"() ({\n  %v = "t.a"() : () -> i32\n  "t.n"() ({\n  ^bb1:\n    %w = "t.b"(%v) : (i32) -> i32\n  }) : () -> ()\n' +
      '  "t.br"()[^bb1] : () -> ()\n^bb1:\n  "t.end"() : () -> ()\n}, {\n  %v = "t.c"() : () -> f32\n  "t.u"(%v) : (f32) -> ()\n}) : () -> ()',
  );
  const [outer, sibling] = r.regions;
  const [a, n, br] = outer.blocks[0].operations;
  assert.is(n.regions[0].blocks[0].first!.operand(0), a.result(0));
  assert.is(br.successors[0], outer.blocks[1]);
  const [c, u] = sibling.blocks[0].operations;
  assert.is(u.operand(0), c.result(0));
  assert.is(errorOf('"t.r"() ({\n  %v = "t.a"() : () -> i32\n}, {\n  "t.u"(%v) : (i32) -> ()\n}) : () -> ()'), '4:9: use of undeclared SSA value name');
  assert.is(errorOf('"t.r"() ({\n  "t.n"() ({\n    %w = "t.a"() : () -> i32\n  }) : () -> ()\n  "t.u"(%w) : (i32) -> ()\n}) : () -> ()'), '5:9: use of undeclared SSA value name');
  assert.is(errorOf('"t.r"() ({\n  "t.n"() ({\n  ^bb1:\n    "t.x"() : () -> ()\n  }) : () -> ()\n  "t.br"()[^bb1] : () -> ()\n}) : () -> ()'), '6:12: reference to an undefined block');
});

test('unregistered dialects are rejected unless allowed, with MLIR\'s message', () => {
  assert.is(
    errorOf('"foo.op"() : () -> ()', { strict: true }),
    '1:9: operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used',
  );
  const ops = bodyOps('"foo.op"() : () -> ()');
  assert.not.ok(ops[0].isRegistered);
  assert.ok(bodyOps('"t.r"() ({ %0 = unrealized_conversion_cast to i64 }) : () -> ()')[0].regions[0].blocks[0].first!.isRegistered);
});

test('results are OpResults in order', () => {
  const [op] = bodyOps('%a, %b:2 = "t.x"() : () -> (i1, i2, i3)');
  assert.ok(op.results.every((r, i) => r instanceof OpResult && r.index === i));
});

test.run();
