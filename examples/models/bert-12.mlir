// BERT encoder, 12 layers: seq 384, hidden 768, 12 heads, feed-forward 3072, f16 (fused form).
func.func @main(%x: tensor<1x384x768xf16> {dlc.name = "x"}, %mask: tensor<1x1x1x384xf16> {dlc.name = "mask"}, %l0_wq: tensor<768x768xf16> {dlc.name = "l0.wq"}, %l0_bq: tensor<768xf16> {dlc.name = "l0.bq"}, %l0_wk: tensor<768x768xf16> {dlc.name = "l0.wk"}, %l0_bk: tensor<768xf16> {dlc.name = "l0.bk"}, %l0_wv: tensor<768x768xf16> {dlc.name = "l0.wv"}, %l0_bv: tensor<768xf16> {dlc.name = "l0.bv"}, %l0_wo: tensor<768x768xf16> {dlc.name = "l0.wo"}, %l0_bo: tensor<768xf16> {dlc.name = "l0.bo"}, %l0_g1: tensor<768xf16> {dlc.name = "l0.g1"}, %l0_be1: tensor<768xf16> {dlc.name = "l0.be1"}, %l0_w1: tensor<768x3072xf16> {dlc.name = "l0.w1"}, %l0_b1: tensor<3072xf16> {dlc.name = "l0.b1"}, %l0_w2: tensor<3072x768xf16> {dlc.name = "l0.w2"}, %l0_b2: tensor<768xf16> {dlc.name = "l0.b2"}, %l0_g2: tensor<768xf16> {dlc.name = "l0.g2"}, %l0_be2: tensor<768xf16> {dlc.name = "l0.be2"}, %l1_wq: tensor<768x768xf16> {dlc.name = "l1.wq"}, %l1_bq: tensor<768xf16> {dlc.name = "l1.bq"}, %l1_wk: tensor<768x768xf16> {dlc.name = "l1.wk"}, %l1_bk: tensor<768xf16> {dlc.name = "l1.bk"}, %l1_wv: tensor<768x768xf16> {dlc.name = "l1.wv"}, %l1_bv: tensor<768xf16> {dlc.name = "l1.bv"}, %l1_wo: tensor<768x768xf16> {dlc.name = "l1.wo"}, %l1_bo: tensor<768xf16> {dlc.name = "l1.bo"}, %l1_g1: tensor<768xf16> {dlc.name = "l1.g1"}, %l1_be1: tensor<768xf16> {dlc.name = "l1.be1"}, %l1_w1: tensor<768x3072xf16> {dlc.name = "l1.w1"}, %l1_b1: tensor<3072xf16> {dlc.name = "l1.b1"}, %l1_w2: tensor<3072x768xf16> {dlc.name = "l1.w2"}, %l1_b2: tensor<768xf16> {dlc.name = "l1.b2"}, %l1_g2: tensor<768xf16> {dlc.name = "l1.g2"}, %l1_be2: tensor<768xf16> {dlc.name = "l1.be2"}, %l2_wq: tensor<768x768xf16> {dlc.name = "l2.wq"}, %l2_bq: tensor<768xf16> {dlc.name = "l2.bq"}, %l2_wk: tensor<768x768xf16> {dlc.name = "l2.wk"}, %l2_bk: tensor<768xf16> {dlc.name = "l2.bk"}, %l2_wv: tensor<768x768xf16> {dlc.name = "l2.wv"}, %l2_bv: tensor<768xf16> {dlc.name = "l2.bv"}, %l2_wo: tensor<768x768xf16> {dlc.name = "l2.wo"}, %l2_bo: tensor<768xf16> {dlc.name = "l2.bo"}, %l2_g1: tensor<768xf16> {dlc.name = "l2.g1"}, %l2_be1: tensor<768xf16> {dlc.name = "l2.be1"}, %l2_w1: tensor<768x3072xf16> {dlc.name = "l2.w1"}, %l2_b1: tensor<3072xf16> {dlc.name = "l2.b1"}, %l2_w2: tensor<3072x768xf16> {dlc.name = "l2.w2"}, %l2_b2: tensor<768xf16> {dlc.name = "l2.b2"}, %l2_g2: tensor<768xf16> {dlc.name = "l2.g2"}, %l2_be2: tensor<768xf16> {dlc.name = "l2.be2"}, %l3_wq: tensor<768x768xf16> {dlc.name = "l3.wq"}, %l3_bq: tensor<768xf16> {dlc.name = "l3.bq"}, %l3_wk: tensor<768x768xf16> {dlc.name = "l3.wk"}, %l3_bk: tensor<768xf16> {dlc.name = "l3.bk"}, %l3_wv: tensor<768x768xf16> {dlc.name = "l3.wv"}, %l3_bv: tensor<768xf16> {dlc.name = "l3.bv"}, %l3_wo: tensor<768x768xf16> {dlc.name = "l3.wo"}, %l3_bo: tensor<768xf16> {dlc.name = "l3.bo"}, %l3_g1: tensor<768xf16> {dlc.name = "l3.g1"}, %l3_be1: tensor<768xf16> {dlc.name = "l3.be1"}, %l3_w1: tensor<768x3072xf16> {dlc.name = "l3.w1"}, %l3_b1: tensor<3072xf16> {dlc.name = "l3.b1"}, %l3_w2: tensor<3072x768xf16> {dlc.name = "l3.w2"}, %l3_b2: tensor<768xf16> {dlc.name = "l3.b2"}, %l3_g2: tensor<768xf16> {dlc.name = "l3.g2"}, %l3_be2: tensor<768xf16> {dlc.name = "l3.be2"}, %l4_wq: tensor<768x768xf16> {dlc.name = "l4.wq"}, %l4_bq: tensor<768xf16> {dlc.name = "l4.bq"}, %l4_wk: tensor<768x768xf16> {dlc.name = "l4.wk"}, %l4_bk: tensor<768xf16> {dlc.name = "l4.bk"}, %l4_wv: tensor<768x768xf16> {dlc.name = "l4.wv"}, %l4_bv: tensor<768xf16> {dlc.name = "l4.bv"}, %l4_wo: tensor<768x768xf16> {dlc.name = "l4.wo"}, %l4_bo: tensor<768xf16> {dlc.name = "l4.bo"}, %l4_g1: tensor<768xf16> {dlc.name = "l4.g1"}, %l4_be1: tensor<768xf16> {dlc.name = "l4.be1"}, %l4_w1: tensor<768x3072xf16> {dlc.name = "l4.w1"}, %l4_b1: tensor<3072xf16> {dlc.name = "l4.b1"}, %l4_w2: tensor<3072x768xf16> {dlc.name = "l4.w2"}, %l4_b2: tensor<768xf16> {dlc.name = "l4.b2"}, %l4_g2: tensor<768xf16> {dlc.name = "l4.g2"}, %l4_be2: tensor<768xf16> {dlc.name = "l4.be2"}, %l5_wq: tensor<768x768xf16> {dlc.name = "l5.wq"}, %l5_bq: tensor<768xf16> {dlc.name = "l5.bq"}, %l5_wk: tensor<768x768xf16> {dlc.name = "l5.wk"}, %l5_bk: tensor<768xf16> {dlc.name = "l5.bk"}, %l5_wv: tensor<768x768xf16> {dlc.name = "l5.wv"}, %l5_bv: tensor<768xf16> {dlc.name = "l5.bv"}, %l5_wo: tensor<768x768xf16> {dlc.name = "l5.wo"}, %l5_bo: tensor<768xf16> {dlc.name = "l5.bo"}, %l5_g1: tensor<768xf16> {dlc.name = "l5.g1"}, %l5_be1: tensor<768xf16> {dlc.name = "l5.be1"}, %l5_w1: tensor<768x3072xf16> {dlc.name = "l5.w1"}, %l5_b1: tensor<3072xf16> {dlc.name = "l5.b1"}, %l5_w2: tensor<3072x768xf16> {dlc.name = "l5.w2"}, %l5_b2: tensor<768xf16> {dlc.name = "l5.b2"}, %l5_g2: tensor<768xf16> {dlc.name = "l5.g2"}, %l5_be2: tensor<768xf16> {dlc.name = "l5.be2"}, %l6_wq: tensor<768x768xf16> {dlc.name = "l6.wq"}, %l6_bq: tensor<768xf16> {dlc.name = "l6.bq"}, %l6_wk: tensor<768x768xf16> {dlc.name = "l6.wk"}, %l6_bk: tensor<768xf16> {dlc.name = "l6.bk"}, %l6_wv: tensor<768x768xf16> {dlc.name = "l6.wv"}, %l6_bv: tensor<768xf16> {dlc.name = "l6.bv"}, %l6_wo: tensor<768x768xf16> {dlc.name = "l6.wo"}, %l6_bo: tensor<768xf16> {dlc.name = "l6.bo"}, %l6_g1: tensor<768xf16> {dlc.name = "l6.g1"}, %l6_be1: tensor<768xf16> {dlc.name = "l6.be1"}, %l6_w1: tensor<768x3072xf16> {dlc.name = "l6.w1"}, %l6_b1: tensor<3072xf16> {dlc.name = "l6.b1"}, %l6_w2: tensor<3072x768xf16> {dlc.name = "l6.w2"}, %l6_b2: tensor<768xf16> {dlc.name = "l6.b2"}, %l6_g2: tensor<768xf16> {dlc.name = "l6.g2"}, %l6_be2: tensor<768xf16> {dlc.name = "l6.be2"}, %l7_wq: tensor<768x768xf16> {dlc.name = "l7.wq"}, %l7_bq: tensor<768xf16> {dlc.name = "l7.bq"}, %l7_wk: tensor<768x768xf16> {dlc.name = "l7.wk"}, %l7_bk: tensor<768xf16> {dlc.name = "l7.bk"}, %l7_wv: tensor<768x768xf16> {dlc.name = "l7.wv"}, %l7_bv: tensor<768xf16> {dlc.name = "l7.bv"}, %l7_wo: tensor<768x768xf16> {dlc.name = "l7.wo"}, %l7_bo: tensor<768xf16> {dlc.name = "l7.bo"}, %l7_g1: tensor<768xf16> {dlc.name = "l7.g1"}, %l7_be1: tensor<768xf16> {dlc.name = "l7.be1"}, %l7_w1: tensor<768x3072xf16> {dlc.name = "l7.w1"}, %l7_b1: tensor<3072xf16> {dlc.name = "l7.b1"}, %l7_w2: tensor<3072x768xf16> {dlc.name = "l7.w2"}, %l7_b2: tensor<768xf16> {dlc.name = "l7.b2"}, %l7_g2: tensor<768xf16> {dlc.name = "l7.g2"}, %l7_be2: tensor<768xf16> {dlc.name = "l7.be2"}, %l8_wq: tensor<768x768xf16> {dlc.name = "l8.wq"}, %l8_bq: tensor<768xf16> {dlc.name = "l8.bq"}, %l8_wk: tensor<768x768xf16> {dlc.name = "l8.wk"}, %l8_bk: tensor<768xf16> {dlc.name = "l8.bk"}, %l8_wv: tensor<768x768xf16> {dlc.name = "l8.wv"}, %l8_bv: tensor<768xf16> {dlc.name = "l8.bv"}, %l8_wo: tensor<768x768xf16> {dlc.name = "l8.wo"}, %l8_bo: tensor<768xf16> {dlc.name = "l8.bo"}, %l8_g1: tensor<768xf16> {dlc.name = "l8.g1"}, %l8_be1: tensor<768xf16> {dlc.name = "l8.be1"}, %l8_w1: tensor<768x3072xf16> {dlc.name = "l8.w1"}, %l8_b1: tensor<3072xf16> {dlc.name = "l8.b1"}, %l8_w2: tensor<3072x768xf16> {dlc.name = "l8.w2"}, %l8_b2: tensor<768xf16> {dlc.name = "l8.b2"}, %l8_g2: tensor<768xf16> {dlc.name = "l8.g2"}, %l8_be2: tensor<768xf16> {dlc.name = "l8.be2"}, %l9_wq: tensor<768x768xf16> {dlc.name = "l9.wq"}, %l9_bq: tensor<768xf16> {dlc.name = "l9.bq"}, %l9_wk: tensor<768x768xf16> {dlc.name = "l9.wk"}, %l9_bk: tensor<768xf16> {dlc.name = "l9.bk"}, %l9_wv: tensor<768x768xf16> {dlc.name = "l9.wv"}, %l9_bv: tensor<768xf16> {dlc.name = "l9.bv"}, %l9_wo: tensor<768x768xf16> {dlc.name = "l9.wo"}, %l9_bo: tensor<768xf16> {dlc.name = "l9.bo"}, %l9_g1: tensor<768xf16> {dlc.name = "l9.g1"}, %l9_be1: tensor<768xf16> {dlc.name = "l9.be1"}, %l9_w1: tensor<768x3072xf16> {dlc.name = "l9.w1"}, %l9_b1: tensor<3072xf16> {dlc.name = "l9.b1"}, %l9_w2: tensor<3072x768xf16> {dlc.name = "l9.w2"}, %l9_b2: tensor<768xf16> {dlc.name = "l9.b2"}, %l9_g2: tensor<768xf16> {dlc.name = "l9.g2"}, %l9_be2: tensor<768xf16> {dlc.name = "l9.be2"}, %l10_wq: tensor<768x768xf16> {dlc.name = "l10.wq"}, %l10_bq: tensor<768xf16> {dlc.name = "l10.bq"}, %l10_wk: tensor<768x768xf16> {dlc.name = "l10.wk"}, %l10_bk: tensor<768xf16> {dlc.name = "l10.bk"}, %l10_wv: tensor<768x768xf16> {dlc.name = "l10.wv"}, %l10_bv: tensor<768xf16> {dlc.name = "l10.bv"}, %l10_wo: tensor<768x768xf16> {dlc.name = "l10.wo"}, %l10_bo: tensor<768xf16> {dlc.name = "l10.bo"}, %l10_g1: tensor<768xf16> {dlc.name = "l10.g1"}, %l10_be1: tensor<768xf16> {dlc.name = "l10.be1"}, %l10_w1: tensor<768x3072xf16> {dlc.name = "l10.w1"}, %l10_b1: tensor<3072xf16> {dlc.name = "l10.b1"}, %l10_w2: tensor<3072x768xf16> {dlc.name = "l10.w2"}, %l10_b2: tensor<768xf16> {dlc.name = "l10.b2"}, %l10_g2: tensor<768xf16> {dlc.name = "l10.g2"}, %l10_be2: tensor<768xf16> {dlc.name = "l10.be2"}, %l11_wq: tensor<768x768xf16> {dlc.name = "l11.wq"}, %l11_bq: tensor<768xf16> {dlc.name = "l11.bq"}, %l11_wk: tensor<768x768xf16> {dlc.name = "l11.wk"}, %l11_bk: tensor<768xf16> {dlc.name = "l11.bk"}, %l11_wv: tensor<768x768xf16> {dlc.name = "l11.wv"}, %l11_bv: tensor<768xf16> {dlc.name = "l11.bv"}, %l11_wo: tensor<768x768xf16> {dlc.name = "l11.wo"}, %l11_bo: tensor<768xf16> {dlc.name = "l11.bo"}, %l11_g1: tensor<768xf16> {dlc.name = "l11.g1"}, %l11_be1: tensor<768xf16> {dlc.name = "l11.be1"}, %l11_w1: tensor<768x3072xf16> {dlc.name = "l11.w1"}, %l11_b1: tensor<3072xf16> {dlc.name = "l11.b1"}, %l11_w2: tensor<3072x768xf16> {dlc.name = "l11.w2"}, %l11_b2: tensor<768xf16> {dlc.name = "l11.b2"}, %l11_g2: tensor<768xf16> {dlc.name = "l11.g2"}, %l11_be2: tensor<768xf16> {dlc.name = "l11.be2"}) -> (tensor<1x384x768xf16> {dlc.name = "out"}) {
  %0 = graph.matmul %x, %l0_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %1 = graph.add %0, %l0_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %2 = graph.matmul %x, %l0_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %3 = graph.add %2, %l0_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %4 = graph.matmul %x, %l0_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %5 = graph.add %4, %l0_bv : tensor<1x384x768xf16>, tensor<768xf16>
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
  %20 = graph.matmul %19, %l0_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %21 = graph.add %20, %l0_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %22 = graph.add %x, %21 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %23 = graph.layer_norm %22, %l0_g1, %l0_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %24 = graph.matmul %23, %l0_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %25 = graph.add %24, %l0_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %26 = graph.gelu %25 : tensor<1x384x3072xf16>
  %27 = graph.matmul %26, %l0_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %28 = graph.add %27, %l0_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %29 = graph.add %23, %28 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %30 = graph.layer_norm %29, %l0_g2, %l0_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %31 = graph.matmul %30, %l1_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %32 = graph.add %31, %l1_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %33 = graph.matmul %30, %l1_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %34 = graph.add %33, %l1_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %35 = graph.matmul %30, %l1_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %36 = graph.add %35, %l1_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %37 = graph.reshape %32 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %38 = graph.transpose %37 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %39 = graph.reshape %34 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %40 = graph.transpose %39 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %41 = graph.matmul %38, %40 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %42 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %43 = graph.mul %41, %42 : tensor<1x12x384x384xf16>, tensor<f16>
  %44 = graph.add %43, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %45 = graph.softmax %44 : tensor<1x12x384x384xf16>
  %46 = graph.reshape %36 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %47 = graph.transpose %46 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %48 = graph.matmul %45, %47 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %49 = graph.transpose %48 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %50 = graph.reshape %49 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %51 = graph.matmul %50, %l1_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %52 = graph.add %51, %l1_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %53 = graph.add %30, %52 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %54 = graph.layer_norm %53, %l1_g1, %l1_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %55 = graph.matmul %54, %l1_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %56 = graph.add %55, %l1_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %57 = graph.gelu %56 : tensor<1x384x3072xf16>
  %58 = graph.matmul %57, %l1_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %59 = graph.add %58, %l1_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %60 = graph.add %54, %59 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %61 = graph.layer_norm %60, %l1_g2, %l1_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %62 = graph.matmul %61, %l2_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %63 = graph.add %62, %l2_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %64 = graph.matmul %61, %l2_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %65 = graph.add %64, %l2_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %66 = graph.matmul %61, %l2_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %67 = graph.add %66, %l2_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %68 = graph.reshape %63 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %69 = graph.transpose %68 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %70 = graph.reshape %65 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %71 = graph.transpose %70 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %72 = graph.matmul %69, %71 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %73 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %74 = graph.mul %72, %73 : tensor<1x12x384x384xf16>, tensor<f16>
  %75 = graph.add %74, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %76 = graph.softmax %75 : tensor<1x12x384x384xf16>
  %77 = graph.reshape %67 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %78 = graph.transpose %77 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %79 = graph.matmul %76, %78 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %80 = graph.transpose %79 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %81 = graph.reshape %80 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %82 = graph.matmul %81, %l2_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %83 = graph.add %82, %l2_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %84 = graph.add %61, %83 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %85 = graph.layer_norm %84, %l2_g1, %l2_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %86 = graph.matmul %85, %l2_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %87 = graph.add %86, %l2_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %88 = graph.gelu %87 : tensor<1x384x3072xf16>
  %89 = graph.matmul %88, %l2_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %90 = graph.add %89, %l2_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %91 = graph.add %85, %90 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %92 = graph.layer_norm %91, %l2_g2, %l2_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %93 = graph.matmul %92, %l3_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %94 = graph.add %93, %l3_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %95 = graph.matmul %92, %l3_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %96 = graph.add %95, %l3_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %97 = graph.matmul %92, %l3_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %98 = graph.add %97, %l3_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %99 = graph.reshape %94 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %100 = graph.transpose %99 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %101 = graph.reshape %96 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %102 = graph.transpose %101 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %103 = graph.matmul %100, %102 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %104 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %105 = graph.mul %103, %104 : tensor<1x12x384x384xf16>, tensor<f16>
  %106 = graph.add %105, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %107 = graph.softmax %106 : tensor<1x12x384x384xf16>
  %108 = graph.reshape %98 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %109 = graph.transpose %108 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %110 = graph.matmul %107, %109 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %111 = graph.transpose %110 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %112 = graph.reshape %111 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %113 = graph.matmul %112, %l3_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %114 = graph.add %113, %l3_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %115 = graph.add %92, %114 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %116 = graph.layer_norm %115, %l3_g1, %l3_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %117 = graph.matmul %116, %l3_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %118 = graph.add %117, %l3_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %119 = graph.gelu %118 : tensor<1x384x3072xf16>
  %120 = graph.matmul %119, %l3_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %121 = graph.add %120, %l3_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %122 = graph.add %116, %121 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %123 = graph.layer_norm %122, %l3_g2, %l3_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %124 = graph.matmul %123, %l4_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %125 = graph.add %124, %l4_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %126 = graph.matmul %123, %l4_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %127 = graph.add %126, %l4_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %128 = graph.matmul %123, %l4_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %129 = graph.add %128, %l4_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %130 = graph.reshape %125 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %131 = graph.transpose %130 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %132 = graph.reshape %127 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %133 = graph.transpose %132 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %134 = graph.matmul %131, %133 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %135 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %136 = graph.mul %134, %135 : tensor<1x12x384x384xf16>, tensor<f16>
  %137 = graph.add %136, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %138 = graph.softmax %137 : tensor<1x12x384x384xf16>
  %139 = graph.reshape %129 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %140 = graph.transpose %139 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %141 = graph.matmul %138, %140 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %142 = graph.transpose %141 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %143 = graph.reshape %142 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %144 = graph.matmul %143, %l4_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %145 = graph.add %144, %l4_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %146 = graph.add %123, %145 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %147 = graph.layer_norm %146, %l4_g1, %l4_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %148 = graph.matmul %147, %l4_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %149 = graph.add %148, %l4_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %150 = graph.gelu %149 : tensor<1x384x3072xf16>
  %151 = graph.matmul %150, %l4_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %152 = graph.add %151, %l4_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %153 = graph.add %147, %152 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %154 = graph.layer_norm %153, %l4_g2, %l4_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %155 = graph.matmul %154, %l5_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %156 = graph.add %155, %l5_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %157 = graph.matmul %154, %l5_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %158 = graph.add %157, %l5_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %159 = graph.matmul %154, %l5_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %160 = graph.add %159, %l5_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %161 = graph.reshape %156 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %162 = graph.transpose %161 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %163 = graph.reshape %158 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %164 = graph.transpose %163 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %165 = graph.matmul %162, %164 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %166 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %167 = graph.mul %165, %166 : tensor<1x12x384x384xf16>, tensor<f16>
  %168 = graph.add %167, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %169 = graph.softmax %168 : tensor<1x12x384x384xf16>
  %170 = graph.reshape %160 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %171 = graph.transpose %170 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %172 = graph.matmul %169, %171 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %173 = graph.transpose %172 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %174 = graph.reshape %173 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %175 = graph.matmul %174, %l5_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %176 = graph.add %175, %l5_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %177 = graph.add %154, %176 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %178 = graph.layer_norm %177, %l5_g1, %l5_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %179 = graph.matmul %178, %l5_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %180 = graph.add %179, %l5_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %181 = graph.gelu %180 : tensor<1x384x3072xf16>
  %182 = graph.matmul %181, %l5_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %183 = graph.add %182, %l5_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %184 = graph.add %178, %183 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %185 = graph.layer_norm %184, %l5_g2, %l5_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %186 = graph.matmul %185, %l6_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %187 = graph.add %186, %l6_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %188 = graph.matmul %185, %l6_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %189 = graph.add %188, %l6_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %190 = graph.matmul %185, %l6_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %191 = graph.add %190, %l6_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %192 = graph.reshape %187 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %193 = graph.transpose %192 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %194 = graph.reshape %189 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %195 = graph.transpose %194 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %196 = graph.matmul %193, %195 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %197 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %198 = graph.mul %196, %197 : tensor<1x12x384x384xf16>, tensor<f16>
  %199 = graph.add %198, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %200 = graph.softmax %199 : tensor<1x12x384x384xf16>
  %201 = graph.reshape %191 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %202 = graph.transpose %201 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %203 = graph.matmul %200, %202 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %204 = graph.transpose %203 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %205 = graph.reshape %204 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %206 = graph.matmul %205, %l6_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %207 = graph.add %206, %l6_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %208 = graph.add %185, %207 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %209 = graph.layer_norm %208, %l6_g1, %l6_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %210 = graph.matmul %209, %l6_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %211 = graph.add %210, %l6_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %212 = graph.gelu %211 : tensor<1x384x3072xf16>
  %213 = graph.matmul %212, %l6_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %214 = graph.add %213, %l6_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %215 = graph.add %209, %214 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %216 = graph.layer_norm %215, %l6_g2, %l6_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %217 = graph.matmul %216, %l7_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %218 = graph.add %217, %l7_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %219 = graph.matmul %216, %l7_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %220 = graph.add %219, %l7_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %221 = graph.matmul %216, %l7_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %222 = graph.add %221, %l7_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %223 = graph.reshape %218 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %224 = graph.transpose %223 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %225 = graph.reshape %220 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %226 = graph.transpose %225 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %227 = graph.matmul %224, %226 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %228 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %229 = graph.mul %227, %228 : tensor<1x12x384x384xf16>, tensor<f16>
  %230 = graph.add %229, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %231 = graph.softmax %230 : tensor<1x12x384x384xf16>
  %232 = graph.reshape %222 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %233 = graph.transpose %232 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %234 = graph.matmul %231, %233 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %235 = graph.transpose %234 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %236 = graph.reshape %235 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %237 = graph.matmul %236, %l7_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %238 = graph.add %237, %l7_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %239 = graph.add %216, %238 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %240 = graph.layer_norm %239, %l7_g1, %l7_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %241 = graph.matmul %240, %l7_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %242 = graph.add %241, %l7_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %243 = graph.gelu %242 : tensor<1x384x3072xf16>
  %244 = graph.matmul %243, %l7_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %245 = graph.add %244, %l7_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %246 = graph.add %240, %245 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %247 = graph.layer_norm %246, %l7_g2, %l7_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %248 = graph.matmul %247, %l8_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %249 = graph.add %248, %l8_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %250 = graph.matmul %247, %l8_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %251 = graph.add %250, %l8_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %252 = graph.matmul %247, %l8_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %253 = graph.add %252, %l8_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %254 = graph.reshape %249 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %255 = graph.transpose %254 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %256 = graph.reshape %251 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %257 = graph.transpose %256 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %258 = graph.matmul %255, %257 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %259 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %260 = graph.mul %258, %259 : tensor<1x12x384x384xf16>, tensor<f16>
  %261 = graph.add %260, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %262 = graph.softmax %261 : tensor<1x12x384x384xf16>
  %263 = graph.reshape %253 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %264 = graph.transpose %263 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %265 = graph.matmul %262, %264 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %266 = graph.transpose %265 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %267 = graph.reshape %266 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %268 = graph.matmul %267, %l8_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %269 = graph.add %268, %l8_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %270 = graph.add %247, %269 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %271 = graph.layer_norm %270, %l8_g1, %l8_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %272 = graph.matmul %271, %l8_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %273 = graph.add %272, %l8_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %274 = graph.gelu %273 : tensor<1x384x3072xf16>
  %275 = graph.matmul %274, %l8_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %276 = graph.add %275, %l8_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %277 = graph.add %271, %276 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %278 = graph.layer_norm %277, %l8_g2, %l8_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %279 = graph.matmul %278, %l9_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %280 = graph.add %279, %l9_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %281 = graph.matmul %278, %l9_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %282 = graph.add %281, %l9_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %283 = graph.matmul %278, %l9_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %284 = graph.add %283, %l9_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %285 = graph.reshape %280 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %286 = graph.transpose %285 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %287 = graph.reshape %282 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %288 = graph.transpose %287 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %289 = graph.matmul %286, %288 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %290 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %291 = graph.mul %289, %290 : tensor<1x12x384x384xf16>, tensor<f16>
  %292 = graph.add %291, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %293 = graph.softmax %292 : tensor<1x12x384x384xf16>
  %294 = graph.reshape %284 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %295 = graph.transpose %294 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %296 = graph.matmul %293, %295 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %297 = graph.transpose %296 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %298 = graph.reshape %297 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %299 = graph.matmul %298, %l9_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %300 = graph.add %299, %l9_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %301 = graph.add %278, %300 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %302 = graph.layer_norm %301, %l9_g1, %l9_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %303 = graph.matmul %302, %l9_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %304 = graph.add %303, %l9_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %305 = graph.gelu %304 : tensor<1x384x3072xf16>
  %306 = graph.matmul %305, %l9_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %307 = graph.add %306, %l9_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %308 = graph.add %302, %307 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %309 = graph.layer_norm %308, %l9_g2, %l9_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %310 = graph.matmul %309, %l10_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %311 = graph.add %310, %l10_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %312 = graph.matmul %309, %l10_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %313 = graph.add %312, %l10_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %314 = graph.matmul %309, %l10_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %315 = graph.add %314, %l10_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %316 = graph.reshape %311 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %317 = graph.transpose %316 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %318 = graph.reshape %313 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %319 = graph.transpose %318 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %320 = graph.matmul %317, %319 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %321 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %322 = graph.mul %320, %321 : tensor<1x12x384x384xf16>, tensor<f16>
  %323 = graph.add %322, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %324 = graph.softmax %323 : tensor<1x12x384x384xf16>
  %325 = graph.reshape %315 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %326 = graph.transpose %325 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %327 = graph.matmul %324, %326 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %328 = graph.transpose %327 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %329 = graph.reshape %328 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %330 = graph.matmul %329, %l10_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %331 = graph.add %330, %l10_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %332 = graph.add %309, %331 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %333 = graph.layer_norm %332, %l10_g1, %l10_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %334 = graph.matmul %333, %l10_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %335 = graph.add %334, %l10_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %336 = graph.gelu %335 : tensor<1x384x3072xf16>
  %337 = graph.matmul %336, %l10_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %338 = graph.add %337, %l10_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %339 = graph.add %333, %338 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %340 = graph.layer_norm %339, %l10_g2, %l10_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %341 = graph.matmul %340, %l11_wq : tensor<1x384x768xf16>, tensor<768x768xf16>
  %342 = graph.add %341, %l11_bq : tensor<1x384x768xf16>, tensor<768xf16>
  %343 = graph.matmul %340, %l11_wk : tensor<1x384x768xf16>, tensor<768x768xf16>
  %344 = graph.add %343, %l11_bk : tensor<1x384x768xf16>, tensor<768xf16>
  %345 = graph.matmul %340, %l11_wv : tensor<1x384x768xf16>, tensor<768x768xf16>
  %346 = graph.add %345, %l11_bv : tensor<1x384x768xf16>, tensor<768xf16>
  %347 = graph.reshape %342 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %348 = graph.transpose %347 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %349 = graph.reshape %344 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %350 = graph.transpose %349 perm = [0, 2, 3, 1] : tensor<1x384x12x64xf16>
  %351 = graph.matmul %348, %350 : tensor<1x12x384x64xf16>, tensor<1x12x64x384xf16>
  %352 = graph.constant dense<1.25000000e-1> : tensor<f16>
  %353 = graph.mul %351, %352 : tensor<1x12x384x384xf16>, tensor<f16>
  %354 = graph.add %353, %mask : tensor<1x12x384x384xf16>, tensor<1x1x1x384xf16>
  %355 = graph.softmax %354 : tensor<1x12x384x384xf16>
  %356 = graph.reshape %346 : tensor<1x384x768xf16> to tensor<1x384x12x64xf16>
  %357 = graph.transpose %356 perm = [0, 2, 1, 3] : tensor<1x384x12x64xf16>
  %358 = graph.matmul %355, %357 : tensor<1x12x384x384xf16>, tensor<1x12x384x64xf16>
  %359 = graph.transpose %358 perm = [0, 2, 1, 3] : tensor<1x12x384x64xf16>
  %360 = graph.reshape %359 : tensor<1x384x12x64xf16> to tensor<1x384x768xf16>
  %361 = graph.matmul %360, %l11_wo : tensor<1x384x768xf16>, tensor<768x768xf16>
  %362 = graph.add %361, %l11_bo : tensor<1x384x768xf16>, tensor<768xf16>
  %363 = graph.add %340, %362 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %364 = graph.layer_norm %363, %l11_g1, %l11_be1 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  %365 = graph.matmul %364, %l11_w1 : tensor<1x384x768xf16>, tensor<768x3072xf16>
  %366 = graph.add %365, %l11_b1 : tensor<1x384x3072xf16>, tensor<3072xf16>
  %367 = graph.gelu %366 : tensor<1x384x3072xf16>
  %368 = graph.matmul %367, %l11_w2 : tensor<1x384x3072xf16>, tensor<3072x768xf16>
  %369 = graph.add %368, %l11_b2 : tensor<1x384x768xf16>, tensor<768xf16>
  %370 = graph.add %364, %369 : tensor<1x384x768xf16>, tensor<1x384x768xf16>
  %371 = graph.layer_norm %370, %l11_g2, %l11_be2 epsilon = 1.00000000e-12 : tensor<1x384x768xf16>, tensor<768xf16>
  return %371 : tensor<1x384x768xf16>
}
