// More of MLIR's own assembly formats (memref globals through a custom directive, casts,
// tensor and vector ops, math with fastmath, cf.assert) print exactly as mlir-opt 22 does.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemRefType, RankedTensorType, TypeAttr, UnitAttr, type Attribute, type Type, type Value } from '../../../lib/ir/index.js';
import {
  AnyAttrProp,
  AnyMemRef,
  AnyRankedTensor,
  AnyTensor,
  AnyType,
  AnyVector,
  DialectEnumProp,
  FlatSymbolRefProp,
  FloatLike,
  I1,
  Index,
  IsSymbol,
  Pure,
  SameOperandsAndResultType,
  StrProp,
  SymbolNameProp,
  TypeFrom,
  TypeProp,
  UnitProp,
  Variadic,
  defineDialect,
  defineOp,
  type CustomDirective,
} from '../../../lib/dialect/index.js';
import { contextWith, roundTrip } from './harness.js';
import { fastmathEnum } from './fixtures.js';

const MLIR_OPT = '/usr/lib/llvm-22/bin/mlir-opt';

/** MLIR's custom<GlobalMemrefOpTypeAndInitialValue>: `memref<2xf32> = dense<...>` or `= uninitialized`. */
const globalTypeAndValue: CustomDirective = {
  parse(p, { slots }) {
    const type = p.parseType() as MemRefType;
    slots[0].value = TypeAttr.get(type);
    if (!p.parseOptionalPunct('=')) return;
    slots[1].value = p.parseOptionalKeyword('uninitialized') ? UnitAttr.get(p.context) : p.parseAttribute(RankedTensorType.get(type.shape, type.elementType));
  },
  print(p, _op, [type, value]) {
    p.printType((type as TypeAttr).value);
    if (!value) return;
    p.write(' = ');
    if ((value as Attribute).kind === 'unit') p.write('uninitialized');
    else p.printAttributeWithoutType(value as Attribute);
  },
};

const named = (name: string) => ({ resultNames: (v: { op: { result(i: number): Value } }, set: (r: Value, n: string) => void) => set(v.op.result(0), name) });

const memref = defineDialect({
  name: 'memref',
  customDirectives: { GlobalMemrefOpTypeAndInitialValue: globalTypeAndValue },
  ops: [
    defineOp({
      name: 'memref.global',
      properties: {
        sym_name: SymbolNameProp,
        sym_visibility: StrProp.optional(),
        type: TypeProp(),
        initial_value: AnyAttrProp.optional(),
        constant: UnitProp,
      },
      traits: [IsSymbol],
      assemblyFormat:
        '($sym_visibility^)? (`constant` $constant^)? $sym_name `:` custom<GlobalMemrefOpTypeAndInitialValue>($type, $initial_value) attr-dict',
    }),
    defineOp({ name: 'memref.get_global', properties: { name: FlatSymbolRefProp }, results: { result: AnyMemRef }, traits: [Pure], assemblyFormat: '$name `:` type($result) attr-dict' }),
    defineOp({ name: 'memref.cast', operands: { source: AnyMemRef }, results: { dest: AnyMemRef }, traits: [Pure], assemblyFormat: '$source attr-dict `:` type($source) `to` type($dest)' }, named('cast')),
    defineOp({ name: 'memref.copy', operands: { source: AnyMemRef, target: AnyMemRef }, assemblyFormat: '$source `,` $target attr-dict `:` type($source) `to` type($target)' }),
  ],
});

const mathOp = (name: string, operands: Record<string, typeof FloatLike>, format: string) =>
  defineOp({
    name,
    operands,
    results: { result: FloatLike },
    properties: { fastmath: DialectEnumProp(fastmathEnum).withDefault('none') },
    traits: [Pure, SameOperandsAndResultType],
    assemblyFormat: `${format} (\`fastmath\` \`\` $fastmath^)? attr-dict \`:\` type($result)`,
  });
const math = defineDialect({
  name: 'math',
  ops: [mathOp('math.fma', { a: FloatLike, b: FloatLike, c: FloatLike }, '$a `,` $b `,` $c'), mathOp('math.absf', { operand: FloatLike }, '$operand')],
});
const arith = defineDialect({ name: 'arith', enums: [fastmathEnum], ops: [] });

