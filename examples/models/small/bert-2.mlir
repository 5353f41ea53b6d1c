// BERT encoder, 2 layers: seq 8, hidden 16, 2 heads, feed-forward 32, f32 (fused form).
func.func @main(%x: tensor<1x8x16xf32> {dlc.name = "x"}, %mask: tensor<1x1x1x8xf32> {dlc.name = "mask"}, %l0_wq: tensor<16x16xf32> {dlc.name = "l0.wq"}, %l0_bq: tensor<16xf32> {dlc.name = "l0.bq"}, %l0_wk: tensor<16x16xf32> {dlc.name = "l0.wk"}, %l0_bk: tensor<16xf32> {dlc.name = "l0.bk"}, %l0_wv: tensor<16x16xf32> {dlc.name = "l0.wv"}, %l0_bv: tensor<16xf32> {dlc.name = "l0.bv"}, %l0_wo: tensor<16x16xf32> {dlc.name = "l0.wo"}, %l0_bo: tensor<16xf32> {dlc.name = "l0.bo"}, %l0_g1: tensor<16xf32> {dlc.name = "l0.g1"}, %l0_be1: tensor<16xf32> {dlc.name = "l0.be1"}, %l0_w1: tensor<16x32xf32> {dlc.name = "l0.w1"}, %l0_b1: tensor<32xf32> {dlc.name = "l0.b1"}, %l0_w2: tensor<32x16xf32> {dlc.name = "l0.w2"}, %l0_b2: tensor<16xf32> {dlc.name = "l0.b2"}, %l0_g2: tensor<16xf32> {dlc.name = "l0.g2"}, %l0_be2: tensor<16xf32> {dlc.name = "l0.be2"}, %l1_wq: tensor<16x16xf32> {dlc.name = "l1.wq"}, %l1_bq: tensor<16xf32> {dlc.name = "l1.bq"}, %l1_wk: tensor<16x16xf32> {dlc.name = "l1.wk"}, %l1_bk: tensor<16xf32> {dlc.name = "l1.bk"}, %l1_wv: tensor<16x16xf32> {dlc.name = "l1.wv"}, %l1_bv: tensor<16xf32> {dlc.name = "l1.bv"}, %l1_wo: tensor<16x16xf32> {dlc.name = "l1.wo"}, %l1_bo: tensor<16xf32> {dlc.name = "l1.bo"}, %l1_g1: tensor<16xf32> {dlc.name = "l1.g1"}, %l1_be1: tensor<16xf32> {dlc.name = "l1.be1"}, %l1_w1: tensor<16x32xf32> {dlc.name = "l1.w1"}, %l1_b1: tensor<32xf32> {dlc.name = "l1.b1"}, %l1_w2: tensor<32x16xf32> {dlc.name = "l1.w2"}, %l1_b2: tensor<16xf32> {dlc.name = "l1.b2"}, %l1_g2: tensor<16xf32> {dlc.name = "l1.g2"}, %l1_be2: tensor<16xf32> {dlc.name = "l1.be2"}) -> (tensor<1x8x16xf32> {dlc.name = "out"}) {
  %0 = graph.matmul %x, %l0_wq : tensor<1x8x16xf32>, tensor<16x16xf32>
  %1 = graph.add %0, %l0_bq : tensor<1x8x16xf32>, tensor<16xf32>
  %2 = graph.matmul %x, %l0_wk : tensor<1x8x16xf32>, tensor<16x16xf32>
  %3 = graph.add %2, %l0_bk : tensor<1x8x16xf32>, tensor<16xf32>
  %4 = graph.matmul %x, %l0_wv : tensor<1x8x16xf32>, tensor<16x16xf32>
  %5 = graph.add %4, %l0_bv : tensor<1x8x16xf32>, tensor<16xf32>
  %6 = graph.reshape %1 : tensor<1x8x16xf32> to tensor<1x8x2x8xf32>
  %7 = graph.transpose %6 perm = [0, 2, 1, 3] : tensor<1x8x2x8xf32>
  %8 = graph.reshape %3 : tensor<1x8x16xf32> to tensor<1x8x2x8xf32>
  %9 = graph.transpose %8 perm = [0, 2, 3, 1] : tensor<1x8x2x8xf32>
  %10 = graph.matmul %7, %9 : tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>
  %11 = graph.constant dense<3.53553391e-1> : tensor<f32>
  %12 = graph.mul %10, %11 : tensor<1x2x8x8xf32>, tensor<f32>
  %13 = graph.add %12, %mask : tensor<1x2x8x8xf32>, tensor<1x1x1x8xf32>
  %14 = graph.softmax %13 : tensor<1x2x8x8xf32>
  %15 = graph.reshape %5 : tensor<1x8x16xf32> to tensor<1x8x2x8xf32>
  %16 = graph.transpose %15 perm = [0, 2, 1, 3] : tensor<1x8x2x8xf32>
  %17 = graph.matmul %14, %16 : tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>
  %18 = graph.transpose %17 perm = [0, 2, 1, 3] : tensor<1x2x8x8xf32>
  %19 = graph.reshape %18 : tensor<1x8x2x8xf32> to tensor<1x8x16xf32>
  %20 = graph.matmul %19, %l0_wo : tensor<1x8x16xf32>, tensor<16x16xf32>
  %21 = graph.add %20, %l0_bo : tensor<1x8x16xf32>, tensor<16xf32>
  %22 = graph.add %x, %21 : tensor<1x8x16xf32>, tensor<1x8x16xf32>
  %23 = graph.layer_norm %22, %l0_g1, %l0_be1 epsilon = 1.00000000e-12 : tensor<1x8x16xf32>, tensor<16xf32>
  %24 = graph.matmul %23, %l0_w1 : tensor<1x8x16xf32>, tensor<16x32xf32>
  %25 = graph.add %24, %l0_b1 : tensor<1x8x32xf32>, tensor<32xf32>
  %26 = graph.gelu %25 : tensor<1x8x32xf32>
  %27 = graph.matmul %26, %l0_w2 : tensor<1x8x32xf32>, tensor<32x16xf32>
  %28 = graph.add %27, %l0_b2 : tensor<1x8x16xf32>, tensor<16xf32>
  %29 = graph.add %23, %28 : tensor<1x8x16xf32>, tensor<1x8x16xf32>
  %30 = graph.layer_norm %29, %l0_g2, %l0_be2 epsilon = 1.00000000e-12 : tensor<1x8x16xf32>, tensor<16xf32>
  %31 = graph.matmul %30, %l1_wq : tensor<1x8x16xf32>, tensor<16x16xf32>
  %32 = graph.add %31, %l1_bq : tensor<1x8x16xf32>, tensor<16xf32>
  %33 = graph.matmul %30, %l1_wk : tensor<1x8x16xf32>, tensor<16x16xf32>
  %34 = graph.add %33, %l1_bk : tensor<1x8x16xf32>, tensor<16xf32>
  %35 = graph.matmul %30, %l1_wv : tensor<1x8x16xf32>, tensor<16x16xf32>
  %36 = graph.add %35, %l1_bv : tensor<1x8x16xf32>, tensor<16xf32>
  %37 = graph.reshape %32 : tensor<1x8x16xf32> to tensor<1x8x2x8xf32>
  %38 = graph.transpose %37 perm = [0, 2, 1, 3] : tensor<1x8x2x8xf32>
  %39 = graph.reshape %34 : tensor<1x8x16xf32> to tensor<1x8x2x8xf32>
  %40 = graph.transpose %39 perm = [0, 2, 3, 1] : tensor<1x8x2x8xf32>
  %41 = graph.matmul %38, %40 : tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>
  %42 = graph.constant dense<3.53553391e-1> : tensor<f32>
  %43 = graph.mul %41, %42 : tensor<1x2x8x8xf32>, tensor<f32>
  %44 = graph.add %43, %mask : tensor<1x2x8x8xf32>, tensor<1x1x1x8xf32>
  %45 = graph.softmax %44 : tensor<1x2x8x8xf32>
  %46 = graph.reshape %36 : tensor<1x8x16xf32> to tensor<1x8x2x8xf32>
  %47 = graph.transpose %46 perm = [0, 2, 1, 3] : tensor<1x8x2x8xf32>
  %48 = graph.matmul %45, %47 : tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>
  %49 = graph.transpose %48 perm = [0, 2, 1, 3] : tensor<1x2x8x8xf32>
  %50 = graph.reshape %49 : tensor<1x8x2x8xf32> to tensor<1x8x16xf32>
  %51 = graph.matmul %50, %l1_wo : tensor<1x8x16xf32>, tensor<16x16xf32>
  %52 = graph.add %51, %l1_bo : tensor<1x8x16xf32>, tensor<16xf32>
  %53 = graph.add %30, %52 : tensor<1x8x16xf32>, tensor<1x8x16xf32>
  %54 = graph.layer_norm %53, %l1_g1, %l1_be1 epsilon = 1.00000000e-12 : tensor<1x8x16xf32>, tensor<16xf32>
  %55 = graph.matmul %54, %l1_w1 : tensor<1x8x16xf32>, tensor<16x32xf32>
  %56 = graph.add %55, %l1_b1 : tensor<1x8x32xf32>, tensor<32xf32>
  %57 = graph.gelu %56 : tensor<1x8x32xf32>
  %58 = graph.matmul %57, %l1_w2 : tensor<1x8x32xf32>, tensor<32x16xf32>
  %59 = graph.add %58, %l1_b2 : tensor<1x8x16xf32>, tensor<16xf32>
  %60 = graph.add %54, %59 : tensor<1x8x16xf32>, tensor<1x8x16xf32>
  %61 = graph.layer_norm %60, %l1_g2, %l1_be2 epsilon = 1.00000000e-12 : tensor<1x8x16xf32>, tensor<16xf32>
  return %61 : tensor<1x8x16xf32>
}
