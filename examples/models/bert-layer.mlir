// BERT encoder layer: seq 384, hidden 768, 12 heads, feed-forward 3072, f16 (fused form).
func.func @main(%x: tensor<1x384x768xf16> {dlc.name = "x"}, %mask: tensor<1x1x1x384xf16> {dlc.name = "mask"}, %wq: tensor<768x768xf16> {dlc.name = "wq"}, %bq: tensor<768xf16> {dlc.name = "bq"}, %wk: tensor<768x768xf16> {dlc.name = "wk"}, %bk: tensor<768xf16> {dlc.name = "bk"}, %wv: tensor<768x768xf16> {dlc.name = "wv"}, %bv: tensor<768xf16> {dlc.name = "bv"}, %wo: tensor<768x768xf16> {dlc.name = "wo"}, %bo: tensor<768xf16> {dlc.name = "bo"}, %g1: tensor<768xf16> {dlc.name = "g1"}, %be1: tensor<768xf16> {dlc.name = "be1"}, %w1: tensor<768x3072xf16> {dlc.name = "w1"}, %b1: tensor<3072xf16> {dlc.name = "b1"}, %w2: tensor<3072x768xf16> {dlc.name = "w2"}, %b2: tensor<768xf16> {dlc.name = "b2"}, %g2: tensor<768xf16> {dlc.name = "g2"}, %be2: tensor<768xf16> {dlc.name = "be2"}) -> (tensor<1x384x768xf16> {dlc.name = "out"}) {
  %0 = graph.matmul %x, %wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %1 = graph.add %0, %bq : tensor<1x384x768xf16>, tensor<768xf16>
  %2 = graph.matmul %x, %wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %3 = graph.add %2, %bk : tensor<1x384x768xf16>, tensor<768xf16>
  %4 = graph.matmul %x, %wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %5 = graph.add %4, %bv : tensor<1x384x768xf16>, tensor<768xf16>
  %6 = graph.reshape %1 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %7 = graph.transpose %6 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %8 = graph.reshape %3 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %9 = graph.transpose %8 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %10 = graph.matmul %7, %9 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %11 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %12 = graph.mul %10, %11 : tensor<1x12x384x384xf16>, tensor<f16>
  %13 = graph.add %12, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %14 = graph.softmax %13 : tensor<1x12x384x384xf16>
  %15 = graph.reshape %5 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %16 = graph.transpose %15 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %17 = graph.matmul %14, %16 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %18 = graph.transpose %17 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %19 = graph.reshape %18 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %20 = graph.matmul %19, %wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %21 = graph.add %20, %bo : tensor<1x384x768xf16>, tensor<768xf16>
  %22 = graph.add %x, %21 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %23 = graph.layer_norm %22, %g1, %be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %24 = graph.matmul %23, %w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %25 = graph.add %24, %b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %26 = graph.gelu %25 : tensor<1x384x3072xf16>
  %27 = graph.matmul %26, %w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %28 = graph.add %27, %b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %29 = graph.add %23, %28 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %30 = graph.layer_norm %29, %g2, %be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  return %30 : tensor<1x384x768xf16>
}
