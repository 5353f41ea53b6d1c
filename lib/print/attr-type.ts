// Printing of builtin types, attributes and locations as MLIR's AsmPrinter does, using the
// aliases (`#map`, `#loc3`, `!tuple`) chosen for the enclosing print, with per-print caches.
import {
  ComplexType, DialectType, FloatType, FunctionType, IndexType, IntegerType, MemRefType, NoneType,
  OpaqueType, RankedTensorType, TupleType, type Type, UnrankedMemRefType, UnrankedTensorType,
  VectorType, kDynamic,
} from '../ir/types.js';
import {
  AffineMapAttr, ArrayAttr, type Attribute, DenseArrayAttr, DenseElementsAttr, DenseResourceElementsAttr,
  DialectAttr, DictionaryAttr, FloatAttr, IntegerAttr, IntegerSetAttr, type NamedAttribute, OpaqueAttr,
  StridedLayoutAttr, StringAttr, SymbolRefAttr, TypeAttr, UnitAttr,
} from '../ir/attributes.js';
import { CallSiteLoc, FileLineColLoc, FusedLoc, Location, NameLoc, UnknownLoc } from '../ir/location.js';
import { printAffineMap, printIntegerSet } from '../affine/print.js';
import { formatFloat } from './float.js';
import { denseBody, denseElementCount, intElement } from './dense.js';
import { dialectSymbol, escapeString, keywordOrString, symbolReference } from './text.js';
import { IdCache } from './id-cache.js';

/** Whether an attribute's `: type` suffix is printed: always, when not implied, or never. */
export const enum Elision {
  Never = 0,
  May = 1,
  Must = 2,
}

/** Finds the alias of an attribute or type (see lib/print/aliases.ts). */
export interface AliasLookup {
  get(key: Attribute | Type): string | undefined;
}

const NO_ALIASES: AliasLookup = { get: () => undefined };

/** What the attribute and type printer needs from the print options. */
export interface AttrTypeOptions {
  /** Print `dense_resource<__elided__>` for non-splat dense attributes with more elements. */
  readonly elideElementsAttrsIfLarger?: number;
  /** `--mlir-pretty-debuginfo`: locations without `loc(...)` wrappers. */
  readonly prettyDebugInfo?: boolean;
}

const dims = (shape: readonly number[]): string => {
  let s = '';
  for (const d of shape) s += (d === kDynamic ? '?' : String(d)) + 'x';
  return s;
};

/** True for the identity layout `affine_map<(d0, ..) -> (d0, ..)>`, which memref types omit. */
function isIdentityLayout(a: Attribute): boolean {
  return a instanceof AffineMapAttr && a.value.isIdentity();
}

/**
 * `loc("n"(unknown))` is MLIR's `loc("n")` (one uniqued attribute); our IR interns the two
 * apart, so the printer and the alias collector treat the first as the second.
 */
export function canonicalAttr(a: Attribute): Attribute {
  return a instanceof NameLoc && a.child instanceof UnknownLoc ? NameLoc.get(a.context, a.name, null) : a;
}

/**
 * Prints types, attributes and locations. `aliases` maps each aliased object to its name
 * (`#map1`); an empty map prints everything inline. One instance serves one print, so the
 * caches never see a change of aliases.
 */
export class AttrTypePrinter {
  private readonly typeCache = new IdCache<Type, string>();
  /** Printed attributes, one cache per Elision. */
  private readonly attrCaches = [new IdCache<Attribute, string>(), new IdCache<Attribute, string>(), new IdCache<Attribute, string>()];
  /** The `dense_resource<...>` handles printed so far, for the file's resource section. */
  readonly usedResources = new Set<string>();

  constructor(
    readonly aliases: AliasLookup = NO_ALIASES,
    readonly options: AttrTypeOptions = {},
  ) {}

  /** A type, or its alias. */
  type(t: Type): string {
    let s = this.typeCache.get(t);
    if (s === undefined) {
      s = this.aliases.get(t) ?? this.typeImpl(t);
      this.typeCache.set(t, s);
    }
    return s;
  }

  /** `t1, t2` */
  typeList(ts: readonly Type[]): string {
    let s = '';
    for (let i = 0; i < ts.length; i++) s += (i ? ', ' : '') + this.type(ts[i]);
    return s;
  }

  /** `(a, b) -> c` / `(a) -> (b, c)` / `() -> (() -> ())` */
  functionType(inputs: readonly Type[], results: readonly Type[]): string {
    const wrap = results.length !== 1 || results[0] instanceof FunctionType;
    const r = this.typeList(results);
    return `(${this.typeList(inputs)}) -> ${wrap ? `(${r})` : r}`;
  }

