// Swin Transformer: patch 4, window 7, embedding 128, depths 2/2/18/2, heads 4/8/16/32, at 224x224, 1000 classes, f32.
func.func @main(%image: tensor<1x3x224x224xf32> {dlc.name = "image"}, %patch_embed_w: tensor<128x3x4x4xf32> {dlc.name = "patch_embed.w"}, %patch_embed_b: tensor<128xf32> {dlc.name = "patch_embed.b"}, %patch_embed_norm_g: tensor<128xf32> {dlc.name = "patch_embed.norm.g"}, %patch_embed_norm_b: tensor<128xf32> {dlc.name = "patch_embed.norm.b"}, %s0_b0_norm1_g: tensor<128xf32> {dlc.name = "s0.b0.norm1.g"}, %s0_b0_norm1_b: tensor<128xf32> {dlc.name = "s0.b0.norm1.b"}, %s0_b0_qkv_w: tensor<128x384xf32> {dlc.name = "s0.b0.qkv.w"}, %s0_b0_qkv_b: tensor<384xf32> {dlc.name = "s0.b0.qkv.b"}, %s0_b0_rel_bias: tensor<4x49x49xf32> {dlc.name = "s0.b0.rel_bias"}, %s0_b0_proj_w: tensor<128x128xf32> {dlc.name = "s0.b0.proj.w"}, %s0_b0_proj_b: tensor<128xf32> {dlc.name = "s0.b0.proj.b"}, %s0_b0_norm2_g: tensor<128xf32> {dlc.name = "s0.b0.norm2.g"}, %s0_b0_norm2_b: tensor<128xf32> {dlc.name = "s0.b0.norm2.b"}, %s0_b0_fc1_w: tensor<128x512xf32> {dlc.name = "s0.b0.fc1.w"}, %s0_b0_fc1_b: tensor<512xf32> {dlc.name = "s0.b0.fc1.b"}, %s0_b0_fc2_w: tensor<512x128xf32> {dlc.name = "s0.b0.fc2.w"}, %s0_b0_fc2_b: tensor<128xf32> {dlc.name = "s0.b0.fc2.b"}, %s0_b1_norm1_g: tensor<128xf32> {dlc.name = "s0.b1.norm1.g"}, %s0_b1_norm1_b: tensor<128xf32> {dlc.name = "s0.b1.norm1.b"}, %s0_b1_qkv_w: tensor<128x384xf32> {dlc.name = "s0.b1.qkv.w"}, %s0_b1_qkv_b: tensor<384xf32> {dlc.name = "s0.b1.qkv.b"}, %s0_b1_rel_bias: tensor<4x49x49xf32> {dlc.name = "s0.b1.rel_bias"}, %s0_b1_attn_mask: tensor<64x1x49x49xf32> {dlc.name = "s0.b1.attn_mask"}, %s0_b1_proj_w: tensor<128x128xf32> {dlc.name = "s0.b1.proj.w"}, %s0_b1_proj_b: tensor<128xf32> {dlc.name = "s0.b1.proj.b"}, %s0_b1_norm2_g: tensor<128xf32> {dlc.name = "s0.b1.norm2.g"}, %s0_b1_norm2_b: tensor<128xf32> {dlc.name = "s0.b1.norm2.b"}, %s0_b1_fc1_w: tensor<128x512xf32> {dlc.name = "s0.b1.fc1.w"}, %s0_b1_fc1_b: tensor<512xf32> {dlc.name = "s0.b1.fc1.b"}, %s0_b1_fc2_w: tensor<512x128xf32> {dlc.name = "s0.b1.fc2.w"}, %s0_b1_fc2_b: tensor<128xf32> {dlc.name = "s0.b1.fc2.b"}, %s0_merge_norm_g: tensor<512xf32> {dlc.name = "s0.merge.norm.g"}, %s0_merge_norm_b: tensor<512xf32> {dlc.name = "s0.merge.norm.b"}, %s0_merge_reduction_w: tensor<512x256xf32> {dlc.name = "s0.merge.reduction.w"}, %s1_b0_norm1_g: tensor<256xf32> {dlc.name = "s1.b0.norm1.g"}, %s1_b0_norm1_b: tensor<256xf32> {dlc.name = "s1.b0.norm1.b"}, %s1_b0_qkv_w: tensor<256x768xf32> {dlc.name = "s1.b0.qkv.w"}, %s1_b0_qkv_b: tensor<768xf32> {dlc.name = "s1.b0.qkv.b"}, %s1_b0_rel_bias: tensor<8x49x49xf32> {dlc.name = "s1.b0.rel_bias"}, %s1_b0_proj_w: tensor<256x256xf32> {dlc.name = "s1.b0.proj.w"}, %s1_b0_proj_b: tensor<256xf32> {dlc.name = "s1.b0.proj.b"}, %s1_b0_norm2_g: tensor<256xf32> {dlc.name = "s1.b0.norm2.g"}, %s1_b0_norm2_b: tensor<256xf32> {dlc.name = "s1.b0.norm2.b"}, %s1_b0_fc1_w: tensor<256x1024xf32> {dlc.name = "s1.b0.fc1.w"}, %s1_b0_fc1_b: tensor<1024xf32> {dlc.name = "s1.b0.fc1.b"}, %s1_b0_fc2_w: tensor<1024x256xf32> {dlc.name = "s1.b0.fc2.w"}, %s1_b0_fc2_b: tensor<256xf32> {dlc.name = "s1.b0.fc2.b"}, %s1_b1_norm1_g: tensor<256xf32> {dlc.name = "s1.b1.norm1.g"}, %s1_b1_norm1_b: tensor<256xf32> {dlc.name = "s1.b1.norm1.b"}, %s1_b1_qkv_w: tensor<256x768xf32> {dlc.name = "s1.b1.qkv.w"}, %s1_b1_qkv_b: tensor<768xf32> {dlc.name = "s1.b1.qkv.b"}, %s1_b1_rel_bias: tensor<8x49x49xf32> {dlc.name = "s1.b1.rel_bias"}, %s1_b1_attn_mask: tensor<16x1x49x49xf32> {dlc.name = "s1.b1.attn_mask"}, %s1_b1_proj_w: tensor<256x256xf32> {dlc.name = "s1.b1.proj.w"}, %s1_b1_proj_b: tensor<256xf32> {dlc.name = "s1.b1.proj.b"}, %s1_b1_norm2_g: tensor<256xf32> {dlc.name = "s1.b1.norm2.g"}, %s1_b1_norm2_b: tensor<256xf32> {dlc.name = "s1.b1.norm2.b"}, %s1_b1_fc1_w: tensor<256x1024xf32> {dlc.name = "s1.b1.fc1.w"}, %s1_b1_fc1_b: tensor<1024xf32> {dlc.name = "s1.b1.fc1.b"}, %s1_b1_fc2_w: tensor<1024x256xf32> {dlc.name = "s1.b1.fc2.w"}, %s1_b1_fc2_b: tensor<256xf32> {dlc.name = "s1.b1.fc2.b"}, %s1_merge_norm_g: tensor<1024xf32> {dlc.name = "s1.merge.norm.g"}, %s1_merge_norm_b: tensor<1024xf32> {dlc.name = "s1.merge.norm.b"}, %s1_merge_reduction_w: tensor<1024x512xf32> {dlc.name = "s1.merge.reduction.w"}, %s2_b0_norm1_g: tensor<512xf32> {dlc.name = "s2.b0.norm1.g"}, %s2_b0_norm1_b: tensor<512xf32> {dlc.name = "s2.b0.norm1.b"}, %s2_b0_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b0.qkv.w"}, %s2_b0_qkv_b: tensor<1536xf32> {dlc.name = "s2.b0.qkv.b"}, %s2_b0_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b0.rel_bias"}, %s2_b0_proj_w: tensor<512x512xf32> {dlc.name = "s2.b0.proj.w"}, %s2_b0_proj_b: tensor<512xf32> {dlc.name = "s2.b0.proj.b"}, %s2_b0_norm2_g: tensor<512xf32> {dlc.name = "s2.b0.norm2.g"}, %s2_b0_norm2_b: tensor<512xf32> {dlc.name = "s2.b0.norm2.b"}, %s2_b0_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b0.fc1.w"}, %s2_b0_fc1_b: tensor<2048xf32> {dlc.name = "s2.b0.fc1.b"}, %s2_b0_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b0.fc2.w"}, %s2_b0_fc2_b: tensor<512xf32> {dlc.name = "s2.b0.fc2.b"}, %s2_b1_norm1_g: tensor<512xf32> {dlc.name = "s2.b1.norm1.g"}, %s2_b1_norm1_b: tensor<512xf32> {dlc.name = "s2.b1.norm1.b"}, %s2_b1_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b1.qkv.w"}, %s2_b1_qkv_b: tensor<1536xf32> {dlc.name = "s2.b1.qkv.b"}, %s2_b1_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b1.rel_bias"}, %s2_b1_attn_mask: tensor<4x1x49x49xf32> {dlc.name = "s2.b1.attn_mask"}, %s2_b1_proj_w: tensor<512x512xf32> {dlc.name = "s2.b1.proj.w"}, %s2_b1_proj_b: tensor<512xf32> {dlc.name = "s2.b1.proj.b"}, %s2_b1_norm2_g: tensor<512xf32> {dlc.name = "s2.b1.norm2.g"}, %s2_b1_norm2_b: tensor<512xf32> {dlc.name = "s2.b1.norm2.b"}, %s2_b1_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b1.fc1.w"}, %s2_b1_fc1_b: tensor<2048xf32> {dlc.name = "s2.b1.fc1.b"}, %s2_b1_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b1.fc2.w"}, %s2_b1_fc2_b: tensor<512xf32> {dlc.name = "s2.b1.fc2.b"}, %s2_b2_norm1_g: tensor<512xf32> {dlc.name = "s2.b2.norm1.g"}, %s2_b2_norm1_b: tensor<512xf32> {dlc.name = "s2.b2.norm1.b"}, %s2_b2_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b2.qkv.w"}, %s2_b2_qkv_b: tensor<1536xf32> {dlc.name = "s2.b2.qkv.b"}, %s2_b2_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b2.rel_bias"}, %s2_b2_proj_w: tensor<512x512xf32> {dlc.name = "s2.b2.proj.w"}, %s2_b2_proj_b: tensor<512xf32> {dlc.name = "s2.b2.proj.b"}, %s2_b2_norm2_g: tensor<512xf32> {dlc.name = "s2.b2.norm2.g"}, %s2_b2_norm2_b: tensor<512xf32> {dlc.name = "s2.b2.norm2.b"}, %s2_b2_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b2.fc1.w"}, %s2_b2_fc1_b: tensor<2048xf32> {dlc.name = "s2.b2.fc1.b"}, %s2_b2_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b2.fc2.w"}, %s2_b2_fc2_b: tensor<512xf32> {dlc.name = "s2.b2.fc2.b"}, %s2_b3_norm1_g: tensor<512xf32> {dlc.name = "s2.b3.norm1.g"}, %s2_b3_norm1_b: tensor<512xf32> {dlc.name = "s2.b3.norm1.b"}, %s2_b3_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b3.qkv.w"}, %s2_b3_qkv_b: tensor<1536xf32> {dlc.name = "s2.b3.qkv.b"}, %s2_b3_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b3.rel_bias"}, %s2_b3_attn_mask: tensor<4x1x49x49xf32> {dlc.name = "s2.b3.attn_mask"}, %s2_b3_proj_w: tensor<512x512xf32> {dlc.name = "s2.b3.proj.w"}, %s2_b3_proj_b: tensor<512xf32> {dlc.name = "s2.b3.proj.b"}, %s2_b3_norm2_g: tensor<512xf32> {dlc.name = "s2.b3.norm2.g"}, %s2_b3_norm2_b: tensor<512xf32> {dlc.name = "s2.b3.norm2.b"}, %s2_b3_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b3.fc1.w"}, %s2_b3_fc1_b: tensor<2048xf32> {dlc.name = "s2.b3.fc1.b"}, %s2_b3_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b3.fc2.w"}, %s2_b3_fc2_b: tensor<512xf32> {dlc.name = "s2.b3.fc2.b"}, %s2_b4_norm1_g: tensor<512xf32> {dlc.name = "s2.b4.norm1.g"}, %s2_b4_norm1_b: tensor<512xf32> {dlc.name = "s2.b4.norm1.b"}, %s2_b4_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b4.qkv.w"}, %s2_b4_qkv_b: tensor<1536xf32> {dlc.name = "s2.b4.qkv.b"}, %s2_b4_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b4.rel_bias"}, %s2_b4_proj_w: tensor<512x512xf32> {dlc.name = "s2.b4.proj.w"}, %s2_b4_proj_b: tensor<512xf32> {dlc.name = "s2.b4.proj.b"}, %s2_b4_norm2_g: tensor<512xf32> {dlc.name = "s2.b4.norm2.g"}, %s2_b4_norm2_b: tensor<512xf32> {dlc.name = "s2.b4.norm2.b"}, %s2_b4_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b4.fc1.w"}, %s2_b4_fc1_b: tensor<2048xf32> {dlc.name = "s2.b4.fc1.b"}, %s2_b4_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b4.fc2.w"}, %s2_b4_fc2_b: tensor<512xf32> {dlc.name = "s2.b4.fc2.b"}, %s2_b5_norm1_g: tensor<512xf32> {dlc.name = "s2.b5.norm1.g"}, %s2_b5_norm1_b: tensor<512xf32> {dlc.name = "s2.b5.norm1.b"}, %s2_b5_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b5.qkv.w"}, %s2_b5_qkv_b: tensor<1536xf32> {dlc.name = "s2.b5.qkv.b"}, %s2_b5_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b5.rel_bias"}, %s2_b5_attn_mask: tensor<4x1x49x49xf32> {dlc.name = "s2.b5.attn_mask"}, %s2_b5_proj_w: tensor<512x512xf32> {dlc.name = "s2.b5.proj.w"}, %s2_b5_proj_b: tensor<512xf32> {dlc.name = "s2.b5.proj.b"}, %s2_b5_norm2_g: tensor<512xf32> {dlc.name = "s2.b5.norm2.g"}, %s2_b5_norm2_b: tensor<512xf32> {dlc.name = "s2.b5.norm2.b"}, %s2_b5_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b5.fc1.w"}, %s2_b5_fc1_b: tensor<2048xf32> {dlc.name = "s2.b5.fc1.b"}, %s2_b5_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b5.fc2.w"}, %s2_b5_fc2_b: tensor<512xf32> {dlc.name = "s2.b5.fc2.b"}, %s2_b6_norm1_g: tensor<512xf32> {dlc.name = "s2.b6.norm1.g"}, %s2_b6_norm1_b: tensor<512xf32> {dlc.name = "s2.b6.norm1.b"}, %s2_b6_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b6.qkv.w"}, %s2_b6_qkv_b: tensor<1536xf32> {dlc.name = "s2.b6.qkv.b"}, %s2_b6_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b6.rel_bias"}, %s2_b6_proj_w: tensor<512x512xf32> {dlc.name = "s2.b6.proj.w"}, %s2_b6_proj_b: tensor<512xf32> {dlc.name = "s2.b6.proj.b"}, %s2_b6_norm2_g: tensor<512xf32> {dlc.name = "s2.b6.norm2.g"}, %s2_b6_norm2_b: tensor<512xf32> {dlc.name = "s2.b6.norm2.b"}, %s2_b6_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b6.fc1.w"}, %s2_b6_fc1_b: tensor<2048xf32> {dlc.name = "s2.b6.fc1.b"}, %s2_b6_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b6.fc2.w"}, %s2_b6_fc2_b: tensor<512xf32> {dlc.name = "s2.b6.fc2.b"}, %s2_b7_norm1_g: tensor<512xf32> {dlc.name = "s2.b7.norm1.g"}, %s2_b7_norm1_b: tensor<512xf32> {dlc.name = "s2.b7.norm1.b"}, %s2_b7_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b7.qkv.w"}, %s2_b7_qkv_b: tensor<1536xf32> {dlc.name = "s2.b7.qkv.b"}, %s2_b7_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b7.rel_bias"}, %s2_b7_attn_mask: tensor<4x1x49x49xf32> {dlc.name = "s2.b7.attn_mask"}, %s2_b7_proj_w: tensor<512x512xf32> {dlc.name = "s2.b7.proj.w"}, %s2_b7_proj_b: tensor<512xf32> {dlc.name = "s2.b7.proj.b"}, %s2_b7_norm2_g: tensor<512xf32> {dlc.name = "s2.b7.norm2.g"}, %s2_b7_norm2_b: tensor<512xf32> {dlc.name = "s2.b7.norm2.b"}, %s2_b7_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b7.fc1.w"}, %s2_b7_fc1_b: tensor<2048xf32> {dlc.name = "s2.b7.fc1.b"}, %s2_b7_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b7.fc2.w"}, %s2_b7_fc2_b: tensor<512xf32> {dlc.name = "s2.b7.fc2.b"}, %s2_b8_norm1_g: tensor<512xf32> {dlc.name = "s2.b8.norm1.g"}, %s2_b8_norm1_b: tensor<512xf32> {dlc.name = "s2.b8.norm1.b"}, %s2_b8_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b8.qkv.w"}, %s2_b8_qkv_b: tensor<1536xf32> {dlc.name = "s2.b8.qkv.b"}, %s2_b8_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b8.rel_bias"}, %s2_b8_proj_w: tensor<512x512xf32> {dlc.name = "s2.b8.proj.w"}, %s2_b8_proj_b: tensor<512xf32> {dlc.name = "s2.b8.proj.b"}, %s2_b8_norm2_g: tensor<512xf32> {dlc.name = "s2.b8.norm2.g"}, %s2_b8_norm2_b: tensor<512xf32> {dlc.name = "s2.b8.norm2.b"}, %s2_b8_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b8.fc1.w"}, %s2_b8_fc1_b: tensor<2048xf32> {dlc.name = "s2.b8.fc1.b"}, %s2_b8_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b8.fc2.w"}, %s2_b8_fc2_b: tensor<512xf32> {dlc.name = "s2.b8.fc2.b"}, %s2_b9_norm1_g: tensor<512xf32> {dlc.name = "s2.b9.norm1.g"}, %s2_b9_norm1_b: tensor<512xf32> {dlc.name = "s2.b9.norm1.b"}, %s2_b9_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b9.qkv.w"}, %s2_b9_qkv_b: tensor<1536xf32> {dlc.name = "s2.b9.qkv.b"}, %s2_b9_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b9.rel_bias"}, %s2_b9_attn_mask: tensor<4x1x49x49xf32> {dlc.name = "s2.b9.attn_mask"}, %s2_b9_proj_w: tensor<512x512xf32> {dlc.name = "s2.b9.proj.w"}, %s2_b9_proj_b: tensor<512xf32> {dlc.name = "s2.b9.proj.b"}, %s2_b9_norm2_g: tensor<512xf32> {dlc.name = "s2.b9.norm2.g"}, %s2_b9_norm2_b: tensor<512xf32> {dlc.name = "s2.b9.norm2.b"}, %s2_b9_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b9.fc1.w"}, %s2_b9_fc1_b: tensor<2048xf32> {dlc.name = "s2.b9.fc1.b"}, %s2_b9_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b9.fc2.w"}, %s2_b9_fc2_b: tensor<512xf32> {dlc.name = "s2.b9.fc2.b"}, %s2_b10_norm1_g: tensor<512xf32> {dlc.name = "s2.b10.norm1.g"}, %s2_b10_norm1_b: tensor<512xf32> {dlc.name = "s2.b10.norm1.b"}, %s2_b10_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b10.qkv.w"}, %s2_b10_qkv_b: tensor<1536xf32> {dlc.name = "s2.b10.qkv.b"}, %s2_b10_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b10.rel_bias"}, %s2_b10_proj_w: tensor<512x512xf32> {dlc.name = "s2.b10.proj.w"}, %s2_b10_proj_b: tensor<512xf32> {dlc.name = "s2.b10.proj.b"}, %s2_b10_norm2_g: tensor<512xf32> {dlc.name = "s2.b10.norm2.g"}, %s2_b10_norm2_b: tensor<512xf32> {dlc.name = "s2.b10.norm2.b"}, %s2_b10_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b10.fc1.w"}, %s2_b10_fc1_b: tensor<2048xf32> {dlc.name = "s2.b10.fc1.b"}, %s2_b10_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b10.fc2.w"}, %s2_b10_fc2_b: tensor<512xf32> {dlc.name = "s2.b10.fc2.b"}, %s2_b11_norm1_g: tensor<512xf32> {dlc.name = "s2.b11.norm1.g"}, %s2_b11_norm1_b: tensor<512xf32> {dlc.name = "s2.b11.norm1.b"}, %s2_b11_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b11.qkv.w"}, %s2_b11_qkv_b: tensor<1536xf32> {dlc.name = "s2.b11.qkv.b"}, %s2_b11_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b11.rel_bias"}, %s2_b11_attn_mask: tensor<4x1x49x49xf32> {dlc.name = "s2.b11.attn_mask"}, %s2_b11_proj_w: tensor<512x512xf32> {dlc.name = "s2.b11.proj.w"}, %s2_b11_proj_b: tensor<512xf32> {dlc.name = "s2.b11.proj.b"}, %s2_b11_norm2_g: tensor<512xf32> {dlc.name = "s2.b11.norm2.g"}, %s2_b11_norm2_b: tensor<512xf32> {dlc.name = "s2.b11.norm2.b"}, %s2_b11_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b11.fc1.w"}, %s2_b11_fc1_b: tensor<2048xf32> {dlc.name = "s2.b11.fc1.b"}, %s2_b11_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b11.fc2.w"}, %s2_b11_fc2_b: tensor<512xf32> {dlc.name = "s2.b11.fc2.b"}, %s2_b12_norm1_g: tensor<512xf32> {dlc.name = "s2.b12.norm1.g"}, %s2_b12_norm1_b: tensor<512xf32> {dlc.name = "s2.b12.norm1.b"}, %s2_b12_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b12.qkv.w"}, %s2_b12_qkv_b: tensor<1536xf32> {dlc.name = "s2.b12.qkv.b"}, %s2_b12_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b12.rel_bias"}, %s2_b12_proj_w: tensor<512x512xf32> {dlc.name = "s2.b12.proj.w"}, %s2_b12_proj_b: tensor<512xf32> {dlc.name = "s2.b12.proj.b"}, %s2_b12_norm2_g: tensor<512xf32> {dlc.name = "s2.b12.norm2.g"}, %s2_b12_norm2_b: tensor<512xf32> {dlc.name = "s2.b12.norm2.b"}, %s2_b12_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b12.fc1.w"}, %s2_b12_fc1_b: tensor<2048xf32> {dlc.name = "s2.b12.fc1.b"}, %s2_b12_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b12.fc2.w"}, %s2_b12_fc2_b: tensor<512xf32> {dlc.name = "s2.b12.fc2.b"}, %s2_b13_norm1_g: tensor<512xf32> {dlc.name = "s2.b13.norm1.g"}, %s2_b13_norm1_b: tensor<512xf32> {dlc.name = "s2.b13.norm1.b"}, %s2_b13_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b13.qkv.w"}, %s2_b13_qkv_b: tensor<1536xf32> {dlc.name = "s2.b13.qkv.b"}, %s2_b13_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b13.rel_bias"}, %s2_b13_attn_mask: tensor<4x1x49x49xf32> {dlc.name = "s2.b13.attn_mask"}, %s2_b13_proj_w: tensor<512x512xf32> {dlc.name = "s2.b13.proj.w"}, %s2_b13_proj_b: tensor<512xf32> {dlc.name = "s2.b13.proj.b"}, %s2_b13_norm2_g: tensor<512xf32> {dlc.name = "s2.b13.norm2.g"}, %s2_b13_norm2_b: tensor<512xf32> {dlc.name = "s2.b13.norm2.b"}, %s2_b13_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b13.fc1.w"}, %s2_b13_fc1_b: tensor<2048xf32> {dlc.name = "s2.b13.fc1.b"}, %s2_b13_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b13.fc2.w"}, %s2_b13_fc2_b: tensor<512xf32> {dlc.name = "s2.b13.fc2.b"}, %s2_b14_norm1_g: tensor<512xf32> {dlc.name = "s2.b14.norm1.g"}, %s2_b14_norm1_b: tensor<512xf32> {dlc.name = "s2.b14.norm1.b"}, %s2_b14_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b14.qkv.w"}, %s2_b14_qkv_b: tensor<1536xf32> {dlc.name = "s2.b14.qkv.b"}, %s2_b14_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b14.rel_bias"}, %s2_b14_proj_w: tensor<512x512xf32> {dlc.name = "s2.b14.proj.w"}, %s2_b14_proj_b: tensor<512xf32> {dlc.name = "s2.b14.proj.b"}, %s2_b14_norm2_g: tensor<512xf32> {dlc.name = "s2.b14.norm2.g"}, %s2_b14_norm2_b: tensor<512xf32> {dlc.name = "s2.b14.norm2.b"}, %s2_b14_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b14.fc1.w"}, %s2_b14_fc1_b: tensor<2048xf32> {dlc.name = "s2.b14.fc1.b"}, %s2_b14_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b14.fc2.w"}, %s2_b14_fc2_b: tensor<512xf32> {dlc.name = "s2.b14.fc2.b"}, %s2_b15_norm1_g: tensor<512xf32> {dlc.name = "s2.b15.norm1.g"}, %s2_b15_norm1_b: tensor<512xf32> {dlc.name = "s2.b15.norm1.b"}, %s2_b15_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b15.qkv.w"}, %s2_b15_qkv_b: tensor<1536xf32> {dlc.name = "s2.b15.qkv.b"}, %s2_b15_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b15.rel_bias"}, %s2_b15_attn_mask: tensor<4x1x49x49xf32> {dlc.name = "s2.b15.attn_mask"}, %s2_b15_proj_w: tensor<512x512xf32> {dlc.name = "s2.b15.proj.w"}, %s2_b15_proj_b: tensor<512xf32> {dlc.name = "s2.b15.proj.b"}, %s2_b15_norm2_g: tensor<512xf32> {dlc.name = "s2.b15.norm2.g"}, %s2_b15_norm2_b: tensor<512xf32> {dlc.name = "s2.b15.norm2.b"}, %s2_b15_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b15.fc1.w"}, %s2_b15_fc1_b: tensor<2048xf32> {dlc.name = "s2.b15.fc1.b"}, %s2_b15_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b15.fc2.w"}, %s2_b15_fc2_b: tensor<512xf32> {dlc.name = "s2.b15.fc2.b"}, %s2_b16_norm1_g: tensor<512xf32> {dlc.name = "s2.b16.norm1.g"}, %s2_b16_norm1_b: tensor<512xf32> {dlc.name = "s2.b16.norm1.b"}, %s2_b16_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b16.qkv.w"}, %s2_b16_qkv_b: tensor<1536xf32> {dlc.name = "s2.b16.qkv.b"}, %s2_b16_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b16.rel_bias"}, %s2_b16_proj_w: tensor<512x512xf32> {dlc.name = "s2.b16.proj.w"}, %s2_b16_proj_b: tensor<512xf32> {dlc.name = "s2.b16.proj.b"}, %s2_b16_norm2_g: tensor<512xf32> {dlc.name = "s2.b16.norm2.g"}, %s2_b16_norm2_b: tensor<512xf32> {dlc.name = "s2.b16.norm2.b"}, %s2_b16_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b16.fc1.w"}, %s2_b16_fc1_b: tensor<2048xf32> {dlc.name = "s2.b16.fc1.b"}, %s2_b16_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b16.fc2.w"}, %s2_b16_fc2_b: tensor<512xf32> {dlc.name = "s2.b16.fc2.b"}, %s2_b17_norm1_g: tensor<512xf32> {dlc.name = "s2.b17.norm1.g"}, %s2_b17_norm1_b: tensor<512xf32> {dlc.name = "s2.b17.norm1.b"}, %s2_b17_qkv_w: tensor<512x1536xf32> {dlc.name = "s2.b17.qkv.w"}, %s2_b17_qkv_b: tensor<1536xf32> {dlc.name = "s2.b17.qkv.b"}, %s2_b17_rel_bias: tensor<16x49x49xf32> {dlc.name = "s2.b17.rel_bias"}, %s2_b17_attn_mask: tensor<4x1x49x49xf32> {dlc.name = "s2.b17.attn_mask"}, %s2_b17_proj_w: tensor<512x512xf32> {dlc.name = "s2.b17.proj.w"}, %s2_b17_proj_b: tensor<512xf32> {dlc.name = "s2.b17.proj.b"}, %s2_b17_norm2_g: tensor<512xf32> {dlc.name = "s2.b17.norm2.g"}, %s2_b17_norm2_b: tensor<512xf32> {dlc.name = "s2.b17.norm2.b"}, %s2_b17_fc1_w: tensor<512x2048xf32> {dlc.name = "s2.b17.fc1.w"}, %s2_b17_fc1_b: tensor<2048xf32> {dlc.name = "s2.b17.fc1.b"}, %s2_b17_fc2_w: tensor<2048x512xf32> {dlc.name = "s2.b17.fc2.w"}, %s2_b17_fc2_b: tensor<512xf32> {dlc.name = "s2.b17.fc2.b"}, %s2_merge_norm_g: tensor<2048xf32> {dlc.name = "s2.merge.norm.g"}, %s2_merge_norm_b: tensor<2048xf32> {dlc.name = "s2.merge.norm.b"}, %s2_merge_reduction_w: tensor<2048x1024xf32> {dlc.name = "s2.merge.reduction.w"}, %s3_b0_norm1_g: tensor<1024xf32> {dlc.name = "s3.b0.norm1.g"}, %s3_b0_norm1_b: tensor<1024xf32> {dlc.name = "s3.b0.norm1.b"}, %s3_b0_qkv_w: tensor<1024x3072xf32> {dlc.name = "s3.b0.qkv.w"}, %s3_b0_qkv_b: tensor<3072xf32> {dlc.name = "s3.b0.qkv.b"}, %s3_b0_rel_bias: tensor<32x49x49xf32> {dlc.name = "s3.b0.rel_bias"}, %s3_b0_proj_w: tensor<1024x1024xf32> {dlc.name = "s3.b0.proj.w"}, %s3_b0_proj_b: tensor<1024xf32> {dlc.name = "s3.b0.proj.b"}, %s3_b0_norm2_g: tensor<1024xf32> {dlc.name = "s3.b0.norm2.g"}, %s3_b0_norm2_b: tensor<1024xf32> {dlc.name = "s3.b0.norm2.b"}, %s3_b0_fc1_w: tensor<1024x4096xf32> {dlc.name = "s3.b0.fc1.w"}, %s3_b0_fc1_b: tensor<4096xf32> {dlc.name = "s3.b0.fc1.b"}, %s3_b0_fc2_w: tensor<4096x1024xf32> {dlc.name = "s3.b0.fc2.w"}, %s3_b0_fc2_b: tensor<1024xf32> {dlc.name = "s3.b0.fc2.b"}, %s3_b1_norm1_g: tensor<1024xf32> {dlc.name = "s3.b1.norm1.g"}, %s3_b1_norm1_b: tensor<1024xf32> {dlc.name = "s3.b1.norm1.b"}, %s3_b1_qkv_w: tensor<1024x3072xf32> {dlc.name = "s3.b1.qkv.w"}, %s3_b1_qkv_b: tensor<3072xf32> {dlc.name = "s3.b1.qkv.b"}, %s3_b1_rel_bias: tensor<32x49x49xf32> {dlc.name = "s3.b1.rel_bias"}, %s3_b1_proj_w: tensor<1024x1024xf32> {dlc.name = "s3.b1.proj.w"}, %s3_b1_proj_b: tensor<1024xf32> {dlc.name = "s3.b1.proj.b"}, %s3_b1_norm2_g: tensor<1024xf32> {dlc.name = "s3.b1.norm2.g"}, %s3_b1_norm2_b: tensor<1024xf32> {dlc.name = "s3.b1.norm2.b"}, %s3_b1_fc1_w: tensor<1024x4096xf32> {dlc.name = "s3.b1.fc1.w"}, %s3_b1_fc1_b: tensor<4096xf32> {dlc.name = "s3.b1.fc1.b"}, %s3_b1_fc2_w: tensor<4096x1024xf32> {dlc.name = "s3.b1.fc2.w"}, %s3_b1_fc2_b: tensor<1024xf32> {dlc.name = "s3.b1.fc2.b"}, %norm_g: tensor<1024xf32> {dlc.name = "norm.g"}, %norm_b: tensor<1024xf32> {dlc.name = "norm.b"}, %head_w: tensor<1024x1000xf32> {dlc.name = "head.w"}, %head_b: tensor<1000xf32> {dlc.name = "head.b"}) -> (tensor<1x1000xf32> {dlc.name = "logits"}) {
  %0 = graph.conv2d %image, %patch_embed_w, %patch_embed_b strides = [4, 4] : tensor<1x3x224x224xf32>, tensor<128x3x4x4xf32>, tensor<128xf32>
  %1 = graph.reshape %0 : tensor<1x128x56x56xf32> to tensor<1x128x3136xf32>
  %2 = graph.transpose %1 perm = [0, 2, 1] : tensor<1x128x3136xf32>
  %3 = graph.layer_norm %2, %patch_embed_norm_g, %patch_embed_norm_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf32>, tensor<128xf32>
  %4 = graph.layer_norm %3, %s0_b0_norm1_g, %s0_b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf32>, tensor<128xf32>
  %5 = graph.reshape %4 : tensor<1x3136x128xf32> to tensor<1x56x56x128xf32>
  %6 = graph.reshape %5 : tensor<1x56x56x128xf32> to tensor<1x8x7x8x7x128xf32>
  %7 = graph.transpose %6 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x7x8x7x128xf32>
  %8 = graph.reshape %7 : tensor<1x8x8x7x7x128xf32> to tensor<64x49x128xf32>
  %9 = graph.matmul %8, %s0_b0_qkv_w : tensor<64x49x128xf32>, tensor<128x384xf32>
  %10 = graph.add %9, %s0_b0_qkv_b : tensor<64x49x384xf32>, tensor<384xf32>
  %11:3 = graph.split %10 axis = 2 sizes = [128, 128, 128] : tensor<64x49x384xf32>
  %12 = graph.reshape %11#0 : tensor<64x49x128xf32> to tensor<64x49x4x32xf32>
  %13 = graph.transpose %12 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf32>
  %14 = graph.reshape %11#1 : tensor<64x49x128xf32> to tensor<64x49x4x32xf32>
  %15 = graph.transpose %14 perm = [0, 2, 3, 1] : tensor<64x49x4x32xf32>
  %16 = graph.matmul %13, %15 : tensor<64x4x49x32xf32>, tensor<64x4x32x49xf32>
  %17 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %18 = graph.mul %16, %17 : tensor<64x4x49x49xf32>, tensor<f32>
  %19 = graph.add %18, %s0_b0_rel_bias : tensor<64x4x49x49xf32>, tensor<4x49x49xf32>
  %20 = graph.softmax %19 : tensor<64x4x49x49xf32>
  %21 = graph.reshape %11#2 : tensor<64x49x128xf32> to tensor<64x49x4x32xf32>
  %22 = graph.transpose %21 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf32>
  %23 = graph.matmul %20, %22 : tensor<64x4x49x49xf32>, tensor<64x4x49x32xf32>
  %24 = graph.transpose %23 perm = [0, 2, 1, 3] : tensor<64x4x49x32xf32>
  %25 = graph.reshape %24 : tensor<64x49x4x32xf32> to tensor<64x49x128xf32>
  %26 = graph.matmul %25, %s0_b0_proj_w : tensor<64x49x128xf32>, tensor<128x128xf32>
  %27 = graph.add %26, %s0_b0_proj_b : tensor<64x49x128xf32>, tensor<128xf32>
  %28 = graph.reshape %27 : tensor<64x49x128xf32> to tensor<1x8x8x7x7x128xf32>
  %29 = graph.transpose %28 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x8x7x7x128xf32>
  %30 = graph.reshape %29 : tensor<1x8x7x8x7x128xf32> to tensor<1x56x56x128xf32>
  %31 = graph.reshape %30 : tensor<1x56x56x128xf32> to tensor<1x3136x128xf32>
  %32 = graph.add %3, %31 : tensor<1x3136x128xf32>, tensor<1x3136x128xf32>
  %33 = graph.layer_norm %32, %s0_b0_norm2_g, %s0_b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf32>, tensor<128xf32>
  %34 = graph.matmul %33, %s0_b0_fc1_w : tensor<1x3136x128xf32>, tensor<128x512xf32>
  %35 = graph.add %34, %s0_b0_fc1_b : tensor<1x3136x512xf32>, tensor<512xf32>
  %36 = graph.gelu %35 : tensor<1x3136x512xf32>
  %37 = graph.matmul %36, %s0_b0_fc2_w : tensor<1x3136x512xf32>, tensor<512x128xf32>
  %38 = graph.add %37, %s0_b0_fc2_b : tensor<1x3136x128xf32>, tensor<128xf32>
  %39 = graph.add %32, %38 : tensor<1x3136x128xf32>, tensor<1x3136x128xf32>
  %40 = graph.layer_norm %39, %s0_b1_norm1_g, %s0_b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf32>, tensor<128xf32>
  %41 = graph.reshape %40 : tensor<1x3136x128xf32> to tensor<1x56x56x128xf32>
  %42 = graph.slice %41 starts = [3] ends = [56] axes = [1] : tensor<1x56x56x128xf32>
  %43 = graph.slice %41 starts = [0] ends = [3] axes = [1] : tensor<1x56x56x128xf32>
  %44 = graph.concat %42, %43 axis = 1 : tensor<1x53x56x128xf32>, tensor<1x3x56x128xf32>
  %45 = graph.slice %44 starts = [3] ends = [56] axes = [2] : tensor<1x56x56x128xf32>
  %46 = graph.slice %44 starts = [0] ends = [3] axes = [2] : tensor<1x56x56x128xf32>
  %47 = graph.concat %45, %46 axis = 2 : tensor<1x56x53x128xf32>, tensor<1x56x3x128xf32>
  %48 = graph.reshape %47 : tensor<1x56x56x128xf32> to tensor<1x8x7x8x7x128xf32>
  %49 = graph.transpose %48 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x7x8x7x128xf32>
  %50 = graph.reshape %49 : tensor<1x8x8x7x7x128xf32> to tensor<64x49x128xf32>
  %51 = graph.matmul %50, %s0_b1_qkv_w : tensor<64x49x128xf32>, tensor<128x384xf32>
  %52 = graph.add %51, %s0_b1_qkv_b : tensor<64x49x384xf32>, tensor<384xf32>
  %53:3 = graph.split %52 axis = 2 sizes = [128, 128, 128] : tensor<64x49x384xf32>
  %54 = graph.reshape %53#0 : tensor<64x49x128xf32> to tensor<64x49x4x32xf32>
  %55 = graph.transpose %54 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf32>
  %56 = graph.reshape %53#1 : tensor<64x49x128xf32> to tensor<64x49x4x32xf32>
  %57 = graph.transpose %56 perm = [0, 2, 3, 1] : tensor<64x49x4x32xf32>
  %58 = graph.matmul %55, %57 : tensor<64x4x49x32xf32>, tensor<64x4x32x49xf32>
  %59 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %60 = graph.mul %58, %59 : tensor<64x4x49x49xf32>, tensor<f32>
  %61 = graph.add %60, %s0_b1_rel_bias : tensor<64x4x49x49xf32>, tensor<4x49x49xf32>
  %62 = graph.add %61, %s0_b1_attn_mask : tensor<64x4x49x49xf32>, tensor<64x1x49x49xf32>
  %63 = graph.softmax %62 : tensor<64x4x49x49xf32>
  %64 = graph.reshape %53#2 : tensor<64x49x128xf32> to tensor<64x49x4x32xf32>
  %65 = graph.transpose %64 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf32>
  %66 = graph.matmul %63, %65 : tensor<64x4x49x49xf32>, tensor<64x4x49x32xf32>
  %67 = graph.transpose %66 perm = [0, 2, 1, 3] : tensor<64x4x49x32xf32>
  %68 = graph.reshape %67 : tensor<64x49x4x32xf32> to tensor<64x49x128xf32>
  %69 = graph.matmul %68, %s0_b1_proj_w : tensor<64x49x128xf32>, tensor<128x128xf32>
  %70 = graph.add %69, %s0_b1_proj_b : tensor<64x49x128xf32>, tensor<128xf32>
  %71 = graph.reshape %70 : tensor<64x49x128xf32> to tensor<1x8x8x7x7x128xf32>
  %72 = graph.transpose %71 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x8x7x7x128xf32>
  %73 = graph.reshape %72 : tensor<1x8x7x8x7x128xf32> to tensor<1x56x56x128xf32>
  %74 = graph.slice %73 starts = [53] ends = [56] axes = [1] : tensor<1x56x56x128xf32>
  %75 = graph.slice %73 starts = [0] ends = [53] axes = [1] : tensor<1x56x56x128xf32>
  %76 = graph.concat %74, %75 axis = 1 : tensor<1x3x56x128xf32>, tensor<1x53x56x128xf32>
  %77 = graph.slice %76 starts = [53] ends = [56] axes = [2] : tensor<1x56x56x128xf32>
  %78 = graph.slice %76 starts = [0] ends = [53] axes = [2] : tensor<1x56x56x128xf32>
  %79 = graph.concat %77, %78 axis = 2 : tensor<1x56x3x128xf32>, tensor<1x56x53x128xf32>
  %80 = graph.reshape %79 : tensor<1x56x56x128xf32> to tensor<1x3136x128xf32>
  %81 = graph.add %39, %80 : tensor<1x3136x128xf32>, tensor<1x3136x128xf32>
  %82 = graph.layer_norm %81, %s0_b1_norm2_g, %s0_b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf32>, tensor<128xf32>
  %83 = graph.matmul %82, %s0_b1_fc1_w : tensor<1x3136x128xf32>, tensor<128x512xf32>
  %84 = graph.add %83, %s0_b1_fc1_b : tensor<1x3136x512xf32>, tensor<512xf32>
  %85 = graph.gelu %84 : tensor<1x3136x512xf32>
  %86 = graph.matmul %85, %s0_b1_fc2_w : tensor<1x3136x512xf32>, tensor<512x128xf32>
  %87 = graph.add %86, %s0_b1_fc2_b : tensor<1x3136x128xf32>, tensor<128xf32>
  %88 = graph.add %81, %87 : tensor<1x3136x128xf32>, tensor<1x3136x128xf32>
  %89 = graph.reshape %88 : tensor<1x3136x128xf32> to tensor<1x28x2x28x2x128xf32>
  %90 = graph.transpose %89 perm = [0, 1, 3, 4, 2, 5] : tensor<1x28x2x28x2x128xf32>
  %91 = graph.reshape %90 : tensor<1x28x28x2x2x128xf32> to tensor<1x784x512xf32>
  %92 = graph.layer_norm %91, %s0_merge_norm_g, %s0_merge_norm_b epsilon = 1.00000000e-5 : tensor<1x784x512xf32>, tensor<512xf32>
  %93 = graph.matmul %92, %s0_merge_reduction_w : tensor<1x784x512xf32>, tensor<512x256xf32>
  %94 = graph.layer_norm %93, %s1_b0_norm1_g, %s1_b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x784x256xf32>, tensor<256xf32>
  %95 = graph.reshape %94 : tensor<1x784x256xf32> to tensor<1x28x28x256xf32>
  %96 = graph.reshape %95 : tensor<1x28x28x256xf32> to tensor<1x4x7x4x7x256xf32>
  %97 = graph.transpose %96 perm = [0, 1, 3, 2, 4, 5] : tensor<1x4x7x4x7x256xf32>
  %98 = graph.reshape %97 : tensor<1x4x4x7x7x256xf32> to tensor<16x49x256xf32>
  %99 = graph.matmul %98, %s1_b0_qkv_w : tensor<16x49x256xf32>, tensor<256x768xf32>
  %100 = graph.add %99, %s1_b0_qkv_b : tensor<16x49x768xf32>, tensor<768xf32>
  %101:3 = graph.split %100 axis = 2 sizes = [256, 256, 256] : tensor<16x49x768xf32>
  %102 = graph.reshape %101#0 : tensor<16x49x256xf32> to tensor<16x49x8x32xf32>
  %103 = graph.transpose %102 perm = [0, 2, 1, 3] : tensor<16x49x8x32xf32>
  %104 = graph.reshape %101#1 : tensor<16x49x256xf32> to tensor<16x49x8x32xf32>
  %105 = graph.transpose %104 perm = [0, 2, 3, 1] : tensor<16x49x8x32xf32>
  %106 = graph.matmul %103, %105 : tensor<16x8x49x32xf32>, tensor<16x8x32x49xf32>
  %107 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %108 = graph.mul %106, %107 : tensor<16x8x49x49xf32>, tensor<f32>
  %109 = graph.add %108, %s1_b0_rel_bias : tensor<16x8x49x49xf32>, tensor<8x49x49xf32>
  %110 = graph.softmax %109 : tensor<16x8x49x49xf32>
  %111 = graph.reshape %101#2 : tensor<16x49x256xf32> to tensor<16x49x8x32xf32>
  %112 = graph.transpose %111 perm = [0, 2, 1, 3] : tensor<16x49x8x32xf32>
  %113 = graph.matmul %110, %112 : tensor<16x8x49x49xf32>, tensor<16x8x49x32xf32>
  %114 = graph.transpose %113 perm = [0, 2, 1, 3] : tensor<16x8x49x32xf32>
  %115 = graph.reshape %114 : tensor<16x49x8x32xf32> to tensor<16x49x256xf32>
  %116 = graph.matmul %115, %s1_b0_proj_w : tensor<16x49x256xf32>, tensor<256x256xf32>
  %117 = graph.add %116, %s1_b0_proj_b : tensor<16x49x256xf32>, tensor<256xf32>
  %118 = graph.reshape %117 : tensor<16x49x256xf32> to tensor<1x4x4x7x7x256xf32>
  %119 = graph.transpose %118 perm = [0, 1, 3, 2, 4, 5] : tensor<1x4x4x7x7x256xf32>
  %120 = graph.reshape %119 : tensor<1x4x7x4x7x256xf32> to tensor<1x28x28x256xf32>
  %121 = graph.reshape %120 : tensor<1x28x28x256xf32> to tensor<1x784x256xf32>
  %122 = graph.add %93, %121 : tensor<1x784x256xf32>, tensor<1x784x256xf32>
  %123 = graph.layer_norm %122, %s1_b0_norm2_g, %s1_b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x784x256xf32>, tensor<256xf32>
  %124 = graph.matmul %123, %s1_b0_fc1_w : tensor<1x784x256xf32>, tensor<256x1024xf32>
  %125 = graph.add %124, %s1_b0_fc1_b : tensor<1x784x1024xf32>, tensor<1024xf32>
  %126 = graph.gelu %125 : tensor<1x784x1024xf32>
  %127 = graph.matmul %126, %s1_b0_fc2_w : tensor<1x784x1024xf32>, tensor<1024x256xf32>
  %128 = graph.add %127, %s1_b0_fc2_b : tensor<1x784x256xf32>, tensor<256xf32>
  %129 = graph.add %122, %128 : tensor<1x784x256xf32>, tensor<1x784x256xf32>
  %130 = graph.layer_norm %129, %s1_b1_norm1_g, %s1_b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x784x256xf32>, tensor<256xf32>
  %131 = graph.reshape %130 : tensor<1x784x256xf32> to tensor<1x28x28x256xf32>
  %132 = graph.slice %131 starts = [3] ends = [28] axes = [1] : tensor<1x28x28x256xf32>
  %133 = graph.slice %131 starts = [0] ends = [3] axes = [1] : tensor<1x28x28x256xf32>
  %134 = graph.concat %132, %133 axis = 1 : tensor<1x25x28x256xf32>, tensor<1x3x28x256xf32>
  %135 = graph.slice %134 starts = [3] ends = [28] axes = [2] : tensor<1x28x28x256xf32>
  %136 = graph.slice %134 starts = [0] ends = [3] axes = [2] : tensor<1x28x28x256xf32>
  %137 = graph.concat %135, %136 axis = 2 : tensor<1x28x25x256xf32>, tensor<1x28x3x256xf32>
  %138 = graph.reshape %137 : tensor<1x28x28x256xf32> to tensor<1x4x7x4x7x256xf32>
  %139 = graph.transpose %138 perm = [0, 1, 3, 2, 4, 5] : tensor<1x4x7x4x7x256xf32>
  %140 = graph.reshape %139 : tensor<1x4x4x7x7x256xf32> to tensor<16x49x256xf32>
  %141 = graph.matmul %140, %s1_b1_qkv_w : tensor<16x49x256xf32>, tensor<256x768xf32>
  %142 = graph.add %141, %s1_b1_qkv_b : tensor<16x49x768xf32>, tensor<768xf32>
  %143:3 = graph.split %142 axis = 2 sizes = [256, 256, 256] : tensor<16x49x768xf32>
  %144 = graph.reshape %143#0 : tensor<16x49x256xf32> to tensor<16x49x8x32xf32>
  %145 = graph.transpose %144 perm = [0, 2, 1, 3] : tensor<16x49x8x32xf32>
  %146 = graph.reshape %143#1 : tensor<16x49x256xf32> to tensor<16x49x8x32xf32>
  %147 = graph.transpose %146 perm = [0, 2, 3, 1] : tensor<16x49x8x32xf32>
  %148 = graph.matmul %145, %147 : tensor<16x8x49x32xf32>, tensor<16x8x32x49xf32>
  %149 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %150 = graph.mul %148, %149 : tensor<16x8x49x49xf32>, tensor<f32>
  %151 = graph.add %150, %s1_b1_rel_bias : tensor<16x8x49x49xf32>, tensor<8x49x49xf32>
  %152 = graph.add %151, %s1_b1_attn_mask : tensor<16x8x49x49xf32>, tensor<16x1x49x49xf32>
  %153 = graph.softmax %152 : tensor<16x8x49x49xf32>
  %154 = graph.reshape %143#2 : tensor<16x49x256xf32> to tensor<16x49x8x32xf32>
  %155 = graph.transpose %154 perm = [0, 2, 1, 3] : tensor<16x49x8x32xf32>
  %156 = graph.matmul %153, %155 : tensor<16x8x49x49xf32>, tensor<16x8x49x32xf32>
  %157 = graph.transpose %156 perm = [0, 2, 1, 3] : tensor<16x8x49x32xf32>
  %158 = graph.reshape %157 : tensor<16x49x8x32xf32> to tensor<16x49x256xf32>
  %159 = graph.matmul %158, %s1_b1_proj_w : tensor<16x49x256xf32>, tensor<256x256xf32>
  %160 = graph.add %159, %s1_b1_proj_b : tensor<16x49x256xf32>, tensor<256xf32>
  %161 = graph.reshape %160 : tensor<16x49x256xf32> to tensor<1x4x4x7x7x256xf32>
  %162 = graph.transpose %161 perm = [0, 1, 3, 2, 4, 5] : tensor<1x4x4x7x7x256xf32>
  %163 = graph.reshape %162 : tensor<1x4x7x4x7x256xf32> to tensor<1x28x28x256xf32>
  %164 = graph.slice %163 starts = [25] ends = [28] axes = [1] : tensor<1x28x28x256xf32>
  %165 = graph.slice %163 starts = [0] ends = [25] axes = [1] : tensor<1x28x28x256xf32>
  %166 = graph.concat %164, %165 axis = 1 : tensor<1x3x28x256xf32>, tensor<1x25x28x256xf32>
  %167 = graph.slice %166 starts = [25] ends = [28] axes = [2] : tensor<1x28x28x256xf32>
  %168 = graph.slice %166 starts = [0] ends = [25] axes = [2] : tensor<1x28x28x256xf32>
  %169 = graph.concat %167, %168 axis = 2 : tensor<1x28x3x256xf32>, tensor<1x28x25x256xf32>
  %170 = graph.reshape %169 : tensor<1x28x28x256xf32> to tensor<1x784x256xf32>
  %171 = graph.add %129, %170 : tensor<1x784x256xf32>, tensor<1x784x256xf32>
  %172 = graph.layer_norm %171, %s1_b1_norm2_g, %s1_b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x784x256xf32>, tensor<256xf32>
  %173 = graph.matmul %172, %s1_b1_fc1_w : tensor<1x784x256xf32>, tensor<256x1024xf32>
  %174 = graph.add %173, %s1_b1_fc1_b : tensor<1x784x1024xf32>, tensor<1024xf32>
  %175 = graph.gelu %174 : tensor<1x784x1024xf32>
  %176 = graph.matmul %175, %s1_b1_fc2_w : tensor<1x784x1024xf32>, tensor<1024x256xf32>
  %177 = graph.add %176, %s1_b1_fc2_b : tensor<1x784x256xf32>, tensor<256xf32>
  %178 = graph.add %171, %177 : tensor<1x784x256xf32>, tensor<1x784x256xf32>
  %179 = graph.reshape %178 : tensor<1x784x256xf32> to tensor<1x14x2x14x2x256xf32>
  %180 = graph.transpose %179 perm = [0, 1, 3, 4, 2, 5] : tensor<1x14x2x14x2x256xf32>
  %181 = graph.reshape %180 : tensor<1x14x14x2x2x256xf32> to tensor<1x196x1024xf32>
  %182 = graph.layer_norm %181, %s1_merge_norm_g, %s1_merge_norm_b epsilon = 1.00000000e-5 : tensor<1x196x1024xf32>, tensor<1024xf32>
  %183 = graph.matmul %182, %s1_merge_reduction_w : tensor<1x196x1024xf32>, tensor<1024x512xf32>
  %184 = graph.layer_norm %183, %s2_b0_norm1_g, %s2_b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %185 = graph.reshape %184 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %186 = graph.reshape %185 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %187 = graph.transpose %186 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %188 = graph.reshape %187 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %189 = graph.matmul %188, %s2_b0_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %190 = graph.add %189, %s2_b0_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %191:3 = graph.split %190 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %192 = graph.reshape %191#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %193 = graph.transpose %192 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %194 = graph.reshape %191#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %195 = graph.transpose %194 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %196 = graph.matmul %193, %195 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %197 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %198 = graph.mul %196, %197 : tensor<4x16x49x49xf32>, tensor<f32>
  %199 = graph.add %198, %s2_b0_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %200 = graph.softmax %199 : tensor<4x16x49x49xf32>
  %201 = graph.reshape %191#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %202 = graph.transpose %201 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %203 = graph.matmul %200, %202 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %204 = graph.transpose %203 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %205 = graph.reshape %204 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %206 = graph.matmul %205, %s2_b0_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %207 = graph.add %206, %s2_b0_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %208 = graph.reshape %207 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %209 = graph.transpose %208 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %210 = graph.reshape %209 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %211 = graph.reshape %210 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %212 = graph.add %183, %211 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %213 = graph.layer_norm %212, %s2_b0_norm2_g, %s2_b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %214 = graph.matmul %213, %s2_b0_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %215 = graph.add %214, %s2_b0_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %216 = graph.gelu %215 : tensor<1x196x2048xf32>
  %217 = graph.matmul %216, %s2_b0_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %218 = graph.add %217, %s2_b0_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %219 = graph.add %212, %218 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %220 = graph.layer_norm %219, %s2_b1_norm1_g, %s2_b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %221 = graph.reshape %220 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %222 = graph.slice %221 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %223 = graph.slice %221 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf32>
  %224 = graph.concat %222, %223 axis = 1 : tensor<1x11x14x512xf32>, tensor<1x3x14x512xf32>
  %225 = graph.slice %224 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %226 = graph.slice %224 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf32>
  %227 = graph.concat %225, %226 axis = 2 : tensor<1x14x11x512xf32>, tensor<1x14x3x512xf32>
  %228 = graph.reshape %227 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %229 = graph.transpose %228 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %230 = graph.reshape %229 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %231 = graph.matmul %230, %s2_b1_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %232 = graph.add %231, %s2_b1_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %233:3 = graph.split %232 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %234 = graph.reshape %233#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %235 = graph.transpose %234 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %236 = graph.reshape %233#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %237 = graph.transpose %236 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %238 = graph.matmul %235, %237 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %239 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %240 = graph.mul %238, %239 : tensor<4x16x49x49xf32>, tensor<f32>
  %241 = graph.add %240, %s2_b1_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %242 = graph.add %241, %s2_b1_attn_mask : tensor<4x16x49x49xf32>, tensor<4x1x49x49xf32>
  %243 = graph.softmax %242 : tensor<4x16x49x49xf32>
  %244 = graph.reshape %233#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %245 = graph.transpose %244 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %246 = graph.matmul %243, %245 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %247 = graph.transpose %246 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %248 = graph.reshape %247 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %249 = graph.matmul %248, %s2_b1_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %250 = graph.add %249, %s2_b1_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %251 = graph.reshape %250 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %252 = graph.transpose %251 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %253 = graph.reshape %252 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %254 = graph.slice %253 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %255 = graph.slice %253 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf32>
  %256 = graph.concat %254, %255 axis = 1 : tensor<1x3x14x512xf32>, tensor<1x11x14x512xf32>
  %257 = graph.slice %256 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %258 = graph.slice %256 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf32>
  %259 = graph.concat %257, %258 axis = 2 : tensor<1x14x3x512xf32>, tensor<1x14x11x512xf32>
  %260 = graph.reshape %259 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %261 = graph.add %219, %260 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %262 = graph.layer_norm %261, %s2_b1_norm2_g, %s2_b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %263 = graph.matmul %262, %s2_b1_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %264 = graph.add %263, %s2_b1_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %265 = graph.gelu %264 : tensor<1x196x2048xf32>
  %266 = graph.matmul %265, %s2_b1_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %267 = graph.add %266, %s2_b1_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %268 = graph.add %261, %267 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %269 = graph.layer_norm %268, %s2_b2_norm1_g, %s2_b2_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %270 = graph.reshape %269 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %271 = graph.reshape %270 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %272 = graph.transpose %271 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %273 = graph.reshape %272 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %274 = graph.matmul %273, %s2_b2_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %275 = graph.add %274, %s2_b2_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %276:3 = graph.split %275 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %277 = graph.reshape %276#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %278 = graph.transpose %277 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %279 = graph.reshape %276#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %280 = graph.transpose %279 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %281 = graph.matmul %278, %280 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %282 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %283 = graph.mul %281, %282 : tensor<4x16x49x49xf32>, tensor<f32>
  %284 = graph.add %283, %s2_b2_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %285 = graph.softmax %284 : tensor<4x16x49x49xf32>
  %286 = graph.reshape %276#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %287 = graph.transpose %286 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %288 = graph.matmul %285, %287 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %289 = graph.transpose %288 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %290 = graph.reshape %289 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %291 = graph.matmul %290, %s2_b2_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %292 = graph.add %291, %s2_b2_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %293 = graph.reshape %292 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %294 = graph.transpose %293 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %295 = graph.reshape %294 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %296 = graph.reshape %295 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %297 = graph.add %268, %296 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %298 = graph.layer_norm %297, %s2_b2_norm2_g, %s2_b2_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %299 = graph.matmul %298, %s2_b2_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %300 = graph.add %299, %s2_b2_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %301 = graph.gelu %300 : tensor<1x196x2048xf32>
  %302 = graph.matmul %301, %s2_b2_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %303 = graph.add %302, %s2_b2_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %304 = graph.add %297, %303 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %305 = graph.layer_norm %304, %s2_b3_norm1_g, %s2_b3_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %306 = graph.reshape %305 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %307 = graph.slice %306 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %308 = graph.slice %306 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf32>
  %309 = graph.concat %307, %308 axis = 1 : tensor<1x11x14x512xf32>, tensor<1x3x14x512xf32>
  %310 = graph.slice %309 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %311 = graph.slice %309 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf32>
  %312 = graph.concat %310, %311 axis = 2 : tensor<1x14x11x512xf32>, tensor<1x14x3x512xf32>
  %313 = graph.reshape %312 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %314 = graph.transpose %313 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %315 = graph.reshape %314 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %316 = graph.matmul %315, %s2_b3_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %317 = graph.add %316, %s2_b3_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %318:3 = graph.split %317 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %319 = graph.reshape %318#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %320 = graph.transpose %319 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %321 = graph.reshape %318#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %322 = graph.transpose %321 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %323 = graph.matmul %320, %322 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %324 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %325 = graph.mul %323, %324 : tensor<4x16x49x49xf32>, tensor<f32>
  %326 = graph.add %325, %s2_b3_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %327 = graph.add %326, %s2_b3_attn_mask : tensor<4x16x49x49xf32>, tensor<4x1x49x49xf32>
  %328 = graph.softmax %327 : tensor<4x16x49x49xf32>
  %329 = graph.reshape %318#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %330 = graph.transpose %329 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %331 = graph.matmul %328, %330 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %332 = graph.transpose %331 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %333 = graph.reshape %332 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %334 = graph.matmul %333, %s2_b3_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %335 = graph.add %334, %s2_b3_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %336 = graph.reshape %335 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %337 = graph.transpose %336 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %338 = graph.reshape %337 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %339 = graph.slice %338 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %340 = graph.slice %338 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf32>
  %341 = graph.concat %339, %340 axis = 1 : tensor<1x3x14x512xf32>, tensor<1x11x14x512xf32>
  %342 = graph.slice %341 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %343 = graph.slice %341 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf32>
  %344 = graph.concat %342, %343 axis = 2 : tensor<1x14x3x512xf32>, tensor<1x14x11x512xf32>
  %345 = graph.reshape %344 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %346 = graph.add %304, %345 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %347 = graph.layer_norm %346, %s2_b3_norm2_g, %s2_b3_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %348 = graph.matmul %347, %s2_b3_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %349 = graph.add %348, %s2_b3_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %350 = graph.gelu %349 : tensor<1x196x2048xf32>
  %351 = graph.matmul %350, %s2_b3_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %352 = graph.add %351, %s2_b3_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %353 = graph.add %346, %352 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %354 = graph.layer_norm %353, %s2_b4_norm1_g, %s2_b4_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %355 = graph.reshape %354 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %356 = graph.reshape %355 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %357 = graph.transpose %356 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %358 = graph.reshape %357 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %359 = graph.matmul %358, %s2_b4_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %360 = graph.add %359, %s2_b4_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %361:3 = graph.split %360 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %362 = graph.reshape %361#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %363 = graph.transpose %362 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %364 = graph.reshape %361#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %365 = graph.transpose %364 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %366 = graph.matmul %363, %365 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %367 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %368 = graph.mul %366, %367 : tensor<4x16x49x49xf32>, tensor<f32>
  %369 = graph.add %368, %s2_b4_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %370 = graph.softmax %369 : tensor<4x16x49x49xf32>
  %371 = graph.reshape %361#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %372 = graph.transpose %371 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %373 = graph.matmul %370, %372 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %374 = graph.transpose %373 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %375 = graph.reshape %374 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %376 = graph.matmul %375, %s2_b4_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %377 = graph.add %376, %s2_b4_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %378 = graph.reshape %377 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %379 = graph.transpose %378 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %380 = graph.reshape %379 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %381 = graph.reshape %380 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %382 = graph.add %353, %381 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %383 = graph.layer_norm %382, %s2_b4_norm2_g, %s2_b4_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %384 = graph.matmul %383, %s2_b4_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %385 = graph.add %384, %s2_b4_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %386 = graph.gelu %385 : tensor<1x196x2048xf32>
  %387 = graph.matmul %386, %s2_b4_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %388 = graph.add %387, %s2_b4_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %389 = graph.add %382, %388 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %390 = graph.layer_norm %389, %s2_b5_norm1_g, %s2_b5_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %391 = graph.reshape %390 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %392 = graph.slice %391 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %393 = graph.slice %391 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf32>
  %394 = graph.concat %392, %393 axis = 1 : tensor<1x11x14x512xf32>, tensor<1x3x14x512xf32>
  %395 = graph.slice %394 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %396 = graph.slice %394 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf32>
  %397 = graph.concat %395, %396 axis = 2 : tensor<1x14x11x512xf32>, tensor<1x14x3x512xf32>
  %398 = graph.reshape %397 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %399 = graph.transpose %398 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %400 = graph.reshape %399 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %401 = graph.matmul %400, %s2_b5_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %402 = graph.add %401, %s2_b5_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %403:3 = graph.split %402 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %404 = graph.reshape %403#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %405 = graph.transpose %404 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %406 = graph.reshape %403#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %407 = graph.transpose %406 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %408 = graph.matmul %405, %407 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %409 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %410 = graph.mul %408, %409 : tensor<4x16x49x49xf32>, tensor<f32>
  %411 = graph.add %410, %s2_b5_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %412 = graph.add %411, %s2_b5_attn_mask : tensor<4x16x49x49xf32>, tensor<4x1x49x49xf32>
  %413 = graph.softmax %412 : tensor<4x16x49x49xf32>
  %414 = graph.reshape %403#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %415 = graph.transpose %414 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %416 = graph.matmul %413, %415 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %417 = graph.transpose %416 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %418 = graph.reshape %417 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %419 = graph.matmul %418, %s2_b5_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %420 = graph.add %419, %s2_b5_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %421 = graph.reshape %420 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %422 = graph.transpose %421 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %423 = graph.reshape %422 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %424 = graph.slice %423 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %425 = graph.slice %423 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf32>
  %426 = graph.concat %424, %425 axis = 1 : tensor<1x3x14x512xf32>, tensor<1x11x14x512xf32>
  %427 = graph.slice %426 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %428 = graph.slice %426 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf32>
  %429 = graph.concat %427, %428 axis = 2 : tensor<1x14x3x512xf32>, tensor<1x14x11x512xf32>
  %430 = graph.reshape %429 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %431 = graph.add %389, %430 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %432 = graph.layer_norm %431, %s2_b5_norm2_g, %s2_b5_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %433 = graph.matmul %432, %s2_b5_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %434 = graph.add %433, %s2_b5_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %435 = graph.gelu %434 : tensor<1x196x2048xf32>
  %436 = graph.matmul %435, %s2_b5_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %437 = graph.add %436, %s2_b5_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %438 = graph.add %431, %437 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %439 = graph.layer_norm %438, %s2_b6_norm1_g, %s2_b6_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %440 = graph.reshape %439 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %441 = graph.reshape %440 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %442 = graph.transpose %441 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %443 = graph.reshape %442 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %444 = graph.matmul %443, %s2_b6_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %445 = graph.add %444, %s2_b6_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %446:3 = graph.split %445 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %447 = graph.reshape %446#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %448 = graph.transpose %447 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %449 = graph.reshape %446#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %450 = graph.transpose %449 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %451 = graph.matmul %448, %450 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %452 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %453 = graph.mul %451, %452 : tensor<4x16x49x49xf32>, tensor<f32>
  %454 = graph.add %453, %s2_b6_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %455 = graph.softmax %454 : tensor<4x16x49x49xf32>
  %456 = graph.reshape %446#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %457 = graph.transpose %456 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %458 = graph.matmul %455, %457 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %459 = graph.transpose %458 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %460 = graph.reshape %459 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %461 = graph.matmul %460, %s2_b6_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %462 = graph.add %461, %s2_b6_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %463 = graph.reshape %462 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %464 = graph.transpose %463 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %465 = graph.reshape %464 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %466 = graph.reshape %465 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %467 = graph.add %438, %466 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %468 = graph.layer_norm %467, %s2_b6_norm2_g, %s2_b6_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %469 = graph.matmul %468, %s2_b6_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %470 = graph.add %469, %s2_b6_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %471 = graph.gelu %470 : tensor<1x196x2048xf32>
  %472 = graph.matmul %471, %s2_b6_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %473 = graph.add %472, %s2_b6_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %474 = graph.add %467, %473 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %475 = graph.layer_norm %474, %s2_b7_norm1_g, %s2_b7_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %476 = graph.reshape %475 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %477 = graph.slice %476 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %478 = graph.slice %476 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf32>
  %479 = graph.concat %477, %478 axis = 1 : tensor<1x11x14x512xf32>, tensor<1x3x14x512xf32>
  %480 = graph.slice %479 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %481 = graph.slice %479 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf32>
  %482 = graph.concat %480, %481 axis = 2 : tensor<1x14x11x512xf32>, tensor<1x14x3x512xf32>
  %483 = graph.reshape %482 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %484 = graph.transpose %483 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %485 = graph.reshape %484 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %486 = graph.matmul %485, %s2_b7_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %487 = graph.add %486, %s2_b7_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %488:3 = graph.split %487 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %489 = graph.reshape %488#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %490 = graph.transpose %489 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %491 = graph.reshape %488#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %492 = graph.transpose %491 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %493 = graph.matmul %490, %492 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %494 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %495 = graph.mul %493, %494 : tensor<4x16x49x49xf32>, tensor<f32>
  %496 = graph.add %495, %s2_b7_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %497 = graph.add %496, %s2_b7_attn_mask : tensor<4x16x49x49xf32>, tensor<4x1x49x49xf32>
  %498 = graph.softmax %497 : tensor<4x16x49x49xf32>
  %499 = graph.reshape %488#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %500 = graph.transpose %499 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %501 = graph.matmul %498, %500 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %502 = graph.transpose %501 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %503 = graph.reshape %502 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %504 = graph.matmul %503, %s2_b7_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %505 = graph.add %504, %s2_b7_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %506 = graph.reshape %505 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %507 = graph.transpose %506 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %508 = graph.reshape %507 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %509 = graph.slice %508 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %510 = graph.slice %508 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf32>
  %511 = graph.concat %509, %510 axis = 1 : tensor<1x3x14x512xf32>, tensor<1x11x14x512xf32>
  %512 = graph.slice %511 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %513 = graph.slice %511 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf32>
  %514 = graph.concat %512, %513 axis = 2 : tensor<1x14x3x512xf32>, tensor<1x14x11x512xf32>
  %515 = graph.reshape %514 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %516 = graph.add %474, %515 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %517 = graph.layer_norm %516, %s2_b7_norm2_g, %s2_b7_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %518 = graph.matmul %517, %s2_b7_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %519 = graph.add %518, %s2_b7_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %520 = graph.gelu %519 : tensor<1x196x2048xf32>
  %521 = graph.matmul %520, %s2_b7_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %522 = graph.add %521, %s2_b7_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %523 = graph.add %516, %522 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %524 = graph.layer_norm %523, %s2_b8_norm1_g, %s2_b8_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %525 = graph.reshape %524 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %526 = graph.reshape %525 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %527 = graph.transpose %526 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %528 = graph.reshape %527 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %529 = graph.matmul %528, %s2_b8_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %530 = graph.add %529, %s2_b8_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %531:3 = graph.split %530 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %532 = graph.reshape %531#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %533 = graph.transpose %532 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %534 = graph.reshape %531#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %535 = graph.transpose %534 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %536 = graph.matmul %533, %535 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %537 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %538 = graph.mul %536, %537 : tensor<4x16x49x49xf32>, tensor<f32>
  %539 = graph.add %538, %s2_b8_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %540 = graph.softmax %539 : tensor<4x16x49x49xf32>
  %541 = graph.reshape %531#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %542 = graph.transpose %541 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %543 = graph.matmul %540, %542 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %544 = graph.transpose %543 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %545 = graph.reshape %544 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %546 = graph.matmul %545, %s2_b8_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %547 = graph.add %546, %s2_b8_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %548 = graph.reshape %547 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %549 = graph.transpose %548 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %550 = graph.reshape %549 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %551 = graph.reshape %550 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %552 = graph.add %523, %551 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %553 = graph.layer_norm %552, %s2_b8_norm2_g, %s2_b8_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %554 = graph.matmul %553, %s2_b8_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %555 = graph.add %554, %s2_b8_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %556 = graph.gelu %555 : tensor<1x196x2048xf32>
  %557 = graph.matmul %556, %s2_b8_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %558 = graph.add %557, %s2_b8_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %559 = graph.add %552, %558 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %560 = graph.layer_norm %559, %s2_b9_norm1_g, %s2_b9_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %561 = graph.reshape %560 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %562 = graph.slice %561 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %563 = graph.slice %561 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf32>
  %564 = graph.concat %562, %563 axis = 1 : tensor<1x11x14x512xf32>, tensor<1x3x14x512xf32>
  %565 = graph.slice %564 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %566 = graph.slice %564 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf32>
  %567 = graph.concat %565, %566 axis = 2 : tensor<1x14x11x512xf32>, tensor<1x14x3x512xf32>
  %568 = graph.reshape %567 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %569 = graph.transpose %568 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %570 = graph.reshape %569 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %571 = graph.matmul %570, %s2_b9_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %572 = graph.add %571, %s2_b9_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %573:3 = graph.split %572 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %574 = graph.reshape %573#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %575 = graph.transpose %574 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %576 = graph.reshape %573#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %577 = graph.transpose %576 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %578 = graph.matmul %575, %577 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %579 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %580 = graph.mul %578, %579 : tensor<4x16x49x49xf32>, tensor<f32>
  %581 = graph.add %580, %s2_b9_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %582 = graph.add %581, %s2_b9_attn_mask : tensor<4x16x49x49xf32>, tensor<4x1x49x49xf32>
  %583 = graph.softmax %582 : tensor<4x16x49x49xf32>
  %584 = graph.reshape %573#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %585 = graph.transpose %584 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %586 = graph.matmul %583, %585 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %587 = graph.transpose %586 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %588 = graph.reshape %587 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %589 = graph.matmul %588, %s2_b9_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %590 = graph.add %589, %s2_b9_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %591 = graph.reshape %590 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %592 = graph.transpose %591 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %593 = graph.reshape %592 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %594 = graph.slice %593 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %595 = graph.slice %593 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf32>
  %596 = graph.concat %594, %595 axis = 1 : tensor<1x3x14x512xf32>, tensor<1x11x14x512xf32>
  %597 = graph.slice %596 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %598 = graph.slice %596 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf32>
  %599 = graph.concat %597, %598 axis = 2 : tensor<1x14x3x512xf32>, tensor<1x14x11x512xf32>
  %600 = graph.reshape %599 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %601 = graph.add %559, %600 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %602 = graph.layer_norm %601, %s2_b9_norm2_g, %s2_b9_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %603 = graph.matmul %602, %s2_b9_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %604 = graph.add %603, %s2_b9_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %605 = graph.gelu %604 : tensor<1x196x2048xf32>
  %606 = graph.matmul %605, %s2_b9_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %607 = graph.add %606, %s2_b9_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %608 = graph.add %601, %607 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %609 = graph.layer_norm %608, %s2_b10_norm1_g, %s2_b10_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %610 = graph.reshape %609 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %611 = graph.reshape %610 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %612 = graph.transpose %611 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %613 = graph.reshape %612 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %614 = graph.matmul %613, %s2_b10_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %615 = graph.add %614, %s2_b10_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %616:3 = graph.split %615 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %617 = graph.reshape %616#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %618 = graph.transpose %617 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %619 = graph.reshape %616#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %620 = graph.transpose %619 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %621 = graph.matmul %618, %620 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %622 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %623 = graph.mul %621, %622 : tensor<4x16x49x49xf32>, tensor<f32>
  %624 = graph.add %623, %s2_b10_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %625 = graph.softmax %624 : tensor<4x16x49x49xf32>
  %626 = graph.reshape %616#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %627 = graph.transpose %626 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %628 = graph.matmul %625, %627 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %629 = graph.transpose %628 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %630 = graph.reshape %629 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %631 = graph.matmul %630, %s2_b10_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %632 = graph.add %631, %s2_b10_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %633 = graph.reshape %632 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %634 = graph.transpose %633 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %635 = graph.reshape %634 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %636 = graph.reshape %635 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %637 = graph.add %608, %636 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %638 = graph.layer_norm %637, %s2_b10_norm2_g, %s2_b10_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %639 = graph.matmul %638, %s2_b10_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %640 = graph.add %639, %s2_b10_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %641 = graph.gelu %640 : tensor<1x196x2048xf32>
  %642 = graph.matmul %641, %s2_b10_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %643 = graph.add %642, %s2_b10_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %644 = graph.add %637, %643 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %645 = graph.layer_norm %644, %s2_b11_norm1_g, %s2_b11_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %646 = graph.reshape %645 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %647 = graph.slice %646 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %648 = graph.slice %646 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf32>
  %649 = graph.concat %647, %648 axis = 1 : tensor<1x11x14x512xf32>, tensor<1x3x14x512xf32>
  %650 = graph.slice %649 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %651 = graph.slice %649 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf32>
  %652 = graph.concat %650, %651 axis = 2 : tensor<1x14x11x512xf32>, tensor<1x14x3x512xf32>
  %653 = graph.reshape %652 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %654 = graph.transpose %653 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %655 = graph.reshape %654 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %656 = graph.matmul %655, %s2_b11_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %657 = graph.add %656, %s2_b11_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %658:3 = graph.split %657 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %659 = graph.reshape %658#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %660 = graph.transpose %659 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %661 = graph.reshape %658#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %662 = graph.transpose %661 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %663 = graph.matmul %660, %662 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %664 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %665 = graph.mul %663, %664 : tensor<4x16x49x49xf32>, tensor<f32>
  %666 = graph.add %665, %s2_b11_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %667 = graph.add %666, %s2_b11_attn_mask : tensor<4x16x49x49xf32>, tensor<4x1x49x49xf32>
  %668 = graph.softmax %667 : tensor<4x16x49x49xf32>
  %669 = graph.reshape %658#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %670 = graph.transpose %669 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %671 = graph.matmul %668, %670 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %672 = graph.transpose %671 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %673 = graph.reshape %672 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %674 = graph.matmul %673, %s2_b11_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %675 = graph.add %674, %s2_b11_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %676 = graph.reshape %675 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %677 = graph.transpose %676 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %678 = graph.reshape %677 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %679 = graph.slice %678 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %680 = graph.slice %678 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf32>
  %681 = graph.concat %679, %680 axis = 1 : tensor<1x3x14x512xf32>, tensor<1x11x14x512xf32>
  %682 = graph.slice %681 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %683 = graph.slice %681 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf32>
  %684 = graph.concat %682, %683 axis = 2 : tensor<1x14x3x512xf32>, tensor<1x14x11x512xf32>
  %685 = graph.reshape %684 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %686 = graph.add %644, %685 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %687 = graph.layer_norm %686, %s2_b11_norm2_g, %s2_b11_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %688 = graph.matmul %687, %s2_b11_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %689 = graph.add %688, %s2_b11_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %690 = graph.gelu %689 : tensor<1x196x2048xf32>
  %691 = graph.matmul %690, %s2_b11_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %692 = graph.add %691, %s2_b11_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %693 = graph.add %686, %692 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %694 = graph.layer_norm %693, %s2_b12_norm1_g, %s2_b12_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %695 = graph.reshape %694 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %696 = graph.reshape %695 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %697 = graph.transpose %696 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %698 = graph.reshape %697 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %699 = graph.matmul %698, %s2_b12_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %700 = graph.add %699, %s2_b12_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %701:3 = graph.split %700 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %702 = graph.reshape %701#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %703 = graph.transpose %702 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %704 = graph.reshape %701#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %705 = graph.transpose %704 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %706 = graph.matmul %703, %705 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %707 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %708 = graph.mul %706, %707 : tensor<4x16x49x49xf32>, tensor<f32>
  %709 = graph.add %708, %s2_b12_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %710 = graph.softmax %709 : tensor<4x16x49x49xf32>
  %711 = graph.reshape %701#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %712 = graph.transpose %711 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %713 = graph.matmul %710, %712 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %714 = graph.transpose %713 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %715 = graph.reshape %714 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %716 = graph.matmul %715, %s2_b12_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %717 = graph.add %716, %s2_b12_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %718 = graph.reshape %717 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %719 = graph.transpose %718 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %720 = graph.reshape %719 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %721 = graph.reshape %720 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %722 = graph.add %693, %721 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %723 = graph.layer_norm %722, %s2_b12_norm2_g, %s2_b12_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %724 = graph.matmul %723, %s2_b12_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %725 = graph.add %724, %s2_b12_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %726 = graph.gelu %725 : tensor<1x196x2048xf32>
  %727 = graph.matmul %726, %s2_b12_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %728 = graph.add %727, %s2_b12_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %729 = graph.add %722, %728 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %730 = graph.layer_norm %729, %s2_b13_norm1_g, %s2_b13_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %731 = graph.reshape %730 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %732 = graph.slice %731 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %733 = graph.slice %731 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf32>
  %734 = graph.concat %732, %733 axis = 1 : tensor<1x11x14x512xf32>, tensor<1x3x14x512xf32>
  %735 = graph.slice %734 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %736 = graph.slice %734 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf32>
  %737 = graph.concat %735, %736 axis = 2 : tensor<1x14x11x512xf32>, tensor<1x14x3x512xf32>
  %738 = graph.reshape %737 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %739 = graph.transpose %738 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %740 = graph.reshape %739 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %741 = graph.matmul %740, %s2_b13_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %742 = graph.add %741, %s2_b13_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %743:3 = graph.split %742 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %744 = graph.reshape %743#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %745 = graph.transpose %744 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %746 = graph.reshape %743#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %747 = graph.transpose %746 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %748 = graph.matmul %745, %747 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %749 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %750 = graph.mul %748, %749 : tensor<4x16x49x49xf32>, tensor<f32>
  %751 = graph.add %750, %s2_b13_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %752 = graph.add %751, %s2_b13_attn_mask : tensor<4x16x49x49xf32>, tensor<4x1x49x49xf32>
  %753 = graph.softmax %752 : tensor<4x16x49x49xf32>
  %754 = graph.reshape %743#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %755 = graph.transpose %754 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %756 = graph.matmul %753, %755 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %757 = graph.transpose %756 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %758 = graph.reshape %757 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %759 = graph.matmul %758, %s2_b13_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %760 = graph.add %759, %s2_b13_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %761 = graph.reshape %760 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %762 = graph.transpose %761 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %763 = graph.reshape %762 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %764 = graph.slice %763 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %765 = graph.slice %763 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf32>
  %766 = graph.concat %764, %765 axis = 1 : tensor<1x3x14x512xf32>, tensor<1x11x14x512xf32>
  %767 = graph.slice %766 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %768 = graph.slice %766 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf32>
  %769 = graph.concat %767, %768 axis = 2 : tensor<1x14x3x512xf32>, tensor<1x14x11x512xf32>
  %770 = graph.reshape %769 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %771 = graph.add %729, %770 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %772 = graph.layer_norm %771, %s2_b13_norm2_g, %s2_b13_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %773 = graph.matmul %772, %s2_b13_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %774 = graph.add %773, %s2_b13_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %775 = graph.gelu %774 : tensor<1x196x2048xf32>
  %776 = graph.matmul %775, %s2_b13_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %777 = graph.add %776, %s2_b13_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %778 = graph.add %771, %777 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %779 = graph.layer_norm %778, %s2_b14_norm1_g, %s2_b14_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %780 = graph.reshape %779 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %781 = graph.reshape %780 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %782 = graph.transpose %781 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %783 = graph.reshape %782 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %784 = graph.matmul %783, %s2_b14_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %785 = graph.add %784, %s2_b14_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %786:3 = graph.split %785 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %787 = graph.reshape %786#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %788 = graph.transpose %787 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %789 = graph.reshape %786#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %790 = graph.transpose %789 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %791 = graph.matmul %788, %790 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %792 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %793 = graph.mul %791, %792 : tensor<4x16x49x49xf32>, tensor<f32>
  %794 = graph.add %793, %s2_b14_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %795 = graph.softmax %794 : tensor<4x16x49x49xf32>
  %796 = graph.reshape %786#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %797 = graph.transpose %796 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %798 = graph.matmul %795, %797 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %799 = graph.transpose %798 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %800 = graph.reshape %799 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %801 = graph.matmul %800, %s2_b14_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %802 = graph.add %801, %s2_b14_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %803 = graph.reshape %802 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %804 = graph.transpose %803 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %805 = graph.reshape %804 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %806 = graph.reshape %805 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %807 = graph.add %778, %806 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %808 = graph.layer_norm %807, %s2_b14_norm2_g, %s2_b14_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %809 = graph.matmul %808, %s2_b14_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %810 = graph.add %809, %s2_b14_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %811 = graph.gelu %810 : tensor<1x196x2048xf32>
  %812 = graph.matmul %811, %s2_b14_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %813 = graph.add %812, %s2_b14_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %814 = graph.add %807, %813 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %815 = graph.layer_norm %814, %s2_b15_norm1_g, %s2_b15_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %816 = graph.reshape %815 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %817 = graph.slice %816 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %818 = graph.slice %816 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf32>
  %819 = graph.concat %817, %818 axis = 1 : tensor<1x11x14x512xf32>, tensor<1x3x14x512xf32>
  %820 = graph.slice %819 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %821 = graph.slice %819 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf32>
  %822 = graph.concat %820, %821 axis = 2 : tensor<1x14x11x512xf32>, tensor<1x14x3x512xf32>
  %823 = graph.reshape %822 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %824 = graph.transpose %823 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %825 = graph.reshape %824 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %826 = graph.matmul %825, %s2_b15_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %827 = graph.add %826, %s2_b15_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %828:3 = graph.split %827 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %829 = graph.reshape %828#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %830 = graph.transpose %829 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %831 = graph.reshape %828#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %832 = graph.transpose %831 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %833 = graph.matmul %830, %832 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %834 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %835 = graph.mul %833, %834 : tensor<4x16x49x49xf32>, tensor<f32>
  %836 = graph.add %835, %s2_b15_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %837 = graph.add %836, %s2_b15_attn_mask : tensor<4x16x49x49xf32>, tensor<4x1x49x49xf32>
  %838 = graph.softmax %837 : tensor<4x16x49x49xf32>
  %839 = graph.reshape %828#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %840 = graph.transpose %839 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %841 = graph.matmul %838, %840 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %842 = graph.transpose %841 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %843 = graph.reshape %842 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %844 = graph.matmul %843, %s2_b15_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %845 = graph.add %844, %s2_b15_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %846 = graph.reshape %845 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %847 = graph.transpose %846 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %848 = graph.reshape %847 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %849 = graph.slice %848 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %850 = graph.slice %848 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf32>
  %851 = graph.concat %849, %850 axis = 1 : tensor<1x3x14x512xf32>, tensor<1x11x14x512xf32>
  %852 = graph.slice %851 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %853 = graph.slice %851 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf32>
  %854 = graph.concat %852, %853 axis = 2 : tensor<1x14x3x512xf32>, tensor<1x14x11x512xf32>
  %855 = graph.reshape %854 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %856 = graph.add %814, %855 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %857 = graph.layer_norm %856, %s2_b15_norm2_g, %s2_b15_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %858 = graph.matmul %857, %s2_b15_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %859 = graph.add %858, %s2_b15_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %860 = graph.gelu %859 : tensor<1x196x2048xf32>
  %861 = graph.matmul %860, %s2_b15_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %862 = graph.add %861, %s2_b15_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %863 = graph.add %856, %862 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %864 = graph.layer_norm %863, %s2_b16_norm1_g, %s2_b16_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %865 = graph.reshape %864 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %866 = graph.reshape %865 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %867 = graph.transpose %866 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %868 = graph.reshape %867 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %869 = graph.matmul %868, %s2_b16_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %870 = graph.add %869, %s2_b16_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %871:3 = graph.split %870 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %872 = graph.reshape %871#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %873 = graph.transpose %872 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %874 = graph.reshape %871#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %875 = graph.transpose %874 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %876 = graph.matmul %873, %875 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %877 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %878 = graph.mul %876, %877 : tensor<4x16x49x49xf32>, tensor<f32>
  %879 = graph.add %878, %s2_b16_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %880 = graph.softmax %879 : tensor<4x16x49x49xf32>
  %881 = graph.reshape %871#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %882 = graph.transpose %881 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %883 = graph.matmul %880, %882 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %884 = graph.transpose %883 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %885 = graph.reshape %884 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %886 = graph.matmul %885, %s2_b16_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %887 = graph.add %886, %s2_b16_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %888 = graph.reshape %887 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %889 = graph.transpose %888 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %890 = graph.reshape %889 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %891 = graph.reshape %890 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %892 = graph.add %863, %891 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %893 = graph.layer_norm %892, %s2_b16_norm2_g, %s2_b16_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %894 = graph.matmul %893, %s2_b16_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %895 = graph.add %894, %s2_b16_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %896 = graph.gelu %895 : tensor<1x196x2048xf32>
  %897 = graph.matmul %896, %s2_b16_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %898 = graph.add %897, %s2_b16_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %899 = graph.add %892, %898 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %900 = graph.layer_norm %899, %s2_b17_norm1_g, %s2_b17_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %901 = graph.reshape %900 : tensor<1x196x512xf32> to tensor<1x14x14x512xf32>
  %902 = graph.slice %901 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %903 = graph.slice %901 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf32>
  %904 = graph.concat %902, %903 axis = 1 : tensor<1x11x14x512xf32>, tensor<1x3x14x512xf32>
  %905 = graph.slice %904 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %906 = graph.slice %904 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf32>
  %907 = graph.concat %905, %906 axis = 2 : tensor<1x14x11x512xf32>, tensor<1x14x3x512xf32>
  %908 = graph.reshape %907 : tensor<1x14x14x512xf32> to tensor<1x2x7x2x7x512xf32>
  %909 = graph.transpose %908 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf32>
  %910 = graph.reshape %909 : tensor<1x2x2x7x7x512xf32> to tensor<4x49x512xf32>
  %911 = graph.matmul %910, %s2_b17_qkv_w : tensor<4x49x512xf32>, tensor<512x1536xf32>
  %912 = graph.add %911, %s2_b17_qkv_b : tensor<4x49x1536xf32>, tensor<1536xf32>
  %913:3 = graph.split %912 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf32>
  %914 = graph.reshape %913#0 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %915 = graph.transpose %914 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %916 = graph.reshape %913#1 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %917 = graph.transpose %916 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf32>
  %918 = graph.matmul %915, %917 : tensor<4x16x49x32xf32>, tensor<4x16x32x49xf32>
  %919 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %920 = graph.mul %918, %919 : tensor<4x16x49x49xf32>, tensor<f32>
  %921 = graph.add %920, %s2_b17_rel_bias : tensor<4x16x49x49xf32>, tensor<16x49x49xf32>
  %922 = graph.add %921, %s2_b17_attn_mask : tensor<4x16x49x49xf32>, tensor<4x1x49x49xf32>
  %923 = graph.softmax %922 : tensor<4x16x49x49xf32>
  %924 = graph.reshape %913#2 : tensor<4x49x512xf32> to tensor<4x49x16x32xf32>
  %925 = graph.transpose %924 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf32>
  %926 = graph.matmul %923, %925 : tensor<4x16x49x49xf32>, tensor<4x16x49x32xf32>
  %927 = graph.transpose %926 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf32>
  %928 = graph.reshape %927 : tensor<4x49x16x32xf32> to tensor<4x49x512xf32>
  %929 = graph.matmul %928, %s2_b17_proj_w : tensor<4x49x512xf32>, tensor<512x512xf32>
  %930 = graph.add %929, %s2_b17_proj_b : tensor<4x49x512xf32>, tensor<512xf32>
  %931 = graph.reshape %930 : tensor<4x49x512xf32> to tensor<1x2x2x7x7x512xf32>
  %932 = graph.transpose %931 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf32>
  %933 = graph.reshape %932 : tensor<1x2x7x2x7x512xf32> to tensor<1x14x14x512xf32>
  %934 = graph.slice %933 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf32>
  %935 = graph.slice %933 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf32>
  %936 = graph.concat %934, %935 axis = 1 : tensor<1x3x14x512xf32>, tensor<1x11x14x512xf32>
  %937 = graph.slice %936 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf32>
  %938 = graph.slice %936 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf32>
  %939 = graph.concat %937, %938 axis = 2 : tensor<1x14x3x512xf32>, tensor<1x14x11x512xf32>
  %940 = graph.reshape %939 : tensor<1x14x14x512xf32> to tensor<1x196x512xf32>
  %941 = graph.add %899, %940 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %942 = graph.layer_norm %941, %s2_b17_norm2_g, %s2_b17_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf32>, tensor<512xf32>
  %943 = graph.matmul %942, %s2_b17_fc1_w : tensor<1x196x512xf32>, tensor<512x2048xf32>
  %944 = graph.add %943, %s2_b17_fc1_b : tensor<1x196x2048xf32>, tensor<2048xf32>
  %945 = graph.gelu %944 : tensor<1x196x2048xf32>
  %946 = graph.matmul %945, %s2_b17_fc2_w : tensor<1x196x2048xf32>, tensor<2048x512xf32>
  %947 = graph.add %946, %s2_b17_fc2_b : tensor<1x196x512xf32>, tensor<512xf32>
  %948 = graph.add %941, %947 : tensor<1x196x512xf32>, tensor<1x196x512xf32>
  %949 = graph.reshape %948 : tensor<1x196x512xf32> to tensor<1x7x2x7x2x512xf32>
  %950 = graph.transpose %949 perm = [0, 1, 3, 4, 2, 5] : tensor<1x7x2x7x2x512xf32>
  %951 = graph.reshape %950 : tensor<1x7x7x2x2x512xf32> to tensor<1x49x2048xf32>
  %952 = graph.layer_norm %951, %s2_merge_norm_g, %s2_merge_norm_b epsilon = 1.00000000e-5 : tensor<1x49x2048xf32>, tensor<2048xf32>
  %953 = graph.matmul %952, %s2_merge_reduction_w : tensor<1x49x2048xf32>, tensor<2048x1024xf32>
  %954 = graph.layer_norm %953, %s3_b0_norm1_g, %s3_b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf32>, tensor<1024xf32>
  %955 = graph.reshape %954 : tensor<1x49x1024xf32> to tensor<1x7x7x1024xf32>
  %956 = graph.reshape %955 : tensor<1x7x7x1024xf32> to tensor<1x1x7x1x7x1024xf32>
  %957 = graph.transpose %956 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x7x1x7x1024xf32>
  %958 = graph.reshape %957 : tensor<1x1x1x7x7x1024xf32> to tensor<1x49x1024xf32>
  %959 = graph.matmul %958, %s3_b0_qkv_w : tensor<1x49x1024xf32>, tensor<1024x3072xf32>
  %960 = graph.add %959, %s3_b0_qkv_b : tensor<1x49x3072xf32>, tensor<3072xf32>
  %961:3 = graph.split %960 axis = 2 sizes = [1024, 1024, 1024] : tensor<1x49x3072xf32>
  %962 = graph.reshape %961#0 : tensor<1x49x1024xf32> to tensor<1x49x32x32xf32>
  %963 = graph.transpose %962 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf32>
  %964 = graph.reshape %961#1 : tensor<1x49x1024xf32> to tensor<1x49x32x32xf32>
  %965 = graph.transpose %964 perm = [0, 2, 3, 1] : tensor<1x49x32x32xf32>
  %966 = graph.matmul %963, %965 : tensor<1x32x49x32xf32>, tensor<1x32x32x49xf32>
  %967 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %968 = graph.mul %966, %967 : tensor<1x32x49x49xf32>, tensor<f32>
  %969 = graph.add %968, %s3_b0_rel_bias : tensor<1x32x49x49xf32>, tensor<32x49x49xf32>
  %970 = graph.softmax %969 : tensor<1x32x49x49xf32>
  %971 = graph.reshape %961#2 : tensor<1x49x1024xf32> to tensor<1x49x32x32xf32>
  %972 = graph.transpose %971 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf32>
  %973 = graph.matmul %970, %972 : tensor<1x32x49x49xf32>, tensor<1x32x49x32xf32>
  %974 = graph.transpose %973 perm = [0, 2, 1, 3] : tensor<1x32x49x32xf32>
  %975 = graph.reshape %974 : tensor<1x49x32x32xf32> to tensor<1x49x1024xf32>
  %976 = graph.matmul %975, %s3_b0_proj_w : tensor<1x49x1024xf32>, tensor<1024x1024xf32>
  %977 = graph.add %976, %s3_b0_proj_b : tensor<1x49x1024xf32>, tensor<1024xf32>
  %978 = graph.reshape %977 : tensor<1x49x1024xf32> to tensor<1x1x1x7x7x1024xf32>
  %979 = graph.transpose %978 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x1x7x7x1024xf32>
  %980 = graph.reshape %979 : tensor<1x1x7x1x7x1024xf32> to tensor<1x7x7x1024xf32>
  %981 = graph.reshape %980 : tensor<1x7x7x1024xf32> to tensor<1x49x1024xf32>
  %982 = graph.add %953, %981 : tensor<1x49x1024xf32>, tensor<1x49x1024xf32>
  %983 = graph.layer_norm %982, %s3_b0_norm2_g, %s3_b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf32>, tensor<1024xf32>
  %984 = graph.matmul %983, %s3_b0_fc1_w : tensor<1x49x1024xf32>, tensor<1024x4096xf32>
  %985 = graph.add %984, %s3_b0_fc1_b : tensor<1x49x4096xf32>, tensor<4096xf32>
  %986 = graph.gelu %985 : tensor<1x49x4096xf32>
  %987 = graph.matmul %986, %s3_b0_fc2_w : tensor<1x49x4096xf32>, tensor<4096x1024xf32>
  %988 = graph.add %987, %s3_b0_fc2_b : tensor<1x49x1024xf32>, tensor<1024xf32>
  %989 = graph.add %982, %988 : tensor<1x49x1024xf32>, tensor<1x49x1024xf32>
  %990 = graph.layer_norm %989, %s3_b1_norm1_g, %s3_b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf32>, tensor<1024xf32>
  %991 = graph.reshape %990 : tensor<1x49x1024xf32> to tensor<1x7x7x1024xf32>
  %992 = graph.reshape %991 : tensor<1x7x7x1024xf32> to tensor<1x1x7x1x7x1024xf32>
  %993 = graph.transpose %992 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x7x1x7x1024xf32>
  %994 = graph.reshape %993 : tensor<1x1x1x7x7x1024xf32> to tensor<1x49x1024xf32>
  %995 = graph.matmul %994, %s3_b1_qkv_w : tensor<1x49x1024xf32>, tensor<1024x3072xf32>
  %996 = graph.add %995, %s3_b1_qkv_b : tensor<1x49x3072xf32>, tensor<3072xf32>
  %997:3 = graph.split %996 axis = 2 sizes = [1024, 1024, 1024] : tensor<1x49x3072xf32>
  %998 = graph.reshape %997#0 : tensor<1x49x1024xf32> to tensor<1x49x32x32xf32>
  %999 = graph.transpose %998 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf32>
  %1000 = graph.reshape %997#1 : tensor<1x49x1024xf32> to tensor<1x49x32x32xf32>
  %1001 = graph.transpose %1000 perm = [0, 2, 3, 1] : tensor<1x49x32x32xf32>
  %1002 = graph.matmul %999, %1001 : tensor<1x32x49x32xf32>, tensor<1x32x32x49xf32>
  %1003 = graph.constant dense<1.76776695e-1> : tensor<f32>
  %1004 = graph.mul %1002, %1003 : tensor<1x32x49x49xf32>, tensor<f32>
  %1005 = graph.add %1004, %s3_b1_rel_bias : tensor<1x32x49x49xf32>, tensor<32x49x49xf32>
  %1006 = graph.softmax %1005 : tensor<1x32x49x49xf32>
  %1007 = graph.reshape %997#2 : tensor<1x49x1024xf32> to tensor<1x49x32x32xf32>
  %1008 = graph.transpose %1007 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf32>
  %1009 = graph.matmul %1006, %1008 : tensor<1x32x49x49xf32>, tensor<1x32x49x32xf32>
  %1010 = graph.transpose %1009 perm = [0, 2, 1, 3] : tensor<1x32x49x32xf32>
  %1011 = graph.reshape %1010 : tensor<1x49x32x32xf32> to tensor<1x49x1024xf32>
  %1012 = graph.matmul %1011, %s3_b1_proj_w : tensor<1x49x1024xf32>, tensor<1024x1024xf32>
  %1013 = graph.add %1012, %s3_b1_proj_b : tensor<1x49x1024xf32>, tensor<1024xf32>
  %1014 = graph.reshape %1013 : tensor<1x49x1024xf32> to tensor<1x1x1x7x7x1024xf32>
  %1015 = graph.transpose %1014 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x1x7x7x1024xf32>
  %1016 = graph.reshape %1015 : tensor<1x1x7x1x7x1024xf32> to tensor<1x7x7x1024xf32>
  %1017 = graph.reshape %1016 : tensor<1x7x7x1024xf32> to tensor<1x49x1024xf32>
  %1018 = graph.add %989, %1017 : tensor<1x49x1024xf32>, tensor<1x49x1024xf32>
  %1019 = graph.layer_norm %1018, %s3_b1_norm2_g, %s3_b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf32>, tensor<1024xf32>
  %1020 = graph.matmul %1019, %s3_b1_fc1_w : tensor<1x49x1024xf32>, tensor<1024x4096xf32>
  %1021 = graph.add %1020, %s3_b1_fc1_b : tensor<1x49x4096xf32>, tensor<4096xf32>
  %1022 = graph.gelu %1021 : tensor<1x49x4096xf32>
  %1023 = graph.matmul %1022, %s3_b1_fc2_w : tensor<1x49x4096xf32>, tensor<4096x1024xf32>
  %1024 = graph.add %1023, %s3_b1_fc2_b : tensor<1x49x1024xf32>, tensor<1024xf32>
  %1025 = graph.add %1018, %1024 : tensor<1x49x1024xf32>, tensor<1x49x1024xf32>
  %1026 = graph.layer_norm %1025, %norm_g, %norm_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf32>, tensor<1024xf32>
  %1027 = graph.reduce_mean %1026 axes = [1] : tensor<1x49x1024xf32>
  %1028 = graph.matmul %1027, %head_w : tensor<1x1024xf32>, tensor<1024x1000xf32>
  %1029 = graph.add %1028, %head_b : tensor<1x1000xf32>, tensor<1000xf32>
  return %1029 : tensor<1x1000xf32>
}
