// The block-dependency analysis: for every producer→consumer edge of a block program and every
// consumer tile, the box of producer tiles whose outputs its footprint intersects; each edge
// classified identity / bounded / slab / all, and pairs of tiles with no path between them `none`.
import { AffineDimExpr, type AffineMap } from '../../../lib/affine/index.js';
import { OpResult, type Operation } from '../../../lib/ir/index.js';
import { computeBounds, inputMaps, outputMaps } from '../../tensor/index.js';
import { elementBytes } from '../../tensor/analysis/te.js';
import { programTiles, tileCompute, tileName, tileSizes } from '../tile.js';
import { footprint, gridOf, tileBox, tileCount, tilePosition, type Box } from '../tiling.js';

/** How the tiles of a consumer depend on the tiles of a producer (see docs/design/block-dialect.md). */
export type EdgeClass = 'identity' | 'bounded' | 'slab' | 'all' | 'none';

/** A tiled TE as the analysis sees it. */
export interface TileNode {
  readonly op: Operation;
  readonly name: string;
  /** Its position among all the tiles the analysis saw. */
  readonly index: number;
  readonly program: Operation;
  readonly compute: Operation;
  readonly bounds: readonly number[];
  readonly tile: readonly number[];
  readonly grid: readonly number[];
  /** The number of tiles of the grid. */
  readonly count: number;
  /** The TE's input and output maps (read once: the accessors decode attributes). */
  readonly inputMaps: readonly AffineMap[];
  readonly outputMaps: readonly AffineMap[];
}

/** A producer→consumer edge: the consumer's inputs that read the producer's results. */
export interface BlockEdge {
  readonly producer: TileNode;
  readonly consumer: TileNode;
  /** Pairs (consumer input position, producer result position). */
  readonly reads: readonly (readonly [number, number])[];
  readonly kind: Exclude<EdgeClass, 'none'>;
  /** Producer tiles per consumer tile, smallest and largest. */
  readonly fanInMin: number;
  readonly fanInMax: number;
  /** Producer tiles summed over the consumer tiles: the flag waits of a flags sync. */
  readonly fanInSum: number;
  /** Bytes all consumer tiles read from the producer's results (footprint volumes, halos counted for each tile). */
  readonly bytes: number;
}

/** The inclusive range of producer tiles along each producer grid dimension. */
export type TileBox = Box;

/** Whether every result of `map` is a distinct bare dim (a projected permutation), by result. */
function dimResults(map: AffineMap): number[] | undefined {
  const dims = map.results.map((e) => (e instanceof AffineDimExpr ? e.position : -1));
  return dims.every((d, r) => d >= 0 && dims.indexOf(d) === r) ? dims : undefined;
}

function hull(a: TileBox | undefined, b: TileBox): TileBox {
  return a ? a.map((x, d) => ({ lo: Math.min(x.lo, b[d].lo), hi: Math.max(x.hi, b[d].hi) })) : b;
}

function volume(box: Box): number {
  let n = 1;
  for (const i of box) n *= Math.max(0, i.hi - i.lo + 1);
  return n;
}

/** The producer tiles a region of one of its outputs needs, and the producer grid dims along which it needs the whole output. */
export interface ProducerTiles {
  readonly box: TileBox;
  readonly whole: readonly boolean[];
}

/**
 * The producer tiles whose part of output `result` intersects `region` (a box of that output's
 * elements): the hull of their grid positions, or undefined when there are none.
 */
