// The block-dependency analysis: for every producer→consumer edge of a block program (between
// tiles, fused ones included) and every consumer tile, the box of producer tiles whose written
// regions its footprints intersect; each edge
// classified identity / bounded / slab / all, and pairs of tiles with no path between them `none`.
import { AffineDimExpr, type AffineMap } from '../../../lib/affine/index.js';
import { OpResult, RankedTensorType, type Operation } from '../../../lib/ir/index.js';
import { computeBounds, inputMaps, outputMaps } from '../../tensor/index.js';
import { elementBytes } from '../../tensor/analysis/te.js';
import { programTiles, programsUnder, tileCompute, tileComputes, tileName, tileSizes, tileYielded } from '../tile.js';
import { FusedTiling } from '../fused-figures.js';
import { fusedPlan, type FusedPlan } from '../tile-regions.js';
import { footprint, gridOf, tileBox, tileCount, tileNumber, tilePosition, type Box } from '../tiling.js';

/** How the tiles of a consumer depend on the tiles of a producer (see docs/design/block-dialect.md). */
export type EdgeClass = 'identity' | 'bounded' | 'slab' | 'all' | 'none';

/** A tiled TE as the analysis sees it. */
export interface TileNode {
  readonly op: Operation;
  readonly name: string;
  /** Its position among all the tiles the analysis saw. */
  readonly index: number;
  readonly program: Operation;
  /** The anchor TE (the last of the tile's TEs), whose domain the grid tiles. */
  readonly compute: Operation;
  /** Every TE of the tile, in order (several after block-fuse). */
  readonly tes: readonly Operation[];
  /** How a fused tile computes its TEs per anchor tile; undefined for a one-TE tile. */
  readonly plan: FusedPlan | undefined;
  /** The plan on the tile's tiling, with each anchor tile's computed boxes once found; undefined for a one-TE tile. */
  readonly tiling: FusedTiling | undefined;
  /** For each result of the tile, the TE (position in `tes`) and its result that it yields. */
  readonly yielded: readonly (readonly [number, number])[];
  readonly bounds: readonly number[];
  readonly tile: readonly number[];
  readonly grid: readonly number[];
  /** The number of tiles of the grid. */
  readonly count: number;
  /** The anchor TE's input and output maps (read once: the accessors decode attributes). */
  readonly inputMaps: readonly AffineMap[];
  readonly outputMaps: readonly AffineMap[];
}

/** A read across an edge: input `input` of the consumer's TE `te` (position in its tile) reads the producer tile's result `result`. */
export interface EdgeRead {
  readonly te: number;
  readonly input: number;
  readonly result: number;
}

