// Checks a parsed assembly format against its op (every operand, region and successor appears,
// every type is written or inferable, optional groups are well anchored) and plans how the
// parser finds the types the text leaves out.
import type { MLIRContext, Type } from '../../ir/index.js';
import type { OpModel, ValueSlot } from '../model.js';
import { FormatError } from './parse-format.js';
import type { FormatElement, OptionalGroup, TypeArg } from './ast.js';

/** Where the parser gets the types of one operand or result slot. */
export type TypeSource =
  | { readonly k: 'written' }
  /** From `type(operands)` / `type(results)` (or functional-type), split by counts. */
  | { readonly k: 'all' }
  | { readonly k: 'infer' }
  /** `transform(type of the other slot)`; transform null means equal. */
  | { readonly k: 'from'; readonly side: 'operand' | 'result'; readonly index: number; readonly transform: ((t: Type) => Type | readonly Type[]) | null }
  | { readonly k: 'build'; readonly build: (ctx: MLIRContext) => Type };

/** A checked format and what its hooks need to know about it. */
export interface FormatPlan {
  readonly elements: readonly FormatElement[];
  /** Properties printed by `$name` (elided from attr-dict and prop-dict). */
  readonly usedProps: ReadonlySet<string>;
  readonly hasPropDict: boolean;
  /** `operands` appears: the segment sizes are implied only when it does not. */
  readonly allOperands: boolean;
  readonly allResultTypes: boolean;
  readonly operandTypes: readonly TypeSource[];
  readonly resultTypes: readonly TypeSource[];
  /** Custom directive names used, bound later to functions registered on the dialect. */
  readonly customNames: ReadonlySet<string>;
}

/** VariadicOfVariadic operands and their types are written by custom directives only (their syntax varies by op). */
function checkVariadicOfVariadic(elements: readonly FormatElement[]): void {
  for (const e of elements) {
    const slot = e.k === 'operand' ? e.slot : e.k === 'type' && e.arg.k === 'operand' ? e.arg.slot : null;
    if (slot?.subSegments) {
      throw new FormatError(`VariadicOfVariadic operand '$${slot.name}' can only be written by a custom<...> directive`, 0);
    }
    if (e.k === 'optional') {
      checkVariadicOfVariadic(e.then);
      checkVariadicOfVariadic(e.else);
    }
  }
}

function walk(elements: readonly FormatElement[], f: (e: FormatElement, inGroup: OptionalGroup | null) => void, group: OptionalGroup | null = null): void {
  for (const e of elements) {
    f(e, group);
    if (e.k === 'optional') {
      walk(e.then, f, e);
      walk(e.else, f, e);
    } else if (e.k === 'custom') {
      // `ref(...)` arguments re-read what is written elsewhere: they define nothing here.
      walk(
        e.args.filter((a) => !a.ref).map((a) => a.element),
        f,
        group,
      );
    }
  }
}

function canAnchor(e: FormatElement, m: OpModel): boolean {
  switch (e.k) {
    case 'operand':
      return e.slot.arity !== 'single';
    case 'prop':
      return e.slot.def.isOptional;
    case 'region':
      return true;
    case 'successor':
      return e.slot.def.variadic;
    case 'type':
      return (e.arg.k === 'operand' || e.arg.k === 'result') && e.arg.slot.arity !== 'single';
    case 'functional-type':
      return e.inputs.k === 'operands' ? m.operands.some((s) => s.arity !== 'single') : false;
    case 'custom':
      return true;
    default:
      return false;
  }
}

function checkGroup(g: OptionalGroup, m: OpModel): void {
  for (const els of [g.then, g.else]) {
    const first = els.find((e) => e.k !== 'space');
    if (!first) continue;
    if (!['literal', 'operand', 'prop', 'region', 'successor', 'type'].includes(first.k)) {
      throw new FormatError('the first element of an optional group must be a literal, a variable or a type directive', 0);
    }
    if (first.k === 'prop' && first.slot.def.isUnit && first !== g.anchor) {
      throw new FormatError(`unit property '$${first.slot.name}' cannot open an optional group unless it is the anchor`, 0);
    }
  }
  if (!canAnchor(g.anchor, m)) {
    throw new FormatError(
      'only optional or variadic operands, optional or default-valued properties, regions, variadic successors, ' +
        'type directives of those, and custom directives can anchor an optional group',
      0,
    );
  }
  for (const e of [...g.then, ...g.else]) {
    if (e.k === 'attr-dict' || e.k === 'prop-dict') throw new FormatError(`'${e.k}' cannot be used inside an optional group`, 0);
  }
}

