// defineOp: turns one declarative op spec into the OpInfo the IR core consults (verifier built
// from constraints and traits, parse and print hooks compiled from the assembly format), plus a
// typed view class, a builder and the interfaces, fold and patterns carried as data.
import {
  DenseArrayAttr,
  IntegerType,
  Operation,
  OpRecord,
  type Attribute,
  type Block,
  type Location,
  type NamedAttribute,
  type OpInfo,
  type Region,
  type Type,
  type Value,
} from '../ir/index.js';
import { buildModel, definitionError, type OpModel, type ValueSlot } from './model.js';
import { flatten, segmentSizes, splitBySizes } from './layout.js';
import { buildInvariants, buildOpVerify, countTraitNames, hasOpVerify } from './verify-op.js';
import { interfaceTraitNames, type OpInterfaces } from './interfaces.js';
import { defaultAttr, type PropDef } from './properties.js';
import { defaultsPopulator, recordOpDef } from './registry.js';
import { verifyBranchSuccessorOperands } from '../verify/index.js';
import { compileFormat } from './format/compile.js';
import { asmResultNamer, registerAsmResultNames } from '../print/asm-names.js';
import type { CustomDirective, FoldResult, OpHooks, OpSpec, OpView } from './spec.js';
import type { Trait } from './traits.js';
import type { RewritePattern } from '../rewrite/pattern.js';

type ValueArg<D> = D extends { kind: 'variadicOfVariadic' } ? readonly (readonly Value[])[] : D extends { kind: 'variadic' } ? readonly Value[] : D extends { kind: 'optional' } ? Value | undefined : Value;
type PropArg<P> = P extends PropDef<infer T, unknown> ? T : never;

/** What `create` takes: operands and properties by name, result types when they cannot be inferred. */
export interface BuildArgs<S extends OpSpec> {
  readonly operands?: { readonly [K in keyof S['operands']]?: ValueArg<S['operands'][K]> };
  /** Every result type in order; inferred from operands, properties and traits when omitted. */
  readonly resultTypes?: readonly Type[];
  readonly properties?: { readonly [K in keyof S['properties']]?: PropArg<S['properties'][K]> };
  readonly attributes?: readonly NamedAttribute[];
  /** Regions to move into the op; empty ones are created when omitted. */
  readonly regions?: readonly Region[];
  readonly successors?: readonly Block[];
}

/** A defined op: its OpInfo, typed accessors, builder, and what passes query. */
export interface OpDefinition<S extends OpSpec = OpSpec> {
  readonly name: string;
  readonly spec: S;
  /** The runtime record for the dialect (parse, print and verify hooks). */
  readonly info: OpInfo;
  readonly model: OpModel;
  readonly interfaces: OpInterfaces | undefined;
  readonly fold: ((op: Operation, operands: readonly (Attribute | undefined)[]) => FoldResult) | undefined;
  readonly canonicalize: readonly RewritePattern[];
  /** A typed view of `op`, which must be this op (not checked: use `match` when unsure). */
  view(op: Operation): OpView<S>;
  /** True when `op` is this op. */
  is(op: Operation): boolean;
  /** The typed view when `op` is this op, else undefined. */
  match(op: Operation): OpView<S> | undefined;
  /** Creates a detached op; result types are inferred where the definition allows. */
  create(location: Location, args?: BuildArgs<S>): Operation;
  /** @internal Binds custom directive functions (done by defineDialect). */
  bindCustomDirectives(table: ReadonlyMap<string, CustomDirective>): void;
  /**
   * @internal Builds now what is otherwise built on first use of the op (format hooks, view
   * class, verifiers); throws an Error naming the op when its assembly format is malformed.
   */
  complete(): void;
}

/** Any defined op, whatever its spec. */
export type AnyOpDefinition = OpDefinition<OpSpec>;

function flattenTraits(traits: readonly Trait[], interfaces: OpInterfaces | undefined, infers: boolean): Set<string> {
  const names = new Set<string>();
  if (infers) names.add('InferTypeOpInterface');
  for (const t of traits) {
    names.add(t.name);
    for (const i of t.implies ?? []) names.add(i);
  }
  for (const n of interfaceTraitNames(interfaces)) names.add(n);
  return names;
}

