// Every fusion decision can be explained: a remark per edge, at the consumer, naming the rule.
// tensor-explain-fusion is a dry run (the IR is unchanged); tensor-fuse{explain=true} explains
// as it fuses.
// RUN: %dlc-opt %s --split-input-file --tensor-explain-fusion --verify-diagnostics | %filecheck %s --check-prefix=UNCHANGED
// RUN: %dlc-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(tensor-fuse{explain=true}))' --verify-diagnostics

// UNCHANGED-LABEL: func.func @rules
// UNCHANGED-COUNT-6: tensor.compute
func.func @rules(%a: tensor<64x64xf32>, %w: tensor<64x64xf32>, %b: tensor<64xf32>) -> (tensor<64x64xf32>, tensor<64x64xf32>) {
  %s = tensor.compute [i: 64, j: 64] (%a[i, j], %b[j]) -> [i, j] : (tensor<64x64xf32>, tensor<64xf32>) -> tensor<64x64xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.addf %x, %y : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+1 {{fused (prologue) with the producer of operand #0 by rule 'prologue': the only user reads each element once}}
  %e = tensor.compute [i: 64, j: 64] (%s[i, j]) -> [i, j] : (tensor<64x64xf32>) -> tensor<64x64xf32> {
  ^bb0(%x: f32):
    %0 = math.exp %x : f32
    %1 = math.log %0 : f32
    %2 = math.tanh %1 : f32
    tensor.yield %2 : f32
  }
  // A contraction reads each element 64 times: recomputing three transcendental functions per
  // read costs more than writing the tensor once and reading it back.
  // expected-remark @+1 {{not fused with the producer of operand #0 by rule 'recompute-too-costly': the consumer reads each element 64 times; recomputing costs 6451200 flops, more than the round trip's 655360}}
  %m = tensor.compute [i: 64, j: 64, k: 64 reduce] (%e[i, k], %w[k, j]) -> [i, j] add : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+1 {{not fused with the producer of operand #0 by rule 'producer-reduces': the producer is a reduction (many-to-many); its result is materialised}}
  %g = tensor.compute [i: 64, j: 64] (%m[i, j]) -> [i, j] : (tensor<64x64xf32>) -> tensor<64x64xf32> {
  ^bb0(%x: f32):
    %0 = math.tanh %x : f32
    tensor.yield %0 : f32
  }
  // A cheap producer read 64 times: one add per read is less than the round trip.
  %c = tensor.compute [i: 64, j: 64] (%a[i, j], %w[i, j]) -> [i, j] : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.addf %x, %y : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+1 {{fused (prologue) with the producer of operand #0 by rule 'recompute-cheaper': the consumer reads each element 64 times; recomputing costs 258048 flops, the round trip 655360}}
  %n = tensor.compute [i: 64, j: 64, k: 64 reduce] (%c[i, k], %w[k, j]) -> [i, j] add : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  return %g, %n : tensor<64x64xf32>, tensor<64x64xf32>
}

// -----

// The table's ×, a producer written through a non-invertible map, a producer that reads its
// own index where the consumer reads it shifted.
func.func @refusals(%b: tensor<8xf32>, %w: tensor<8x8xf32>, %f: tensor<8xf32>) -> (tensor<4x8xf32>, tensor<2x4xf32>, tensor<7xf32>) {
  %bc = tensor.compute [i: 4, j: 8] (%b[j]) -> [i, j] : (tensor<8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32):
    %0 = math.exp %x : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+1 {{not fused with the producer of operand #0 by rule 'table-forbids': one-to-many then many-to-many is × in Souffle's table}}
  %m = tensor.compute [i: 4, j: 8, k: 8 reduce] (%bc[i, k], %w[k, j]) -> [i, j] add : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  %r = tensor.compute [i: 8] (%f[i]) -> [i floordiv 4, i mod 4] : (tensor<8xf32>) -> tensor<2x4xf32> {
  ^bb0(%x: f32):
    %0 = math.exp %x : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+1 {{not fused with the producer of operand #0 by rule 'producer-map-not-invertible': the producer's output map is not a permutation}}
  %s = tensor.compute [i: 2, j: 4] (%r[i, j]) -> [i, j] : (tensor<2x4xf32>) -> tensor<2x4xf32> {
  ^bb0(%x: f32):
    %0 = math.tanh %x : f32
    tensor.yield %0 : f32
  }
  %iota = tensor.compute [i: 8] (%f[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
  ^bb0(%x: f32):
    %i = tensor.index 0 : index
    %n = arith.index_cast %i : index to i32
    %v = arith.sitofp %n : i32 to f32
    %0 = arith.addf %x, %v : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+1 {{not fused with the producer of operand #0 by rule 'producer-reads-its-index'}}
  %sh = tensor.compute [i: 7] (%iota[i + 1]) -> [i] : (tensor<8xf32>) -> tensor<7xf32> {
  ^bb0(%x: f32):
    %0 = math.tanh %x : f32
    tensor.yield %0 : f32
  }
  return %m, %s, %sh : tensor<4x8xf32>, tensor<2x4xf32>, tensor<7xf32>
}

// -----

// A row statistic read back along its row (mean = sum / 8, reuse 64): recomputing the division
// per element costs more flops than the round trip of the 4-element tensor, but the consumer is
// memory-bound and has that much arithmetic idle.
func.func @hidden(%x: tensor<4x64xf32>, %sum: tensor<4xf32>) -> tensor<4x64xf32> {
  %mean = tensor.compute [i: 4] (%sum[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%s: f32):
    %n = arith.constant 8.0 : f32
    %0 = arith.divf %s, %n : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+1 {{fused (prologue) with the producer of operand #1 by rule 'recompute-hidden': the consumer reads each element 64 times; the consumer is memory-bound: recomputing costs 2016 flops, within the 41024 its memory traffic leaves idle}}
  %c = tensor.compute [i: 4, j: 64] (%x[i, j], %mean[i]) -> [i, j] : (tensor<4x64xf32>, tensor<4xf32>) -> tensor<4x64xf32> {
  ^bb0(%u: f32, %m: f32):
    %0 = arith.subf %u, %m : f32
    tensor.yield %0 : f32
  }
  return %c : tensor<4x64xf32>
}
