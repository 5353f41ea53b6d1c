// dlc-run on block programs: a tiled matmul (partial edge tiles) and a relu waiting on per-tile
// flags give the tensor-level values whatever the task order (block.seed); a program whose
// edge was left out reads a tile never written (NaN) in some orders.
// RUN: %dlc-run %s --print=full | %filecheck %s
// RUN: %dlc-run %s --entry @missing_edge --print=full | %filecheck %s --check-prefix=MISSING

// CHECK: result #0: tensor<3x2xf32> shape=[3, 2] dtype=f32 checksum=15 values=[1, 0, 0, 6, 0, 8]
func.func @main() -> tensor<3x2xf32> {
  %a = arith.constant dense<[[1.0, 0.0], [0.0, 3.0], [-4.0, 4.0]]> : tensor<3x2xf32>
  %b = arith.constant dense<[[1.0, 0.0], [0.0, 2.0]]> : tensor<2x2xf32>
  %r = block.program deps [@mm -> @relu flags] -> tensor<3x2xf32> {
    %mm = block.tile @mm tile [2, 1, 2] grid [2, 2, 1] reads [[2, 2], [2, 1]] smem 24 regs 64 -> tensor<3x2xf32> {
      %c = tensor.compute [i: 3, j: 2, k: 2 reduce] (%a[i, k], %b[k, j]) -> [i, j] add : (tensor<3x2xf32>, tensor<2x2xf32>) -> tensor<3x2xf32> {
      ^bb0(%x: f32, %y: f32):
        %m = arith.mulf %x, %y : f32
        tensor.yield %m : f32
      }
      block.yield %c : tensor<3x2xf32>
    }
    %relu = block.tile @relu tile [1, 2] grid [3, 1] reads [[1, 2]] smem 8 regs 64 -> tensor<3x2xf32> {
      %c = tensor.compute [i: 3, j: 2] (%mm[i, j]) -> [i, j] : (tensor<3x2xf32>) -> tensor<3x2xf32> {
      ^bb0(%x: f32):
        %z = arith.constant 0.0 : f32
        %m = arith.maximumf %x, %z : f32
        tensor.yield %m : f32
      }
      block.yield %c : tensor<3x2xf32>
    }
    block.yield %relu : tensor<3x2xf32>
  } attributes {block.seed = 3 : i64}
  return %r : tensor<3x2xf32>
}

// MISSING: values=[nan, nan]
func.func @missing_edge() -> tensor<2xf32> {
  %a = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %r = block.program deps [] -> tensor<2xf32> {
    %p = block.tile @p tile [2] grid [1] reads [[2]] smem 8 regs 64 -> tensor<2xf32> {
      %c = tensor.compute [i: 2] (%a[i]) -> [i] : (tensor<2xf32>) -> tensor<2xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<2xf32>
    }
    %q = block.tile @q tile [2] grid [1] reads [[2]] smem 8 regs 64 -> tensor<2xf32> {
      %c = tensor.compute [i: 2] (%p[i]) -> [i] : (tensor<2xf32>) -> tensor<2xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<2xf32>
    }
    block.yield %q : tensor<2xf32>
  } attributes {block.seed = 1 : i64}
  return %r : tensor<2xf32>
}
