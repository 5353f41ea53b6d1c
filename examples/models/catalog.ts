// The shipped model files: each .mlir under examples/models (full size, the Souffle artifact's
// configurations) and examples/models/small (the same structures with tiny dimensions, for tests),
// with the generator call that writes it.
import type { Program } from './builder.js';
import { BERT_SMALL, BERT_SOUFFLE, bertEncoder } from './bert.js';
import { LSTM_SMALL, LSTM_SOUFFLE, lstm } from './lstm.js';
import { RESNEXT101, RESNEXT_SMALL, resnext, resnextStage } from './resnext.js';
import { EFFICIENTNET_B0, EFFICIENTNET_SMALL, SE_MODULES, SE_SMALL, efficientnet, seModule } from './efficientnet.js';
import { SWIN_B, SWIN_B_STAGES, SWIN_NET_SMALL, SWIN_SMALL, swinBlocks, swinNetwork } from './swin.js';
import { MMOE_SMALL, MMOE_SOUFFLE, mmoe } from './mmoe.js';

/** A shipped file: its path under examples/models and how to make it. */
export interface ModelFile {
  readonly path: string;
  readonly make: () => Program;
}

/** The full-size models. */
export const FULL_MODELS: readonly ModelFile[] = [
  { path: 'bert-layer.mlir', make: () => bertEncoder(BERT_SOUFFLE, 1) },
  { path: 'bert-12.mlir', make: () => bertEncoder(BERT_SOUFFLE, 12) },
  { path: 'lstm.mlir', make: () => lstm(LSTM_SOUFFLE) },
  ...RESNEXT101.blocks.map((_, s) => ({ path: `resnext101-stage${s + 1}.mlir`, make: () => resnextStage(RESNEXT101, s) })),
  { path: 'resnext101.mlir', make: () => resnext(RESNEXT101) },
  ...SE_MODULES.map((shape, i) => ({ path: `efficientnet-se-m${i}.mlir`, make: () => seModule(shape) })),
  { path: 'efficientnet-b0.mlir', make: () => efficientnet(EFFICIENTNET_B0) },
  ...SWIN_B_STAGES.map((cfg, s) => ({ path: `swin-b-stage${s + 1}.mlir`, make: () => swinBlocks(cfg) })),
  { path: 'swin-b.mlir', make: () => swinNetwork(SWIN_B) },
  { path: 'mmoe.mlir', make: () => mmoe(MMOE_SOUFFLE) },
];

/** The small versions, one per structure above. */
export const SMALL_MODELS: readonly ModelFile[] = [
  { path: 'small/bert-layer.mlir', make: () => bertEncoder(BERT_SMALL, 1) },
  { path: 'small/bert-2.mlir', make: () => bertEncoder({ ...BERT_SMALL, dtype: 'f32' }, 2) },
  { path: 'small/lstm.mlir', make: () => lstm(LSTM_SMALL) },
  { path: 'small/resnext-stage.mlir', make: () => resnextStage(RESNEXT_SMALL, 2) },
  { path: 'small/resnext.mlir', make: () => resnext(RESNEXT_SMALL) },
  { path: 'small/efficientnet-se.mlir', make: () => seModule(SE_SMALL) },
  { path: 'small/efficientnet.mlir', make: () => efficientnet(EFFICIENTNET_SMALL) },
  { path: 'small/swin.mlir', make: () => swinBlocks(SWIN_SMALL) },
  { path: 'small/swin-net.mlir', make: () => swinNetwork(SWIN_NET_SMALL) },
  { path: 'small/mmoe.mlir', make: () => mmoe(MMOE_SMALL) },
];
