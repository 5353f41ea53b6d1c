// Compiles a checked format into an OpInfo print hook. Spacing is decided here, once, with the
// rules of MLIR's generated printers (no space before `,` `)` `]` `>` after punctuation, none
// after `(` `[` `{` `<`, ...), so the hook only replays precomputed writes.
import type { Attribute, Block, DictionaryAttr, MLIRContext, NamedAttribute, OpAsmPrinter, Operation, Region, Type, Value } from '../../ir/index.js';
import { keywordOrString } from '../../print/index.js';
import { defaultAttr } from '../properties.js';
import { segmentSizes, splitBySizes } from '../layout.js';
import type { OpModel, PropSlot, ValueSlot } from '../model.js';
import type { CustomDirective, CustomPrintArg } from '../spec.js';
import type { FormatElement, TypeArg } from './ast.js';
import type { FormatPlan } from './check.js';

export type Step = (op: Operation, p: OpAsmPrinter) => void;
/**
 * A compiled format element that prints from the op: it makes its step once the constant
 * text before it (`lead`, often empty) is known, and the step writes that text first.
 */
export type Element = (lead: string) => Step;
/** A compiled format element: a constant text, or an element that prints from the op. */
export type Piece = string | Element;

/** MLIR's shouldEmitSpaceBefore for literals. */
function spaceBeforeLiteral(value: string, lastWasPunctuation: boolean): boolean {
  if (value.length !== 1 && value !== '->') return true;
  if (lastWasPunctuation) return !'>)}],'.includes(value[0]);
  return !'<>(){}[],'.includes(value[0]);
}

/** Reads the values of a named operand or result of `op`. */
function valuesOf(m: OpModel, side: 'operand' | 'result', slot: ValueSlot, op: Operation): Value[] {
  const [start, end] = (side === 'operand' ? m.operandSegments : m.resultSegments)(op, slot.index);
  const out: Value[] = [];
  for (let i = start; i < end; i++) out.push(side === 'operand' ? op.operand(i) : op.result(i));
  return out;
}

function typesOf(m: OpModel, a: TypeArg, op: Operation): Type[] {
  if (a.k === 'operands') return op.operandTypes;
  if (a.k === 'results') return op.resultTypes;
  return valuesOf(m, a.k, a.slot, op).map((v) => v.type);
}

function regionsOf(m: OpModel, index: number, op: Operation): Region[] {
  const variadic = m.regions[index].def.variadic;
  return variadic ? op.regions.slice(index) : op.regions.slice(index, index + 1);
}

function successorsOf(m: OpModel, index: number, op: Operation): Block[] {
  const variadic = m.successors[index].def.variadic;
  const all = op.successors;
  return variadic ? all.slice(index) : all.slice(index, index + 1);
}

/**
 * The defaults of `slots` as attributes of a context, kept for the context last asked for
 * (attributes are interned per context): looked up per printed op, so no WeakMap lookups.
 */
function defaultsOf(slots: readonly PropSlot[]): (ctx: MLIRContext) => readonly (Attribute | undefined)[] {
  let last: MLIRContext | null = null;
  let defaults: (Attribute | undefined)[] = [];
  return (ctx) => {
    if (ctx !== last) {
      last = ctx;
      defaults = slots.map((slot) => defaultAttr(slot.def, ctx));
    }
    return defaults;
  };
}

/**
 * The position of the one value of a slot that holds at most one, when every slot on its side
 * holds exactly one (so the position is fixed and no list is built); -1 otherwise.
 */
function fixedPosition(m: OpModel, side: 'operand' | 'result', slot: ValueSlot): number {
  return (side === 'operand' ? m.operands : m.results).some((d) => d.arity !== 'single') ? -1 : slot.index;
}

/** Prints the one operand of a slot that holds at most one. */
function singleOperand(m: OpModel, slot: ValueSlot): Element {
  const i = fixedPosition(m, 'operand', slot);
  if (i < 0) {
    return plain((op, p) => {
      const v = valuesOf(m, 'operand', slot, op)[0];
      if (v) p.printOperand(v);
    });
  }
  return (lead) => (op, p) => {
    p.write(lead);
    if (i < op.numOperands) p.printOperand(op.operand(i));
  };
}

