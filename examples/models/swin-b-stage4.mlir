// Swin blocks: window attention, then window attention (the map is one window: no shift); dim 1024, 32 heads, 7x7 tokens, window 7, f16.
func.func @main(%x: tensor<1x49x1024xf16> {dlc.name = "x"}, %b0_norm1_g: tensor<1024xf16> {dlc.name = "b0.norm1.g"}, %b0_norm1_b: tensor<1024xf16> {dlc.name = "b0.norm1.b"}, %b0_qkv_w: tensor<1024x3072xf16> {dlc.name = "b0.qkv.w"}, %b0_qkv_b: tensor<3072xf16> {dlc.name = "b0.qkv.b"}, %b0_rel_bias: tensor<32x49x49xf16> {dlc.name = "b0.rel_bias"}, %b0_proj_w: tensor<1024x1024xf16> {dlc.name = "b0.proj.w"}, %b0_proj_b: tensor<1024xf16> {dlc.name = "b0.proj.b"}, %b0_norm2_g: tensor<1024xf16> {dlc.name = "b0.norm2.g"}, %b0_norm2_b: tensor<1024xf16> {dlc.name = "b0.norm2.b"}, %b0_fc1_w: tensor<1024x4096xf16> {dlc.name = "b0.fc1.w"}, %b0_fc1_b: tensor<4096xf16> {dlc.name = "b0.fc1.b"}, %b0_fc2_w: tensor<4096x1024xf16> {dlc.name = "b0.fc2.w"}, %b0_fc2_b: tensor<1024xf16> {dlc.name = "b0.fc2.b"}, %b1_norm1_g: tensor<1024xf16> {dlc.name = "b1.norm1.g"}, %b1_norm1_b: tensor<1024xf16> {dlc.name = "b1.norm1.b"}, %b1_qkv_w: tensor<1024x3072xf16> {dlc.name = "b1.qkv.w"}, %b1_qkv_b: tensor<3072xf16> {dlc.name = "b1.qkv.b"}, %b1_rel_bias: tensor<32x49x49xf16> {dlc.name = "b1.rel_bias"}, %b1_proj_w: tensor<1024x1024xf16> {dlc.name = "b1.proj.w"}, %b1_proj_b: tensor<1024xf16> {dlc.name = "b1.proj.b"}, %b1_norm2_g: tensor<1024xf16> {dlc.name = "b1.norm2.g"}, %b1_norm2_b: tensor<1024xf16> {dlc.name = "b1.norm2.b"}, %b1_fc1_w: tensor<1024x4096xf16> {dlc.name = "b1.fc1.w"}, %b1_fc1_b: tensor<4096xf16> {dlc.name = "b1.fc1.b"}, %b1_fc2_w: tensor<4096x1024xf16> {dlc.name = "b1.fc2.w"}, %b1_fc2_b: tensor<1024xf16> {dlc.name = "b1.fc2.b"}) -> (tensor<1x49x1024xf16> {dlc.name = "y"}) {
  %0 = graph.layer_norm %x, %b0_norm1_g, %b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf16>, tensor<1024xf16>
  %1 = graph.reshape %0 : tensor<1x49x1024xf16> to tensor<1x7x7x1024xf16>
  %2 = graph.reshape %1 : tensor<1x7x7x1024xf16> to tensor<1x1x7x1x7x1024xf16>
  %3 = graph.transpose %2 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x7x1x7x1024xf16>
  %4 = graph.reshape %3 : tensor<1x1x1x7x7x1024xf16> to tensor<1x49x1024xf16>
  %5 = graph.matmul %4, %b0_qkv_w : tensor<1x49x1024xf16>, tensor<1024x3072xf16>
  %6 = graph.add %5, %b0_qkv_b : tensor<1x49x3072xf16>, tensor<3072xf16>
  %7:3 = graph.split %6 axis = 2 sizes = [1024, 1024, 1024] : tensor<1x49x3072xf16>
  %8 = graph.reshape %7#0 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %9 = graph.transpose %8 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf16>
  %10 = graph.reshape %7#1 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %11 = graph.transpose %10 perm = [0, 2, 3, 1] : tensor<1x49x32x32xf16>
  %12 = graph.matmul %9, %11 : tensor<1x32x49x32xf16>, tensor<1x32x32x49xf16>
  %13 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %14 = graph.mul %12, %13 : tensor<1x32x49x49xf16>, tensor<f16>
  %15 = graph.add %14, %b0_rel_bias : tensor<1x32x49x49xf16>, tensor<32x49x49xf16>
  %16 = graph.softmax %15 : tensor<1x32x49x49xf16>
  %17 = graph.reshape %7#2 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %18 = graph.transpose %17 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf16>
  %19 = graph.matmul %16, %18 : tensor<1x32x49x49xf16>, tensor<1x32x49x32xf16>
  %20 = graph.transpose %19 perm = [0, 2, 1, 3] : tensor<1x32x49x32xf16>
  %21 = graph.reshape %20 : tensor<1x49x32x32xf16> to tensor<1x49x1024xf16>
  %22 = graph.matmul %21, %b0_proj_w : tensor<1x49x1024xf16>, tensor<1024x1024xf16>
  %23 = graph.add %22, %b0_proj_b : tensor<1x49x1024xf16>, tensor<1024xf16>
  %24 = graph.reshape %23 : tensor<1x49x1024xf16> to tensor<1x1x1x7x7x1024xf16>
  %25 = graph.transpose %24 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x1x7x7x1024xf16>
  %26 = graph.reshape %25 : tensor<1x1x7x1x7x1024xf16> to tensor<1x7x7x1024xf16>
  %27 = graph.reshape %26 : tensor<1x7x7x1024xf16> to tensor<1x49x1024xf16>
  %28 = graph.add %x, %27 : tensor<1x49x1024xf16>, tensor<1x49x1024xf16>
  %29 = graph.layer_norm %28, %b0_norm2_g, %b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf16>, tensor<1024xf16>
  %30 = graph.matmul %29, %b0_fc1_w : tensor<1x49x1024xf16>, tensor<1024x4096xf16>
  %31 = graph.add %30, %b0_fc1_b : tensor<1x49x4096xf16>, tensor<4096xf16>
  %32 = graph.gelu %31 : tensor<1x49x4096xf16>
  %33 = graph.matmul %32, %b0_fc2_w : tensor<1x49x4096xf16>, tensor<4096x1024xf16>
  %34 = graph.add %33, %b0_fc2_b : tensor<1x49x1024xf16>, tensor<1024xf16>
  %35 = graph.add %28, %34 : tensor<1x49x1024xf16>, tensor<1x49x1024xf16>
  %36 = graph.layer_norm %35, %b1_norm1_g, %b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf16>, tensor<1024xf16>
  %37 = graph.reshape %36 : tensor<1x49x1024xf16> to tensor<1x7x7x1024xf16>
  %38 = graph.reshape %37 : tensor<1x7x7x1024xf16> to tensor<1x1x7x1x7x1024xf16>
  %39 = graph.transpose %38 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x7x1x7x1024xf16>
  %40 = graph.reshape %39 : tensor<1x1x1x7x7x1024xf16> to tensor<1x49x1024xf16>
  %41 = graph.matmul %40, %b1_qkv_w : tensor<1x49x1024xf16>, tensor<1024x3072xf16>
  %42 = graph.add %41, %b1_qkv_b : tensor<1x49x3072xf16>, tensor<3072xf16>
  %43:3 = graph.split %42 axis = 2 sizes = [1024, 1024, 1024] : tensor<1x49x3072xf16>
  %44 = graph.reshape %43#0 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %45 = graph.transpose %44 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf16>
  %46 = graph.reshape %43#1 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %47 = graph.transpose %46 perm = [0, 2, 3, 1] : tensor<1x49x32x32xf16>
  %48 = graph.matmul %45, %47 : tensor<1x32x49x32xf16>, tensor<1x32x32x49xf16>
  %49 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %50 = graph.mul %48, %49 : tensor<1x32x49x49xf16>, tensor<f16>
  %51 = graph.add %50, %b1_rel_bias : tensor<1x32x49x49xf16>, tensor<32x49x49xf16>
  %52 = graph.softmax %51 : tensor<1x32x49x49xf16>
  %53 = graph.reshape %43#2 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %54 = graph.transpose %53 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf16>
  %55 = graph.matmul %52, %54 : tensor<1x32x49x49xf16>, tensor<1x32x49x32xf16>
  %56 = graph.transpose %55 perm = [0, 2, 1, 3] : tensor<1x32x49x32xf16>
  %57 = graph.reshape %56 : tensor<1x49x32x32xf16> to tensor<1x49x1024xf16>
  %58 = graph.matmul %57, %b1_proj_w : tensor<1x49x1024xf16>, tensor<1024x1024xf16>
  %59 = graph.add %58, %b1_proj_b : tensor<1x49x1024xf16>, tensor<1024xf16>
  %60 = graph.reshape %59 : tensor<1x49x1024xf16> to tensor<1x1x1x7x7x1024xf16>
  %61 = graph.transpose %60 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x1x7x7x1024xf16>
  %62 = graph.reshape %61 : tensor<1x1x7x1x7x1024xf16> to tensor<1x7x7x1024xf16>
  %63 = graph.reshape %62 : tensor<1x7x7x1024xf16> to tensor<1x49x1024xf16>
  %64 = graph.add %35, %63 : tensor<1x49x1024xf16>, tensor<1x49x1024xf16>
  %65 = graph.layer_norm %64, %b1_norm2_g, %b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf16>, tensor<1024xf16>
  %66 = graph.matmul %65, %b1_fc1_w : tensor<1x49x1024xf16>, tensor<1024x4096xf16>
  %67 = graph.add %66, %b1_fc1_b : tensor<1x49x4096xf16>, tensor<4096xf16>
  %68 = graph.gelu %67 : tensor<1x49x4096xf16>
  %69 = graph.matmul %68, %b1_fc2_w : tensor<1x49x4096xf16>, tensor<4096x1024xf16>
  %70 = graph.add %69, %b1_fc2_b : tensor<1x49x1024xf16>, tensor<1024xf16>
  %71 = graph.add %64, %70 : tensor<1x49x1024xf16>, tensor<1x49x1024xf16>
  return %71 : tensor<1x49x1024xf16>
}
