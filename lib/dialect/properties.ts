// Properties (inherent attributes) of op definitions: typed values with MLIR's constraint
// summaries, defaults, and how `$name` reads and writes them in an assembly format.
import {
  AffineMapAttr,
  ArrayAttr,
  DenseArrayAttr,
  FloatAttr,
  FloatType,
  IndexType,
  IntegerAttr,
  IntegerType,
  StringAttr,
  SymbolRefAttr,
  TypeAttr,
  UnitAttr,
  type Attribute,
  type MLIRContext,
  type OpAsmParser,
  type OpAsmPrinter,
  type Type,
} from '../ir/index.js';
import type { AffineMap } from '../affine/index.js';
import { perContext, type TypeConstraint } from './constraints.js';

/** How `$name` of a property appears in an assembly format. */
export interface PropSyntax {
  parse(p: OpAsmParser, ctx: MLIRContext): Attribute;
  /** Returns undefined without consuming when the next token cannot start the property. */
  parseOptional(p: OpAsmParser, ctx: MLIRContext): Attribute | undefined;
  print(printer: OpAsmPrinter, a: Attribute): void;
  /** True when the text may end in `: type`, so a `:` literal right after it is ambiguous. */
  readonly mayEndWithType: boolean;
}

/**
 * A property definition: constraint, typed value, default and syntax. `T` is the value an
 * attribute decodes to; `R` is what a typed view reads (`T | undefined` when optional).
 */
export interface PropDef<T = unknown, R = T> {
  readonly kind: 'prop';
  /** MLIR's summary, as in `attribute 'x' failed to satisfy constraint: <summary>`. */
  readonly summary: string;
  check(a: Attribute): boolean;
  /** The attribute's value as a plain TypeScript value. */
  decode(a: Attribute): T;
  /** Builds the attribute for `value`. */
  encode(ctx: MLIRContext, value: T): Attribute;
  /** True when the property may be absent (optional, defaulted, or a unit flag). */
  readonly isOptional: boolean;
  /** The value an absent property stands for; such properties are elided when equal to it. */
  readonly defaultValue: T | undefined;
  /** Unit attributes: presence is the value; an optional group anchored on one prints nothing for it. */
  readonly isUnit: boolean;
  readonly syntax: PropSyntax;
  /** The same property, allowed to be absent. */
  optional(): PropDef<T, T | undefined>;
  /** The same property with a default: absent reads as `value`, and equal values are elided when printing. */
  withDefault(value: T): PropDef<T, T>;
  /** Phantom field carrying the read type; never set. */
  readonly __read?: R;
}

interface PropInit<T> {
  summary: string;
  check(a: Attribute): boolean;
  decode(a: Attribute): T;
  encode(ctx: MLIRContext, value: T): Attribute;
  syntax: PropSyntax;
  isUnit?: boolean;
}

/** Builds a property definition; the building block of every `XProp` below. */
export function propDef<T>(init: PropInit<T>, isOptional = false, defaultValue?: T): PropDef<T> {
  const def: PropDef<T> = {
    kind: 'prop',
    summary: init.summary,
    check: init.check,
    decode: init.decode,
    encode: init.encode,
    syntax: init.syntax,
    isUnit: init.isUnit ?? false,
    isOptional,
    defaultValue,
    optional: () => propDef(init, true, defaultValue) as PropDef<T, T | undefined>,
    withDefault: (value: T) => propDef(init, true, value),
  };
  return Object.freeze(def);
}

/** The default of `def` as an attribute of `ctx` (cached: attributes are interned per context). */
export function defaultAttr(def: PropDef<unknown, unknown>, ctx: MLIRContext): Attribute | undefined {
  if (def.defaultValue === undefined) return undefined;
  let byCtx = defaultCache.get(def);
  if (!byCtx) defaultCache.set(def, (byCtx = new WeakMap()));
  let a = byCtx.get(ctx);
  if (!a) byCtx.set(ctx, (a = def.encode(ctx, def.defaultValue)));
  return a;
}
const defaultCache = new WeakMap<PropDef<unknown, unknown>, WeakMap<MLIRContext, Attribute>>();

/** Syntax of attributes written in full: `parseAttribute` / `printAttribute`. */
export const genericSyntax: PropSyntax = Object.freeze({
  parse: (p: OpAsmParser) => p.parseAttribute(),
  parseOptional: (p: OpAsmParser) => p.parseOptionalAttribute(),
  print: (pr: OpAsmPrinter, a: Attribute) => pr.printAttribute(a),
  mayEndWithType: true,
});

