// block-print-deps: one remark per edge (class, producer tiles per consumer tile, bytes the
// consumer tiles read) and one per pair of independent tiles; every class appears.
// RUN: %dlc-opt %s --convert-tensor-to-block=tile-sizes=4,4 --block-print-deps 2>&1 >/dev/null | %filecheck %s
// RUN: %dlc-opt %s --convert-tensor-to-block=tile-sizes=4,4 --block-deps-dot=file=%t.dot && %filecheck %s --check-prefix=DOT < %t.dot
// The option can be given alone, as `--block-deps-dot=FILE`:
// RUN: %dlc-opt %s --convert-tensor-to-block=tile-sizes=4,4 --block-deps-dot=%t.bare.dot && %filecheck %s --check-prefix=DOT < %t.bare.dot

// CHECK: remark: @te0 -> @te1: identity, fan-in 1 per tile over 4 tiles, 256 bytes
// CHECK: remark: @te0 -> @te2: slab, fan-in 2 per tile over 4 tiles, 512 bytes
// CHECK: remark: @te0 -> @te3: bounded, fan-in 1..2 per tile over 4 tiles, 320 bytes
// CHECK: remark: @te0 -> @te4: all, fan-in 4 per tile over 1 tiles, 256 bytes
// CHECK-DAG: remark: @te0 -- @te5: none
// CHECK-DAG: remark: @te1 -- @te2: none
// CHECK-DAG: remark: @te3 -- @te4: none

// DOT: digraph block_deps {
// DOT: t0 [label="@te0\ngrid 2x2 (4 tiles)\ntile 4x4"];
// DOT: t0 -> t1 [label="identity\nfan-in 1\n256 B", color=darkgreen];
// DOT: t0 -> t2 [label="slab\nfan-in 2\n512 B", color=blue];
// DOT: t0 -> t3 [label="bounded\nfan-in 1..2\n320 B", color=orange];
// DOT: t0 -> t4 [label="all\nfan-in 4\n256 B", color=red];
func.func @classes(%a: tensor<8x8xf32>, %w: tensor<8x8xf32>) -> (tensor<8x8xf32>, tensor<8x8xf32>, tensor<6x8xf32>, tensor<f32>, tensor<8x8xf32>) {
  %p = tensor.compute [i: 8, j: 8] (%a[i, j]) -> [i, j] : (tensor<8x8xf32>) -> tensor<8x8xf32> {
  ^bb0(%x: f32):
    %y = math.exp %x : f32
    tensor.yield %y : f32
  }
  %e = tensor.compute [i: 8, j: 8] (%p[i, j]) -> [i, j] : (tensor<8x8xf32>) -> tensor<8x8xf32> {
  ^bb0(%x: f32):
    %y = arith.addf %x, %x : f32
    tensor.yield %y : f32
  }
  %s = tensor.compute [i: 8, j: 8, k: 8 reduce] (%p[i, k], %w[k, j]) -> [i, j] add : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %m = arith.mulf %x, %y : f32
    tensor.yield %m : f32
  }
  %t = tensor.compute [i: 6, j: 8, r: 3 reduce] (%p[i + r, j]) -> [i, j] add : (tensor<8x8xf32>) -> tensor<6x8xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %all = tensor.compute [i: 8 reduce, j: 8 reduce] (%p[i, j]) -> [] add : (tensor<8x8xf32>) -> tensor<f32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %q = tensor.compute [i: 8, j: 8] (%a[i, j]) -> [i, j] : (tensor<8x8xf32>) -> tensor<8x8xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %e, %s, %t, %all, %q : tensor<8x8xf32>, tensor<8x8xf32>, tensor<6x8xf32>, tensor<f32>, tensor<8x8xf32>
}
