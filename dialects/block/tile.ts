// Accessors of the block dialect's ops: a tile's TE, tile sizes, grid, footprints and resources;
// a program's tiles and dependency edges. Read from properties; malformed ones read as empty.
import { ArrayAttr, DenseArrayAttr, IntegerAttr, StringAttr, type Attribute, type MLIRContext, type Operation, type Value } from '../../lib/ir/index.js';

/** How a consumer tile waits for its producer tiles across an edge. */
export type SyncKind = 'barrier' | 'flags' | 'none';
/**
 * `barrier`: a grid-wide barrier (every producer tile before any consumer tile); `flags`: the
 * consumer tile waits for exactly the producer tiles its footprint needs; `none`: no wait (the
 * tiles run in the same block, after fusion).
 */
export const SYNC_KINDS: readonly SyncKind[] = Object.freeze(['barrier', 'flags', 'none']);

/** A declared dependency edge of a block.program, by tile name. */
export interface DepEdge {
  readonly producer: string;
  readonly consumer: string;
  readonly sync: SyncKind;
}

function ints(op: Operation, name: string): number[] {
  const a = op.getAttr(name);
  return a instanceof DenseArrayAttr ? a.values.map(Number) : [];
}

function int(op: Operation, name: string): number {
  const a = op.getAttr(name);
  return a instanceof IntegerAttr ? Number(a.value) : 0;
}

/** Whether `op` is a block.tile. */
export function isTile(op: Operation | undefined): boolean {
  return op?.name.name === 'block.tile';
}

/** The tile's name (unique in its program). */
export function tileName(op: Operation): string {
  const a = op.getAttr('sym_name');
  return a instanceof StringAttr ? a.value : '';
}

/** The tensor.compute ops a tile computes, in order (several after block-fuse; the last is the anchor). */
export function tileComputes(op: Operation): Operation[] {
  return op.regions[0]?.entry?.operations.filter((o) => o.name.name === 'tensor.compute') ?? [];
}

/** The anchor TE of a tile (its last tensor.compute, the one whose domain the grid tiles), or undefined when malformed. */
export function tileCompute(op: Operation): Operation | undefined {
  const last = op.regions[0]?.entry?.last;
  const anchor = last?.name.name === 'block.yield' ? last.prev : last;
  return anchor?.name.name === 'tensor.compute' ? anchor : undefined;
}

/** The values a tile yields (its block.yield's operands), in result order. */
export function tileYielded(op: Operation): Value[] {
  const last = op.regions[0]?.entry?.last;
  return last?.name.name === 'block.yield' ? last.operands : [];
}

/** Tile sizes, one per domain dimension (a reduction dimension's is its whole extent). */
export function tileSizes(op: Operation): number[] {
  return ints(op, 'tile');
}

/** The grid: tiles along each domain dimension. */
export function tileGrid(op: Operation): number[] {
  return ints(op, 'grid');
}

/** The declared footprint extent of each input (one list per input, one extent per input dim). */
export function tileReads(op: Operation): number[][] {
  const a = op.getAttr('reads');
  if (!(a instanceof ArrayAttr)) return [];
  return a.elements.map((e) => (e instanceof DenseArrayAttr ? e.values.map(Number) : []));
}

/** Shared memory one tile needs, in bytes. */
export function tileSharedMemory(op: Operation): number {
  return int(op, 'smem');
}

/** 32-bit registers one tile needs (all its threads together). */
export function tileRegisters(op: Operation): number {
  return int(op, 'regs');
}

/** The block.program ops under `root` (not nested in one another), in walk order. */
export function programsUnder(root: Operation): Operation[] {
  const programs: Operation[] = [];
  root.walk((op) => {
    if (op.name.name !== 'block.program') return;
    programs.push(op);
    return 'skip';
  }, 'pre');
  return programs;
}

/** The tiles of a block.program, in program order. */
export function programTiles(op: Operation): Operation[] {
  return op.regions[0]?.entry?.operations.filter((o) => isTile(o)) ?? [];
}

/** The declared dependency edges of a block.program. */
export function programDeps(op: Operation): DepEdge[] {
  const a = op.getAttr('deps');
  if (!(a instanceof ArrayAttr)) return [];
  return a.elements.flatMap((e) => {
    if (!(e instanceof ArrayAttr) || e.elements.length !== 3 || !e.elements.every((s) => s instanceof StringAttr)) return [];
    const [producer, consumer, sync] = e.elements.map((s) => (s as StringAttr).value);
    return [{ producer, consumer, sync: sync as SyncKind }];
  });
}

/** The `deps` attribute holding `edges`. */
export function depsAttr(ctx: MLIRContext, edges: readonly DepEdge[]): Attribute {
  return ArrayAttr.get(ctx, edges.map((e) => ArrayAttr.get(ctx, [e.producer, e.consumer, e.sync].map((s) => StringAttr.get(ctx, s)))));
}

/** Whether an attribute is a well-formed `deps` entry: `["producer", "consumer", "sync"]`. */
export function isDepEntry(a: Attribute): boolean {
  return a instanceof ArrayAttr && a.elements.length === 3 && a.elements.every((s) => s instanceof StringAttr);
}
