// Swin blocks: window attention, then shifted window attention; dim 8, 2 heads, 4x4 tokens, window 2, f32.
func.func @main(%x: tensor<1x16x8xf32> {dlc.name = "x"}, %b0_norm1_g: tensor<8xf32> {dlc.name = "b0.norm1.g"}, %b0_norm1_b: tensor<8xf32> {dlc.name = "b0.norm1.b"}, %b0_qkv_w: tensor<8x24xf32> {dlc.name = "b0.qkv.w"}, %b0_qkv_b: tensor<24xf32> {dlc.name = "b0.qkv.b"}, %b0_rel_bias: tensor<2x4x4xf32> {dlc.name = "b0.rel_bias"}, %b0_proj_w: tensor<8x8xf32> {dlc.name = "b0.proj.w"}, %b0_proj_b: tensor<8xf32> {dlc.name = "b0.proj.b"}, %b0_norm2_g: tensor<8xf32> {dlc.name = "b0.norm2.g"}, %b0_norm2_b: tensor<8xf32> {dlc.name = "b0.norm2.b"}, %b0_fc1_w: tensor<8x32xf32> {dlc.name = "b0.fc1.w"}, %b0_fc1_b: tensor<32xf32> {dlc.name = "b0.fc1.b"}, %b0_fc2_w: tensor<32x8xf32> {dlc.name = "b0.fc2.w"}, %b0_fc2_b: tensor<8xf32> {dlc.name = "b0.fc2.b"}, %b1_norm1_g: tensor<8xf32> {dlc.name = "b1.norm1.g"}, %b1_norm1_b: tensor<8xf32> {dlc.name = "b1.norm1.b"}, %b1_qkv_w: tensor<8x24xf32> {dlc.name = "b1.qkv.w"}, %b1_qkv_b: tensor<24xf32> {dlc.name = "b1.qkv.b"}, %b1_rel_bias: tensor<2x4x4xf32> {dlc.name = "b1.rel_bias"}, %b1_attn_mask: tensor<4x1x4x4xf32> {dlc.name = "b1.attn_mask"}, %b1_proj_w: tensor<8x8xf32> {dlc.name = "b1.proj.w"}, %b1_proj_b: tensor<8xf32> {dlc.name = "b1.proj.b"}, %b1_norm2_g: tensor<8xf32> {dlc.name = "b1.norm2.g"}, %b1_norm2_b: tensor<8xf32> {dlc.name = "b1.norm2.b"}, %b1_fc1_w: tensor<8x32xf32> {dlc.name = "b1.fc1.w"}, %b1_fc1_b: tensor<32xf32> {dlc.name = "b1.fc1.b"}, %b1_fc2_w: tensor<32x8xf32> {dlc.name = "b1.fc2.w"}, %b1_fc2_b: tensor<8xf32> {dlc.name = "b1.fc2.b"}) -> (tensor<1x16x8xf32> {dlc.name = "y"}) {
  %0 = graph.layer_norm %x, %b0_norm1_g, %b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x16x8xf32>, tensor<8xf32>
  %1 = graph.reshape %0 : tensor<1x16x8xf32> to tensor<1x4x4x8xf32>
  %2 = graph.reshape %1 : tensor<1x4x4x8xf32> to tensor<1x2x2x2x2x8xf32>
  %3 = graph.transpose %2 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x2x2x8xf32>
  %4 = graph.reshape %3 : tensor<1x2x2x2x2x8xf32> to tensor<4x4x8xf32>
  %5 = graph.matmul %4, %b0_qkv_w : tensor<4x4x8xf32>, tensor<8x24xf32>
  %6 = graph.add %5, %b0_qkv_b : tensor<4x4x24xf32>, tensor<24xf32>
  %7:3 = graph.split %6 axis = 2 sizes = [8, 8, 8] : tensor<4x4x24xf32>
  %8 = graph.reshape %7#0 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %9 = graph.transpose %8 perm = [0, 2, 1, 3] : tensor<4x4x2x4xf32>
  %10 = graph.reshape %7#1 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %11 = graph.transpose %10 perm = [0, 2, 3, 1] : tensor<4x4x2x4xf32>
  %12 = graph.matmul %9, %11 : tensor<4x2x4x4xf32>, tensor<4x2x4x4xf32>
  %13 = graph.constant dense<5.00000000e-1> : tensor<f32>
  %14 = graph.mul %12, %13 : tensor<4x2x4x4xf32>, tensor<f32>
  %15 = graph.add %14, %b0_rel_bias : tensor<4x2x4x4xf32>, tensor<2x4x4xf32>
  %16 = graph.softmax %15 : tensor<4x2x4x4xf32>
  %17 = graph.reshape %7#2 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %18 = graph.transpose %17 perm = [0, 2, 1, 3] : tensor<4x4x2x4xf32>
  %19 = graph.matmul %16, %18 : tensor<4x2x4x4xf32>, tensor<4x2x4x4xf32>
  %20 = graph.transpose %19 perm = [0, 2, 1, 3] : tensor<4x2x4x4xf32>
  %21 = graph.reshape %20 : tensor<4x4x2x4xf32> to tensor<4x4x8xf32>
  %22 = graph.matmul %21, %b0_proj_w : tensor<4x4x8xf32>, tensor<8x8xf32>
  %23 = graph.add %22, %b0_proj_b : tensor<4x4x8xf32>, tensor<8xf32>
  %24 = graph.reshape %23 : tensor<4x4x8xf32> to tensor<1x2x2x2x2x8xf32>
  %25 = graph.transpose %24 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x2x2x8xf32>
  %26 = graph.reshape %25 : tensor<1x2x2x2x2x8xf32> to tensor<1x4x4x8xf32>
  %27 = graph.reshape %26 : tensor<1x4x4x8xf32> to tensor<1x16x8xf32>
  %28 = graph.add %x, %27 : tensor<1x16x8xf32>, tensor<1x16x8xf32>
  %29 = graph.layer_norm %28, %b0_norm2_g, %b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x16x8xf32>, tensor<8xf32>
  %30 = graph.matmul %29, %b0_fc1_w : tensor<1x16x8xf32>, tensor<8x32xf32>
  %31 = graph.add %30, %b0_fc1_b : tensor<1x16x32xf32>, tensor<32xf32>
  %32 = graph.gelu %31 : tensor<1x16x32xf32>
  %33 = graph.matmul %32, %b0_fc2_w : tensor<1x16x32xf32>, tensor<32x8xf32>
  %34 = graph.add %33, %b0_fc2_b : tensor<1x16x8xf32>, tensor<8xf32>
  %35 = graph.add %28, %34 : tensor<1x16x8xf32>, tensor<1x16x8xf32>
  %36 = graph.layer_norm %35, %b1_norm1_g, %b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x16x8xf32>, tensor<8xf32>
  %37 = graph.reshape %36 : tensor<1x16x8xf32> to tensor<1x4x4x8xf32>
  %38 = graph.slice %37 starts = [1] ends = [4] axes = [1] : tensor<1x4x4x8xf32>
  %39 = graph.slice %37 starts = [0] ends = [1] axes = [1] : tensor<1x4x4x8xf32>
  %40 = graph.concat %38, %39 axis = 1 : tensor<1x3x4x8xf32>, tensor<1x1x4x8xf32>
  %41 = graph.slice %40 starts = [1] ends = [4] axes = [2] : tensor<1x4x4x8xf32>
  %42 = graph.slice %40 starts = [0] ends = [1] axes = [2] : tensor<1x4x4x8xf32>
  %43 = graph.concat %41, %42 axis = 2 : tensor<1x4x3x8xf32>, tensor<1x4x1x8xf32>
  %44 = graph.reshape %43 : tensor<1x4x4x8xf32> to tensor<1x2x2x2x2x8xf32>
  %45 = graph.transpose %44 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x2x2x8xf32>
  %46 = graph.reshape %45 : tensor<1x2x2x2x2x8xf32> to tensor<4x4x8xf32>
  %47 = graph.matmul %46, %b1_qkv_w : tensor<4x4x8xf32>, tensor<8x24xf32>
  %48 = graph.add %47, %b1_qkv_b : tensor<4x4x24xf32>, tensor<24xf32>
  %49:3 = graph.split %48 axis = 2 sizes = [8, 8, 8] : tensor<4x4x24xf32>
  %50 = graph.reshape %49#0 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %51 = graph.transpose %50 perm = [0, 2, 1, 3] : tensor<4x4x2x4xf32>
  %52 = graph.reshape %49#1 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %53 = graph.transpose %52 perm = [0, 2, 3, 1] : tensor<4x4x2x4xf32>
  %54 = graph.matmul %51, %53 : tensor<4x2x4x4xf32>, tensor<4x2x4x4xf32>
  %55 = graph.constant dense<5.00000000e-1> : tensor<f32>
  %56 = graph.mul %54, %55 : tensor<4x2x4x4xf32>, tensor<f32>
  %57 = graph.add %56, %b1_rel_bias : tensor<4x2x4x4xf32>, tensor<2x4x4xf32>
  %58 = graph.add %57, %b1_attn_mask : tensor<4x2x4x4xf32>, tensor<4x1x4x4xf32>
  %59 = graph.softmax %58 : tensor<4x2x4x4xf32>
  %60 = graph.reshape %49#2 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %61 = graph.transpose %60 perm = [0, 2, 1, 3] : tensor<4x4x2x4xf32>
  %62 = graph.matmul %59, %61 : tensor<4x2x4x4xf32>, tensor<4x2x4x4xf32>
  %63 = graph.transpose %62 perm = [0, 2, 1, 3] : tensor<4x2x4x4xf32>
  %64 = graph.reshape %63 : tensor<4x4x2x4xf32> to tensor<4x4x8xf32>
  %65 = graph.matmul %64, %b1_proj_w : tensor<4x4x8xf32>, tensor<8x8xf32>
  %66 = graph.add %65, %b1_proj_b : tensor<4x4x8xf32>, tensor<8xf32>
  %67 = graph.reshape %66 : tensor<4x4x8xf32> to tensor<1x2x2x2x2x8xf32>
  %68 = graph.transpose %67 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x2x2x8xf32>
  %69 = graph.reshape %68 : tensor<1x2x2x2x2x8xf32> to tensor<1x4x4x8xf32>
  %70 = graph.slice %69 starts = [3] ends = [4] axes = [1] : tensor<1x4x4x8xf32>
  %71 = graph.slice %69 starts = [0] ends = [3] axes = [1] : tensor<1x4x4x8xf32>
  %72 = graph.concat %70, %71 axis = 1 : tensor<1x1x4x8xf32>, tensor<1x3x4x8xf32>
  %73 = graph.slice %72 starts = [3] ends = [4] axes = [2] : tensor<1x4x4x8xf32>
  %74 = graph.slice %72 starts = [0] ends = [3] axes = [2] : tensor<1x4x4x8xf32>
  %75 = graph.concat %73, %74 axis = 2 : tensor<1x4x1x8xf32>, tensor<1x4x3x8xf32>
  %76 = graph.reshape %75 : tensor<1x4x4x8xf32> to tensor<1x16x8xf32>
  %77 = graph.add %35, %76 : tensor<1x16x8xf32>, tensor<1x16x8xf32>
  %78 = graph.layer_norm %77, %b1_norm2_g, %b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x16x8xf32>, tensor<8xf32>
  %79 = graph.matmul %78, %b1_fc1_w : tensor<1x16x8xf32>, tensor<8x32xf32>
  %80 = graph.add %79, %b1_fc1_b : tensor<1x16x32xf32>, tensor<32xf32>
  %81 = graph.gelu %80 : tensor<1x16x32xf32>
  %82 = graph.matmul %81, %b1_fc2_w : tensor<1x16x32xf32>, tensor<32x8xf32>
  %83 = graph.add %82, %b1_fc2_b : tensor<1x16x8xf32>, tensor<8xf32>
  %84 = graph.add %77, %83 : tensor<1x16x8xf32>, tensor<1x16x8xf32>
  return %84 : tensor<1x16x8xf32>
}
