// The arith dialect's ops, declared with MLIR 22's formats: op families share one base spec
// (integer binary, float binary, comparison, cast), and each op adds its name and its fold.
import { IndexType, IntegerAttr, IntegerType, isShaped, type Operation, type Value, type OpAsmParser, type OpAsmPrinter, type OperationState, type Type } from '../../lib/ir/index.js';
import {
  AnyAttrProp,
  AnyFloat,
  AnySignlessInteger,
  AnyType,
  BoolLike,
  Commutative,
  ConstantLike,
  DialectEnumProp,
  Elementwise,
  FloatLike,
  IntEnumProp,
  Like,
  MemRefOf,
  Pure,
  SameOperandsAndResultShape,
  SameOperandsAndResultType,
  SameTypeOperands,
  SameTypeAs,
  SignlessIntegerLike,
  Index,
  AnyTypeOf,
  SignlessIntegerOrFloatLike,
  defineOp,
  type EnumSpec,
  type FoldResult,
} from '../../lib/dialect/index.js';
import type { Attribute } from '../../lib/ir/index.js';
import { attrType, castCompatible, i1SameShape, type CastKind } from './types.js';
import { foldBinary, foldCast, foldCmpF, foldCmpI, foldNegF, foldSelect, type BinaryFold } from './folds.js';

/** `#arith.overflow<nsw, nuw>`: the overflow flags of addi, subi, muli, shli and trunci. */
export const overflowEnum: EnumSpec = { dialect: 'arith', mnemonic: 'overflow', cases: { none: 0, nsw: 1, nuw: 2 }, bitSeparator: ', ' };

/** `#arith.fastmath<nnan,ninf>`: fast-math flags of float ops (math's ops use them too). */
export const fastmathEnum: EnumSpec = {
  dialect: 'arith',
  mnemonic: 'fastmath',
  cases: { none: 0, reassoc: 1, nnan: 2, ninf: 4, nsz: 8, arcp: 16, contract: 32, afn: 64, fast: 127 },
  bitSeparator: ',',
};

/** The fastmath property with its `none` default, shared by arith and math float ops. */
export const FastMathProp = DialectEnumProp(fastmathEnum).withDefault('none');
const OverflowProp = DialectEnumProp(overflowEnum).withDefault('none');

const fold =
  (f: BinaryFold) =>
  (v: { op: Operation; lhs: Value; rhs: Value }, operands: readonly (Attribute | undefined)[]): FoldResult =>
    f(v.op, v.lhs, v.rhs, operands[0], operands[1]);

// ---- constant

/** `attr-dict $value`, written by hand: the result type is the value's, checked by the verifier as MLIR's AllTypesMatch. */
function parseConstant(parser: OpAsmParser, state: OperationState): void {
  state.attributes.push(...parser.parseOptionalAttrDict());
  const at = parser.currentOffset();
  const value = parser.parseAttribute();
  const type = attrType(value);
  if (!type) throw parser.error(at, 'expected a typed attribute');
  state.properties.push({ name: 'value', value });
  state.resultTypes.push(type);
}

function printConstant(op: Operation, p: OpAsmPrinter): void {
  p.printOptionalAttrDict(p.attributesOf(op), ['value']);
  p.write(' ');
  p.printAttribute(op.getAttr('value')!);
}

/** `%c0_i32 = arith.constant 0 : i32`; the result type is the value's type. */
export const ConstantOp = defineOp(
  {
    name: 'arith.constant',
    properties: { value: AnyAttrProp },
    results: { result: AnyType },
    traits: [Pure, ConstantLike],
    parse: parseConstant,
    print: printConstant,
  },
  {
    verify(v) {
      const value = v.op.getAttr('value')!;
      const type = v.result.type;
      if (attrType(value) !== type) return v.op.emitOpError('failed to verify that all of {value, result} have same type'), false;
      if (type instanceof IntegerType && !type.isSignless) return v.op.emitOpError('integer return type must be signless'), false;
      return true;
    },
    fold: (v) => v.op.getAttr('value'),
    resultNames(v, setName) {
      const value = v.op.getAttr('value');
      const type = v.result.type;
      if (!(value instanceof IntegerAttr)) return setName(v.result, 'cst');
      if (type instanceof IntegerType && type.width === 1) return setName(v.result, value.value ? 'true' : 'false');
      setName(v.result, type instanceof IndexType ? `c${value.value}` : `c${value.value}_${String(type)}`);
    },
  },
);

