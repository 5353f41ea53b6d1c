// tensor-fuse-horizontal: independent TEs over one domain that read a common input merge into
// one multi-output TE; dependent TEs and other domains stay apart.
// RUN: %dlc-opt %s --split-input-file --tensor-fuse-horizontal | %filecheck %s

// The Q, K and V projections of one activation: one TE with three outputs reads %x once.
// CHECK-LABEL: func.func @qkv
// CHECK: %[[R:.*]]:3 = tensor.compute [i: 8, j: 16, k: 16 reduce] (%arg0[i, k], %arg1[k, j], %arg2[k, j], %arg3[k, j]) -> [i, j] add, [i, j] add, [i, j] add
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[WQ:.*]]: f32, %[[WK:.*]]: f32, %[[WV:.*]]: f32):
// CHECK-NEXT: %[[Q:.*]] = arith.mulf %[[X]], %[[WQ]]
// CHECK-NEXT: %[[K:.*]] = arith.mulf %[[X]], %[[WK]]
// CHECK-NEXT: %[[V:.*]] = arith.mulf %[[X]], %[[WV]]
// CHECK-NEXT: tensor.yield %[[Q]], %[[K]], %[[V]]
// CHECK: return %[[R]]#0, %[[R]]#1, %[[R]]#2
func.func @qkv(%x: tensor<8x16xf32>, %wq: tensor<16x16xf32>, %wk: tensor<16x16xf32>, %wv: tensor<16x16xf32>)
    -> (tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>) {
  %q = tensor.compute [i: 8, j: 16, k: 16 reduce] (%x[i, k], %wq[k, j]) -> [i, j] add : (tensor<8x16xf32>, tensor<16x16xf32>) -> tensor<8x16xf32> {
  ^bb0(%a: f32, %b: f32):
    %0 = arith.mulf %a, %b : f32
    tensor.yield %0 : f32
  }
  %k = tensor.compute [i: 8, j: 16, k: 16 reduce] (%x[i, k], %wk[k, j]) -> [i, j] add : (tensor<8x16xf32>, tensor<16x16xf32>) -> tensor<8x16xf32> {
  ^bb0(%a: f32, %b: f32):
    %0 = arith.mulf %a, %b : f32
    tensor.yield %0 : f32
  }
  %v = tensor.compute [i: 8, j: 16, k: 16 reduce] (%x[i, k], %wv[k, j]) -> [i, j] add : (tensor<8x16xf32>, tensor<16x16xf32>) -> tensor<8x16xf32> {
  ^bb0(%a: f32, %b: f32):
    %0 = arith.mulf %a, %b : f32
    tensor.yield %0 : f32
  }
  return %q, %k, %v : tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>
}

// -----

// %b reads %a's result: not independent. %c has another domain. %d shares nothing with %a.
// CHECK-LABEL: func.func @apart
// CHECK-COUNT-4: tensor.compute [
// CHECK-NOT: tensor.compute [
func.func @apart(%x: tensor<4xf32>, %y: tensor<4xf32>) -> (tensor<4xf32>, tensor<2xf32>, tensor<4xf32>) {
  %a = tensor.compute [i: 4] (%x[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%u: f32):
    %0 = math.exp %u : f32
    tensor.yield %0 : f32
  }
  %b = tensor.compute [i: 4] (%x[i], %a[i]) -> [i] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%u: f32, %v: f32):
    %0 = arith.addf %u, %v : f32
    tensor.yield %0 : f32
  }
  %c = tensor.compute [i: 2] (%x[i * 2]) -> [i] : (tensor<4xf32>) -> tensor<2xf32> {
  ^bb0(%u: f32):
    tensor.yield %u : f32
  }
  %d = tensor.compute [i: 4] (%y[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%u: f32):
    %0 = math.tanh %u : f32
    tensor.yield %0 : f32
  }
  return %b, %c, %d : tensor<4xf32>, tensor<2xf32>, tensor<4xf32>
}

// -----

// %a and %b merge; %d also reads %x but depends on the merged TE through %c (which read %b):
// the dependencies known before the merge carry over to the merged TE, so %d stays apart.
// CHECK-LABEL: func.func @through_merged
// CHECK: %[[AB:.*]]:2 = tensor.compute [i: 4] (%arg0[i]) -> [i], [i]
// CHECK: %[[C:.*]] = tensor.compute [i: 4] (%[[AB]]#1[i]) -> [i]
// CHECK: tensor.compute [i: 4] (%arg0[i], %[[C]][i]) -> [i]
// CHECK-NOT: tensor.compute [
func.func @through_merged(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %a = tensor.compute [i: 4] (%x[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%v: f32):
    %0 = arith.addf %v, %v : f32
    tensor.yield %0 : f32
  }
  %b = tensor.compute [i: 4] (%x[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%v: f32):
    %0 = arith.mulf %v, %v : f32
    tensor.yield %0 : f32
  }
  %c = tensor.compute [i: 4] (%b[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%v: f32):
    %0 = math.exp %v : f32
    tensor.yield %0 : f32
  }
  %d = tensor.compute [i: 4] (%x[i], %c[i]) -> [i] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%v: f32, %w: f32):
    %0 = arith.subf %v, %w : f32
    tensor.yield %0 : f32
  }
  return %a, %d : tensor<4xf32>, tensor<4xf32>
}
