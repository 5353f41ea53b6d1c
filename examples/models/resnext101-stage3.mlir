// ResNeXt stage 3 of 4: 23 bottleneck blocks, cardinality 64, input 1x512x28x28, f32; batch norm folded into conv biases.
func.func @main(%x: tensor<1x512x28x28xf32> {dlc.name = "x"}, %s2_b0_conv1_w: tensor<1024x512x1x1xf32> {dlc.name = "s2.b0.conv1.w"}, %s2_b0_conv1_b: tensor<1024xf32> {dlc.name = "s2.b0.conv1.b"}, %s2_b0_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b0.conv2.w"}, %s2_b0_conv2_b: tensor<1024xf32> {dlc.name = "s2.b0.conv2.b"}, %s2_b0_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b0.conv3.w"}, %s2_b0_conv3_b: tensor<1024xf32> {dlc.name = "s2.b0.conv3.b"}, %s2_b0_down_w: tensor<1024x512x1x1xf32> {dlc.name = "s2.b0.down.w"}, %s2_b0_down_b: tensor<1024xf32> {dlc.name = "s2.b0.down.b"}, %s2_b1_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b1.conv1.w"}, %s2_b1_conv1_b: tensor<1024xf32> {dlc.name = "s2.b1.conv1.b"}, %s2_b1_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b1.conv2.w"}, %s2_b1_conv2_b: tensor<1024xf32> {dlc.name = "s2.b1.conv2.b"}, %s2_b1_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b1.conv3.w"}, %s2_b1_conv3_b: tensor<1024xf32> {dlc.name = "s2.b1.conv3.b"}, %s2_b2_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b2.conv1.w"}, %s2_b2_conv1_b: tensor<1024xf32> {dlc.name = "s2.b2.conv1.b"}, %s2_b2_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b2.conv2.w"}, %s2_b2_conv2_b: tensor<1024xf32> {dlc.name = "s2.b2.conv2.b"}, %s2_b2_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b2.conv3.w"}, %s2_b2_conv3_b: tensor<1024xf32> {dlc.name = "s2.b2.conv3.b"}, %s2_b3_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b3.conv1.w"}, %s2_b3_conv1_b: tensor<1024xf32> {dlc.name = "s2.b3.conv1.b"}, %s2_b3_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b3.conv2.w"}, %s2_b3_conv2_b: tensor<1024xf32> {dlc.name = "s2.b3.conv2.b"}, %s2_b3_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b3.conv3.w"}, %s2_b3_conv3_b: tensor<1024xf32> {dlc.name = "s2.b3.conv3.b"}, %s2_b4_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b4.conv1.w"}, %s2_b4_conv1_b: tensor<1024xf32> {dlc.name = "s2.b4.conv1.b"}, %s2_b4_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b4.conv2.w"}, %s2_b4_conv2_b: tensor<1024xf32> {dlc.name = "s2.b4.conv2.b"}, %s2_b4_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b4.conv3.w"}, %s2_b4_conv3_b: tensor<1024xf32> {dlc.name = "s2.b4.conv3.b"}, %s2_b5_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b5.conv1.w"}, %s2_b5_conv1_b: tensor<1024xf32> {dlc.name = "s2.b5.conv1.b"}, %s2_b5_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b5.conv2.w"}, %s2_b5_conv2_b: tensor<1024xf32> {dlc.name = "s2.b5.conv2.b"}, %s2_b5_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b5.conv3.w"}, %s2_b5_conv3_b: tensor<1024xf32> {dlc.name = "s2.b5.conv3.b"}, %s2_b6_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b6.conv1.w"}, %s2_b6_conv1_b: tensor<1024xf32> {dlc.name = "s2.b6.conv1.b"}, %s2_b6_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b6.conv2.w"}, %s2_b6_conv2_b: tensor<1024xf32> {dlc.name = "s2.b6.conv2.b"}, %s2_b6_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b6.conv3.w"}, %s2_b6_conv3_b: tensor<1024xf32> {dlc.name = "s2.b6.conv3.b"}, %s2_b7_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b7.conv1.w"}, %s2_b7_conv1_b: tensor<1024xf32> {dlc.name = "s2.b7.conv1.b"}, %s2_b7_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b7.conv2.w"}, %s2_b7_conv2_b: tensor<1024xf32> {dlc.name = "s2.b7.conv2.b"}, %s2_b7_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b7.conv3.w"}, %s2_b7_conv3_b: tensor<1024xf32> {dlc.name = "s2.b7.conv3.b"}, %s2_b8_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b8.conv1.w"}, %s2_b8_conv1_b: tensor<1024xf32> {dlc.name = "s2.b8.conv1.b"}, %s2_b8_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b8.conv2.w"}, %s2_b8_conv2_b: tensor<1024xf32> {dlc.name = "s2.b8.conv2.b"}, %s2_b8_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b8.conv3.w"}, %s2_b8_conv3_b: tensor<1024xf32> {dlc.name = "s2.b8.conv3.b"}, %s2_b9_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b9.conv1.w"}, %s2_b9_conv1_b: tensor<1024xf32> {dlc.name = "s2.b9.conv1.b"}, %s2_b9_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b9.conv2.w"}, %s2_b9_conv2_b: tensor<1024xf32> {dlc.name = "s2.b9.conv2.b"}, %s2_b9_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b9.conv3.w"}, %s2_b9_conv3_b: tensor<1024xf32> {dlc.name = "s2.b9.conv3.b"}, %s2_b10_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b10.conv1.w"}, %s2_b10_conv1_b: tensor<1024xf32> {dlc.name = "s2.b10.conv1.b"}, %s2_b10_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b10.conv2.w"}, %s2_b10_conv2_b: tensor<1024xf32> {dlc.name = "s2.b10.conv2.b"}, %s2_b10_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b10.conv3.w"}, %s2_b10_conv3_b: tensor<1024xf32> {dlc.name = "s2.b10.conv3.b"}, %s2_b11_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b11.conv1.w"}, %s2_b11_conv1_b: tensor<1024xf32> {dlc.name = "s2.b11.conv1.b"}, %s2_b11_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b11.conv2.w"}, %s2_b11_conv2_b: tensor<1024xf32> {dlc.name = "s2.b11.conv2.b"}, %s2_b11_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b11.conv3.w"}, %s2_b11_conv3_b: tensor<1024xf32> {dlc.name = "s2.b11.conv3.b"}, %s2_b12_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b12.conv1.w"}, %s2_b12_conv1_b: tensor<1024xf32> {dlc.name = "s2.b12.conv1.b"}, %s2_b12_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b12.conv2.w"}, %s2_b12_conv2_b: tensor<1024xf32> {dlc.name = "s2.b12.conv2.b"}, %s2_b12_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b12.conv3.w"}, %s2_b12_conv3_b: tensor<1024xf32> {dlc.name = "s2.b12.conv3.b"}, %s2_b13_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b13.conv1.w"}, %s2_b13_conv1_b: tensor<1024xf32> {dlc.name = "s2.b13.conv1.b"}, %s2_b13_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b13.conv2.w"}, %s2_b13_conv2_b: tensor<1024xf32> {dlc.name = "s2.b13.conv2.b"}, %s2_b13_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b13.conv3.w"}, %s2_b13_conv3_b: tensor<1024xf32> {dlc.name = "s2.b13.conv3.b"}, %s2_b14_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b14.conv1.w"}, %s2_b14_conv1_b: tensor<1024xf32> {dlc.name = "s2.b14.conv1.b"}, %s2_b14_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b14.conv2.w"}, %s2_b14_conv2_b: tensor<1024xf32> {dlc.name = "s2.b14.conv2.b"}, %s2_b14_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b14.conv3.w"}, %s2_b14_conv3_b: tensor<1024xf32> {dlc.name = "s2.b14.conv3.b"}, %s2_b15_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b15.conv1.w"}, %s2_b15_conv1_b: tensor<1024xf32> {dlc.name = "s2.b15.conv1.b"}, %s2_b15_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b15.conv2.w"}, %s2_b15_conv2_b: tensor<1024xf32> {dlc.name = "s2.b15.conv2.b"}, %s2_b15_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b15.conv3.w"}, %s2_b15_conv3_b: tensor<1024xf32> {dlc.name = "s2.b15.conv3.b"}, %s2_b16_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b16.conv1.w"}, %s2_b16_conv1_b: tensor<1024xf32> {dlc.name = "s2.b16.conv1.b"}, %s2_b16_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b16.conv2.w"}, %s2_b16_conv2_b: tensor<1024xf32> {dlc.name = "s2.b16.conv2.b"}, %s2_b16_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b16.conv3.w"}, %s2_b16_conv3_b: tensor<1024xf32> {dlc.name = "s2.b16.conv3.b"}, %s2_b17_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b17.conv1.w"}, %s2_b17_conv1_b: tensor<1024xf32> {dlc.name = "s2.b17.conv1.b"}, %s2_b17_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b17.conv2.w"}, %s2_b17_conv2_b: tensor<1024xf32> {dlc.name = "s2.b17.conv2.b"}, %s2_b17_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b17.conv3.w"}, %s2_b17_conv3_b: tensor<1024xf32> {dlc.name = "s2.b17.conv3.b"}, %s2_b18_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b18.conv1.w"}, %s2_b18_conv1_b: tensor<1024xf32> {dlc.name = "s2.b18.conv1.b"}, %s2_b18_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b18.conv2.w"}, %s2_b18_conv2_b: tensor<1024xf32> {dlc.name = "s2.b18.conv2.b"}, %s2_b18_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b18.conv3.w"}, %s2_b18_conv3_b: tensor<1024xf32> {dlc.name = "s2.b18.conv3.b"}, %s2_b19_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b19.conv1.w"}, %s2_b19_conv1_b: tensor<1024xf32> {dlc.name = "s2.b19.conv1.b"}, %s2_b19_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b19.conv2.w"}, %s2_b19_conv2_b: tensor<1024xf32> {dlc.name = "s2.b19.conv2.b"}, %s2_b19_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b19.conv3.w"}, %s2_b19_conv3_b: tensor<1024xf32> {dlc.name = "s2.b19.conv3.b"}, %s2_b20_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b20.conv1.w"}, %s2_b20_conv1_b: tensor<1024xf32> {dlc.name = "s2.b20.conv1.b"}, %s2_b20_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b20.conv2.w"}, %s2_b20_conv2_b: tensor<1024xf32> {dlc.name = "s2.b20.conv2.b"}, %s2_b20_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b20.conv3.w"}, %s2_b20_conv3_b: tensor<1024xf32> {dlc.name = "s2.b20.conv3.b"}, %s2_b21_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b21.conv1.w"}, %s2_b21_conv1_b: tensor<1024xf32> {dlc.name = "s2.b21.conv1.b"}, %s2_b21_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b21.conv2.w"}, %s2_b21_conv2_b: tensor<1024xf32> {dlc.name = "s2.b21.conv2.b"}, %s2_b21_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b21.conv3.w"}, %s2_b21_conv3_b: tensor<1024xf32> {dlc.name = "s2.b21.conv3.b"}, %s2_b22_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b22.conv1.w"}, %s2_b22_conv1_b: tensor<1024xf32> {dlc.name = "s2.b22.conv1.b"}, %s2_b22_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b22.conv2.w"}, %s2_b22_conv2_b: tensor<1024xf32> {dlc.name = "s2.b22.conv2.b"}, %s2_b22_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b22.conv3.w"}, %s2_b22_conv3_b: tensor<1024xf32> {dlc.name = "s2.b22.conv3.b"}) -> (tensor<1x1024x14x14xf32> {dlc.name = "y"}) {
  %0 = graph.conv2d %x, %s2_b0_conv1_w, %s2_b0_conv1_b : tensor<1x512x28x28xf32>, tensor<1024x512x1x1xf32>, tensor<1024xf32>
  %1 = graph.relu %0 : tensor<1x1024x28x28xf32>
  %2 = graph.conv2d %1, %s2_b0_conv2_w, %s2_b0_conv2_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x28x28xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %3 = graph.relu %2 : tensor<1x1024x14x14xf32>
  %4 = graph.conv2d %3, %s2_b0_conv3_w, %s2_b0_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %5 = graph.conv2d %x, %s2_b0_down_w, %s2_b0_down_b strides = [2, 2] : tensor<1x512x28x28xf32>, tensor<1024x512x1x1xf32>, tensor<1024xf32>
  %6 = graph.add %4, %5 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %7 = graph.relu %6 : tensor<1x1024x14x14xf32>
  %8 = graph.conv2d %7, %s2_b1_conv1_w, %s2_b1_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %9 = graph.relu %8 : tensor<1x1024x14x14xf32>
  %10 = graph.conv2d %9, %s2_b1_conv2_w, %s2_b1_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %11 = graph.relu %10 : tensor<1x1024x14x14xf32>
  %12 = graph.conv2d %11, %s2_b1_conv3_w, %s2_b1_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %13 = graph.add %12, %7 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %14 = graph.relu %13 : tensor<1x1024x14x14xf32>
  %15 = graph.conv2d %14, %s2_b2_conv1_w, %s2_b2_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %16 = graph.relu %15 : tensor<1x1024x14x14xf32>
  %17 = graph.conv2d %16, %s2_b2_conv2_w, %s2_b2_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %18 = graph.relu %17 : tensor<1x1024x14x14xf32>
  %19 = graph.conv2d %18, %s2_b2_conv3_w, %s2_b2_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %20 = graph.add %19, %14 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %21 = graph.relu %20 : tensor<1x1024x14x14xf32>
  %22 = graph.conv2d %21, %s2_b3_conv1_w, %s2_b3_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %23 = graph.relu %22 : tensor<1x1024x14x14xf32>
  %24 = graph.conv2d %23, %s2_b3_conv2_w, %s2_b3_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %25 = graph.relu %24 : tensor<1x1024x14x14xf32>
  %26 = graph.conv2d %25, %s2_b3_conv3_w, %s2_b3_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %27 = graph.add %26, %21 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %28 = graph.relu %27 : tensor<1x1024x14x14xf32>
  %29 = graph.conv2d %28, %s2_b4_conv1_w, %s2_b4_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %30 = graph.relu %29 : tensor<1x1024x14x14xf32>
  %31 = graph.conv2d %30, %s2_b4_conv2_w, %s2_b4_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %32 = graph.relu %31 : tensor<1x1024x14x14xf32>
  %33 = graph.conv2d %32, %s2_b4_conv3_w, %s2_b4_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %34 = graph.add %33, %28 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %35 = graph.relu %34 : tensor<1x1024x14x14xf32>
  %36 = graph.conv2d %35, %s2_b5_conv1_w, %s2_b5_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %37 = graph.relu %36 : tensor<1x1024x14x14xf32>
  %38 = graph.conv2d %37, %s2_b5_conv2_w, %s2_b5_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %39 = graph.relu %38 : tensor<1x1024x14x14xf32>
  %40 = graph.conv2d %39, %s2_b5_conv3_w, %s2_b5_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %41 = graph.add %40, %35 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %42 = graph.relu %41 : tensor<1x1024x14x14xf32>
  %43 = graph.conv2d %42, %s2_b6_conv1_w, %s2_b6_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %44 = graph.relu %43 : tensor<1x1024x14x14xf32>
  %45 = graph.conv2d %44, %s2_b6_conv2_w, %s2_b6_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %46 = graph.relu %45 : tensor<1x1024x14x14xf32>
  %47 = graph.conv2d %46, %s2_b6_conv3_w, %s2_b6_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %48 = graph.add %47, %42 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %49 = graph.relu %48 : tensor<1x1024x14x14xf32>
  %50 = graph.conv2d %49, %s2_b7_conv1_w, %s2_b7_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %51 = graph.relu %50 : tensor<1x1024x14x14xf32>
  %52 = graph.conv2d %51, %s2_b7_conv2_w, %s2_b7_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %53 = graph.relu %52 : tensor<1x1024x14x14xf32>
  %54 = graph.conv2d %53, %s2_b7_conv3_w, %s2_b7_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %55 = graph.add %54, %49 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %56 = graph.relu %55 : tensor<1x1024x14x14xf32>
  %57 = graph.conv2d %56, %s2_b8_conv1_w, %s2_b8_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %58 = graph.relu %57 : tensor<1x1024x14x14xf32>
  %59 = graph.conv2d %58, %s2_b8_conv2_w, %s2_b8_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %60 = graph.relu %59 : tensor<1x1024x14x14xf32>
  %61 = graph.conv2d %60, %s2_b8_conv3_w, %s2_b8_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %62 = graph.add %61, %56 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %63 = graph.relu %62 : tensor<1x1024x14x14xf32>
  %64 = graph.conv2d %63, %s2_b9_conv1_w, %s2_b9_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %65 = graph.relu %64 : tensor<1x1024x14x14xf32>
  %66 = graph.conv2d %65, %s2_b9_conv2_w, %s2_b9_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %67 = graph.relu %66 : tensor<1x1024x14x14xf32>
  %68 = graph.conv2d %67, %s2_b9_conv3_w, %s2_b9_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %69 = graph.add %68, %63 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %70 = graph.relu %69 : tensor<1x1024x14x14xf32>
  %71 = graph.conv2d %70, %s2_b10_conv1_w, %s2_b10_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %72 = graph.relu %71 : tensor<1x1024x14x14xf32>
  %73 = graph.conv2d %72, %s2_b10_conv2_w, %s2_b10_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %74 = graph.relu %73 : tensor<1x1024x14x14xf32>
  %75 = graph.conv2d %74, %s2_b10_conv3_w, %s2_b10_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %76 = graph.add %75, %70 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %77 = graph.relu %76 : tensor<1x1024x14x14xf32>
  %78 = graph.conv2d %77, %s2_b11_conv1_w, %s2_b11_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %79 = graph.relu %78 : tensor<1x1024x14x14xf32>
  %80 = graph.conv2d %79, %s2_b11_conv2_w, %s2_b11_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %81 = graph.relu %80 : tensor<1x1024x14x14xf32>
  %82 = graph.conv2d %81, %s2_b11_conv3_w, %s2_b11_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %83 = graph.add %82, %77 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %84 = graph.relu %83 : tensor<1x1024x14x14xf32>
  %85 = graph.conv2d %84, %s2_b12_conv1_w, %s2_b12_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %86 = graph.relu %85 : tensor<1x1024x14x14xf32>
  %87 = graph.conv2d %86, %s2_b12_conv2_w, %s2_b12_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %88 = graph.relu %87 : tensor<1x1024x14x14xf32>
  %89 = graph.conv2d %88, %s2_b12_conv3_w, %s2_b12_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %90 = graph.add %89, %84 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %91 = graph.relu %90 : tensor<1x1024x14x14xf32>
  %92 = graph.conv2d %91, %s2_b13_conv1_w, %s2_b13_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %93 = graph.relu %92 : tensor<1x1024x14x14xf32>
  %94 = graph.conv2d %93, %s2_b13_conv2_w, %s2_b13_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %95 = graph.relu %94 : tensor<1x1024x14x14xf32>
  %96 = graph.conv2d %95, %s2_b13_conv3_w, %s2_b13_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %97 = graph.add %96, %91 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %98 = graph.relu %97 : tensor<1x1024x14x14xf32>
  %99 = graph.conv2d %98, %s2_b14_conv1_w, %s2_b14_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %100 = graph.relu %99 : tensor<1x1024x14x14xf32>
  %101 = graph.conv2d %100, %s2_b14_conv2_w, %s2_b14_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %102 = graph.relu %101 : tensor<1x1024x14x14xf32>
  %103 = graph.conv2d %102, %s2_b14_conv3_w, %s2_b14_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %104 = graph.add %103, %98 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %105 = graph.relu %104 : tensor<1x1024x14x14xf32>
  %106 = graph.conv2d %105, %s2_b15_conv1_w, %s2_b15_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %107 = graph.relu %106 : tensor<1x1024x14x14xf32>
  %108 = graph.conv2d %107, %s2_b15_conv2_w, %s2_b15_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %109 = graph.relu %108 : tensor<1x1024x14x14xf32>
  %110 = graph.conv2d %109, %s2_b15_conv3_w, %s2_b15_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %111 = graph.add %110, %105 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %112 = graph.relu %111 : tensor<1x1024x14x14xf32>
  %113 = graph.conv2d %112, %s2_b16_conv1_w, %s2_b16_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %114 = graph.relu %113 : tensor<1x1024x14x14xf32>
  %115 = graph.conv2d %114, %s2_b16_conv2_w, %s2_b16_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %116 = graph.relu %115 : tensor<1x1024x14x14xf32>
  %117 = graph.conv2d %116, %s2_b16_conv3_w, %s2_b16_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %118 = graph.add %117, %112 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %119 = graph.relu %118 : tensor<1x1024x14x14xf32>
  %120 = graph.conv2d %119, %s2_b17_conv1_w, %s2_b17_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %121 = graph.relu %120 : tensor<1x1024x14x14xf32>
  %122 = graph.conv2d %121, %s2_b17_conv2_w, %s2_b17_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %123 = graph.relu %122 : tensor<1x1024x14x14xf32>
  %124 = graph.conv2d %123, %s2_b17_conv3_w, %s2_b17_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %125 = graph.add %124, %119 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %126 = graph.relu %125 : tensor<1x1024x14x14xf32>
  %127 = graph.conv2d %126, %s2_b18_conv1_w, %s2_b18_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %128 = graph.relu %127 : tensor<1x1024x14x14xf32>
  %129 = graph.conv2d %128, %s2_b18_conv2_w, %s2_b18_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %130 = graph.relu %129 : tensor<1x1024x14x14xf32>
  %131 = graph.conv2d %130, %s2_b18_conv3_w, %s2_b18_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %132 = graph.add %131, %126 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %133 = graph.relu %132 : tensor<1x1024x14x14xf32>
  %134 = graph.conv2d %133, %s2_b19_conv1_w, %s2_b19_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %135 = graph.relu %134 : tensor<1x1024x14x14xf32>
  %136 = graph.conv2d %135, %s2_b19_conv2_w, %s2_b19_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %137 = graph.relu %136 : tensor<1x1024x14x14xf32>
  %138 = graph.conv2d %137, %s2_b19_conv3_w, %s2_b19_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %139 = graph.add %138, %133 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %140 = graph.relu %139 : tensor<1x1024x14x14xf32>
  %141 = graph.conv2d %140, %s2_b20_conv1_w, %s2_b20_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %142 = graph.relu %141 : tensor<1x1024x14x14xf32>
  %143 = graph.conv2d %142, %s2_b20_conv2_w, %s2_b20_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %144 = graph.relu %143 : tensor<1x1024x14x14xf32>
  %145 = graph.conv2d %144, %s2_b20_conv3_w, %s2_b20_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %146 = graph.add %145, %140 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %147 = graph.relu %146 : tensor<1x1024x14x14xf32>
  %148 = graph.conv2d %147, %s2_b21_conv1_w, %s2_b21_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %149 = graph.relu %148 : tensor<1x1024x14x14xf32>
  %150 = graph.conv2d %149, %s2_b21_conv2_w, %s2_b21_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %151 = graph.relu %150 : tensor<1x1024x14x14xf32>
  %152 = graph.conv2d %151, %s2_b21_conv3_w, %s2_b21_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %153 = graph.add %152, %147 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %154 = graph.relu %153 : tensor<1x1024x14x14xf32>
  %155 = graph.conv2d %154, %s2_b22_conv1_w, %s2_b22_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %156 = graph.relu %155 : tensor<1x1024x14x14xf32>
  %157 = graph.conv2d %156, %s2_b22_conv2_w, %s2_b22_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %158 = graph.relu %157 : tensor<1x1024x14x14xf32>
  %159 = graph.conv2d %158, %s2_b22_conv3_w, %s2_b22_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %160 = graph.add %159, %154 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %161 = graph.relu %160 : tensor<1x1024x14x14xf32>
  return %161 : tensor<1x1024x14x14xf32>
}