/** Prints the type of the one value of a slot that holds at most one. */
function singleType(m: OpModel, side: 'operand' | 'result', slot: ValueSlot): Element {
  const i = fixedPosition(m, side, slot);
  if (i < 0) {
    return plain((op, p) => {
      const v = valuesOf(m, side, slot, op)[0];
      if (v) p.printType(v.type);
    });
  }
  if (side === 'operand') {
    return (lead) => (op, p) => {
      p.write(lead);
      if (i < op.numOperands) p.printType(op.operand(i).type);
    };
  }
  return (lead) => (op, p) => {
    p.write(lead);
    if (i < op.numResults) p.printType(op.result(i).type);
  };
}

/** The anchor test of an optional group: is the anchored element present? */
function presence(m: OpModel, e: FormatElement): (op: Operation) => boolean {
  switch (e.k) {
    case 'operand':
      return (op) => valuesOf(m, 'operand', e.slot, op).length > 0;
    case 'prop': {
      const name = e.slot.name;
      const defaults = defaultsOf([e.slot]);
      return (op) => {
        const a = op.getAttr(name);
        return a !== undefined && a !== defaults(op.context)[0];
      };
    }
    case 'region':
      return (op) => regionsOf(m, e.slot.index, op).some((r) => !r.empty);
    case 'successor':
      return (op) => successorsOf(m, e.slot.index, op).length > 0;
    case 'type': {
      const a = e.arg;
      return a.k === 'operand' || a.k === 'result' ? (op) => valuesOf(m, a.k, a.slot, op).length > 0 : () => true;
    }
    case 'functional-type':
      return (op) => op.numOperands > 0;
    case 'custom': {
      const tests = e.args.map((a) => presence(m, a.element));
      return (op) => tests.some((t) => t(op));
    }
    default:
      return () => true;
  }
}

function implicitTerminator(m: OpModel): string | undefined {
  return m.traits.find((t) => t.implicitTerminator)?.implicitTerminator;
}

/** Prints a region, leaving out an implicit terminator that carries nothing, as MLIR's printers do. */
function regionPrinter(m: OpModel): (p: OpAsmPrinter, r: Region) => void {
  if (!implicitTerminator(m)) return (p, r) => p.printRegion(r);
  return (p, r) => {
    const term = r.entry?.last;
    const printBlockTerminators = !term || term.attributes.size > 0 || term.properties.size > 0 || term.numOperands > 0 || term.numResults > 0;
    p.printRegion(r, { printEntryBlockArgs: true, printBlockTerminators });
  };
}

function interleave<T>(p: OpAsmPrinter, items: readonly T[], f: (x: T) => void): void {
  items.forEach((x, i) => {
    if (i) p.write(', ');
    f(x);
  });
}

/** Argument values a custom directive's print function receives. */
function customArg(m: OpModel, e: FormatElement, op: Operation): CustomPrintArg {
  switch (e.k) {
    case 'operand': {
      const vs = valuesOf(m, 'operand', e.slot, op);
      if (e.slot.subSegments) return splitBySizes(vs, segmentSizes(op, e.slot.subSegments) ?? []);
      return e.slot.arity === 'variadic' ? vs : vs[0];
    }
    case 'type': {
      const ts = typesOf(m, e.arg, op);
      if (e.arg.k === 'operand' && e.arg.slot.subSegments) return splitBySizes(ts, segmentSizes(op, e.arg.slot.subSegments) ?? []);
      return e.arg.k === 'operand' || e.arg.k === 'result' ? (e.arg.slot.arity === 'variadic' ? ts : ts[0]) : ts;
    }
    case 'prop':
      return op.getAttr(e.slot.name);
    case 'region': {
      const rs = regionsOf(m, e.slot.index, op);
      return m.regions[e.slot.index].def.variadic ? rs : rs[0];
    }
    case 'successor': {
      const bs = successorsOf(m, e.slot.index, op);
      return m.successors[e.slot.index].def.variadic ? bs : bs[0];
    }
    case 'attr-dict':
      return op.attributes;
    default:
      return undefined;
  }
}

/**
 * Compiles `plan` into a print hook. `customs` is filled when the dialect binds its custom
 * directives; the hook looks them up at print time.
 */
