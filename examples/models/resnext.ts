// ResNeXt (aggregated residual transformations) as graph-dialect programs: bottleneck blocks of
// a 1x1 conv, a grouped 3x3 conv (cardinality groups) and a 1x1 conv, with a projection shortcut
// at each stage's first block. Inference form: batch norm is folded into each conv's bias (as
// TensorRT and TVM do before codegen), so a conv-bn-relu is graph.conv2d + graph.relu.
import { GraphBuilder, type DType, type Program, type Value } from './builder.js';

/** The shape of the network. */
export interface ResNeXtConfig {
  /** Bottleneck blocks per stage. */
  readonly blocks: readonly number[];
  readonly cardinality: number;
  /** Channels of one group in the first stage (the "4d" of 64x4d); doubles per stage. */
  readonly groupWidth: number;
  /** Stem output channels; a stage's output is 4 x stem x 2^stage. */
  readonly stem: number;
  readonly image: number;
  readonly classes: number;
  readonly dtype: DType;
}

/** ResNeXt-101 64x4d at 224 x 224: blocks 3, 4, 23, 3; cardinality 64; fp32. */
export const RESNEXT101: ResNeXtConfig = Object.freeze({ blocks: [3, 4, 23, 3], cardinality: 64, groupWidth: 4, stem: 64, image: 224, classes: 1000, dtype: 'f32' });

/** The same structure in small. */
export const RESNEXT_SMALL: ResNeXtConfig = Object.freeze({ blocks: [1, 1, 2, 1], cardinality: 2, groupWidth: 2, stem: 4, image: 16, classes: 10, dtype: 'f32' });

/** One bottleneck block. */
function block(b: GraphBuilder, cfg: ResNeXtConfig, name: string, x: Value, stage: number, stride: number): Value {
  const width = cfg.cardinality * cfg.groupWidth * 2 ** stage;
  const out = 4 * cfg.stem * 2 ** stage;
  const a = b.unary('relu', b.convLayer(`${name}.conv1`, x, width, 1));
  const g = b.unary('relu', b.convLayer(`${name}.conv2`, a, width, 3, stride, cfg.cardinality));
  const c = b.convLayer(`${name}.conv3`, g, out, 1);
  const shortcut = x.shape[1] === out && stride === 1 ? x : b.convLayer(`${name}.down`, x, out, 1, stride);
  return b.unary('relu', b.add(c, shortcut));
}

/** Stage `stage` (0-based) over `x`. */
function stageOf(b: GraphBuilder, cfg: ResNeXtConfig, x: Value, stage: number): Value {
  for (let i = 0; i < cfg.blocks[stage]; i++) x = block(b, cfg, `s${stage}.b${i}`, x, stage, i === 0 && stage > 0 ? 2 : 1);
  return x;
}

/** Input size of a stage: the stem halves twice, each later stage once more. */
function stageInput(cfg: ResNeXtConfig, stage: number): number[] {
  const channels = stage === 0 ? cfg.stem : 4 * cfg.stem * 2 ** (stage - 1);
  const size = cfg.image / 4 / 2 ** Math.max(0, stage - 1);
  return [1, channels, size, size];
}

/** One full stage (0-based index) as a program. */
export function resnextStage(cfg: ResNeXtConfig, stage: number): Program {
  const b = new GraphBuilder(cfg.dtype);
  const x = b.arg('x', stageInput(cfg, stage));
  const y = stageOf(b, cfg, x, stage);
  return b.finish(`ResNeXt stage ${stage + 1} of ${cfg.blocks.length}: ${cfg.blocks[stage]} bottleneck blocks, cardinality ${cfg.cardinality}, input ${x.shape.join('x')}, ${cfg.dtype}; batch norm folded into conv biases.`, [['y', y]]);
}

/** The whole network: stem, the stages, global pooling and the classifier. */
export function resnext(cfg: ResNeXtConfig): Program {
  const b = new GraphBuilder(cfg.dtype);
  const image = b.arg('image', [1, 3, cfg.image, cfg.image]);
  let x = b.maxPool(b.unary('relu', b.convLayer('stem', image, cfg.stem, 7, 2)), [3, 3], { strides: [2, 2], pads: [1, 1, 1, 1] });
  for (let s = 0; s < cfg.blocks.length; s++) x = stageOf(b, cfg, x, s);
  const logits = b.classifier(x, cfg.classes);
  const depth = 3 * cfg.blocks.reduce((a, n) => a + n, 0) + 2;
  return b.finish(`ResNeXt-${depth} (${cfg.cardinality}x${cfg.groupWidth}d) at ${cfg.image}x${cfg.image}, ${cfg.classes} classes, ${cfg.dtype}; batch norm folded into conv biases.`, [['logits', logits]]);
}
