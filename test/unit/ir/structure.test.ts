// Walks (pre/post, skip, interrupt), clone with mapping, interning, symbol tables and the builder.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Block,
  Builder,
  FileLineColLoc,
  FunctionType,
  IRMapping,
  IntegerType,
  MLIRContext,
  Operation,
  Region,
  StringAttr,
  SymbolRefAttr,
  SymbolTable,
  UnknownLoc,
  lookupNearestSymbolFrom,
  lookupSymbolIn,
} from '../../../lib/ir/index.js';
import { createContext } from '../../../dialects/registry.js';

const ctx = new MLIRContext();
const loc = UnknownLoc.get(ctx);
const i32 = IntegerType.get(ctx, 32);

/** t.root { t.a { t.b }, t.c } */
function tree(): Operation {
  const root = Operation.create({ name: 't.root', location: loc, regions: 1 });
  const body = root.regions[0].push(new Block());
  const a = Operation.create({ name: 't.a', location: loc, regions: 1 });
  a.regions[0].push(new Block()).append(Operation.create({ name: 't.b', location: loc }));
  body.append(a);
  body.append(Operation.create({ name: 't.c', location: loc }));
  return root;
}

const names = (root: Operation, order: 'pre' | 'post', stopAt?: string, skip?: string): string[] => {
  const out: string[] = [];
  root.walk((op) => {
    out.push(op.name.name);
    if (op.name.name === stopAt) return 'interrupt';
    if (op.name.name === skip) return 'skip';
    return 'advance';
  }, order);
  return out;
};

test('walk in pre- and post-order', () => {
  assert.equal(names(tree(), 'pre'), ['t.root', 't.a', 't.b', 't.c']);
  assert.equal(names(tree(), 'post'), ['t.b', 't.a', 't.c', 't.root']);
});

test('walk interrupt stops and reports it; skip does not enter regions', () => {
  const root = tree();
  assert.equal(names(root, 'pre', 't.b'), ['t.root', 't.a', 't.b']);
  assert.is(root.walk((op) => (op.name.name === 't.a' ? 'interrupt' : 'advance')), 'interrupt');
  assert.is(root.walk(() => 'advance'), 'advance');
  assert.equal(names(root, 'pre', undefined, 't.a'), ['t.root', 't.a', 't.c']);
});

test('a walk callback may erase the op it is given', () => {
  const root = tree();
  root.walk((op) => {
    if (op.name.name === 't.c') op.erase();
  });
  assert.equal(names(root, 'pre'), ['t.root', 't.a', 't.b']);
});

test('clone deep-copies regions and remaps values and blocks; outside values go through the mapping', () => {
  const outside = Operation.create({ name: 't.outside', location: loc, resultTypes: [i32] });
  const replacement = Operation.create({ name: 't.repl', location: loc, resultTypes: [i32] });
  const op = Operation.create({ name: 't.op', location: loc, regions: 1, resultTypes: [i32] });
  const b0 = op.regions[0].push(new Block());
  const b1 = op.regions[0].push(new Block());
  const arg = b1.addArgument(i32, loc);
  const def = Operation.create({ name: 't.def', location: loc, operands: [outside.result()], resultTypes: [i32] });
  b0.append(def);
  b0.append(Operation.create({ name: 't.br', location: loc, operands: [def.result()], successors: [b1] }));
  b1.append(Operation.create({ name: 't.use', location: loc, operands: [arg, def.result()] }));
  const mapping = new IRMapping();
  mapping.map(outside.result(), replacement.result());
  const copy = op.clone(mapping);
  const [c0, c1] = copy.regions[0].blocks;
  const [cdef, cbr] = c0.operations;
  const [cuse] = c1.operations;
  assert.is(cdef.operand(0), replacement.result());
  assert.is(cbr.successors[0], c1);
  assert.is(cbr.operand(0), cdef.result());
  assert.is(cuse.operand(0), c1.arguments[0]);
  assert.is(mapping.lookup(op.result()), copy.result());
  assert.is(outside.result().hasOneUse(), true);
});