export function compilePrinter(m: OpModel, plan: FormatPlan, customs: ReadonlyMap<string, CustomDirective>): (op: Operation, p: OpAsmPrinter) => void {
  const printRegion = regionPrinter(m);
  const segmentAttrs = [
    ...(m.traitNames.has('AttrSizedOperandSegments') && !plan.allOperands ? ['operandSegmentSizes'] : []),
    ...(m.traitNames.has('AttrSizedResultSegments') && !plan.allResultTypes ? ['resultSegmentSizes'] : []),
    // The sizes of VariadicOfVariadic operands are implied by what the format writes.
    ...m.operands.flatMap((o) => (o.subSegments ? [o.subSegments] : [])),
  ];
  const alwaysElided = [...segmentAttrs, ...plan.usedProps];
  const defaulted = m.properties.filter((slot) => slot.def.defaultValue !== undefined);
  const defaults = defaultsOf(defaulted);
  /** Names the attribute dictionary leaves out: those the format writes, and properties at their default. */
  const elided = (op: Operation): readonly string[] => {
    let out = alwaysElided;
    const ds = defaults(op.context);
    for (let i = 0; i < defaulted.length; i++) {
      if (op.getAttr(defaulted[i].name) !== ds[i]) continue;
      if (out === alwaysElided) out = [...alwaysElided];
      out.push(defaulted[i].name);
    }
    return out;
  };
  const printsNothing = attrDictElision(alwaysElided, defaulted, defaults);

  let shouldEmitSpace = true;
  let lastWasPunctuation = false;

  const compile = (els: readonly FormatElement[], skip: FormatElement | null = null): Step[] => {
    const pieces: Piece[] = [];
    for (const e of els) if (e !== skip) pieces.push(...compileOne(e));
    return joinPieces(pieces);
  };

  const compileOne = (e: FormatElement): Piece[] => {
    if (e.k === 'literal') {
      const text = shouldEmitSpace && spaceBeforeLiteral(e.value, lastWasPunctuation) ? ` ${e.value}` : e.value;
      shouldEmitSpace = e.value.length !== 1 || !'<({['.includes(e.value[0]);
      lastWasPunctuation = e.value[0] !== '_' && !/[A-Za-z]/.test(e.value[0]);
      return [text];
    }
    if (e.k === 'space') {
      // A newline leaves the spacing state as it was, as in MLIR's generated printers.
      if (e.value === '\\n') return [plain((_op, p) => printNewline(p))];
      shouldEmitSpace = false;
      lastWasPunctuation = e.value === '';
      return e.value === ' ' ? [' '] : [];
    }
    if (e.k === 'optional') {
      const present = presence(m, e.anchor);
      const first = e.then.find((x) => x.k !== 'space');
      // A unit property anchoring from inside the group is implied by the group's presence.
      const skip = e.anchor.k === 'prop' && e.anchor.slot.def.isUnit && e.anchor !== first ? e.anchor : null;
      const thenSteps = compile(e.then, skip);
      const elseSteps = compile(e.else, skip);
      return [
        plain((op, p) => {
          for (const s of present(op) ? thenSteps : elseSteps) s(op, p);
        }),
      ];
    }
    if (e.k === 'attr-dict') {
      lastWasPunctuation = false;
      const withKw = e.withKeyword;
      return [
        plain((op, p) => {
          if (!plan.hasPropDict && printsNothing(op)) return;
          const attrs = plan.hasPropDict ? op.attributes.entries : p.attributesOf(op);
          if (attrs.length === 0) return;
          if (withKw) p.printOptionalAttrDictWithKeyword(attrs, elided(op));
          else p.printOptionalAttrDict(attrs, elided(op));
        }),
      ];
    }
    if (e.k === 'prop-dict') {
      lastWasPunctuation = false;
      return [plain((op, p) => printPropDict(op, p, elided(op)))];
    }
    const space = shouldEmitSpace || !lastWasPunctuation;
    lastWasPunctuation = false;
    shouldEmitSpace = true;
    const body = elementPrinter(e);
    return space ? [' ', body] : [body];
  };

  const elementPrinter = (e: FormatElement): Element => {
    switch (e.k) {
      case 'operand':
        if (e.slot.arity === 'variadic') return plain((op, p) => p.printOperands(valuesOf(m, 'operand', e.slot, op)));
        return singleOperand(m, e.slot);
      case 'prop': {
        const { name, def } = e.slot;
        return (lead) => (op, p) => {
          p.write(lead);
          const a = op.getAttr(name);
          if (a) def.syntax.print(p, a);
        };
      }
      case 'type': {
        const a = e.arg;
        if ((a.k === 'operand' || a.k === 'result') && a.slot.arity !== 'variadic') return singleType(m, a.k, a.slot);
        return plain(stepPrinter(e));
      }
      default:
        return plain(stepPrinter(e));
    }
  };

  /** The step of an element that `elementPrinter` does not write its leading text for. */
  const stepPrinter = (e: FormatElement): Step => {
    switch (e.k) {
      case 'region': {
        const idx = e.slot.index;
        return (op, p) => interleave(p, regionsOf(m, idx, op), (r) => printRegion(p, r));
      }
      case 'regions':
        return (op, p) => interleave(p, op.regions, (r) => printRegion(p, r));
      case 'successor': {
        const idx = e.slot.index;
        return (op, p) => interleave(p, successorsOf(m, idx, op), (b) => p.printSuccessor(b));
      }
      case 'successors':
        return (op, p) => interleave(p, op.successors, (b) => p.printSuccessor(b));
      case 'operands':
        return (op, p) => p.printOperands(op.operands);
      case 'type': {
        const a = e.arg;
        return (op, p) => p.printTypes(typesOf(m, a, op));
      }
      case 'functional-type':
        return (op, p) => p.printFunctionalType(typesOf(m, e.inputs, op), typesOf(m, e.results, op));
      case 'custom': {
        const name = e.name;
        return (op, p) => {
          const fn = customs.get(name);
          if (!fn) throw new Error(`op '${m.name}': custom directive '${name}' is not registered on its dialect`);
          fn.print(
            p,
            op,
            e.args.map((a) => customArg(m, a.element, op)),
          );
        };
      }
      default:
        throw new Error(`op '${m.name}': cannot print format element '${e.k}'`);
    }
  };

  const steps = compile(plan.elements);
  if (steps.length === 1) return steps[0];
  return (op, p) => {
    for (const s of steps) s(op, p);
  };
}