// ---- integer binary ops

const binaryInt = {
  operands: { lhs: SignlessIntegerLike, rhs: SignlessIntegerLike },
  results: { result: SignlessIntegerLike },
  traits: [Pure, SameOperandsAndResultType, Elementwise],
  assemblyFormat: '$lhs `,` $rhs attr-dict `:` type($result)',
} as const;
const commutativeInt = { ...binaryInt, traits: [Commutative, ...binaryInt.traits] } as const;
const overflowInt = {
  ...binaryInt,
  properties: { overflowFlags: OverflowProp },
  assemblyFormat: '$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)',
} as const;

export const AddIOp = defineOp({ name: 'arith.addi', ...overflowInt, traits: [Commutative, ...binaryInt.traits] }, { fold: fold(foldBinary.addi) });
export const SubIOp = defineOp({ name: 'arith.subi', ...overflowInt }, { fold: fold(foldBinary.subi) });
export const MulIOp = defineOp({ name: 'arith.muli', ...overflowInt, traits: [Commutative, ...binaryInt.traits] }, { fold: fold(foldBinary.muli) });
export const ShLIOp = defineOp({ name: 'arith.shli', ...overflowInt }, { fold: fold(foldBinary.shli) });
export const DivSIOp = defineOp({ name: 'arith.divsi', ...binaryInt }, { fold: fold(foldBinary.divsi) });
export const DivUIOp = defineOp({ name: 'arith.divui', ...binaryInt }, { fold: fold(foldBinary.divui) });
export const CeilDivSIOp = defineOp({ name: 'arith.ceildivsi', ...binaryInt }, { fold: fold(foldBinary.ceildivsi) });
export const CeilDivUIOp = defineOp({ name: 'arith.ceildivui', ...binaryInt }, { fold: fold(foldBinary.ceildivui) });
export const FloorDivSIOp = defineOp({ name: 'arith.floordivsi', ...binaryInt }, { fold: fold(foldBinary.floordivsi) });
export const RemSIOp = defineOp({ name: 'arith.remsi', ...binaryInt }, { fold: fold(foldBinary.remsi) });
export const RemUIOp = defineOp({ name: 'arith.remui', ...binaryInt }, { fold: fold(foldBinary.remui) });
export const MinSIOp = defineOp({ name: 'arith.minsi', ...commutativeInt }, { fold: fold(foldBinary.minsi) });
export const MinUIOp = defineOp({ name: 'arith.minui', ...commutativeInt }, { fold: fold(foldBinary.minui) });
export const MaxSIOp = defineOp({ name: 'arith.maxsi', ...commutativeInt }, { fold: fold(foldBinary.maxsi) });
export const MaxUIOp = defineOp({ name: 'arith.maxui', ...commutativeInt }, { fold: fold(foldBinary.maxui) });
export const AndIOp = defineOp({ name: 'arith.andi', ...commutativeInt }, { fold: fold(foldBinary.andi) });
export const OrIOp = defineOp({ name: 'arith.ori', ...commutativeInt }, { fold: fold(foldBinary.ori) });
export const XOrIOp = defineOp({ name: 'arith.xori', ...commutativeInt }, { fold: fold(foldBinary.xori) });
export const ShRSIOp = defineOp({ name: 'arith.shrsi', ...binaryInt }, { fold: fold(foldBinary.shrsi) });
export const ShRUIOp = defineOp({ name: 'arith.shrui', ...binaryInt }, { fold: fold(foldBinary.shrui) });

// ---- float ops

