// Compiles a checked format into an OpInfo parse hook: one small closure per element (see
// parse-elements.ts), run over the OpAsmParser, then the types the text left out are resolved
// as the format plan says (parse-types.ts) and the OperationState is filled at its final sizes.
import { Block, DenseArrayAttr, DictionaryAttr, Operation, Region, type Attribute, type MLIRContext, type OpAsmParser, type OperationState, type Type } from '../../ir/index.js';
import { defaultAttr } from '../properties.js';
import type { OpModel } from '../model.js';
import type { CustomDirective } from '../spec.js';
import type { FormatPlan } from './check.js';
import { compileElement } from './parse-elements.js';
import { segmentAttr } from './parse-custom.js';
import { NO_OPERANDS, PropLayout, PState } from './parse-state.js';
import { distribute, resolveOperands, resolveSingleSlots, singleSlotTypes, splitBy } from './parse-types.js';

const NO_REGIONS: Region[] = [];

/**
 * Compiles `plan` into a parse hook. `customs` holds the dialect's custom directives, bound
 * when the dialect is defined.
 */
export function compileParser(m: OpModel, plan: FormatPlan, customs: ReadonlyMap<string, CustomDirective>): (p: OpAsmParser, state: OperationState) => void {
  const layout = new PropLayout(m, plan.elements);
  const propSlot = (name: string): number => layout.slotOf(name);
  const parsers = plan.elements.filter((e) => e.k !== 'space').map((e) => compileElement(m, e, customs, propSlot));
  // Inherent properties by layout slot (the attribute dictionary may give them, as in MLIR).
  const inherent = new Set(m.properties.map((slot) => layout.slotOf(slot.name)));
  const terminator = m.traits.find((t) => t.implicitTerminator)?.implicitTerminator;
  const operandSegs = m.traitNames.has('AttrSizedOperandSegments');
  const resultSegs = m.traitNames.has('AttrSizedResultSegments');
  const operandSegSlot = layout.slotOf('operandSegmentSizes');
  const resultSegSlot = layout.slotOf('resultSegmentSizes');
  const operandArities = m.operands.map((o) => o.arity);
  const inferring = plan.resultTypes.some((r) => r.k === 'infer');
  const variadicResults = m.results.some((r) => r.arity === 'variadic');
  // Ops of single slots without segment sizes (most: `arith.addi %a, %b : i32`) read each
  // slot's one type directly.
  const singles = operandSegs || resultSegs ? null : singleSlotTypes(m, plan);
  const defaulted = m.properties.filter((slot) => slot.def.defaultValue !== undefined);
  const defaultedSlots = defaulted.map((slot) => layout.slotOf(slot.name));
  // Defaults of the context last seen (attributes are interned per context).
  let defaultsCtx: MLIRContext | null = null;
  let defaults: (Attribute | undefined)[] = [];
  const free: PState[] = [];

  // The properties dictionary of the last op and the slot values it was built from: ops of a
  // kind mostly repeat their properties (defaults, the same predicate), and interning a
  // dictionary walks a trie keyed by every entry.
  let lastDict: DictionaryAttr | null = null;
  const lastValues: (Attribute | undefined)[] = layout.names.map(() => undefined);
  const propertiesOf = (s: PState): DictionaryAttr => {
    const values = s.props;
    let same = lastDict !== null && lastDict.context === s.ctx;
    for (let i = 0; same && i < values.length; i++) same = values[i] === lastValues[i];
    if (same) return lastDict!;
    for (let i = 0; i < values.length; i++) lastValues[i] = values[i];
    return (lastDict = DictionaryAttr.get(s.ctx, s.namedProps()));
  };

  // Splits the operands into slots, works out every slot's types and resolves the operands
  // into `state`, with the result types and the segment sizes the text left out.
  const resolveSlots = (s: PState, p: OpAsmParser, state: OperationState): void => {
    const ctx = s.ctx;
    const groups = s.groups;
    if (s.allOperands) {
      const sizes = distribute(operandArities, s.allOperands.length, operandSegs ? givenSizes(s.props[operandSegSlot]) : undefined);
      const split = splitBy(s.allOperands, sizes);
      for (let i = 0; i < groups.length; i++) groups[i] = split[i] ?? NO_OPERANDS;
    } else {
      for (let i = 0; i < groups.length; i++) groups[i] = s.operands[i] ?? NO_OPERANDS;
    }
    resolveOperands(m, plan, s, p, state);

    let resultTypes: readonly (readonly Type[])[] = s.resultMemo as Type[][];
    if (inferring) {
      const inferred = m.spec.inferResultTypes!({ context: ctx, operands: state.operands, properties: s.namedProps(), regions: collectRegions(m, s) });
      resultTypes = plan.resultTypes.map((src, i) => (src.k === 'infer' ? (inferred[i] === undefined ? [] : [inferred[i]]) : s.resultMemo[i]!));
      if (variadicResults) resultTypes = [inferred];
    }
    pushResultTypes(resultTypes, state);

    if (operandSegs && s.props[operandSegSlot] === undefined) s.props[operandSegSlot] = segmentAttr(ctx, groups.map((g) => g.length));
    if (resultSegs && s.props[resultSegSlot] === undefined) s.props[resultSegSlot] = segmentAttr(ctx, resultTypes.map((g) => g.length));
  };

  return (p, state) => {
    const ctx = p.context;
    const s = free.pop() ?? new PState(m, layout, ctx);
    s.reset(ctx, p.currentOffset());
    for (let i = 0; i < parsers.length; i++) parsers[i].parse(p, s);

    // Inherent attributes written in the attribute dictionary are properties, as in MLIR.
    for (let i = 0; i < s.attrs.length; i++) {
      const a = s.attrs[i];
      const slot = layout.slotOf(a.name);
      if (inherent.has(slot) && s.props[slot] === undefined) s.props[slot] = a.value;
      else state.attributes.push(a);
    }
    if (defaulted.length) {
      if (defaultsCtx !== ctx) {
        defaultsCtx = ctx;
        defaults = defaulted.map((slot) => defaultAttr(slot.def, ctx));
      }
      for (let i = 0; i < defaulted.length; i++) {
        const d = defaults[i];
        if (d && s.props[defaultedSlots[i]] === undefined) s.props[defaultedSlots[i]] = d;
      }
    }

    if (singles === null || s.allOperands !== null || !resolveSingleSlots(singles, s, p, state)) resolveSlots(s, p, state);
    if (s.otherProps === null && state.properties.length === 0 && state.propertiesDict === undefined) state.propertiesDict = propertiesOf(s);
    else for (const a of s.namedProps()) state.properties.push(a);

    const regions = collectRegions(m, s);
    if (terminator) for (const r of regions) if (!s.customRegions?.has(r)) ensureTerminator(r, terminator, state);
    if (regions.length) {
      if (state.regions.length === 0) state.regions = regions;
      else for (const r of regions) state.regions.push(r);
    }
    if (s.allSuccessors) for (const b of s.allSuccessors) state.successors.push(b);
    else for (const bs of s.successors) if (bs) for (const b of bs) state.successors.push(b);
    free.push(s);
  };
}

/** Appends the result types of every slot to `state`, in a list of its final size when it has none. */
function pushResultTypes(groups: readonly (readonly Type[])[], state: OperationState): void {
  let n = 0;
  for (let i = 0; i < groups.length; i++) n += groups[i].length;
  if (n === 0) return;
  const fresh = state.resultTypes.length === 0;
  const out = fresh ? new Array<Type>(n) : state.resultTypes;
  let at = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    for (let j = 0; j < g.length; j++) {
      if (fresh) out[at++] = g[j];
      else out.push(g[j]);
    }
  }
  state.resultTypes = out;
}

/** The sizes in a DenseArrayAttr property the text gave (`operandSegmentSizes`), if any. */
function givenSizes(a: Attribute | undefined): number[] | undefined {
  return a instanceof DenseArrayAttr ? a.values.map(Number) : undefined;
}

/** The regions in op order: a fresh list (the state may keep it), or the shared empty one. */
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
