// Verifiers of block.tile (tile sizes, grid, footprints in range and as declared, the body, fused TEs) and
// block.program (its body, tile names, dependency edges and their acyclicity).
import { OpResult, RankedTensorType, type Operation, type Value } from '../../lib/ir/index.js';
import { computeBounds, computeIterators, inputMaps } from '../tensor/index.js';
import { SYNC_KINDS, isTile, programDeps, programTiles, tileComputes, tileGrid, tileName, tileReads, tileSharedMemory, tileSizes } from './tile.js';
import { fusedFigures } from './fused-figures.js';
import { fusedPlan } from './tile-regions.js';
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

/** The block.tile verifier (runs after the body's tensor.compute ops verified). */
export function verifyTile(op: Operation): boolean {
  const ops = op.regions[0].entry?.operations ?? [];
  const tes = tileComputes(op);
  if (!tes.length || ops.length !== tes.length + 1 || ops[ops.length - 1].name.name !== 'block.yield') {
    return fail(op, "expects its body to hold 'tensor.compute' ops and a 'block.yield' of what leaves the tile");
  }
  if (!verifyYield(op, 'a tile yields the results of its tensor.compute ops')) return false;
  const te = tes[tes.length - 1];
  const yielded = ops[ops.length - 1].operands;
  if (yielded.length < te.numResults || te.results.some((r, i) => yielded[i] !== r)) {
    return fail(op, tes.length === 1 ? 'must yield the results of its tensor.compute, in order' : 'must yield the results of its anchor (last) tensor.compute first, in order');
  }
  const fused = new Set(tes.slice(0, -1));
  const extra = yielded.slice(te.numResults);
  if (extra.some((v) => !(v instanceof OpResult) || !fused.has(v.owner))) return fail(op, 'yields a value that is not a result of one of its fused tensor.compute ops');
  if (new Set(extra).size !== extra.length) return fail(op, 'yields a fused result twice');
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
  return tes.length === 1 ? verifyFootprints(op, te, bounds, tile) : verifyFused(op, tes, new Set(yielded), tile);
}

/** Whether every tile's footprints of `te`'s inputs lie inside them (`which` names the TE in messages). */
function inRange(op: Operation, te: Operation, which: string): boolean {
  const maps = inputMaps(te);
  // Every tile's footprint lies inside the union over the domain, so one check covers them all.
  const domain: Box = computeBounds(te).map((b) => ({ lo: 0, hi: b - 1 }));
  for (let i = 0; i < maps.length; i++) {
    const inShape = (te.operand(i).type as RankedTensorType).shape;
    const whole = footprint(maps[i], domain);
    for (let r = 0; r < whole.length; r++) {
      if (whole[r].lo < 0 || whole[r].hi >= inShape[r]) {
        return fail(op, `footprint of input #${i}${which} reaches [${whole[r].lo}, ${whole[r].hi}] in dimension ${r}, outside the input's [0, ${inShape[r] - 1}]`);
      }
    }
  }
  return true;
}

/** Footprints: within each input for every tile, and as declared in `reads`. */
function verifyFootprints(op: Operation, te: Operation, bounds: readonly number[], tile: readonly number[]): boolean {
  const maps = inputMaps(te);
  const reads = tileReads(op);
  if (reads.length !== maps.length) return fail(op, `declares ${reads.length} footprints but its TE has ${maps.length} inputs`);
  if (!inRange(op, te, '')) return false;
  for (let i = 0; i < maps.length; i++) {
    const inShape = (te.operand(i).type as RankedTensorType).shape;
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

/** A fused tile: its plan, every TE's footprints, `reads` TE by TE, coverage of what leaves, and the staged intermediates in `smem`. */
function verifyFused(op: Operation, tes: readonly Operation[], yielded: ReadonlySet<Value>, tile: readonly number[]): boolean {
  const plan = fusedPlan(tes);
  if (typeof plan === 'string') return fail(op, plan);
  for (let k = 0; k < tes.length; k++) if (!inRange(op, tes[k], ` of TE #${k}`)) return false;
  const figures = fusedFigures(plan, tile, (k, r) => yielded.has(tes[k].result(r)));
  const reads = tileReads(op);
  if (reads.length !== figures.reads.length) return fail(op, `declares ${reads.length} footprints but its TEs have ${figures.reads.length} inputs`);
  let at = 0;
  for (let k = 0; k < tes.length; k++) {
    for (let i = 0; i < tes[k].numOperands; i++, at++) {
      if (reads[at].join() !== figures.reads[at].join()) {
        return fail(op, `footprint of input #${i} of TE #${k} is declared ${shape(reads[at]) || '(rank 0)'} but the tile reads ${shape(figures.reads[at]) || '(rank 0)'}`);
      }
    }
  }
  const u = figures.uncovered;
  if (u) return fail(op, `fused TE #${u.te}'s result #${u.result} leaves the tile but its computed boxes cover only ${u.covered} of its ${u.total} elements`);
  const smem = tileSharedMemory(op);
  if (smem < figures.intermediateBytes) return fail(op, `smem ${smem} is less than the ${figures.intermediateBytes} bytes its fused intermediates stage on chip`);
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
