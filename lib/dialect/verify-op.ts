// Builds an op's verifier hooks from its definition, in the order and words of MLIR's generated
// verifiers: count traits (run by lib/verify by name), then properties, operand and result
// types, regions and type relations (verifyInvariants), then trait checks and the op's own.
import type { DictionaryAttr, Operation, Type } from '../ir/index.js';
import { segmentSizes } from './layout.js';
import type { OpModel, ValueSlot } from './model.js';
import type { TypeConstraint } from './constraints.js';
import type { InferInput, OpSpec } from './spec.js';
import { inOrder, typesOnly, type Check } from '../verify/check.js';

/** The `operandSegmentSizes` / `resultSegmentSizes` checks of AttrSized*Segments. */
function segmentCheck(slots: readonly ValueSlot[], attr: string, what: 'operand' | 'result', count: (op: Operation) => number): Check {
  return (op) => {
    const sizes = segmentSizes(op, attr);
    if (!sizes) {
      op.emitOpError(`requires attribute '${attr}'`);
      return false;
    }
    if (sizes.length !== slots.length) {
      op.emitOpError(`'${attr}' attribute for specifying ${what} segments must have ${slots.length} elements, but got ${sizes.length}`);
      return false;
    }
    let total = 0;
    for (let i = 0; i < sizes.length; i++) {
      const n = Number(sizes[i]);
      if (n < 0 || (slots[i].arity === 'single' && n !== 1) || (slots[i].arity === 'optional' && n > 1)) {
        const want = slots[i].arity === 'single' ? '1 element' : '0 or 1 element';
        op.emitOpError(`${what} group starting at #${total} requires ${want}, but found ${n}`);
        return false;
      }
      total += n;
    }
    if (total !== count(op)) {
      op.emitOpError(`${what} count (${count(op)}) does not match with the total size (${total}) specified in attribute '${attr}'`);
      return false;
    }
    return true;
  };
}

/** A VariadicOfVariadic group's sizes against its operand count (MLIR's verifyValueSizeAttr). */
function subSegmentCheck(op: Operation, attr: string, group: string, count: number): boolean {
  const sizes = segmentSizes(op, attr);
  if (!sizes) return op.emitOpError(`requires dense i32 array attribute '${attr}'`), false;
  if (sizes.some((n) => Number(n) < 0)) return op.emitOpError(`'${attr}' attribute cannot have negative elements`), false;
  const total = sizes.reduce<number>((a, n) => a + Number(n), 0);
  if (total === count) return true;
  op.emitOpError(`${group} count (${count}) does not match with the total size (${total}) specified in attribute '${attr}'`);
  return false;
}

/** The constraints of `slots` when each holds one value at a fixed index (most ops); otherwise null. */
function fixedConstraints(slots: readonly ValueSlot[]): TypeConstraint[] | null {
  return slots.every((s) => s.arity === 'single' && !s.subSegments) ? slots.map((s) => s.constraint) : null;
}

/**
 * The operand and result type checks of an op whose values all sit at fixed indices, in one
 * function (it runs for nearly every op): no segment look-up, which allocates per slot, and
 * values read directly. It reads only types (`typesOnly`): an op with the types of the last
 * op of its kind that passed skips it (lib/verify's OpChecks), and each constraint keeps its
 * last answer (typeConstraint).
 */
function fixedTypeCheck(operands: readonly TypeConstraint[], results: readonly TypeConstraint[]): Check {
  const fail = (op: Operation, what: 'operand' | 'result', i: number, summary: string, t: Type): boolean => {
    op.emitOpError(`${what} #${i} must be ${summary}, but got '${t}'`);
    return false;
  };
  return typesOnly((op) => {
    const slots = op.operandSlots;
    for (let i = 0; i < operands.length; i++) {
      const t = slots[i].value.type;
      if (!operands[i].check(t)) return fail(op, 'operand', i, operands[i].summary, t);
    }
    const values = op.results;
    for (let i = 0; i < results.length; i++) {
      const t = values[i].type;
      if (!results[i].check(t)) return fail(op, 'result', i, results[i].summary, t);
    }
    return true;
  });
}

/** Whether no value of `slots` has a type to check: any type, and no group whose size to check. */
function unconstrained(slots: readonly ValueSlot[]): boolean {
  return slots.every((s) => s.constraint.summary === 'any type' && s.arity !== 'optional' && !s.subSegments);
}

/** Type constraints of the operands or results whose slots are not all fixed: `operand #0 must be ..., but got '...'`. */
function segmentedTypeCheck(m: OpModel, what: 'operand' | 'result'): Check {
  const slots = what === 'operand' ? m.operands : m.results;
  const segments = what === 'operand' ? m.operandSegments : m.resultSegments;
  const typeAt = what === 'operand' ? (op: Operation, i: number) => op.operand(i).type : (op: Operation, i: number) => op.result(i).type;
  return (op) => {
    for (const s of slots) {
      const [start, end] = segments(op, s.index);
      if (s.arity === 'optional' && end - start > 1) {
        op.emitOpError(`${what} group starting at #${start} requires 0 or 1 element, but found ${end - start}`);
        return false;
      }
      if (s.subSegments && !subSegmentCheck(op, s.subSegments, s.name, end - start)) return false;
      for (let i = start; i < end; i++) {
        const t = typeAt(op, i);
        if (s.constraint.check(t)) continue;
        const summary = s.arity === 'variadic' ? `variadic of ${s.constraint.summary}` : s.constraint.summary;
        op.emitOpError(`${what} #${i} must be ${summary}, but got '${t}'`);
        return false;
      }
    }
    return true;
  };
}

