// tensor-fuse: one-to-one chains collapse into one TE; shared producers are recomputed where
// that is cheap; reductions stay materialised; diamonds and multi-user producers keep the IR
// acyclic.
// RUN: %dlc-opt %s --split-input-file --tensor-fuse | %filecheck %s
// RUN: %dlc-opt %s --split-input-file --tensor-fuse=allow-recompute=false | %filecheck %s --check-prefix=NORECOMPUTE

// A chain of three elementwise TEs becomes one: no intermediate tensor is left.
// CHECK-LABEL: func.func @chain
// CHECK: %[[R:.*]] = tensor.compute [i: 4, j: 8] (%arg0[i, j], %arg1[j]) -> [i, j]
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[B:.*]]: f32):
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[X]], %[[B]]
// CHECK-NEXT: %[[E:.*]] = math.exp %[[S]]
// CHECK-NEXT: %[[M:.*]] = arith.mulf %[[E]], %[[E]]
// CHECK-NEXT: tensor.yield %[[M]]
// CHECK-NOT: tensor.compute
// CHECK: return %[[R]]
func.func @chain(%a: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %s = tensor.compute [i: 4, j: 8] (%a[i, j], %b[j]) -> [i, j] : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.addf %x, %y : f32
    tensor.yield %0 : f32
  }
  %e = tensor.compute [i: 4, j: 8] (%s[i, j]) -> [i, j] : (tensor<4x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32):
    %0 = math.exp %x : f32
    tensor.yield %0 : f32
  }
  %m = tensor.compute [i: 4, j: 8] (%e[i, j], %e[i, j]) -> [i, j] : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  return %m : tensor<4x8xf32>
}

// -----

// A producer read through a transpose: its body moves in, its inputs read through the composed map.
// CHECK-LABEL: func.func @transposed_read
// CHECK: tensor.compute [i: 8, j: 4] (%arg0[j, i]) -> [i, j]
// CHECK-NEXT: ^bb0
// CHECK-NEXT: math.exp
// CHECK-NEXT: math.tanh
// CHECK-NOT: tensor.compute
func.func @transposed_read(%a: tensor<4x8xf32>) -> tensor<8x4xf32> {
  %e = tensor.compute [i: 4, j: 8] (%a[i, j]) -> [i, j] : (tensor<4x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32):
    %0 = math.exp %x : f32
    tensor.yield %0 : f32
  }
  %t = tensor.compute [i: 8, j: 4] (%e[j, i]) -> [i, j] : (tensor<4x8xf32>) -> tensor<8x4xf32> {
  ^bb0(%x: f32):
    %0 = math.tanh %x : f32
    tensor.yield %0 : f32
  }
  return %t : tensor<8x4xf32>
}

// -----

// A diamond: %p feeds %a and %b, both feed %c. Recomputing %p's add in each branch is cheap, so
// everything becomes one TE. Without recomputation, %a and %b join %p as extra outputs, then %c
// joins them, and the outputs nobody reads any more are dropped: one TE as well.
// CHECK-LABEL: func.func @diamond
// CHECK: %[[R:.*]] = tensor.compute [i: 16] (%arg0[i], %arg1[i]) -> [i] :
// CHECK-NOT: tensor.compute
// CHECK: return %[[R]]
// NORECOMPUTE-LABEL: func.func @diamond
// NORECOMPUTE: %[[R:.*]] = tensor.compute [i: 16] (%arg0[i], %arg1[i]) -> [i] :
// NORECOMPUTE-NOT: tensor.compute
// NORECOMPUTE: return %[[R]]
func.func @diamond(%x: tensor<16xf32>, %y: tensor<16xf32>) -> tensor<16xf32> {
  %p = tensor.compute [i: 16] (%x[i], %y[i]) -> [i] : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32> {
  ^bb0(%u: f32, %v: f32):
    %0 = arith.addf %u, %v : f32
    tensor.yield %0 : f32
  }
  %a = tensor.compute [i: 16] (%p[i]) -> [i] : (tensor<16xf32>) -> tensor<16xf32> {
  ^bb0(%u: f32):
    %0 = math.exp %u : f32
    tensor.yield %0 : f32
  }
  %b = tensor.compute [i: 16] (%p[i]) -> [i] : (tensor<16xf32>) -> tensor<16xf32> {
  ^bb0(%u: f32):
    %0 = math.tanh %u : f32
    tensor.yield %0 : f32
  }
  %c = tensor.compute [i: 16] (%a[i], %b[i]) -> [i] : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32> {
  ^bb0(%u: f32, %v: f32):
    %0 = arith.mulf %u, %v : f32
    tensor.yield %0 : f32
  }
  return %c : tensor<16xf32>
}

