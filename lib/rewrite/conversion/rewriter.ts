// ConversionPatternRewriter: applies changes at once but journals each one, so a failed pattern or a
// failed conversion is rolled back exactly; replaced values are tracked so patterns see converted operands.
import { Block } from '../../ir/block.js';
import type { Operation } from '../../ir/operation.js';
import type { Region } from '../../ir/region.js';
import type { DictionaryAttr } from '../../ir/attributes.js';
import type { MLIRContext } from '../../ir/context.js';
import type { OpOperand, Value } from '../../ir/value.js';
import type { Type } from '../../ir/types.js';
import type { Location } from '../../ir/location.js';
import { PatternRewriter } from '../rewriter.js';
import type { SignatureConversion, TypeConverter } from './type-converter.js';

/** One journaled change, with what undoing it needs. */
type Action =
  | { k: 'insert'; op: Operation }
  | { k: 'use'; operand: OpOperand; old: Value }
  | { k: 'unlink'; op: Operation; block: Block; before: Operation | null }
  | { k: 'modify'; op: Operation; operands: Value[]; attributes: DictionaryAttr; properties: DictionaryAttr; successors: Block[] }
  | { k: 'move'; op: Operation; block: Block; before: Operation | null }
  | { k: 'block-insert'; block: Block }
  | { k: 'block-move'; block: Block; region: Region; index: number }
  | { k: 'map'; from: Value };

/** The rewriter conversion patterns get; use only its methods to change the IR. */
export class ConversionPatternRewriter extends PatternRewriter {
  private readonly log: Action[] = [];
  private readonly mapping = new Map<Value, Value>();
  private readonly unlinked = new Set<Operation>();
  /** The materialisation casts this rewriter created. */
  readonly casts = new Set<Operation>();
  /** The type converter of the pattern being applied, if it has one. */
  typeConverter: TypeConverter | null = null;

  constructor(context: MLIRContext) {
    super(context);
  }

  /** A checkpoint to roll back to. */
  get checkpoint(): number {
    return this.log.length;
  }

  /** The ops created since `checkpoint` that are still in the IR, and the ops changed in place. */
  changesSince(checkpoint: number): { created: Operation[]; modified: Operation[] } {
    const created: Operation[] = [];
    const modified: Operation[] = [];
    for (let i = checkpoint; i < this.log.length; i++) {
      const a = this.log[i];
      if (a.k === 'insert' && this.isAlive(a.op) && !this.casts.has(a.op)) created.push(a.op);
      else if (a.k === 'modify' && this.isAlive(a.op)) modified.push(a.op);
    }
    return { created, modified };
  }

  /** The op being converted; ops not under it are not in the IR. */
  root: Operation | null = null;

  /** True when `op` is still in the IR under the root (neither it nor an ancestor was replaced or erased). */
  isAlive(op: Operation): boolean {
    for (let o: Operation | null = op; o; o = o.parentOp) {
      if (this.unlinked.has(o)) return false;
      if (o === this.root) return true;
    }
    return false;
  }

  /** The value that now stands for `v` (after replacements), following the mapping to its end. */
  getRemappedValue(v: Value): Value {
    let cur = v;
    for (let next = this.mapping.get(cur); next !== undefined; next = this.mapping.get(cur)) cur = next;
    return cur;
  }

  override insert(op: Operation): Operation {
    super.insert(op);
    if (op.parent) this.log.push({ k: 'insert', op });
    return op;
  }

  override replaceAllUsesWith(from: Value, to: Value): void {
    if (from === to) return;
    for (let use = from.firstUse; use; use = from.firstUse) {
      this.log.push({ k: 'use', operand: use, old: from });
      use.set(to);
    }
  }

  override replaceUsesWithIf(from: Value, to: Value, pred: (use: OpOperand) => boolean): void {
    for (const use of from.uses) {
      if (!pred(use)) continue;
      this.log.push({ k: 'use', operand: use, old: from });
      use.set(to);
    }
  }

  private map(from: Value, to: Value): void {
    this.mapping.set(from, to);
    this.log.push({ k: 'map', from });
  }

