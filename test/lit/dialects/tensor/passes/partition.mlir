// tensor-partition: TEs grouped into partitions separated by the edges that need a global
// synchronisation; each TE carries its partition and the inputs it must wait for.
// RUN: %dlc-opt %s --allow-unregistered-dialect --tensor-partition | %filecheck %s

// A contraction, its elementwise epilogue (local), a row statistic of it (a sync: the row was
// computed by many parts), the normalisation (local reads of both), then a second contraction
// (a sync: it reads whole rows).
// CHECK-LABEL: func.func @stages
// CHECK-SAME: attributes {tensor.partitions = 3 : i64}
// CHECK: %[[M:.*]] = tensor.compute [i: 4, j: 8, k: 8 reduce] {{.*}} attributes {tensor.partition = 0 : i64}
// CHECK: %[[G:.*]] = tensor.compute [i: 4, j: 8] (%[[M]][i, j]) {{.*}} attributes {tensor.partition = 0 : i64}
// CHECK: %[[MX:.*]] = tensor.compute [i: 4, j: 8 reduce] (%[[G]][i, j]) {{.*}} attributes {tensor.partition = 1 : i64, tensor.sync_inputs = array<i64: 0>}
// CHECK: %[[D:.*]] = tensor.compute [i: 4, j: 8] (%[[G]][i, j], %[[MX]][i]) {{.*}} attributes {tensor.partition = 1 : i64}
// CHECK: tensor.compute [i: 4, j: 8, k: 8 reduce] (%[[D]][i, k], %arg1[k, j]) {{.*}} attributes {tensor.partition = 2 : i64, tensor.sync_inputs = array<i64: 0>}
func.func @stages(%a: tensor<4x8xf32>, %w: tensor<8x8xf32>) -> tensor<4x8xf32> {
  %m = tensor.compute [i: 4, j: 8, k: 8 reduce] (%a[i, k], %w[k, j]) -> [i, j] add : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  %g = tensor.compute [i: 4, j: 8] (%m[i, j]) -> [i, j] : (tensor<4x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32):
    %0 = math.tanh %x : f32
    tensor.yield %0 : f32
  }
  %mx = tensor.compute [i: 4, j: 8 reduce] (%g[i, j]) -> [i] max : (tensor<4x8xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %d = tensor.compute [i: 4, j: 8] (%g[i, j], %mx[i]) -> [i, j] : (tensor<4x8xf32>, tensor<4xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.subf %x, %y : f32
    tensor.yield %0 : f32
  }
  %n = tensor.compute [i: 4, j: 8, k: 8 reduce] (%d[i, k], %w[k, j]) -> [i, j] add : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  return %n : tensor<4x8xf32>
}

// An op that is not a TE needs all of its inputs: what it feeds starts a new partition.
// Multi-output TEs are partitioned as one.
// CHECK-LABEL: func.func @other_ops
// CHECK-SAME: attributes {tensor.partitions = 2 : i64}
// CHECK: %[[A:.*]]:2 = tensor.compute {{.*}} attributes {tensor.partition = 0 : i64}
// CHECK: %[[O:.*]] = "test.op"(%[[A]]#1)
// CHECK: tensor.compute [i: 4] (%[[A]]#0[i], %[[O]][i]) {{.*}} attributes {tensor.partition = 1 : i64, tensor.sync_inputs = array<i64: 1>}
func.func @other_ops(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a:2 = tensor.compute [i: 4] (%x[i]) -> [i], [i] : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  ^bb0(%u: f32):
    %0 = math.exp %u : f32
    tensor.yield %0, %u : f32, f32
  }
  %o = "test.op"(%a#1) : (tensor<4xf32>) -> tensor<4xf32>
  %b = tensor.compute [i: 4] (%a#0[i], %o[i]) -> [i] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%u: f32, %v: f32):
    %0 = arith.addf %u, %v : f32
    tensor.yield %0 : f32
  }
  return %b : tensor<4xf32>
}
