// The normalised form of an OpSpec that the verifier builder, the format compiler and the view
// builder share: ordered, indexed lists of operands, results, properties, regions, successors.
import type { Operation } from '../ir/index.js';
import { baseConstraint, type DerivedTypeConstraint, type TypeConstraint } from './constraints.js';
import { arityOf, makeSegments, type Arity, type SegmentFn } from './layout.js';
import type { PropDef } from './properties.js';
import type { OpSpec, RegionDef, SuccessorDef, ValueDef } from './spec.js';
import type { Trait } from './traits.js';

/** A named operand or result. */
export interface ValueSlot {
  readonly name: string;
  readonly index: number;
  readonly arity: Arity;
  /** What each value's type must satisfy by itself. */
  readonly constraint: TypeConstraint;
  /** Set when the type follows another operand's or result's. */
  readonly derived: DerivedTypeConstraint | null;
  /** For a VariadicOfVariadic operand: the property holding the sizes of its sub-lists. */
  readonly subSegments: string | null;
}

/** A named property or declared discardable attribute. */
export interface PropSlot {
  readonly name: string;
  readonly def: PropDef<unknown, unknown>;
}

/** A named region or successor. */
export interface NamedSlot<D> {
  readonly name: string;
  readonly index: number;
  readonly def: D;
}

/** The normalised op definition. */
export interface OpModel {
  readonly name: string;
  readonly operands: readonly ValueSlot[];
  readonly results: readonly ValueSlot[];
  readonly properties: readonly PropSlot[];
  readonly attributes: readonly PropSlot[];
  readonly regions: readonly NamedSlot<RegionDef>[];
  readonly successors: readonly NamedSlot<SuccessorDef>[];
  readonly traits: readonly Trait[];
  /** Every trait name, implied ones included. */
  readonly traitNames: ReadonlySet<string>;
  readonly operandSegments: SegmentFn;
  readonly resultSegments: SegmentFn;
  readonly spec: OpSpec;
}

/** Thrown for a malformed definition; the message names the op. */
export function definitionError(op: string, message: string): Error {
  return new Error(`op '${op}': ${message}`);
}

function valueSlots(defs: Readonly<Record<string, ValueDef>> | undefined): ValueSlot[] {
  return Object.entries(defs ?? {}).map(([name, d], index) => {
    const c = d.kind === 'optional' || d.kind === 'variadic' || d.kind === 'variadicOfVariadic' ? d.of : d;
    const subSegments = d.kind === 'variadicOfVariadic' ? d.segments : null;
    return { name, index, arity: arityOf(d), constraint: baseConstraint(c), derived: c.kind === 'derived' ? c : null, subSegments };
  });
}

/** Normalises and checks a spec; throws definitionError for names that clash or dangle. */
export function buildModel(spec: OpSpec, traits: readonly Trait[], traitNames: ReadonlySet<string>): OpModel {
  const fail = (m: string) => definitionError(spec.name, m);
  if (!/^[A-Za-z_][\w$]*\.[\w$.]+$/.test(spec.name)) throw fail("the name must be 'dialect.op'");
  const operands = valueSlots(spec.operands);
  const results = valueSlots(spec.results);
  const properties = Object.entries(spec.properties ?? {}).map(([name, def]) => ({ name, def }));
  const attributes = Object.entries(spec.attributes ?? {}).map(([name, def]) => ({ name, def }));
  const regions = Object.entries(spec.regions ?? {}).map(([name, def], index) => ({ name, index, def }));
  const successors = Object.entries(spec.successors ?? {}).map(([name, def], index) => ({ name, index, def }));

  const seen = new Map<string, string>();
  const claim = (name: string, what: string) => {
    if (name === 'op') throw fail(`'op' is reserved for the view's operation and cannot name ${what}`);
    const prev = seen.get(name);
    if (prev) throw fail(`'${name}' names both ${prev} and ${what}`);
    seen.set(name, what);
  };
  for (const s of operands) claim(s.name, 'an operand');
  for (const s of results) claim(s.name, 'a result');
  for (const s of properties) claim(s.name, 'a property');
  for (const s of attributes) claim(s.name, 'an attribute');
  for (const s of regions) claim(s.name, 'a region');
  for (const s of successors) claim(s.name, 'a successor');

  const variableOperands = operands.filter((s) => s.arity !== 'single').length;
  const variableResults = results.filter((s) => s.arity !== 'single').length;
  const operandSegs = traitNames.has('AttrSizedOperandSegments');
  const resultSegs = traitNames.has('AttrSizedResultSegments');
  if (variableOperands > 1 && !operandSegs) {
    throw fail('more than one optional or variadic operand needs the AttrSizedOperandSegments trait');
  }
  if (variableResults > 1 && !resultSegs) throw fail('more than one optional or variadic result needs the AttrSizedResultSegments trait');
  if (regions.slice(0, -1).some((r) => r.def.variadic)) throw fail('only the last region may be variadic');
  if (successors.slice(0, -1).some((s) => s.def.variadic)) throw fail('only the last successor may be variadic');

  for (const r of results) if (r.subSegments) throw fail(`result '${r.name}' cannot be VariadicOfVariadic: only operands can`);
  for (const o of operands) {
    if (o.subSegments && !properties.some((p) => p.name === o.subSegments)) {
      throw fail(`VariadicOfVariadic operand '${o.name}' needs a property '${o.subSegments}' (a dense i32 array) holding its sub-list sizes`);
    }
  }
  const valueNames = new Set([...operands, ...results].map((s) => s.name));
  for (const s of [...operands, ...results]) {
    if (s.derived && !valueNames.has(s.derived.source)) {
      throw fail(`'${s.name}' follows the type of '${s.derived.source}', which is not an operand or result`);
    }
    if (s.derived && s.arity === 'variadic' && !s.derived.transform) throw fail(`variadic '${s.name}' cannot be SameTypeAs another value: use TypeFrom with a list`);
  }
  return {
    name: spec.name,
    operands,
    results,
    properties,
    attributes,
    regions,
    successors,
    traits,
    traitNames,
    operandSegments: makeSegments(
      operands.map((s) => s.arity),
      (op: Operation) => op.numOperands,
      operandSegs ? 'operandSegmentSizes' : null,
    ),
    resultSegments: makeSegments(
      results.map((s) => s.arity),
      (op: Operation) => op.numResults,
      resultSegs ? 'resultSegmentSizes' : null,
    ),
    spec,
  };
}