  /**
   * Replaces `from` with `to`. When the types differ, users that are not converted yet keep
   * an old-typed value: a source materialisation of `to`, which later patterns see through.
   */
  replaceValue(from: Value, to: Value, loc: Location): void {
    this.map(from, to);
    if (from.useEmpty) return;
    if (from.type === to.type) {
      this.replaceAllUsesWith(from, to);
      return;
    }
    const saved = this.insertionPoint;
    const def = to.definingOp;
    if (def) this.setInsertionPointAfter(def);
    else this.setInsertionPointToStart(to.parentBlock!);
    const cast = this.materialize('source', from.type, [to], loc);
    this.insertionPoint = saved;
    this.map(cast, to);
    this.replaceAllUsesWith(from, cast);
  }

  /** Builds a value of `type` from `inputs`: the type converter's materialisation, else an unrealized_conversion_cast. */
  materialize(kind: 'source' | 'target', type: Type, inputs: readonly Value[], loc: Location): Value {
    const tc = this.typeConverter;
    const v = tc ? (kind === 'source' ? tc.materializeSource(this, type, inputs, loc) : tc.materializeTarget(this, type, inputs, loc)) : undefined;
    if (v) return v;
    const cast = this.create({ name: 'builtin.unrealized_conversion_cast', location: loc, operands: inputs, resultTypes: [type] });
    this.casts.add(cast);
    return cast.result(0);
  }

  override replaceOp(op: Operation, values: readonly Value[] | Operation): void {
    const vals = Array.isArray(values) ? (values as readonly Value[]) : (values as Operation).results;
    if (vals.length !== op.numResults) throw new Error(`replaceOp: '${op.name.name}' has ${op.numResults} results but ${vals.length} values were given`);
    op.results.forEach((r, i) => this.replaceValue(r, vals[i], op.location));
    this.unlink(op);
  }

  /** Erases `op`; its results must be unused or replaced before the conversion ends. */
  override eraseOp(op: Operation): void {
    this.unlink(op);
  }

  private unlink(op: Operation): void {
    if (!op.parent) return;
    this.log.push({ k: 'unlink', op, block: op.parent, before: op.next });
    op.remove();
    this.unlinked.add(op);
  }

  override modifyOpInPlace<T>(op: Operation, fn: () => T): T {
    this.log.push({ k: 'modify', op, operands: op.operands, attributes: op.attributes, properties: op.properties, successors: op.successors });
    return fn();
  }

  override moveOpBefore(op: Operation, before: Operation): void {
    this.log.push({ k: 'move', op, block: op.parent!, before: op.next });
    op.moveBefore(before);
  }

  override moveOpAfter(op: Operation, after: Operation): void {
    this.log.push({ k: 'move', op, block: op.parent!, before: op.next });
    op.moveAfter(after);
  }

  override inlineRegionBefore(region: Region, parent: Region, index = parent.blocks.length): void {
    let at = index;
    for (const block of [...region.blocks]) {
      this.log.push({ k: 'block-move', block, region, index: region.blocks.indexOf(block) });
      region.removeBlock(block);
      parent.insertAt(at++, block);
    }
  }

  override inlineBlockBefore(source: Block, dest: Block, before: Operation | null, args: readonly Value[] = []): void {
    source.arguments.forEach((a, i) => this.replaceValue(a, args[i], a.location));
    for (const op of source.operations) {
      this.log.push({ k: 'move', op, block: source, before: op.next });
      op.remove();
      dest.insertBefore(op, before);
    }
    if (source.parent) {
      this.log.push({ k: 'block-move', block: source, region: source.parent, index: source.parent.blocks.indexOf(source) });
      source.parent.removeBlock(source);
    }
  }

  override splitBlock(): Block {
    throw new Error('splitBlock is not supported during dialect conversion');
  }

  override eraseBlock(block: Block): void {
    if (!block.parent) return;
    for (const op of block.operations) this.unlink(op);
    this.log.push({ k: 'block-move', block, region: block.parent, index: block.parent.blocks.indexOf(block) });
    block.parent.removeBlock(block);
  }

