// Compiles a checked format into an OpInfo parse hook: one small closure per element, run over
// the OpAsmParser, then the types the text left out are resolved as the format plan says.
import {
  Block,
  DenseArrayAttr,
  IntegerType,
  Operation,
  Region,
  type Attribute,
  type MLIRContext,
  type NamedAttribute,
  type OpAsmParser,
  type OperationState,
  type Punctuation,
  type Type,
  type UnresolvedOperand,
} from '../../ir/index.js';
import { defaultAttr } from '../properties.js';
import type { OpModel } from '../model.js';
import { flatten } from '../layout.js';
import type { CustomDirective, CustomSlot } from '../spec.js';
import { isKeywordLiteral, type FormatElement, type TypeArg } from './ast.js';
import type { FormatPlan, TypeSource } from './check.js';

/**
 * What the elements have read so far, and the types worked out from it. One per op being
 * parsed; a compiled parser keeps the states of finished ops for reuse (ops nest, so each
 * parse takes its own), since allocating one with its arrays per op showed in profiles.
 */
class PState {
  ctx: MLIRContext;
  readonly operands: (UnresolvedOperand[] | null)[];
  allOperands: UnresolvedOperand[] | null = null;
  readonly operandTypes: (Type[] | null)[];
  allOperandTypes: Type[] | null = null;
  readonly resultTypes: (Type[] | null)[];
  allResultTypes: Type[] | null = null;
  readonly props = new Map<string, Attribute>();
  readonly attrs: NamedAttribute[] = [];
  readonly regions: (Region[] | null)[];
  allRegions: Region[] | null = null;
  /** Regions a custom directive parsed: MLIR's generated parser adds no implicit terminator to them. */
  customRegions: Set<Region> | null = null;
  readonly successors: (Block[] | null)[];
  allSuccessors: Block[] | null = null;
  /** Offset of the first operand, for resolution errors. */
  offset = 0;
  /** The operands of each operand slot, once the elements have run. */
  readonly groups: UnresolvedOperand[][];
  /** Resolved types of each operand and result slot (TypeResolver's memo). */
  readonly operandMemo: (Type[] | undefined)[];
  readonly resultMemo: (Type[] | undefined)[];

  constructor(m: OpModel, ctx: MLIRContext) {
    this.ctx = ctx;
    this.operands = m.operands.map(() => null);
    this.operandTypes = m.operands.map(() => null);
    this.resultTypes = m.results.map(() => null);
    this.regions = m.regions.map(() => null);
    this.successors = m.successors.map(() => null);
    this.groups = m.operands.map(() => NO_OPERANDS);
    this.operandMemo = m.operands.map(() => undefined);
    this.resultMemo = m.results.map(() => undefined);
  }

  /** Clears what the previous op left, for the op starting at `offset`. */
  reset(ctx: MLIRContext, offset: number): void {
    this.ctx = ctx;
    this.operands.fill(null);
    this.allOperands = null;
    this.operandTypes.fill(null);
    this.allOperandTypes = null;
    this.resultTypes.fill(null);
    this.allResultTypes = null;
    if (this.props.size) this.props.clear();
    this.attrs.length = 0;
    this.regions.fill(null);
    this.allRegions = null;
    this.customRegions = null;
    this.successors.fill(null);
    this.allSuccessors = null;
    this.offset = offset;
    this.groups.fill(NO_OPERANDS);
    this.operandMemo.fill(undefined);
    this.resultMemo.fill(undefined);
  }
}

// Shared empty lists, not frozen (for-of over frozen arrays is slow in V8); never written to.
const NO_OPERANDS: UnresolvedOperand[] = [];
const NO_REGIONS: Region[] = [];

interface ElementParser {
  parse(p: OpAsmParser, s: PState): void;
  /** Parses the element if it is there; false (nothing consumed) otherwise. */
  tryParse(p: OpAsmParser, s: PState): boolean;
}

/** Reads `first, x, y` where `first` was optional: a possibly empty comma list. */
function list<T extends object>(p: OpAsmParser, first: T | undefined, more: () => T): T[] {
  if (first === undefined) return [];
  const out: T[] = [first];
  while (p.parseOptionalPunct(',')) out.push(more());
  return out;
}

