// Ops declared with MLIR's own assembly formats (arith, memref, tensor, cf subsets) parse and
// print exactly as mlir-opt 22 prints them; skipped when mlir-opt is absent.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IndexType, IntegerAttr, IntegerType, MemRefType, kDynamic, type Operation, type Type } from '../../../lib/ir/index.js';
import {
  AnyAttrProp,
  AnyMemRef,
  AnyRankedTensor,
  AnySuccessor,
  AnyType,
  I1,
  I64Prop,
  Index,
  IntEnumProp,
  MemAlloc,
  MemFree,
  MemRead,
  MemWrite,
  AttrSizedOperandSegments,
  Pure,
  SameOperandsAndResultType,
  SameTypeAs,
  SignlessIntegerLike,
  SingleBlockImplicitTerminator,
  HasParent,
  Terminator,
  ConstantLike,
  SizedRegion,
  TypeFrom,
  Variadic,
  defineDialect,
  defineOp,
  getMemoryEffects,
  DialectEnumProp,
  FloatLike,
  type EnumSpec,
  getSuccessorOperandRange,
  getSuccessorOperands,
  isPure,
  AnySignlessIntegerOrIndex,
} from '../../../lib/dialect/index.js';
import { contextWith, roundTrip } from './harness.js';
import { fastmathEnum } from './fixtures.js';

const MLIR_OPT = '/usr/lib/llvm-22/bin/mlir-opt';

const elementType = (t: Type) => (t as MemRefType).elementType;

const overflow: EnumSpec = { dialect: 'arith', mnemonic: 'overflow', cases: { none: 0, nsw: 1, nuw: 2 }, bitSeparator: ', ' };
const fastmath = fastmathEnum;

const arith = defineDialect({
  name: 'arith',
  enums: [overflow, fastmath],
  ops: [
    defineOp({
      name: 'arith.constant',
      properties: { value: AnyAttrProp },
      results: { result: AnyType },
      traits: [Pure, ConstantLike],
      inferResultTypes: ({ properties }) => [(properties.find((p) => p.name === 'value')!.value as IntegerAttr).type],
      assemblyFormat: 'attr-dict $value',
    }, {
      resultNames(v, setName) {
        const a = v.op.getAttr('value');
        if (a instanceof IntegerAttr) setName(v.result, a.type instanceof IndexType ? `c${a.value}` : `c${a.value}_${a.type}`);
      },
    }),
    defineOp({
      name: 'arith.addi',
      operands: { lhs: SignlessIntegerLike, rhs: SignlessIntegerLike },
      results: { result: SignlessIntegerLike },
      properties: { overflowFlags: DialectEnumProp(overflow).withDefault('none') },
      traits: [Pure, SameOperandsAndResultType],
      assemblyFormat: '$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)',
    }),
    defineOp({
      name: 'arith.addf',
      operands: { lhs: FloatLike, rhs: FloatLike },
      results: { result: FloatLike },
      properties: { fastmath: DialectEnumProp(fastmath).withDefault('none') },
      traits: [Pure, SameOperandsAndResultType],
      assemblyFormat: '$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)',
    }),
    defineOp({
      name: 'arith.cmpi',
      operands: { lhs: SignlessIntegerLike, rhs: SameTypeAs('lhs') },
      results: { result: I1 },
      properties: { predicate: IntEnumProp('arith::CmpIPredicate', { eq: 0, ne: 1, slt: 2, sle: 3, sgt: 4, sge: 5, ult: 6, ule: 7, ugt: 8, uge: 9 }) },
      traits: [Pure],
      assemblyFormat: '$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)',
    }),
    defineOp({
      name: 'arith.index_cast',
      operands: { in: AnySignlessIntegerOrIndex },
      results: { out: AnySignlessIntegerOrIndex },
      traits: [Pure],
      assemblyFormat: '$in attr-dict `:` type($in) `to` type($out)',
    }),
  ],
});