test('clone of a graph region remaps uses of values defined later', () => {
  const op = Operation.create({ name: 't.graph', location: loc, regions: 1 });
  const b = op.regions[0].push(new Block());
  const use = Operation.create({ name: 't.use', location: loc, operands: [], resultTypes: [] });
  b.append(use);
  const def = Operation.create({ name: 't.def', location: loc, resultTypes: [i32] });
  b.append(def);
  use.setOperands([def.result()]);
  const copy = op.clone();
  const [cuse, cdef] = copy.regions[0].blocks[0].operations;
  assert.is(cuse.operand(0), cdef.result());
});

test('types and attributes are interned: equal means identical', () => {
  assert.is(IntegerType.get(ctx, 32), i32);
  assert.is.not(IntegerType.get(ctx, 32, 'signed'), i32);
  assert.is(FunctionType.get(ctx, [i32], [i32]), FunctionType.get(ctx, [i32], [i32]));
  assert.is(StringAttr.get(ctx, 'x'), StringAttr.get(ctx, 'x'));
  assert.is(SymbolRefAttr.get(ctx, 'a', ['b']), SymbolRefAttr.get(ctx, 'a', ['b']));
  assert.is.not(SymbolRefAttr.get(ctx, 'a', ['b']), SymbolRefAttr.get(ctx, 'a::b'));
  const other = new MLIRContext();
  assert.is.not(IntegerType.get(other, 32), i32);
});

test('file locations: positions and ranges are interned apart, and only ranges have an end', () => {
  const at = (line: number, col: number, endLine?: number, endCol?: number) => FileLineColLoc.get(ctx, 'f.mlir', line, col, endLine, endCol);
  assert.is(at(3, 7), at(3, 7));
  assert.is.not(at(3, 7), at(3, 8));
  assert.is(at(3, 7, 4, 2), at(3, 7, 4, 2));
  assert.is.not(at(3, 7, 4, 2), at(3, 7));
  const ends = (l: FileLineColLoc) => [l.kind, l.file, l.line, l.column, l.endLine, l.endColumn];
  assert.equal(ends(at(3, 7)), ['file_loc', 'f.mlir', 3, 7, 0, 0]);
  assert.equal(ends(at(3, 7, 4, 2)), ['file_loc', 'f.mlir', 3, 7, 4, 2]);
  assert.equal(ends(at(3, 7, 3, 0)), ['file_loc', 'f.mlir', 3, 7, 3, 0]);
  assert.equal(ends(at(2 ** 30, 1)), ['file_loc', 'f.mlir', 2 ** 30, 1, 0, 0]);
  assert.ok(at(3, 7, 4, 2) instanceof FileLineColLoc);
});

test('symbol tables: lookup, nested references, insert renames on clashes', () => {
  const c = createContext();
  const l = UnknownLoc.get(c);
  const sym = (name: string, regions = 0): Operation =>
    Operation.create({ name: 't.sym', location: l, regions, properties: [{ name: 'sym_name', value: StringAttr.get(c, name) }] });
  const module = Operation.create({ name: 'builtin.module', location: l, regions: 1 });
  const body = module.regions[0].push(new Block());
  const inner = Operation.create({ name: 'builtin.module', location: l, regions: 1, properties: [{ name: 'sym_name', value: StringAttr.get(c, 'm') }] });
  inner.regions[0].push(new Block()).append(sym('g'));
  body.append(inner);
  const f = sym('f');
  body.append(f);
  const table = new SymbolTable(module);
  assert.is(table.lookup('f'), f);
  assert.is(lookupSymbolIn(module, SymbolRefAttr.get(c, 'm', ['g']))?.name.name, 't.sym');
  assert.is(lookupSymbolIn(module, SymbolRefAttr.get(c, 'f', ['g'])), undefined);
  assert.is(lookupNearestSymbolFrom(f, SymbolRefAttr.get(c, 'm')), inner);
  const clash = sym('f');
  assert.is(table.insert(clash), 'f_0');
  assert.is(clash.parent, body);
  table.remove(clash);
  assert.is(table.lookup('f_0'), undefined);
});

