// The tile-level graph the scheduling passes work on: a program's tiles with their incoming
// edges (declared dependencies and data edges) and a topological order of them.
import type { Operation } from '../../../lib/ir/index.js';
import type { BlockDependency } from '../analysis/dependency.js';
import { programDeps, programTiles, tileName, type SyncKind } from '../tile.js';

/** An edge into a tile: its producer (a tile index) and how the consumer waits for it. */
export interface InEdge {
  readonly from: number;
  readonly sync: SyncKind;
}

/** A program's tiles as a graph, tiles by their position in the program. */
export interface TileGraph {
  readonly program: Operation;
  readonly tiles: readonly Operation[];
  readonly names: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Incoming edges of each tile, one per producer (a declared sync wins over an undeclared data edge). */
  readonly preds: readonly (readonly InEdge[])[];
  /** The tiles in a topological order of the edges, program order among ready tiles. */
  readonly order: readonly number[];
}

/**
 * The graph of `program`: its declared dependencies, and the data edges `deps` found that are
 * not declared (waited for by a barrier, the sync convert-tensor-to-block declares).
 */
export function tileGraph(program: Operation, deps: BlockDependency): TileGraph {
  const tiles = programTiles(program);
  const names = tiles.map(tileName);
  const index = new Map(names.map((n, i) => [n, i]));
  const byPair = tiles.map(() => new Map<number, SyncKind>());
  for (const e of programDeps(program)) {
    const [p, c] = [index.get(e.producer), index.get(e.consumer)];
    if (p !== undefined && c !== undefined) byPair[c].set(p, e.sync);
  }
  tiles.forEach((t, c) => {
    for (const e of deps.edgesInto(t)) {
      const p = index.get(e.producer.name);
      if (p !== undefined && !byPair[c].has(p)) byPair[c].set(p, 'barrier');
    }
  });
  const preds = byPair.map((m) => [...m].map(([from, sync]) => ({ from, sync })));
  return { program, tiles, names, index, preds, order: topologicalOrder(preds) };
}

/** Kahn's order over `preds` (program order among ready tiles, so a program in order stays so); a cycle's tiles are left out. */
function topologicalOrder(preds: readonly (readonly InEdge[])[]): number[] {
  const waiting = preds.map((p) => p.length);
  const succ = preds.map((): number[] => []);
  preds.forEach((es, c) => es.forEach((e) => succ[e.from].push(c)));
  // A min-heap would keep program order exactly; a program's edges almost always point forward, so
  // ready tiles are taken in the order they became ready, smallest first within a batch.
  const order: number[] = [];
  let ready = waiting.flatMap((w, i) => (w === 0 ? [i] : []));
  while (ready.length) {
    const next: number[] = [];
    for (const t of ready) {
      order.push(t);
      for (const c of succ[t]) if (--waiting[c] === 0) next.push(c);
    }
    ready = next.sort((a, b) => a - b);
  }
  return order;
}
