// Multi-gate mixture of experts (MMoE, Ma et al. 2018; the keras-mmoe layer Souffle's artifact
// runs as tf_MMoE_1_100_16_8_2): experts relu(x W_e + b_e), one softmax gate per task over the
// experts, each task's output the gate-weighted sum of the expert outputs. All experts are one
// matmul (their kernels side by side); the weighted sum is a [1, E] x [E, U] matmul.
import { GraphBuilder, type DType, type Program, type Value } from './builder.js';

/** The shape of the layer. */
export interface MMoEConfig {
  readonly input: number;
  readonly experts: number;
  /** Units per expert. */
  readonly units: number;
  readonly tasks: number;
  readonly dtype: DType;
}

/** Souffle's: input 100, 8 experts of 16 units, 2 tasks, batch 1, fp32. */
export const MMOE_SOUFFLE: MMoEConfig = Object.freeze({ input: 100, experts: 8, units: 16, tasks: 2, dtype: 'f32' });

/** The same structure in small. */
export const MMOE_SMALL: MMoEConfig = Object.freeze({ input: 6, experts: 3, units: 4, tasks: 2, dtype: 'f32' });

/** The layer: input x [1, input]; one output [1, units] per task. */
export function mmoe(cfg: MMoEConfig): Program {
  const { input: I, experts: E, units: U } = cfg;
  const b = new GraphBuilder(cfg.dtype);
  const x = b.arg('x', [1, I]);
  const experts = b.reshape(b.unary('relu', b.denseLayer('experts', x, E * U)), [E, U]);
  const outputs: [string, Value][] = [];
  for (let t = 0; t < cfg.tasks; t++) {
    const gate = b.softmax(b.denseLayer(`gate${t}`, x, E));
    outputs.push([`task${t}`, b.matmul(gate, experts)]);
  }
  return b.finish(`MMoE: input ${I}, ${E} experts of ${U} units, ${cfg.tasks} tasks, ${cfg.dtype}.`, outputs);
}
