// A convolutional block and classifier: conv2d 3x3 (padded) + batch_norm + relu, 2x2 max
// pooling, global average pooling, flatten and a gemm with bias.
func.func @main(%x: tensor<1x3x8x8xf32>, %w: tensor<8x3x3x3xf32>, %b: tensor<8xf32>, %scale: tensor<8xf32>, %shift: tensor<8xf32>, %mean: tensor<8xf32>, %v: tensor<8xf32>, %fc: tensor<10x8xf32>, %fcb: tensor<10xf32>) -> tensor<1x10xf32> {
  %conv = graph.conv2d %x, %w, %b pads = [1, 1, 1, 1] : tensor<1x3x8x8xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>
  %var = graph.mul %v, %v : tensor<8xf32>, tensor<8xf32>
  %bn = graph.batch_norm %conv, %scale, %shift, %mean, %var : tensor<1x8x8x8xf32>, tensor<8xf32>
  %r = graph.relu %bn : tensor<1x8x8x8xf32>
  %p = graph.max_pool2d %r kernel = [2, 2] strides = [2, 2] : tensor<1x8x8x8xf32>
  %g = graph.global_avg_pool %p : tensor<1x8x4x4xf32>
  %flat = graph.reshape %g : tensor<1x8x1x1xf32> to tensor<1x8xf32>
  %y = graph.gemm %flat, %fc, %fcb {transB} : tensor<1x8xf32>, tensor<10x8xf32>, tensor<10xf32>
  return %y : tensor<1x10xf32>
}