/** Checks `elements` for op `m`; throws FormatError (offset 0: the check is global) on any problem. */
export function checkFormat(elements: readonly FormatElement[], m: OpModel): FormatPlan {
  const seenOperands = new Set<number>();
  const seenRegions = new Set<number>();
  const seenSuccessors = new Set<number>();
  const usedProps = new Set<string>();
  const writtenOperand = new Set<number>();
  const writtenResult = new Set<number>();
  const customNames = new Set<string>();
  let attrDict = 0;
  let hasPropDict = false;
  let allOperands = false;
  let allOperandTypes = false;
  let allResultTypes = false;
  let allRegions = false;
  let allSuccessors = false;

  const once = <T>(set: Set<T>, key: T, what: string) => {
    if (set.has(key)) throw new FormatError(`redefinition of ${what}`, 0);
    set.add(key);
  };
  const markType = (a: TypeArg) => {
    if (a.k === 'operands') {
      if (allOperandTypes || writtenOperand.size) throw new FormatError("'type(operands)' overlaps types already written", 0);
      allOperandTypes = true;
    } else if (a.k === 'results') {
      if (allResultTypes || writtenResult.size) throw new FormatError("'type(results)' overlaps types already written", 0);
      allResultTypes = true;
    } else {
      const set = a.k === 'operand' ? writtenOperand : writtenResult;
      if (set.has(a.slot.index) || (a.k === 'operand' ? allOperandTypes : allResultTypes)) {
        throw new FormatError(`the type of '$${a.slot.name}' is already written`, 0);
      }
      set.add(a.slot.index);
    }
  };

  const refs: FormatElement[] = [];
  walk(elements, (e) => {
    switch (e.k) {
      case 'operand':
        once(seenOperands, e.slot.index, `operand '$${e.slot.name}'`);
        break;
      case 'region':
        once(seenRegions, e.slot.index, `region '$${e.slot.name}'`);
        break;
      case 'successor':
        once(seenSuccessors, e.slot.index, `successor '$${e.slot.name}'`);
        break;
      case 'prop':
        once(usedProps, e.slot.name, `property '$${e.slot.name}'`);
        break;
      case 'attr-dict':
        if (++attrDict > 1) throw new FormatError("'attr-dict' directive has already been seen", 0);
        break;
      case 'prop-dict':
        if (hasPropDict) throw new FormatError("'prop-dict' directive has already been seen", 0);
        hasPropDict = true;
        break;
      case 'operands':
        allOperands = true;
        break;
      case 'regions':
        allRegions = true;
        break;
      case 'successors':
        allSuccessors = true;
        break;
      case 'type':
        markType(e.arg);
        break;
      case 'functional-type':
        markType(e.inputs);
        markType(e.results);
        break;
      case 'custom':
        customNames.add(e.name);
        for (const a of e.args) if (a.ref) refs.push(a.element);
        break;
      case 'optional':
        checkGroup(e, m);
        break;
      default:
        break;
    }
  });
  // `ref(...)` arguments re-read what was parsed earlier: they are not second definitions.
  for (const r of refs) {
    if (r.k === 'operand') seenOperands.add(r.slot.index);
    if (r.k === 'prop') usedProps.add(r.slot.name);
  }

  if (attrDict === 0) throw new FormatError("'attr-dict' directive not found in custom assembly format", 0);
  if (!allOperands) {
    for (const s of m.operands) if (!seenOperands.has(s.index)) throw new FormatError(`operand #${s.index}, named '${s.name}', not found`, 0);
  } else if (seenOperands.size) {
    throw new FormatError("'operands' directive cannot be combined with operand variables", 0);
  }
  if (!allRegions) {
    for (const s of m.regions) if (!seenRegions.has(s.index)) throw new FormatError(`region #${s.index}, named '${s.name}', not found`, 0);
  }
  if (!allSuccessors) {
    for (const s of m.successors) {
      if (!seenSuccessors.has(s.index)) throw new FormatError(`successor #${s.index}, named '${s.name}', not found`, 0);
    }
  }
  checkVariadicOfVariadic(elements);
  checkAmbiguities(elements);

  const { operandTypes, resultTypes } = planTypes(m, writtenOperand, writtenResult, allOperandTypes, allResultTypes);
  return { elements, usedProps, hasPropDict, allOperands, allResultTypes, operandTypes, resultTypes, customNames };
}