// -----

// A producer with several users, one of which also depends on it through a reduction (layer
// norm's shape: x, its row mean, x - mean). With recomputation, %x is recomputed in both users
// and disappears. Without it, merging %c into %x would create a cycle (%c reads %mean, which
// reads %x), so they stay apart.
// CHECK-LABEL: func.func @through_a_reduction
// CHECK: %[[MEAN:.*]] = tensor.compute [i: 4, j: 8 reduce] (%arg0[i, j], %arg1[i, j]) -> [i] add
// CHECK: tensor.compute [i: 4, j: 8] (%arg0[i, j], %arg1[i, j], %[[MEAN]][i]) -> [i, j]
// CHECK-NOT: tensor.compute
// NORECOMPUTE-LABEL: func.func @through_a_reduction
// NORECOMPUTE: %[[X:.*]] = tensor.compute [i: 4, j: 8] (%arg0[i, j], %arg1[i, j]) -> [i, j] :
// NORECOMPUTE: %[[MEAN:.*]] = tensor.compute [i: 4, j: 8 reduce] (%[[X]][i, j]) -> [i] add
// NORECOMPUTE: tensor.compute [i: 4, j: 8] (%[[X]][i, j], %[[MEAN]][i]) -> [i, j]
func.func @through_a_reduction(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %x = tensor.compute [i: 4, j: 8] (%a[i, j], %b[i, j]) -> [i, j] : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%u: f32, %v: f32):
    %0 = arith.addf %u, %v : f32
    tensor.yield %0 : f32
  }
  %mean = tensor.compute [i: 4, j: 8 reduce] (%x[i, j]) -> [i] add : (tensor<4x8xf32>) -> tensor<4xf32> {
  ^bb0(%u: f32):
    tensor.yield %u : f32
  }
  %c = tensor.compute [i: 4, j: 8] (%x[i, j], %mean[i]) -> [i, j] : (tensor<4x8xf32>, tensor<4xf32>) -> tensor<4x8xf32> {
  ^bb0(%u: f32, %m: f32):
    %0 = arith.subf %u, %m : f32
    tensor.yield %0 : f32
  }
  return %c : tensor<4x8xf32>
}

// -----

// A reduction's result is materialised: the elementwise consumer reads it, it does not absorb it.
// CHECK-LABEL: func.func @after_a_contraction
// CHECK: %[[M:.*]] = tensor.compute [i: 4, j: 4, k: 8 reduce]
// CHECK: tensor.compute [i: 4, j: 4] (%[[M]][i, j]) -> [i, j]
func.func @after_a_contraction(%a: tensor<4x8xf32>, %w: tensor<8x4xf32>) -> tensor<4x4xf32> {
  %m = tensor.compute [i: 4, j: 4, k: 8 reduce] (%a[i, k], %w[k, j]) -> [i, j] add : (tensor<4x8xf32>, tensor<8x4xf32>) -> tensor<4x4xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  %g = tensor.compute [i: 4, j: 4] (%m[i, j]) -> [i, j] : (tensor<4x4xf32>) -> tensor<4x4xf32> {
  ^bb0(%x: f32):
    %0 = math.tanh %x : f32
    tensor.yield %0 : f32
  }
  return %g : tensor<4x4xf32>
}

// -----

// Without recomputation, a consumer that reads only a slice of a multi-user producer cannot
// join it as an epilogue (its domain is not the producer's): both stay.
// NORECOMPUTE-LABEL: func.func @slices
// NORECOMPUTE: %[[P:.*]] = tensor.compute [i: 8] (%arg0[i]) -> [i] :
// NORECOMPUTE: tensor.compute [i: 4] (%[[P]][i]) -> [i] :
// NORECOMPUTE: tensor.compute [i: 4] (%[[P]][i + 4]) -> [i] :
func.func @slices(%x: tensor<8xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %p = tensor.compute [i: 8] (%x[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
  ^bb0(%u: f32):
    %0 = math.exp %u : f32
    tensor.yield %0 : f32
  }
  %lo = tensor.compute [i: 4] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<4xf32> {
  ^bb0(%u: f32):
    %0 = math.tanh %u : f32
    tensor.yield %0 : f32
  }
  %hi = tensor.compute [i: 4] (%p[i + 4]) -> [i] : (tensor<8xf32>) -> tensor<4xf32> {
  ^bb0(%u: f32):
    %0 = math.tanh %u : f32
    tensor.yield %0 : f32
  }
  return %lo, %hi : tensor<4xf32>, tensor<4xf32>
}
