// ResNeXt stage 3 of 4: 2 bottleneck blocks, cardinality 2, input 1x32x2x2, f32; batch norm folded into conv biases.
func.func @main(%x: tensor<1x32x2x2xf32> {dlc.name = "x"}, %s2_b0_conv1_w: tensor<16x32x1x1xf32> {dlc.name = "s2.b0.conv1.w"}, %s2_b0_conv1_b: tensor<16xf32> {dlc.name = "s2.b0.conv1.b"}, %s2_b0_conv2_w: tensor<16x8x3x3xf32> {dlc.name = "s2.b0.conv2.w"}, %s2_b0_conv2_b: tensor<16xf32> {dlc.name = "s2.b0.conv2.b"}, %s2_b0_conv3_w: tensor<64x16x1x1xf32> {dlc.name = "s2.b0.conv3.w"}, %s2_b0_conv3_b: tensor<64xf32> {dlc.name = "s2.b0.conv3.b"}, %s2_b0_down_w: tensor<64x32x1x1xf32> {dlc.name = "s2.b0.down.w"}, %s2_b0_down_b: tensor<64xf32> {dlc.name = "s2.b0.down.b"}, %s2_b1_conv1_w: tensor<16x64x1x1xf32> {dlc.name = "s2.b1.conv1.w"}, %s2_b1_conv1_b: tensor<16xf32> {dlc.name = "s2.b1.conv1.b"}, %s2_b1_conv2_w: tensor<16x8x3x3xf32> {dlc.name = "s2.b1.conv2.w"}, %s2_b1_conv2_b: tensor<16xf32> {dlc.name = "s2.b1.conv2.b"}, %s2_b1_conv3_w: tensor<64x16x1x1xf32> {dlc.name = "s2.b1.conv3.w"}, %s2_b1_conv3_b: tensor<64xf32> {dlc.name = "s2.b1.conv3.b"}) -> (tensor<1x64x1x1xf32> {dlc.name = "y"}) {
  %0 = graph.conv2d %x, %s2_b0_conv1_w, %s2_b0_conv1_b : tensor<1x32x2x2xf32>, tensor<16x32x1x1xf32>, tensor<16xf32>
  %1 = graph.relu %0 : tensor<1x16x2x2xf32>
  %2 = graph.conv2d %1, %s2_b0_conv2_w, %s2_b0_conv2_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 2 : tensor<1x16x2x2xf32>, tensor<16x8x3x3xf32>, tensor<16xf32>
  %3 = graph.relu %2 : tensor<1x16x1x1xf32>
  %4 = graph.conv2d %3, %s2_b0_conv3_w, %s2_b0_conv3_b : tensor<1x16x1x1xf32>, tensor<64x16x1x1xf32>, tensor<64xf32>
  %5 = graph.conv2d %x, %s2_b0_down_w, %s2_b0_down_b strides = [2, 2] : tensor<1x32x2x2xf32>, tensor<64x32x1x1xf32>, tensor<64xf32>
  %6 = graph.add %4, %5 : tensor<1x64x1x1xf32>, tensor<1x64x1x1xf32>
  %7 = graph.relu %6 : tensor<1x64x1x1xf32>
  %8 = graph.conv2d %7, %s2_b1_conv1_w, %s2_b1_conv1_b : tensor<1x64x1x1xf32>, tensor<16x64x1x1xf32>, tensor<16xf32>
  %9 = graph.relu %8 : tensor<1x16x1x1xf32>
  %10 = graph.conv2d %9, %s2_b1_conv2_w, %s2_b1_conv2_b pads = [1, 1, 1, 1] groups = 2 : tensor<1x16x1x1xf32>, tensor<16x8x3x3xf32>, tensor<16xf32>
  %11 = graph.relu %10 : tensor<1x16x1x1xf32>
  %12 = graph.conv2d %11, %s2_b1_conv3_w, %s2_b1_conv3_b : tensor<1x16x1x1xf32>, tensor<64x16x1x1xf32>, tensor<64xf32>
  %13 = graph.add %12, %7 : tensor<1x64x1x1xf32>, tensor<1x64x1x1xf32>
  %14 = graph.relu %13 : tensor<1x64x1x1xf32>
  return %14 : tensor<1x64x1x1xf32>
}
