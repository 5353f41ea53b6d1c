// The memref dialect: buffers (alloc, alloca, dealloc, global, get_global), accesses (load,
// store, copy, dim) and views (cast, subview, reinterpret_cast), as in MLIR 22.
import { AffineMapAttr, FloatType, IntegerAttr, MemRefType, RankedTensorType, SymbolRefAttr, TypeAttr, UnitAttr, UnrankedMemRefType, type Dialect, type Operation, type Type, type Value } from '../../lib/ir/index.js';
import {
  AnyAttrProp, AnyFloat, AnyMemRef, AnySignlessInteger, IntEnumProp, MemRefOf, SameTypeAs, AttrSizedOperandSegments, BoolProp, DenseI64ArrayProp, FlatSymbolRefProp, I64Prop, Index,
  IsSymbol, MemAlloc, MemFree, MemRead, MemWrite, NoMemoryEffect, Pure, SameOperandsElementType, SameOperandsShape, StrProp, SymbolNameProp, TypeFrom, TypeProp,
  UnitProp, Variadic, defineDialect, defineOp, typeConstraint,
} from '../../lib/dialect/index.js';
import { DYNAMIC, dynamicIndexList, globalTypeAndValue, staticValues } from './syntax.js';
import { inferSubViewType, stridesAndOffset, verifySubViewType } from './subview-type.js';
import { foldCast, foldCastsInPlace, foldDim, foldLoad, memrefCanonicalization } from './canonicalize.js';
import { materializeArithConstant } from '../arith/index.js';

const fail = (op: Operation, message: string): false => (op.emitOpError(message), false);
const elementType = (t: Type) => (t as MemRefType).elementType;
const named = (name: string) => ({ resultNames: (v: { op: Operation }, set: (r: Value, n: string) => void) => set(v.op.result(0), name) });

const RankedOrUnrankedMemRef = typeConstraint('ranked or unranked memref of any type values', (t) => t instanceof MemRefType || t instanceof UnrankedMemRefType);
const Non0RankedOrUnrankedMemRef = typeConstraint(
  'unranked.memref of any type values or non-0-ranked.memref of any type values',
  (t) => (t instanceof MemRefType && t.shape.length > 0) || t instanceof UnrankedMemRefType,
);
const RankedMemRef = typeConstraint('ranked memref of any type values', (t) => t instanceof MemRefType);

/** MLIR's verifyAllocLikeOp: one size operand per dynamic dimension, one symbol per layout symbol. */
function verifyAllocLike(op: Operation, sizes: readonly Value[], symbols: readonly Value[]): boolean {
  const type = op.result(0).type as MemRefType;
  const dynamic = type.shape.filter((d) => d < 0).length;
  if (sizes.length !== dynamic) return fail(op, `incorrect number of dynamic sizes, has ${sizes.length}, expected ${dynamic}`);
  const numSymbols = type.layout instanceof AffineMapAttr ? type.layout.value.numSymbols : 0;
  if (symbols.length !== numSymbols) return fail(op, `symbol operand count does not equal memref symbol count: expected ${numSymbols}, got ${symbols.length}`);
  return true;
}

const allocLike = (name: string, effect: 'alloc' | 'alloca') =>
  defineOp(
    {
      name,
      operands: { dynamicSizes: Variadic(Index), symbolOperands: Variadic(Index) },
      results: { memref: AnyMemRef },
      properties: { alignment: I64Prop.optional() },
      traits: [AttrSizedOperandSegments],
      interfaces: { memoryEffects: [effect === 'alloc' ? MemAlloc('memref') : MemAlloc('memref', 'AutomaticAllocationScopeResource')] },
      assemblyFormat: '`(`$dynamicSizes`)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)',
    },
    {
      verify: (v) => verifyAllocLike(v.op, v.dynamicSizes, v.symbolOperands),
      resultNames: (v, set) => set(v.memref, effect),
    },
  );

export const AllocOp = allocLike('memref.alloc', 'alloc');
export const AllocaOp = allocLike('memref.alloca', 'alloca');

export const DeallocOp = defineOp(
  {
    name: 'memref.dealloc',
    operands: { memref: RankedOrUnrankedMemRef },
    interfaces: { memoryEffects: [MemFree('memref')] },
    assemblyFormat: '$memref attr-dict `:` type($memref)',
  },
  { fold: (v) => foldCastsInPlace(v.op) },
);

const rankOf = (v: Value) => (v.type instanceof MemRefType ? v.type.shape.length : 0);