export function producerTilesFor(producer: TileNode, result: number, region: Box): ProducerTiles | undefined {
  const map = producer.outputMaps[result];
  const { grid, tile, bounds } = producer;
  const dims = dimResults(map);
  if (dims) {
    // Output dim r is domain dim dims[r]: the tiles along it are those its interval touches.
    const box = grid.map((g) => ({ lo: 0, hi: g - 1 }));
    const whole = grid.map(() => false);
    for (let r = 0; r < dims.length; r++) {
      const d = dims[r];
      const lo = Math.max(0, Math.floor(region[r].lo / tile[d]));
      const hi = Math.min(grid[d] - 1, Math.floor(region[r].hi / tile[d]));
      if (lo > hi) return undefined;
      box[d] = { lo, hi };
      whole[d] = region[r].lo <= 0 && region[r].hi >= bounds[d] - 1;
    }
    return { box, whole };
  }
  // Any other output map: test each producer tile's written region.
  let found: TileBox | undefined;
  const n = tileCount(grid);
  for (let t = 0; t < n; t++) {
    const pos = tilePosition(grid, t);
    const written = footprint(map, tileBox(bounds, tile, pos));
    if (written.every((w, r) => w.lo <= region[r].hi && region[r].lo <= w.hi)) found = hull(found, pos.map((p) => ({ lo: p, hi: p })));
  }
  return found && { box: found, whole: found.map((i, d) => i.hi - i.lo + 1 === grid[d]) };
}

/** Block-level dependencies of every block.program in the analysed op. */
export class BlockDependency {
  static readonly analysisName = 'BlockDependency';
  readonly tiles: TileNode[] = [];
  readonly edges: BlockEdge[] = [];
  private readonly byOp = new Map<Operation, TileNode>();
  private readonly into = new Map<TileNode, BlockEdge[]>();
  private reach: Uint32Array[] | undefined;

  constructor(root: Operation) {
    const programs: Operation[] = [];
    root.walk((op) => {
      if (op.name.name !== 'block.program') return;
      programs.push(op);
      return 'skip';
    }, 'pre');
    for (const program of programs) {
      for (const op of programTiles(program)) this.addTile(program, op);
    }
  }

  private addTile(program: Operation, op: Operation): void {
    const compute = tileCompute(op);
    if (!compute) return;
    const bounds = computeBounds(compute);
    const tile = tileSizes(op);
    const grid = gridOf(bounds, tile);
    const node: TileNode = {
      op, name: tileName(op), index: this.tiles.length, program, compute, bounds, tile, grid, count: tileCount(grid),
      inputMaps: inputMaps(compute), outputMaps: outputMaps(compute),
    };
    this.tiles.push(node);
    this.byOp.set(op, node);
    const reads = new Map<TileNode, [number, number][]>();
    compute.operands.forEach((v, i) => {
      const producer = v instanceof OpResult ? this.byOp.get(v.owner) : undefined;
      if (!producer || producer.program !== program) return;
      const list = reads.get(producer) ?? reads.set(producer, []).get(producer)!;
      list.push([i, (v as OpResult).index]);
    });
    const edges = [...reads].map(([producer, pairs]) => summarise(producer, node, pairs));
    this.into.set(node, edges);
    this.edges.push(...edges);
  }

  /** The analysed tile of a block.tile op. */
  node(op: Operation): TileNode | undefined {
    return this.byOp.get(op);
  }

  /** The edges into a consumer tile op. */
  edgesInto(consumer: Operation): readonly BlockEdge[] {
    const n = this.byOp.get(consumer);
    return (n && this.into.get(n)) ?? [];
  }

  /** The edge from `producer` to `consumer`, if the consumer reads the producer. */
  edge(producer: Operation, consumer: Operation): BlockEdge | undefined {
    return this.edgesInto(consumer).find((e) => e.producer.op === producer);
  }

  /** The producer tiles consumer tile number `t` of `edge` needs (the hull over the inputs that read it). */
  producerTiles(edge: BlockEdge, t: number): TileBox | undefined {
    return edgeBox(edge.producer, edge.consumer, edge.reads, tilePosition(edge.consumer.grid, t)).tiles?.box;
  }

  /** The class of the relation between two tiles: the edge's class, `none` when no path joins them, undefined for an indirect path. */
  classOf(a: Operation, b: Operation): EdgeClass | undefined {
    const direct = this.edge(a, b) ?? this.edge(b, a);
    if (direct) return direct.kind;
    const x = this.byOp.get(a);
    const y = this.byOp.get(b);
    if (!x || !y) return undefined;
    return this.independent(x, y) ? 'none' : undefined;
  }