/** A producer→consumer edge: the consumer's inputs that read the producer's results. */
export interface BlockEdge {
  readonly producer: TileNode;
  readonly consumer: TileNode;
  readonly reads: readonly EdgeRead[];
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

const projections = new WeakMap<AffineMap, readonly number[] | null>();

/** Whether every result of `map` is a distinct bare dim (a projected permutation), by result (cached: maps are uniqued). */
function dimResults(map: AffineMap): readonly number[] | undefined {
  let dims = projections.get(map);
  if (dims === undefined) {
    const all = map.results.map((e) => (e instanceof AffineDimExpr ? e.position : -1));
    dims = all.every((d, r) => d >= 0 && all.indexOf(d) === r) ? all : null;
    projections.set(map, dims);
  }
  return dims ?? undefined;
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
  const [te, r] = producer.yielded[result] ?? [producer.tes.length - 1, result];
  if (te !== producer.tes.length - 1) return fusedWriters(producer, te, r, region);
  const map = producer.outputMaps[r];
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

/** What the anchor tiles of a fused tile write of one result of one of its TEs. */
interface Written {
  /** By anchor tile. */
  readonly regions: Box[];
  /** Per grid dim of several tiles, the result dims in which its first and last tile write different parts. */
  readonly moving: (readonly number[] | undefined)[];
}

/** Per fused tile, TE and result: what each anchor tile writes (found once, by walking the tiles). */
const writtenCache = new WeakMap<TileNode, Map<string, Written>>();

/** The tiles of a fused producer that write part of `region` of its TE `te`'s result `r` (every tile's computed box tested). */
function fusedWriters(producer: TileNode, te: number, r: number, region: Box): ProducerTiles | undefined {
  const cache = writtenCache.get(producer) ?? writtenCache.set(producer, new Map()).get(producer)!;
  const key = `${te},${r}`;
  const { grid } = producer;
  let cached = cache.get(key);
  if (!cached) {
    const map = producer.plan!.outputMaps[te][r];
    const regions: Box[] = [];
    for (let t = 0; t < producer.count; t++) regions.push(footprint(map, producer.tiling!.boxAt(t, te)));
    const moving = grid.map((g, d) => {
      if (g < 2) return undefined;
      const [first, last] = [0, g - 1].map((p) => regions[tileNumber(grid, grid.map((_, e) => (e === d ? p : 0)))]);
      return first.flatMap((_, q) => (first[q].lo !== last[q].lo || first[q].hi !== last[q].hi ? [q] : []));
    });
    cached = { regions, moving };
    cache.set(key, cached);
  }
  const written = cached.regions;
  // The hull of the grid positions of the tiles whose written part meets the region (plain loops: every consumer tile asks).
  const lo = grid.map(() => Infinity);
  const hi = grid.map(() => -Infinity);
  let any = false;
  for (let t = 0; t < written.length; t++) {
    const w = written[t];
    let meets = true;
    for (let q = 0; q < w.length && meets; q++) meets = w[q].lo <= region[q].hi && region[q].lo <= w[q].hi;
    if (!meets) continue;
    any = true;
    for (let d = grid.length - 1, rest = t; d >= 0; d--) {
      const p = rest % grid[d];
      rest = (rest - p) / grid[d];
      lo[d] = Math.min(lo[d], p);
      hi[d] = Math.max(hi[d], p);
    }
  }
  if (!any) return undefined;
  const found: TileBox = lo.map((l, d) => ({ lo: l, hi: hi[d] }));
  // Decided on elements, as for an anchor's result: the region covers the whole result along
  // the dims in which the first and the last tile along grid dim d write different parts.
  const shape = (producer.tes[te].result(r).type as RankedTensorType).shape;
  const whole = found.map((i, d) => {
    const moving = cached!.moving[d];
    if (!moving || i.hi - i.lo + 1 !== grid[d]) return false;
    return moving.length > 0 && moving.every((q) => region[q].lo <= 0 && region[q].hi >= shape[q] - 1);
  });
  return { box: found, whole };
}

/** The computed box of every TE of a tile at grid position `pos` (the tile box alone for a one-TE tile; shared: do not change it). */
export function tileBoxes(node: TileNode, pos: readonly number[]): readonly Box[] {
  return node.tiling ? node.tiling.boxesAt(tileNumber(node.grid, pos)) : [tileBox(node.bounds, node.tile, pos)];
}

/** The computed box of TE `te` of a tile at grid position `pos`. */
function teBox(node: TileNode, pos: readonly number[], te: number): Box {
  return node.tiling ? node.tiling.boxAt(tileNumber(node.grid, pos), te) : tileBox(node.bounds, node.tile, pos);
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
    for (const program of programsUnder(root)) {
      for (const op of programTiles(program)) this.addTile(program, op);
    }
  }

  private addTile(program: Operation, op: Operation): void {
    const node = tileNode(op, program, this.tiles.length);
    if (!node) return;
    this.tiles.push(node);
    this.byOp.set(op, node);
    const reads = new Map<TileNode, EdgeRead[]>();
    node.tes.forEach((te, k) =>
      te.operands.forEach((v, input) => {
        const producer = v instanceof OpResult ? this.byOp.get(v.owner) : undefined;
        if (!producer || producer.program !== program) return;
        const list = reads.get(producer) ?? reads.set(producer, []).get(producer)!;
        list.push({ te: k, input, result: (v as OpResult).index });
      }),
    );
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

/**
 * The analysis' view of a tile op of `program` (undefined when its body is malformed); `index`
 * numbers it. `tiling`, when given, is the fused tiling of its TEs (block-fuse made it).
 */
export function tileNode(op: Operation, program: Operation, index: number, tiling?: FusedTiling): TileNode | undefined {
  const compute = tileCompute(op);
  if (!compute) return undefined;
  const tes = tileComputes(op);
  const plan = tiling?.plan ?? (tes.length > 1 ? fusedPlan(tes) : undefined);
  if (typeof plan === 'string') return undefined;
  const position = new Map(tes.map((te, k) => [te, k]));
  const yielded = tileYielded(op).map((v): [number, number] => (v instanceof OpResult && position.has(v.owner) ? [position.get(v.owner)!, v.index] : [tes.length - 1, 0]));
  const bounds = computeBounds(compute);
  const tile = tileSizes(op);
  const grid = gridOf(bounds, tile);
  return {
    op, name: tileName(op), index, program, compute, tes, plan, yielded, bounds, tile, grid, count: tileCount(grid),
    tiling: plan && (tiling ?? new FusedTiling(plan, tile)),
    inputMaps: inputMaps(compute), outputMaps: outputMaps(compute),
  };
}

/** The edge from `producer` to `consumer` (nodes of one program), or undefined when the consumer reads none of the producer's results. */
export function edgeBetween(producer: TileNode, consumer: TileNode): BlockEdge | undefined {
  const reads: EdgeRead[] = [];
  consumer.tes.forEach((te, k) =>
    te.operands.forEach((v, input) => v instanceof OpResult && v.owner === producer.op && reads.push({ te: k, input, result: v.index })),
  );
  return reads.length ? summarise(producer, consumer, reads) : undefined;
}

function has(bits: Uint32Array, i: number): boolean {
  return (bits[i >>> 5] & (1 << (i & 31))) !== 0;
}

/** The producer tiles one consumer tile needs over the given reads, and the bytes it reads from the producer. */
function edgeBox(producer: TileNode, consumer: TileNode, reads: readonly EdgeRead[], pos: readonly number[]): { tiles: ProducerTiles | undefined; bytes: number } {
  let found: ProducerTiles | undefined;
  let bytes = 0;
  for (const { te, input, result } of reads) {
    const reader = consumer.tes[te];
    const map = consumer.plan ? consumer.plan.inputMaps[te][input] : consumer.inputMaps[input];
    const region = footprint(map, teBox(consumer, pos, te));
    bytes += volume(region) * elementBytes(reader.operand(input).type);
    const b = producerTilesFor(producer, result, region);
    if (b) found = found ? { box: hull(found.box, b.box), whole: found.whole.map((w, d) => w || b.whole[d]) } : b;
  }
  return { tiles: found, bytes };
}

/** Walks every consumer tile of an edge and classifies it. */
function summarise(producer: TileNode, consumer: TileNode, reads: readonly EdgeRead[]): BlockEdge {
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