/** Syntax of attributes whose type is fixed, so the text leaves it out (`5` for an i64 attribute). */
function typedSyntax(typeOf: (ctx: MLIRContext) => Type): PropSyntax {
  return Object.freeze({
    parse: (p: OpAsmParser, ctx: MLIRContext) => p.parseAttribute(typeOf(ctx)),
    parseOptional: (p: OpAsmParser, ctx: MLIRContext) => p.parseOptionalAttribute(typeOf(ctx)),
    print: (pr: OpAsmPrinter, a: Attribute) => pr.printAttributeWithoutType(a),
    mayEndWithType: false,
  });
}

/** Any attribute that satisfies `check`, described by `summary`. */
export function AttrProp(summary = 'any attribute', check: (a: Attribute) => boolean = () => true): PropDef<Attribute> {
  return propDef({ summary, check, decode: (a) => a, encode: (_ctx, a) => a, syntax: genericSyntax });
}
export const AnyAttrProp = AttrProp();

function intTypeOf(width: number | 'index'): (ctx: MLIRContext) => Type {
  return perContext((ctx) => (width === 'index' ? IndexType.get(ctx) : IntegerType.get(ctx, width)));
}

/** An integer attribute of a fixed type (`I64Attr`, `I32Attr`, `IndexAttr`), read as a number. */
export function IntProp(width: number | 'index' = 64): PropDef<number> {
  const typeOf = intTypeOf(width);
  const summary = width === 'index' ? 'index attribute' : `${width}-bit signless integer attribute`;
  return propDef({
    summary,
    check: (a) => a instanceof IntegerAttr && a.type === typeOf(a.context),
    decode: (a) => Number((a as IntegerAttr).value),
    encode: (ctx, v) => IntegerAttr.get(typeOf(ctx), v),
    syntax: typedSyntax(typeOf),
  });
}
export const I32Prop = IntProp(32);
export const I64Prop = IntProp(64);
export const IndexProp = IntProp('index');

/** A float attribute of a fixed type (`F32Attr`, `F64Attr`), read as a number. */
export function FloatProp(kind: 'f32' | 'f64' = 'f64'): PropDef<number> {
  const typeOf = perContext((ctx: MLIRContext) => FloatType.get(ctx, kind));
  return propDef({
    summary: `${kind === 'f32' ? 32 : 64}-bit float attribute`,
    check: (a) => a instanceof FloatAttr && a.type.name === kind,
    decode: (a) => (a as FloatAttr).value,
    encode: (ctx, v) => FloatAttr.get(typeOf(ctx), v),
    syntax: typedSyntax(typeOf),
  });
}
export const F32Prop = FloatProp('f32');
export const F64Prop = FloatProp('f64');

const stringSyntax: PropSyntax = Object.freeze({
  parse: (p: OpAsmParser, ctx: MLIRContext) => StringAttr.get(ctx, p.parseString()),
  parseOptional: (p: OpAsmParser, ctx: MLIRContext) => {
    const s = p.parseOptionalString();
    return s === undefined ? undefined : StringAttr.get(ctx, s);
  },
  print: (pr: OpAsmPrinter, a: Attribute) => pr.printAttribute(a),
  mayEndWithType: false,
});

/** A string attribute (`StrAttr`). */
export const StrProp: PropDef<string> = propDef({
  summary: 'string attribute',
  check: (a) => a instanceof StringAttr,
  decode: (a) => (a as StringAttr).value,
  encode: (ctx, v) => StringAttr.get(ctx, v),
  syntax: stringSyntax,
});

/** A symbol's own name (`SymbolNameAttr`): a string attribute written `@name` in formats. */
export const SymbolNameProp: PropDef<string> = propDef({
  summary: 'string attribute',
  check: (a) => a instanceof StringAttr,
  decode: (a) => (a as StringAttr).value,
  encode: (ctx, v) => StringAttr.get(ctx, v),
  syntax: Object.freeze({
    parse: (p: OpAsmParser, ctx: MLIRContext) => StringAttr.get(ctx, p.parseSymbolName()),
    parseOptional: (p: OpAsmParser, ctx: MLIRContext) => {
      const s = p.parseOptionalSymbolName();
      return s === undefined ? undefined : StringAttr.get(ctx, s);
    },
    print: (pr: OpAsmPrinter, a: Attribute) => pr.printSymbolName((a as StringAttr).value),
    mayEndWithType: false,
  }),
});

/** A reference to a symbol (`SymbolRefAttr`), possibly nested. */
export const SymbolRefProp: PropDef<SymbolRefAttr> = propDef({
  summary: 'symbol reference attribute',
  check: (a) => a instanceof SymbolRefAttr,
  decode: (a) => a as SymbolRefAttr,
  encode: (_ctx, v) => v,
  syntax: { ...genericSyntax, mayEndWithType: false },
});