export const LoadOp = defineOp(
  {
    name: 'memref.load',
    operands: { memref: AnyMemRef, indices: Variadic(Index) },
    results: { result: TypeFrom('memref', elementType, "result type matches element type of 'memref'") },
    properties: { nontemporal: BoolProp.optional() },
    interfaces: { memoryEffects: [MemRead('memref')] },
    assemblyFormat: '$memref `[` $indices `]` attr-dict `:` type($memref)',
  },
  {
    verify(v) {
      if (v.indices.length !== rankOf(v.memref)) return fail(v.op, `incorrect number of indices for load, expected ${rankOf(v.memref)} but got ${v.indices.length}`);
      return true;
    },
    fold: (v) => foldLoad(v.op),
  },
);

export const StoreOp = defineOp(
  {
    name: 'memref.store',
    operands: { value: TypeFrom('memref', elementType, "type of 'value' matches element type of 'memref'"), memref: AnyMemRef, indices: Variadic(Index) },
    properties: { nontemporal: BoolProp.optional() },
    interfaces: { memoryEffects: [MemWrite('memref')] },
    assemblyFormat: '$value `,` $memref `[` $indices `]` attr-dict `:` type($memref)',
  },
  {
    verify(v) {
      if (v.indices.length !== rankOf(v.memref)) return fail(v.op, `store index operand count not equal to memref rank`);
      return true;
    },
    fold: (v) => foldCastsInPlace(v.op, 0),
  },
);

export const DimOp = defineOp(
  {
    name: 'memref.dim',
    operands: { source: Non0RankedOrUnrankedMemRef, index: Index },
    results: { result: Index },
    // Not Pure: an out-of-range index is undefined behaviour, so dim is not speculatable (MLIR's ConditionallySpeculatable).
    traits: [NoMemoryEffect],
    assemblyFormat: 'attr-dict $source `,` $index `:` type($source)',
  },
  { ...named('dim'), fold: (v, [, index]) => foldDim(v.op, index instanceof IntegerAttr ? index : undefined) },
);

/** MLIR's CastOp::areCastCompatible for memrefs (ranked to ranked, or either side unranked). */
export function castCompatible(a: Type, b: Type): boolean {
  if (a instanceof MemRefType && b instanceof MemRefType) {
    if (a.elementType !== b.elementType || a.memorySpace !== b.memorySpace || a.shape.length !== b.shape.length) return false;
    if (a.shape.some((d, i) => d >= 0 && b.shape[i] >= 0 && d !== b.shape[i])) return false;
    return a.layout === b.layout || stridedCompatible(a, b);
  }
  if (a instanceof UnrankedMemRefType && b instanceof UnrankedMemRefType) return false;
  const memref = (t: Type) => (t instanceof MemRefType || t instanceof UnrankedMemRefType ? t : undefined);
  const ma = memref(a);
  const mb = memref(b);
  return ma !== undefined && mb !== undefined && ma.elementType === mb.elementType && ma.memorySpace === mb.memorySpace;
}

/** Strided layouts (identity ones included) agree where neither side is dynamic. */
function stridedCompatible(a: MemRefType, b: MemRefType): boolean {
  const sa = stridesAndOffset(a);
  const sb = stridesAndOffset(b);
  if (!sa || !sb) return false;
  const same = (x: number, y: number) => x < 0 || y < 0 || x === y;
  return same(sa.offset, sb.offset) && sa.strides.every((s, i) => same(s, sb.strides[i]));
}


export const CastOp = defineOp(
  {
    name: 'memref.cast',
    operands: { source: RankedOrUnrankedMemRef },
    results: { dest: RankedOrUnrankedMemRef },
    traits: [Pure],
    assemblyFormat: '$source attr-dict `:` type($source) `to` type($dest)',
  },
  {
    verify(v) {
      if (!castCompatible(v.source.type, v.dest.type)) return fail(v.op, `operand type '${v.source.type}' and result type '${v.dest.type}' are cast incompatible`);
      return true;
    },
    resultNames: (v, set) => set(v.dest, 'cast'),
    fold: (v) => foldCast(v.op),
  },
);

export const CopyOp = defineOp(
  {
    name: 'memref.copy',
    operands: { source: RankedOrUnrankedMemRef, target: RankedOrUnrankedMemRef },
    traits: [SameOperandsElementType, SameOperandsShape],
    interfaces: { memoryEffects: [MemRead('source'), MemWrite('target')] },
    assemblyFormat: '$source `,` $target attr-dict `:` type($source) `to` type($target)',
  },
  { fold: (v) => foldCastsInPlace(v.op) },
);

