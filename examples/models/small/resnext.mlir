// ResNeXt-17 (2x2d) at 16x16, 10 classes, f32; batch norm folded into conv biases.
func.func @main(%image: tensor<1x3x16x16xf32> {dlc.name = "image"}, %stem_w: tensor<4x3x7x7xf32> {dlc.name = "stem.w"}, %stem_b: tensor<4xf32> {dlc.name = "stem.b"}, %s0_b0_conv1_w: tensor<4x4x1x1xf32> {dlc.name = "s0.b0.conv1.w"}, %s0_b0_conv1_b: tensor<4xf32> {dlc.name = "s0.b0.conv1.b"}, %s0_b0_conv2_w: tensor<4x2x3x3xf32> {dlc.name = "s0.b0.conv2.w"}, %s0_b0_conv2_b: tensor<4xf32> {dlc.name = "s0.b0.conv2.b"}, %s0_b0_conv3_w: tensor<16x4x1x1xf32> {dlc.name = "s0.b0.conv3.w"}, %s0_b0_conv3_b: tensor<16xf32> {dlc.name = "s0.b0.conv3.b"}, %s0_b0_down_w: tensor<16x4x1x1xf32> {dlc.name = "s0.b0.down.w"}, %s0_b0_down_b: tensor<16xf32> {dlc.name = "s0.b0.down.b"}, %s1_b0_conv1_w: tensor<8x16x1x1xf32> {dlc.name = "s1.b0.conv1.w"}, %s1_b0_conv1_b: tensor<8xf32> {dlc.name = "s1.b0.conv1.b"}, %s1_b0_conv2_w: tensor<8x4x3x3xf32> {dlc.name = "s1.b0.conv2.w"}, %s1_b0_conv2_b: tensor<8xf32> {dlc.name = "s1.b0.conv2.b"}, %s1_b0_conv3_w: tensor<32x8x1x1xf32> {dlc.name = "s1.b0.conv3.w"}, %s1_b0_conv3_b: tensor<32xf32> {dlc.name = "s1.b0.conv3.b"}, %s1_b0_down_w: tensor<32x16x1x1xf32> {dlc.name = "s1.b0.down.w"}, %s1_b0_down_b: tensor<32xf32> {dlc.name = "s1.b0.down.b"}, %s2_b0_conv1_w: tensor<16x32x1x1xf32> {dlc.name = "s2.b0.conv1.w"}, %s2_b0_conv1_b: tensor<16xf32> {dlc.name = "s2.b0.conv1.b"}, %s2_b0_conv2_w: tensor<16x8x3x3xf32> {dlc.name = "s2.b0.conv2.w"}, %s2_b0_conv2_b: tensor<16xf32> {dlc.name = "s2.b0.conv2.b"}, %s2_b0_conv3_w: tensor<64x16x1x1xf32> {dlc.name = "s2.b0.conv3.w"}, %s2_b0_conv3_b: tensor<64xf32> {dlc.name = "s2.b0.conv3.b"}, %s2_b0_down_w: tensor<64x32x1x1xf32> {dlc.name = "s2.b0.down.w"}, %s2_b0_down_b: tensor<64xf32> {dlc.name = "s2.b0.down.b"}, %s2_b1_conv1_w: tensor<16x64x1x1xf32> {dlc.name = "s2.b1.conv1.w"}, %s2_b1_conv1_b: tensor<16xf32> {dlc.name = "s2.b1.conv1.b"}, %s2_b1_conv2_w: tensor<16x8x3x3xf32> {dlc.name = "s2.b1.conv2.w"}, %s2_b1_conv2_b: tensor<16xf32> {dlc.name = "s2.b1.conv2.b"}, %s2_b1_conv3_w: tensor<64x16x1x1xf32> {dlc.name = "s2.b1.conv3.w"}, %s2_b1_conv3_b: tensor<64xf32> {dlc.name = "s2.b1.conv3.b"}, %s3_b0_conv1_w: tensor<32x64x1x1xf32> {dlc.name = "s3.b0.conv1.w"}, %s3_b0_conv1_b: tensor<32xf32> {dlc.name = "s3.b0.conv1.b"}, %s3_b0_conv2_w: tensor<32x16x3x3xf32> {dlc.name = "s3.b0.conv2.w"}, %s3_b0_conv2_b: tensor<32xf32> {dlc.name = "s3.b0.conv2.b"}, %s3_b0_conv3_w: tensor<128x32x1x1xf32> {dlc.name = "s3.b0.conv3.w"}, %s3_b0_conv3_b: tensor<128xf32> {dlc.name = "s3.b0.conv3.b"}, %s3_b0_down_w: tensor<128x64x1x1xf32> {dlc.name = "s3.b0.down.w"}, %s3_b0_down_b: tensor<128xf32> {dlc.name = "s3.b0.down.b"}, %fc_w: tensor<128x10xf32> {dlc.name = "fc.w"}, %fc_b: tensor<10xf32> {dlc.name = "fc.b"}) -> (tensor<1x10xf32> {dlc.name = "logits"}) {
  %0 = graph.conv2d %image, %stem_w, %stem_b strides = [2, 2] pads = [3, 3, 3, 3] : tensor<1x3x16x16xf32>, tensor<4x3x7x7xf32>, tensor<4xf32>
  %1 = graph.relu %0 : tensor<1x4x8x8xf32>
  %2 = graph.max_pool2d %1 kernel = [3, 3] strides = [2, 2] pads = [1, 1, 1, 1] : tensor<1x4x8x8xf32>
  %3 = graph.conv2d %2, %s0_b0_conv1_w, %s0_b0_conv1_b : tensor<1x4x4x4xf32>, tensor<4x4x1x1xf32>, tensor<4xf32>
  %4 = graph.relu %3 : tensor<1x4x4x4xf32>
  %5 = graph.conv2d %4, %s0_b0_conv2_w, %s0_b0_conv2_b pads = [1, 1, 1, 1] groups = 2 : tensor<1x4x4x4xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>
  %6 = graph.relu %5 : tensor<1x4x4x4xf32>
  %7 = graph.conv2d %6, %s0_b0_conv3_w, %s0_b0_conv3_b : tensor<1x4x4x4xf32>, tensor<16x4x1x1xf32>, tensor<16xf32>
  %8 = graph.conv2d %2, %s0_b0_down_w, %s0_b0_down_b : tensor<1x4x4x4xf32>, tensor<16x4x1x1xf32>, tensor<16xf32>
  %9 = graph.add %7, %8 : tensor<1x16x4x4xf32>, tensor<1x16x4x4xf32>
  %10 = graph.relu %9 : tensor<1x16x4x4xf32>
  %11 = graph.conv2d %10, %s1_b0_conv1_w, %s1_b0_conv1_b : tensor<1x16x4x4xf32>, tensor<8x16x1x1xf32>, tensor<8xf32>
  %12 = graph.relu %11 : tensor<1x8x4x4xf32>
  %13 = graph.conv2d %12, %s1_b0_conv2_w, %s1_b0_conv2_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 2 : tensor<1x8x4x4xf32>, tensor<8x4x3x3xf32>, tensor<8xf32>
  %14 = graph.relu %13 : tensor<1x8x2x2xf32>
  %15 = graph.conv2d %14, %s1_b0_conv3_w, %s1_b0_conv3_b : tensor<1x8x2x2xf32>, tensor<32x8x1x1xf32>, tensor<32xf32>
  %16 = graph.conv2d %10, %s1_b0_down_w, %s1_b0_down_b strides = [2, 2] : tensor<1x16x4x4xf32>, tensor<32x16x1x1xf32>, tensor<32xf32>
  %17 = graph.add %15, %16 : tensor<1x32x2x2xf32>, tensor<1x32x2x2xf32>
  %18 = graph.relu %17 : tensor<1x32x2x2xf32>
  %19 = graph.conv2d %18, %s2_b0_conv1_w, %s2_b0_conv1_b : tensor<1x32x2x2xf32>, tensor<16x32x1x1xf32>, tensor<16xf32>
  %20 = graph.relu %19 : tensor<1x16x2x2xf32>
  %21 = graph.conv2d %20, %s2_b0_conv2_w, %s2_b0_conv2_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 2 : tensor<1x16x2x2xf32>, tensor<16x8x3x3xf32>, tensor<16xf32>
  %22 = graph.relu %21 : tensor<1x16x1x1xf32>
  %23 = graph.conv2d %22, %s2_b0_conv3_w, %s2_b0_conv3_b : tensor<1x16x1x1xf32>, tensor<64x16x1x1xf32>, tensor<64xf32>
  %24 = graph.conv2d %18, %s2_b0_down_w, %s2_b0_down_b strides = [2, 2] : tensor<1x32x2x2xf32>, tensor<64x32x1x1xf32>, tensor<64xf32>
  %25 = graph.add %23, %24 : tensor<1x64x1x1xf32>, tensor<1x64x1x1xf32>
  %26 = graph.relu %25 : tensor<1x64x1x1xf32>
  %27 = graph.conv2d %26, %s2_b1_conv1_w, %s2_b1_conv1_b : tensor<1x64x1x1xf32>, tensor<16x64x1x1xf32>, tensor<16xf32>
  %28 = graph.relu %27 : tensor<1x16x1x1xf32>
  %29 = graph.conv2d %28, %s2_b1_conv2_w, %s2_b1_conv2_b pads = [1, 1, 1, 1] groups = 2 : tensor<1x16x1x1xf32>, tensor<16x8x3x3xf32>, tensor<16xf32>
  %30 = graph.relu %29 : tensor<1x16x1x1xf32>
  %31 = graph.conv2d %30, %s2_b1_conv3_w, %s2_b1_conv3_b : tensor<1x16x1x1xf32>, tensor<64x16x1x1xf32>, tensor<64xf32>
  %32 = graph.add %31, %26 : tensor<1x64x1x1xf32>, tensor<1x64x1x1xf32>
  %33 = graph.relu %32 : tensor<1x64x1x1xf32>
  %34 = graph.conv2d %33, %s3_b0_conv1_w, %s3_b0_conv1_b : tensor<1x64x1x1xf32>, tensor<32x64x1x1xf32>, tensor<32xf32>
  %35 = graph.relu %34 : tensor<1x32x1x1xf32>
  %36 = graph.conv2d %35, %s3_b0_conv2_w, %s3_b0_conv2_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 2 : tensor<1x32x1x1xf32>, tensor<32x16x3x3xf32>, tensor<32xf32>
  %37 = graph.relu %36 : tensor<1x32x1x1xf32>
  %38 = graph.conv2d %37, %s3_b0_conv3_w, %s3_b0_conv3_b : tensor<1x32x1x1xf32>, tensor<128x32x1x1xf32>, tensor<128xf32>
  %39 = graph.conv2d %33, %s3_b0_down_w, %s3_b0_down_b strides = [2, 2] : tensor<1x64x1x1xf32>, tensor<128x64x1x1xf32>, tensor<128xf32>
  %40 = graph.add %38, %39 : tensor<1x128x1x1xf32>, tensor<1x128x1x1xf32>
  %41 = graph.relu %40 : tensor<1x128x1x1xf32>
  %42 = graph.global_avg_pool %41 : tensor<1x128x1x1xf32>
  %43 = graph.reshape %42 : tensor<1x128x1x1xf32> to tensor<1x128xf32>
  %44 = graph.matmul %43, %fc_w : tensor<1x128xf32>, tensor<128x10xf32>
  %45 = graph.add %44, %fc_b : tensor<1x10xf32>, tensor<10xf32>
  return %45 : tensor<1x10xf32>
}