  /**
   * Gives `block` (an entry block: it must have no predecessors) the converted argument types
   * of `conversion`: a new block takes its place and its ops, and each old argument is
   * replaced by its new argument (1:1) or by a materialisation of the new ones (1:N).
   */
  applySignatureConversion(block: Block, conversion: SignatureConversion, converter: TypeConverter | null = this.typeConverter): Block {
    if (!block.hasNoPredecessors) throw new Error('applySignatureConversion: only blocks without predecessors are supported');
    const region = block.parent!;
    const locs = conversion.mapping.map((m, i) => ({ m, loc: block.arguments[i].location }));
    const newBlock = new Block();
    for (const { m, loc } of locs) for (let k = 0; k < m.count; k++) newBlock.addArgument(conversion.converted[m.start + k], loc);
    region.insertAt(region.blocks.indexOf(block), newBlock);
    this.log.push({ k: 'block-insert', block: newBlock });
    for (const op of block.operations) {
      this.log.push({ k: 'move', op, block, before: op.next });
      op.remove();
      newBlock.append(op);
    }
    const savedConverter = this.typeConverter;
    this.typeConverter = converter;
    block.arguments.forEach((old, i) => {
      const m = conversion.mapping[i];
      const news = newBlock.arguments.slice(m.start, m.start + m.count);
      if (news.length === 1) {
        this.replaceValue(old, news[0], old.location);
        return;
      }
      if (old.useEmpty) return;
      const saved = this.insertionPoint;
      this.setInsertionPointToStart(newBlock);
      const v = this.materialize('source', old.type, news, old.location);
      this.insertionPoint = saved;
      this.map(old, v);
      this.replaceAllUsesWith(old, v);
    });
    this.typeConverter = savedConverter;
    this.log.push({ k: 'block-move', block, region, index: region.blocks.indexOf(block) });
    region.removeBlock(block);
    return newBlock;
  }

  /** Undoes every change after `checkpoint`, newest first. */
  rollback(checkpoint: number): void {
    while (this.log.length > checkpoint) {
      const a = this.log.pop()!;
      switch (a.k) {
        case 'insert':
          a.op.remove();
          a.op.dropAllReferences();
          this.casts.delete(a.op);
          break;
        case 'use':
          a.operand.set(a.old);
          break;
        case 'unlink':
          a.block.insertBefore(a.op, a.before);
          this.unlinked.delete(a.op);
          break;
        case 'modify':
          if (a.op.numOperands === a.operands.length) a.operands.forEach((v, i) => a.op.setOperand(i, v));
          else a.op.setOperands(a.operands);
          a.op.attributes = a.attributes;
          a.op.properties = a.properties;
          a.successors.forEach((b, i) => a.op.setSuccessor(i, b));
          break;
        case 'move':
          a.op.remove();
          a.block.insertBefore(a.op, a.before);
          break;
        case 'block-insert':
          a.block.parent?.removeBlock(a.block);
          break;
        case 'block-move':
          a.block.parent?.removeBlock(a.block);
          a.region.insertAt(a.index, a.block);
          break;
        case 'map':
          this.mapping.delete(a.from);
          break;
      }
    }
  }

  /**
   * Makes the conversion final: replaced and erased ops are destroyed, and casts that became
   * dead or that undo each other are removed. Returns the erased ops still in use (an error).
   */
  commit(): Operation[] {
    const stillUsed: Operation[] = [];
    for (const op of this.unlinked) {
      if (op.results.some((r) => r.uses.some((u) => this.isAlive(u.owner)))) stillUsed.push(op);
    }
    if (stillUsed.length) return stillUsed;
    for (const op of this.unlinked) op.dropAllReferences();
    this.reconcileCasts();
    this.log.length = 0;
    this.unlinked.clear();
    this.mapping.clear();
    return [];
  }

  /** Folds cast(cast(x)) back to x when the types round-trip, and erases dead casts. */
  private reconcileCasts(): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const cast of this.casts) {
        if (!cast.parent) {
          this.casts.delete(cast);
          continue;
        }
        const result = cast.result(0);
        if (result.useEmpty) {
          cast.erase();
          this.casts.delete(cast);
          changed = true;
          continue;
        }
        const input = cast.numOperands === 1 ? cast.operand(0).definingOp : null;
        if (input && this.casts.has(input) && input.numOperands === 1 && input.operand(0).type === result.type) {
          result.replaceAllUsesWith(input.operand(0));
          changed = true;
        }
      }
    }
  }
}