export const GlobalOp = defineOp(
  {
    name: 'memref.global',
    properties: {
      sym_name: SymbolNameProp,
      sym_visibility: StrProp.optional(),
      type: TypeProp(),
      initial_value: AnyAttrProp.optional(),
      constant: UnitProp,
      alignment: I64Prop.optional(),
    },
    traits: [IsSymbol],
    assemblyFormat:
      '($sym_visibility^)? (`constant` $constant^)? $sym_name `:` custom<GlobalMemrefOpTypeAndInitialValue>($type, $initial_value) attr-dict',
  },
  {
    verify(v) {
      const type = v.type;
      if (!(type instanceof MemRefType) || type.shape.some((d) => d < 0)) return fail(v.op, `type should be static shaped memref, but got '${type}'`);
      const init = v.op.getAttr('initial_value');
      if (init && !(init instanceof UnitAttr)) {
        const initType = (init as { type?: Type }).type;
        if (!initType || !('shape' in initType)) return fail(v.op, `initial value should be a unit or elements attribute, but got ${init}`);
        const initElement = (initType as RankedTensorType).elementType;
        if (initElement !== type.elementType) {
          return fail(v.op, `initial value element expected to be of type '${type.elementType}', but was of type '${initElement}'`);
        }
        const tensor = RankedTensorType.get(type.shape, type.elementType);
        if (initType !== tensor) return fail(v.op, `initial value expected to be of type '${tensor}', but was of type '${initType}'`);
      }
      const align = v.alignment;
      if (align !== undefined && (align <= 0 || (align & (align - 1)) !== 0)) return fail(v.op, `alignment attribute value ${align} is not a power of 2`);
      return true;
    },
  },
);

export const GetGlobalOp = defineOp(
  {
    name: 'memref.get_global',
    properties: { name: FlatSymbolRefProp },
    results: { result: RankedMemRef },
    traits: [Pure],
    assemblyFormat: '$name `:` type($result) attr-dict',
  },
  {
    verifySymbolUses(v, lookup) {
      const global = lookup(v.op, SymbolRefAttr.get(v.op.context, v.name));
      if (!global || global.name.name !== 'memref.global') return fail(v.op, `'${v.name}' does not reference a valid global memref`);
      const type = (global.getAttr('type') as TypeAttr).value;
      if (type !== v.result.type) return fail(v.op, `result type '${v.result.type}' does not match type '${type}' of the global memref @${v.name}`);
      return true;
    },
  },
);

/** MLIR's verifyOffsetSizeAndStrideOp: `ranks` static entries per list, one operand per dynamic entry. */
function verifyOffsetsSizesStrides(op: Operation, ranks: readonly [number, number, number], lists: readonly (readonly Value[])[]): boolean {
  const names = ['offset', 'size', 'stride'] as const;
  for (let i = 0; i < 3; i++) {
    const statics = staticValues(op.getAttr(`static_${names[i]}s`));
    if (statics.length !== ranks[i]) return op.emitError(`expected ${ranks[i]} ${names[i]} values`), false;
    const dynamic = statics.filter((x) => x === DYNAMIC).length;
    if (lists[i].length !== dynamic) return op.emitError(`expected ${dynamic} dynamic ${names[i]} values`), false;
  }
  return true;
}

const viewOperands = { offsets: Variadic(Index), sizes: Variadic(Index), strides: Variadic(Index) };
const viewProperties = { static_offsets: DenseI64ArrayProp, static_sizes: DenseI64ArrayProp, static_strides: DenseI64ArrayProp };

export const SubViewOp = defineOp(
  {
    name: 'memref.subview',
    operands: { source: RankedMemRef, ...viewOperands },
    results: { result: RankedMemRef },
    properties: viewProperties,
    traits: [AttrSizedOperandSegments, Pure],
    assemblyFormat:
      '$source `` custom<DynamicIndexList>($offsets, $static_offsets) custom<DynamicIndexList>($sizes, $static_sizes) ' +
      'custom<DynamicIndexList>($strides, $static_strides) attr-dict `:` type($source) `to` type($result)',
  },
  {
    verify(v) {
      const rank = rankOf(v.source);
      const [offsets, sizes, strides] = ['offsets', 'sizes', 'strides'].map((n) => staticValues(v.op.getAttr(`static_${n}`)).length);
      if (offsets !== sizes) {
        return v.op.emitError(`expected mixed offsets rank to match mixed sizes rank (${offsets} vs ${sizes}) so the rank of the result type is well-formed.`), false;
      }
      if (sizes !== strides) {
        return v.op.emitError(`expected mixed sizes rank to match mixed strides rank (${sizes} vs ${strides}) so the rank of the result type is well-formed.`), false;
      }
      if (!verifyOffsetsSizesStrides(v.op, [rank, rank, rank], [v.offsets, v.sizes, v.strides])) return false;
      const statics = ['offsets', 'sizes', 'strides'].map((n) => staticValues(v.op.getAttr(`static_${n}`)));
      const expected = inferSubViewType(v.source.type as MemRefType, statics[0], statics[1], statics[2]);
      return !expected || verifySubViewType(v.op, expected, v.result.type as MemRefType);
    },
    resultNames: (v, set) => set(v.result, 'subview'),
  },
);