/**
 * Joins a compiled element list into steps: adjacent constant texts become one, and the
 * text before an element is written by that element's step. `a `,` b : type` runs three
 * steps, each writing its text and then its element, instead of seven.
 */
export function joinPieces(pieces: readonly Piece[]): Step[] {
  const steps: Step[] = [];
  let text = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      continue;
    }
    steps.push(piece(text));
    text = '';
  }
  if (text !== '') steps.push((_op, p) => p.write(text));
  return steps;
}

/**
 * An element from a step that does not write text of its own: with text before it, a step
 * that writes the text and then runs it. The common elements (single operands and types,
 * properties) write their text themselves, saving a call per element per op.
 */
export function plain(step: Step): Element {
  return (lead) =>
    lead === ''
      ? step
      : (op, p) => {
          p.write(lead);
          step(op, p);
        };
}

/**
 * A test that `attr-dict` prints nothing for an op without discardable attributes: each of
 * its properties is written by the format or at its default. Properties dictionaries are
 * interned and ops of one kind mostly share a few, so the answer is kept for the last one
 * seen, and the common op pays one comparison instead of merging and filtering its entries.
 */
function attrDictElision(
  alwaysElided: readonly string[],
  defaulted: readonly PropSlot[],
  defaults: (ctx: MLIRContext) => readonly (Attribute | undefined)[],
): (op: Operation) => boolean {
  let last: DictionaryAttr | null = null;
  let lastAnswer = false;
  const elided = (e: NamedAttribute, ds: readonly (Attribute | undefined)[]): boolean => {
    if (alwaysElided.includes(e.name)) return true;
    for (let i = 0; i < defaulted.length; i++) if (defaulted[i].name === e.name) return e.value === ds[i];
    return false;
  };
  return (op) => {
    if (op.attributes.size !== 0) return false;
    const props = op.properties;
    if (props !== last) {
      const ds = defaults(op.context);
      last = props;
      lastAnswer = props.entries.every((e) => elided(e, ds));
    }
    return lastAnswer;
  };
}

/** MLIR's `prop-dict` printer: a space, then `<{...}>` without the elided entries. */
function printPropDict(op: Operation, p: OpAsmPrinter, elided: readonly string[]): void {
  p.write(' ');
  const entries = op.properties.entries.filter((e) => !elided.includes(e.name));
  if (entries.length === 0 && elided.length > 0) return;
  p.write('<{');
  entries.forEach((e, i) => {
    if (i) p.write(', ');
    p.write(keywordOrString(e.name));
    if (e.value.kind !== 'unit') {
      p.write(' = ');
      p.printAttribute(e.value);
    }
  });
  p.write('}>');
}

/**
 * MLIR's printNewline (a newline at the op's indentation) where the printer offers it; the
 * interface does not require it yet, and without it the text stays on one line.
 */
function printNewline(p: OpAsmPrinter): void {
  const withNewline = p as OpAsmPrinter & { printNewline?: () => void };
  withNewline.printNewline?.();
}