const Load = defineOp({
  name: 'memref.load',
  operands: { memref: AnyMemRef, indices: Variadic(Index) },
  results: { result: TypeFrom('memref', elementType, "result type matches element type of 'memref'") },
  interfaces: { memoryEffects: [MemRead('memref')] },
  assemblyFormat: '$memref `[` $indices `]` attr-dict `:` type($memref)',
});
const Alloc = defineOp({
  name: 'memref.alloc',
  operands: { dynamicSizes: Variadic(Index), symbolOperands: Variadic(Index) },
  results: { memref: AnyMemRef },
  properties: { alignment: I64Prop.optional() },
  traits: [AttrSizedOperandSegments],
  interfaces: { memoryEffects: [MemAlloc('memref')] },
  assemblyFormat: '`(`$dynamicSizes`)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)',
}, { resultNames: (v, setName) => setName(v.memref, 'alloc') });

const memref = defineDialect({
  name: 'memref',
  ops: [
    Alloc,
    Load,
    defineOp({
      name: 'memref.store',
      operands: { value: TypeFrom('memref', elementType, "type of 'value' matches element type of 'memref'"), memref: AnyMemRef, indices: Variadic(Index) },
      interfaces: { memoryEffects: [MemWrite('memref')] },
      assemblyFormat: '$value `,` $memref `[` $indices `]` attr-dict `:` type($memref)',
    }),
    defineOp({
      name: 'memref.dim',
      operands: { source: AnyMemRef, index: Index },
      results: { result: Index },
      assemblyFormat: 'attr-dict $source `,` $index `:` type($source)',
    }, { resultNames: (v, setName) => setName(v.result, 'dim') }),
    defineOp({
      name: 'memref.dealloc',
      operands: { memref: AnyMemRef },
      interfaces: { memoryEffects: [MemFree('memref')] },
      assemblyFormat: '$memref attr-dict `:` type($memref)',
    }),
  ],
});

const tensor = defineDialect({
  name: 'tensor',
  ops: [
    defineOp({
      name: 'tensor.generate',
      operands: { dynamicExtents: Variadic(Index) },
      results: { result: AnyRankedTensor },
      regions: { body: SizedRegion(1) },
      traits: [SingleBlockImplicitTerminator('tensor.yield')],
      assemblyFormat: '$dynamicExtents $body attr-dict `:` type($result)',
    }, { resultNames: (v, setName) => setName(v.result, 'generated') }),
    defineOp({
      name: 'tensor.yield',
      operands: { value: AnyType },
      traits: [Pure, Terminator, HasParent('tensor.generate', 'tensor.pad')],
      assemblyFormat: '$value attr-dict `:` type($value)',
    }),
  ],
});

const cf = defineDialect({
  name: 'cf',
  ops: [
    defineOp({
      name: 'cf.br',
      operands: { destOperands: Variadic(AnyType) },
      successors: { dest: AnySuccessor },
      traits: [Pure, Terminator],
      interfaces: { branch: { successorOperands: { dest: 'destOperands' } } },
      assemblyFormat: '$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict',
    }),
    defineOp({
      name: 'cf.cond_br',
      operands: { condition: I1, trueDestOperands: Variadic(AnyType), falseDestOperands: Variadic(AnyType) },
      successors: { trueDest: AnySuccessor, falseDest: AnySuccessor },
      traits: [AttrSizedOperandSegments, Pure, Terminator],
      interfaces: { branch: { successorOperands: { trueDest: 'trueDestOperands', falseDest: 'falseDestOperands' } } },
      assemblyFormat:
        '$condition `,` $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,` ' +
        '$falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)? attr-dict',
    }),
  ],
});

const SOURCE = `#map = affine_map<(d0)[s0] -> (d0 + s0)>
module {
  func.func @f(%arg0: i32, %arg1: i32, %arg2: index, %arg3: memref<?xf32>, %arg4: i1, %arg5: f32) {
    %c0 = arith.constant 0 : index
    %c1_i32 = arith.constant {tag} 1 : i32
    %0 = arith.addi %arg0, %c1_i32 : i32
    %1 = arith.addi %arg0, %arg1 overflow<nsw, nuw> : i32
    %2 = arith.addf %arg5, %arg5 fastmath<fast> : f32
    %3 = arith.addf %arg5, %2 fastmath<nnan,ninf> : f32
    %4 = arith.cmpi slt, %arg0, %0 : i32
    %5 = arith.index_cast %arg0 : i32 to index
    %alloc = memref.alloc(%5) : memref<?xf32>
    %alloc_0 = memref.alloc(%5)[%arg2] {alignment = 64 : i64} : memref<?xf32, #map>
    %alloc_1 = memref.alloc() : memref<4x4xi32>
    %6 = memref.load %arg3[%c0] : memref<?xf32>
    memref.store %6, %alloc[%5] : memref<?xf32>
    %dim = memref.dim %arg3, %c0 : memref<?xf32>
    %generated = tensor.generate %5 {
    ^bb0(%arg6: index):
      tensor.yield %6 : f32
    } : tensor<?xf32>
    memref.dealloc %alloc : memref<?xf32>
    cf.cond_br %arg4, ^bb1(%0, %4 : i32, i1), ^bb2
  ^bb1(%7: i32, %8: i1):  // pred: ^bb0
    cf.br ^bb2
  ^bb2:  // 2 preds: ^bb0, ^bb1
    return
  }
}
`;

