// Unit tests of the graph-level cost figures: the eager baseline (with and without L2) and the
// compulsory traffic of the test MLP, computed by hand, a library matmul's L2 re-reads, and the
// roofline of one hand-sized kernel.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compulsoryTraffic, eagerBaseline } from '../../../lib/target/cost-model-graph.js';
import { rooflineSeconds } from '../../../lib/target/cost-model.js';
import { gpuProfile } from '../../../lib/target/gpu-profiles.js';
import { readBaseline, recordBaseline } from '../../../dialects/gpu/passes/cost-report-baseline.js';
import type { Operation } from '../../../lib/ir/index.js';
import { load } from '../dialects/tensor/passes/helpers.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function mlp(): Operation {
  const module = load(readFileSync(`${root}test/models/mlp.mlir`, 'utf8'), 'mlp.mlir');
  return module.regions[0].blocks[0].operations[0];
}

// x 4x16, w1 16x32, b1 32, w2 32x10, b2 10, all f32:
//   matmul  reads 256 + 2048, writes 512, 2*4*32*16 = 4096 FLOPs
//   add     reads 512 + 128,  writes 512, 128
//   relu    reads 512,        writes 512, 128
//   matmul  reads 512 + 1280, writes 160, 2*4*10*32 = 2560
//   add     reads 160 + 40,   writes 160, 40
//   softmax reads 160,        writes 160, 5*40 = 200
test('the eager baseline of the MLP: six kernels, every intermediate through global memory', () => {
  const b = eagerBaseline(mlp());
  assert.is(b.kernels, 6);
  assert.is(b.dramBytesReadNoL2, 2304 + 640 + 512 + 1792 + 200 + 160);
  // Every intermediate is read by the next kernel while still in L2: only x, the weights and
  // the biases come from DRAM (the compulsory reads), on every profile.
  for (const name of ['a100', 'h100', 'h200']) assert.is(b.dramBytesRead[name], 256 + 2048 + 128 + 1280 + 40);
  assert.is(b.dramBytesWritten, 3 * 512 + 3 * 160);
  assert.is(b.flops, 4096 + 128 + 128 + 2560 + 40 + 200);
  // Between L2 and the SMs: every read and write once (each matmul's output is one 128x128 tile).
  assert.is(b.l2Bytes, b.dramBytesReadNoL2 + b.dramBytesWritten);
  // Tiny kernels: each is its launch latency (3 us) plus a few nanoseconds of traffic.
  assert.ok(b.estimatedMs.h100 > 0.018 && b.estimatedMs.h100 < 0.0181, String(b.estimatedMs.h100));
});

test('the eager baseline through an L2 too small to keep anything: every read misses, as without L2', () => {
  const tiny = { tiny: { ...gpuProfile('h100')!, name: 'tiny', l2Bytes: 256 } };
  const b = eagerBaseline(mlp(), tiny);
  assert.is(b.dramBytesRead.tiny, b.dramBytesReadNoL2);
  assert.is(Object.keys(b.estimatedMs).join(), 'tiny');
});

test('the compulsory traffic of the MLP: every argument read once, the result written once', () => {
  const c = compulsoryTraffic(mlp());
  assert.is(c.bytesRead, 256 + 2048 + 128 + 1280 + 40);
  assert.is(c.bytesWritten, 160);
});

test('the recorded attribute reads back as computed', () => {
  const f = mlp();
  const recorded = recordBaseline(f);
  const back = readBaseline(f)!;
  assert.equal(back.compulsory, recorded.compulsory);
  assert.is(back.baseline.kernels, 6);
  assert.is(back.baseline.flops, recorded.baseline.flops);
  assert.equal(back.baseline.dramBytesRead, recorded.baseline.dramBytesRead);
  assert.is(back.baseline.dramBytesReadNoL2, recorded.baseline.dramBytesReadNoL2);
  assert.ok(Math.abs(back.baseline.estimatedMs.a100 - recorded.baseline.estimatedMs.a100) < 1e-6);
});

test('a library matmul re-reads operand panels from L2: lhs once per column of 128x128 output tiles, rhs once per row', () => {
  const text = `func.func @main(%a: tensor<256x64xf32>, %b: tensor<64x384xf32>) -> tensor<256x384xf32> {
  %0 = graph.matmul %a, %b : tensor<256x64xf32>, tensor<64x384xf32>
  return %0 : tensor<256x384xf32>
}`;
  const b = eagerBaseline(load(text, 'matmul.mlir').regions[0].blocks[0].operations[0]);
  assert.is(b.dramBytesReadNoL2, 65536 + 98304);
  // 3 columns of tiles read all of a (64 KiB), 2 rows all of b (96 KiB); the 384 KiB result written once.
  assert.is(b.l2Bytes, 3 * 65536 + 2 * 98304 + 393216);
});

test('the roofline: the largest of DRAM, L2 and compute time, scaled by the SMs used, plus latencies', () => {
  const h100 = gpuProfile('h100')!;
  const base = { dtype: 'f32', tensorCores: false, launches: 0, gridSyncs: 0, flagWaitChain: 0 } as const;
  // 3.35 GB over 3.35 TB/s: 1 ms; 1 GFLOP over 67 TFLOP/s is less.
  assert.ok(Math.abs(rooflineSeconds(h100, { ...base, dramBytesRead: 3.35e9, dramBytesWritten: 0, flops: 1e9, blocks: 132 }) - 1e-3) < 1e-12);
  // 67 GFLOP on the CUDA cores: 1 ms; on half the SMs, 2 ms.
  assert.ok(Math.abs(rooflineSeconds(h100, { ...base, dramBytesRead: 0, dramBytesWritten: 0, flops: 67e9, blocks: 66 }) - 2e-3) < 1e-12);
  // 8 GB between L2 and the SMs at 8 TB/s: 1 ms, though only 1 GB reaches DRAM (0.3 ms); on half the SMs, 2 ms.
  assert.ok(Math.abs(rooflineSeconds(h100, { ...base, dramBytesRead: 1e9, dramBytesWritten: 0, l2Bytes: 8e9, flops: 0, blocks: 132 }) - 1e-3) < 1e-12);
  assert.ok(Math.abs(rooflineSeconds(h100, { ...base, dramBytesRead: 1e9, dramBytesWritten: 0, l2Bytes: 8e9, flops: 0, blocks: 66 }) - 2e-3) < 1e-12);
  // one launch, two grid barriers and three chained flag waits: 3 + 3 + 2.1 us
  const syncs = rooflineSeconds(h100, { ...base, dramBytesRead: 0, dramBytesWritten: 0, flops: 0, blocks: 1, launches: 1, gridSyncs: 2, flagWaitChain: 3 });
  assert.ok(Math.abs(syncs - 8.1e-6) < 1e-12);
});

test.run();