/**
 * The operand type checks, then the result ones. A side with nothing to check has none; sides
 * whose values all sit at fixed indices share one function (one for both when both are).
 */
function valueTypeChecks(m: OpModel): Check[] {
  const fixedOf = (slots: readonly ValueSlot[]): TypeConstraint[] | null => (unconstrained(slots) ? [] : fixedConstraints(slots));
  const operands = fixedOf(m.operands);
  const results = fixedOf(m.results);
  if (operands && results) return operands.length || results.length ? [fixedTypeCheck(operands, results)] : [];
  const checks: Check[] = [];
  if (operands) {
    if (operands.length) checks.push(fixedTypeCheck(operands, []));
  } else checks.push(segmentedTypeCheck(m, 'operand'));
  if (results) {
    if (results.length) checks.push(fixedTypeCheck([], results));
  } else checks.push(segmentedTypeCheck(m, 'result'));
  return checks;
}

/**
 * Properties present with the right kind, as ODS checks them (required ones by name first,
 * then each present one in declaration order); declared discardable attributes when present.
 */
function propertyCheck(m: OpModel): Check | null {
  if (m.properties.length === 0 && m.attributes.length === 0) return null;
  // ODS looks for required attributes in name order; sorted once here, not per op.
  const required = m.properties.filter((p) => !p.def.isOptional).map((p) => p.name).sort((a, b) => (a < b ? -1 : 1));
  const properties = m.properties;
  const attributes = m.attributes;
  // The checks read nothing but the op's two dictionaries, which are interned, and ops of a
  // kind mostly repeat them: the pair that last passed passes again without a look-up.
  let passedProperties: DictionaryAttr | null = null;
  let passedAttributes: DictionaryAttr | null = null;
  // Indexed loops: no iterator or destructuring per op (see inOrder).
  return (op) => {
    if (op.properties === passedProperties && op.attributes === passedAttributes) return true;
    for (let i = 0; i < required.length; i++) {
      if (op.getAttr(required[i]) === undefined) {
        op.emitOpError(`requires attribute '${required[i]}'`);
        return false;
      }
    }
    for (let i = 0; i < properties.length; i++) {
      const { name, def } = properties[i];
      const a = op.getAttr(name);
      if (a === undefined || def.check(a)) continue;
      op.emitOpError(`attribute '${name}' failed to satisfy constraint: ${def.summary}`);
      return false;
    }
    for (let i = 0; i < attributes.length; i++) {
      const { name, def } = attributes[i];
      const a = op.attributes.get(name);
      if (a && !def.check(a)) {
        op.emitOpError(`attribute '${name}' failed to satisfy constraint: ${def.summary}`);
        return false;
      }
    }
    passedProperties = op.properties;
    passedAttributes = op.attributes;
    return true;
  };
}

/** Per-region constraints: `region #0 ('body') failed to verify constraint: ...`. */
function regionCheck(m: OpModel): Check | null {
  const n = m.regions.length;
  if (m.regions.every((r) => r.def.summary === 'any region')) return null;
  return (op) => {
    for (let i = 0; i < op.regions.length && n > 0; i++) {
      const slot = m.regions[Math.min(i, n - 1)];
      if (!slot.def.check(op.regions[i])) {
        op.emitOpError(`region #${i} ('${slot.name}') failed to verify constraint: ${slot.def.summary}`);
        return false;
      }
    }
    return true;
  };
}

/** SameTypeAs groups (MLIR's AllTypesMatch) and TypeFrom relations (TypesMatchWith). */
function relationChecks(m: OpModel, typeOf: (op: Operation, name: string) => Type | undefined, typesOf: (op: Operation, name: string) => Type[]): Check[] {
  const checks: Check[] = [];
  const all = [...m.operands, ...m.results];
  // Group names joined by SameTypeAs, keeping declaration order, for one message per group.
  const groups = new Map<string, string[]>();
  const root = (name: string): string => {
    const s = all.find((x) => x.name === name);
    return s?.derived && !s.derived.transform ? root(s.derived.source) : name;
  };
  for (const s of all) {
    if (!s.derived || s.derived.transform) continue;
    const r = root(s.name);
    const g = groups.get(r) ?? [r];
    g.push(s.name);
    groups.set(r, g);
  }
  for (const names of groups.values()) {
    const ordered = all.map((s) => s.name).filter((n) => names.includes(n));
    checks.push((op) => {
      const types = ordered.map((n) => typeOf(op, n)).filter((t): t is Type => t !== undefined);
      if (types.every((t) => t === types[0])) return true;
      op.emitOpError(`failed to verify that all of {${ordered.join(', ')}} have same type`);
      return false;
    });
  }
  for (const s of all) {
    const d = s.derived;
    if (!d?.transform) continue;
    const transform = d.transform;
    checks.push((op) => {
      const src = typeOf(op, d.source);
      const own = typesOf(op, s.name);
      if (!src) return true;
      const want = transform(src);
      const wanted = Array.isArray(want) ? (want as readonly Type[]) : [want as Type];
      if (s.arity !== 'variadic' && own.length === 0) return true;
      if (wanted.length === own.length && wanted.every((t, i) => t === own[i])) return true;
      op.emitOpError(`failed to verify that ${d.description}`);
      return false;
    });
  }
  return checks;
}