/** Reads the value(s) of an operand or result slot. */
function slotReader(slot: ValueSlot, m: OpModel, side: 'operand' | 'result'): (op: Operation) => unknown {
  const segs = side === 'operand' ? m.operandSegments : m.resultSegments;
  const at = side === 'operand' ? (op: Operation, i: number) => op.operand(i) : (op: Operation, i: number) => op.result(i);
  const i = slot.index;
  if (slot.arity === 'single') {
    const fixed = m[side === 'operand' ? 'operands' : 'results'].every((s) => s.arity === 'single');
    return fixed ? (op) => at(op, i) : (op) => at(op, segs(op, i)[0]);
  }
  if (slot.arity === 'optional') {
    return (op) => {
      const [a, b] = segs(op, i);
      return a < b ? at(op, a) : undefined;
    };
  }
  const list = (op: Operation) => {
    const [a, b] = segs(op, i);
    const out: Value[] = [];
    for (let k = a; k < b; k++) out.push(at(op, k));
    return out;
  };
  const sub = slot.subSegments;
  return sub === null ? list : (op) => splitBySizes(list(op), segmentSizes(op, sub) ?? []);
}


/** Builds the view class: one getter per named piece, on the prototype, so views are one small object. */
function makeViewClass(m: OpModel): new (op: Operation) => { readonly op: Operation } {
  class View {
    // Assigned, not a class field: define semantics costs a call per view, and folds, verifiers
    // and patterns make a view per op they look at.
    declare readonly op: Operation;
    constructor(op: Operation) {
      this.op = op;
    }
  }
  const define = (name: string, get: (op: Operation) => unknown) =>
    Object.defineProperty(View.prototype, name, {
      get(this: View) {
        return get(this.op);
      },
      enumerable: true,
    });
  for (const s of m.operands) define(s.name, slotReader(s, m, 'operand'));
  for (const s of m.results) define(s.name, slotReader(s, m, 'result'));
  for (const { name, def } of [...m.properties, ...m.attributes]) {
    const absent = def.defaultValue ?? (def.isUnit ? false : undefined);
    define(name, (op) => {
      const a = op.getAttr(name);
      return a === undefined ? absent : def.decode(a);
    });
  }
  for (const r of m.regions) define(r.name, r.def.variadic ? (op) => op.regions.slice(r.index) : (op) => op.regions[r.index]);
  for (const s of m.successors) {
    define(s.name, s.def.variadic ? (op) => op.successors.slice(s.index) : (op) => op.successorSlots[s.index]?.block);
  }
  return View;
}

/** The types of operand or result `name` of `op` (one per value; none when absent). */
function typesReader(m: OpModel): (op: Operation, name: string) => Type[] {
  const readers = new Map<string, (op: Operation) => unknown>();
  for (const s of m.operands) readers.set(s.name, slotReader(s, m, 'operand'));
  for (const s of m.results) readers.set(s.name, slotReader(s, m, 'result'));
  return (op, name) => {
    const v = readers.get(name)?.(op);
    if (v === undefined) return [];
    return Array.isArray(v) ? flatValues(v).map((x) => x.type) : [(v as Value).type];
  };
}

/** What defineOp builds on first use of the op: the view class, the format's hooks, the verifiers. */
interface Completion {
  readonly View: new (op: Operation) => { readonly op: Operation };
  readonly customNames: ReadonlySet<string>;
  /** The custom directives the compiled format calls, filled when the dialect binds its table. */
  readonly customs: Map<string, CustomDirective>;
}

/** OpInfo as defineOp fills it: the hooks built on first use replace their stand-ins in place. */
type MutableOpInfo = { -readonly [K in keyof OpInfo]: OpInfo[K] };