  /** The type's own syntax, never its alias (used for alias definitions). */
  typeImpl(t: Type): string {
    if (t instanceof IntegerType) return (t.signedness === 'signed' ? 'si' : t.signedness === 'unsigned' ? 'ui' : 'i') + t.width;
    if (t instanceof FloatType) return t.name;
    if (t instanceof IndexType) return 'index';
    if (t instanceof NoneType) return 'none';
    if (t instanceof FunctionType) return this.functionType(t.inputs, t.results);
    if (t instanceof RankedTensorType) {
      const enc = t.encoding ? `, ${this.attr(t.encoding)}` : '';
      return `tensor<${dims(t.shape)}${this.type(t.elementType)}${enc}>`;
    }
    if (t instanceof UnrankedTensorType) return `tensor<*x${this.type(t.elementType)}>`;
    if (t instanceof MemRefType) {
      let s = `memref<${dims(t.shape)}${this.type(t.elementType)}`;
      if (t.layout && !isIdentityLayout(t.layout)) s += `, ${this.attr(t.layout, Elision.May)}`;
      if (t.memorySpace) s += `, ${this.attr(t.memorySpace, Elision.May)}`;
      return `${s}>`;
    }
    if (t instanceof UnrankedMemRefType) {
      const space = t.memorySpace ? `, ${this.attr(t.memorySpace, Elision.May)}` : '';
      return `memref<*x${this.type(t.elementType)}${space}>`;
    }
    if (t instanceof VectorType) {
      let s = 'vector<';
      for (let i = 0; i < t.shape.length; i++) s += t.scalableDims[i] ? `[${t.shape[i]}]x` : `${t.shape[i]}x`;
      return `${s}${this.type(t.elementType)}>`;
    }
    if (t instanceof ComplexType) return `complex<${this.type(t.elementType)}>`;
    if (t instanceof TupleType) return `tuple<${this.typeList(t.types)}>`;
    if (t instanceof OpaqueType) return dialectSymbol('!', t.dialect, t.data);
    if (t instanceof DialectType) return dialectSymbol('!', t.dialect, t.printBody());
    return `<<UNKNOWN TYPE ${t.kind}>>`;
  }

  /** An attribute (or its alias), with its `: type` suffix as `elision` allows. */
  attr(a: Attribute, elision: Elision = Elision.Never): string {
    a = canonicalAttr(a);
    // The caches hold aliases too (they never change during a print): one lookup per use.
    const cache = this.attrCaches[elision];
    let s = cache.get(a);
    if (s === undefined) {
      s = this.aliases.get(a) ?? this.attrImpl(a, elision);
      cache.set(a, s);
    }
    return s;
  }

  /** `name = value`, or just `name` for a unit attribute. */
  namedAttr(e: NamedAttribute): string {
    const name = keywordOrString(e.name);
    return e.value instanceof UnitAttr ? name : `${name} = ${this.attr(e.value)}`;
  }

  /** `{a = 1 : i64, b}` */
  dictionary(entries: readonly NamedAttribute[]): string {
    let s = '{';
    for (let i = 0; i < entries.length; i++) s += (i ? ', ' : '') + this.namedAttr(entries[i]);
    return `${s}}`;
  }

