// ResNeXt stage 1 of 4: 3 bottleneck blocks, cardinality 64, input 1x64x56x56, f32; batch norm folded into conv biases.
func.func @main(%x: tensor<1x64x56x56xf32> {dlc.name = "x"}, %s0_b0_conv1_w: tensor<256x64x1x1xf32> {dlc.name = "s0.b0.conv1.w"}, %s0_b0_conv1_b: tensor<256xf32> {dlc.name = "s0.b0.conv1.b"}, %s0_b0_conv2_w: tensor<256x4x3x3xf32> {dlc.name = "s0.b0.conv2.w"}, %s0_b0_conv2_b: tensor<256xf32> {dlc.name = "s0.b0.conv2.b"}, %s0_b0_conv3_w: tensor<256x256x1x1xf32> {dlc.name = "s0.b0.conv3.w"}, %s0_b0_conv3_b: tensor<256xf32> {dlc.name = "s0.b0.conv3.b"}, %s0_b0_down_w: tensor<256x64x1x1xf32> {dlc.name = "s0.b0.down.w"}, %s0_b0_down_b: tensor<256xf32> {dlc.name = "s0.b0.down.b"}, %s0_b1_conv1_w: tensor<256x256x1x1xf32> {dlc.name = "s0.b1.conv1.w"}, %s0_b1_conv1_b: tensor<256xf32> {dlc.name = "s0.b1.conv1.b"}, %s0_b1_conv2_w: tensor<256x4x3x3xf32> {dlc.name = "s0.b1.conv2.w"}, %s0_b1_conv2_b: tensor<256xf32> {dlc.name = "s0.b1.conv2.b"}, %s0_b1_conv3_w: tensor<256x256x1x1xf32> {dlc.name = "s0.b1.conv3.w"}, %s0_b1_conv3_b: tensor<256xf32> {dlc.name = "s0.b1.conv3.b"}, %s0_b2_conv1_w: tensor<256x256x1x1xf32> {dlc.name = "s0.b2.conv1.w"}, %s0_b2_conv1_b: tensor<256xf32> {dlc.name = "s0.b2.conv1.b"}, %s0_b2_conv2_w: tensor<256x4x3x3xf32> {dlc.name = "s0.b2.conv2.w"}, %s0_b2_conv2_b: tensor<256xf32> {dlc.name = "s0.b2.conv2.b"}, %s0_b2_conv3_w: tensor<256x256x1x1xf32> {dlc.name = "s0.b2.conv3.w"}, %s0_b2_conv3_b: tensor<256xf32> {dlc.name = "s0.b2.conv3.b"}) -> (tensor<1x256x56x56xf32> {dlc.name = "y"}) {
  %0 = graph.conv2d %x, %s0_b0_conv1_w, %s0_b0_conv1_b : tensor<1x64x56x56xf32>, tensor<256x64x1x1xf32>, tensor<256xf32>
  %1 = graph.relu %0 : tensor<1x256x56x56xf32>
  %2 = graph.conv2d %1, %s0_b0_conv2_w, %s0_b0_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x256x56x56xf32>, tensor<256x4x3x3xf32>, tensor<256xf32>
  %3 = graph.relu %2 : tensor<1x256x56x56xf32>
  %4 = graph.conv2d %3, %s0_b0_conv3_w, %s0_b0_conv3_b : tensor<1x256x56x56xf32>, tensor<256x256x1x1xf32>, tensor<256xf32>
  %5 = graph.conv2d %x, %s0_b0_down_w, %s0_b0_down_b : tensor<1x64x56x56xf32>, tensor<256x64x1x1xf32>, tensor<256xf32>
  %6 = graph.add %4, %5 : tensor<1x256x56x56xf32>, tensor<1x256x56x56xf32>
  %7 = graph.relu %6 : tensor<1x256x56x56xf32>
  %8 = graph.conv2d %7, %s0_b1_conv1_w, %s0_b1_conv1_b : tensor<1x256x56x56xf32>, tensor<256x256x1x1xf32>, tensor<256xf32>
  %9 = graph.relu %8 : tensor<1x256x56x56xf32>
  %10 = graph.conv2d %9, %s0_b1_conv2_w, %s0_b1_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x256x56x56xf32>, tensor<256x4x3x3xf32>, tensor<256xf32>
  %11 = graph.relu %10 : tensor<1x256x56x56xf32>
  %12 = graph.conv2d %11, %s0_b1_conv3_w, %s0_b1_conv3_b : tensor<1x256x56x56xf32>, tensor<256x256x1x1xf32>, tensor<256xf32>
  %13 = graph.add %12, %7 : tensor<1x256x56x56xf32>, tensor<1x256x56x56xf32>
  %14 = graph.relu %13 : tensor<1x256x56x56xf32>
  %15 = graph.conv2d %14, %s0_b2_conv1_w, %s0_b2_conv1_b : tensor<1x256x56x56xf32>, tensor<256x256x1x1xf32>, tensor<256xf32>
  %16 = graph.relu %15 : tensor<1x256x56x56xf32>
  %17 = graph.conv2d %16, %s0_b2_conv2_w, %s0_b2_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x256x56x56xf32>, tensor<256x4x3x3xf32>, tensor<256xf32>
  %18 = graph.relu %17 : tensor<1x256x56x56xf32>
  %19 = graph.conv2d %18, %s0_b2_conv3_w, %s0_b2_conv3_b : tensor<1x256x56x56xf32>, tensor<256x256x1x1xf32>, tensor<256xf32>
  %20 = graph.add %19, %14 : tensor<1x256x56x56xf32>, tensor<1x256x56x56xf32>
  %21 = graph.relu %20 : tensor<1x256x56x56xf32>
  return %21 : tensor<1x256x56x56xf32>
}
