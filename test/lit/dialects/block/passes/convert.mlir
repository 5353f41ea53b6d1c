// convert-tensor-to-block: each run of TEs becomes a block.program of block.tiles, edges get a
// grid barrier; tile sizes default from the GPU profile or come from tile-sizes (cut to each
// extent, partial edge tiles where they do not divide); bad options are diagnosed.
// RUN: %dlc-opt %s --convert-tensor-to-block=tile-sizes=4,3 | %filecheck %s
// RUN: %dlc-opt %s --convert-tensor-to-block | %filecheck %s --check-prefix=H100
// RUN: %dlc-opt %s --convert-tensor-to-block=gpu=a100 | %filecheck %s --check-prefix=A100
// RUN: %dlc-opt %s --convert-tensor-to-block=tile-sizes=4,3 | %dlc-opt --mlir-print-op-generic | %dlc-opt | %filecheck %s
// RUN: not %dlc-opt %s --convert-tensor-to-block=tile-sizes=4,0 2>&1 | %filecheck %s --check-prefix=ZERO
// RUN: not %dlc-opt %s --convert-tensor-to-block=gpu=v100 2>&1 | %filecheck %s --check-prefix=GPU

// CHECK-LABEL: func.func @chain
// CHECK: %[[P:.*]]:2 = block.program deps [@te0 -> @te1 barrier, @te1 -> @te2 barrier] -> (tensor<10x7xf32>, tensor<10xf32>) {
// CHECK: block.tile @te0 tile [4, 3] grid [3, 3] reads {{\[}}[4, 3]] smem 48 regs 384 -> tensor<10x7xf32> {
// CHECK: block.tile @te1 tile [4, 3] grid [3, 3] reads {{\[}}[4, 3]] smem 48 regs 384 -> tensor<10x7xf32> {
// CHECK: block.tile @te2 tile [4, 7] grid [3, 1] reads {{\[}}[4, 7]] smem 112 regs 128 -> tensor<10xf32> {
// CHECK: block.yield %{{.*}}, %{{.*}} : tensor<10x7xf32>, tensor<10xf32>
// CHECK: return %[[P]]#0, %[[P]]#1

// A 512x512 elementwise TE: the default tiling halves until a tile per SM (132 on an H100,
// 108 on an A100): 256 tiles of 32x32 on the H100, 128 of 32x64 on the A100. Tile names
// restart in each function.
// H100-LABEL: func.func @big
// H100: block.tile @te0 tile [32, 32] grid [16, 16] reads {{\[}}[32, 32]] smem 4096 regs 32768
// A100-LABEL: func.func @big
// A100: block.tile @te0 tile [32, 64] grid [16, 8] reads {{\[}}[32, 64]] smem 8192

// ZERO: tile-sizes must be positive, but size #1 is 0
// GPU: v100
func.func @chain(%a: tensor<10x7xf32>) -> (tensor<10x7xf32>, tensor<10xf32>) {
  %p = tensor.compute [i: 10, j: 7] (%a[i, j]) -> [i, j] : (tensor<10x7xf32>) -> tensor<10x7xf32> {
  ^bb0(%x: f32):
    %y = math.exp %x : f32
    tensor.yield %y : f32
  }
  %e = tensor.compute [i: 10, j: 7] (%p[i, j]) -> [i, j] : (tensor<10x7xf32>) -> tensor<10x7xf32> {
  ^bb0(%x: f32):
    %y = arith.addf %x, %x : f32
    tensor.yield %y : f32
  }
  %s = tensor.compute [i: 10, j: 7 reduce] (%e[i, j]) -> [i] add : (tensor<10x7xf32>) -> tensor<10xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %e, %s : tensor<10x7xf32>, tensor<10xf32>
}

func.func @big(%a: tensor<512x512xf32>) -> tensor<512x512xf32> {
  %p = tensor.compute [i: 512, j: 512] (%a[i, j]) -> [i, j] : (tensor<512x512xf32>) -> tensor<512x512xf32> {
  ^bb0(%x: f32):
    %y = math.exp %x : f32
    tensor.yield %y : f32
  }
  return %p : tensor<512x512xf32>
}
