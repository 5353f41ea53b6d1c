// Swin Transformer: patch 2, window 2, embedding 8, depths 2/2, heads 2/4, at 8x8, 10 classes, f32.
func.func @main(%image: tensor<1x3x8x8xf32> {dlc.name = "image"}, %patch_embed_w: tensor<8x3x2x2xf32> {dlc.name = "patch_embed.w"}, %patch_embed_b: tensor<8xf32> {dlc.name = "patch_embed.b"}, %patch_embed_norm_g: tensor<8xf32> {dlc.name = "patch_embed.norm.g"}, %patch_embed_norm_b: tensor<8xf32> {dlc.name = "patch_embed.norm.b"}, %s0_b0_norm1_g: tensor<8xf32> {dlc.name = "s0.b0.norm1.g"}, %s0_b0_norm1_b: tensor<8xf32> {dlc.name = "s0.b0.norm1.b"}, %s0_b0_qkv_w: tensor<8x24xf32> {dlc.name = "s0.b0.qkv.w"}, %s0_b0_qkv_b: tensor<24xf32> {dlc.name = "s0.b0.qkv.b"}, %s0_b0_rel_bias: tensor<2x4x4xf32> {dlc.name = "s0.b0.rel_bias"}, %s0_b0_proj_w: tensor<8x8xf32> {dlc.name = "s0.b0.proj.w"}, %s0_b0_proj_b: tensor<8xf32> {dlc.name = "s0.b0.proj.b"}, %s0_b0_norm2_g: tensor<8xf32> {dlc.name = "s0.b0.norm2.g"}, %s0_b0_norm2_b: tensor<8xf32> {dlc.name = "s0.b0.norm2.b"}, %s0_b0_fc1_w: tensor<8x32xf32> {dlc.name = "s0.b0.fc1.w"}, %s0_b0_fc1_b: tensor<32xf32> {dlc.name = "s0.b0.fc1.b"}, %s0_b0_fc2_w: tensor<32x8xf32> {dlc.name = "s0.b0.fc2.w"}, %s0_b0_fc2_b: tensor<8xf32> {dlc.name = "s0.b0.fc2.b"}, %s0_b1_norm1_g: tensor<8xf32> {dlc.name = "s0.b1.norm1.g"}, %s0_b1_norm1_b: tensor<8xf32> {dlc.name = "s0.b1.norm1.b"}, %s0_b1_qkv_w: tensor<8x24xf32> {dlc.name = "s0.b1.qkv.w"}, %s0_b1_qkv_b: tensor<24xf32> {dlc.name = "s0.b1.qkv.b"}, %s0_b1_rel_bias: tensor<2x4x4xf32> {dlc.name = "s0.b1.rel_bias"}, %s0_b1_attn_mask: tensor<4x1x4x4xf32> {dlc.name = "s0.b1.attn_mask"}, %s0_b1_proj_w: tensor<8x8xf32> {dlc.name = "s0.b1.proj.w"}, %s0_b1_proj_b: tensor<8xf32> {dlc.name = "s0.b1.proj.b"}, %s0_b1_norm2_g: tensor<8xf32> {dlc.name = "s0.b1.norm2.g"}, %s0_b1_norm2_b: tensor<8xf32> {dlc.name = "s0.b1.norm2.b"}, %s0_b1_fc1_w: tensor<8x32xf32> {dlc.name = "s0.b1.fc1.w"}, %s0_b1_fc1_b: tensor<32xf32> {dlc.name = "s0.b1.fc1.b"}, %s0_b1_fc2_w: tensor<32x8xf32> {dlc.name = "s0.b1.fc2.w"}, %s0_b1_fc2_b: tensor<8xf32> {dlc.name = "s0.b1.fc2.b"}, %s0_merge_norm_g: tensor<32xf32> {dlc.name = "s0.merge.norm.g"}, %s0_merge_norm_b: tensor<32xf32> {dlc.name = "s0.merge.norm.b"}, %s0_merge_reduction_w: tensor<32x16xf32> {dlc.name = "s0.merge.reduction.w"}, %s1_b0_norm1_g: tensor<16xf32> {dlc.name = "s1.b0.norm1.g"}, %s1_b0_norm1_b: tensor<16xf32> {dlc.name = "s1.b0.norm1.b"}, %s1_b0_qkv_w: tensor<16x48xf32> {dlc.name = "s1.b0.qkv.w"}, %s1_b0_qkv_b: tensor<48xf32> {dlc.name = "s1.b0.qkv.b"}, %s1_b0_rel_bias: tensor<4x4x4xf32> {dlc.name = "s1.b0.rel_bias"}, %s1_b0_proj_w: tensor<16x16xf32> {dlc.name = "s1.b0.proj.w"}, %s1_b0_proj_b: tensor<16xf32> {dlc.name = "s1.b0.proj.b"}, %s1_b0_norm2_g: tensor<16xf32> {dlc.name = "s1.b0.norm2.g"}, %s1_b0_norm2_b: tensor<16xf32> {dlc.name = "s1.b0.norm2.b"}, %s1_b0_fc1_w: tensor<16x64xf32> {dlc.name = "s1.b0.fc1.w"}, %s1_b0_fc1_b: tensor<64xf32> {dlc.name = "s1.b0.fc1.b"}, %s1_b0_fc2_w: tensor<64x16xf32> {dlc.name = "s1.b0.fc2.w"}, %s1_b0_fc2_b: tensor<16xf32> {dlc.name = "s1.b0.fc2.b"}, %s1_b1_norm1_g: tensor<16xf32> {dlc.name = "s1.b1.norm1.g"}, %s1_b1_norm1_b: tensor<16xf32> {dlc.name = "s1.b1.norm1.b"}, %s1_b1_qkv_w: tensor<16x48xf32> {dlc.name = "s1.b1.qkv.w"}, %s1_b1_qkv_b: tensor<48xf32> {dlc.name = "s1.b1.qkv.b"}, %s1_b1_rel_bias: tensor<4x4x4xf32> {dlc.name = "s1.b1.rel_bias"}, %s1_b1_proj_w: tensor<16x16xf32> {dlc.name = "s1.b1.proj.w"}, %s1_b1_proj_b: tensor<16xf32> {dlc.name = "s1.b1.proj.b"}, %s1_b1_norm2_g: tensor<16xf32> {dlc.name = "s1.b1.norm2.g"}, %s1_b1_norm2_b: tensor<16xf32> {dlc.name = "s1.b1.norm2.b"}, %s1_b1_fc1_w: tensor<16x64xf32> {dlc.name = "s1.b1.fc1.w"}, %s1_b1_fc1_b: tensor<64xf32> {dlc.name = "s1.b1.fc1.b"}, %s1_b1_fc2_w: tensor<64x16xf32> {dlc.name = "s1.b1.fc2.w"}, %s1_b1_fc2_b: tensor<16xf32> {dlc.name = "s1.b1.fc2.b"}, %norm_g: tensor<16xf32> {dlc.name = "norm.g"}, %norm_b: tensor<16xf32> {dlc.name = "norm.b"}, %head_w: tensor<16x10xf32> {dlc.name = "head.w"}, %head_b: tensor<10xf32> {dlc.name = "head.b"}) -> (tensor<1x10xf32> {dlc.name = "logits"}) {
  %0 = graph.conv2d %image, %patch_embed_w, %patch_embed_b strides = [2, 2] : tensor<1x3x8x8xf32>, tensor<8x3x2x2xf32>, tensor<8xf32>
  %1 = graph.reshape %0 : tensor<1x8x4x4xf32> to tensor<1x8x16xf32>
  %2 = graph.transpose %1 perm = [0, 2, 1] : tensor<1x8x16xf32>
  %3 = graph.layer_norm %2, %patch_embed_norm_g, %patch_embed_norm_b epsilon = 1.00000000e-5 : tensor<1x16x8xf32>, tensor<8xf32>
  %4 = graph.layer_norm %3, %s0_b0_norm1_g, %s0_b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x16x8xf32>, tensor<8xf32>
  %5 = graph.reshape %4 : tensor<1x16x8xf32> to tensor<1x4x4x8xf32>
  %6 = graph.reshape %5 : tensor<1x4x4x8xf32> to tensor<1x2x2x2x2x8xf32>
  %7 = graph.transpose %6 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x2x2x8xf32>
  %8 = graph.reshape %7 : tensor<1x2x2x2x2x8xf32> to tensor<4x4x8xf32>
  %9 = graph.matmul %8, %s0_b0_qkv_w : tensor<4x4x8xf32>, tensor<8x24xf32>
  %10 = graph.add %9, %s0_b0_qkv_b : tensor<4x4x24xf32>, tensor<24xf32>
  %11:3 = graph.split %10 axis = 2 sizes = [8, 8, 8] : tensor<4x4x24xf32>
  %12 = graph.reshape %11#0 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %13 = graph.transpose %12 perm = [0, 2, 1, 3] : tensor<4x4x2x4xf32>
  %14 = graph.reshape %11#1 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %15 = graph.transpose %14 perm = [0, 2, 3, 1] : tensor<4x4x2x4xf32>
  %16 = graph.matmul %13, %15 : tensor<4x2x4x4xf32>, tensor<4x2x4x4xf32>
  %17 = graph.constant dense<5.00000000e-1> : tensor<f32>
  %18 = graph.mul %16, %17 : tensor<4x2x4x4xf32>, tensor<f32>
  %19 = graph.add %18, %s0_b0_rel_bias : tensor<4x2x4x4xf32>, tensor<2x4x4xf32>
  %20 = graph.softmax %19 : tensor<4x2x4x4xf32>
  %21 = graph.reshape %11#2 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %22 = graph.transpose %21 perm = [0, 2, 1, 3] : tensor<4x4x2x4xf32>
  %23 = graph.matmul %20, %22 : tensor<4x2x4x4xf32>, tensor<4x2x4x4xf32>
  %24 = graph.transpose %23 perm = [0, 2, 1, 3] : tensor<4x2x4x4xf32>
  %25 = graph.reshape %24 : tensor<4x4x2x4xf32> to tensor<4x4x8xf32>
  %26 = graph.matmul %25, %s0_b0_proj_w : tensor<4x4x8xf32>, tensor<8x8xf32>
  %27 = graph.add %26, %s0_b0_proj_b : tensor<4x4x8xf32>, tensor<8xf32>
  %28 = graph.reshape %27 : tensor<4x4x8xf32> to tensor<1x2x2x2x2x8xf32>
  %29 = graph.transpose %28 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x2x2x8xf32>
  %30 = graph.reshape %29 : tensor<1x2x2x2x2x8xf32> to tensor<1x4x4x8xf32>
  %31 = graph.reshape %30 : tensor<1x4x4x8xf32> to tensor<1x16x8xf32>
  %32 = graph.add %3, %31 : tensor<1x16x8xf32>, tensor<1x16x8xf32>
  %33 = graph.layer_norm %32, %s0_b0_norm2_g, %s0_b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x16x8xf32>, tensor<8xf32>
  %34 = graph.matmul %33, %s0_b0_fc1_w : tensor<1x16x8xf32>, tensor<8x32xf32>
  %35 = graph.add %34, %s0_b0_fc1_b : tensor<1x16x32xf32>, tensor<32xf32>
  %36 = graph.gelu %35 : tensor<1x16x32xf32>
  %37 = graph.matmul %36, %s0_b0_fc2_w : tensor<1x16x32xf32>, tensor<32x8xf32>
  %38 = graph.add %37, %s0_b0_fc2_b : tensor<1x16x8xf32>, tensor<8xf32>
  %39 = graph.add %32, %38 : tensor<1x16x8xf32>, tensor<1x16x8xf32>
  %40 = graph.layer_norm %39, %s0_b1_norm1_g, %s0_b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x16x8xf32>, tensor<8xf32>
  %41 = graph.reshape %40 : tensor<1x16x8xf32> to tensor<1x4x4x8xf32>
  %42 = graph.slice %41 starts = [1] ends = [4] axes = [1] : tensor<1x4x4x8xf32>
  %43 = graph.slice %41 starts = [0] ends = [1] axes = [1] : tensor<1x4x4x8xf32>
  %44 = graph.concat %42, %43 axis = 1 : tensor<1x3x4x8xf32>, tensor<1x1x4x8xf32>
  %45 = graph.slice %44 starts = [1] ends = [4] axes = [2] : tensor<1x4x4x8xf32>
  %46 = graph.slice %44 starts = [0] ends = [1] axes = [2] : tensor<1x4x4x8xf32>
  %47 = graph.concat %45, %46 axis = 2 : tensor<1x4x3x8xf32>, tensor<1x4x1x8xf32>
  %48 = graph.reshape %47 : tensor<1x4x4x8xf32> to tensor<1x2x2x2x2x8xf32>
  %49 = graph.transpose %48 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x2x2x8xf32>
  %50 = graph.reshape %49 : tensor<1x2x2x2x2x8xf32> to tensor<4x4x8xf32>
  %51 = graph.matmul %50, %s0_b1_qkv_w : tensor<4x4x8xf32>, tensor<8x24xf32>
  %52 = graph.add %51, %s0_b1_qkv_b : tensor<4x4x24xf32>, tensor<24xf32>
  %53:3 = graph.split %52 axis = 2 sizes = [8, 8, 8] : tensor<4x4x24xf32>
  %54 = graph.reshape %53#0 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %55 = graph.transpose %54 perm = [0, 2, 1, 3] : tensor<4x4x2x4xf32>
  %56 = graph.reshape %53#1 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %57 = graph.transpose %56 perm = [0, 2, 3, 1] : tensor<4x4x2x4xf32>
  %58 = graph.matmul %55, %57 : tensor<4x2x4x4xf32>, tensor<4x2x4x4xf32>
  %59 = graph.constant dense<5.00000000e-1> : tensor<f32>
  %60 = graph.mul %58, %59 : tensor<4x2x4x4xf32>, tensor<f32>
  %61 = graph.add %60, %s0_b1_rel_bias : tensor<4x2x4x4xf32>, tensor<2x4x4xf32>
  %62 = graph.add %61, %s0_b1_attn_mask : tensor<4x2x4x4xf32>, tensor<4x1x4x4xf32>
  %63 = graph.softmax %62 : tensor<4x2x4x4xf32>
  %64 = graph.reshape %53#2 : tensor<4x4x8xf32> to tensor<4x4x2x4xf32>
  %65 = graph.transpose %64 perm = [0, 2, 1, 3] : tensor<4x4x2x4xf32>
  %66 = graph.matmul %63, %65 : tensor<4x2x4x4xf32>, tensor<4x2x4x4xf32>
  %67 = graph.transpose %66 perm = [0, 2, 1, 3] : tensor<4x2x4x4xf32>
  %68 = graph.reshape %67 : tensor<4x4x2x4xf32> to tensor<4x4x8xf32>
  %69 = graph.matmul %68, %s0_b1_proj_w : tensor<4x4x8xf32>, tensor<8x8xf32>
  %70 = graph.add %69, %s0_b1_proj_b : tensor<4x4x8xf32>, tensor<8xf32>
  %71 = graph.reshape %70 : tensor<4x4x8xf32> to tensor<1x2x2x2x2x8xf32>
  %72 = graph.transpose %71 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x2x2x8xf32>
  %73 = graph.reshape %72 : tensor<1x2x2x2x2x8xf32> to tensor<1x4x4x8xf32>
  %74 = graph.slice %73 starts = [3] ends = [4] axes = [1] : tensor<1x4x4x8xf32>
  %75 = graph.slice %73 starts = [0] ends = [3] axes = [1] : tensor<1x4x4x8xf32>
  %76 = graph.concat %74, %75 axis = 1 : tensor<1x1x4x8xf32>, tensor<1x3x4x8xf32>
  %77 = graph.slice %76 starts = [3] ends = [4] axes = [2] : tensor<1x4x4x8xf32>
  %78 = graph.slice %76 starts = [0] ends = [3] axes = [2] : tensor<1x4x4x8xf32>
  %79 = graph.concat %77, %78 axis = 2 : tensor<1x4x1x8xf32>, tensor<1x4x3x8xf32>
  %80 = graph.reshape %79 : tensor<1x4x4x8xf32> to tensor<1x16x8xf32>
  %81 = graph.add %39, %80 : tensor<1x16x8xf32>, tensor<1x16x8xf32>
  %82 = graph.layer_norm %81, %s0_b1_norm2_g, %s0_b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x16x8xf32>, tensor<8xf32>
  %83 = graph.matmul %82, %s0_b1_fc1_w : tensor<1x16x8xf32>, tensor<8x32xf32>
  %84 = graph.add %83, %s0_b1_fc1_b : tensor<1x16x32xf32>, tensor<32xf32>
  %85 = graph.gelu %84 : tensor<1x16x32xf32>
  %86 = graph.matmul %85, %s0_b1_fc2_w : tensor<1x16x32xf32>, tensor<32x8xf32>
  %87 = graph.add %86, %s0_b1_fc2_b : tensor<1x16x8xf32>, tensor<8xf32>
  %88 = graph.add %81, %87 : tensor<1x16x8xf32>, tensor<1x16x8xf32>
  %89 = graph.reshape %88 : tensor<1x16x8xf32> to tensor<1x2x2x2x2x8xf32>
  %90 = graph.transpose %89 perm = [0, 1, 3, 4, 2, 5] : tensor<1x2x2x2x2x8xf32>
  %91 = graph.reshape %90 : tensor<1x2x2x2x2x8xf32> to tensor<1x4x32xf32>
  %92 = graph.layer_norm %91, %s0_merge_norm_g, %s0_merge_norm_b epsilon = 1.00000000e-5 : tensor<1x4x32xf32>, tensor<32xf32>
  %93 = graph.matmul %92, %s0_merge_reduction_w : tensor<1x4x32xf32>, tensor<32x16xf32>
  %94 = graph.layer_norm %93, %s1_b0_norm1_g, %s1_b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x4x16xf32>, tensor<16xf32>
  %95 = graph.reshape %94 : tensor<1x4x16xf32> to tensor<1x2x2x16xf32>
  %96 = graph.reshape %95 : tensor<1x2x2x16xf32> to tensor<1x1x2x1x2x16xf32>
  %97 = graph.transpose %96 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x2x1x2x16xf32>
  %98 = graph.reshape %97 : tensor<1x1x1x2x2x16xf32> to tensor<1x4x16xf32>
  %99 = graph.matmul %98, %s1_b0_qkv_w : tensor<1x4x16xf32>, tensor<16x48xf32>
  %100 = graph.add %99, %s1_b0_qkv_b : tensor<1x4x48xf32>, tensor<48xf32>
  %101:3 = graph.split %100 axis = 2 sizes = [16, 16, 16] : tensor<1x4x48xf32>
  %102 = graph.reshape %101#0 : tensor<1x4x16xf32> to tensor<1x4x4x4xf32>
  %103 = graph.transpose %102 perm = [0, 2, 1, 3] : tensor<1x4x4x4xf32>
  %104 = graph.reshape %101#1 : tensor<1x4x16xf32> to tensor<1x4x4x4xf32>
  %105 = graph.transpose %104 perm = [0, 2, 3, 1] : tensor<1x4x4x4xf32>
  %106 = graph.matmul %103, %105 : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
  %107 = graph.constant dense<5.00000000e-1> : tensor<f32>
  %108 = graph.mul %106, %107 : tensor<1x4x4x4xf32>, tensor<f32>
  %109 = graph.add %108, %s1_b0_rel_bias : tensor<1x4x4x4xf32>, tensor<4x4x4xf32>
  %110 = graph.softmax %109 : tensor<1x4x4x4xf32>
  %111 = graph.reshape %101#2 : tensor<1x4x16xf32> to tensor<1x4x4x4xf32>
  %112 = graph.transpose %111 perm = [0, 2, 1, 3] : tensor<1x4x4x4xf32>
  %113 = graph.matmul %110, %112 : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
  %114 = graph.transpose %113 perm = [0, 2, 1, 3] : tensor<1x4x4x4xf32>
  %115 = graph.reshape %114 : tensor<1x4x4x4xf32> to tensor<1x4x16xf32>
  %116 = graph.matmul %115, %s1_b0_proj_w : tensor<1x4x16xf32>, tensor<16x16xf32>
  %117 = graph.add %116, %s1_b0_proj_b : tensor<1x4x16xf32>, tensor<16xf32>
  %118 = graph.reshape %117 : tensor<1x4x16xf32> to tensor<1x1x1x2x2x16xf32>
  %119 = graph.transpose %118 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x1x2x2x16xf32>
  %120 = graph.reshape %119 : tensor<1x1x2x1x2x16xf32> to tensor<1x2x2x16xf32>
  %121 = graph.reshape %120 : tensor<1x2x2x16xf32> to tensor<1x4x16xf32>
  %122 = graph.add %93, %121 : tensor<1x4x16xf32>, tensor<1x4x16xf32>
  %123 = graph.layer_norm %122, %s1_b0_norm2_g, %s1_b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x4x16xf32>, tensor<16xf32>
  %124 = graph.matmul %123, %s1_b0_fc1_w : tensor<1x4x16xf32>, tensor<16x64xf32>
  %125 = graph.add %124, %s1_b0_fc1_b : tensor<1x4x64xf32>, tensor<64xf32>
  %126 = graph.gelu %125 : tensor<1x4x64xf32>
  %127 = graph.matmul %126, %s1_b0_fc2_w : tensor<1x4x64xf32>, tensor<64x16xf32>
  %128 = graph.add %127, %s1_b0_fc2_b : tensor<1x4x16xf32>, tensor<16xf32>
  %129 = graph.add %122, %128 : tensor<1x4x16xf32>, tensor<1x4x16xf32>
  %130 = graph.layer_norm %129, %s1_b1_norm1_g, %s1_b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x4x16xf32>, tensor<16xf32>
  %131 = graph.reshape %130 : tensor<1x4x16xf32> to tensor<1x2x2x16xf32>
  %132 = graph.reshape %131 : tensor<1x2x2x16xf32> to tensor<1x1x2x1x2x16xf32>
  %133 = graph.transpose %132 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x2x1x2x16xf32>
  %134 = graph.reshape %133 : tensor<1x1x1x2x2x16xf32> to tensor<1x4x16xf32>
  %135 = graph.matmul %134, %s1_b1_qkv_w : tensor<1x4x16xf32>, tensor<16x48xf32>
  %136 = graph.add %135, %s1_b1_qkv_b : tensor<1x4x48xf32>, tensor<48xf32>
  %137:3 = graph.split %136 axis = 2 sizes = [16, 16, 16] : tensor<1x4x48xf32>
  %138 = graph.reshape %137#0 : tensor<1x4x16xf32> to tensor<1x4x4x4xf32>
  %139 = graph.transpose %138 perm = [0, 2, 1, 3] : tensor<1x4x4x4xf32>
  %140 = graph.reshape %137#1 : tensor<1x4x16xf32> to tensor<1x4x4x4xf32>
  %141 = graph.transpose %140 perm = [0, 2, 3, 1] : tensor<1x4x4x4xf32>
  %142 = graph.matmul %139, %141 : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
  %143 = graph.constant dense<5.00000000e-1> : tensor<f32>
  %144 = graph.mul %142, %143 : tensor<1x4x4x4xf32>, tensor<f32>
  %145 = graph.add %144, %s1_b1_rel_bias : tensor<1x4x4x4xf32>, tensor<4x4x4xf32>
  %146 = graph.softmax %145 : tensor<1x4x4x4xf32>
  %147 = graph.reshape %137#2 : tensor<1x4x16xf32> to tensor<1x4x4x4xf32>
  %148 = graph.transpose %147 perm = [0, 2, 1, 3] : tensor<1x4x4x4xf32>
  %149 = graph.matmul %146, %148 : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
  %150 = graph.transpose %149 perm = [0, 2, 1, 3] : tensor<1x4x4x4xf32>
  %151 = graph.reshape %150 : tensor<1x4x4x4xf32> to tensor<1x4x16xf32>
  %152 = graph.matmul %151, %s1_b1_proj_w : tensor<1x4x16xf32>, tensor<16x16xf32>
  %153 = graph.add %152, %s1_b1_proj_b : tensor<1x4x16xf32>, tensor<16xf32>
  %154 = graph.reshape %153 : tensor<1x4x16xf32> to tensor<1x1x1x2x2x16xf32>
  %155 = graph.transpose %154 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x1x2x2x16xf32>
  %156 = graph.reshape %155 : tensor<1x1x2x1x2x16xf32> to tensor<1x2x2x16xf32>
  %157 = graph.reshape %156 : tensor<1x2x2x16xf32> to tensor<1x4x16xf32>
  %158 = graph.add %129, %157 : tensor<1x4x16xf32>, tensor<1x4x16xf32>
  %159 = graph.layer_norm %158, %s1_b1_norm2_g, %s1_b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x4x16xf32>, tensor<16xf32>
  %160 = graph.matmul %159, %s1_b1_fc1_w : tensor<1x4x16xf32>, tensor<16x64xf32>
  %161 = graph.add %160, %s1_b1_fc1_b : tensor<1x4x64xf32>, tensor<64xf32>
  %162 = graph.gelu %161 : tensor<1x4x64xf32>
  %163 = graph.matmul %162, %s1_b1_fc2_w : tensor<1x4x64xf32>, tensor<64x16xf32>
  %164 = graph.add %163, %s1_b1_fc2_b : tensor<1x4x16xf32>, tensor<16xf32>
  %165 = graph.add %158, %164 : tensor<1x4x16xf32>, tensor<1x4x16xf32>
  %166 = graph.layer_norm %165, %norm_g, %norm_b epsilon = 1.00000000e-5 : tensor<1x4x16xf32>, tensor<16xf32>
  %167 = graph.reduce_mean %166 axes = [1] : tensor<1x4x16xf32>
  %168 = graph.matmul %167, %head_w : tensor<1x16xf32>, tensor<16x10xf32>
  %169 = graph.add %168, %head_b : tensor<1x10xf32>, tensor<10xf32>
  return %169 : tensor<1x10xf32>
}
