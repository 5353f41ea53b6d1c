// A self-attention block: Q/K/V projections of one input, two heads of 8, scaled dot-product
// attention with softmax, the output projection and a residual add.
func.func @main(%x: tensor<1x8x16xf32>, %wq: tensor<16x16xf32>, %wk: tensor<16x16xf32>, %wv: tensor<16x16xf32>, %wo: tensor<16x16xf32>) -> tensor<1x8x16xf32> {
  %q = graph.matmul %x, %wq : tensor<1x8x16xf32>, tensor<16x16xf32>
  %k = graph.matmul %x, %wk : tensor<1x8x16xf32>, tensor<16x16xf32>
  %v = graph.matmul %x, %wv : tensor<1x8x16xf32>, tensor<16x16xf32>
  %q4 = graph.reshape %q : tensor<1x8x16xf32> to tensor<1x8x2x8xf32>
  %k4 = graph.reshape %k : tensor<1x8x16xf32> to tensor<1x8x2x8xf32>
  %v4 = graph.reshape %v : tensor<1x8x16xf32> to tensor<1x8x2x8xf32>
  %qh = graph.transpose %q4 perm = [0, 2, 1, 3] : tensor<1x8x2x8xf32>
  %kh = graph.transpose %k4 perm = [0, 2, 3, 1] : tensor<1x8x2x8xf32>
  %vh = graph.transpose %v4 perm = [0, 2, 1, 3] : tensor<1x8x2x8xf32>
  %s = graph.matmul %qh, %kh : tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>
  %scale = graph.constant dense<0.353553385> : tensor<f32>
  %ss = graph.mul %s, %scale : tensor<1x2x8x8xf32>, tensor<f32>
  %p = graph.softmax %ss axis = -1 : tensor<1x2x8x8xf32>
  %o = graph.matmul %p, %vh : tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>
  %ot = graph.transpose %o perm = [0, 2, 1, 3] : tensor<1x2x8x8xf32>
  %o3 = graph.reshape %ot : tensor<1x8x2x8xf32> to tensor<1x8x16xf32>
  %proj = graph.matmul %o3, %wo : tensor<1x8x16xf32>, tensor<16x16xf32>
  %r = graph.add %x, %proj : tensor<1x8x16xf32>, tensor<1x8x16xf32>
  return %r : tensor<1x8x16xf32>
}
