// The state a compiled format parser fills while it reads one op: what each element read, by
// slot, and the types worked out from it. Reused from op to op (see PState).
import type { Attribute, Block, MLIRContext, NamedAttribute, Region, Type, UnresolvedOperand } from '../../ir/index.js';
import type { OpModel } from '../model.js';
import type { FormatElement } from './ast.js';

// Shared empty lists, not frozen (for-of over frozen arrays is slow in V8); never written to.
export const NO_OPERANDS: UnresolvedOperand[] = [];
export const NO_TYPES: Type[] = [];

/**
 * Where each property the format can set lives in a parse state: the op's properties and
 * declared attributes, then any other name the format's elements write (segment sizes). Names
 * outside it (a `<{...}>` dictionary may hold anything) go to the state's overflow map.
 */
export class PropLayout {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(m: OpModel, elements: readonly FormatElement[]) {
    for (const slot of m.properties) this.add(slot.name);
    for (const slot of m.attributes) this.add(slot.name);
    if (m.traitNames.has('AttrSizedOperandSegments')) this.add('operandSegmentSizes');
    if (m.traitNames.has('AttrSizedResultSegments')) this.add('resultSegmentSizes');
    const visit = (es: readonly FormatElement[]): void => {
      for (const e of es) {
        if (e.k === 'prop') this.add(e.slot.name);
        else if (e.k === 'operand' && e.slot.subSegments) this.add(e.slot.subSegments);
        else if (e.k === 'optional') (visit(e.then), visit(e.else));
        else if (e.k === 'custom') visit(e.args.map((a) => a.element));
      }
    };
    visit(elements);
  }

  private add(name: string): void {
    if (!this.index.has(name)) this.index.set(name, this.names.push(name) - 1);
  }

  /** The slot of `name`, or -1 when it has none. */
  slotOf(name: string): number {
    return this.index.get(name) ?? -1;
  }
}

/**
 * What the elements have read so far, and the types worked out from it. One per op being
 * parsed; a compiled parser keeps the states of finished ops for reuse (ops nest, so each
 * parse takes its own), since allocating one with its arrays per op showed in profiles. Lists
 * that live only while one op is parsed (`single`, `singleType`) are reused too; nothing in
 * a state outlives its op's parse except through copies.
 */
export class PState {
  ctx: MLIRContext;
  readonly operands: (UnresolvedOperand[] | null)[];
  allOperands: UnresolvedOperand[] | null = null;
  readonly operandTypes: (Type[] | null)[];
  allOperandTypes: Type[] | null = null;
  readonly resultTypes: (Type[] | null)[];
  allResultTypes: Type[] | null = null;
  /** Property values by PropLayout slot (a Map here was cleared per op, and `clear` allocates). */
  readonly props: (Attribute | undefined)[];
  /** Properties named outside the layout, in the order they were set. */
  otherProps: Map<string, Attribute> | null = null;
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
  /** Resolved types of each operand and result slot (the type resolver's memo). */
  readonly operandMemo: (Type[] | undefined)[];
  readonly resultMemo: (Type[] | undefined)[];
  /** One-element lists for single operands and single written types, by slot, reused per op. */
  readonly single: UnresolvedOperand[][];
  readonly singleOperandType: Type[][];
  readonly singleResultType: Type[][];

  constructor(
    m: OpModel,
    readonly layout: PropLayout,
    ctx: MLIRContext,
  ) {
    this.ctx = ctx;
    this.operands = m.operands.map(() => null);
    this.operandTypes = m.operands.map(() => null);
    this.resultTypes = m.results.map(() => null);
    this.props = layout.names.map(() => undefined);
    this.regions = m.regions.map(() => null);
    this.successors = m.successors.map(() => null);
    this.groups = m.operands.map(() => NO_OPERANDS);
    this.operandMemo = m.operands.map(() => undefined);
    this.resultMemo = m.results.map(() => undefined);
    this.single = m.operands.map(() => []);
    this.singleOperandType = m.operands.map(() => []);
    this.singleResultType = m.results.map(() => []);
  }

  /** Clears what the previous op left, for the op starting at `offset`. */
  reset(ctx: MLIRContext, offset: number): void {
    this.ctx = ctx;
    this.offset = offset;
    const n = this.operands.length;
    for (let i = 0; i < n; i++) {
      this.operands[i] = null;
      this.operandTypes[i] = null;
      this.groups[i] = NO_OPERANDS;
      this.operandMemo[i] = undefined;
    }
    for (let i = 0; i < this.resultTypes.length; i++) {
      this.resultTypes[i] = null;
      this.resultMemo[i] = undefined;
    }
    for (let i = 0; i < this.props.length; i++) this.props[i] = undefined;
    for (let i = 0; i < this.regions.length; i++) this.regions[i] = null;
    for (let i = 0; i < this.successors.length; i++) this.successors[i] = null;
    this.allOperands = null;
    this.allOperandTypes = null;
    this.allResultTypes = null;
    this.otherProps = null;
    if (this.attrs.length) this.attrs.length = 0;
    this.allRegions = null;
    this.customRegions = null;
    this.allSuccessors = null;
  }

  /** A one-element operand list for `slot`, valid until the next op. */
  singleOperand(slot: number, operand: UnresolvedOperand): UnresolvedOperand[] {
    const l = this.single[slot];
    l[0] = operand;
    return l;
  }

  getProp(name: string): Attribute | undefined {
    const slot = this.layout.slotOf(name);
    return slot >= 0 ? this.props[slot] : this.otherProps?.get(name);
  }
  hasProp(name: string): boolean {
    return this.getProp(name) !== undefined;
  }
  setProp(name: string, value: Attribute): void {
    const slot = this.layout.slotOf(name);
    if (slot >= 0) this.props[slot] = value;
    else (this.otherProps ??= new Map()).set(name, value);
  }

  /** The properties set, as named attributes (layout order, then the others). */
  namedProps(): NamedAttribute[] {
    const out: NamedAttribute[] = [];
    const names = this.layout.names;
    for (let i = 0; i < names.length; i++) {
      const value = this.props[i];
      if (value !== undefined) out.push({ name: names[i], value });
    }
    if (this.otherProps) for (const [name, value] of this.otherProps) out.push({ name, value });
    return out;
  }
}
