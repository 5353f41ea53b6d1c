// The gpu interpreter's subgroup mma ops. A fragment is one warp-shared value (MmaFragment): the
// warp-collective ops (load_matrix, compute, store_matrix) run once per warp when all 32 lanes
// have arrived with the same operands; constant_matrix and elementwise are per-lane register
// arithmetic, which every lane computes alike.
import { FloatType, IntegerAttr, type Operation, type Type } from '../../lib/ir/index.js';
import { MemRefValue, checkLive, checkWritable, type Interpreter, type InterpreterImpls, type RtValue, type RuntimeObject } from '../../lib/interp/index.js';
import { maxnum, minnum, roundTo, floatFormat, type FloatFormat } from '../../lib/interp/scalar/index.js';
import { KeywordEnumAttr } from './attrs.js';
import { MmaMatrixType } from './types-mma.js';

/** A warp's matrix fragment: the whole M x N matrix, row-major, in the fragment's float format. */
export class MmaFragment implements RuntimeObject {
  readonly kind = 'gpu.mma_matrix';
  constructor(
    readonly type: MmaMatrixType,
    readonly data: Float64Array,
  ) {}
  get rows(): number {
    return this.type.shape[0];
  }
  get cols(): number {
    return this.type.shape[1];
  }
}

/** The float format of a fragment or memref element type; integer fragments are an error. */
function formatOf(interp: Interpreter, op: Operation, t: Type): FloatFormat {
  const f = t instanceof FloatType ? floatFormat(t.name) : undefined;
  return f ?? interp.error(op, `the gpu interpreter runs mma matrices of floats only, not '${t}'`);
}

function matrixType(op: Operation, which: 'result' | number): MmaMatrixType {
  return (which === 'result' ? op.result(0).type : op.operand(which).type) as MmaMatrixType;
}

const WARP = 32;

const sameMemRef = (a: RtValue, b: RtValue): boolean => a instanceof MemRefValue && b instanceof MemRefValue && a.allocation === b.allocation && a.offset === b.offset;

/** Lanes compute constant and elementwise fragments each for itself: equal contents are the same fragment. */
function sameFragment(a: RtValue, b: RtValue): boolean {
  if (!(a instanceof MmaFragment && b instanceof MmaFragment) || a.type !== b.type) return false;
  return a.data.every((x, i) => Object.is(x, b.data[i]));
}

/** Every lane must be there, with the same operands: a warp-collective op takes warp-uniform values. */
function uniformArgs(interp: Interpreter, op: Operation, lanes: readonly (readonly RtValue[])[]): readonly RtValue[] {
  if (lanes.length !== WARP) interp.error(op, `'${op.name.name}' needs all ${WARP} lanes of a warp, but this warp has ${lanes.length} threads`);
  const first = lanes[0];
  for (let l = 1; l < lanes.length; l++) {
    for (let i = 0; i < first.length; i++) {
      const a = first[i];
      const b = lanes[l][i];
      const same = a === b || sameMemRef(a, b) || sameFragment(a, b);
      if (!same) interp.error(op, `lane ${l} passes a different operand #${i} than lane 0 (the operands of a warp-collective op must be the same in every lane)`);
    }
  }
  return first;
}

/**
 * Where element (r, c) of a matrix at `indices` of `m` lies in its buffer: row r starts
 * `leadDimension` elements after row r - 1 (column c, when transposed), as the CUDA and NVVM
 * lowerings address it. Out-of-memref elements are errors.
 */
function addresser(interp: Interpreter, op: Operation, m: MemRefValue, indices: readonly RtValue[], rows: number, cols: number): (r: number, c: number) => number {
  checkLive(interp, op, m);
  const ld = Number((op.getAttr('leadDimension') as IntegerAttr).value);
  const transpose = op.getAttr('transpose') !== undefined;
  let base = m.offset;
  let last = m.offset;
  for (let d = 0; d < m.shape.length; d++) {
    const x = Number(indices[d] as bigint);
    if (x < 0 || x >= m.shape[d]) interp.error(op, `index [${indices.map(String).join(', ')}] is out of bounds for a memref of shape [${m.shape.join(', ')}]`);
    base += x * m.strides[d];
    last += (m.shape[d] - 1) * m.strides[d];
  }
  const end = base + (transpose ? (cols - 1) * ld + rows - 1 : (rows - 1) * ld + cols - 1);
  if (end > last) {
    interp.error(op, `the ${rows}x${cols} matrix at [${indices.map(String).join(', ')}] with leading dimension ${ld} reaches past the end of a memref of shape [${m.shape.join(', ')}]`);
  }
  return transpose ? (r, c) => base + c * ld + r : (r, c) => base + r * ld + c;
}