/** A flat reference `@name` (`FlatSymbolRefAttr`), read as the name. */
export const FlatSymbolRefProp: PropDef<string> = propDef({
  summary: 'flat symbol reference attribute',
  check: (a) => a instanceof SymbolRefAttr && a.isFlat,
  decode: (a) => (a as SymbolRefAttr).root,
  encode: (ctx, v) => SymbolRefAttr.get(ctx, v),
  syntax: { ...genericSyntax, mayEndWithType: false },
});

/** A unit attribute: present or not. Read as a boolean. */
export const UnitProp: PropDef<boolean> = propDef(
  {
    summary: 'unit attribute',
    check: (a) => a instanceof UnitAttr,
    decode: () => true,
    encode: (ctx) => UnitAttr.get(ctx),
    syntax: { ...genericSyntax, mayEndWithType: false },
    isUnit: true,
  },
  true,
);

/** A bool attribute (`BoolAttr`): `true` or `false`. */
export const BoolProp: PropDef<boolean> = propDef({
  summary: 'bool attribute',
  check: (a) => a instanceof IntegerAttr && a.isBool,
  decode: (a) => (a as IntegerAttr).value !== 0n,
  encode: (ctx, v) => IntegerAttr.bool(ctx, v),
  syntax: { ...genericSyntax, mayEndWithType: false },
});

/** A type used as an attribute (`TypeAttrOf`), optionally constrained. */
export function TypeProp(constraint?: TypeConstraint): PropDef<Type> {
  return propDef({
    summary: constraint ? `type attribute of ${constraint.summary}` : 'any type attribute',
    check: (a) => a instanceof TypeAttr && (!constraint || constraint.check(a.value)),
    decode: (a) => (a as TypeAttr).value,
    encode: (_ctx, t) => TypeAttr.get(t),
    syntax: Object.freeze({
      parse: (p: OpAsmParser) => TypeAttr.get(p.parseType()),
      parseOptional: (p: OpAsmParser) => {
        const t = p.parseOptionalType();
        return t && TypeAttr.get(t);
      },
      print: (pr: OpAsmPrinter, a: Attribute) => pr.printType((a as TypeAttr).value),
      mayEndWithType: false,
    }),
  });
}

/** An affine map attribute (`AffineMapAttr`). */
export const AffineMapProp: PropDef<AffineMap> = propDef({
  summary: 'AffineMap attribute',
  check: (a) => a instanceof AffineMapAttr,
  decode: (a) => (a as AffineMapAttr).value,
  encode: (ctx, m) => AffineMapAttr.get(ctx, m),
  syntax: { ...genericSyntax, mayEndWithType: false },
});

/** An array attribute whose elements satisfy `element` (any when omitted), read as attributes. */
export function ArrayProp(element?: PropDef<unknown, unknown>): PropDef<readonly Attribute[]> {
  return propDef({
    summary: element ? `array attribute of ${element.summary}` : 'array attribute',
    check: (a) => a instanceof ArrayAttr && (!element || a.elements.every((e) => element.check(e))),
    decode: (a) => (a as ArrayAttr).elements,
    encode: (ctx, v) => ArrayAttr.get(ctx, v),
    syntax: { ...genericSyntax, mayEndWithType: false },
  });
}

/** An array of i64 integer attributes (`I64ArrayAttr`), read as numbers. */
export const I64ArrayProp: PropDef<readonly number[]> = propDef({
  summary: '64-bit integer array attribute',
  check: (a) => a instanceof ArrayAttr && a.elements.every((e) => I64Prop.check(e)),
  decode: (a) => (a as ArrayAttr).elements.map((e) => Number((e as IntegerAttr).value)),
  encode: (ctx, v) => ArrayAttr.get(ctx, v.map((x) => I64Prop.encode(ctx, x))),
  syntax: { ...genericSyntax, mayEndWithType: false },
});

/** A dense integer array (`DenseI64ArrayAttr`, ...), written `[1, 2]` in formats, read as numbers. */
export function DenseIntArrayProp(width: 1 | 8 | 16 | 32 | 64): PropDef<readonly number[]> {
  const typeOf = perContext((ctx: MLIRContext) => IntegerType.get(ctx, width));
  const summary = width === 1 ? 'i1 dense array attribute' : `i${width} dense array attribute`;
  return propDef({
    summary,
    check: (a) => a instanceof DenseArrayAttr && a.elementType === typeOf(a.context),
    decode: (a) => (a as DenseArrayAttr).values.map(Number),
    encode: (ctx, v) => DenseArrayAttr.get(typeOf(ctx), v.map((x) => BigInt(x))),
    syntax: Object.freeze({
      parse: (p: OpAsmParser, ctx: MLIRContext) => parseDenseInts(p, ctx, typeOf(ctx)),
      parseOptional: (p: OpAsmParser, ctx: MLIRContext) =>
        p.parseOptionalPunct('[') ? parseDenseInts(p, ctx, typeOf(ctx), true) : undefined,
      print: (pr: OpAsmPrinter, a: Attribute) => {
        const vs = (a as DenseArrayAttr).values;
        pr.write(`[${width === 1 ? vs.map((v) => (v ? 'true' : 'false')).join(', ') : vs.join(', ')}]`);
      },
      mayEndWithType: false,
    }),
  });
}
export const DenseI32ArrayProp = DenseIntArrayProp(32);
export const DenseI64ArrayProp = DenseIntArrayProp(64);
export const DenseBoolArrayProp = DenseIntArrayProp(1);

