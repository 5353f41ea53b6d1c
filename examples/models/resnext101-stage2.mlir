// ResNeXt stage 2 of 4: 4 bottleneck blocks, cardinality 64, input 1x256x56x56, f32; batch norm folded into conv biases.
func.func @main(%x: tensor<1x256x56x56xf32> {dlc.name = "x"}, %s1_b0_conv1_w: tensor<512x256x1x1xf32> {dlc.name = "s1.b0.conv1.w"}, %s1_b0_conv1_b: tensor<512xf32> {dlc.name = "s1.b0.conv1.b"}, %s1_b0_conv2_w: tensor<512x8x3x3xf32> {dlc.name = "s1.b0.conv2.w"}, %s1_b0_conv2_b: tensor<512xf32> {dlc.name = "s1.b0.conv2.b"}, %s1_b0_conv3_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b0.conv3.w"}, %s1_b0_conv3_b: tensor<512xf32> {dlc.name = "s1.b0.conv3.b"}, %s1_b0_down_w: tensor<512x256x1x1xf32> {dlc.name = "s1.b0.down.w"}, %s1_b0_down_b: tensor<512xf32> {dlc.name = "s1.b0.down.b"}, %s1_b1_conv1_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b1.conv1.w"}, %s1_b1_conv1_b: tensor<512xf32> {dlc.name = "s1.b1.conv1.b"}, %s1_b1_conv2_w: tensor<512x8x3x3xf32> {dlc.name = "s1.b1.conv2.w"}, %s1_b1_conv2_b: tensor<512xf32> {dlc.name = "s1.b1.conv2.b"}, %s1_b1_conv3_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b1.conv3.w"}, %s1_b1_conv3_b: tensor<512xf32> {dlc.name = "s1.b1.conv3.b"}, %s1_b2_conv1_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b2.conv1.w"}, %s1_b2_conv1_b: tensor<512xf32> {dlc.name = "s1.b2.conv1.b"}, %s1_b2_conv2_w: tensor<512x8x3x3xf32> {dlc.name = "s1.b2.conv2.w"}, %s1_b2_conv2_b: tensor<512xf32> {dlc.name = "s1.b2.conv2.b"}, %s1_b2_conv3_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b2.conv3.w"}, %s1_b2_conv3_b: tensor<512xf32> {dlc.name = "s1.b2.conv3.b"}, %s1_b3_conv1_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b3.conv1.w"}, %s1_b3_conv1_b: tensor<512xf32> {dlc.name = "s1.b3.conv1.b"}, %s1_b3_conv2_w: tensor<512x8x3x3xf32> {dlc.name = "s1.b3.conv2.w"}, %s1_b3_conv2_b: tensor<512xf32> {dlc.name = "s1.b3.conv2.b"}, %s1_b3_conv3_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b3.conv3.w"}, %s1_b3_conv3_b: tensor<512xf32> {dlc.name = "s1.b3.conv3.b"}) -> (tensor<1x512x28x28xf32> {dlc.name = "y"}) {
  %0 = graph.conv2d %x, %s1_b0_conv1_w, %s1_b0_conv1_b : tensor<1x256x56x56xf32>, tensor<512x256x1x1xf32>, tensor<512xf32>
  %1 = graph.relu %0 : tensor<1x512x56x56xf32>
  %2 = graph.conv2d %1, %s1_b0_conv2_w, %s1_b0_conv2_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 64 : tensor<1x512x56x56xf32>, tensor<512x8x3x3xf32>, tensor<512xf32>
  %3 = graph.relu %2 : tensor<1x512x28x28xf32>
  %4 = graph.conv2d %3, %s1_b0_conv3_w, %s1_b0_conv3_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %5 = graph.conv2d %x, %s1_b0_down_w, %s1_b0_down_b strides = [2, 2] : tensor<1x256x56x56xf32>, tensor<512x256x1x1xf32>, tensor<512xf32>
  %6 = graph.add %4, %5 : tensor<1x512x28x28xf32>, tensor<1x512x28x28xf32>
  %7 = graph.relu %6 : tensor<1x512x28x28xf32>
  %8 = graph.conv2d %7, %s1_b1_conv1_w, %s1_b1_conv1_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %9 = graph.relu %8 : tensor<1x512x28x28xf32>
  %10 = graph.conv2d %9, %s1_b1_conv2_w, %s1_b1_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x512x28x28xf32>, tensor<512x8x3x3xf32>, tensor<512xf32>
  %11 = graph.relu %10 : tensor<1x512x28x28xf32>
  %12 = graph.conv2d %11, %s1_b1_conv3_w, %s1_b1_conv3_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %13 = graph.add %12, %7 : tensor<1x512x28x28xf32>, tensor<1x512x28x28xf32>
  %14 = graph.relu %13 : tensor<1x512x28x28xf32>
  %15 = graph.conv2d %14, %s1_b2_conv1_w, %s1_b2_conv1_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %16 = graph.relu %15 : tensor<1x512x28x28xf32>
  %17 = graph.conv2d %16, %s1_b2_conv2_w, %s1_b2_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x512x28x28xf32>, tensor<512x8x3x3xf32>, tensor<512xf32>
  %18 = graph.relu %17 : tensor<1x512x28x28xf32>
  %19 = graph.conv2d %18, %s1_b2_conv3_w, %s1_b2_conv3_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %20 = graph.add %19, %14 : tensor<1x512x28x28xf32>, tensor<1x512x28x28xf32>
  %21 = graph.relu %20 : tensor<1x512x28x28xf32>
  %22 = graph.conv2d %21, %s1_b3_conv1_w, %s1_b3_conv1_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %23 = graph.relu %22 : tensor<1x512x28x28xf32>
  %24 = graph.conv2d %23, %s1_b3_conv2_w, %s1_b3_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x512x28x28xf32>, tensor<512x8x3x3xf32>, tensor<512xf32>
  %25 = graph.relu %24 : tensor<1x512x28x28xf32>
  %26 = graph.conv2d %25, %s1_b3_conv3_w, %s1_b3_conv3_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %27 = graph.add %26, %21 : tensor<1x512x28x28xf32>, tensor<1x512x28x28xf32>
  %28 = graph.relu %27 : tensor<1x512x28x28xf32>
  return %28 : tensor<1x512x28x28xf32>
}