function optionalRegion(p: OpAsmParser): Region | undefined {
  const r = new Region();
  return p.parseOptionalRegion(r) ? r : undefined;
}

function assignTypes(s: PState, a: TypeArg, ts: Type[]): void {
  if (a.k === 'operands') s.allOperandTypes = ts;
  else if (a.k === 'results') s.allResultTypes = ts;
  else (a.k === 'operand' ? s.operandTypes : s.resultTypes)[a.slot.index] = ts;
}

function typeArgParser(a: TypeArg): ElementParser {
  const arity = a.k === 'operand' || a.k === 'result' ? a.slot.arity : 'variadic';
  const more = (p: OpAsmParser) => list(p, p.parseOptionalType(), () => p.parseType());
  return {
    parse(p, s) {
      if (arity === 'single') assignTypes(s, a, [p.parseType()]);
      else if (arity === 'optional') {
        const t = p.parseOptionalType();
        assignTypes(s, a, t ? [t] : []);
      } else assignTypes(s, a, more(p));
    },
    tryParse(p, s) {
      const t = p.parseOptionalType();
      if (!t) return false;
      assignTypes(s, a, arity === 'variadic' ? [t, ...(p.parseOptionalPunct(',') ? more(p) : [])] : [t]);
      return true;
    },
  };
}

const nothing: ElementParser = { parse() {}, tryParse: () => true };