/**
 * Defines an op from its spec, and optionally hooks that see the typed view (a second argument,
 * so TypeScript infers the view from the spec before it types the hooks). The rest (the model
 * of the spec and its checks, the trait and property names, the assembly format, the view
 * class, the verifiers) is built on first use of the op, since a tool defines every op of every
 * dialect when it starts and a file uses a few: a malformed spec or format throws an Error
 * naming the op then, or when `complete()` is called (the unit tests complete every registered op).
 */
export function defineOp<const S extends OpSpec>(spec: S, hooks: OpHooks<OpView<S>> = {}): OpDefinition<S> {
  const traits = spec.traits ?? [];
  const hasFormat = spec.assemblyFormat !== undefined;
  if (hasFormat && (spec.parse || spec.print)) throw definitionError(spec.name, 'give either an assemblyFormat or parse/print hooks, not both');
  let model: OpModel | undefined;
  const modelOf = (): OpModel => (model ??= buildModel(spec, traits, flattenTraits(traits, spec.interfaces, spec.inferResultTypes !== undefined)));
  let completion: Completion | undefined;
  let directives: ReadonlyMap<string, CustomDirective> | undefined;
  const complete = (): Completion => (completion ??= completeOp(spec, hooks, modelOf(), info, directives));
  const view = (op: Operation) => new (completion ?? complete()).View(op) as unknown as OpView<S>;
  // The model of the spec, and so the trait names, wait for the first read of `traits`.
  const info: MutableOpInfo = new OpRecord(
    {
      name: spec.name,
      propertyNames: inherentPropertyNames(spec),
      defaultDialect: spec.defaultDialect || undefined,
      complete: () => void complete(),
      // Stand-ins until the first call completes the op and puts the real hooks in their place.
      // An op whose definition checks nothing has no real verifyInvariants: the stand-in then passes.
      verifyInvariants: (op) => (complete(), info.verifyInvariants?.(op) ?? true),
      populateDefaultProperties: defaultsPopulator(spec.properties),
      verify: hasOpVerify(spec, hooks.verify !== undefined || spec.interfaces?.branch?.successorOperands !== undefined)
        ? (op) => (complete(), info.verify!(op))
        : undefined,
      verifyRegions:
        hooks.verifyRegions || traits.some((t) => t.verifyRegions)
          ? (op) => traits.every((t) => !t.verifyRegions || t.verifyRegions(op)) && (!hooks.verifyRegions || hooks.verifyRegions(view(op)))
          : undefined,
      verifySymbolUses: hooks.verifySymbolUses ? (op, lookup) => hooks.verifySymbolUses!(view(op), lookup) : undefined,
      parse: hasFormat ? (p, state) => (complete(), info.parse!(p, state)) : spec.parse,
      print: hasFormat ? (op, p) => (complete(), info.print!(op, p)) : spec.print,
    },
    () => opTraitNames(modelOf()),
  );

  const def: OpDefinition<S> = {
    name: spec.name,
    spec,
    info,
    get model() {
      return modelOf();
    },
    interfaces: spec.interfaces,
    fold: hooks.fold ? (op, operands) => hooks.fold!(view(op), operands) : undefined,
    canonicalize: spec.canonicalize ?? [],
    view,
    is: (op) => op.name.info === info,
    match: (op) => (op.name.info === info ? view(op) : undefined),
    create: (location, args = {}) => createOp(modelOf(), location, args as BuildArgs<OpSpec>),
    bindCustomDirectives(table) {
      directives = table;
      // Already completed (an op shared by two dialects, or used before its dialect was defined): bind this table now.
      if (completion) bindDirectives(spec.name, completion.customNames, table, completion.customs);
    },
    complete() {
      complete();
    },
  };
  recordOpDef(info, def as unknown as AnyOpDefinition);
  if (hooks.resultNames) {
    // The namer table is keyed by op name; chain to an earlier definition of the same name (another
    // context's dialect, a test's) instead of replacing it.
    const earlier = asmResultNamer(spec.name);
    const names = hooks.resultNames;
    registerAsmResultNames(spec.name, (op, setName) => (op.name.info === info ? names(view(op), setName) : earlier?.(op, setName)));
  }
  return Object.freeze(def);
}

