// Benchmark: the tensor pipeline on a BERT-base encoder layer. Runs dlc-opt with
// convert-graph-to-tensor alone (before fusion) and with the whole pipeline (after), and prints
// TE count, materialised intermediate tensors (TE results the function does not return) and
// their bytes, partitions and wall time, for the layer written with fused ops and in ONNX form.
// The target: at least 60% fewer materialised intermediates.
// Usage: node build/bench/bert-fusion.js [--seq 128] [--hidden 768] [--heads 12] [--ffn 3072] [--emit DIR]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createContext } from '../dialects/registry.js';
import { parseSourceString } from '../lib/parse/index.js';
import { countTensors, type TensorCounts } from './bert-count.js';
import { BERT_BASE, bertEncoderLayer, type BertConfig } from '../examples/models/bert.js';

const root = new URL('../..', import.meta.url).pathname;
const DLC_OPT = join(root, 'dist/dlc-opt.js');
const LOWER = 'builtin.module(func.func(convert-graph-to-tensor))';
const PIPELINE = 'builtin.module(func.func(convert-graph-to-tensor,tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal,tensor-partition))';

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

/** What one run of dlc-opt produced. */
interface Counts extends TensorCounts {
  seconds: number;
}

function runPipeline(file: string, pipeline: string): Counts {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [DLC_OPT, file, `--pass-pipeline=${pipeline}`], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`dlc-opt failed on ${file}:\n${r.stderr}`);
  const ctx = createContext();
  const module = parseSourceString(r.stdout, { context: ctx, filename: `${file} (${pipeline})` });
  if (!module) throw new Error(`the output of dlc-opt on ${file} does not parse`);
  return { ...countTensors(module), seconds };
}

function main(): void {
  const base: Omit<BertConfig, 'form'> = {
    seq: argValue('--seq', BERT_BASE.seq),
    hidden: argValue('--hidden', BERT_BASE.hidden),
    heads: argValue('--heads', BERT_BASE.heads),
    ffn: argValue('--ffn', BERT_BASE.ffn),
  };
  const emit = process.argv.indexOf('--emit');
  const dir = emit >= 0 ? process.argv[emit + 1] : mkdtempSync(join(tmpdir(), 'dlc-bert-'));
  mkdirSync(dir, { recursive: true });
  console.log(`BERT encoder layer: seq ${base.seq}, hidden ${base.hidden}, ${base.heads} heads, feed-forward ${base.ffn}`);
  console.log(`pipeline: ${PIPELINE}\n`);
  console.log('| form | stage | TEs | materialised intermediates | MiB | partitions | dlc-opt s |');
  console.log('|---|---|---|---|---|---|---|');
  for (const form of ['fused', 'onnx'] as const) {
    const file = join(dir, `bert-${form}.mlir`);
    writeFileSync(file, bertEncoderLayer({ ...base, form }));
    const before = runPipeline(file, LOWER);
    const after = runPipeline(file, PIPELINE);
    const row = (stage: string, c: Counts) =>
      console.log(`| ${form} | ${stage} | ${c.tes} | ${c.intermediates} | ${(c.bytes / 2 ** 20).toFixed(1)} | ${c.partitions || '-'} | ${c.seconds.toFixed(2)} |`);
    row('after convert-graph-to-tensor', before);
    row('after the tensor pipeline', after);
    const drop = 1 - after.intermediates / before.intermediates;
    const dropBytes = 1 - after.bytes / before.bytes;
    console.log(`| ${form} | reduction | ${before.tes - after.tes} fewer | ${(100 * drop).toFixed(1)}% fewer | ${(100 * dropBytes).toFixed(1)}% less | | |`);
  }
  console.log(`\ninputs written to ${dir}`);
}

main();