/** `inferred type(s) ... are incompatible with return type(s) of operation ...` */
function inferenceCheck(infer: (input: InferInput) => Type[]): Check {
  return (op) => {
    let inferred: Type[];
    try {
      inferred = infer({ context: op.context, operands: op.operands, properties: op.properties.entries, regions: op.regions });
    } catch (e) {
      op.emitOpError(`failed to infer returned types: ${(e as Error).message}`);
      return false;
    }
    const actual = op.resultTypes;
    if (inferred.length === actual.length && inferred.every((t, i) => t === actual[i])) return true;
    op.emitOpError(`inferred type(s) '${inferred.join(', ')}' are incompatible with return type(s) of operation '${actual.join(', ')}'`);
    return false;
  };
}

/**
 * The definition checks (OpInfo.verifyInvariants, run where MLIR runs OpInvariants: after the
 * count traits, before the declared ones): segment sizes, properties, operand and result types,
 * region constraints, then SameTypeAs / TypeFrom relations. Stops at the first failure.
 */
export function buildInvariants(
  m: OpModel,
  typeOf: (op: Operation, name: string) => Type | undefined,
  typesOf: (op: Operation, name: string) => Type[],
): Check | undefined {
  const checks: Check[] = [];
  const add = (c: Check | null) => c && checks.push(c);
  if (m.traitNames.has('AttrSizedOperandSegments')) add(segmentCheck(m.operands, 'operandSegmentSizes', 'operand', (op) => op.numOperands));
  if (m.traitNames.has('AttrSizedResultSegments')) add(segmentCheck(m.results, 'resultSegmentSizes', 'result', (op) => op.numResults));
  add(propertyCheck(m));
  for (const c of valueTypeChecks(m)) add(c);
  add(regionCheck(m));
  checks.push(...relationChecks(m, typeOf, typesOf));
  return inOrder(checks) ?? undefined;
}

/**
 * Whether buildOpVerify gives the op a verify (`hasCustom`: the op has its own or a branch check),
 * known without building it: defineOp answers it before the op is first used.
 */
export function hasOpVerify(spec: OpSpec, hasCustom: boolean): boolean {
  return hasCustom || spec.inferResultTypes !== undefined || (spec.traits ?? []).some((t) => t.verify !== undefined);
}

/**
 * OpInfo.verify: the checks of declared traits that lib/verify does not run by name, the
 * result-type inference check, then the definition's own `verify`.
 */
export function buildOpVerify(m: OpModel, custom?: Check): Check | undefined {
  if (!hasOpVerify(m.spec, custom !== undefined)) return undefined;
  const checks: Check[] = [];
  for (const t of m.traits) if (t.verify) checks.push(t.verify);
  if (m.spec.inferResultTypes) checks.push(inferenceCheck(m.spec.inferResultTypes));
  if (custom) checks.push(custom);
  return inOrder(checks) ?? undefined;
}

/**
 * The count traits MLIR's ODS puts first, in its order (regions, results, successors,
 * operands), named as lib/verify knows them: `ZeroRegions`, `NOperands(2)`, ...
 */
export function countTraitNames(m: OpModel): string[] {
  const names: string[] = [];
  const counted = (n: number, variable: boolean, zero: string, one: string, kind: string) => {
    if (variable) names.push(n === 0 ? `Variadic${kind}` : `AtLeastN${kind}(${n})`);
    else names.push(n === 0 ? zero : n === 1 ? one : `N${kind}(${n})`);
  };
  const regionsVariadic = m.regions.some((r) => r.def.variadic);
  counted(m.regions.length - (regionsVariadic ? 1 : 0), regionsVariadic, 'ZeroRegions', 'OneRegion', 'Regions');
  const fixedResults = m.results.filter((r) => r.arity === 'single').length;
  counted(fixedResults, fixedResults !== m.results.length, 'ZeroResults', 'OneResult', 'Results');
  const succVariadic = m.successors.some((s) => s.def.variadic);
  counted(m.successors.length - (succVariadic ? 1 : 0), succVariadic, 'ZeroSuccessors', 'OneSuccessor', 'Successors');
  const fixedOperands = m.operands.filter((o) => o.arity === 'single').length;
  counted(fixedOperands, fixedOperands !== m.operands.length, 'ZeroOperands', 'OneOperand', 'Operands');
  return names;
}