/** Builds what defineOp leaves for first use, and puts the real hooks in `info`. */
function completeOp<S extends OpSpec>(
  spec: S,
  hooks: OpHooks<OpView<S>>,
  m: OpModel,
  info: MutableOpInfo,
  directives: ReadonlyMap<string, CustomDirective> | undefined,
): Completion {
  const View = makeViewClass(m);
  const view = (op: Operation) => new View(op) as unknown as OpView<S>;
  const customs = new Map<string, CustomDirective>();
  const format = spec.assemblyFormat === undefined ? null : compileFormat(spec.assemblyFormat, m, customs);
  const customNames = format?.customNames ?? new Set<string>();
  if (directives) bindDirectives(spec.name, customNames, directives, customs);
  const typesOf = typesReader(m);
  const own = hooks.verify ? (op: Operation) => hooks.verify!(view(op)) : undefined;
  const branch = branchCheck(m, spec.interfaces);
  const custom = branch && own ? (op: Operation) => branch(op) && own(op) : (branch ?? own);
  info.verifyInvariants = buildInvariants(m, (op, name) => typesOf(op, name)[0], typesOf);
  const verify = buildOpVerify(m, custom);
  if (verify) info.verify = verify;
  if (format) {
    info.parse = format.parse;
    info.print = format.print;
  }
  return { View, customNames, customs };
}

/** Binds the custom directives a format uses from the dialect's table; throws for one it lacks. */
function bindDirectives(op: string, names: ReadonlySet<string>, table: ReadonlyMap<string, CustomDirective>, into: Map<string, CustomDirective>): void {
  for (const name of names) {
    const fn = table.get(name);
    if (!fn) throw definitionError(op, `assembly format uses custom<${name}>, which the dialect does not register in customDirectives`);
    into.set(name, fn);
  }
}

/** BranchOpInterface's check of forwarded operands against each target block's arguments. */
function branchCheck(m: OpModel, interfaces: OpInterfaces | undefined): ((op: Operation) => boolean) | undefined {
  const map = interfaces?.branch?.successorOperands;
  if (!map) return undefined;
  const pairs = Object.entries(map).map(([succ, group]) => {
    const s = m.successors.find((x) => x.name === succ);
    const o = m.operands.find((x) => x.name === group);
    if (!s || !o) throw definitionError(m.name, `branch interface maps '${succ}' to '${group}': expected a successor and an operand group`);
    if (s.def.variadic && !o.subSegments) {
      throw definitionError(m.name, `branch interface maps variadic successor '${succ}' to '${group}', which must be VariadicOfVariadic (one operand list per block)`);
    }
    return [s, o] as const;
  });
  return (op) =>
    pairs.every(([s, o]) => {
      const [a, b] = m.operandSegments(op, o.index);
      const group = op.operands.slice(a, b);
      if (!s.def.variadic) return verifyBranchSuccessorOperands(op, s.index, group);
      const lists = splitBySizes(group, segmentSizes(op, o.subSegments!) ?? []);
      return lists.every((l, i) => s.index + i >= op.successors.length || verifyBranchSuccessorOperands(op, s.index + i, l));
    });
}

/** OpInfo.traits: the count traits, then `OpInvariants`, then the declared ones, as ODS orders them (lib/verify runs trait checks in this order). */
function opTraitNames(m: OpModel): Set<string> {
  return new Set([...countTraitNames(m), 'OpInvariants', ...m.traitNames]);
}

/**
 * OpInfo.propertyNames: the declared properties, then the segment sizes the traits add. From the
 * spec, not the model: the parser reads it for every op it builds, so it is a plain field.
 */
function inherentPropertyNames(spec: OpSpec): string[] {
  const names = Object.keys(spec.properties ?? {});
  const traits = spec.traits ?? [];
  if (declares(traits, 'AttrSizedOperandSegments')) names.push('operandSegmentSizes');
  if (declares(traits, 'AttrSizedResultSegments')) names.push('resultSegmentSizes');
  return names;
}

/** True when one of `traits` is, or implies, the trait `name` (as flattenTraits would list it). */
function declares(traits: readonly Trait[], name: string): boolean {
  return traits.some((t) => t.name === name || t.implies?.includes(name));
}