test('walk, clone and erase handle 100,000-deep nesting without exhausting the stack', () => {
  const root = Operation.create({ name: 't.root', location: loc, regions: 1 });
  let block = root.regions[0].push(new Block());
  let innermost = root;
  for (let i = 0; i < 100000; i++) {
    innermost = Operation.create({ name: 't.nest', location: loc, regions: 1 });
    block.append(innermost);
    block = innermost.regions[0].push(new Block());
  }
  let count = 0;
  root.walk(() => {
    count++;
  });
  assert.is(count, 100001);
  let depth = 0;
  for (let o: Operation | undefined = root.clone(); o; o = o.regions[0].blocks[0].first ?? undefined) depth++;
  assert.is(depth, 100001);
  const holder = new Block();
  holder.append(root);
  root.erase();
  assert.is(holder.empty, true);
  assert.is(innermost.parent, null);
});

test('erase unlinks nested ops, so that `op.parent` tells an erased op', () => {
  const root = tree();
  const holder = new Block();
  holder.append(root);
  const nested = root.regions[0].blocks[0].first!;
  root.erase();
  assert.is(nested.parent, null);
  assert.is(root.parent, null);
});

test('an op refuses a region that belongs to another op, before its operands become uses', () => {
  const def = Operation.create({ name: 't.def', location: loc, resultTypes: [i32] });
  const owner = Operation.create({ name: 't.owner', location: loc, regions: 1 });
  const taken = owner.regions[0];
  assert.throws(() => Operation.create({ name: 't.op', location: loc, operands: [def.result()], regions: [taken] }), /region already belongs to an operation/);
  assert.is(def.result().useEmpty, true);
  assert.is(taken.parent, owner);
  const op = new Operation(ctx.getOperationName('t.op'), loc, owner.properties, owner.attributes, [def.result()], [], [new Region()], []);
  assert.equal([op.regions[0].parent === op, def.result().users], [true, [op]]);
});

test('builder inserts at its insertion point', () => {
  const b = new Builder(ctx);
  const region = Operation.create({ name: 't.r', location: loc, regions: 1 }).regions[0];
  const block = b.createBlock(region, [i32], undefined, loc);
  const first = b.create({ name: 't.first', location: loc });
  const last = b.create({ name: 't.last', location: loc });
  b.setInsertionPointAfter(first);
  b.create({ name: 't.mid', location: loc });
  b.setInsertionPointToStart(block);
  b.create({ name: 't.start', location: loc });
  b.setInsertionPointBefore(last);
  b.create({ name: 't.before_last', location: loc });
  assert.equal(block.operations.map((o) => o.name.name), ['t.start', 't.first', 't.mid', 't.before_last', 't.last']);
  assert.is(block.arguments.length, 1);
  b.clearInsertionPoint();
  assert.is(b.create({ name: 't.detached', location: loc }).parent, null);
});


test('isBeforeInBlock stays right while ops are inserted between queries (sparse positions)', () => {
  const block = new Block();
  const make = () => Operation.create({ name: 't.x', location: loc });
  block.append(make());
  let seed = 7;
  for (let n = 0; n < 300; n++) {
    const ops = block.operations;
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const at = seed % (ops.length + 1);
    block.insertBefore(make(), at === ops.length ? null : ops[at]);
    const now = block.operations;
    for (let i = 1; i < now.length; i++) assert.ok(now[i - 1].isBeforeInBlock(now[i]) && !now[i].isBeforeInBlock(now[i - 1]), `step ${n}, op ${i}`);
  }
});

test.run();
