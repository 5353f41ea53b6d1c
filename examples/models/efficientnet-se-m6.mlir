// EfficientNet SE module: 480 channels, 14x14, squeeze 20, f32.
func.func @main(%x: tensor<1x480x14x14xf32> {dlc.name = "x"}, %se_reduce_w: tensor<20x480x1x1xf32> {dlc.name = "se.reduce.w"}, %se_reduce_b: tensor<20xf32> {dlc.name = "se.reduce.b"}, %se_expand_w: tensor<480x20x1x1xf32> {dlc.name = "se.expand.w"}, %se_expand_b: tensor<480xf32> {dlc.name = "se.expand.b"}) -> (tensor<1x480x14x14xf32> {dlc.name = "y"}) {
  %0 = graph.global_avg_pool %x : tensor<1x480x14x14xf32>
  %1 = graph.conv2d %0, %se_reduce_w, %se_reduce_b : tensor<1x480x1x1xf32>, tensor<20x480x1x1xf32>, tensor<20xf32>
  %2 = graph.sigmoid %1 : tensor<1x20x1x1xf32>
  %3 = graph.mul %1, %2 : tensor<1x20x1x1xf32>, tensor<1x20x1x1xf32>
  %4 = graph.conv2d %3, %se_expand_w, %se_expand_b : tensor<1x20x1x1xf32>, tensor<480x20x1x1xf32>, tensor<480xf32>
  %5 = graph.sigmoid %4 : tensor<1x480x1x1xf32>
  %6 = graph.mul %x, %5 : tensor<1x480x14x14xf32>, tensor<1x480x1x1xf32>
  return %6 : tensor<1x480x14x14xf32>
}
