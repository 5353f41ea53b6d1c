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

/** What the elements have read so far. */
interface PState {
  readonly ctx: MLIRContext;
  readonly operands: (UnresolvedOperand[] | null)[];
  allOperands: UnresolvedOperand[] | null;
  readonly operandTypes: (Type[] | null)[];
  allOperandTypes: Type[] | null;
  readonly resultTypes: (Type[] | null)[];
  allResultTypes: Type[] | null;
  readonly props: Map<string, Attribute>;
  readonly attrs: NamedAttribute[];
  readonly regions: (Region[] | null)[];
  allRegions: Region[] | null;
  /** Regions a custom directive parsed: MLIR's generated parser adds no implicit terminator to them. */
  readonly customRegions: Set<Region>;
  readonly successors: (Block[] | null)[];
  allSuccessors: Block[] | null;
  /** Offset of the first operand, for resolution errors. */
  offset: number;
}

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

  return (p, state) => {
    const ctx = p.context;
    const s: PState = {
      ctx,
      operands: m.operands.map(() => null),
      allOperands: null,
      operandTypes: m.operands.map(() => null),
      allOperandTypes: null,
      resultTypes: m.results.map(() => null),
      allResultTypes: null,
      props: new Map(),
      attrs: [],
      regions: m.regions.map(() => null),
      allRegions: null,
      customRegions: new Set(),
      successors: m.successors.map(() => null),
      allSuccessors: null,
      offset: p.currentOffset(),
    };
    for (const e of parsers) e.parse(p, s);

    // Inherent attributes written in the attribute dictionary are properties, as in MLIR.
    for (const a of s.attrs) {
      if (propNames.has(a.name) && !s.props.has(a.name)) s.props.set(a.name, a.value);
      else state.attributes.push(a);
    }
    for (const { name, def } of m.properties) {
      if (!s.props.has(name)) {
        const d = defaultAttr(def, ctx);
        if (d) s.props.set(name, d);
      }
    }

    const given = (name: string) => {
      const a = s.props.get(name);
      return a instanceof DenseArrayAttr ? a.values.map(Number) : undefined;
    };
    const operandGroups: UnresolvedOperand[][] = s.allOperands
      ? splitBy(s.allOperands, distribute(m.operands.map((o) => o.arity), s.allOperands.length, operandSegs ? given('operandSegmentSizes') : undefined))
      : s.operands.map((x) => x ?? []);

    const resolved = new TypeResolver(m, plan, s, operandGroups, p).resolve();
    for (const v of p.resolveOperands(flatten(operandGroups), flatten(resolved.operandTypes), s.offset)) state.operands.push(v);
    let resultTypes = resolved.resultTypes;
    if (plan.resultTypes.some((r) => r.k === 'infer')) {
      const regions = collectRegions(m, s);
      const inferred = m.spec.inferResultTypes!({
        context: ctx,
        operands: state.operands,
        properties: [...s.props].map(([name, value]) => ({ name, value })),
        regions,
      });
      resultTypes = plan.resultTypes.map((src, i) => (src.k === 'infer' ? (inferred[i] === undefined ? [] : [inferred[i]]) : resultTypes[i]));
      if (m.results.some((r) => r.arity === 'variadic')) resultTypes = [inferred];
    }
    for (const g of resultTypes) for (const t of g) state.resultTypes.push(t);

    if (operandSegs && !s.props.has('operandSegmentSizes')) s.props.set('operandSegmentSizes', segmentAttr(ctx, operandGroups.map((g) => g.length)));
    if (resultSegs && !s.props.has('resultSegmentSizes')) s.props.set('resultSegmentSizes', segmentAttr(ctx, resultTypes.map((g) => g.length)));
    for (const [name, value] of s.props) state.properties.push({ name, value });

    const regions = collectRegions(m, s);
    if (terminator) for (const r of regions) if (!s.customRegions.has(r)) ensureTerminator(r, terminator, state);
    state.regions.push(...regions);
    for (const b of s.allSuccessors ?? flatten(s.successors)) state.successors.push(b);
  };
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

/**
 * Works out every operand's and result's types from the text and the format plan. A class
 * with array memos rather than closures: this runs once per parsed op.
 */
class TypeResolver {
  private readonly memo: Record<'operand' | 'result', (Type[] | undefined)[]> = { operand: [], result: [] };
  constructor(
    private readonly m: OpModel,
    private readonly plan: FormatPlan,
    private readonly s: PState,
    private readonly operandGroups: readonly UnresolvedOperand[][],
    private readonly p: OpAsmParser,
  ) {}

  resolve(): { operandTypes: Type[][]; resultTypes: Type[][] } {
    const operandTypes: Type[][] = [];
    for (let i = 0; i < this.m.operands.length; i++) operandTypes.push(this.typesOf('operand', i));
    const resultTypes: Type[][] = [];
    for (let i = 0; i < this.m.results.length; i++) resultTypes.push(this.typesOf('result', i));
    return { operandTypes, resultTypes };
  }

  private countOf(side: 'operand' | 'result', i: number): number {
    return side === 'operand' ? this.operandGroups[i].length : this.m.results[i].arity === 'variadic' ? 0 : 1;
  }

  private allSplit(side: 'operand' | 'result'): Type[][] {
    const all = side === 'operand' ? this.s.allOperandTypes! : this.s.allResultTypes!;
    const counts =
      side === 'operand'
        ? this.operandGroups.map((g) => g.length)
        : distribute(
            this.m.results.map((x) => x.arity),
            all.length,
            undefined,
          );
    return splitBy(all, counts);
  }

  private typesOf(side: 'operand' | 'result', i: number): Type[] {
    const cached = this.memo[side][i];
    if (cached) return cached;
    const src: TypeSource = (side === 'operand' ? this.plan.operandTypes : this.plan.resultTypes)[i];
    let ts: Type[];
    switch (src.k) {
      case 'written':
        ts = (side === 'operand' ? this.s.operandTypes : this.s.resultTypes)[i] ?? [];
        break;
      case 'all':
        ts = this.allSplit(side)[i] ?? [];
        break;
      case 'infer':
        ts = [];
        break;
      case 'build':
        ts = new Array<Type>(this.countOf(side, i)).fill(src.build(this.s.ctx));
        break;
      case 'from': {
        const from = this.typesOf(src.side, src.index)[0];
        const n = this.countOf(side, i);
        if (!from && n > 0) {
          const name = (side === 'operand' ? this.m.operands : this.m.results)[i].name;
          const source = (src.side === 'operand' ? this.m.operands : this.m.results)[src.index].name;
          throw this.p.error(this.s.offset, `cannot infer the type of '${name}': '${source}' is absent`);
        }
        const t = from && (src.transform ? src.transform(from) : from);
        ts = !t ? [] : Array.isArray(t) ? [...(t as readonly Type[])] : new Array<Type>(n).fill(t as Type);
        break;
      }
    }
    this.memo[side][i] = ts;
    return ts;
  }
}