const binaryFloat = {
  operands: { lhs: FloatLike, rhs: FloatLike },
  results: { result: FloatLike },
  properties: { fastmath: FastMathProp },
  traits: [Pure, SameOperandsAndResultType, Elementwise],
  assemblyFormat: '$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)',
} as const;
const commutativeFloat = { ...binaryFloat, traits: [Commutative, ...binaryFloat.traits] } as const;

export const AddFOp = defineOp({ name: 'arith.addf', ...commutativeFloat }, { fold: fold(foldBinary.addf) });
export const SubFOp = defineOp({ name: 'arith.subf', ...binaryFloat }, { fold: fold(foldBinary.subf) });
export const MulFOp = defineOp({ name: 'arith.mulf', ...commutativeFloat }, { fold: fold(foldBinary.mulf) });
export const DivFOp = defineOp({ name: 'arith.divf', ...binaryFloat }, { fold: fold(foldBinary.divf) });
export const RemFOp = defineOp({ name: 'arith.remf', ...binaryFloat }, { fold: fold(foldBinary.remf) });
export const MinimumFOp = defineOp({ name: 'arith.minimumf', ...commutativeFloat }, { fold: fold(foldBinary.minimumf) });
export const MaximumFOp = defineOp({ name: 'arith.maximumf', ...commutativeFloat }, { fold: fold(foldBinary.maximumf) });
export const MinNumFOp = defineOp({ name: 'arith.minnumf', ...commutativeFloat }, { fold: fold(foldBinary.minnumf) });
export const MaxNumFOp = defineOp({ name: 'arith.maxnumf', ...commutativeFloat }, { fold: fold(foldBinary.maxnumf) });

export const NegFOp = defineOp(
  {
    name: 'arith.negf',
    operands: { operand: FloatLike },
    results: { result: FloatLike },
    properties: { fastmath: FastMathProp },
    traits: [Pure, SameOperandsAndResultType, Elementwise],
    assemblyFormat: '$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)',
  },
  { fold: (v, [x]) => foldNegF(v.operand, x) },
);

// ---- comparisons

/** arith::CmpIPredicate, values as MLIR numbers them. */
export const cmpIPredicates = { eq: 0, ne: 1, slt: 2, sle: 3, sgt: 4, sge: 5, ult: 6, ule: 7, ugt: 8, uge: 9 } as const;
/** arith::CmpFPredicate, values as MLIR numbers them. */
export const cmpFPredicates = {
  false: 0, oeq: 1, ogt: 2, oge: 3, olt: 4, ole: 5, one: 6, ord: 7, ueq: 8, ugt: 9, uge: 10, ult: 11, ule: 12, une: 13, uno: 14, true: 15,
} as const;

const compare = {
  results: { result: BoolLike },
  traits: [Pure, SameTypeOperands, Elementwise],
  inferResultTypes: ({ operands }: { operands: readonly { type: Type }[] }) => [i1SameShape(operands[0].type)],
} as const;

export const CmpIOp = defineOp(
  {
    name: 'arith.cmpi',
    ...compare,
    operands: { lhs: SignlessIntegerLike, rhs: SignlessIntegerLike },
    properties: { predicate: IntEnumProp('arith::CmpIPredicate', cmpIPredicates) },
    assemblyFormat: '$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)',
  },
  { fold: (v, [l, r]) => foldCmpI(v.op, v.predicate, v.lhs, v.rhs, l, r) },
);

export const CmpFOp = defineOp(
  {
    name: 'arith.cmpf',
    ...compare,
    operands: { lhs: FloatLike, rhs: FloatLike },
    properties: { predicate: IntEnumProp('arith::CmpFPredicate', cmpFPredicates), fastmath: FastMathProp },
    assemblyFormat: '$predicate `,` $lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($lhs)',
  },
  { fold: (v, [l, r]) => foldCmpF(v.op, v.predicate, l, r) },
);

// ---- select