  /** The attribute's own syntax, never its alias (used for alias definitions). */
  attrImpl(a: Attribute, elision: Elision = Elision.Never): string {
    let s: string;
    let type: Type | null = null;
    if (a instanceof IntegerAttr) {
      if (a.isBool) return a.value ? 'true' : 'false';
      s = intElement(a.value, a.type);
      if (elision === Elision.May && a.type instanceof IntegerType && a.type.width === 64 && a.type.isSignless) return s;
      type = a.type;
    } else if (a instanceof FloatAttr) {
      const f = formatFloat(a.value, a.type.name);
      s = f.text;
      if (elision === Elision.May && a.type.name === 'f64' && !f.hex) return s;
      type = a.type;
    } else if (a instanceof StringAttr) {
      s = escapeString(a.value);
      type = a.type;
    } else if (a instanceof DictionaryAttr) {
      return this.dictionary(a.entries);
    } else if (a instanceof ArrayAttr) {
      s = '[';
      const els = a.elements;
      for (let i = 0; i < els.length; i++) s += (i ? ', ' : '') + this.attr(els[i], Elision.May);
      return `${s}]`;
    } else if (a instanceof UnitAttr) {
      return 'unit';
    } else if (a instanceof TypeAttr) {
      return this.type(a.value);
    } else if (a instanceof SymbolRefAttr) {
      s = symbolReference(a.root);
      for (const n of a.nested) s += `::${symbolReference(n)}`;
      return s;
    } else if (a instanceof AffineMapAttr) {
      return `affine_map<${printAffineMap(a.value)}>`;
    } else if (a instanceof IntegerSetAttr) {
      return `affine_set<${printIntegerSet(a.value)}>`;
    } else if (a instanceof DenseElementsAttr) {
      const limit = this.options.elideElementsAttrsIfLarger;
      if (limit !== undefined && !a.isSplat && denseElementCount(a) > limit) s = 'dense_resource<__elided__>';
      else s = `dense<${denseBody(a)}>`;
      type = a.type;
    } else if (a instanceof DenseArrayAttr) {
      s = `array<${this.type(a.elementType)}`;
      if (a.values.length) {
        const et = a.elementType;
        const parts = a.values.map((v) =>
          et instanceof FloatType ? formatFloat(Number(v), et.name).text : intElement(BigInt(v), et),
        );
        s += `: ${parts.join(', ')}`;
      }
      return `${s}>`;
    } else if (a instanceof DenseResourceElementsAttr) {
      this.usedResources.add(a.handle);
      s = `dense_resource<${keywordOrString(a.handle)}>`;
      type = a.type;
    } else if (a instanceof StridedLayoutAttr) {
      const q = (v: number): string => (v === kDynamic ? '?' : String(v));
      s = `strided<[${a.strides.map(q).join(', ')}]`;
      return `${s}${a.offset !== 0 ? `, offset: ${q(a.offset)}` : ''}>`;
    } else if (a instanceof Location) {
      return this.location(a, false);
    } else if (a instanceof OpaqueAttr) {
      s = dialectSymbol('#', a.dialect, a.data);
      type = a.type;
    } else if (a instanceof DialectAttr) {
      return dialectSymbol('#', a.dialect, a.printBody());
    } else {
      return `<<UNKNOWN ATTRIBUTE ${a.kind}>>`;
    }
    if (elision !== Elision.Must && type && !(type instanceof NoneType)) s += ` : ${this.type(type)}`;
    return s;
  }

  /** `loc(...)`, or `loc(#locN)` when `allowAlias` and the location has one. */
  location(loc: Location, allowAlias: boolean): string {
    loc = canonicalAttr(loc) as Location;
    if (this.options.prettyDebugInfo) return this.locationInternal(loc, true, true);
    if (allowAlias) {
      const alias = this.aliases.get(loc);
      if (alias !== undefined) return `loc(${alias})`;
    }
    return `loc(${this.locationInternal(loc, false, true)})`;
  }

  private locationInternal(loc: Location, pretty: boolean, topLevel: boolean): string {
    loc = canonicalAttr(loc) as Location;
    if (!topLevel) {
      const alias = this.aliases.get(loc);
      if (alias !== undefined) return alias;
    }
    if (loc instanceof UnknownLoc) return pretty ? '[unknown]' : 'unknown';
    if (loc instanceof FileLineColLoc) {
      let s = pretty ? loc.file : escapeString(loc.file);
      s += `:${loc.line}:${loc.column}`;
      const endLine = loc.endLine || loc.line;
      const endColumn = loc.endColumn || loc.column;
      if (endLine === loc.line && endColumn === loc.column) return s;
      if (endLine === loc.line) return `${s} to :${endColumn}`;
      return `${s} to ${endLine}:${endColumn}`;
    }
    if (loc instanceof NameLoc) {
      const s = escapeString(loc.name);
      return loc.child && !(loc.child instanceof UnknownLoc) ? `${s}(${this.locationInternal(loc.child, pretty, false)})` : s;
    }
    if (loc instanceof CallSiteLoc) {
      const callee = this.locationInternal(loc.callee, pretty, false);
      const caller = this.locationInternal(loc.caller, pretty, false);
      if (!pretty) return `callsite(${callee} at ${caller})`;
      const sameLine = loc.callee instanceof NameLoc && loc.caller instanceof FileLineColLoc;
      return `${callee}${sameLine ? ' at ' : '\n at '}${caller}`;
    }
    if (loc instanceof FusedLoc) {
      let s = pretty ? '' : 'fused';
      if (loc.metadata) s += `<${this.attr(loc.metadata)}>`;
      return `${s}[${loc.locations.map((l) => this.locationInternal(l, pretty, false)).join(', ')}]`;
    }
    return this.attr(loc);
  }
}