export const ReinterpretCastOp = defineOp(
  {
    name: 'memref.reinterpret_cast',
    operands: { source: RankedOrUnrankedMemRef, ...viewOperands },
    results: { result: RankedMemRef },
    properties: viewProperties,
    traits: [AttrSizedOperandSegments, Pure],
    assemblyFormat:
      '$source `to` `offset` `` `:` custom<DynamicIndexList>($offsets, $static_offsets) `` `,` ' +
      '`sizes` `` `:` custom<DynamicIndexList>($sizes, $static_sizes) `` `,` ' +
      '`strides` `` `:` custom<DynamicIndexList>($strides, $static_strides) attr-dict `:` type($source) `to` type($result)',
  },
  {
    verify(v) {
      const rank = rankOf(v.op.result(0));
      if (!verifyOffsetsSizesStrides(v.op, [1, rank, rank], [v.offsets, v.sizes, v.strides])) return false;
      const src = v.source.type as MemRefType | UnrankedMemRefType;
      const dst = v.result.type as MemRefType;
      if (src.elementType !== dst.elementType) {
        return v.op.emitError(`different element types specified for source type '${src}' and result memref type '${dst}'`), false;
      }
      if (src.memorySpace !== dst.memorySpace) {
        return v.op.emitError(`different memory spaces specified for source type '${src}' and result memref type '${dst}'`), false;
      }
      const sizes = staticValues(v.op.getAttr('static_sizes'));
      for (let i = 0; i < sizes.length; i++) {
        const expected = dst.shape[i];
        if (sizes[i] !== DYNAMIC && expected >= 0 && BigInt(expected) !== sizes[i]) {
          return v.op.emitError(`expected result type with size = ${sizes[i]} instead of ${expected} in dim = ${i}`), false;
        }
      }
      return true;
    },
    resultNames: (v, set) => set(v.result, 'reinterpret_cast'),
  },
);

/** arith::AtomicRMWKind, in MLIR's numbering. */
export const atomicRMWKinds = {
  addf: 0, addi: 1, andi: 2, assign: 3, maximumf: 4, maxnumf: 5, maxs: 6, maxu: 7,
  minimumf: 8, minnumf: 9, mins: 10, minu: 11, mulf: 12, muli: 13, ori: 14, xori: 15,
} as const;
const FLOAT_RMW = new Set(['addf', 'maximumf', 'maxnumf', 'minimumf', 'minnumf', 'mulf']);
const INT_RMW = new Set(['addi', 'andi', 'maxs', 'maxu', 'mins', 'minu', 'muli', 'ori', 'xori']);
const IntegerOrFloat = typeConstraint('signless integer or floating point', (t) => AnySignlessInteger.check(t) || AnyFloat.check(t));

export const AtomicRMWOp = defineOp(
  {
    name: 'memref.atomic_rmw',
    operands: {
      value: TypeFrom('memref', elementType, 'value type matches element type of memref', IntegerOrFloat),
      memref: MemRefOf([AnySignlessInteger, AnyFloat]),
      indices: Variadic(Index),
    },
    results: { result: SameTypeAs('value', IntegerOrFloat) },
    properties: { kind: IntEnumProp('arith::AtomicRMWKind', atomicRMWKinds) },
    interfaces: { memoryEffects: [MemRead('memref'), MemWrite('memref')] },
    assemblyFormat: '$kind $value `,` $memref `[` $indices `]` attr-dict `:` `(` type($value) `,` type($memref) `)` `->` type($result)',
  },
  {
    verify(v) {
      if (v.indices.length !== rankOf(v.memref)) return fail(v.op, 'expects the number of subscripts to be equal to memref rank');
      const isFloat = v.value.type instanceof FloatType;
      if (FLOAT_RMW.has(v.kind) && !isFloat) return fail(v.op, `with kind '${v.kind}' expects a floating-point type`);
      if (INT_RMW.has(v.kind) && isFloat) return fail(v.op, `with kind '${v.kind}' expects an integer type`);
      return true;
    },
  },
);

let dialect: Dialect | undefined;

/** The memref dialect (built once: its op definitions are module-level). */
export function loadMemrefDialect(): Dialect {
  return (dialect ??= defineDialect({
    name: 'memref',
    customDirectives: { DynamicIndexList: dynamicIndexList, GlobalMemrefOpTypeAndInitialValue: globalTypeAndValue },
    // dim folds to index constants, which arith builds (as MLIR's memref dialect delegates).
    materializeConstant: materializeArithConstant,
    canonicalization: memrefCanonicalization,
    ops: [AllocOp, AllocaOp, DeallocOp, LoadOp, StoreOp, DimOp, CastOp, CopyOp, GlobalOp, GetGlobalOp, SubViewOp, ReinterpretCastOp, AtomicRMWOp],
  }));
}