/** `arith.select %c, %a, %b : i32`, or `: vector<4xi1>, vector<4xi32>` with a shaped condition. */
function parseSelect(parser: OpAsmParser, state: OperationState): void {
  const at = parser.currentOffset();
  const operands = parser.parseOperandList();
  if (operands.length !== 3) throw parser.error(at, `expected 3 operands`);
  state.attributes.push(...parser.parseOptionalAttrDict());
  let resultType = parser.parseColonType();
  let conditionType: Type = IntegerType.get(resultType.context, 1);
  if (parser.parseOptionalPunct(',')) {
    conditionType = resultType;
    resultType = parser.parseType();
  }
  state.resultTypes.push(resultType);
  state.operands.push(...parser.resolveOperands(operands, [conditionType, resultType, resultType], at));
}

function printSelect(op: Operation, p: OpAsmPrinter): void {
  p.write(' ');
  p.printOperands(op.operands);
  p.printOptionalAttrDict(p.attributesOf(op));
  p.write(' : ');
  const condition = op.operand(0).type;
  if (isShaped(condition)) {
    p.printType(condition);
    p.write(', ');
  }
  p.printType(op.result(0).type);
}

export const SelectOp = defineOp(
  {
    name: 'arith.select',
    operands: { condition: BoolLike, true_value: AnyType, false_value: SameTypeAs('true_value') },
    results: { result: SameTypeAs('true_value') },
    // No Elementwise check here: MLIR's condition-shape predicate is reported before it, and subsumes it.
    traits: [Pure],
    parse: parseSelect,
    print: printSelect,
  },
  {
    verify(v) {
      const condition = v.condition.type;
      if (condition instanceof IntegerType && condition.width === 1 && condition.isSignless) return true;
      if (condition === i1SameShape(v.result.type)) return true;
      return v.op.emitOpError('failed to verify that condition is signless i1 or has matching shape'), false;
    },
    fold: (v, [c, t, f]) => foldSelect(v.op, v.condition, v.true_value, v.false_value, c, t, f),
  },
);

// ---- casts

const SignlessFixedWidthIntegerLike = Like(AnySignlessInteger, 'signless-fixed-width-integer-like');
const IndexCastType = AnyTypeOf(
  [SignlessIntegerLike, MemRefOf([AnySignlessInteger, Index])],
  'signless-integer-like or memref of signless-integer',
);
const BitcastType = AnyTypeOf(
  [SignlessIntegerOrFloatLike, MemRefOf([AnySignlessInteger, AnyFloat])],
  'signless-integer-or-float-like or memref of signless-integer or float',
);

/** A cast family: operand and result constraints, and the rule its types must follow. */
function cast<const I, const O>(kind: CastKind, input: I, output: O) {
  return {
    spec: {
      operands: { in: input },
      results: { out: output },
      traits: [Pure, SameOperandsAndResultShape, Elementwise],
      assemblyFormat: '$in attr-dict `:` type($in) `to` type($out)',
    },
    hooks: {
      verify(v: { op: Operation; in: { type: Type }; out: { type: Type } }): boolean {
        if (castCompatible(kind, v.in.type, v.out.type)) return true;
        v.op.emitOpError(`operand type '${String(v.in.type)}' and result type '${String(v.out.type)}' are cast incompatible`);
        return false;
      },
    },
  } as const;
}
const foldingCast = (kind: CastKind) => (v: { op: Operation }, [x]: readonly (Attribute | undefined)[]) => foldCast(kind, v.op, x);

const extInt = cast('ext-int', SignlessFixedWidthIntegerLike, SignlessFixedWidthIntegerLike);
const extF = cast('ext-float', FloatLike, FloatLike);
const truncF = cast('trunc-float', FloatLike, FloatLike);
const truncI = cast('trunc-int', SignlessFixedWidthIntegerLike, SignlessFixedWidthIntegerLike);
const intToFloat = cast('int-to-float', SignlessFixedWidthIntegerLike, FloatLike);
const floatToInt = cast('float-to-int', FloatLike, SignlessFixedWidthIntegerLike);
const indexCast = cast('index', IndexCastType, IndexCastType);
const bitcast = cast('bitcast', BitcastType, BitcastType);

