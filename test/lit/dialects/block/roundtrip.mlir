// block ops print back in their custom form, and the generic form reads back to the same IR.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s

// A matmul tiled 32x32 (edge tiles partial in j) feeding a relu with the same tiling.
// CHECK-LABEL: func.func @matmul_relu
// CHECK: %[[P:.*]] = block.program deps [@mm -> @relu flags] -> tensor<128x48xf32> {
// CHECK-NEXT: %[[MM:.*]] = block.tile @mm tile [32, 32, 64] grid [4, 2, 1] reads {{\[}}[32, 64], [64, 32]] smem 16384 regs 8192 -> tensor<128x48xf32> {
// CHECK-NEXT: %[[C:.*]] = tensor.compute [i: 128, j: 48, k: 64 reduce]
// CHECK: block.yield %[[C]] : tensor<128x48xf32>
// CHECK-NEXT: }
// CHECK-NEXT: block.tile @relu tile [32, 32] grid [4, 2] reads {{\[}}[32, 32]] smem 0 regs 1024 -> tensor<128x48xf32> {
// CHECK: block.yield %{{.*}} : tensor<128x48xf32>
// CHECK: return %[[P]]
func.func @matmul_relu(%a: tensor<128x64xf32>, %b: tensor<64x48xf32>) -> tensor<128x48xf32> {
  %r = block.program deps [@mm -> @relu flags] -> tensor<128x48xf32> {
    %mm = block.tile @mm tile [32, 32, 64] grid [4, 2, 1] reads [[32, 64], [64, 32]] smem 16384 regs 8192 -> tensor<128x48xf32> {
      %c = tensor.compute [i: 128, j: 48, k: 64 reduce] (%a[i, k], %b[k, j]) -> [i, j] add
          : (tensor<128x64xf32>, tensor<64x48xf32>) -> tensor<128x48xf32> {
      ^bb0(%x: f32, %y: f32):
        %m = arith.mulf %x, %y : f32
        tensor.yield %m : f32
      }
      block.yield %c : tensor<128x48xf32>
    }
    %relu = block.tile @relu tile [32, 32] grid [4, 2] reads [[32, 32]] smem 0 regs 1024 -> tensor<128x48xf32> {
      %c = tensor.compute [i: 128, j: 48] (%mm[i, j]) -> [i, j] : (tensor<128x48xf32>) -> tensor<128x48xf32> {
      ^bb0(%x: f32):
        %z = arith.constant 0.0 : f32
        %m = arith.maximumf %x, %z : f32
        tensor.yield %m : f32
      }
      block.yield %c : tensor<128x48xf32>
    }
    block.yield %relu : tensor<128x48xf32>
  }
  return %r : tensor<128x48xf32>
}

// A strided, dilated convolution: the footprint of a 2x2 output tile of a stride-2 dilation-2
// 3x3 window is (2-1)*2 + (3-1)*2 + 1 = 7 rows and columns. Discardable attributes survive.
// CHECK-LABEL: func.func @conv
// CHECK: block.program deps [] -> tensor<1x4x4x4xf32> {
// CHECK-NEXT: block.tile @conv tile [1, 4, 2, 2, 2, 3, 3] grid [1, 1, 2, 2, 1, 1, 1] reads {{\[}}[1, 2, 7, 7], [4, 2, 3, 3]] smem 1024 regs 512 -> tensor<1x4x4x4xf32> {
// CHECK: } attributes {note = "x"}
func.func @conv(%x: tensor<1x2x12x12xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x4x4xf32> {
  %r = block.program deps [] -> tensor<1x4x4x4xf32> {
    %t = block.tile @conv tile [1, 4, 2, 2, 2, 3, 3] grid [1, 1, 2, 2, 1, 1, 1] reads [[1, 2, 7, 7], [4, 2, 3, 3]] smem 1024 regs 512 -> tensor<1x4x4x4xf32> {
      %c = tensor.compute [b: 1, f: 4, oh: 4, ow: 4, c: 2 reduce, kh: 3 reduce, kw: 3 reduce]
          (%x[b, c, 2*oh + 2*kh, 2*ow + 2*kw], %w[f, c, kh, kw]) -> [b, f, oh, ow] add
          : (tensor<1x2x12x12xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x4x4xf32> {
      ^bb0(%in: f32, %wt: f32):
        %m = arith.mulf %in, %wt : f32
        tensor.yield %m : f32
      }
      block.yield %c : tensor<1x4x4x4xf32>
    } attributes {note = "x"}
    block.yield %t : tensor<1x4x4x4xf32>
  }
  return %r : tensor<1x4x4x4xf32>
}

// A fused tile (block-fuse's form): a producer computed inside the anchor's tile, its result
// leaving too (the program returns it), yielded after the anchor's.
// CHECK-LABEL: func.func @fused
// CHECK: %[[T:.*]]:2 = block.tile @e tile [4] grid [2] reads {{\[}}[4], [4]] smem 32 regs 128 -> (tensor<8xf32>, tensor<8xf32>) {
// CHECK-NEXT: %[[P:.*]] = tensor.compute [i: 8] (%arg0[i]) -> [i]
// CHECK: %[[E:.*]] = tensor.compute [i: 8] (%[[P]][i]) -> [i]
// CHECK: block.yield %[[E]], %[[P]] : tensor<8xf32>, tensor<8xf32>
// CHECK: block.yield %[[T]]#0, %[[T]]#1
func.func @fused(%a: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %r:2 = block.program deps [] -> (tensor<8xf32>, tensor<8xf32>) {
    %t:2 = block.tile @e tile [4] grid [2] reads [[4], [4]] smem 32 regs 128 -> (tensor<8xf32>, tensor<8xf32>) {
      %p = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      %e = tensor.compute [i: 8] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        %y = arith.mulf %x, %x : f32
        tensor.yield %y : f32
      }
      block.yield %e, %p : tensor<8xf32>, tensor<8xf32>
    }
    block.yield %t#0, %t#1 : tensor<8xf32>, tensor<8xf32>
  }
  return %r#0, %r#1 : tensor<8xf32>, tensor<8xf32>
}