function asList(v: unknown): Value[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? flatValues(v) : [v as Value];
}

/** The values of a list, or of a list of lists (a VariadicOfVariadic operand). */
function flatValues(v: readonly unknown[]): Value[] {
  return v.length && Array.isArray(v[0]) ? flatten(v as Value[][]) : [...(v as Value[])];
}

/** Result types from the definition when `create` was not given them. */
function inferResultTypes(m: OpModel, location: Location, groups: readonly Value[][], props: readonly NamedAttribute[], regions: readonly Region[]): Type[] {
  const ctx = location.context;
  if (m.spec.inferResultTypes) return m.spec.inferResultTypes({ context: ctx, operands: flatten(groups), properties: props, regions });
  const operandType = (name: string) => groups[m.operands.findIndex((s) => s.name === name)]?.[0]?.type;
  const out: Type[] = [];
  for (const r of m.results) {
    let t: Type | readonly Type[] | undefined;
    if (r.derived) {
      const src = operandType(r.derived.source);
      t = src && (r.derived.transform ? r.derived.transform(src) : src);
    }
    if (Array.isArray(t)) {
      out.push(...(t as readonly Type[]));
      continue;
    }
    if (r.arity === 'variadic') throw definitionError(m.name, `cannot infer the types of variadic result '${r.name}': pass resultTypes`);
    t ??= r.constraint.build?.(ctx);
    if (!t && m.traitNames.has('SameOperandsAndResultType')) t = flatten(groups)[0]?.type;
    if (!t) throw definitionError(m.name, `cannot infer the type of result '${r.name}': pass resultTypes`);
    out.push(t as Type);
  }
  return out;
}

function createOp(m: OpModel, location: Location, args: BuildArgs<OpSpec>): Operation {
  const ctx = location.context;
  const given = (args.operands ?? {}) as Readonly<Record<string, unknown>>;
  const groups = m.operands.map((s) => asList(given[s.name]));
  const propValues = (args.properties ?? {}) as Readonly<Record<string, unknown>>;
  const props: NamedAttribute[] = [];
  // A VariadicOfVariadic operand's sub-list sizes come from the lists given, unless set explicitly.
  const subSizes = new Map<string, number[]>();
  for (const s of m.operands) {
    const lists = given[s.name];
    if (s.subSegments && Array.isArray(lists)) subSizes.set(s.subSegments, (lists as readonly (readonly Value[])[]).map((l) => l.length));
  }
  for (const { name, def } of m.properties) {
    const sizes = subSizes.get(name);
    if (sizes && propValues[name] === undefined) {
      props.push({ name, value: DenseArrayAttr.get(IntegerType.get(ctx, 32), sizes) });
      continue;
    }
    const v = propValues[name];
    const a = v === undefined || (def.isUnit && v === false) ? defaultAttr(def, ctx) : def.encode(ctx, v);
    if (a) props.push({ name, value: a });
  }
  const i32 = IntegerType.get(ctx, 32);
  if (m.traitNames.has('AttrSizedOperandSegments')) {
    props.push({ name: 'operandSegmentSizes', value: DenseArrayAttr.get(i32, groups.map((g) => BigInt(g.length))) });
  }
  const regions = args.regions ?? m.regions.filter((r) => !r.def.variadic).length;
  const resultTypes = args.resultTypes ?? inferResultTypes(m, location, groups, props, Array.isArray(regions) ? regions : []);
  if (m.traitNames.has('AttrSizedResultSegments')) {
    const fixed = m.results.filter((r) => r.arity === 'single').length;
    const sizes = m.results.map((r) => (r.arity === 'single' ? 1 : resultTypes.length - fixed));
    props.push({ name: 'resultSegmentSizes', value: DenseArrayAttr.get(i32, sizes.map(BigInt)) });
  }
  return Operation.create({
    name: m.name,
    location,
    operands: flatten(groups),
    resultTypes,
    properties: props,
    attributes: args.attributes ?? [],
    regions,
    successors: args.successors ?? [],
  });
}
