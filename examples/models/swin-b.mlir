// Swin Transformer: patch 4, window 7, embedding 128, depths 2/2/18/2, heads 4/8/16/32, at 224x224, 1000 classes, f16.
func.func @main(%image: tensor<1x3x224x224xf16> {dlc.name = "image"}, %patch_embed_w: tensor<128x3x4x4xf16> {dlc.name = "patch_embed.w"}, %patch_embed_b: tensor<128xf16> {dlc.name = "patch_embed.b"}, %patch_embed_norm_g: tensor<128xf16> {dlc.name = "patch_embed.norm.g"}, %patch_embed_norm_b: tensor<128xf16> {dlc.name = "patch_embed.norm.b"}, %s0_b0_norm1_g: tensor<128xf16> {dlc.name = "s0.b0.norm1.g"}, %s0_b0_norm1_b: tensor<128xf16> {dlc.name = "s0.b0.norm1.b"}, %s0_b0_qkv_w: tensor<128x384xf16> {dlc.name = "s0.b0.qkv.w"}, %s0_b0_qkv_b: tensor<384xf16> {dlc.name = "s0.b0.qkv.b"}, %s0_b0_rel_bias: tensor<4x49x49xf16> {dlc.name = "s0.b0.rel_bias"}, %s0_b0_proj_w: tensor<128x128xf16> {dlc.name = "s0.b0.proj.w"}, %s0_b0_proj_b: tensor<128xf16> {dlc.name = "s0.b0.proj.b"}, %s0_b0_norm2_g: tensor<128xf16> {dlc.name = "s0.b0.norm2.g"}, %s0_b0_norm2_b: tensor<128xf16> {dlc.name = "s0.b0.norm2.b"}, %s0_b0_fc1_w: tensor<128x512xf16> {dlc.name = "s0.b0.fc1.w"}, %s0_b0_fc1_b: tensor<512xf16> {dlc.name = "s0.b0.fc1.b"}, %s0_b0_fc2_w: tensor<512x128xf16> {dlc.name = "s0.b0.fc2.w"}, %s0_b0_fc2_b: tensor<128xf16> {dlc.name = "s0.b0.fc2.b"}, %s0_b1_norm1_g: tensor<128xf16> {dlc.name = "s0.b1.norm1.g"}, %s0_b1_norm1_b: tensor<128xf16> {dlc.name = "s0.b1.norm1.b"}, %s0_b1_qkv_w: tensor<128x384xf16> {dlc.name = "s0.b1.qkv.w"}, %s0_b1_qkv_b: tensor<384xf16> {dlc.name = "s0.b1.qkv.b"}, %s0_b1_rel_bias: tensor<4x49x49xf16> {dlc.name = "s0.b1.rel_bias"}, %s0_b1_attn_mask: tensor<64x1x49x49xf16> {dlc.name = "s0.b1.attn_mask"}, %s0_b1_proj_w: tensor<128x128xf16> {dlc.name = "s0.b1.proj.w"}, %s0_b1_proj_b: tensor<128xf16> {dlc.name = "s0.b1.proj.b"}, %s0_b1_norm2_g: tensor<128xf16> {dlc.name = "s0.b1.norm2.g"}, %s0_b1_norm2_b: tensor<128xf16> {dlc.name = "s0.b1.norm2.b"}, %s0_b1_fc1_w: tensor<128x512xf16> {dlc.name = "s0.b1.fc1.w"}, %s0_b1_fc1_b: tensor<512xf16> {dlc.name = "s0.b1.fc1.b"}, %s0_b1_fc2_w: tensor<512x128xf16> {dlc.name = "s0.b1.fc2.w"}, %s0_b1_fc2_b: tensor<128xf16> {dlc.name = "s0.b1.fc2.b"}, %s0_merge_norm_g: tensor<512xf16> {dlc.name = "s0.merge.norm.g"}, %s0_merge_norm_b: tensor<512xf16> {dlc.name = "s0.merge.norm.b"}, %s0_merge_reduction_w: tensor<512x256xf16> {dlc.name = "s0.merge.reduction.w"}, %s1_b0_norm1_g: tensor<256xf16> {dlc.name = "s1.b0.norm1.g"}, %s1_b0_norm1_b: tensor<256xf16> {dlc.name = "s1.b0.norm1.b"}, %s1_b0_qkv_w: tensor<256x768xf16> {dlc.name = "s1.b0.qkv.w"}, %s1_b0_qkv_b: tensor<768xf16> {dlc.name = "s1.b0.qkv.b"}, %s1_b0_rel_bias: tensor<8x49x49xf16> {dlc.name = "s1.b0.rel_bias"}, %s1_b0_proj_w: tensor<256x256xf16> {dlc.name = "s1.b0.proj.w"}, %s1_b0_proj_b: tensor<256xf16> {dlc.name = "s1.b0.proj.b"}, %s1_b0_norm2_g: tensor<256xf16> {dlc.name = "s1.b0.norm2.g"}, %s1_b0_norm2_b: tensor<256xf16> {dlc.name = "s1.b0.norm2.b"}, %s1_b0_fc1_w: tensor<256x1024xf16> {dlc.name = "s1.b0.fc1.w"}, %s1_b0_fc1_b: tensor<1024xf16> {dlc.name = "s1.b0.fc1.b"}, %s1_b0_fc2_w: tensor<1024x256xf16> {dlc.name = "s1.b0.fc2.w"}, %s1_b0_fc2_b: tensor<256xf16> {dlc.name = "s1.b0.fc2.b"}, %s1_b1_norm1_g: tensor<256xf16> {dlc.name = "s1.b1.norm1.g"}, %s1_b1_norm1_b: tensor<256xf16> {dlc.name = "s1.b1.norm1.b"}, %s1_b1_qkv_w: tensor<256x768xf16> {dlc.name = "s1.b1.qkv.w"}, %s1_b1_qkv_b: tensor<768xf16> {dlc.name = "s1.b1.qkv.b"}, %s1_b1_rel_bias: tensor<8x49x49xf16> {dlc.name = "s1.b1.rel_bias"}, %s1_b1_attn_mask: tensor<16x1x49x49xf16> {dlc.name = "s1.b1.attn_mask"}, %s1_b1_proj_w: tensor<256x256xf16> {dlc.name = "s1.b1.proj.w"}, %s1_b1_proj_b: tensor<256xf16> {dlc.name = "s1.b1.proj.b"}, %s1_b1_norm2_g: tensor<256xf16> {dlc.name = "s1.b1.norm2.g"}, %s1_b1_norm2_b: tensor<256xf16> {dlc.name = "s1.b1.norm2.b"}, %s1_b1_fc1_w: tensor<256x1024xf16> {dlc.name = "s1.b1.fc1.w"}, %s1_b1_fc1_b: tensor<1024xf16> {dlc.name = "s1.b1.fc1.b"}, %s1_b1_fc2_w: tensor<1024x256xf16> {dlc.name = "s1.b1.fc2.w"}, %s1_b1_fc2_b: tensor<256xf16> {dlc.name = "s1.b1.fc2.b"}, %s1_merge_norm_g: tensor<1024xf16> {dlc.name = "s1.merge.norm.g"}, %s1_merge_norm_b: tensor<1024xf16> {dlc.name = "s1.merge.norm.b"}, %s1_merge_reduction_w: tensor<1024x512xf16> {dlc.name = "s1.merge.reduction.w"}, %s2_b0_norm1_g: tensor<512xf16> {dlc.name = "s2.b0.norm1.g"}, %s2_b0_norm1_b: tensor<512xf16> {dlc.name = "s2.b0.norm1.b"}, %s2_b0_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b0.qkv.w"}, %s2_b0_qkv_b: tensor<1536xf16> {dlc.name = "s2.b0.qkv.b"}, %s2_b0_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b0.rel_bias"}, %s2_b0_proj_w: tensor<512x512xf16> {dlc.name = "s2.b0.proj.w"}, %s2_b0_proj_b: tensor<512xf16> {dlc.name = "s2.b0.proj.b"}, %s2_b0_norm2_g: tensor<512xf16> {dlc.name = "s2.b0.norm2.g"}, %s2_b0_norm2_b: tensor<512xf16> {dlc.name = "s2.b0.norm2.b"}, %s2_b0_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b0.fc1.w"}, %s2_b0_fc1_b: tensor<2048xf16> {dlc.name = "s2.b0.fc1.b"}, %s2_b0_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b0.fc2.w"}, %s2_b0_fc2_b: tensor<512xf16> {dlc.name = "s2.b0.fc2.b"}, %s2_b1_norm1_g: tensor<512xf16> {dlc.name = "s2.b1.norm1.g"}, %s2_b1_norm1_b: tensor<512xf16> {dlc.name = "s2.b1.norm1.b"}, %s2_b1_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b1.qkv.w"}, %s2_b1_qkv_b: tensor<1536xf16> {dlc.name = "s2.b1.qkv.b"}, %s2_b1_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b1.rel_bias"}, %s2_b1_attn_mask: tensor<4x1x49x49xf16> {dlc.name = "s2.b1.attn_mask"}, %s2_b1_proj_w: tensor<512x512xf16> {dlc.name = "s2.b1.proj.w"}, %s2_b1_proj_b: tensor<512xf16> {dlc.name = "s2.b1.proj.b"}, %s2_b1_norm2_g: tensor<512xf16> {dlc.name = "s2.b1.norm2.g"}, %s2_b1_norm2_b: tensor<512xf16> {dlc.name = "s2.b1.norm2.b"}, %s2_b1_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b1.fc1.w"}, %s2_b1_fc1_b: tensor<2048xf16> {dlc.name = "s2.b1.fc1.b"}, %s2_b1_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b1.fc2.w"}, %s2_b1_fc2_b: tensor<512xf16> {dlc.name = "s2.b1.fc2.b"}, %s2_b2_norm1_g: tensor<512xf16> {dlc.name = "s2.b2.norm1.g"}, %s2_b2_norm1_b: tensor<512xf16> {dlc.name = "s2.b2.norm1.b"}, %s2_b2_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b2.qkv.w"}, %s2_b2_qkv_b: tensor<1536xf16> {dlc.name = "s2.b2.qkv.b"}, %s2_b2_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b2.rel_bias"}, %s2_b2_proj_w: tensor<512x512xf16> {dlc.name = "s2.b2.proj.w"}, %s2_b2_proj_b: tensor<512xf16> {dlc.name = "s2.b2.proj.b"}, %s2_b2_norm2_g: tensor<512xf16> {dlc.name = "s2.b2.norm2.g"}, %s2_b2_norm2_b: tensor<512xf16> {dlc.name = "s2.b2.norm2.b"}, %s2_b2_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b2.fc1.w"}, %s2_b2_fc1_b: tensor<2048xf16> {dlc.name = "s2.b2.fc1.b"}, %s2_b2_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b2.fc2.w"}, %s2_b2_fc2_b: tensor<512xf16> {dlc.name = "s2.b2.fc2.b"}, %s2_b3_norm1_g: tensor<512xf16> {dlc.name = "s2.b3.norm1.g"}, %s2_b3_norm1_b: tensor<512xf16> {dlc.name = "s2.b3.norm1.b"}, %s2_b3_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b3.qkv.w"}, %s2_b3_qkv_b: tensor<1536xf16> {dlc.name = "s2.b3.qkv.b"}, %s2_b3_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b3.rel_bias"}, %s2_b3_attn_mask: tensor<4x1x49x49xf16> {dlc.name = "s2.b3.attn_mask"}, %s2_b3_proj_w: tensor<512x512xf16> {dlc.name = "s2.b3.proj.w"}, %s2_b3_proj_b: tensor<512xf16> {dlc.name = "s2.b3.proj.b"}, %s2_b3_norm2_g: tensor<512xf16> {dlc.name = "s2.b3.norm2.g"}, %s2_b3_norm2_b: tensor<512xf16> {dlc.name = "s2.b3.norm2.b"}, %s2_b3_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b3.fc1.w"}, %s2_b3_fc1_b: tensor<2048xf16> {dlc.name = "s2.b3.fc1.b"}, %s2_b3_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b3.fc2.w"}, %s2_b3_fc2_b: tensor<512xf16> {dlc.name = "s2.b3.fc2.b"}, %s2_b4_norm1_g: tensor<512xf16> {dlc.name = "s2.b4.norm1.g"}, %s2_b4_norm1_b: tensor<512xf16> {dlc.name = "s2.b4.norm1.b"}, %s2_b4_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b4.qkv.w"}, %s2_b4_qkv_b: tensor<1536xf16> {dlc.name = "s2.b4.qkv.b"}, %s2_b4_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b4.rel_bias"}, %s2_b4_proj_w: tensor<512x512xf16> {dlc.name = "s2.b4.proj.w"}, %s2_b4_proj_b: tensor<512xf16> {dlc.name = "s2.b4.proj.b"}, %s2_b4_norm2_g: tensor<512xf16> {dlc.name = "s2.b4.norm2.g"}, %s2_b4_norm2_b: tensor<512xf16> {dlc.name = "s2.b4.norm2.b"}, %s2_b4_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b4.fc1.w"}, %s2_b4_fc1_b: tensor<2048xf16> {dlc.name = "s2.b4.fc1.b"}, %s2_b4_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b4.fc2.w"}, %s2_b4_fc2_b: tensor<512xf16> {dlc.name = "s2.b4.fc2.b"}, %s2_b5_norm1_g: tensor<512xf16> {dlc.name = "s2.b5.norm1.g"}, %s2_b5_norm1_b: tensor<512xf16> {dlc.name = "s2.b5.norm1.b"}, %s2_b5_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b5.qkv.w"}, %s2_b5_qkv_b: tensor<1536xf16> {dlc.name = "s2.b5.qkv.b"}, %s2_b5_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b5.rel_bias"}, %s2_b5_attn_mask: tensor<4x1x49x49xf16> {dlc.name = "s2.b5.attn_mask"}, %s2_b5_proj_w: tensor<512x512xf16> {dlc.name = "s2.b5.proj.w"}, %s2_b5_proj_b: tensor<512xf16> {dlc.name = "s2.b5.proj.b"}, %s2_b5_norm2_g: tensor<512xf16> {dlc.name = "s2.b5.norm2.g"}, %s2_b5_norm2_b: tensor<512xf16> {dlc.name = "s2.b5.norm2.b"}, %s2_b5_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b5.fc1.w"}, %s2_b5_fc1_b: tensor<2048xf16> {dlc.name = "s2.b5.fc1.b"}, %s2_b5_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b5.fc2.w"}, %s2_b5_fc2_b: tensor<512xf16> {dlc.name = "s2.b5.fc2.b"}, %s2_b6_norm1_g: tensor<512xf16> {dlc.name = "s2.b6.norm1.g"}, %s2_b6_norm1_b: tensor<512xf16> {dlc.name = "s2.b6.norm1.b"}, %s2_b6_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b6.qkv.w"}, %s2_b6_qkv_b: tensor<1536xf16> {dlc.name = "s2.b6.qkv.b"}, %s2_b6_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b6.rel_bias"}, %s2_b6_proj_w: tensor<512x512xf16> {dlc.name = "s2.b6.proj.w"}, %s2_b6_proj_b: tensor<512xf16> {dlc.name = "s2.b6.proj.b"}, %s2_b6_norm2_g: tensor<512xf16> {dlc.name = "s2.b6.norm2.g"}, %s2_b6_norm2_b: tensor<512xf16> {dlc.name = "s2.b6.norm2.b"}, %s2_b6_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b6.fc1.w"}, %s2_b6_fc1_b: tensor<2048xf16> {dlc.name = "s2.b6.fc1.b"}, %s2_b6_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b6.fc2.w"}, %s2_b6_fc2_b: tensor<512xf16> {dlc.name = "s2.b6.fc2.b"}, %s2_b7_norm1_g: tensor<512xf16> {dlc.name = "s2.b7.norm1.g"}, %s2_b7_norm1_b: tensor<512xf16> {dlc.name = "s2.b7.norm1.b"}, %s2_b7_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b7.qkv.w"}, %s2_b7_qkv_b: tensor<1536xf16> {dlc.name = "s2.b7.qkv.b"}, %s2_b7_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b7.rel_bias"}, %s2_b7_attn_mask: tensor<4x1x49x49xf16> {dlc.name = "s2.b7.attn_mask"}, %s2_b7_proj_w: tensor<512x512xf16> {dlc.name = "s2.b7.proj.w"}, %s2_b7_proj_b: tensor<512xf16> {dlc.name = "s2.b7.proj.b"}, %s2_b7_norm2_g: tensor<512xf16> {dlc.name = "s2.b7.norm2.g"}, %s2_b7_norm2_b: tensor<512xf16> {dlc.name = "s2.b7.norm2.b"}, %s2_b7_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b7.fc1.w"}, %s2_b7_fc1_b: tensor<2048xf16> {dlc.name = "s2.b7.fc1.b"}, %s2_b7_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b7.fc2.w"}, %s2_b7_fc2_b: tensor<512xf16> {dlc.name = "s2.b7.fc2.b"}, %s2_b8_norm1_g: tensor<512xf16> {dlc.name = "s2.b8.norm1.g"}, %s2_b8_norm1_b: tensor<512xf16> {dlc.name = "s2.b8.norm1.b"}, %s2_b8_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b8.qkv.w"}, %s2_b8_qkv_b: tensor<1536xf16> {dlc.name = "s2.b8.qkv.b"}, %s2_b8_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b8.rel_bias"}, %s2_b8_proj_w: tensor<512x512xf16> {dlc.name = "s2.b8.proj.w"}, %s2_b8_proj_b: tensor<512xf16> {dlc.name = "s2.b8.proj.b"}, %s2_b8_norm2_g: tensor<512xf16> {dlc.name = "s2.b8.norm2.g"}, %s2_b8_norm2_b: tensor<512xf16> {dlc.name = "s2.b8.norm2.b"}, %s2_b8_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b8.fc1.w"}, %s2_b8_fc1_b: tensor<2048xf16> {dlc.name = "s2.b8.fc1.b"}, %s2_b8_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b8.fc2.w"}, %s2_b8_fc2_b: tensor<512xf16> {dlc.name = "s2.b8.fc2.b"}, %s2_b9_norm1_g: tensor<512xf16> {dlc.name = "s2.b9.norm1.g"}, %s2_b9_norm1_b: tensor<512xf16> {dlc.name = "s2.b9.norm1.b"}, %s2_b9_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b9.qkv.w"}, %s2_b9_qkv_b: tensor<1536xf16> {dlc.name = "s2.b9.qkv.b"}, %s2_b9_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b9.rel_bias"}, %s2_b9_attn_mask: tensor<4x1x49x49xf16> {dlc.name = "s2.b9.attn_mask"}, %s2_b9_proj_w: tensor<512x512xf16> {dlc.name = "s2.b9.proj.w"}, %s2_b9_proj_b: tensor<512xf16> {dlc.name = "s2.b9.proj.b"}, %s2_b9_norm2_g: tensor<512xf16> {dlc.name = "s2.b9.norm2.g"}, %s2_b9_norm2_b: tensor<512xf16> {dlc.name = "s2.b9.norm2.b"}, %s2_b9_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b9.fc1.w"}, %s2_b9_fc1_b: tensor<2048xf16> {dlc.name = "s2.b9.fc1.b"}, %s2_b9_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b9.fc2.w"}, %s2_b9_fc2_b: tensor<512xf16> {dlc.name = "s2.b9.fc2.b"}, %s2_b10_norm1_g: tensor<512xf16> {dlc.name = "s2.b10.norm1.g"}, %s2_b10_norm1_b: tensor<512xf16> {dlc.name = "s2.b10.norm1.b"}, %s2_b10_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b10.qkv.w"}, %s2_b10_qkv_b: tensor<1536xf16> {dlc.name = "s2.b10.qkv.b"}, %s2_b10_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b10.rel_bias"}, %s2_b10_proj_w: tensor<512x512xf16> {dlc.name = "s2.b10.proj.w"}, %s2_b10_proj_b: tensor<512xf16> {dlc.name = "s2.b10.proj.b"}, %s2_b10_norm2_g: tensor<512xf16> {dlc.name = "s2.b10.norm2.g"}, %s2_b10_norm2_b: tensor<512xf16> {dlc.name = "s2.b10.norm2.b"}, %s2_b10_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b10.fc1.w"}, %s2_b10_fc1_b: tensor<2048xf16> {dlc.name = "s2.b10.fc1.b"}, %s2_b10_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b10.fc2.w"}, %s2_b10_fc2_b: tensor<512xf16> {dlc.name = "s2.b10.fc2.b"}, %s2_b11_norm1_g: tensor<512xf16> {dlc.name = "s2.b11.norm1.g"}, %s2_b11_norm1_b: tensor<512xf16> {dlc.name = "s2.b11.norm1.b"}, %s2_b11_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b11.qkv.w"}, %s2_b11_qkv_b: tensor<1536xf16> {dlc.name = "s2.b11.qkv.b"}, %s2_b11_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b11.rel_bias"}, %s2_b11_attn_mask: tensor<4x1x49x49xf16> {dlc.name = "s2.b11.attn_mask"}, %s2_b11_proj_w: tensor<512x512xf16> {dlc.name = "s2.b11.proj.w"}, %s2_b11_proj_b: tensor<512xf16> {dlc.name = "s2.b11.proj.b"}, %s2_b11_norm2_g: tensor<512xf16> {dlc.name = "s2.b11.norm2.g"}, %s2_b11_norm2_b: tensor<512xf16> {dlc.name = "s2.b11.norm2.b"}, %s2_b11_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b11.fc1.w"}, %s2_b11_fc1_b: tensor<2048xf16> {dlc.name = "s2.b11.fc1.b"}, %s2_b11_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b11.fc2.w"}, %s2_b11_fc2_b: tensor<512xf16> {dlc.name = "s2.b11.fc2.b"}, %s2_b12_norm1_g: tensor<512xf16> {dlc.name = "s2.b12.norm1.g"}, %s2_b12_norm1_b: tensor<512xf16> {dlc.name = "s2.b12.norm1.b"}, %s2_b12_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b12.qkv.w"}, %s2_b12_qkv_b: tensor<1536xf16> {dlc.name = "s2.b12.qkv.b"}, %s2_b12_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b12.rel_bias"}, %s2_b12_proj_w: tensor<512x512xf16> {dlc.name = "s2.b12.proj.w"}, %s2_b12_proj_b: tensor<512xf16> {dlc.name = "s2.b12.proj.b"}, %s2_b12_norm2_g: tensor<512xf16> {dlc.name = "s2.b12.norm2.g"}, %s2_b12_norm2_b: tensor<512xf16> {dlc.name = "s2.b12.norm2.b"}, %s2_b12_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b12.fc1.w"}, %s2_b12_fc1_b: tensor<2048xf16> {dlc.name = "s2.b12.fc1.b"}, %s2_b12_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b12.fc2.w"}, %s2_b12_fc2_b: tensor<512xf16> {dlc.name = "s2.b12.fc2.b"}, %s2_b13_norm1_g: tensor<512xf16> {dlc.name = "s2.b13.norm1.g"}, %s2_b13_norm1_b: tensor<512xf16> {dlc.name = "s2.b13.norm1.b"}, %s2_b13_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b13.qkv.w"}, %s2_b13_qkv_b: tensor<1536xf16> {dlc.name = "s2.b13.qkv.b"}, %s2_b13_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b13.rel_bias"}, %s2_b13_attn_mask: tensor<4x1x49x49xf16> {dlc.name = "s2.b13.attn_mask"}, %s2_b13_proj_w: tensor<512x512xf16> {dlc.name = "s2.b13.proj.w"}, %s2_b13_proj_b: tensor<512xf16> {dlc.name = "s2.b13.proj.b"}, %s2_b13_norm2_g: tensor<512xf16> {dlc.name = "s2.b13.norm2.g"}, %s2_b13_norm2_b: tensor<512xf16> {dlc.name = "s2.b13.norm2.b"}, %s2_b13_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b13.fc1.w"}, %s2_b13_fc1_b: tensor<2048xf16> {dlc.name = "s2.b13.fc1.b"}, %s2_b13_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b13.fc2.w"}, %s2_b13_fc2_b: tensor<512xf16> {dlc.name = "s2.b13.fc2.b"}, %s2_b14_norm1_g: tensor<512xf16> {dlc.name = "s2.b14.norm1.g"}, %s2_b14_norm1_b: tensor<512xf16> {dlc.name = "s2.b14.norm1.b"}, %s2_b14_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b14.qkv.w"}, %s2_b14_qkv_b: tensor<1536xf16> {dlc.name = "s2.b14.qkv.b"}, %s2_b14_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b14.rel_bias"}, %s2_b14_proj_w: tensor<512x512xf16> {dlc.name = "s2.b14.proj.w"}, %s2_b14_proj_b: tensor<512xf16> {dlc.name = "s2.b14.proj.b"}, %s2_b14_norm2_g: tensor<512xf16> {dlc.name = "s2.b14.norm2.g"}, %s2_b14_norm2_b: tensor<512xf16> {dlc.name = "s2.b14.norm2.b"}, %s2_b14_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b14.fc1.w"}, %s2_b14_fc1_b: tensor<2048xf16> {dlc.name = "s2.b14.fc1.b"}, %s2_b14_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b14.fc2.w"}, %s2_b14_fc2_b: tensor<512xf16> {dlc.name = "s2.b14.fc2.b"}, %s2_b15_norm1_g: tensor<512xf16> {dlc.name = "s2.b15.norm1.g"}, %s2_b15_norm1_b: tensor<512xf16> {dlc.name = "s2.b15.norm1.b"}, %s2_b15_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b15.qkv.w"}, %s2_b15_qkv_b: tensor<1536xf16> {dlc.name = "s2.b15.qkv.b"}, %s2_b15_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b15.rel_bias"}, %s2_b15_attn_mask: tensor<4x1x49x49xf16> {dlc.name = "s2.b15.attn_mask"}, %s2_b15_proj_w: tensor<512x512xf16> {dlc.name = "s2.b15.proj.w"}, %s2_b15_proj_b: tensor<512xf16> {dlc.name = "s2.b15.proj.b"}, %s2_b15_norm2_g: tensor<512xf16> {dlc.name = "s2.b15.norm2.g"}, %s2_b15_norm2_b: tensor<512xf16> {dlc.name = "s2.b15.norm2.b"}, %s2_b15_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b15.fc1.w"}, %s2_b15_fc1_b: tensor<2048xf16> {dlc.name = "s2.b15.fc1.b"}, %s2_b15_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b15.fc2.w"}, %s2_b15_fc2_b: tensor<512xf16> {dlc.name = "s2.b15.fc2.b"}, %s2_b16_norm1_g: tensor<512xf16> {dlc.name = "s2.b16.norm1.g"}, %s2_b16_norm1_b: tensor<512xf16> {dlc.name = "s2.b16.norm1.b"}, %s2_b16_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b16.qkv.w"}, %s2_b16_qkv_b: tensor<1536xf16> {dlc.name = "s2.b16.qkv.b"}, %s2_b16_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b16.rel_bias"}, %s2_b16_proj_w: tensor<512x512xf16> {dlc.name = "s2.b16.proj.w"}, %s2_b16_proj_b: tensor<512xf16> {dlc.name = "s2.b16.proj.b"}, %s2_b16_norm2_g: tensor<512xf16> {dlc.name = "s2.b16.norm2.g"}, %s2_b16_norm2_b: tensor<512xf16> {dlc.name = "s2.b16.norm2.b"}, %s2_b16_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b16.fc1.w"}, %s2_b16_fc1_b: tensor<2048xf16> {dlc.name = "s2.b16.fc1.b"}, %s2_b16_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b16.fc2.w"}, %s2_b16_fc2_b: tensor<512xf16> {dlc.name = "s2.b16.fc2.b"}, %s2_b17_norm1_g: tensor<512xf16> {dlc.name = "s2.b17.norm1.g"}, %s2_b17_norm1_b: tensor<512xf16> {dlc.name = "s2.b17.norm1.b"}, %s2_b17_qkv_w: tensor<512x1536xf16> {dlc.name = "s2.b17.qkv.w"}, %s2_b17_qkv_b: tensor<1536xf16> {dlc.name = "s2.b17.qkv.b"}, %s2_b17_rel_bias: tensor<16x49x49xf16> {dlc.name = "s2.b17.rel_bias"}, %s2_b17_attn_mask: tensor<4x1x49x49xf16> {dlc.name = "s2.b17.attn_mask"}, %s2_b17_proj_w: tensor<512x512xf16> {dlc.name = "s2.b17.proj.w"}, %s2_b17_proj_b: tensor<512xf16> {dlc.name = "s2.b17.proj.b"}, %s2_b17_norm2_g: tensor<512xf16> {dlc.name = "s2.b17.norm2.g"}, %s2_b17_norm2_b: tensor<512xf16> {dlc.name = "s2.b17.norm2.b"}, %s2_b17_fc1_w: tensor<512x2048xf16> {dlc.name = "s2.b17.fc1.w"}, %s2_b17_fc1_b: tensor<2048xf16> {dlc.name = "s2.b17.fc1.b"}, %s2_b17_fc2_w: tensor<2048x512xf16> {dlc.name = "s2.b17.fc2.w"}, %s2_b17_fc2_b: tensor<512xf16> {dlc.name = "s2.b17.fc2.b"}, %s2_merge_norm_g: tensor<2048xf16> {dlc.name = "s2.merge.norm.g"}, %s2_merge_norm_b: tensor<2048xf16> {dlc.name = "s2.merge.norm.b"}, %s2_merge_reduction_w: tensor<2048x1024xf16> {dlc.name = "s2.merge.reduction.w"}, %s3_b0_norm1_g: tensor<1024xf16> {dlc.name = "s3.b0.norm1.g"}, %s3_b0_norm1_b: tensor<1024xf16> {dlc.name = "s3.b0.norm1.b"}, %s3_b0_qkv_w: tensor<1024x3072xf16> {dlc.name = "s3.b0.qkv.w"}, %s3_b0_qkv_b: tensor<3072xf16> {dlc.name = "s3.b0.qkv.b"}, %s3_b0_rel_bias: tensor<32x49x49xf16> {dlc.name = "s3.b0.rel_bias"}, %s3_b0_proj_w: tensor<1024x1024xf16> {dlc.name = "s3.b0.proj.w"}, %s3_b0_proj_b: tensor<1024xf16> {dlc.name = "s3.b0.proj.b"}, %s3_b0_norm2_g: tensor<1024xf16> {dlc.name = "s3.b0.norm2.g"}, %s3_b0_norm2_b: tensor<1024xf16> {dlc.name = "s3.b0.norm2.b"}, %s3_b0_fc1_w: tensor<1024x4096xf16> {dlc.name = "s3.b0.fc1.w"}, %s3_b0_fc1_b: tensor<4096xf16> {dlc.name = "s3.b0.fc1.b"}, %s3_b0_fc2_w: tensor<4096x1024xf16> {dlc.name = "s3.b0.fc2.w"}, %s3_b0_fc2_b: tensor<1024xf16> {dlc.name = "s3.b0.fc2.b"}, %s3_b1_norm1_g: tensor<1024xf16> {dlc.name = "s3.b1.norm1.g"}, %s3_b1_norm1_b: tensor<1024xf16> {dlc.name = "s3.b1.norm1.b"}, %s3_b1_qkv_w: tensor<1024x3072xf16> {dlc.name = "s3.b1.qkv.w"}, %s3_b1_qkv_b: tensor<3072xf16> {dlc.name = "s3.b1.qkv.b"}, %s3_b1_rel_bias: tensor<32x49x49xf16> {dlc.name = "s3.b1.rel_bias"}, %s3_b1_proj_w: tensor<1024x1024xf16> {dlc.name = "s3.b1.proj.w"}, %s3_b1_proj_b: tensor<1024xf16> {dlc.name = "s3.b1.proj.b"}, %s3_b1_norm2_g: tensor<1024xf16> {dlc.name = "s3.b1.norm2.g"}, %s3_b1_norm2_b: tensor<1024xf16> {dlc.name = "s3.b1.norm2.b"}, %s3_b1_fc1_w: tensor<1024x4096xf16> {dlc.name = "s3.b1.fc1.w"}, %s3_b1_fc1_b: tensor<4096xf16> {dlc.name = "s3.b1.fc1.b"}, %s3_b1_fc2_w: tensor<4096x1024xf16> {dlc.name = "s3.b1.fc2.w"}, %s3_b1_fc2_b: tensor<1024xf16> {dlc.name = "s3.b1.fc2.b"}, %norm_g: tensor<1024xf16> {dlc.name = "norm.g"}, %norm_b: tensor<1024xf16> {dlc.name = "norm.b"}, %head_w: tensor<1024x1000xf16> {dlc.name = "head.w"}, %head_b: tensor<1000xf16> {dlc.name = "head.b"}) -> (tensor<1x1000xf16> {dlc.name = "logits"}) {
  %0 = graph.conv2d %image, %patch_embed_w, %patch_embed_b strides = [4, 4] : tensor<1x3x224x224xf16>, tensor<128x3x4x4xf16>, tensor<128xf16>
  %1 = graph.reshape %0 : tensor<1x128x56x56xf16> to tensor<1x128x3136xf16>
  %2 = graph.transpose %1 perm = [0, 2, 1] : tensor<1x128x3136xf16>
  %3 = graph.layer_norm %2, %patch_embed_norm_g, %patch_embed_norm_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf16>, tensor<128xf16>
  %4 = graph.layer_norm %3, %s0_b0_norm1_g, %s0_b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf16>, tensor<128xf16>
  %5 = graph.reshape %4 : tensor<1x3136x128xf16> to tensor<1x56x56x128xf16>
  %6 = graph.reshape %5 : tensor<1x56x56x128xf16> to tensor<1x8x7x8x7x128xf16>
  %7 = graph.transpose %6 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x7x8x7x128xf16>
  %8 = graph.reshape %7 : tensor<1x8x8x7x7x128xf16> to tensor<64x49x128xf16>
  %9 = graph.matmul %8, %s0_b0_qkv_w : tensor<64x49x128xf16>, tensor<128x384xf16>
  %10 = graph.add %9, %s0_b0_qkv_b : tensor<64x49x384xf16>, tensor<384xf16>
  %11:3 = graph.split %10 axis = 2 sizes = [128, 128, 128] : tensor<64x49x384xf16>
  %12 = graph.reshape %11#0 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %13 = graph.transpose %12 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf16>
  %14 = graph.reshape %11#1 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %15 = graph.transpose %14 perm = [0, 2, 3, 1] : tensor<64x49x4x32xf16>
  %16 = graph.matmul %13, %15 : tensor<64x4x49x32xf16>, tensor<64x4x32x49xf16>
  %17 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %18 = graph.mul %16, %17 : tensor<64x4x49x49xf16>, tensor<f16>
  %19 = graph.add %18, %s0_b0_rel_bias : tensor<64x4x49x49xf16>, tensor<4x49x49xf16>
  %20 = graph.softmax %19 : tensor<64x4x49x49xf16>
  %21 = graph.reshape %11#2 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %22 = graph.transpose %21 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf16>
  %23 = graph.matmul %20, %22 : tensor<64x4x49x49xf16>, tensor<64x4x49x32xf16>
  %24 = graph.transpose %23 perm = [0, 2, 1, 3] : tensor<64x4x49x32xf16>
  %25 = graph.reshape %24 : tensor<64x49x4x32xf16> to tensor<64x49x128xf16>
  %26 = graph.matmul %25, %s0_b0_proj_w : tensor<64x49x128xf16>, tensor<128x128xf16>
  %27 = graph.add %26, %s0_b0_proj_b : tensor<64x49x128xf16>, tensor<128xf16>
  %28 = graph.reshape %27 : tensor<64x49x128xf16> to tensor<1x8x8x7x7x128xf16>
  %29 = graph.transpose %28 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x8x7x7x128xf16>
  %30 = graph.reshape %29 : tensor<1x8x7x8x7x128xf16> to tensor<1x56x56x128xf16>
  %31 = graph.reshape %30 : tensor<1x56x56x128xf16> to tensor<1x3136x128xf16>
  %32 = graph.add %3, %31 : tensor<1x3136x128xf16>, tensor<1x3136x128xf16>
  %33 = graph.layer_norm %32, %s0_b0_norm2_g, %s0_b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf16>, tensor<128xf16>
  %34 = graph.matmul %33, %s0_b0_fc1_w : tensor<1x3136x128xf16>, tensor<128x512xf16>
  %35 = graph.add %34, %s0_b0_fc1_b : tensor<1x3136x512xf16>, tensor<512xf16>
  %36 = graph.gelu %35 : tensor<1x3136x512xf16>
  %37 = graph.matmul %36, %s0_b0_fc2_w : tensor<1x3136x512xf16>, tensor<512x128xf16>
  %38 = graph.add %37, %s0_b0_fc2_b : tensor<1x3136x128xf16>, tensor<128xf16>
  %39 = graph.add %32, %38 : tensor<1x3136x128xf16>, tensor<1x3136x128xf16>
  %40 = graph.layer_norm %39, %s0_b1_norm1_g, %s0_b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf16>, tensor<128xf16>
  %41 = graph.reshape %40 : tensor<1x3136x128xf16> to tensor<1x56x56x128xf16>
  %42 = graph.slice %41 starts = [3] ends = [56] axes = [1] : tensor<1x56x56x128xf16>
  %43 = graph.slice %41 starts = [0] ends = [3] axes = [1] : tensor<1x56x56x128xf16>
  %44 = graph.concat %42, %43 axis = 1 : tensor<1x53x56x128xf16>, tensor<1x3x56x128xf16>
  %45 = graph.slice %44 starts = [3] ends = [56] axes = [2] : tensor<1x56x56x128xf16>
  %46 = graph.slice %44 starts = [0] ends = [3] axes = [2] : tensor<1x56x56x128xf16>
  %47 = graph.concat %45, %46 axis = 2 : tensor<1x56x53x128xf16>, tensor<1x56x3x128xf16>
  %48 = graph.reshape %47 : tensor<1x56x56x128xf16> to tensor<1x8x7x8x7x128xf16>
  %49 = graph.transpose %48 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x7x8x7x128xf16>
  %50 = graph.reshape %49 : tensor<1x8x8x7x7x128xf16> to tensor<64x49x128xf16>
  %51 = graph.matmul %50, %s0_b1_qkv_w : tensor<64x49x128xf16>, tensor<128x384xf16>
  %52 = graph.add %51, %s0_b1_qkv_b : tensor<64x49x384xf16>, tensor<384xf16>
  %53:3 = graph.split %52 axis = 2 sizes = [128, 128, 128] : tensor<64x49x384xf16>
  %54 = graph.reshape %53#0 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %55 = graph.transpose %54 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf16>
  %56 = graph.reshape %53#1 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %57 = graph.transpose %56 perm = [0, 2, 3, 1] : tensor<64x49x4x32xf16>
  %58 = graph.matmul %55, %57 : tensor<64x4x49x32xf16>, tensor<64x4x32x49xf16>
  %59 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %60 = graph.mul %58, %59 : tensor<64x4x49x49xf16>, tensor<f16>
  %61 = graph.add %60, %s0_b1_rel_bias : tensor<64x4x49x49xf16>, tensor<4x49x49xf16>
  %62 = graph.add %61, %s0_b1_attn_mask : tensor<64x4x49x49xf16>, tensor<64x1x49x49xf16>
  %63 = graph.softmax %62 : tensor<64x4x49x49xf16>
  %64 = graph.reshape %53#2 : tensor<64x49x128xf16> to tensor<64x49x4x32xf16>
  %65 = graph.transpose %64 perm = [0, 2, 1, 3] : tensor<64x49x4x32xf16>
  %66 = graph.matmul %63, %65 : tensor<64x4x49x49xf16>, tensor<64x4x49x32xf16>
  %67 = graph.transpose %66 perm = [0, 2, 1, 3] : tensor<64x4x49x32xf16>
  %68 = graph.reshape %67 : tensor<64x49x4x32xf16> to tensor<64x49x128xf16>
  %69 = graph.matmul %68, %s0_b1_proj_w : tensor<64x49x128xf16>, tensor<128x128xf16>
  %70 = graph.add %69, %s0_b1_proj_b : tensor<64x49x128xf16>, tensor<128xf16>
  %71 = graph.reshape %70 : tensor<64x49x128xf16> to tensor<1x8x8x7x7x128xf16>
  %72 = graph.transpose %71 perm = [0, 1, 3, 2, 4, 5] : tensor<1x8x8x7x7x128xf16>
  %73 = graph.reshape %72 : tensor<1x8x7x8x7x128xf16> to tensor<1x56x56x128xf16>
  %74 = graph.slice %73 starts = [53] ends = [56] axes = [1] : tensor<1x56x56x128xf16>
  %75 = graph.slice %73 starts = [0] ends = [53] axes = [1] : tensor<1x56x56x128xf16>
  %76 = graph.concat %74, %75 axis = 1 : tensor<1x3x56x128xf16>, tensor<1x53x56x128xf16>
  %77 = graph.slice %76 starts = [53] ends = [56] axes = [2] : tensor<1x56x56x128xf16>
  %78 = graph.slice %76 starts = [0] ends = [53] axes = [2] : tensor<1x56x56x128xf16>
  %79 = graph.concat %77, %78 axis = 2 : tensor<1x56x3x128xf16>, tensor<1x56x53x128xf16>
  %80 = graph.reshape %79 : tensor<1x56x56x128xf16> to tensor<1x3136x128xf16>
  %81 = graph.add %39, %80 : tensor<1x3136x128xf16>, tensor<1x3136x128xf16>
  %82 = graph.layer_norm %81, %s0_b1_norm2_g, %s0_b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x3136x128xf16>, tensor<128xf16>
  %83 = graph.matmul %82, %s0_b1_fc1_w : tensor<1x3136x128xf16>, tensor<128x512xf16>
  %84 = graph.add %83, %s0_b1_fc1_b : tensor<1x3136x512xf16>, tensor<512xf16>
  %85 = graph.gelu %84 : tensor<1x3136x512xf16>
  %86 = graph.matmul %85, %s0_b1_fc2_w : tensor<1x3136x512xf16>, tensor<512x128xf16>
  %87 = graph.add %86, %s0_b1_fc2_b : tensor<1x3136x128xf16>, tensor<128xf16>
  %88 = graph.add %81, %87 : tensor<1x3136x128xf16>, tensor<1x3136x128xf16>
  %89 = graph.reshape %88 : tensor<1x3136x128xf16> to tensor<1x28x2x28x2x128xf16>
  %90 = graph.transpose %89 perm = [0, 1, 3, 4, 2, 5] : tensor<1x28x2x28x2x128xf16>
  %91 = graph.reshape %90 : tensor<1x28x28x2x2x128xf16> to tensor<1x784x512xf16>
  %92 = graph.layer_norm %91, %s0_merge_norm_g, %s0_merge_norm_b epsilon = 1.00000000e-5 : tensor<1x784x512xf16>, tensor<512xf16>
  %93 = graph.matmul %92, %s0_merge_reduction_w : tensor<1x784x512xf16>, tensor<512x256xf16>
  %94 = graph.layer_norm %93, %s1_b0_norm1_g, %s1_b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x784x256xf16>, tensor<256xf16>
  %95 = graph.reshape %94 : tensor<1x784x256xf16> to tensor<1x28x28x256xf16>
  %96 = graph.reshape %95 : tensor<1x28x28x256xf16> to tensor<1x4x7x4x7x256xf16>
  %97 = graph.transpose %96 perm = [0, 1, 3, 2, 4, 5] : tensor<1x4x7x4x7x256xf16>
  %98 = graph.reshape %97 : tensor<1x4x4x7x7x256xf16> to tensor<16x49x256xf16>
  %99 = graph.matmul %98, %s1_b0_qkv_w : tensor<16x49x256xf16>, tensor<256x768xf16>
  %100 = graph.add %99, %s1_b0_qkv_b : tensor<16x49x768xf16>, tensor<768xf16>
  %101:3 = graph.split %100 axis = 2 sizes = [256, 256, 256] : tensor<16x49x768xf16>
  %102 = graph.reshape %101#0 : tensor<16x49x256xf16> to tensor<16x49x8x32xf16>
  %103 = graph.transpose %102 perm = [0, 2, 1, 3] : tensor<16x49x8x32xf16>
  %104 = graph.reshape %101#1 : tensor<16x49x256xf16> to tensor<16x49x8x32xf16>
  %105 = graph.transpose %104 perm = [0, 2, 3, 1] : tensor<16x49x8x32xf16>
  %106 = graph.matmul %103, %105 : tensor<16x8x49x32xf16>, tensor<16x8x32x49xf16>
  %107 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %108 = graph.mul %106, %107 : tensor<16x8x49x49xf16>, tensor<f16>
  %109 = graph.add %108, %s1_b0_rel_bias : tensor<16x8x49x49xf16>, tensor<8x49x49xf16>
  %110 = graph.softmax %109 : tensor<16x8x49x49xf16>
  %111 = graph.reshape %101#2 : tensor<16x49x256xf16> to tensor<16x49x8x32xf16>
  %112 = graph.transpose %111 perm = [0, 2, 1, 3] : tensor<16x49x8x32xf16>
  %113 = graph.matmul %110, %112 : tensor<16x8x49x49xf16>, tensor<16x8x49x32xf16>
  %114 = graph.transpose %113 perm = [0, 2, 1, 3] : tensor<16x8x49x32xf16>
  %115 = graph.reshape %114 : tensor<16x49x8x32xf16> to tensor<16x49x256xf16>
  %116 = graph.matmul %115, %s1_b0_proj_w : tensor<16x49x256xf16>, tensor<256x256xf16>
  %117 = graph.add %116, %s1_b0_proj_b : tensor<16x49x256xf16>, tensor<256xf16>
  %118 = graph.reshape %117 : tensor<16x49x256xf16> to tensor<1x4x4x7x7x256xf16>
  %119 = graph.transpose %118 perm = [0, 1, 3, 2, 4, 5] : tensor<1x4x4x7x7x256xf16>
  %120 = graph.reshape %119 : tensor<1x4x7x4x7x256xf16> to tensor<1x28x28x256xf16>
  %121 = graph.reshape %120 : tensor<1x28x28x256xf16> to tensor<1x784x256xf16>
  %122 = graph.add %93, %121 : tensor<1x784x256xf16>, tensor<1x784x256xf16>
  %123 = graph.layer_norm %122, %s1_b0_norm2_g, %s1_b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x784x256xf16>, tensor<256xf16>
  %124 = graph.matmul %123, %s1_b0_fc1_w : tensor<1x784x256xf16>, tensor<256x1024xf16>
  %125 = graph.add %124, %s1_b0_fc1_b : tensor<1x784x1024xf16>, tensor<1024xf16>
  %126 = graph.gelu %125 : tensor<1x784x1024xf16>
  %127 = graph.matmul %126, %s1_b0_fc2_w : tensor<1x784x1024xf16>, tensor<1024x256xf16>
  %128 = graph.add %127, %s1_b0_fc2_b : tensor<1x784x256xf16>, tensor<256xf16>
  %129 = graph.add %122, %128 : tensor<1x784x256xf16>, tensor<1x784x256xf16>
  %130 = graph.layer_norm %129, %s1_b1_norm1_g, %s1_b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x784x256xf16>, tensor<256xf16>
  %131 = graph.reshape %130 : tensor<1x784x256xf16> to tensor<1x28x28x256xf16>
  %132 = graph.slice %131 starts = [3] ends = [28] axes = [1] : tensor<1x28x28x256xf16>
  %133 = graph.slice %131 starts = [0] ends = [3] axes = [1] : tensor<1x28x28x256xf16>
  %134 = graph.concat %132, %133 axis = 1 : tensor<1x25x28x256xf16>, tensor<1x3x28x256xf16>
  %135 = graph.slice %134 starts = [3] ends = [28] axes = [2] : tensor<1x28x28x256xf16>
  %136 = graph.slice %134 starts = [0] ends = [3] axes = [2] : tensor<1x28x28x256xf16>
  %137 = graph.concat %135, %136 axis = 2 : tensor<1x28x25x256xf16>, tensor<1x28x3x256xf16>
  %138 = graph.reshape %137 : tensor<1x28x28x256xf16> to tensor<1x4x7x4x7x256xf16>
  %139 = graph.transpose %138 perm = [0, 1, 3, 2, 4, 5] : tensor<1x4x7x4x7x256xf16>
  %140 = graph.reshape %139 : tensor<1x4x4x7x7x256xf16> to tensor<16x49x256xf16>
  %141 = graph.matmul %140, %s1_b1_qkv_w : tensor<16x49x256xf16>, tensor<256x768xf16>
  %142 = graph.add %141, %s1_b1_qkv_b : tensor<16x49x768xf16>, tensor<768xf16>
  %143:3 = graph.split %142 axis = 2 sizes = [256, 256, 256] : tensor<16x49x768xf16>
  %144 = graph.reshape %143#0 : tensor<16x49x256xf16> to tensor<16x49x8x32xf16>
  %145 = graph.transpose %144 perm = [0, 2, 1, 3] : tensor<16x49x8x32xf16>
  %146 = graph.reshape %143#1 : tensor<16x49x256xf16> to tensor<16x49x8x32xf16>
  %147 = graph.transpose %146 perm = [0, 2, 3, 1] : tensor<16x49x8x32xf16>
  %148 = graph.matmul %145, %147 : tensor<16x8x49x32xf16>, tensor<16x8x32x49xf16>
  %149 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %150 = graph.mul %148, %149 : tensor<16x8x49x49xf16>, tensor<f16>
  %151 = graph.add %150, %s1_b1_rel_bias : tensor<16x8x49x49xf16>, tensor<8x49x49xf16>
  %152 = graph.add %151, %s1_b1_attn_mask : tensor<16x8x49x49xf16>, tensor<16x1x49x49xf16>
  %153 = graph.softmax %152 : tensor<16x8x49x49xf16>
  %154 = graph.reshape %143#2 : tensor<16x49x256xf16> to tensor<16x49x8x32xf16>
  %155 = graph.transpose %154 perm = [0, 2, 1, 3] : tensor<16x49x8x32xf16>
  %156 = graph.matmul %153, %155 : tensor<16x8x49x49xf16>, tensor<16x8x49x32xf16>
  %157 = graph.transpose %156 perm = [0, 2, 1, 3] : tensor<16x8x49x32xf16>
  %158 = graph.reshape %157 : tensor<16x49x8x32xf16> to tensor<16x49x256xf16>
  %159 = graph.matmul %158, %s1_b1_proj_w : tensor<16x49x256xf16>, tensor<256x256xf16>
  %160 = graph.add %159, %s1_b1_proj_b : tensor<16x49x256xf16>, tensor<256xf16>
  %161 = graph.reshape %160 : tensor<16x49x256xf16> to tensor<1x4x4x7x7x256xf16>
  %162 = graph.transpose %161 perm = [0, 1, 3, 2, 4, 5] : tensor<1x4x4x7x7x256xf16>
  %163 = graph.reshape %162 : tensor<1x4x7x4x7x256xf16> to tensor<1x28x28x256xf16>
  %164 = graph.slice %163 starts = [25] ends = [28] axes = [1] : tensor<1x28x28x256xf16>
  %165 = graph.slice %163 starts = [0] ends = [25] axes = [1] : tensor<1x28x28x256xf16>
  %166 = graph.concat %164, %165 axis = 1 : tensor<1x3x28x256xf16>, tensor<1x25x28x256xf16>
  %167 = graph.slice %166 starts = [25] ends = [28] axes = [2] : tensor<1x28x28x256xf16>
  %168 = graph.slice %166 starts = [0] ends = [25] axes = [2] : tensor<1x28x28x256xf16>
  %169 = graph.concat %167, %168 axis = 2 : tensor<1x28x3x256xf16>, tensor<1x28x25x256xf16>
  %170 = graph.reshape %169 : tensor<1x28x28x256xf16> to tensor<1x784x256xf16>
  %171 = graph.add %129, %170 : tensor<1x784x256xf16>, tensor<1x784x256xf16>
  %172 = graph.layer_norm %171, %s1_b1_norm2_g, %s1_b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x784x256xf16>, tensor<256xf16>
  %173 = graph.matmul %172, %s1_b1_fc1_w : tensor<1x784x256xf16>, tensor<256x1024xf16>
  %174 = graph.add %173, %s1_b1_fc1_b : tensor<1x784x1024xf16>, tensor<1024xf16>
  %175 = graph.gelu %174 : tensor<1x784x1024xf16>
  %176 = graph.matmul %175, %s1_b1_fc2_w : tensor<1x784x1024xf16>, tensor<1024x256xf16>
  %177 = graph.add %176, %s1_b1_fc2_b : tensor<1x784x256xf16>, tensor<256xf16>
  %178 = graph.add %171, %177 : tensor<1x784x256xf16>, tensor<1x784x256xf16>
  %179 = graph.reshape %178 : tensor<1x784x256xf16> to tensor<1x14x2x14x2x256xf16>
  %180 = graph.transpose %179 perm = [0, 1, 3, 4, 2, 5] : tensor<1x14x2x14x2x256xf16>
  %181 = graph.reshape %180 : tensor<1x14x14x2x2x256xf16> to tensor<1x196x1024xf16>
  %182 = graph.layer_norm %181, %s1_merge_norm_g, %s1_merge_norm_b epsilon = 1.00000000e-5 : tensor<1x196x1024xf16>, tensor<1024xf16>
  %183 = graph.matmul %182, %s1_merge_reduction_w : tensor<1x196x1024xf16>, tensor<1024x512xf16>
  %184 = graph.layer_norm %183, %s2_b0_norm1_g, %s2_b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %185 = graph.reshape %184 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %186 = graph.reshape %185 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %187 = graph.transpose %186 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %188 = graph.reshape %187 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %189 = graph.matmul %188, %s2_b0_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %190 = graph.add %189, %s2_b0_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %191:3 = graph.split %190 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %192 = graph.reshape %191#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %193 = graph.transpose %192 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %194 = graph.reshape %191#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %195 = graph.transpose %194 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %196 = graph.matmul %193, %195 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %197 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %198 = graph.mul %196, %197 : tensor<4x16x49x49xf16>, tensor<f16>
  %199 = graph.add %198, %s2_b0_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %200 = graph.softmax %199 : tensor<4x16x49x49xf16>
  %201 = graph.reshape %191#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %202 = graph.transpose %201 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %203 = graph.matmul %200, %202 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %204 = graph.transpose %203 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %205 = graph.reshape %204 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %206 = graph.matmul %205, %s2_b0_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %207 = graph.add %206, %s2_b0_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %208 = graph.reshape %207 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %209 = graph.transpose %208 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %210 = graph.reshape %209 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %211 = graph.reshape %210 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %212 = graph.add %183, %211 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %213 = graph.layer_norm %212, %s2_b0_norm2_g, %s2_b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %214 = graph.matmul %213, %s2_b0_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %215 = graph.add %214, %s2_b0_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %216 = graph.gelu %215 : tensor<1x196x2048xf16>
  %217 = graph.matmul %216, %s2_b0_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %218 = graph.add %217, %s2_b0_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %219 = graph.add %212, %218 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %220 = graph.layer_norm %219, %s2_b1_norm1_g, %s2_b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %221 = graph.reshape %220 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %222 = graph.slice %221 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %223 = graph.slice %221 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf16>
  %224 = graph.concat %222, %223 axis = 1 : tensor<1x11x14x512xf16>, tensor<1x3x14x512xf16>
  %225 = graph.slice %224 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %226 = graph.slice %224 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf16>
  %227 = graph.concat %225, %226 axis = 2 : tensor<1x14x11x512xf16>, tensor<1x14x3x512xf16>
  %228 = graph.reshape %227 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %229 = graph.transpose %228 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %230 = graph.reshape %229 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %231 = graph.matmul %230, %s2_b1_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %232 = graph.add %231, %s2_b1_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %233:3 = graph.split %232 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %234 = graph.reshape %233#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %235 = graph.transpose %234 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %236 = graph.reshape %233#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %237 = graph.transpose %236 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %238 = graph.matmul %235, %237 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %239 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %240 = graph.mul %238, %239 : tensor<4x16x49x49xf16>, tensor<f16>
  %241 = graph.add %240, %s2_b1_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %242 = graph.add %241, %s2_b1_attn_mask : tensor<4x16x49x49xf16>, tensor<4x1x49x49xf16>
  %243 = graph.softmax %242 : tensor<4x16x49x49xf16>
  %244 = graph.reshape %233#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %245 = graph.transpose %244 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %246 = graph.matmul %243, %245 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %247 = graph.transpose %246 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %248 = graph.reshape %247 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %249 = graph.matmul %248, %s2_b1_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %250 = graph.add %249, %s2_b1_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %251 = graph.reshape %250 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %252 = graph.transpose %251 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %253 = graph.reshape %252 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %254 = graph.slice %253 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %255 = graph.slice %253 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf16>
  %256 = graph.concat %254, %255 axis = 1 : tensor<1x3x14x512xf16>, tensor<1x11x14x512xf16>
  %257 = graph.slice %256 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %258 = graph.slice %256 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf16>
  %259 = graph.concat %257, %258 axis = 2 : tensor<1x14x3x512xf16>, tensor<1x14x11x512xf16>
  %260 = graph.reshape %259 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %261 = graph.add %219, %260 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %262 = graph.layer_norm %261, %s2_b1_norm2_g, %s2_b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %263 = graph.matmul %262, %s2_b1_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %264 = graph.add %263, %s2_b1_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %265 = graph.gelu %264 : tensor<1x196x2048xf16>
  %266 = graph.matmul %265, %s2_b1_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %267 = graph.add %266, %s2_b1_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %268 = graph.add %261, %267 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %269 = graph.layer_norm %268, %s2_b2_norm1_g, %s2_b2_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %270 = graph.reshape %269 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %271 = graph.reshape %270 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %272 = graph.transpose %271 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %273 = graph.reshape %272 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %274 = graph.matmul %273, %s2_b2_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %275 = graph.add %274, %s2_b2_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %276:3 = graph.split %275 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %277 = graph.reshape %276#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %278 = graph.transpose %277 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %279 = graph.reshape %276#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %280 = graph.transpose %279 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %281 = graph.matmul %278, %280 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %282 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %283 = graph.mul %281, %282 : tensor<4x16x49x49xf16>, tensor<f16>
  %284 = graph.add %283, %s2_b2_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %285 = graph.softmax %284 : tensor<4x16x49x49xf16>
  %286 = graph.reshape %276#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %287 = graph.transpose %286 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %288 = graph.matmul %285, %287 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %289 = graph.transpose %288 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %290 = graph.reshape %289 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %291 = graph.matmul %290, %s2_b2_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %292 = graph.add %291, %s2_b2_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %293 = graph.reshape %292 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %294 = graph.transpose %293 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %295 = graph.reshape %294 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %296 = graph.reshape %295 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %297 = graph.add %268, %296 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %298 = graph.layer_norm %297, %s2_b2_norm2_g, %s2_b2_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %299 = graph.matmul %298, %s2_b2_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %300 = graph.add %299, %s2_b2_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %301 = graph.gelu %300 : tensor<1x196x2048xf16>
  %302 = graph.matmul %301, %s2_b2_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %303 = graph.add %302, %s2_b2_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %304 = graph.add %297, %303 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %305 = graph.layer_norm %304, %s2_b3_norm1_g, %s2_b3_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %306 = graph.reshape %305 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %307 = graph.slice %306 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %308 = graph.slice %306 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf16>
  %309 = graph.concat %307, %308 axis = 1 : tensor<1x11x14x512xf16>, tensor<1x3x14x512xf16>
  %310 = graph.slice %309 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %311 = graph.slice %309 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf16>
  %312 = graph.concat %310, %311 axis = 2 : tensor<1x14x11x512xf16>, tensor<1x14x3x512xf16>
  %313 = graph.reshape %312 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %314 = graph.transpose %313 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %315 = graph.reshape %314 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %316 = graph.matmul %315, %s2_b3_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %317 = graph.add %316, %s2_b3_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %318:3 = graph.split %317 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %319 = graph.reshape %318#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %320 = graph.transpose %319 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %321 = graph.reshape %318#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %322 = graph.transpose %321 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %323 = graph.matmul %320, %322 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %324 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %325 = graph.mul %323, %324 : tensor<4x16x49x49xf16>, tensor<f16>
  %326 = graph.add %325, %s2_b3_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %327 = graph.add %326, %s2_b3_attn_mask : tensor<4x16x49x49xf16>, tensor<4x1x49x49xf16>
  %328 = graph.softmax %327 : tensor<4x16x49x49xf16>
  %329 = graph.reshape %318#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %330 = graph.transpose %329 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %331 = graph.matmul %328, %330 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %332 = graph.transpose %331 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %333 = graph.reshape %332 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %334 = graph.matmul %333, %s2_b3_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %335 = graph.add %334, %s2_b3_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %336 = graph.reshape %335 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %337 = graph.transpose %336 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %338 = graph.reshape %337 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %339 = graph.slice %338 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %340 = graph.slice %338 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf16>
  %341 = graph.concat %339, %340 axis = 1 : tensor<1x3x14x512xf16>, tensor<1x11x14x512xf16>
  %342 = graph.slice %341 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %343 = graph.slice %341 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf16>
  %344 = graph.concat %342, %343 axis = 2 : tensor<1x14x3x512xf16>, tensor<1x14x11x512xf16>
  %345 = graph.reshape %344 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %346 = graph.add %304, %345 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %347 = graph.layer_norm %346, %s2_b3_norm2_g, %s2_b3_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %348 = graph.matmul %347, %s2_b3_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %349 = graph.add %348, %s2_b3_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %350 = graph.gelu %349 : tensor<1x196x2048xf16>
  %351 = graph.matmul %350, %s2_b3_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %352 = graph.add %351, %s2_b3_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %353 = graph.add %346, %352 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %354 = graph.layer_norm %353, %s2_b4_norm1_g, %s2_b4_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %355 = graph.reshape %354 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %356 = graph.reshape %355 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %357 = graph.transpose %356 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %358 = graph.reshape %357 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %359 = graph.matmul %358, %s2_b4_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %360 = graph.add %359, %s2_b4_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %361:3 = graph.split %360 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %362 = graph.reshape %361#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %363 = graph.transpose %362 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %364 = graph.reshape %361#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %365 = graph.transpose %364 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %366 = graph.matmul %363, %365 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %367 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %368 = graph.mul %366, %367 : tensor<4x16x49x49xf16>, tensor<f16>
  %369 = graph.add %368, %s2_b4_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %370 = graph.softmax %369 : tensor<4x16x49x49xf16>
  %371 = graph.reshape %361#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %372 = graph.transpose %371 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %373 = graph.matmul %370, %372 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %374 = graph.transpose %373 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %375 = graph.reshape %374 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %376 = graph.matmul %375, %s2_b4_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %377 = graph.add %376, %s2_b4_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %378 = graph.reshape %377 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %379 = graph.transpose %378 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %380 = graph.reshape %379 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %381 = graph.reshape %380 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %382 = graph.add %353, %381 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %383 = graph.layer_norm %382, %s2_b4_norm2_g, %s2_b4_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %384 = graph.matmul %383, %s2_b4_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %385 = graph.add %384, %s2_b4_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %386 = graph.gelu %385 : tensor<1x196x2048xf16>
  %387 = graph.matmul %386, %s2_b4_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %388 = graph.add %387, %s2_b4_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %389 = graph.add %382, %388 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %390 = graph.layer_norm %389, %s2_b5_norm1_g, %s2_b5_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %391 = graph.reshape %390 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %392 = graph.slice %391 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %393 = graph.slice %391 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf16>
  %394 = graph.concat %392, %393 axis = 1 : tensor<1x11x14x512xf16>, tensor<1x3x14x512xf16>
  %395 = graph.slice %394 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %396 = graph.slice %394 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf16>
  %397 = graph.concat %395, %396 axis = 2 : tensor<1x14x11x512xf16>, tensor<1x14x3x512xf16>
  %398 = graph.reshape %397 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %399 = graph.transpose %398 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %400 = graph.reshape %399 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %401 = graph.matmul %400, %s2_b5_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %402 = graph.add %401, %s2_b5_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %403:3 = graph.split %402 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %404 = graph.reshape %403#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %405 = graph.transpose %404 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %406 = graph.reshape %403#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %407 = graph.transpose %406 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %408 = graph.matmul %405, %407 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %409 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %410 = graph.mul %408, %409 : tensor<4x16x49x49xf16>, tensor<f16>
  %411 = graph.add %410, %s2_b5_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %412 = graph.add %411, %s2_b5_attn_mask : tensor<4x16x49x49xf16>, tensor<4x1x49x49xf16>
  %413 = graph.softmax %412 : tensor<4x16x49x49xf16>
  %414 = graph.reshape %403#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %415 = graph.transpose %414 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %416 = graph.matmul %413, %415 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %417 = graph.transpose %416 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %418 = graph.reshape %417 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %419 = graph.matmul %418, %s2_b5_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %420 = graph.add %419, %s2_b5_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %421 = graph.reshape %420 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %422 = graph.transpose %421 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %423 = graph.reshape %422 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %424 = graph.slice %423 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %425 = graph.slice %423 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf16>
  %426 = graph.concat %424, %425 axis = 1 : tensor<1x3x14x512xf16>, tensor<1x11x14x512xf16>
  %427 = graph.slice %426 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %428 = graph.slice %426 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf16>
  %429 = graph.concat %427, %428 axis = 2 : tensor<1x14x3x512xf16>, tensor<1x14x11x512xf16>
  %430 = graph.reshape %429 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %431 = graph.add %389, %430 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %432 = graph.layer_norm %431, %s2_b5_norm2_g, %s2_b5_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %433 = graph.matmul %432, %s2_b5_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %434 = graph.add %433, %s2_b5_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %435 = graph.gelu %434 : tensor<1x196x2048xf16>
  %436 = graph.matmul %435, %s2_b5_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %437 = graph.add %436, %s2_b5_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %438 = graph.add %431, %437 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %439 = graph.layer_norm %438, %s2_b6_norm1_g, %s2_b6_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %440 = graph.reshape %439 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %441 = graph.reshape %440 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %442 = graph.transpose %441 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %443 = graph.reshape %442 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %444 = graph.matmul %443, %s2_b6_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %445 = graph.add %444, %s2_b6_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %446:3 = graph.split %445 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %447 = graph.reshape %446#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %448 = graph.transpose %447 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %449 = graph.reshape %446#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %450 = graph.transpose %449 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %451 = graph.matmul %448, %450 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %452 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %453 = graph.mul %451, %452 : tensor<4x16x49x49xf16>, tensor<f16>
  %454 = graph.add %453, %s2_b6_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %455 = graph.softmax %454 : tensor<4x16x49x49xf16>
  %456 = graph.reshape %446#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %457 = graph.transpose %456 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %458 = graph.matmul %455, %457 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %459 = graph.transpose %458 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %460 = graph.reshape %459 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %461 = graph.matmul %460, %s2_b6_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %462 = graph.add %461, %s2_b6_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %463 = graph.reshape %462 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %464 = graph.transpose %463 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %465 = graph.reshape %464 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %466 = graph.reshape %465 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %467 = graph.add %438, %466 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %468 = graph.layer_norm %467, %s2_b6_norm2_g, %s2_b6_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %469 = graph.matmul %468, %s2_b6_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %470 = graph.add %469, %s2_b6_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %471 = graph.gelu %470 : tensor<1x196x2048xf16>
  %472 = graph.matmul %471, %s2_b6_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %473 = graph.add %472, %s2_b6_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %474 = graph.add %467, %473 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %475 = graph.layer_norm %474, %s2_b7_norm1_g, %s2_b7_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %476 = graph.reshape %475 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %477 = graph.slice %476 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %478 = graph.slice %476 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf16>
  %479 = graph.concat %477, %478 axis = 1 : tensor<1x11x14x512xf16>, tensor<1x3x14x512xf16>
  %480 = graph.slice %479 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %481 = graph.slice %479 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf16>
  %482 = graph.concat %480, %481 axis = 2 : tensor<1x14x11x512xf16>, tensor<1x14x3x512xf16>
  %483 = graph.reshape %482 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %484 = graph.transpose %483 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %485 = graph.reshape %484 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %486 = graph.matmul %485, %s2_b7_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %487 = graph.add %486, %s2_b7_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %488:3 = graph.split %487 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %489 = graph.reshape %488#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %490 = graph.transpose %489 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %491 = graph.reshape %488#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %492 = graph.transpose %491 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %493 = graph.matmul %490, %492 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %494 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %495 = graph.mul %493, %494 : tensor<4x16x49x49xf16>, tensor<f16>
  %496 = graph.add %495, %s2_b7_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %497 = graph.add %496, %s2_b7_attn_mask : tensor<4x16x49x49xf16>, tensor<4x1x49x49xf16>
  %498 = graph.softmax %497 : tensor<4x16x49x49xf16>
  %499 = graph.reshape %488#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %500 = graph.transpose %499 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %501 = graph.matmul %498, %500 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %502 = graph.transpose %501 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %503 = graph.reshape %502 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %504 = graph.matmul %503, %s2_b7_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %505 = graph.add %504, %s2_b7_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %506 = graph.reshape %505 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %507 = graph.transpose %506 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %508 = graph.reshape %507 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %509 = graph.slice %508 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %510 = graph.slice %508 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf16>
  %511 = graph.concat %509, %510 axis = 1 : tensor<1x3x14x512xf16>, tensor<1x11x14x512xf16>
  %512 = graph.slice %511 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %513 = graph.slice %511 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf16>
  %514 = graph.concat %512, %513 axis = 2 : tensor<1x14x3x512xf16>, tensor<1x14x11x512xf16>
  %515 = graph.reshape %514 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %516 = graph.add %474, %515 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %517 = graph.layer_norm %516, %s2_b7_norm2_g, %s2_b7_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %518 = graph.matmul %517, %s2_b7_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %519 = graph.add %518, %s2_b7_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %520 = graph.gelu %519 : tensor<1x196x2048xf16>
  %521 = graph.matmul %520, %s2_b7_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %522 = graph.add %521, %s2_b7_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %523 = graph.add %516, %522 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %524 = graph.layer_norm %523, %s2_b8_norm1_g, %s2_b8_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %525 = graph.reshape %524 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %526 = graph.reshape %525 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %527 = graph.transpose %526 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %528 = graph.reshape %527 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %529 = graph.matmul %528, %s2_b8_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %530 = graph.add %529, %s2_b8_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %531:3 = graph.split %530 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %532 = graph.reshape %531#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %533 = graph.transpose %532 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %534 = graph.reshape %531#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %535 = graph.transpose %534 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %536 = graph.matmul %533, %535 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %537 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %538 = graph.mul %536, %537 : tensor<4x16x49x49xf16>, tensor<f16>
  %539 = graph.add %538, %s2_b8_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %540 = graph.softmax %539 : tensor<4x16x49x49xf16>
  %541 = graph.reshape %531#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %542 = graph.transpose %541 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %543 = graph.matmul %540, %542 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %544 = graph.transpose %543 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %545 = graph.reshape %544 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %546 = graph.matmul %545, %s2_b8_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %547 = graph.add %546, %s2_b8_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %548 = graph.reshape %547 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %549 = graph.transpose %548 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %550 = graph.reshape %549 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %551 = graph.reshape %550 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %552 = graph.add %523, %551 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %553 = graph.layer_norm %552, %s2_b8_norm2_g, %s2_b8_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %554 = graph.matmul %553, %s2_b8_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %555 = graph.add %554, %s2_b8_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %556 = graph.gelu %555 : tensor<1x196x2048xf16>
  %557 = graph.matmul %556, %s2_b8_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %558 = graph.add %557, %s2_b8_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %559 = graph.add %552, %558 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %560 = graph.layer_norm %559, %s2_b9_norm1_g, %s2_b9_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %561 = graph.reshape %560 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %562 = graph.slice %561 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %563 = graph.slice %561 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf16>
  %564 = graph.concat %562, %563 axis = 1 : tensor<1x11x14x512xf16>, tensor<1x3x14x512xf16>
  %565 = graph.slice %564 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %566 = graph.slice %564 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf16>
  %567 = graph.concat %565, %566 axis = 2 : tensor<1x14x11x512xf16>, tensor<1x14x3x512xf16>
  %568 = graph.reshape %567 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %569 = graph.transpose %568 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %570 = graph.reshape %569 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %571 = graph.matmul %570, %s2_b9_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %572 = graph.add %571, %s2_b9_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %573:3 = graph.split %572 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %574 = graph.reshape %573#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %575 = graph.transpose %574 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %576 = graph.reshape %573#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %577 = graph.transpose %576 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %578 = graph.matmul %575, %577 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %579 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %580 = graph.mul %578, %579 : tensor<4x16x49x49xf16>, tensor<f16>
  %581 = graph.add %580, %s2_b9_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %582 = graph.add %581, %s2_b9_attn_mask : tensor<4x16x49x49xf16>, tensor<4x1x49x49xf16>
  %583 = graph.softmax %582 : tensor<4x16x49x49xf16>
  %584 = graph.reshape %573#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %585 = graph.transpose %584 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %586 = graph.matmul %583, %585 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %587 = graph.transpose %586 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %588 = graph.reshape %587 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %589 = graph.matmul %588, %s2_b9_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %590 = graph.add %589, %s2_b9_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %591 = graph.reshape %590 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %592 = graph.transpose %591 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %593 = graph.reshape %592 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %594 = graph.slice %593 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %595 = graph.slice %593 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf16>
  %596 = graph.concat %594, %595 axis = 1 : tensor<1x3x14x512xf16>, tensor<1x11x14x512xf16>
  %597 = graph.slice %596 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %598 = graph.slice %596 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf16>
  %599 = graph.concat %597, %598 axis = 2 : tensor<1x14x3x512xf16>, tensor<1x14x11x512xf16>
  %600 = graph.reshape %599 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %601 = graph.add %559, %600 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %602 = graph.layer_norm %601, %s2_b9_norm2_g, %s2_b9_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %603 = graph.matmul %602, %s2_b9_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %604 = graph.add %603, %s2_b9_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %605 = graph.gelu %604 : tensor<1x196x2048xf16>
  %606 = graph.matmul %605, %s2_b9_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %607 = graph.add %606, %s2_b9_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %608 = graph.add %601, %607 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %609 = graph.layer_norm %608, %s2_b10_norm1_g, %s2_b10_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %610 = graph.reshape %609 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %611 = graph.reshape %610 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %612 = graph.transpose %611 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %613 = graph.reshape %612 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %614 = graph.matmul %613, %s2_b10_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %615 = graph.add %614, %s2_b10_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %616:3 = graph.split %615 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %617 = graph.reshape %616#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %618 = graph.transpose %617 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %619 = graph.reshape %616#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %620 = graph.transpose %619 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %621 = graph.matmul %618, %620 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %622 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %623 = graph.mul %621, %622 : tensor<4x16x49x49xf16>, tensor<f16>
  %624 = graph.add %623, %s2_b10_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %625 = graph.softmax %624 : tensor<4x16x49x49xf16>
  %626 = graph.reshape %616#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %627 = graph.transpose %626 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %628 = graph.matmul %625, %627 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %629 = graph.transpose %628 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %630 = graph.reshape %629 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %631 = graph.matmul %630, %s2_b10_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %632 = graph.add %631, %s2_b10_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %633 = graph.reshape %632 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %634 = graph.transpose %633 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %635 = graph.reshape %634 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %636 = graph.reshape %635 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %637 = graph.add %608, %636 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %638 = graph.layer_norm %637, %s2_b10_norm2_g, %s2_b10_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %639 = graph.matmul %638, %s2_b10_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %640 = graph.add %639, %s2_b10_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %641 = graph.gelu %640 : tensor<1x196x2048xf16>
  %642 = graph.matmul %641, %s2_b10_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %643 = graph.add %642, %s2_b10_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %644 = graph.add %637, %643 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %645 = graph.layer_norm %644, %s2_b11_norm1_g, %s2_b11_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %646 = graph.reshape %645 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %647 = graph.slice %646 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %648 = graph.slice %646 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf16>
  %649 = graph.concat %647, %648 axis = 1 : tensor<1x11x14x512xf16>, tensor<1x3x14x512xf16>
  %650 = graph.slice %649 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %651 = graph.slice %649 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf16>
  %652 = graph.concat %650, %651 axis = 2 : tensor<1x14x11x512xf16>, tensor<1x14x3x512xf16>
  %653 = graph.reshape %652 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %654 = graph.transpose %653 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %655 = graph.reshape %654 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %656 = graph.matmul %655, %s2_b11_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %657 = graph.add %656, %s2_b11_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %658:3 = graph.split %657 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %659 = graph.reshape %658#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %660 = graph.transpose %659 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %661 = graph.reshape %658#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %662 = graph.transpose %661 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %663 = graph.matmul %660, %662 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %664 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %665 = graph.mul %663, %664 : tensor<4x16x49x49xf16>, tensor<f16>
  %666 = graph.add %665, %s2_b11_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %667 = graph.add %666, %s2_b11_attn_mask : tensor<4x16x49x49xf16>, tensor<4x1x49x49xf16>
  %668 = graph.softmax %667 : tensor<4x16x49x49xf16>
  %669 = graph.reshape %658#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %670 = graph.transpose %669 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %671 = graph.matmul %668, %670 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %672 = graph.transpose %671 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %673 = graph.reshape %672 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %674 = graph.matmul %673, %s2_b11_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %675 = graph.add %674, %s2_b11_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %676 = graph.reshape %675 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %677 = graph.transpose %676 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %678 = graph.reshape %677 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %679 = graph.slice %678 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %680 = graph.slice %678 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf16>
  %681 = graph.concat %679, %680 axis = 1 : tensor<1x3x14x512xf16>, tensor<1x11x14x512xf16>
  %682 = graph.slice %681 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %683 = graph.slice %681 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf16>
  %684 = graph.concat %682, %683 axis = 2 : tensor<1x14x3x512xf16>, tensor<1x14x11x512xf16>
  %685 = graph.reshape %684 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %686 = graph.add %644, %685 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %687 = graph.layer_norm %686, %s2_b11_norm2_g, %s2_b11_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %688 = graph.matmul %687, %s2_b11_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %689 = graph.add %688, %s2_b11_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %690 = graph.gelu %689 : tensor<1x196x2048xf16>
  %691 = graph.matmul %690, %s2_b11_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %692 = graph.add %691, %s2_b11_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %693 = graph.add %686, %692 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %694 = graph.layer_norm %693, %s2_b12_norm1_g, %s2_b12_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %695 = graph.reshape %694 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %696 = graph.reshape %695 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %697 = graph.transpose %696 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %698 = graph.reshape %697 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %699 = graph.matmul %698, %s2_b12_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %700 = graph.add %699, %s2_b12_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %701:3 = graph.split %700 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %702 = graph.reshape %701#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %703 = graph.transpose %702 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %704 = graph.reshape %701#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %705 = graph.transpose %704 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %706 = graph.matmul %703, %705 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %707 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %708 = graph.mul %706, %707 : tensor<4x16x49x49xf16>, tensor<f16>
  %709 = graph.add %708, %s2_b12_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %710 = graph.softmax %709 : tensor<4x16x49x49xf16>
  %711 = graph.reshape %701#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %712 = graph.transpose %711 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %713 = graph.matmul %710, %712 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %714 = graph.transpose %713 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %715 = graph.reshape %714 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %716 = graph.matmul %715, %s2_b12_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %717 = graph.add %716, %s2_b12_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %718 = graph.reshape %717 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %719 = graph.transpose %718 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %720 = graph.reshape %719 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %721 = graph.reshape %720 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %722 = graph.add %693, %721 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %723 = graph.layer_norm %722, %s2_b12_norm2_g, %s2_b12_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %724 = graph.matmul %723, %s2_b12_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %725 = graph.add %724, %s2_b12_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %726 = graph.gelu %725 : tensor<1x196x2048xf16>
  %727 = graph.matmul %726, %s2_b12_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %728 = graph.add %727, %s2_b12_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %729 = graph.add %722, %728 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %730 = graph.layer_norm %729, %s2_b13_norm1_g, %s2_b13_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %731 = graph.reshape %730 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %732 = graph.slice %731 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %733 = graph.slice %731 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf16>
  %734 = graph.concat %732, %733 axis = 1 : tensor<1x11x14x512xf16>, tensor<1x3x14x512xf16>
  %735 = graph.slice %734 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %736 = graph.slice %734 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf16>
  %737 = graph.concat %735, %736 axis = 2 : tensor<1x14x11x512xf16>, tensor<1x14x3x512xf16>
  %738 = graph.reshape %737 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %739 = graph.transpose %738 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %740 = graph.reshape %739 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %741 = graph.matmul %740, %s2_b13_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %742 = graph.add %741, %s2_b13_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %743:3 = graph.split %742 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %744 = graph.reshape %743#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %745 = graph.transpose %744 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %746 = graph.reshape %743#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %747 = graph.transpose %746 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %748 = graph.matmul %745, %747 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %749 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %750 = graph.mul %748, %749 : tensor<4x16x49x49xf16>, tensor<f16>
  %751 = graph.add %750, %s2_b13_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %752 = graph.add %751, %s2_b13_attn_mask : tensor<4x16x49x49xf16>, tensor<4x1x49x49xf16>
  %753 = graph.softmax %752 : tensor<4x16x49x49xf16>
  %754 = graph.reshape %743#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %755 = graph.transpose %754 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %756 = graph.matmul %753, %755 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %757 = graph.transpose %756 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %758 = graph.reshape %757 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %759 = graph.matmul %758, %s2_b13_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %760 = graph.add %759, %s2_b13_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %761 = graph.reshape %760 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %762 = graph.transpose %761 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %763 = graph.reshape %762 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %764 = graph.slice %763 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %765 = graph.slice %763 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf16>
  %766 = graph.concat %764, %765 axis = 1 : tensor<1x3x14x512xf16>, tensor<1x11x14x512xf16>
  %767 = graph.slice %766 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %768 = graph.slice %766 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf16>
  %769 = graph.concat %767, %768 axis = 2 : tensor<1x14x3x512xf16>, tensor<1x14x11x512xf16>
  %770 = graph.reshape %769 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %771 = graph.add %729, %770 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %772 = graph.layer_norm %771, %s2_b13_norm2_g, %s2_b13_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %773 = graph.matmul %772, %s2_b13_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %774 = graph.add %773, %s2_b13_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %775 = graph.gelu %774 : tensor<1x196x2048xf16>
  %776 = graph.matmul %775, %s2_b13_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %777 = graph.add %776, %s2_b13_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %778 = graph.add %771, %777 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %779 = graph.layer_norm %778, %s2_b14_norm1_g, %s2_b14_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %780 = graph.reshape %779 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %781 = graph.reshape %780 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %782 = graph.transpose %781 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %783 = graph.reshape %782 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %784 = graph.matmul %783, %s2_b14_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %785 = graph.add %784, %s2_b14_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %786:3 = graph.split %785 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %787 = graph.reshape %786#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %788 = graph.transpose %787 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %789 = graph.reshape %786#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %790 = graph.transpose %789 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %791 = graph.matmul %788, %790 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %792 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %793 = graph.mul %791, %792 : tensor<4x16x49x49xf16>, tensor<f16>
  %794 = graph.add %793, %s2_b14_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %795 = graph.softmax %794 : tensor<4x16x49x49xf16>
  %796 = graph.reshape %786#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %797 = graph.transpose %796 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %798 = graph.matmul %795, %797 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %799 = graph.transpose %798 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %800 = graph.reshape %799 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %801 = graph.matmul %800, %s2_b14_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %802 = graph.add %801, %s2_b14_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %803 = graph.reshape %802 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %804 = graph.transpose %803 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %805 = graph.reshape %804 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %806 = graph.reshape %805 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %807 = graph.add %778, %806 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %808 = graph.layer_norm %807, %s2_b14_norm2_g, %s2_b14_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %809 = graph.matmul %808, %s2_b14_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %810 = graph.add %809, %s2_b14_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %811 = graph.gelu %810 : tensor<1x196x2048xf16>
  %812 = graph.matmul %811, %s2_b14_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %813 = graph.add %812, %s2_b14_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %814 = graph.add %807, %813 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %815 = graph.layer_norm %814, %s2_b15_norm1_g, %s2_b15_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %816 = graph.reshape %815 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %817 = graph.slice %816 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %818 = graph.slice %816 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf16>
  %819 = graph.concat %817, %818 axis = 1 : tensor<1x11x14x512xf16>, tensor<1x3x14x512xf16>
  %820 = graph.slice %819 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %821 = graph.slice %819 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf16>
  %822 = graph.concat %820, %821 axis = 2 : tensor<1x14x11x512xf16>, tensor<1x14x3x512xf16>
  %823 = graph.reshape %822 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %824 = graph.transpose %823 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %825 = graph.reshape %824 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %826 = graph.matmul %825, %s2_b15_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %827 = graph.add %826, %s2_b15_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %828:3 = graph.split %827 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %829 = graph.reshape %828#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %830 = graph.transpose %829 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %831 = graph.reshape %828#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %832 = graph.transpose %831 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %833 = graph.matmul %830, %832 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %834 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %835 = graph.mul %833, %834 : tensor<4x16x49x49xf16>, tensor<f16>
  %836 = graph.add %835, %s2_b15_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %837 = graph.add %836, %s2_b15_attn_mask : tensor<4x16x49x49xf16>, tensor<4x1x49x49xf16>
  %838 = graph.softmax %837 : tensor<4x16x49x49xf16>
  %839 = graph.reshape %828#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %840 = graph.transpose %839 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %841 = graph.matmul %838, %840 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %842 = graph.transpose %841 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %843 = graph.reshape %842 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %844 = graph.matmul %843, %s2_b15_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %845 = graph.add %844, %s2_b15_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %846 = graph.reshape %845 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %847 = graph.transpose %846 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %848 = graph.reshape %847 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %849 = graph.slice %848 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %850 = graph.slice %848 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf16>
  %851 = graph.concat %849, %850 axis = 1 : tensor<1x3x14x512xf16>, tensor<1x11x14x512xf16>
  %852 = graph.slice %851 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %853 = graph.slice %851 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf16>
  %854 = graph.concat %852, %853 axis = 2 : tensor<1x14x3x512xf16>, tensor<1x14x11x512xf16>
  %855 = graph.reshape %854 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %856 = graph.add %814, %855 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %857 = graph.layer_norm %856, %s2_b15_norm2_g, %s2_b15_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %858 = graph.matmul %857, %s2_b15_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %859 = graph.add %858, %s2_b15_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %860 = graph.gelu %859 : tensor<1x196x2048xf16>
  %861 = graph.matmul %860, %s2_b15_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %862 = graph.add %861, %s2_b15_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %863 = graph.add %856, %862 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %864 = graph.layer_norm %863, %s2_b16_norm1_g, %s2_b16_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %865 = graph.reshape %864 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %866 = graph.reshape %865 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %867 = graph.transpose %866 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %868 = graph.reshape %867 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %869 = graph.matmul %868, %s2_b16_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %870 = graph.add %869, %s2_b16_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %871:3 = graph.split %870 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %872 = graph.reshape %871#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %873 = graph.transpose %872 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %874 = graph.reshape %871#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %875 = graph.transpose %874 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %876 = graph.matmul %873, %875 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %877 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %878 = graph.mul %876, %877 : tensor<4x16x49x49xf16>, tensor<f16>
  %879 = graph.add %878, %s2_b16_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %880 = graph.softmax %879 : tensor<4x16x49x49xf16>
  %881 = graph.reshape %871#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %882 = graph.transpose %881 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %883 = graph.matmul %880, %882 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %884 = graph.transpose %883 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %885 = graph.reshape %884 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %886 = graph.matmul %885, %s2_b16_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %887 = graph.add %886, %s2_b16_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %888 = graph.reshape %887 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %889 = graph.transpose %888 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %890 = graph.reshape %889 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %891 = graph.reshape %890 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %892 = graph.add %863, %891 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %893 = graph.layer_norm %892, %s2_b16_norm2_g, %s2_b16_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %894 = graph.matmul %893, %s2_b16_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %895 = graph.add %894, %s2_b16_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %896 = graph.gelu %895 : tensor<1x196x2048xf16>
  %897 = graph.matmul %896, %s2_b16_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %898 = graph.add %897, %s2_b16_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %899 = graph.add %892, %898 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %900 = graph.layer_norm %899, %s2_b17_norm1_g, %s2_b17_norm1_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %901 = graph.reshape %900 : tensor<1x196x512xf16> to tensor<1x14x14x512xf16>
  %902 = graph.slice %901 starts = [3] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %903 = graph.slice %901 starts = [0] ends = [3] axes = [1] : tensor<1x14x14x512xf16>
  %904 = graph.concat %902, %903 axis = 1 : tensor<1x11x14x512xf16>, tensor<1x3x14x512xf16>
  %905 = graph.slice %904 starts = [3] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %906 = graph.slice %904 starts = [0] ends = [3] axes = [2] : tensor<1x14x14x512xf16>
  %907 = graph.concat %905, %906 axis = 2 : tensor<1x14x11x512xf16>, tensor<1x14x3x512xf16>
  %908 = graph.reshape %907 : tensor<1x14x14x512xf16> to tensor<1x2x7x2x7x512xf16>
  %909 = graph.transpose %908 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x7x2x7x512xf16>
  %910 = graph.reshape %909 : tensor<1x2x2x7x7x512xf16> to tensor<4x49x512xf16>
  %911 = graph.matmul %910, %s2_b17_qkv_w : tensor<4x49x512xf16>, tensor<512x1536xf16>
  %912 = graph.add %911, %s2_b17_qkv_b : tensor<4x49x1536xf16>, tensor<1536xf16>
  %913:3 = graph.split %912 axis = 2 sizes = [512, 512, 512] : tensor<4x49x1536xf16>
  %914 = graph.reshape %913#0 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %915 = graph.transpose %914 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %916 = graph.reshape %913#1 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %917 = graph.transpose %916 perm = [0, 2, 3, 1] : tensor<4x49x16x32xf16>
  %918 = graph.matmul %915, %917 : tensor<4x16x49x32xf16>, tensor<4x16x32x49xf16>
  %919 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %920 = graph.mul %918, %919 : tensor<4x16x49x49xf16>, tensor<f16>
  %921 = graph.add %920, %s2_b17_rel_bias : tensor<4x16x49x49xf16>, tensor<16x49x49xf16>
  %922 = graph.add %921, %s2_b17_attn_mask : tensor<4x16x49x49xf16>, tensor<4x1x49x49xf16>
  %923 = graph.softmax %922 : tensor<4x16x49x49xf16>
  %924 = graph.reshape %913#2 : tensor<4x49x512xf16> to tensor<4x49x16x32xf16>
  %925 = graph.transpose %924 perm = [0, 2, 1, 3] : tensor<4x49x16x32xf16>
  %926 = graph.matmul %923, %925 : tensor<4x16x49x49xf16>, tensor<4x16x49x32xf16>
  %927 = graph.transpose %926 perm = [0, 2, 1, 3] : tensor<4x16x49x32xf16>
  %928 = graph.reshape %927 : tensor<4x49x16x32xf16> to tensor<4x49x512xf16>
  %929 = graph.matmul %928, %s2_b17_proj_w : tensor<4x49x512xf16>, tensor<512x512xf16>
  %930 = graph.add %929, %s2_b17_proj_b : tensor<4x49x512xf16>, tensor<512xf16>
  %931 = graph.reshape %930 : tensor<4x49x512xf16> to tensor<1x2x2x7x7x512xf16>
  %932 = graph.transpose %931 perm = [0, 1, 3, 2, 4, 5] : tensor<1x2x2x7x7x512xf16>
  %933 = graph.reshape %932 : tensor<1x2x7x2x7x512xf16> to tensor<1x14x14x512xf16>
  %934 = graph.slice %933 starts = [11] ends = [14] axes = [1] : tensor<1x14x14x512xf16>
  %935 = graph.slice %933 starts = [0] ends = [11] axes = [1] : tensor<1x14x14x512xf16>
  %936 = graph.concat %934, %935 axis = 1 : tensor<1x3x14x512xf16>, tensor<1x11x14x512xf16>
  %937 = graph.slice %936 starts = [11] ends = [14] axes = [2] : tensor<1x14x14x512xf16>
  %938 = graph.slice %936 starts = [0] ends = [11] axes = [2] : tensor<1x14x14x512xf16>
  %939 = graph.concat %937, %938 axis = 2 : tensor<1x14x3x512xf16>, tensor<1x14x11x512xf16>
  %940 = graph.reshape %939 : tensor<1x14x14x512xf16> to tensor<1x196x512xf16>
  %941 = graph.add %899, %940 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %942 = graph.layer_norm %941, %s2_b17_norm2_g, %s2_b17_norm2_b epsilon = 1.00000000e-5 : tensor<1x196x512xf16>, tensor<512xf16>
  %943 = graph.matmul %942, %s2_b17_fc1_w : tensor<1x196x512xf16>, tensor<512x2048xf16>
  %944 = graph.add %943, %s2_b17_fc1_b : tensor<1x196x2048xf16>, tensor<2048xf16>
  %945 = graph.gelu %944 : tensor<1x196x2048xf16>
  %946 = graph.matmul %945, %s2_b17_fc2_w : tensor<1x196x2048xf16>, tensor<2048x512xf16>
  %947 = graph.add %946, %s2_b17_fc2_b : tensor<1x196x512xf16>, tensor<512xf16>
  %948 = graph.add %941, %947 : tensor<1x196x512xf16>, tensor<1x196x512xf16>
  %949 = graph.reshape %948 : tensor<1x196x512xf16> to tensor<1x7x2x7x2x512xf16>
  %950 = graph.transpose %949 perm = [0, 1, 3, 4, 2, 5] : tensor<1x7x2x7x2x512xf16>
  %951 = graph.reshape %950 : tensor<1x7x7x2x2x512xf16> to tensor<1x49x2048xf16>
  %952 = graph.layer_norm %951, %s2_merge_norm_g, %s2_merge_norm_b epsilon = 1.00000000e-5 : tensor<1x49x2048xf16>, tensor<2048xf16>
  %953 = graph.matmul %952, %s2_merge_reduction_w : tensor<1x49x2048xf16>, tensor<2048x1024xf16>
  %954 = graph.layer_norm %953, %s3_b0_norm1_g, %s3_b0_norm1_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf16>, tensor<1024xf16>
  %955 = graph.reshape %954 : tensor<1x49x1024xf16> to tensor<1x7x7x1024xf16>
  %956 = graph.reshape %955 : tensor<1x7x7x1024xf16> to tensor<1x1x7x1x7x1024xf16>
  %957 = graph.transpose %956 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x7x1x7x1024xf16>
  %958 = graph.reshape %957 : tensor<1x1x1x7x7x1024xf16> to tensor<1x49x1024xf16>
  %959 = graph.matmul %958, %s3_b0_qkv_w : tensor<1x49x1024xf16>, tensor<1024x3072xf16>
  %960 = graph.add %959, %s3_b0_qkv_b : tensor<1x49x3072xf16>, tensor<3072xf16>
  %961:3 = graph.split %960 axis = 2 sizes = [1024, 1024, 1024] : tensor<1x49x3072xf16>
  %962 = graph.reshape %961#0 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %963 = graph.transpose %962 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf16>
  %964 = graph.reshape %961#1 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %965 = graph.transpose %964 perm = [0, 2, 3, 1] : tensor<1x49x32x32xf16>
  %966 = graph.matmul %963, %965 : tensor<1x32x49x32xf16>, tensor<1x32x32x49xf16>
  %967 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %968 = graph.mul %966, %967 : tensor<1x32x49x49xf16>, tensor<f16>
  %969 = graph.add %968, %s3_b0_rel_bias : tensor<1x32x49x49xf16>, tensor<32x49x49xf16>
  %970 = graph.softmax %969 : tensor<1x32x49x49xf16>
  %971 = graph.reshape %961#2 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %972 = graph.transpose %971 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf16>
  %973 = graph.matmul %970, %972 : tensor<1x32x49x49xf16>, tensor<1x32x49x32xf16>
  %974 = graph.transpose %973 perm = [0, 2, 1, 3] : tensor<1x32x49x32xf16>
  %975 = graph.reshape %974 : tensor<1x49x32x32xf16> to tensor<1x49x1024xf16>
  %976 = graph.matmul %975, %s3_b0_proj_w : tensor<1x49x1024xf16>, tensor<1024x1024xf16>
  %977 = graph.add %976, %s3_b0_proj_b : tensor<1x49x1024xf16>, tensor<1024xf16>
  %978 = graph.reshape %977 : tensor<1x49x1024xf16> to tensor<1x1x1x7x7x1024xf16>
  %979 = graph.transpose %978 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x1x7x7x1024xf16>
  %980 = graph.reshape %979 : tensor<1x1x7x1x7x1024xf16> to tensor<1x7x7x1024xf16>
  %981 = graph.reshape %980 : tensor<1x7x7x1024xf16> to tensor<1x49x1024xf16>
  %982 = graph.add %953, %981 : tensor<1x49x1024xf16>, tensor<1x49x1024xf16>
  %983 = graph.layer_norm %982, %s3_b0_norm2_g, %s3_b0_norm2_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf16>, tensor<1024xf16>
  %984 = graph.matmul %983, %s3_b0_fc1_w : tensor<1x49x1024xf16>, tensor<1024x4096xf16>
  %985 = graph.add %984, %s3_b0_fc1_b : tensor<1x49x4096xf16>, tensor<4096xf16>
  %986 = graph.gelu %985 : tensor<1x49x4096xf16>
  %987 = graph.matmul %986, %s3_b0_fc2_w : tensor<1x49x4096xf16>, tensor<4096x1024xf16>
  %988 = graph.add %987, %s3_b0_fc2_b : tensor<1x49x1024xf16>, tensor<1024xf16>
  %989 = graph.add %982, %988 : tensor<1x49x1024xf16>, tensor<1x49x1024xf16>
  %990 = graph.layer_norm %989, %s3_b1_norm1_g, %s3_b1_norm1_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf16>, tensor<1024xf16>
  %991 = graph.reshape %990 : tensor<1x49x1024xf16> to tensor<1x7x7x1024xf16>
  %992 = graph.reshape %991 : tensor<1x7x7x1024xf16> to tensor<1x1x7x1x7x1024xf16>
  %993 = graph.transpose %992 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x7x1x7x1024xf16>
  %994 = graph.reshape %993 : tensor<1x1x1x7x7x1024xf16> to tensor<1x49x1024xf16>
  %995 = graph.matmul %994, %s3_b1_qkv_w : tensor<1x49x1024xf16>, tensor<1024x3072xf16>
  %996 = graph.add %995, %s3_b1_qkv_b : tensor<1x49x3072xf16>, tensor<3072xf16>
  %997:3 = graph.split %996 axis = 2 sizes = [1024, 1024, 1024] : tensor<1x49x3072xf16>
  %998 = graph.reshape %997#0 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %999 = graph.transpose %998 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf16>
  %1000 = graph.reshape %997#1 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %1001 = graph.transpose %1000 perm = [0, 2, 3, 1] : tensor<1x49x32x32xf16>
  %1002 = graph.matmul %999, %1001 : tensor<1x32x49x32xf16>, tensor<1x32x32x49xf16>
  %1003 = graph.constant dense<1.76776695e-1> : tensor<f16>
  %1004 = graph.mul %1002, %1003 : tensor<1x32x49x49xf16>, tensor<f16>
  %1005 = graph.add %1004, %s3_b1_rel_bias : tensor<1x32x49x49xf16>, tensor<32x49x49xf16>
  %1006 = graph.softmax %1005 : tensor<1x32x49x49xf16>
  %1007 = graph.reshape %997#2 : tensor<1x49x1024xf16> to tensor<1x49x32x32xf16>
  %1008 = graph.transpose %1007 perm = [0, 2, 1, 3] : tensor<1x49x32x32xf16>
  %1009 = graph.matmul %1006, %1008 : tensor<1x32x49x49xf16>, tensor<1x32x49x32xf16>
  %1010 = graph.transpose %1009 perm = [0, 2, 1, 3] : tensor<1x32x49x32xf16>
  %1011 = graph.reshape %1010 : tensor<1x49x32x32xf16> to tensor<1x49x1024xf16>
  %1012 = graph.matmul %1011, %s3_b1_proj_w : tensor<1x49x1024xf16>, tensor<1024x1024xf16>
  %1013 = graph.add %1012, %s3_b1_proj_b : tensor<1x49x1024xf16>, tensor<1024xf16>
  %1014 = graph.reshape %1013 : tensor<1x49x1024xf16> to tensor<1x1x1x7x7x1024xf16>
  %1015 = graph.transpose %1014 perm = [0, 1, 3, 2, 4, 5] : tensor<1x1x1x7x7x1024xf16>
  %1016 = graph.reshape %1015 : tensor<1x1x7x1x7x1024xf16> to tensor<1x7x7x1024xf16>
  %1017 = graph.reshape %1016 : tensor<1x7x7x1024xf16> to tensor<1x49x1024xf16>
  %1018 = graph.add %989, %1017 : tensor<1x49x1024xf16>, tensor<1x49x1024xf16>
  %1019 = graph.layer_norm %1018, %s3_b1_norm2_g, %s3_b1_norm2_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf16>, tensor<1024xf16>
  %1020 = graph.matmul %1019, %s3_b1_fc1_w : tensor<1x49x1024xf16>, tensor<1024x4096xf16>
  %1021 = graph.add %1020, %s3_b1_fc1_b : tensor<1x49x4096xf16>, tensor<4096xf16>
  %1022 = graph.gelu %1021 : tensor<1x49x4096xf16>
  %1023 = graph.matmul %1022, %s3_b1_fc2_w : tensor<1x49x4096xf16>, tensor<4096x1024xf16>
  %1024 = graph.add %1023, %s3_b1_fc2_b : tensor<1x49x1024xf16>, tensor<1024xf16>
  %1025 = graph.add %1018, %1024 : tensor<1x49x1024xf16>, tensor<1x49x1024xf16>
  %1026 = graph.layer_norm %1025, %norm_g, %norm_b epsilon = 1.00000000e-5 : tensor<1x49x1024xf16>, tensor<1024xf16>
  %1027 = graph.reduce_mean %1026 axes = [1] : tensor<1x49x1024xf16>
  %1028 = graph.matmul %1027, %head_w : tensor<1x1024xf16>, tensor<1024x1000xf16>
  %1029 = graph.add %1028, %head_b : tensor<1x1000xf16>, tensor<1000xf16>
  return %1029 : tensor<1x1000xf16>
}
