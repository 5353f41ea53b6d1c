// EfficientNet-b0 as graph-dialect programs: MBConv blocks (1x1 expansion, depthwise kxk conv,
// squeeze-and-excitation, 1x1 projection, residual when shapes allow) between a 3x3 stem and a
// 1x1 head. Composed where the dialect has no op: depthwise conv is graph.conv2d with groups =
// channels, swish is x * sigmoid(x). Batch norm is folded into conv biases (inference form).
import { GraphBuilder, type DType, type Program, type Value } from './builder.js';

/** One stage of MBConv blocks. */
export interface MBStage {
  readonly expand: number;
  readonly out: number;
  readonly repeats: number;
  readonly stride: number;
  readonly kernel: number;
}

/** The shape of the network. */
export interface EfficientNetConfig {
  readonly stem: number;
  readonly stages: readonly MBStage[];
  readonly head: number;
  readonly image: number;
  readonly classes: number;
  readonly dtype: DType;
}

const stage = (expand: number, out: number, repeats: number, stride: number, kernel: number): MBStage => ({ expand, out, repeats, stride, kernel });

/** EfficientNet-b0 (Tan and Le, 2019) at 224 x 224, fp32. */
export const EFFICIENTNET_B0: EfficientNetConfig = Object.freeze({
  stem: 32,
  stages: [stage(1, 16, 1, 1, 3), stage(6, 24, 2, 2, 3), stage(6, 40, 2, 2, 5), stage(6, 80, 3, 2, 3), stage(6, 112, 3, 1, 5), stage(6, 192, 4, 2, 5), stage(6, 320, 1, 1, 3)],
  head: 1280,
  image: 224,
  classes: 1000,
  dtype: 'f32',
});

/** The same structure in small. */
export const EFFICIENTNET_SMALL: EfficientNetConfig = Object.freeze({
  stem: 4,
  stages: [stage(1, 4, 1, 1, 3), stage(6, 6, 2, 2, 3), stage(6, 8, 2, 2, 5), stage(6, 16, 1, 2, 3)],
  head: 32,
  image: 8,
  classes: 10,
  dtype: 'f32',
});

/** An SE module's shape: channels, spatial size (square), squeezed channels. */
export interface SEShape {
  readonly channels: number;
  readonly size: number;
  readonly squeeze: number;
}

/**
 * The distinct SE modules of EfficientNet-b0, M0-M9, in network order: the shapes Souffle's
 * artifact benchmarks (cpp/efficientnet/test_efficientnet_se_module.py).
 */
export const SE_MODULES: readonly SEShape[] = Object.freeze(
  [[32, 112, 8], [96, 56, 4], [144, 56, 6], [144, 28, 6], [240, 28, 10], [240, 14, 10], [480, 14, 20], [672, 14, 28], [672, 7, 28], [1152, 7, 48]]
    .map(([channels, size, squeeze]) => ({ channels, size, squeeze })),
);

/** An SE module of the same structure in small. */
export const SE_SMALL: SEShape = Object.freeze({ channels: 8, size: 4, squeeze: 2 });

/** Squeeze-and-excitation: x * sigmoid(expand(swish(reduce(mean over H, W)))). */
function squeezeExcite(b: GraphBuilder, name: string, x: Value, squeeze: number): Value {
  const pooled = b.globalAvgPool(x);
  const reduced = b.swish(b.convLayer(`${name}.reduce`, pooled, squeeze, 1));
  return b.mul(x, b.unary('sigmoid', b.convLayer(`${name}.expand`, reduced, x.shape[1], 1)));
}

/** One MBConv block; the SE squeeze is a quarter of the block's input channels. */
function mbconv(b: GraphBuilder, name: string, x: Value, s: MBStage, stride: number): Value {
  const input = x.shape[1];
  let h = s.expand === 1 ? x : b.swish(b.convLayer(`${name}.expand`, x, input * s.expand, 1));
  h = b.swish(b.convLayer(`${name}.dw`, h, h.shape[1], s.kernel, stride, h.shape[1]));
  h = squeezeExcite(b, `${name}.se`, h, Math.max(1, Math.floor(input / 4)));
  h = b.convLayer(`${name}.project`, h, s.out, 1);
  return stride === 1 && input === s.out ? b.add(h, x) : h;
}

/** The whole network: stem, the MBConv stages, head, global pooling and the classifier. */
export function efficientnet(cfg: EfficientNetConfig): Program {
  const b = new GraphBuilder(cfg.dtype);
  const image = b.arg('image', [1, 3, cfg.image, cfg.image]);
  let x = b.swish(b.convLayer('stem', image, cfg.stem, 3, 2));
  cfg.stages.forEach((s, i) => {
    for (let r = 0; r < s.repeats; r++) x = mbconv(b, `s${i}.b${r}`, x, s, r === 0 ? s.stride : 1);
  });
  x = b.swish(b.convLayer('head', x, cfg.head, 1));
  const logits = b.classifier(x, cfg.classes);
  return b.finish(`EfficientNet (${cfg.stages.length} MBConv stages, ${cfg.stages.reduce((n, s) => n + s.repeats, 0)} blocks) at ${cfg.image}x${cfg.image}, ${cfg.classes} classes, ${cfg.dtype}; batch norm folded into conv biases.`, [['logits', logits]]);
}

/** One SE module as a program: input (1, C, size, size), the reduce and expand 1x1 convs. */
export function seModule(shape: SEShape, dtype: DType = 'f32'): Program {
  const b = new GraphBuilder(dtype);
  const x = b.arg('x', [1, shape.channels, shape.size, shape.size]);
  const y = squeezeExcite(b, 'se', x, shape.squeeze);
  return b.finish(`EfficientNet SE module: ${shape.channels} channels, ${shape.size}x${shape.size}, squeeze ${shape.squeeze}, ${dtype}.`, [['y', y]]);
}