  /** Whether no path of edges joins the two tiles in either direction. */
  independent(a: TileNode, b: TileNode): boolean {
    if (a === b) return false;
    const reach = (this.reach ??= this.reachability());
    return !has(reach[a.index], b.index) && !has(reach[b.index], a.index);
  }

  /** The pairs of tiles of one program with no path between them, in program order. */
  independentPairs(): [TileNode, TileNode][] {
    const pairs: [TileNode, TileNode][] = [];
    for (let i = 0; i < this.tiles.length; i++) {
      for (let j = i + 1; j < this.tiles.length; j++) {
        const [a, b] = [this.tiles[i], this.tiles[j]];
        if (a.program === b.program && this.independent(a, b)) pairs.push([a, b]);
      }
    }
    return pairs;
  }

  // reach[i] holds the tiles reachable from tile i (its transitive consumers); tiles are in
  // program order, which is a topological order of the edges, so one backward sweep fills it.
  private reachability(): Uint32Array[] {
    const words = (this.tiles.length + 31) >>> 5;
    const reach = this.tiles.map(() => new Uint32Array(words));
    const out = this.tiles.map((): number[] => []);
    for (const e of this.edges) out[e.producer.index].push(e.consumer.index);
    for (let i = this.tiles.length - 1; i >= 0; i--) {
      for (const c of out[i]) {
        reach[i][c >>> 5] |= 1 << (c & 31);
        const rc = reach[c];
        for (let w = 0; w < words; w++) reach[i][w] |= rc[w];
      }
    }
    return reach;
  }
}

function has(bits: Uint32Array, i: number): boolean {
  return (bits[i >>> 5] & (1 << (i & 31))) !== 0;
}

/** The producer tiles one consumer tile needs over the given reads, and the bytes it reads from the producer. */
function edgeBox(producer: TileNode, consumer: TileNode, reads: readonly (readonly [number, number])[], pos: readonly number[]): { tiles: ProducerTiles | undefined; bytes: number } {
  const maps = consumer.inputMaps;
  const box = tileBox(consumer.bounds, consumer.tile, pos);
  let found: ProducerTiles | undefined;
  let bytes = 0;
  for (const [input, result] of reads) {
    const region = footprint(maps[input], box);
    bytes += volume(region) * elementBytes(consumer.compute.operand(input).type);
    const b = producerTilesFor(producer, result, region);
    if (b) found = found ? { box: hull(found.box, b.box), whole: found.whole.map((w, d) => w || b.whole[d]) } : b;
  }
  return { tiles: found, bytes };
}

/** Walks every consumer tile of an edge and classifies it. */
function summarise(producer: TileNode, consumer: TileNode, reads: readonly (readonly [number, number])[]): BlockEdge {
  let fanInMin = Infinity;
  let fanInMax = 0;
  let fanInSum = 0;
  let bytes = 0;
  let allWhole = true;
  let anySlab = false;
  const distinct = new Set<string>();
  for (let t = 0; t < consumer.count; t++) {
    const r = edgeBox(producer, consumer, reads, tilePosition(consumer.grid, t));
    bytes += r.bytes;
    const box = r.tiles?.box;
    const fanIn = box ? volume(box) : 0;
    fanInMin = Math.min(fanInMin, fanIn);
    fanInMax = Math.max(fanInMax, fanIn);
    fanInSum += fanIn;
    if (!box) {
      allWhole = false;
      continue;
    }
    if (fanIn === 1) distinct.add(box.map((i) => i.lo).join());
    if (fanIn !== producer.count) allWhole = false;
    // A slab needs a whole row or column band: the whole output along a dimension of several tiles.
    if (r.tiles!.whole.some((w, d) => w && producer.grid[d] > 1)) anySlab = true;
  }
  const identity = fanInMax === 1 && fanInMin === 1 && consumer.count === producer.count && distinct.size === consumer.count;
  const kind = identity ? 'identity' : allWhole ? 'all' : anySlab ? 'slab' : 'bounded';
  return { producer, consumer, reads, kind, fanInMin: consumer.count ? fanInMin : 0, fanInMax, fanInSum, bytes };
}