/** arith::RoundingMode, an I32 enum written as its keyword (`to_nearest_even`). */
export const roundingModes = { to_nearest_even: 0, downward: 1, upward: 2, toward_zero: 3, to_nearest_away: 4 } as const;

export const ExtSIOp = defineOp({ name: 'arith.extsi', ...extInt.spec }, { ...extInt.hooks, fold: foldingCast('ext-int') });
export const ExtUIOp = defineOp({ name: 'arith.extui', ...extInt.spec }, { ...extInt.hooks, fold: foldingCast('ext-int') });
export const TruncIOp = defineOp(
  {
    name: 'arith.trunci',
    ...truncI.spec,
    properties: { overflowFlags: OverflowProp },
    assemblyFormat: '$in (`overflow` `` $overflowFlags^)? attr-dict `:` type($in) `to` type($out)',
  },
  { ...truncI.hooks, fold: foldingCast('trunc-int') },
);
export const ExtFOp = defineOp(
  {
    name: 'arith.extf',
    ...extF.spec,
    properties: { fastmath: DialectEnumProp(fastmathEnum).optional() },
    assemblyFormat: '$in (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)',
  },
  { ...extF.hooks, fold: foldingCast('ext-float') },
);
export const TruncFOp = defineOp(
  {
    name: 'arith.truncf',
    ...truncF.spec,
    properties: {
      roundingmode: IntEnumProp('arith::RoundingMode', roundingModes, 32).optional(),
      fastmath: DialectEnumProp(fastmathEnum).optional(),
    },
    assemblyFormat: '$in ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)',
  },
  { ...truncF.hooks, fold: foldingCast('trunc-float') },
);
export const SIToFPOp = defineOp({ name: 'arith.sitofp', ...intToFloat.spec }, { ...intToFloat.hooks, fold: foldingCast('int-to-float') });
export const UIToFPOp = defineOp({ name: 'arith.uitofp', ...intToFloat.spec }, { ...intToFloat.hooks, fold: foldingCast('int-to-float') });
export const FPToSIOp = defineOp({ name: 'arith.fptosi', ...floatToInt.spec }, { ...floatToInt.hooks, fold: foldingCast('float-to-int') });
export const FPToUIOp = defineOp({ name: 'arith.fptoui', ...floatToInt.spec }, { ...floatToInt.hooks, fold: foldingCast('float-to-int') });
export const IndexCastOp = defineOp({ name: 'arith.index_cast', ...indexCast.spec }, { ...indexCast.hooks, fold: foldingCast('index') });
export const IndexCastUIOp = defineOp({ name: 'arith.index_castui', ...indexCast.spec }, { ...indexCast.hooks, fold: foldingCast('index') });
export const BitcastOp = defineOp({ name: 'arith.bitcast', ...bitcast.spec }, { ...bitcast.hooks, fold: foldingCast('bitcast') });

/** Every arith op, in the order the dialect registers them. */
export const arithOps = [
  ConstantOp, AddIOp, SubIOp, MulIOp, ShLIOp, DivSIOp, DivUIOp, CeilDivSIOp, CeilDivUIOp, FloorDivSIOp, RemSIOp, RemUIOp,
  MinSIOp, MinUIOp, MaxSIOp, MaxUIOp, AndIOp, OrIOp, XOrIOp, ShRSIOp, ShRUIOp,
  AddFOp, SubFOp, MulFOp, DivFOp, RemFOp, MinimumFOp, MaximumFOp, MinNumFOp, MaxNumFOp, NegFOp,
  CmpIOp, CmpFOp, SelectOp,
  ExtSIOp, ExtUIOp, TruncIOp, ExtFOp, TruncFOp, SIToFPOp, UIToFPOp, FPToSIOp, FPToUIOp, IndexCastOp, IndexCastUIOp, BitcastOp,
] as const;
