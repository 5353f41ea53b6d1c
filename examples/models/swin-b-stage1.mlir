// Swin blocks: window attention, then shifted window attention; dim 128, 4 heads, 56x56 tokens, window 7, f16.
func.func @main(%x: tensor<1x3136x128xf16> {dlc.name = "x"}, %b0_norm1_g: tensor<128xf16> {dlc.name = "b0.norm1.g"}, %b0_norm1_b: tensor<128xf16> {dlc.name = "b0.norm1.b"}, %b0_qkv_w: tensor<128x384xf16> {dlc.name = "b0.qkv.w"}, %b0_qkv_b: tensor<384xf16> {dlc.name = "b0.qkv.b"}, %b0_rel_bias: tensor<4x49x49xf16> {dlc.name = "b0.rel_bias"}, %b0_proj_w: tensor<128x128xf16> {dlc.name = "b0.proj.w"}, %b0_proj_b: tensor<128xf16> {dlc.name = "b0.proj.b"}, %b0_norm2_g: tensor<128xf16> {dlc.name = "b0.norm2.g"}, %b0_norm2_b: tensor<128xf16> {dlc.name = "b0.norm2.b"}, %b0_fc1_w: tensor<128x512xf16> {dlc.name = "b0.fc1.w"}, %b0_fc1_b: tensor<512xf16> {dlc.name = "b0.fc1.b"}, %b0_fc2_w: tensor<512x128xf16> {dlc.name = "b0.fc2.w"}, %b0_fc2_b: tensor<128xf16> {dlc.name = "b0.fc2.b"}, %b1_norm1_g: tensor<128xf16> {dlc.name = "b1.norm1.g"}, %b1_norm1_b: tensor<128xf16> {dlc.name = "b1.norm1.b"}, %b1_qkv_w: tensor<128x384xf16> {dlc.name = "b1.qkv.w"}, %b1_qkv_b: tensor<384xf16> {dlc.name = "b1.qkv.b"}, %b1_rel_bias: tensor<4x49x49xf16> {dlc.name = "b1.rel_bias"}, %b1_attn_mask: tensor<64x1x49x49xf16> {dlc.name = "b1.attn_mask"}, %b1_proj_w: tensor<128x128xf16> {dlc.name = "b1.proj.w"}, %b1_proj_b: tensor<128xf16> {dlc.name = "b1.proj.b"}, %b1_norm2_g: tensor<128xf16> {dlc.name = "b1.norm2.g"}, %b1_norm2_b: tensor<128xf16> {dlc.name = "b1.norm2.b"}, %b1_fc1_w: tensor<128x512xf16> {dlc.name = "b1.fc1.w"}, %b1_fc1_b: tensor<512xf16> {dlc.name = "b1.fc1.b"}, %b1_fc2_w: tensor<512x128xf16> {dlc.name = "b1.fc2.w"}, %b1_fc2_b: tensor<128xf16> {dlc.name = "b1.fc2.b"}) -> (tensor<1x3136x128xf16> {dlc.name = "y"}) {
  %0 = graph.layer_norm %x, %b0_norm1_g, %b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf16>, tensor<128xf16>
  %1 = graph.reshape %0 : tensor<1x3136x128xf16> to tensor<1x56x56x128xf16>
  %2 = graph.reshape %1 : tensor<1x56x56x128xf16> to tensor<1x8x7x8x7x128xf16>
  %3 = graph.transpose %2 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x7x8x7x128xf16>
  %4 = graph.reshape %3 : tensor<1x8x8x7x7x128xf16> to tensor<64x49x128xf16>
  %5 = graph.matmul %4, %b0_qkv_w : tensor<64x49x128xf16>, tensor<128x384xf16>
  %6 = graph.add %5, %b0_qkv_b : tensor<64x49x384xf16>, tensor<384xf16>
  %7:3 = graph.split %6 axis = 2 sizes = [128, 128, 128] : tensor<64x49x384xf16>
  %8 = graph.reshape %7#0 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %9 = graph.transpose %8 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf16>
  %10 = graph.reshape %7#1 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %11 = graph.transpose %10 perm = [0, 2, 3, 1] : tensor<64x49x4x32xf16>
  %12 = graph.matmul %9, %11 : tensor<64x4x49x32xf16>, tensor<64x4x32x49xf16>
  %13 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %14 = graph.mul %12, %13 : tensor<64x4x49x49xf16>, tensor<f16>
  %15 = graph.add %14, %b0_rel_bias : tensor<64x4x49x49xf16>, tensor<4x49x49xf16>
  %16 = graph.softmax %15 : tensor<64x4x49x49xf16>
  %17 = graph.reshape %7#2 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %18 = graph.transpose %17 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf16>
  %19 = graph.matmul %16, %18 : tensor<64x4x49x49xf16>, tensor<64x4x49x32xf16>
  %20 = graph.transpose %19 perm = [0, 2, 1, 3] : tensor<64x4x49x32xf16>
  %21 = graph.reshape %20 : tensor<64x49x4x32xf16> to tensor<64x49x128xf16>
  %22 = graph.matmul %21, %b0_proj_w : tensor<64x49x128xf16>, tensor<128x128xf16>
  %23 = graph.add %22, %b0_proj_b : tensor<64x49x128xf16>, tensor<128xf16>
  %24 = graph.reshape %23 : tensor<64x49x128xf16> to tensor<1x8x8x7x7x128xf16>
  %25 = graph.transpose %24 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x8x7x7x128xf16>
  %26 = graph.reshape %25 : tensor<1x8x7x8x7x128xf16> to tensor<1x56x56x128xf16>
  %27 = graph.reshape %26 : tensor<1x56x56x128xf16> to tensor<1x3136x128xf16>
  %28 = graph.add %x, %27 : tensor<1x3136x128xf16>, tensor<1x3136x128xf16>
  %29 = graph.layer_norm %28, %b0_norm2_g, %b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf16>, tensor<128xf16>
  %30 = graph.matmul %29, %b0_fc1_w : tensor<1x3136x128xf16>, tensor<128x512xf16>
  %31 = graph.add %30, %b0_fc1_b : tensor<1x3136x512xf16>, tensor<512xf16>
  %32 = graph.gelu %31 : tensor<1x3136x512xf16>
  %33 = graph.matmul %32, %b0_fc2_w : tensor<1x3136x512xf16>, tensor<512x128xf16>
  %34 = graph.add %33, %b0_fc2_b : tensor<1x3136x128xf16>, tensor<128xf16>
  %35 = graph.add %28, %34 : tensor<1x3136x128xf16>, tensor<1x3136x128xf16>
  %36 = graph.layer_norm %35, %b1_norm1_g, %b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf16>, tensor<128xf16>
  %37 = graph.reshape %36 : tensor<1x3136x128xf16> to tensor<1x56x56x128xf16>
  %38 = graph.slice %37 starts = [3] ends = [56] axes = [1] : tensor<1x56x56x128xf16>
  %39 = graph.slice %37 starts = [0] ends = [3] axes = [1] : tensor<1x56x56x128xf16>
  %40 = graph.concat %38, %39 axis = 1 : tensor<1x53x56x128xf16>, tensor<1x3x56x128xf16>
  %41 = graph.slice %40 starts = [3] ends = [56] axes = [2] : tensor<1x56x56x128xf16>
  %42 = graph.slice %40 starts = [0] ends = [3] axes = [2] : tensor<1x56x56x128xf16>
  %43 = graph.concat %41, %42 axis = 2 : tensor<1x56x53x128xf16>, tensor<1x56x3x128xf16>
  %44 = graph.reshape %43 : tensor<1x56x56x128xf16> to tensor<1x8x7x8x7x128xf16>
  %45 = graph.transpose %44 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x7x8x7x128xf16>
  %46 = graph.reshape %45 : tensor<1x8x8x7x7x128xf16> to tensor<64x49x128xf16>
  %47 = graph.matmul %46, %b1_qkv_w : tensor<64x49x128xf16>, tensor<128x384xf16>
  %48 = graph.add %47, %b1_qkv_b : tensor<64x49x384xf16>, tensor<384xf16>
  %49:3 = graph.split %48 axis = 2 sizes = [128, 128, 128] : tensor<64x49x384xf16>
  %50 = graph.reshape %49#0 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %51 = graph.transpose %50 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf16>
  %52 = graph.reshape %49#1 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %53 = graph.transpose %52 perm = [0, 2, 3, 1] : tensor<64x49x4x32xf16>
  %54 = graph.matmul %51, %53 : tensor<64x4x49x32xf16>, tensor<64x4x32x49xf16>
  %55 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %56 = graph.mul %54, %55 : tensor<64x4x49x49xf16>, tensor<f16>
  %57 = graph.add %56, %b1_rel_bias : tensor<64x4x49x49xf16>, tensor<4x49x49xf16>
  %58 = graph.add %57, %b1_attn_mask : tensor<64x4x49x49xf16>, tensor<64x1x49x49xf16>
  %59 = graph.softmax %58 : tensor<64x4x49x49xf16>
  %60 = graph.reshape %49#2 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %61 = graph.transpose %60 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf16>
  %62 = graph.matmul %59, %61 : tensor<64x4x49x49xf16>, tensor<64x4x49x32xf16>
  %63 = graph.transpose %62 perm = [0, 2, 1, 3] : tensor<64x4x49x32xf16>
  %64 = graph.reshape %63 : tensor<64x49x4x32xf16> to tensor<64x49x128xf16>
  %65 = graph.matmul %64, %b1_proj_w : tensor<64x49x128xf16>, tensor<128x128xf16>
  %66 = graph.add %65, %b1_proj_b : tensor<64x49x128xf16>, tensor<128xf16>
  %67 = graph.reshape %66 : tensor<64x49x128xf16> to tensor<1x8x8x7x7x128xf16>
  %68 = graph.transpose %67 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x8x7x7x128xf16>
  %69 = graph.reshape %68 : tensor<1x8x7x8x7x128xf16> to tensor<1x56x56x128xf16>
  %70 = graph.slice %69 starts = [53] ends = [56] axes = [1] : tensor<1x56x56x128xf16>
  %71 = graph.slice %69 starts = [0] ends = [53] axes = [1] : tensor<1x56x56x128xf16>
  %72 = graph.concat %70, %71 axis = 1 : tensor<1x3x56x128xf16>, tensor<1x53x56x128xf16>
  %73 = graph.slice %72 starts = [53] ends = [56] axes = [2] : tensor<1x56x56x128xf16>
  %74 = graph.slice %72 starts = [0] ends = [53] axes = [2] : tensor<1x56x56x128xf16>
  %75 = graph.concat %73, %74 axis = 2 : tensor<1x56x3x128xf16>, tensor<1x56x53x128xf16>
  %76 = graph.reshape %75 : tensor<1x56x56x128xf16> to tensor<1x3136x128xf16>
  %77 = graph.add %35, %76 : tensor<1x3136x128xf16>, tensor<1x3136x128xf16>
  %78 = graph.layer_norm %77, %b1_norm2_g, %b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf16>, tensor<128xf16>
  %79 = graph.matmul %78, %b1_fc1_w : tensor<1x3136x128xf16>, tensor<128x512xf16>
  %80 = graph.add %79, %b1_fc1_b : tensor<1x3136x512xf16>, tensor<512xf16>
  %81 = graph.gelu %80 : tensor<1x3136x512xf16>
  %82 = graph.matmul %81, %b1_fc2_w : tensor<1x3136x512xf16>, tensor<512x128xf16>
  %83 = graph.add %82, %b1_fc2_b : tensor<1x3136x128xf16>, tensor<128xf16>
  %84 = graph.add %77, %83 : tensor<1x3136x128xf16>, tensor<1x3136x128xf16>
  return %84 : tensor<1x3136x128xf16>
}