function parseDenseInts(p: OpAsmParser, _ctx: MLIRContext, type: Type, openConsumed = false): Attribute {
  if (!openConsumed) p.parsePunct('[');
  const values: bigint[] = [];
  if (!p.parseOptionalPunct(']')) {
    do {
      const kw = (type as IntegerType).width === 1 ? p.parseOptionalKeyword(['true', 'false']) : undefined;
      values.push(kw !== undefined ? (kw === 'true' ? 1n : 0n) : p.parseInteger());
    } while (p.parseOptionalPunct(','));
    p.parsePunct(']');
  }
  return DenseArrayAttr.get(type, values);
}

/**
 * An enumeration stored as an integer attribute (MLIR's I64EnumAttr / I32EnumAttr), written
 * as its case keyword in formats and read as the case name. `cases` maps names to values.
 */
export function IntEnumProp<const C extends Record<string, number>>(
  enumName: string,
  cases: C,
  width: 32 | 64 = 64,
): PropDef<keyof C & string> {
  const typeOf = intTypeOf(width);
  const byValue = new Map<bigint, string>(Object.entries(cases).map(([k, v]) => [BigInt(v), k]));
  const names = Object.keys(cases);
  const summary = `allowed ${width}-bit signless integer cases: ${Object.values(cases).join(', ')}`;
  const fromKeyword = (p: OpAsmParser, ctx: MLIRContext, word: string, offset: number): Attribute => {
    if (!(word in cases)) throw p.error(offset, `expected ${enumName} to be one of: ${names.join(', ')}`);
    return IntegerAttr.get(typeOf(ctx), cases[word]);
  };
  return propDef({
    summary,
    check: (a) => a instanceof IntegerAttr && a.type === typeOf(a.context) && byValue.has(a.value),
    decode: (a) => byValue.get((a as IntegerAttr).value) as keyof C & string,
    encode: (ctx, v) => IntegerAttr.get(typeOf(ctx), cases[v]),
    syntax: Object.freeze({
      parse: (p: OpAsmParser, ctx: MLIRContext) => {
        const at = p.currentOffset();
        return fromKeyword(p, ctx, p.parseKeywordOrString(), at);
      },
      parseOptional: (p: OpAsmParser, ctx: MLIRContext) => {
        const at = p.currentOffset();
        const word = p.parseOptionalKeyword(names);
        return word === undefined ? undefined : fromKeyword(p, ctx, word, at);
      },
      print: (pr: OpAsmPrinter, a: Attribute) => pr.printKeywordOrString(byValue.get((a as IntegerAttr).value) ?? ''),
      mayEndWithType: false,
    }),
  });
}

/** An enumeration stored as a string attribute (MLIR's StrEnumAttr), written as its keyword. */
export function StrEnumProp<const C extends readonly string[]>(enumName: string, cases: C): PropDef<C[number]> {
  const allowed = new Set<string>(cases);
  return propDef({
    summary: `allowed string cases: ${cases.map((c) => `'${c}'`).join(', ')}`,
    check: (a) => a instanceof StringAttr && allowed.has(a.value),
    decode: (a) => (a as StringAttr).value as C[number],
    encode: (ctx, v) => StringAttr.get(ctx, v),
    syntax: Object.freeze({
      parse: (p: OpAsmParser, ctx: MLIRContext) => {
        const at = p.currentOffset();
        const word = p.parseKeywordOrString();
        if (!allowed.has(word)) throw p.error(at, `expected ${enumName} to be one of: ${cases.join(', ')}`);
        return StringAttr.get(ctx, word);
      },
      parseOptional: (p: OpAsmParser, ctx: MLIRContext) => {
        const word = p.parseOptionalKeyword(cases);
        return word === undefined ? undefined : StringAttr.get(ctx, word);
      },
      print: (pr: OpAsmPrinter, a: Attribute) => pr.printKeywordOrString((a as StringAttr).value),
      mayEndWithType: false,
    }),
  });
}