function mlirOpt(text: string, args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-dialect-'));
  const file = join(dir, 'in.mlir');
  writeFileSync(file, text);
  const r = spawnSync(MLIR_OPT, [file, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

const ctx = () => contextWith(arith, memref, tensor, cf);

test('dlc prints what it parses, identically', () => {
  const r = roundTrip(ctx(), SOURCE);
  assert.equal(r.errors, []);
  assert.ok(r.verified);
  assert.fixture(r.text, SOURCE);
});

test('mlir-opt 22 prints the same text', () => {
  if (!existsSync(MLIR_OPT)) return;
  assert.fixture(mlirOpt(SOURCE).replace(/\n\n$/, '\n'), SOURCE);
});

test('mlir-opt 22 accepts the generic form we print', () => {
  if (!existsSync(MLIR_OPT)) return;
  const ours = roundTrip(ctx(), SOURCE);
  const back = mlirOpt(ours.generic);
  assert.fixture(back, mlirOpt(SOURCE));
});

test('memory effects and purity come from the definitions', () => {
  const r = roundTrip(ctx(), SOURCE);
  const found = new Map<string, string>();
  r.module!.walk((op) => {
    const e = getMemoryEffects(op);
    found.set(op.name.name, e === undefined ? 'unknown' : e.map((x) => x.kind).join(',') || (isPure(op) ? 'pure' : 'none'));
  });
  assert.is(found.get('memref.alloc'), 'allocate');
  assert.is(found.get('memref.load'), 'read');
  assert.is(found.get('memref.store'), 'write');
  assert.is(found.get('memref.dealloc'), 'free');
  assert.is(found.get('arith.addi'), 'pure');
  assert.is(found.get('memref.dim'), 'unknown');
});

test('branch operands are checked against the target blocks and queryable', () => {
  const bad = roundTrip(ctx(), 'func.func @h(%arg0: i1, %arg1: i32) {\n  cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb1(%arg0 : i1)\n^bb1(%0: i32):\n  return\n}');
  assert.equal(bad.errors, ['2:3: type mismatch for bb argument #0 of successor #1']);
  const r = roundTrip(ctx(), SOURCE);
  let condBr: Operation | undefined;
  r.module!.walk((op) => void (op.name.name === 'cf.cond_br' && (condBr = op)));
  assert.equal(getSuccessorOperandRange(condBr!, 0), [1, 3]);
  assert.equal(getSuccessorOperands(condBr!, 1), []);
});

test('the builder infers result types and segment sizes from the definition', () => {
  const c = ctx();
  const r = roundTrip(c, 'func.func @g(%arg0: memref<8xi32>, %arg1: index) {\n  return\n}');
  const [m, i] = r.module!.regions[0].entry!.first!.regions[0].entry!.arguments;
  const load = Load.create(r.module!.location, { operands: { memref: m, indices: [i] } });
  assert.is(load.result(0).type, IntegerType.get(c, 32));
  assert.is(Load.view(load).indices.length, 1);
  const alloc = Alloc.create(r.module!.location, { operands: { dynamicSizes: [i] }, resultTypes: [MemRefType.get([kDynamic], IntegerType.get(c, 32))] });
  assert.is(alloc.getAttr('operandSegmentSizes')!.toString(), 'array<i32: 1, 0>');
  assert.equal(Alloc.view(alloc).symbolOperands, []);
  assert.is(Alloc.view(alloc).alignment, undefined);
});

test.run();