function compileElement(m: OpModel, e: FormatElement, customs: ReadonlyMap<string, CustomDirective>): ElementParser {
  switch (e.k) {
    case 'literal': {
      const v = e.value;
      if (isKeywordLiteral(v)) return { parse: (p) => void p.parseKeyword(v), tryParse: (p) => p.parseOptionalKeyword(v) !== undefined };
      const punct = v as Punctuation;
      return { parse: (p) => p.parsePunct(punct), tryParse: (p) => p.parseOptionalPunct(punct) };
    }
    case 'space':
      return nothing;
    case 'operand': {
      const { index, arity } = e.slot;
      const read = (p: OpAsmParser, s: PState, first: UnresolvedOperand | undefined) => {
        if (first && index === 0) s.offset = first.offset;
        s.operands[index] = arity === 'variadic' ? list(p, first, () => p.parseOperand()) : first ? [first] : [];
      };
      return {
        parse(p, s) {
          if (index === 0) s.offset = p.currentOffset();
          read(p, s, arity === 'single' ? p.parseOperand() : p.parseOptionalOperand());
        },
        tryParse(p, s) {
          const first = p.parseOptionalOperand();
          if (!first) return false;
          read(p, s, first);
          return true;
        },
      };
    }
    case 'operands':
      return {
        parse(p, s) {
          s.offset = p.currentOffset();
          s.allOperands = list(p, p.parseOptionalOperand(), () => p.parseOperand());
        },
        tryParse: () => false,
      };
    case 'prop': {
      const { name, def } = e.slot;
      return {
        parse: (p, s) => void s.props.set(name, def.syntax.parse(p, s.ctx)),
        tryParse(p, s) {
          const a = def.syntax.parseOptional(p, s.ctx);
          if (a) s.props.set(name, a);
          return a !== undefined;
        },
      };
    }
    case 'region': {
      const { index } = e.slot;
      const variadic = m.regions[index].def.variadic;
      return {
        parse(p, s) {
          if (variadic) s.regions[index] = list(p, optionalRegion(p), () => parseRegion(p));
          else s.regions[index] = [parseRegion(p)];
        },
        tryParse(p, s) {
          const r = optionalRegion(p);
          if (!r) return false;
          s.regions[index] = variadic ? [r, ...(p.parseOptionalPunct(',') ? list(p, optionalRegion(p), () => parseRegion(p)) : [])] : [r];
          return true;
        },
      };
    }
    case 'regions':
      return { parse: (p, s) => void (s.allRegions = list(p, optionalRegion(p), () => parseRegion(p))), tryParse: () => false };
    case 'successor': {
      const { index } = e.slot;
      const variadic = m.successors[index].def.variadic;
      return {
        parse(p, s) {
          s.successors[index] = variadic ? list(p, p.parseOptionalSuccessor(), () => p.parseSuccessor()) : [p.parseSuccessor()];
        },
        tryParse(p, s) {
          const b = p.parseOptionalSuccessor();
          if (!b) return false;
          s.successors[index] = variadic ? [b, ...(p.parseOptionalPunct(',') ? list(p, p.parseOptionalSuccessor(), () => p.parseSuccessor()) : [])] : [b];
          return true;
        },
      };
    }
    case 'successors':
      return { parse: (p, s) => void (s.allSuccessors = list(p, p.parseOptionalSuccessor(), () => p.parseSuccessor())), tryParse: () => false };
    case 'attr-dict': {
      const kw = e.withKeyword;
      return { parse: (p, s) => void s.attrs.push(...(kw ? p.parseOptionalAttrDictWithKeyword() : p.parseOptionalAttrDict())), tryParse: () => true };
    }
    case 'prop-dict':
      return {
        parse(p, s) {
          for (const a of p.parseOptionalPropDict()) s.props.set(a.name, a.value);
        },
        tryParse: () => true,
      };
    case 'type':
      return typeArgParser(e.arg);
    case 'functional-type':
      return {
        parse(p, s) {
          const ft = p.parseFunctionType();
          assignTypes(s, e.inputs, ft.inputs);
          assignTypes(s, e.results, ft.results);
        },
        tryParse: () => false,
      };
    case 'custom':
      return customParser(m, e, customs);
    case 'optional': {
      const first = e.then.find((x) => x.k !== 'space')!;
      const firstParser = compileElement(m, first, customs);
      const rest = e.then.filter((x) => x !== first && !(x === e.anchor && isElidedUnit(e.anchor, first))).map((x) => compileElement(m, x, customs));
      const elseFirst = e.else.find((x) => x.k !== 'space');
      const elseParsers = e.else.map((x) => compileElement(m, x, customs));
      const unitAnchor = isElidedUnit(e.anchor, first) && e.anchor.k === 'prop' ? e.anchor.slot : null;
      const run = (p: OpAsmParser, s: PState): boolean => {
        if (firstParser.tryParse(p, s)) {
          for (const r of rest) r.parse(p, s);
          if (unitAnchor) s.props.set(unitAnchor.name, unitAnchor.def.encode(s.ctx, true));
          return true;
        }
        if (elseFirst) for (const r of elseParsers) r.parse(p, s);
        return false;
      };
      return { parse: (p, s) => void run(p, s), tryParse: run };
    }
    default:
      throw new Error(`op '${m.name}': cannot parse format element '${(e as FormatElement).k}'`);
  }
}

function isElidedUnit(anchor: FormatElement, first: FormatElement): boolean {
  return anchor.k === 'prop' && anchor.slot.def.isUnit && anchor !== first;
}

function parseRegion(p: OpAsmParser): Region {
  const r = new Region();
  p.parseRegion(r);
  return r;
}

