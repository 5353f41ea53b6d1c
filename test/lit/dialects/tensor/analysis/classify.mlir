// tensor-print-classes: Souffle's kind of each TE, and per edge the combined kind of the
// operator-pair table, the data reuse and whether a global synchronisation is needed.
// RUN: %dlc-opt %s --split-input-file --tensor-print-classes --verify-diagnostics

// The five kinds: broadcast (one-to-many), elementwise with a broadcast operand (one-to-one),
// transpose (shuffle), reshape (reorganize), contraction (many-to-many).
func.func @kinds(%b: tensor<8xf32>, %a: tensor<4x8xf32>, %w: tensor<8x16xf32>) -> tensor<4x16xf32> {
  // expected-remark @+1 {{te #0 is one-to-many over [i: 4, j: 8]; reads one-to-many}}
  %e = tensor.compute [i: 4, j: 8] (%b[j]) -> [i, j] : (tensor<8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  // expected-remark @+2 {{te #1 is one-to-one over [i: 4, j: 8]; reads one-to-one, one-to-many}}
  // expected-remark @+1 {{edge te #0 -> te #1 (operand #0): one-to-many then one-to-one gives one-to-many; reuse 1; local}}
  %s = tensor.compute [i: 4, j: 8] (%e[i, j], %b[j]) -> [i, j] : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.addf %x, %y : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+2 {{te #2 is shuffle over [i: 8, j: 4]; reads shuffle}}
  // expected-remark @+1 {{edge te #1 -> te #2 (operand #0): one-to-one then shuffle gives shuffle; reuse 1; global sync}}
  %t = tensor.compute [i: 8, j: 4] (%s[j, i]) -> [i, j] : (tensor<4x8xf32>) -> tensor<8x4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  // expected-remark @+2 {{te #3 is reorganize over [i: 4, j: 8]; reads reorganize}}
  // expected-remark @+1 {{edge te #2 -> te #3 (operand #0): shuffle then reorganize gives reorganize; reuse 1; global sync}}
  %r = tensor.compute [i: 4, j: 8] (%t[(i * 8 + j) floordiv 4, (i * 8 + j) mod 4]) -> [i, j] : (tensor<8x4xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  // expected-remark @+2 {{te #4 is many-to-many over [i: 4, j: 16, k: 8 reduce]; reads many-to-many, many-to-many}}
  // expected-remark @+1 {{edge te #3 -> te #4 (operand #0): reorganize then many-to-many gives many-to-many; reuse 16; global sync}}
  %m = tensor.compute [i: 4, j: 16, k: 8 reduce] (%r[i, k], %w[k, j]) -> [i, j] add : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  return %m : tensor<4x16xf32>
}

// -----

// The table's ×: a broadcast followed by a contraction, and two contractions in a row. A row
// statistic read back along its row is local; the second contraction needs a global sync.
func.func @unfusable(%b: tensor<8xf32>, %w: tensor<8x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  // expected-remark @+1 {{te #0 is one-to-many}}
  %e = tensor.compute [i: 4, j: 8] (%b[j]) -> [i, j] : (tensor<8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32):
    %0 = math.exp %x : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+2 {{te #1 is many-to-many}}
  // expected-remark @+1 {{edge te #0 -> te #1 (operand #0): one-to-many then many-to-many gives × (no fusion); reuse 8; global sync}}
  %m = tensor.compute [i: 4, j: 8, k: 8 reduce] (%e[i, k], %w[k, j]) -> [i, j] add : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+2 {{te #2 is many-to-many}}
  // expected-remark @+1 {{edge te #1 -> te #2 (operand #0): many-to-many then many-to-many gives × (no fusion); reuse 8; global sync}}
  %n = tensor.compute [i: 4, j: 8, k: 8 reduce] (%m[i, k], %w[k, j]) -> [i, j] add : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+2 {{te #3 is many-to-many over [i: 4, j: 8 reduce]}}
  // expected-remark @+1 {{edge te #2 -> te #3 (operand #0): many-to-many then many-to-many gives × (no fusion); reuse 1; global sync}}
  %mx = tensor.compute [i: 4, j: 8 reduce] (%n[i, j]) -> [i] max : (tensor<4x8xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  // expected-remark @+3 {{te #4 is one-to-one}}
  // expected-remark @+2 {{edge te #2 -> te #4 (operand #0): many-to-many then one-to-one gives many-to-many; reuse 1; local}}
  // expected-remark @+1 {{edge te #3 -> te #4 (operand #1): many-to-many then one-to-many gives many-to-many; reuse 8; local}}
  %d = tensor.compute [i: 4, j: 8] (%n[i, j], %mx[i]) -> [i, j] : (tensor<4x8xf32>, tensor<4xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.subf %x, %y : f32
    tensor.yield %0 : f32
  }
  return %n, %d : tensor<4x8xf32>, tensor<4x8xf32>
}
