// EfficientNet SE module: 32 channels, 112x112, squeeze 8, f32.
func.func @main(%x: tensor<1x32x112x112xf32> {dlc.name = "x"}, %se_reduce_w: tensor<8x32x1x1xf32> {dlc.name = "se.reduce.w"}, %se_reduce_b: tensor<8xf32> {dlc.name = "se.reduce.b"}, %se_expand_w: tensor<32x8x1x1xf32> {dlc.name = "se.expand.w"}, %se_expand_b: tensor<32xf32> {dlc.name = "se.expand.b"}) -> (tensor<1x32x112x112xf32> {dlc.name = "y"}) {
  %0 = graph.global_avg_pool %x : tensor<1x32x112x112xf32>
  %1 = graph.conv2d %0, %se_reduce_w, %se_reduce_b : tensor<1x32x1x1xf32>, tensor<8x32x1x1xf32>, tensor<8xf32>
  %2 = graph.sigmoid %1 : tensor<1x8x1x1xf32>
  %3 = graph.mul %1, %2 : tensor<1x8x1x1xf32>, tensor<1x8x1x1xf32>
  %4 = graph.conv2d %3, %se_expand_w, %se_expand_b : tensor<1x8x1x1xf32>, tensor<32x8x1x1xf32>, tensor<32xf32>
  %5 = graph.sigmoid %4 : tensor<1x32x1x1xf32>
  %6 = graph.mul %x, %5 : tensor<1x32x112x112xf32>, tensor<1x32x1x1xf32>
  return %6 : tensor<1x32x112x112xf32>
}