function loadMatrix(interp: Interpreter, op: Operation, args: readonly RtValue[]): RtValue {
  const type = matrixType(op, 'result');
  const [rows, cols] = type.shape;
  const m = args[0] as MemRefValue;
  const at = addresser(interp, op, m, args.slice(1), rows, cols);
  const f = formatOf(interp, op, type.elementType);
  formatOf(interp, op, m.elementType);
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) data[r * cols + c] = roundTo(f, m.allocation.data.get(at(r, c)) as number);
  return new MmaFragment(type, data);
}

function storeMatrix(interp: Interpreter, op: Operation, args: readonly RtValue[]): void {
  const frag = args[0] as MmaFragment;
  const m = args[1] as MemRefValue;
  checkWritable(interp, op, m);
  const at = addresser(interp, op, m, args.slice(2), frag.rows, frag.cols);
  const f = formatOf(interp, op, m.elementType);
  for (let r = 0; r < frag.rows; r++) for (let c = 0; c < frag.cols; c++) m.allocation.data.set(at(r, c), roundTo(f, frag.data[r * frag.cols + c]));
}

/**
 * D = A B + C. Products of f16 (or f32) elements are exact in doubles; each accumulation step
 * rounds once to C's format, in k order (a tensor core adds at least this precisely).
 */
function compute(interp: Interpreter, op: Operation, args: readonly RtValue[]): RtValue {
  if (op.getAttr('a_transpose') || op.getAttr('b_transpose')) interp.error(op, 'the gpu interpreter does not run a_transpose or b_transpose (transpose at load_matrix instead)');
  const [a, b, c] = args as MmaFragment[];
  formatOf(interp, op, a.type.elementType);
  formatOf(interp, op, b.type.elementType);
  const f = formatOf(interp, op, c.type.elementType);
  const [M, N, K] = [c.rows, c.cols, a.cols];
  const out = new Float64Array(M * N);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let acc = c.data[i * N + j];
      for (let k = 0; k < K; k++) acc = roundTo(f, acc + a.data[i * K + k] * b.data[k * N + j]);
      out[i * N + j] = acc;
    }
  }
  return new MmaFragment(c.type, out);
}

/** Results of a warp-collective mma op for every lane (the lanes get the one shared fragment). */
function warpOp(run: (interp: Interpreter, op: Operation, args: readonly RtValue[]) => RtValue | void) {
  return (interp: Interpreter, op: Operation, lanes: readonly (readonly RtValue[])[]): RtValue[][] => {
    const out = run(interp, op, uniformArgs(interp, op, lanes));
    const results = out === undefined ? [] : [out];
    return lanes.map(() => results);
  };
}

/** The warp-collective mma ops, run by the scheduler when a whole warp has arrived. */
export const MMA_WARP_OPS = {
  'gpu.subgroup_mma_load_matrix': warpOp(loadMatrix),
  'gpu.subgroup_mma_store_matrix': warpOp(storeMatrix),
  'gpu.subgroup_mma_compute': warpOp(compute),
};

type Elementwise = (f: FloatFormat, xs: readonly number[]) => number;

const ELEMENTWISE: Record<string, Elementwise> = {
  addf: (f, [a, b]) => roundTo(f, a + b),
  subf: (f, [a, b]) => roundTo(f, a - b),
  mulf: (f, [a, b]) => roundTo(f, a * b),
  divf: (f, [a, b]) => roundTo(f, a / b),
  maxf: (_f, [a, b]) => maxnum(a, b),
  minf: (_f, [a, b]) => minnum(a, b),
  negatef: (_f, [a]) => -a,
  extf: (f, [a]) => roundTo(f, a),
};

/** The per-lane mma ops (constant_matrix, elementwise). */
export function mmaInterpreter(): InterpreterImpls {
  return {
    'gpu.subgroup_mma_constant_matrix': (op, args, interp) => {
      const type = matrixType(op, 'result');
      formatOf(interp, op, type.elementType);
      return [new MmaFragment(type, new Float64Array(type.shape[0] * type.shape[1]).fill(args[0] as number))];
    },
    'gpu.subgroup_mma_elementwise': (op, args, interp) => {
      const kind = (op.getAttr('opType') as KeywordEnumAttr).value;
      const g = ELEMENTWISE[kind];
      if (!g) return interp.error(op, `the gpu interpreter runs float elementwise mma ops only, not '${kind}'`);
      const type = matrixType(op, 'result');
      const f = formatOf(interp, op, type.elementType);
      const frags = args as MmaFragment[];
      if (frags.some((x) => x.rows !== type.shape[0] || x.cols !== type.shape[1])) interp.error(op, 'operands and result of an elementwise mma op must have one shape');
      const out = new Float64Array(type.shape[0] * type.shape[1]);
      for (let i = 0; i < out.length; i++) out[i] = g(f, frags.map((x) => x.data[i]));
      return [new MmaFragment(type, out)];
    },
  };
}