function customParser(m: OpModel, e: Extract<FormatElement, { k: 'custom' }>, customs: ReadonlyMap<string, CustomDirective>): ElementParser {
  const kinds = e.args.map(({ element: a, ref }) => {
    const kind: CustomSlot['kind'] =
      a.k === 'operand' ? 'operand' : a.k === 'type' ? 'type' : a.k === 'prop' ? 'attribute' : a.k === 'region' ? 'region' : a.k === 'successor' ? 'successor' : 'attr-dict';
    const listy =
      (a.k === 'operand' && a.slot.arity !== 'single') ||
      (a.k === 'type' && (a.arg.k === 'operands' || a.arg.k === 'results' || a.arg.slot.arity !== 'single')) ||
      (a.k === 'region' && m.regions[a.slot.index].def.variadic) ||
      (a.k === 'successor' && m.successors[a.slot.index].def.variadic);
    return { kind, list: listy, ref };
  });
  const read = (s: PState, a: FormatElement): unknown => {
    switch (a.k) {
      case 'operand':
        return a.slot.arity === 'single' ? s.operands[a.slot.index]?.[0] : (s.operands[a.slot.index] ?? undefined);
      case 'prop':
        return s.props.get(a.slot.name);
      case 'type': {
        const types = a.arg.k === 'operand' ? s.operandTypes[a.arg.slot.index] : a.arg.k === 'result' ? s.resultTypes[a.arg.slot.index] : undefined;
        // A single operand's or result's type is handed over as a type, as MLIR's ref(type($x)).
        return (a.arg.k === 'operand' || a.arg.k === 'result') && a.arg.slot.arity === 'single' ? types?.[0] : types;
      }
      default:
        return undefined;
    }
  };
  const write = (s: PState, a: FormatElement, v: unknown, listy: boolean): void => {
    if (v === undefined) return;
    const asList = <T>(x: unknown): T[] => (listy ? (x as T[]) : [x as T]);
    switch (a.k) {
      case 'operand': {
        // A VariadicOfVariadic operand comes as sub-lists; their sizes fill its segment property.
        const sub = a.slot.subSegments;
        if (sub && !s.props.has(sub)) s.props.set(sub, segmentAttr(s.ctx, (v as unknown[][]).map((l) => l.length)));
        s.operands[a.slot.index] = sub ? flatten(v as UnresolvedOperand[][]) : asList<UnresolvedOperand>(v);
        break;
      }
      case 'type':
        assignTypes(s, a.arg, a.arg.k === 'operand' && a.arg.slot.subSegments ? flatten(v as Type[][]) : asList<Type>(v));
        break;
      case 'prop':
        s.props.set(a.slot.name, v as Attribute);
        break;
      case 'region':
        s.regions[a.slot.index] = asList<Region>(v);
        s.customRegions ??= new Set();
        for (const r of s.regions[a.slot.index]!) s.customRegions.add(r);
        break;
      case 'successor':
        s.successors[a.slot.index] = asList<Block>(v);
        break;
      case 'attr-dict':
        s.attrs.push(...(v as NamedAttribute[]));
        break;
      default:
        break;
    }
  };
  return {
    parse(p, s) {
      const fn = customs.get(e.name);
      if (!fn) throw new Error(`op '${m.name}': custom directive '${e.name}' is not registered on its dialect`);
      const slots: CustomSlot[] = e.args.map((a, i) => ({ ...kinds[i], value: kinds[i].ref ? read(s, a.element) : undefined }));
      fn.parse(p, { context: s.ctx, slots });
      e.args.forEach((a, i) => {
        if (!a.ref) write(s, a.element, slots[i].value, kinds[i].list);
      });
    },
    tryParse: () => false,
  };
}

/** Splits `n` values over slots of `arities` when that is unambiguous; `sizes` overrides. */
function distribute(arities: readonly string[], n: number, sizes: readonly number[] | undefined): number[] {
  if (sizes) return [...sizes];
  const fixed = arities.filter((a) => a === 'single').length;
  return arities.map((a) => (a === 'single' ? 1 : Math.max(0, n - fixed)));
}

/**
 * Compiles `plan` into a parse hook. `customs` holds the dialect's custom directives, bound
 * when the dialect is defined.
 */
