// A transformer feed-forward tail: matmul + gelu, residual add, layer_norm over the hidden dim.
func.func @main(%x: tensor<2x8x16xf32>, %w: tensor<16x16xf32>, %gamma: tensor<16xf32>, %beta: tensor<16xf32>) -> tensor<2x8x16xf32> {
  %0 = graph.matmul %x, %w : tensor<2x8x16xf32>, tensor<16x16xf32>
  %1 = graph.gelu %0 : tensor<2x8x16xf32>
  %2 = graph.add %x, %1 : tensor<2x8x16xf32>, tensor<2x8x16xf32>
  %3 = graph.layer_norm %2, %gamma, %beta axis = -1 epsilon = 1.0e-05 : tensor<2x8x16xf32>, tensor<16xf32>
  return %3 : tensor<2x8x16xf32>
}
