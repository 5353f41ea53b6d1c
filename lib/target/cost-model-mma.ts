// The cost model's rules for MLIR's warp-level matrix ops (gpu.subgroup_mma_*): FLOPs on the
// tensor cores and memory traffic per warp. Read from the generic IR (op names and the text of
// `!gpu.mma_matrix<RxCxT, "Op">`), so lib/target needs no gpu dialect.
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';
import { OpaqueType, type Type } from '../ir/types.js';
import type { PeakDtype } from './gpu-profiles.js';

/** Threads of a warp: a subgroup_mma op runs once per warp, with every lane. */
export const WARP_SIZE = 32;

/** What the warp-executions of one subgroup_mma op move and compute. */
export interface MmaCount {
  /** The memref it reads (load_matrix) or writes (store_matrix), and how many bytes. */
  readonly read?: Value;
  readonly written?: Value;
  readonly bytes: number;
  readonly flops: number;
  readonly dtype: PeakDtype;
  /** True for gpu.subgroup_mma_compute: its FLOPs run at the tensor-core peak. */
  readonly tensorCores: boolean;
}

/** Rows, columns and element type of a `!gpu.mma_matrix`. */
interface MmaMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly element: string;
}

/** The text after `!gpu.` of a dialect type (registered: its printBody; unregistered: the kept text). */
function typeBody(t: Type): string {
  if (t instanceof OpaqueType) return t.data;
  const printBody = (t as { printBody?: () => string }).printBody;
  return typeof printBody === 'function' ? printBody.call(t) : '';
}

/** The shape of an mma_matrix type, read from its text (`mma_matrix<16x16xf16, "AOp">`); undefined for anything else. */
export function mmaMatrixOf(t: Type): MmaMatrix | undefined {
  const m = /^mma_matrix<(\d+)x(\d+)x(\w+)\s*,/.exec(typeBody(t));
  return m ? { rows: Number(m[1]), cols: Number(m[2]), element: m[3] } : undefined;
}

/** Bytes of an element named like `f16`, `bf16`, `i8`, `f32` (4 when the name carries no width). */
function elementBytesOf(element: string): number {
  const w = /(\d+)$/.exec(element);
  return w ? Math.max(1, Math.ceil(Number(w[1]) / 8)) : 4;
}

function peakDtypeNamed(element: string): PeakDtype {
  return element === 'f16' || element === 'bf16' ? element : 'f32';
}

/** The float arithmetic kinds of subgroup_mma_elementwise (the integer ones and extf are no FLOPs). */
const FLOAT_ELEMENTWISE = /\b(addf|mulf|subf|maxf|minf|divf|negatef)\b/;

const NONE: MmaCount = { bytes: 0, flops: 0, dtype: 'f32', tensorCores: false };

/**
 * Counts `warps` warp-executions of a gpu.subgroup_mma_* op (the contract of issue 8):
 * compute is 2*M*N*K FLOPs per warp on the tensor cores (C is MxN, K the other side of A),
 * load and store matrix move M*N*element bytes per warp of their memref (DRAM when it is
 * global), elementwise is M*N FLOPs per warp on the CUDA cores (float kinds only), a constant matrix
 * nothing.
 */
export function countMma(op: Operation, warps: number): MmaCount {
  switch (op.name.name) {
    case 'gpu.subgroup_mma_compute': {
      const a = mmaMatrixOf(op.operand(0).type);
      const c = mmaMatrixOf(op.operand(2).type);
      if (!a || !c || c.rows === 0) return NONE;
      const k = (a.rows * a.cols) / c.rows;
      return { bytes: 0, flops: warps * 2 * c.rows * c.cols * k, dtype: peakDtypeNamed(a.element), tensorCores: true };
    }
    case 'gpu.subgroup_mma_load_matrix': {
      const m = mmaMatrixOf(op.result(0).type);
      return m ? { ...NONE, read: op.operand(0), bytes: warps * m.rows * m.cols * elementBytesOf(m.element) } : NONE;
    }
    case 'gpu.subgroup_mma_store_matrix': {
      const m = mmaMatrixOf(op.operand(0).type);
      return m ? { ...NONE, written: op.operand(1), bytes: warps * m.rows * m.cols * elementBytesOf(m.element) } : NONE;
    }
    case 'gpu.subgroup_mma_elementwise': {
      const m = mmaMatrixOf(op.result(0).type);
      const kind = String(op.getProp('opType') ?? op.getAttr('opType') ?? '');
      if (!m || !FLOAT_ELEMENTWISE.test(kind)) return NONE;
      return { ...NONE, flops: warps * m.rows * m.cols, dtype: peakDtypeNamed(m.element) };
    }
  }
  return NONE;
}