export function compileParser(m: OpModel, plan: FormatPlan, customs: ReadonlyMap<string, CustomDirective>): (p: OpAsmParser, state: OperationState) => void {
  const parsers = plan.elements.map((e) => compileElement(m, e, customs));
  const propNames = new Set(m.properties.map((s) => s.name));
  const terminator = m.traits.find((t) => t.implicitTerminator)?.implicitTerminator;
  const operandSegs = m.traitNames.has('AttrSizedOperandSegments');
  const resultSegs = m.traitNames.has('AttrSizedResultSegments');
  const operandArities = m.operands.map((o) => o.arity);
  const inferring = plan.resultTypes.some((r) => r.k === 'infer');
  const variadicResults = m.results.some((r) => r.arity === 'variadic');
  const defaulted = m.properties.filter((slot) => slot.def.defaultValue !== undefined);
  // Defaults of the context last seen (attributes are interned per context).
  let defaultsCtx: MLIRContext | null = null;
  let defaults: (Attribute | undefined)[] = [];
  const free: PState[] = [];

  return (p, state) => {
    const ctx = p.context;
    const s = free.pop() ?? new PState(m, ctx);
    s.reset(ctx, p.currentOffset());
    for (const e of parsers) e.parse(p, s);

    // Inherent attributes written in the attribute dictionary are properties, as in MLIR.
    for (const a of s.attrs) {
      if (propNames.has(a.name) && !s.props.has(a.name)) s.props.set(a.name, a.value);
      else state.attributes.push(a);
    }
    if (defaulted.length) {
      if (defaultsCtx !== ctx) {
        defaultsCtx = ctx;
        defaults = defaulted.map((slot) => defaultAttr(slot.def, ctx));
      }
      for (let i = 0; i < defaulted.length; i++) {
        const d = defaults[i];
        if (d && !s.props.has(defaulted[i].name)) s.props.set(defaulted[i].name, d);
      }
    }

    const groups = s.groups;
    if (s.allOperands) {
      const sizes = distribute(operandArities, s.allOperands.length, operandSegs ? givenSizes(s, 'operandSegmentSizes') : undefined);
      const split = splitBy(s.allOperands, sizes);
      for (let i = 0; i < groups.length; i++) groups[i] = split[i] ?? NO_OPERANDS;
    } else {
      for (let i = 0; i < groups.length; i++) groups[i] = s.operands[i] ?? NO_OPERANDS;
    }
    resolveOperands(m, plan, s, p, state);

    let resultTypes: readonly (readonly Type[])[] = s.resultMemo as Type[][];
    if (inferring) {
      const regions = collectRegions(m, s);
      const inferred = m.spec.inferResultTypes!({
        context: ctx,
        operands: state.operands,
        properties: [...s.props].map(([name, value]) => ({ name, value })),
        regions,
      });
      resultTypes = plan.resultTypes.map((src, i) => (src.k === 'infer' ? (inferred[i] === undefined ? [] : [inferred[i]]) : s.resultMemo[i]!));
      if (variadicResults) resultTypes = [inferred];
    }
    for (const g of resultTypes) for (const t of g) state.resultTypes.push(t);

    if (operandSegs && !s.props.has('operandSegmentSizes')) s.props.set('operandSegmentSizes', segmentAttr(ctx, groups.map((g) => g.length)));
    if (resultSegs && !s.props.has('resultSegmentSizes')) s.props.set('resultSegmentSizes', segmentAttr(ctx, resultTypes.map((g) => g.length)));
    s.props.forEach(pushProperty, state.properties);

    const regions = collectRegions(m, s);
    if (terminator) for (const r of regions) if (!s.customRegions?.has(r)) ensureTerminator(r, terminator, state);
    for (const r of regions) state.regions.push(r);
    if (s.allSuccessors) for (const b of s.allSuccessors) state.successors.push(b);
    else for (const bs of s.successors) if (bs) for (const b of bs) state.successors.push(b);
    free.push(s);
  };
}

function pushProperty(this: NamedAttribute[], value: Attribute, name: string): void {
  this.push({ name, value });
}

/** The sizes in a DenseArrayAttr property the text gave (`operandSegmentSizes`), if any. */
function givenSizes(s: PState, name: string): number[] | undefined {
  const a = s.props.get(name);
  return a instanceof DenseArrayAttr ? a.values.map(Number) : undefined;
}

/** Works out every operand's and result's types, then resolves the operands into `state`. */
function resolveOperands(m: OpModel, plan: FormatPlan, s: PState, p: OpAsmParser, state: OperationState): void {
  let operands = 0;
  let types = 0;
  let paired = true;
  for (let i = 0; i < m.operands.length; i++) {
    const n = typesOf(m, plan, s, p, 'operand', i).length;
    operands += s.groups[i].length;
    types += n;
    paired &&= n === s.groups[i].length;
  }
  for (let i = 0; i < m.results.length; i++) typesOf(m, plan, s, p, 'result', i);
  if (!paired || operands !== types) {
    // Counts that differ per slot pair up over the flat lists (or fail there, with the message).
    for (const v of p.resolveOperands(flatten(s.groups), flatten(s.operandMemo as Type[][]), s.offset)) state.operands.push(v);
    return;
  }
  for (let i = 0; i < s.groups.length; i++) {
    const g = s.groups[i];
    const ts = s.operandMemo[i]!;
    for (let j = 0; j < g.length; j++) state.operands.push(p.resolveOperand(g[j], ts[j]));
  }
}