const elementOf = (t: Type) => (t as RankedTensorType).elementType;
const tensor = defineDialect({
  name: 'tensor',
  ops: [
    defineOp({ name: 'tensor.empty', operands: { dynamicSizes: Variadic(Index) }, results: { result: AnyRankedTensor }, traits: [Pure], assemblyFormat: '`(`$dynamicSizes`)` attr-dict `:` type($result)' }),
    defineOp({ name: 'tensor.dim', operands: { source: AnyTensor, index: Index }, results: { result: Index }, traits: [Pure], assemblyFormat: 'attr-dict $source `,` $index `:` type($source)' }, named('dim')),
    defineOp(
      {
        name: 'tensor.extract',
        operands: { tensor: AnyRankedTensor, indices: Variadic(Index) },
        results: { result: TypeFrom('tensor', elementOf, "result type matches element type of tensor") },
        traits: [Pure],
        assemblyFormat: '$tensor `[` $indices `]` attr-dict `:` type($tensor)',
      },
      named('extracted'),
    ),
    defineOp(
      {
        name: 'tensor.insert',
        operands: { scalar: TypeFrom('dest', elementOf, 'scalar type matches element type of dest'), dest: AnyRankedTensor, indices: Variadic(Index) },
        results: { result: TypeFrom('dest', (t) => t, 'result type matches type of dest') },
        traits: [Pure],
        assemblyFormat: '$scalar `into` $dest `[` $indices `]` attr-dict `:` type($dest)',
      },
      named('inserted'),
    ),
    defineOp({ name: 'tensor.cast', operands: { source: AnyTensor }, results: { dest: AnyTensor }, traits: [Pure], assemblyFormat: '$source attr-dict `:` type($source) `to` type($dest)' }, named('cast')),
  ],
});
const vector = defineDialect({
  name: 'vector',
  ops: [defineOp({ name: 'vector.broadcast', operands: { source: AnyType }, results: { vector: AnyVector }, traits: [Pure], assemblyFormat: '$source attr-dict `:` type($source) `to` type($vector)' })],
});
const cf = defineDialect({ name: 'cf', ops: [defineOp({ name: 'cf.assert', operands: { arg: I1 }, properties: { msg: StrProp }, assemblyFormat: '$arg `,` $msg attr-dict' })] });

const SOURCE = `module {
  memref.global "private" constant @cst : memref<2xf32> = dense<1.000000e+00>
  memref.global @ext : memref<4xi32>
  memref.global @zero : memref<4xi32> = uninitialized
  func.func @g(%arg0: memref<4xf32>, %arg1: tensor<?xf32>, %arg2: index, %arg3: f32, %arg4: i1) -> tensor<?xf32> {
    %0 = memref.get_global @cst : memref<2xf32>
    %cast = memref.cast %arg0 : memref<4xf32> to memref<?xf32>
    memref.copy %arg0, %arg0 : memref<4xf32> to memref<4xf32>
    cf.assert %arg4, "must hold"
    %1 = math.fma %arg3, %arg3, %arg3 fastmath<fast> : f32
    %2 = math.absf %1 : f32
    %3 = tensor.empty(%arg2) : tensor<?xf32>
    %dim = tensor.dim %arg1, %arg2 : tensor<?xf32>
    %extracted = tensor.extract %arg1[%arg2] : tensor<?xf32>
    %inserted = tensor.insert %2 into %3[%dim] : tensor<?xf32>
    %cast_0 = tensor.cast %inserted : tensor<?xf32> to tensor<4xf32>
    %4 = vector.broadcast %extracted : f32 to vector<4xf32>
    return %inserted : tensor<?xf32>
  }
}
`;

const ctx = () => contextWith(memref, math, arith, tensor, vector, cf);

function mlirOpt(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-dialect-'));
  const file = join(dir, 'in.mlir');
  writeFileSync(file, text);
  const r = spawnSync(MLIR_OPT, [file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.replace(/\n\n$/, '\n');
}

test('dlc prints what it parses, identically', () => {
  const r = roundTrip(ctx(), SOURCE);
  assert.equal(r.errors, []);
  assert.ok(r.verified);
  assert.fixture(r.text, SOURCE);
});

test('mlir-opt 22 prints the same text, and reads our generic form back to it', () => {
  if (!existsSync(MLIR_OPT)) return;
  assert.fixture(mlirOpt(SOURCE), SOURCE);
  assert.fixture(mlirOpt(roundTrip(ctx(), SOURCE).generic), SOURCE);
});

test.run();
