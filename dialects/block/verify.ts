// Verifiers of block.tile (tile sizes, grid, footprints in range and as declared, the body) and
// block.program (its body, tile names, dependency edges and their acyclicity).
import { RankedTensorType, type Operation } from '../../lib/ir/index.js';
import { computeBounds, computeIterators, inputMaps } from '../tensor/index.js';
import { SYNC_KINDS, isTile, programDeps, programTiles, tileCompute, tileGrid, tileName, tileReads, tileSizes } from './tile.js';
import { footprint, footprintExtent, gridOf, type Box } from './tiling.js';
import { verifyLaunches } from './verify-schedule.js';

const fail = (op: Operation, message: string): false => (op.emitOpError(message), false);
const shape = (xs: readonly number[]) => xs.join('x');

/** Whether the body's block is exactly [first op(s)..., block.yield of `values`] with the op's result types. */
function verifyYield(op: Operation, what: string): boolean {
  const last = op.regions[0].entry?.last;
  if (last?.name.name !== 'block.yield') return fail(op, `expects its body to end in 'block.yield'`);
  const types = last.operandTypes;
  if (types.length !== op.numResults || types.some((t, i) => t !== op.result(i).type)) {
    return fail(op, `yields (${types.join(', ')}) but its results are (${op.resultTypes.join(', ')}); ${what}`);
  }
  return true;
}

/** The block.tile verifier (runs after the body's tensor.compute verified). */
export function verifyTile(op: Operation): boolean {
  const te = tileCompute(op);
  const ops = op.regions[0].entry?.operations ?? [];
  if (!te || ops.length !== 2) return fail(op, "expects its body to hold one 'tensor.compute' and a 'block.yield' of its results");
  if (!verifyYield(op, 'a tile yields the results of its tensor.compute')) return false;
  const yielded = ops[1].operands;
  if (yielded.some((v, i) => v !== te.result(i)) || yielded.length !== te.numResults) return fail(op, 'must yield the results of its tensor.compute, in order');
  const bounds = computeBounds(te);
  const iterators = computeIterators(te);
  const tile = tileSizes(op);
  if (tile.length !== bounds.length) return fail(op, `has ${tile.length} tile sizes but its TE's domain has rank ${bounds.length}`);
  for (let d = 0; d < tile.length; d++) {
    if (tile[d] < 1) return fail(op, `tile size of dimension ${d} must be positive, got ${tile[d]}`);
    if (tile[d] > bounds[d]) return fail(op, `tile size ${tile[d]} of dimension ${d} is larger than the domain (${bounds[d]}); use ${bounds[d]}`);
    if (iterators[d] === 'reduction' && tile[d] !== bounds[d]) {
      return fail(op, `tile size ${tile[d]} splits reduction dimension ${d}; a tile reduces over the whole extent (${bounds[d]})`);
    }
  }
  const grid = gridOf(bounds, tile);
  const declaredGrid = tileGrid(op);
  if (declaredGrid.join() !== grid.join()) return fail(op, `grid [${declaredGrid.join(', ')}] does not match the tiling; expected [${grid.join(', ')}]`);
  return verifyFootprints(op, te, bounds, tile);
}

/** Footprints: within each input for every tile, and as declared in `reads`. */
function verifyFootprints(op: Operation, te: Operation, bounds: readonly number[], tile: readonly number[]): boolean {
  const maps = inputMaps(te);
  const reads = tileReads(op);
  if (reads.length !== maps.length) return fail(op, `declares ${reads.length} footprints but its TE has ${maps.length} inputs`);
  const domain: Box = bounds.map((b) => ({ lo: 0, hi: b - 1 }));
  for (let i = 0; i < maps.length; i++) {
    const inShape = (te.operand(i).type as RankedTensorType).shape;
    // Every tile's footprint lies inside the union over the domain, so one check covers them all.
    const whole = footprint(maps[i], domain);
    for (let r = 0; r < whole.length; r++) {
      if (whole[r].lo < 0 || whole[r].hi >= inShape[r]) {
        return fail(op, `footprint of input #${i} reaches [${whole[r].lo}, ${whole[r].hi}] in dimension ${r}, outside the input's [0, ${inShape[r] - 1}]`);
      }
    }
    if (reads[i].some((x, r) => x > inShape[r])) {
      return fail(op, `footprint of input #${i} (${shape(reads[i])}) is larger than the input (${shape(inShape)})`);
    }
    const extent = footprintExtent(maps[i], bounds, tile);
    if (reads[i].join() !== extent.join()) {
      return fail(op, `footprint of input #${i} is declared ${shape(reads[i]) || '(rank 0)'} but a ${shape(tile)} tile reads ${shape(extent) || '(rank 0)'}`);
    }
  }
  return true;
}

/** The block.program verifier: body of tiles, unique names, well-formed and acyclic dependencies. */
export function verifyProgram(op: Operation): boolean {
  const ops = op.regions[0].entry?.operations ?? [];
  const stray = ops.find((o, i) => !isTile(o) && !(i === ops.length - 1 && o.name.name === 'block.yield'));
  if (stray) return fail(op, `expects only 'block.tile' ops and a final 'block.yield' in its body, found '${stray.name.name}'`);
  if (!verifyYield(op, 'a program yields the tiles\' results it returns')) return false;
  const index = new Map<string, number>();
  for (const t of programTiles(op)) {
    const name = tileName(t);
    if (index.has(name)) return fail(op, `has two tiles named '@${name}'`);
    index.set(name, index.size);
  }
  const succ: number[][] = [...index.keys()].map(() => []);
  const seen = new Set<string>();
  for (const e of programDeps(op)) {
    const text = `'@${e.producer} -> @${e.consumer}'`;
    const p = index.get(e.producer);
    const c = index.get(e.consumer);
    if (p === undefined || c === undefined) return fail(op, `dependency ${text} names no tile '@${p === undefined ? e.producer : e.consumer}' of this program`);
    if (!SYNC_KINDS.includes(e.sync)) return fail(op, `dependency ${text} has unknown synchronisation '${e.sync}'; expected one of ${SYNC_KINDS.join(', ')}`);
    if (p === c) return fail(op, `dependency ${text} is a self-dependency`);
    if (seen.has(`${p},${c}`)) return fail(op, `dependency ${text} is declared twice`);
    seen.add(`${p},${c}`);
    succ[p].push(c);
  }
  const cycle = findCycle(succ);
  if (cycle) {
    const names = [...index.keys()];
    return fail(op, `has cyclic dependencies: ${[...cycle, cycle[0]].map((t) => '@' + names[t]).join(' -> ')}`);
  }
  return verifyLaunches(op);
}

/** A cycle of the graph (as its nodes in order), or undefined; iterative DFS so large programs cannot overflow the stack. */
export function findCycle(succ: readonly (readonly number[])[]): number[] | undefined {
  const state = new Uint8Array(succ.length); // 0 new, 1 on the stack, 2 done
  const parent = new Int32Array(succ.length).fill(-1);
  for (let root = 0; root < succ.length; root++) {
    if (state[root]) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [n, k] = top;
      if (k === succ[n].length) {
        state[n] = 2;
        stack.pop();
        continue;
      }
      top[1]++;
      const m = succ[n][k];
      if (state[m] === 1) {
        const cycle = [n];
        for (let x = n; x !== m; ) cycle.unshift((x = parent[x]));
        return cycle;
      }
      if (state[m] === 0) {
        state[m] = 1;
        parent[m] = n;
        stack.push([m, 0]);
      }
    }
  }
  return undefined;
}