/** MLIR's two format ambiguities: `:` after an attribute that may carry `: type`, and a region after attr-dict. */
function checkAmbiguities(elements: readonly FormatElement[]): void {
  const scan = (els: readonly FormatElement[]) => {
    for (let i = 0; i + 1 < els.length; i++) {
      const a = els[i];
      const b = els[i + 1];
      if (a.k === 'prop' && a.slot.def.syntax.mayEndWithType && b.k === 'literal' && b.value === ':') {
        throw new FormatError(`format ambiguity caused by \`:\` literal found after attribute \`${a.slot.name}\` which does not have a buildable type`, 0);
      }
      if (a.k === 'attr-dict' && !a.withKeyword && (b.k === 'region' || b.k === 'regions')) {
        throw new FormatError("format ambiguity caused by 'attr-dict' directive followed by a region: use 'attr-dict-with-keyword'", 0);
      }
    }
    for (const e of els) if (e.k === 'optional') (scan(e.then), scan(e.else));
  };
  scan(elements);
}

function planTypes(
  m: OpModel,
  writtenOperand: ReadonlySet<number>,
  writtenResult: ReadonlySet<number>,
  allOperandTypes: boolean,
  allResultTypes: boolean,
): { operandTypes: TypeSource[]; resultTypes: TypeSource[] } {
  const src: Record<'operand' | 'result', (TypeSource | null)[]> = {
    operand: m.operands.map((s) => (allOperandTypes ? { k: 'all' } : writtenOperand.has(s.index) ? { k: 'written' } : null)),
    result: m.results.map((s) => (allResultTypes ? { k: 'all' } : writtenResult.has(s.index) ? { k: 'written' } : null)),
  };
  if (m.spec.inferResultTypes) src.result = src.result.map((s) => s ?? { k: 'infer' });
  const slots = { operand: m.operands, result: m.results };
  const find = (name: string): { side: 'operand' | 'result'; slot: ValueSlot } | undefined => {
    const o = m.operands.find((s) => s.name === name);
    if (o) return { side: 'operand', slot: o };
    const r = m.results.find((s) => s.name === name);
    return r && { side: 'result', slot: r };
  };
  const resolved = (side: 'operand' | 'result', i: number) => src[side][i] !== null;
  // Inferred results need the operands first, so they cannot be where operand types come from.
  const known = (side: 'operand' | 'result', i: number) => src[side][i] !== null && src[side][i]!.k !== 'infer';
  const sameOperandsAndResults = m.traitNames.has('SameOperandsAndResultType');
  const sameOperands = m.traitNames.has('SameTypeOperands') || sameOperandsAndResults;

  // Resolve until nothing changes: each pass may unlock types that depend on the last ones.
  for (let changed = true; changed; ) {
    changed = false;
    for (const side of ['operand', 'result'] as const) {
      slots[side].forEach((s, i) => {
        if (resolved(side, i)) return;
        let found: TypeSource | null = null;
        const d = s.derived;
        if (d) {
          const from = find(d.source)!;
          if (known(from.side, from.slot.index)) found = { k: 'from', side: from.side, index: from.slot.index, transform: d.transform };
        }
        // SameTypeAs is symmetric: a slot others follow gets its type from any of them that is known.
        if (!found) {
          for (const other of [...m.operands.map((x) => ['operand', x] as const), ...m.results.map((x) => ['result', x] as const)]) {
            const [oside, os] = other;
            if (os.derived?.source === s.name && !os.derived.transform && known(oside, os.index)) {
              found = { k: 'from', side: oside, index: os.index, transform: null };
              break;
            }
          }
        }
        if (!found && s.constraint.build) found = { k: 'build', build: s.constraint.build };
        if (!found && (sameOperandsAndResults || (sameOperands && side === 'operand'))) {
          const pool = sameOperandsAndResults ? (['operand', 'result'] as const) : (['operand'] as const);
          for (const ps of pool) {
            const j = slots[ps].findIndex((x, k) => known(ps, k) && !(ps === side && k === i) && x.arity === 'single');
            if (j >= 0) {
              found = { k: 'from', side: ps, index: j, transform: null };
              break;
            }
          }
        }
        if (found) {
          src[side][i] = found;
          changed = true;
        }
      });
    }
  }
  for (const side of ['operand', 'result'] as const) {
    src[side].forEach((s, i) => {
      if (!s) {
        const slot = slots[side][i];
        throw new FormatError(`type of ${side} #${i}, named '${slot.name}', is not buildable and a buildable type cannot be inferred`, 0);
      }
    });
  }
  return { operandTypes: src.operand as TypeSource[], resultTypes: src.result as TypeSource[] };
}
