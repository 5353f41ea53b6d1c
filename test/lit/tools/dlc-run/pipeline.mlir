// dlc-run reads standard input, so a program and its lowered form can be run on the same inputs:
// the graph program and its tensor.compute lowering print the same results.
// RUN: %dlc-run %s --seed 4 --print=full | %filecheck %s
// RUN: %dlc-opt %s --convert-graph-to-tensor | %dlc-run - --seed 4 --print=full | %filecheck %s

// CHECK: result #0: tensor<2x3xf32> shape=[2, 3] dtype=f32 checksum=-9.743896484375 values=[-5.1103516, -2.1049805, -1.8388672, 0.9626465, -0.5942383, -1.0581055]
func.func @main(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = graph.matmul %x, %w : tensor<2x4xf32>, tensor<4x3xf32>
  %1 = graph.add %0, %b : tensor<2x3xf32>, tensor<3xf32>
  return %1 : tensor<2x3xf32>
}