function splitBy<T>(xs: readonly T[], counts: readonly number[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const c of counts) {
    out.push(xs.slice(at, at + c));
    at += c;
  }
  return out;
}

function segmentAttr(ctx: MLIRContext, sizes: readonly number[]): Attribute {
  return DenseArrayAttr.get(IntegerType.get(ctx, 32), sizes.map((n) => BigInt(n)));
}

function collectRegions(m: OpModel, s: PState): Region[] {
  if (s.allRegions) return s.allRegions;
  if (m.regions.length === 0) return NO_REGIONS;
  const out: Region[] = [];
  m.regions.forEach((slot, i) => {
    const parsed = s.regions[i];
    if (parsed) out.push(...parsed);
    else if (!slot.def.variadic) out.push(new Region());
  });
  return out;
}

/** Adds the implicit terminator the custom syntax left out (MLIR's ensureTerminator). */
function ensureTerminator(r: Region, name: string, state: OperationState): void {
  if (r.empty) r.push(new Block());
  const block = r.blocks[r.blocks.length - 1];
  if (block.last?.hasTrait('Terminator')) return;
  block.append(Operation.create({ name, location: state.location }));
}

function countOf(m: OpModel, s: PState, side: 'operand' | 'result', i: number): number {
  return side === 'operand' ? s.groups[i].length : m.results[i].arity === 'variadic' ? 0 : 1;
}

function allSplit(m: OpModel, s: PState, side: 'operand' | 'result'): Type[][] {
  const all = side === 'operand' ? s.allOperandTypes! : s.allResultTypes!;
  const counts =
    side === 'operand'
      ? s.groups.map((g) => g.length)
      : distribute(
          m.results.map((x) => x.arity),
          all.length,
          undefined,
        );
  return splitBy(all, counts);
}

/**
 * The types of operand or result slot `i`, from the text or the format plan (memoised in `s`).
 * The arrays are only read: one may be the written list of another slot.
 */
function typesOf(m: OpModel, plan: FormatPlan, s: PState, p: OpAsmParser, side: 'operand' | 'result', i: number): Type[] {
  const memo = side === 'operand' ? s.operandMemo : s.resultMemo;
  const cached = memo[i];
  if (cached) return cached;
  const src: TypeSource = (side === 'operand' ? plan.operandTypes : plan.resultTypes)[i];
  let ts: Type[];
  switch (src.k) {
    case 'written':
      ts = (side === 'operand' ? s.operandTypes : s.resultTypes)[i] ?? [];
      break;
    case 'all':
      ts = allSplit(m, s, side)[i] ?? [];
      break;
    case 'infer':
      ts = [];
      break;
    case 'build':
      ts = new Array<Type>(countOf(m, s, side, i)).fill(src.build(s.ctx));
      break;
    case 'from': {
      const fromTypes = typesOf(m, plan, s, p, src.side, src.index);
      const from = fromTypes[0];
      const n = countOf(m, s, side, i);
      if (!from && n > 0) {
        const name = (side === 'operand' ? m.operands : m.results)[i].name;
        const source = (src.side === 'operand' ? m.operands : m.results)[src.index].name;
        throw p.error(s.offset, `cannot infer the type of '${name}': '${source}' is absent`);
      }
      if (!src.transform && fromTypes.length === 1 && n === 1) {
        ts = fromTypes;
        break;
      }
      const t = from && (src.transform ? src.transform(from) : from);
      ts = !t ? [] : Array.isArray(t) ? [...(t as readonly Type[])] : new Array<Type>(n).fill(t as Type);
      break;
    }
  }
  memo[i] = ts;
  return ts;
}
