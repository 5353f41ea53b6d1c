// ResNeXt-101 (64x4d) at 224x224, 1000 classes, f32; batch norm folded into conv biases.
func.func @main(%image: tensor<1x3x224x224xf32> {dlc.name = "image"}, %stem_w: tensor<64x3x7x7xf32> {dlc.name = "stem.w"}, %stem_b: tensor<64xf32> {dlc.name = "stem.b"}, %s0_b0_conv1_w: tensor<256x64x1x1xf32> {dlc.name = "s0.b0.conv1.w"}, %s0_b0_conv1_b: tensor<256xf32> {dlc.name = "s0.b0.conv1.b"}, %s0_b0_conv2_w: tensor<256x4x3x3xf32> {dlc.name = "s0.b0.conv2.w"}, %s0_b0_conv2_b: tensor<256xf32> {dlc.name = "s0.b0.conv2.b"}, %s0_b0_conv3_w: tensor<256x256x1x1xf32> {dlc.name = "s0.b0.conv3.w"}, %s0_b0_conv3_b: tensor<256xf32> {dlc.name = "s0.b0.conv3.b"}, %s0_b0_down_w: tensor<256x64x1x1xf32> {dlc.name = "s0.b0.down.w"}, %s0_b0_down_b: tensor<256xf32> {dlc.name = "s0.b0.down.b"}, %s0_b1_conv1_w: tensor<256x256x1x1xf32> {dlc.name = "s0.b1.conv1.w"}, %s0_b1_conv1_b: tensor<256xf32> {dlc.name = "s0.b1.conv1.b"}, %s0_b1_conv2_w: tensor<256x4x3x3xf32> {dlc.name = "s0.b1.conv2.w"}, %s0_b1_conv2_b: tensor<256xf32> {dlc.name = "s0.b1.conv2.b"}, %s0_b1_conv3_w: tensor<256x256x1x1xf32> {dlc.name = "s0.b1.conv3.w"}, %s0_b1_conv3_b: tensor<256xf32> {dlc.name = "s0.b1.conv3.b"}, %s0_b2_conv1_w: tensor<256x256x1x1xf32> {dlc.name = "s0.b2.conv1.w"}, %s0_b2_conv1_b: tensor<256xf32> {dlc.name = "s0.b2.conv1.b"}, %s0_b2_conv2_w: tensor<256x4x3x3xf32> {dlc.name = "s0.b2.conv2.w"}, %s0_b2_conv2_b: tensor<256xf32> {dlc.name = "s0.b2.conv2.b"}, %s0_b2_conv3_w: tensor<256x256x1x1xf32> {dlc.name = "s0.b2.conv3.w"}, %s0_b2_conv3_b: tensor<256xf32> {dlc.name = "s0.b2.conv3.b"}, %s1_b0_conv1_w: tensor<512x256x1x1xf32> {dlc.name = "s1.b0.conv1.w"}, %s1_b0_conv1_b: tensor<512xf32> {dlc.name = "s1.b0.conv1.b"}, %s1_b0_conv2_w: tensor<512x8x3x3xf32> {dlc.name = "s1.b0.conv2.w"}, %s1_b0_conv2_b: tensor<512xf32> {dlc.name = "s1.b0.conv2.b"}, %s1_b0_conv3_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b0.conv3.w"}, %s1_b0_conv3_b: tensor<512xf32> {dlc.name = "s1.b0.conv3.b"}, %s1_b0_down_w: tensor<512x256x1x1xf32> {dlc.name = "s1.b0.down.w"}, %s1_b0_down_b: tensor<512xf32> {dlc.name = "s1.b0.down.b"}, %s1_b1_conv1_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b1.conv1.w"}, %s1_b1_conv1_b: tensor<512xf32> {dlc.name = "s1.b1.conv1.b"}, %s1_b1_conv2_w: tensor<512x8x3x3xf32> {dlc.name = "s1.b1.conv2.w"}, %s1_b1_conv2_b: tensor<512xf32> {dlc.name = "s1.b1.conv2.b"}, %s1_b1_conv3_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b1.conv3.w"}, %s1_b1_conv3_b: tensor<512xf32> {dlc.name = "s1.b1.conv3.b"}, %s1_b2_conv1_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b2.conv1.w"}, %s1_b2_conv1_b: tensor<512xf32> {dlc.name = "s1.b2.conv1.b"}, %s1_b2_conv2_w: tensor<512x8x3x3xf32> {dlc.name = "s1.b2.conv2.w"}, %s1_b2_conv2_b: tensor<512xf32> {dlc.name = "s1.b2.conv2.b"}, %s1_b2_conv3_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b2.conv3.w"}, %s1_b2_conv3_b: tensor<512xf32> {dlc.name = "s1.b2.conv3.b"}, %s1_b3_conv1_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b3.conv1.w"}, %s1_b3_conv1_b: tensor<512xf32> {dlc.name = "s1.b3.conv1.b"}, %s1_b3_conv2_w: tensor<512x8x3x3xf32> {dlc.name = "s1.b3.conv2.w"}, %s1_b3_conv2_b: tensor<512xf32> {dlc.name = "s1.b3.conv2.b"}, %s1_b3_conv3_w: tensor<512x512x1x1xf32> {dlc.name = "s1.b3.conv3.w"}, %s1_b3_conv3_b: tensor<512xf32> {dlc.name = "s1.b3.conv3.b"}, %s2_b0_conv1_w: tensor<1024x512x1x1xf32> {dlc.name = "s2.b0.conv1.w"}, %s2_b0_conv1_b: tensor<1024xf32> {dlc.name = "s2.b0.conv1.b"}, %s2_b0_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b0.conv2.w"}, %s2_b0_conv2_b: tensor<1024xf32> {dlc.name = "s2.b0.conv2.b"}, %s2_b0_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b0.conv3.w"}, %s2_b0_conv3_b: tensor<1024xf32> {dlc.name = "s2.b0.conv3.b"}, %s2_b0_down_w: tensor<1024x512x1x1xf32> {dlc.name = "s2.b0.down.w"}, %s2_b0_down_b: tensor<1024xf32> {dlc.name = "s2.b0.down.b"}, %s2_b1_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b1.conv1.w"}, %s2_b1_conv1_b: tensor<1024xf32> {dlc.name = "s2.b1.conv1.b"}, %s2_b1_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b1.conv2.w"}, %s2_b1_conv2_b: tensor<1024xf32> {dlc.name = "s2.b1.conv2.b"}, %s2_b1_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b1.conv3.w"}, %s2_b1_conv3_b: tensor<1024xf32> {dlc.name = "s2.b1.conv3.b"}, %s2_b2_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b2.conv1.w"}, %s2_b2_conv1_b: tensor<1024xf32> {dlc.name = "s2.b2.conv1.b"}, %s2_b2_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b2.conv2.w"}, %s2_b2_conv2_b: tensor<1024xf32> {dlc.name = "s2.b2.conv2.b"}, %s2_b2_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b2.conv3.w"}, %s2_b2_conv3_b: tensor<1024xf32> {dlc.name = "s2.b2.conv3.b"}, %s2_b3_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b3.conv1.w"}, %s2_b3_conv1_b: tensor<1024xf32> {dlc.name = "s2.b3.conv1.b"}, %s2_b3_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b3.conv2.w"}, %s2_b3_conv2_b: tensor<1024xf32> {dlc.name = "s2.b3.conv2.b"}, %s2_b3_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b3.conv3.w"}, %s2_b3_conv3_b: tensor<1024xf32> {dlc.name = "s2.b3.conv3.b"}, %s2_b4_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b4.conv1.w"}, %s2_b4_conv1_b: tensor<1024xf32> {dlc.name = "s2.b4.conv1.b"}, %s2_b4_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b4.conv2.w"}, %s2_b4_conv2_b: tensor<1024xf32> {dlc.name = "s2.b4.conv2.b"}, %s2_b4_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b4.conv3.w"}, %s2_b4_conv3_b: tensor<1024xf32> {dlc.name = "s2.b4.conv3.b"}, %s2_b5_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b5.conv1.w"}, %s2_b5_conv1_b: tensor<1024xf32> {dlc.name = "s2.b5.conv1.b"}, %s2_b5_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b5.conv2.w"}, %s2_b5_conv2_b: tensor<1024xf32> {dlc.name = "s2.b5.conv2.b"}, %s2_b5_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b5.conv3.w"}, %s2_b5_conv3_b: tensor<1024xf32> {dlc.name = "s2.b5.conv3.b"}, %s2_b6_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b6.conv1.w"}, %s2_b6_conv1_b: tensor<1024xf32> {dlc.name = "s2.b6.conv1.b"}, %s2_b6_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b6.conv2.w"}, %s2_b6_conv2_b: tensor<1024xf32> {dlc.name = "s2.b6.conv2.b"}, %s2_b6_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b6.conv3.w"}, %s2_b6_conv3_b: tensor<1024xf32> {dlc.name = "s2.b6.conv3.b"}, %s2_b7_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b7.conv1.w"}, %s2_b7_conv1_b: tensor<1024xf32> {dlc.name = "s2.b7.conv1.b"}, %s2_b7_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b7.conv2.w"}, %s2_b7_conv2_b: tensor<1024xf32> {dlc.name = "s2.b7.conv2.b"}, %s2_b7_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b7.conv3.w"}, %s2_b7_conv3_b: tensor<1024xf32> {dlc.name = "s2.b7.conv3.b"}, %s2_b8_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b8.conv1.w"}, %s2_b8_conv1_b: tensor<1024xf32> {dlc.name = "s2.b8.conv1.b"}, %s2_b8_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b8.conv2.w"}, %s2_b8_conv2_b: tensor<1024xf32> {dlc.name = "s2.b8.conv2.b"}, %s2_b8_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b8.conv3.w"}, %s2_b8_conv3_b: tensor<1024xf32> {dlc.name = "s2.b8.conv3.b"}, %s2_b9_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b9.conv1.w"}, %s2_b9_conv1_b: tensor<1024xf32> {dlc.name = "s2.b9.conv1.b"}, %s2_b9_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b9.conv2.w"}, %s2_b9_conv2_b: tensor<1024xf32> {dlc.name = "s2.b9.conv2.b"}, %s2_b9_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b9.conv3.w"}, %s2_b9_conv3_b: tensor<1024xf32> {dlc.name = "s2.b9.conv3.b"}, %s2_b10_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b10.conv1.w"}, %s2_b10_conv1_b: tensor<1024xf32> {dlc.name = "s2.b10.conv1.b"}, %s2_b10_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b10.conv2.w"}, %s2_b10_conv2_b: tensor<1024xf32> {dlc.name = "s2.b10.conv2.b"}, %s2_b10_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b10.conv3.w"}, %s2_b10_conv3_b: tensor<1024xf32> {dlc.name = "s2.b10.conv3.b"}, %s2_b11_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b11.conv1.w"}, %s2_b11_conv1_b: tensor<1024xf32> {dlc.name = "s2.b11.conv1.b"}, %s2_b11_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b11.conv2.w"}, %s2_b11_conv2_b: tensor<1024xf32> {dlc.name = "s2.b11.conv2.b"}, %s2_b11_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b11.conv3.w"}, %s2_b11_conv3_b: tensor<1024xf32> {dlc.name = "s2.b11.conv3.b"}, %s2_b12_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b12.conv1.w"}, %s2_b12_conv1_b: tensor<1024xf32> {dlc.name = "s2.b12.conv1.b"}, %s2_b12_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b12.conv2.w"}, %s2_b12_conv2_b: tensor<1024xf32> {dlc.name = "s2.b12.conv2.b"}, %s2_b12_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b12.conv3.w"}, %s2_b12_conv3_b: tensor<1024xf32> {dlc.name = "s2.b12.conv3.b"}, %s2_b13_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b13.conv1.w"}, %s2_b13_conv1_b: tensor<1024xf32> {dlc.name = "s2.b13.conv1.b"}, %s2_b13_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b13.conv2.w"}, %s2_b13_conv2_b: tensor<1024xf32> {dlc.name = "s2.b13.conv2.b"}, %s2_b13_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b13.conv3.w"}, %s2_b13_conv3_b: tensor<1024xf32> {dlc.name = "s2.b13.conv3.b"}, %s2_b14_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b14.conv1.w"}, %s2_b14_conv1_b: tensor<1024xf32> {dlc.name = "s2.b14.conv1.b"}, %s2_b14_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b14.conv2.w"}, %s2_b14_conv2_b: tensor<1024xf32> {dlc.name = "s2.b14.conv2.b"}, %s2_b14_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b14.conv3.w"}, %s2_b14_conv3_b: tensor<1024xf32> {dlc.name = "s2.b14.conv3.b"}, %s2_b15_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b15.conv1.w"}, %s2_b15_conv1_b: tensor<1024xf32> {dlc.name = "s2.b15.conv1.b"}, %s2_b15_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b15.conv2.w"}, %s2_b15_conv2_b: tensor<1024xf32> {dlc.name = "s2.b15.conv2.b"}, %s2_b15_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b15.conv3.w"}, %s2_b15_conv3_b: tensor<1024xf32> {dlc.name = "s2.b15.conv3.b"}, %s2_b16_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b16.conv1.w"}, %s2_b16_conv1_b: tensor<1024xf32> {dlc.name = "s2.b16.conv1.b"}, %s2_b16_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b16.conv2.w"}, %s2_b16_conv2_b: tensor<1024xf32> {dlc.name = "s2.b16.conv2.b"}, %s2_b16_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b16.conv3.w"}, %s2_b16_conv3_b: tensor<1024xf32> {dlc.name = "s2.b16.conv3.b"}, %s2_b17_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b17.conv1.w"}, %s2_b17_conv1_b: tensor<1024xf32> {dlc.name = "s2.b17.conv1.b"}, %s2_b17_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b17.conv2.w"}, %s2_b17_conv2_b: tensor<1024xf32> {dlc.name = "s2.b17.conv2.b"}, %s2_b17_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b17.conv3.w"}, %s2_b17_conv3_b: tensor<1024xf32> {dlc.name = "s2.b17.conv3.b"}, %s2_b18_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b18.conv1.w"}, %s2_b18_conv1_b: tensor<1024xf32> {dlc.name = "s2.b18.conv1.b"}, %s2_b18_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b18.conv2.w"}, %s2_b18_conv2_b: tensor<1024xf32> {dlc.name = "s2.b18.conv2.b"}, %s2_b18_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b18.conv3.w"}, %s2_b18_conv3_b: tensor<1024xf32> {dlc.name = "s2.b18.conv3.b"}, %s2_b19_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b19.conv1.w"}, %s2_b19_conv1_b: tensor<1024xf32> {dlc.name = "s2.b19.conv1.b"}, %s2_b19_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b19.conv2.w"}, %s2_b19_conv2_b: tensor<1024xf32> {dlc.name = "s2.b19.conv2.b"}, %s2_b19_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b19.conv3.w"}, %s2_b19_conv3_b: tensor<1024xf32> {dlc.name = "s2.b19.conv3.b"}, %s2_b20_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b20.conv1.w"}, %s2_b20_conv1_b: tensor<1024xf32> {dlc.name = "s2.b20.conv1.b"}, %s2_b20_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b20.conv2.w"}, %s2_b20_conv2_b: tensor<1024xf32> {dlc.name = "s2.b20.conv2.b"}, %s2_b20_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b20.conv3.w"}, %s2_b20_conv3_b: tensor<1024xf32> {dlc.name = "s2.b20.conv3.b"}, %s2_b21_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b21.conv1.w"}, %s2_b21_conv1_b: tensor<1024xf32> {dlc.name = "s2.b21.conv1.b"}, %s2_b21_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b21.conv2.w"}, %s2_b21_conv2_b: tensor<1024xf32> {dlc.name = "s2.b21.conv2.b"}, %s2_b21_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b21.conv3.w"}, %s2_b21_conv3_b: tensor<1024xf32> {dlc.name = "s2.b21.conv3.b"}, %s2_b22_conv1_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b22.conv1.w"}, %s2_b22_conv1_b: tensor<1024xf32> {dlc.name = "s2.b22.conv1.b"}, %s2_b22_conv2_w: tensor<1024x16x3x3xf32> {dlc.name = "s2.b22.conv2.w"}, %s2_b22_conv2_b: tensor<1024xf32> {dlc.name = "s2.b22.conv2.b"}, %s2_b22_conv3_w: tensor<1024x1024x1x1xf32> {dlc.name = "s2.b22.conv3.w"}, %s2_b22_conv3_b: tensor<1024xf32> {dlc.name = "s2.b22.conv3.b"}, %s3_b0_conv1_w: tensor<2048x1024x1x1xf32> {dlc.name = "s3.b0.conv1.w"}, %s3_b0_conv1_b: tensor<2048xf32> {dlc.name = "s3.b0.conv1.b"}, %s3_b0_conv2_w: tensor<2048x32x3x3xf32> {dlc.name = "s3.b0.conv2.w"}, %s3_b0_conv2_b: tensor<2048xf32> {dlc.name = "s3.b0.conv2.b"}, %s3_b0_conv3_w: tensor<2048x2048x1x1xf32> {dlc.name = "s3.b0.conv3.w"}, %s3_b0_conv3_b: tensor<2048xf32> {dlc.name = "s3.b0.conv3.b"}, %s3_b0_down_w: tensor<2048x1024x1x1xf32> {dlc.name = "s3.b0.down.w"}, %s3_b0_down_b: tensor<2048xf32> {dlc.name = "s3.b0.down.b"}, %s3_b1_conv1_w: tensor<2048x2048x1x1xf32> {dlc.name = "s3.b1.conv1.w"}, %s3_b1_conv1_b: tensor<2048xf32> {dlc.name = "s3.b1.conv1.b"}, %s3_b1_conv2_w: tensor<2048x32x3x3xf32> {dlc.name = "s3.b1.conv2.w"}, %s3_b1_conv2_b: tensor<2048xf32> {dlc.name = "s3.b1.conv2.b"}, %s3_b1_conv3_w: tensor<2048x2048x1x1xf32> {dlc.name = "s3.b1.conv3.w"}, %s3_b1_conv3_b: tensor<2048xf32> {dlc.name = "s3.b1.conv3.b"}, %s3_b2_conv1_w: tensor<2048x2048x1x1xf32> {dlc.name = "s3.b2.conv1.w"}, %s3_b2_conv1_b: tensor<2048xf32> {dlc.name = "s3.b2.conv1.b"}, %s3_b2_conv2_w: tensor<2048x32x3x3xf32> {dlc.name = "s3.b2.conv2.w"}, %s3_b2_conv2_b: tensor<2048xf32> {dlc.name = "s3.b2.conv2.b"}, %s3_b2_conv3_w: tensor<2048x2048x1x1xf32> {dlc.name = "s3.b2.conv3.w"}, %s3_b2_conv3_b: tensor<2048xf32> {dlc.name = "s3.b2.conv3.b"}, %fc_w: tensor<2048x1000xf32> {dlc.name = "fc.w"}, %fc_b: tensor<1000xf32> {dlc.name = "fc.b"}) -> (tensor<1x1000xf32> {dlc.name = "logits"}) {
  %0 = graph.conv2d %image, %stem_w, %stem_b strides = [2, 2] pads = [3, 3, 3, 3] : tensor<1x3x224x224xf32>, tensor<64x3x7x7xf32>, tensor<64xf32>
  %1 = graph.relu %0 : tensor<1x64x112x112xf32>
  %2 = graph.max_pool2d %1 kernel = [3, 3] strides = [2, 2] pads = [1, 1, 1, 1] : tensor<1x64x112x112xf32>
  %3 = graph.conv2d %2, %s0_b0_conv1_w, %s0_b0_conv1_b : tensor<1x64x56x56xf32>, tensor<256x64x1x1xf32>, tensor<256xf32>
  %4 = graph.relu %3 : tensor<1x256x56x56xf32>
  %5 = graph.conv2d %4, %s0_b0_conv2_w, %s0_b0_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x256x56x56xf32>, tensor<256x4x3x3xf32>, tensor<256xf32>
  %6 = graph.relu %5 : tensor<1x256x56x56xf32>
  %7 = graph.conv2d %6, %s0_b0_conv3_w, %s0_b0_conv3_b : tensor<1x256x56x56xf32>, tensor<256x256x1x1xf32>, tensor<256xf32>
  %8 = graph.conv2d %2, %s0_b0_down_w, %s0_b0_down_b : tensor<1x64x56x56xf32>, tensor<256x64x1x1xf32>, tensor<256xf32>
  %9 = graph.add %7, %8 : tensor<1x256x56x56xf32>, tensor<1x256x56x56xf32>
  %10 = graph.relu %9 : tensor<1x256x56x56xf32>
  %11 = graph.conv2d %10, %s0_b1_conv1_w, %s0_b1_conv1_b : tensor<1x256x56x56xf32>, tensor<256x256x1x1xf32>, tensor<256xf32>
  %12 = graph.relu %11 : tensor<1x256x56x56xf32>
  %13 = graph.conv2d %12, %s0_b1_conv2_w, %s0_b1_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x256x56x56xf32>, tensor<256x4x3x3xf32>, tensor<256xf32>
  %14 = graph.relu %13 : tensor<1x256x56x56xf32>
  %15 = graph.conv2d %14, %s0_b1_conv3_w, %s0_b1_conv3_b : tensor<1x256x56x56xf32>, tensor<256x256x1x1xf32>, tensor<256xf32>
  %16 = graph.add %15, %10 : tensor<1x256x56x56xf32>, tensor<1x256x56x56xf32>
  %17 = graph.relu %16 : tensor<1x256x56x56xf32>
  %18 = graph.conv2d %17, %s0_b2_conv1_w, %s0_b2_conv1_b : tensor<1x256x56x56xf32>, tensor<256x256x1x1xf32>, tensor<256xf32>
  %19 = graph.relu %18 : tensor<1x256x56x56xf32>
  %20 = graph.conv2d %19, %s0_b2_conv2_w, %s0_b2_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x256x56x56xf32>, tensor<256x4x3x3xf32>, tensor<256xf32>
  %21 = graph.relu %20 : tensor<1x256x56x56xf32>
  %22 = graph.conv2d %21, %s0_b2_conv3_w, %s0_b2_conv3_b : tensor<1x256x56x56xf32>, tensor<256x256x1x1xf32>, tensor<256xf32>
  %23 = graph.add %22, %17 : tensor<1x256x56x56xf32>, tensor<1x256x56x56xf32>
  %24 = graph.relu %23 : tensor<1x256x56x56xf32>
  %25 = graph.conv2d %24, %s1_b0_conv1_w, %s1_b0_conv1_b : tensor<1x256x56x56xf32>, tensor<512x256x1x1xf32>, tensor<512xf32>
  %26 = graph.relu %25 : tensor<1x512x56x56xf32>
  %27 = graph.conv2d %26, %s1_b0_conv2_w, %s1_b0_conv2_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 64 : tensor<1x512x56x56xf32>, tensor<512x8x3x3xf32>, tensor<512xf32>
  %28 = graph.relu %27 : tensor<1x512x28x28xf32>
  %29 = graph.conv2d %28, %s1_b0_conv3_w, %s1_b0_conv3_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %30 = graph.conv2d %24, %s1_b0_down_w, %s1_b0_down_b strides = [2, 2] : tensor<1x256x56x56xf32>, tensor<512x256x1x1xf32>, tensor<512xf32>
  %31 = graph.add %29, %30 : tensor<1x512x28x28xf32>, tensor<1x512x28x28xf32>
  %32 = graph.relu %31 : tensor<1x512x28x28xf32>
  %33 = graph.conv2d %32, %s1_b1_conv1_w, %s1_b1_conv1_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %34 = graph.relu %33 : tensor<1x512x28x28xf32>
  %35 = graph.conv2d %34, %s1_b1_conv2_w, %s1_b1_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x512x28x28xf32>, tensor<512x8x3x3xf32>, tensor<512xf32>
  %36 = graph.relu %35 : tensor<1x512x28x28xf32>
  %37 = graph.conv2d %36, %s1_b1_conv3_w, %s1_b1_conv3_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %38 = graph.add %37, %32 : tensor<1x512x28x28xf32>, tensor<1x512x28x28xf32>
  %39 = graph.relu %38 : tensor<1x512x28x28xf32>
  %40 = graph.conv2d %39, %s1_b2_conv1_w, %s1_b2_conv1_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %41 = graph.relu %40 : tensor<1x512x28x28xf32>
  %42 = graph.conv2d %41, %s1_b2_conv2_w, %s1_b2_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x512x28x28xf32>, tensor<512x8x3x3xf32>, tensor<512xf32>
  %43 = graph.relu %42 : tensor<1x512x28x28xf32>
  %44 = graph.conv2d %43, %s1_b2_conv3_w, %s1_b2_conv3_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %45 = graph.add %44, %39 : tensor<1x512x28x28xf32>, tensor<1x512x28x28xf32>
  %46 = graph.relu %45 : tensor<1x512x28x28xf32>
  %47 = graph.conv2d %46, %s1_b3_conv1_w, %s1_b3_conv1_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %48 = graph.relu %47 : tensor<1x512x28x28xf32>
  %49 = graph.conv2d %48, %s1_b3_conv2_w, %s1_b3_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x512x28x28xf32>, tensor<512x8x3x3xf32>, tensor<512xf32>
  %50 = graph.relu %49 : tensor<1x512x28x28xf32>
  %51 = graph.conv2d %50, %s1_b3_conv3_w, %s1_b3_conv3_b : tensor<1x512x28x28xf32>, tensor<512x512x1x1xf32>, tensor<512xf32>
  %52 = graph.add %51, %46 : tensor<1x512x28x28xf32>, tensor<1x512x28x28xf32>
  %53 = graph.relu %52 : tensor<1x512x28x28xf32>
  %54 = graph.conv2d %53, %s2_b0_conv1_w, %s2_b0_conv1_b : tensor<1x512x28x28xf32>, tensor<1024x512x1x1xf32>, tensor<1024xf32>
  %55 = graph.relu %54 : tensor<1x1024x28x28xf32>
  %56 = graph.conv2d %55, %s2_b0_conv2_w, %s2_b0_conv2_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x28x28xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %57 = graph.relu %56 : tensor<1x1024x14x14xf32>
  %58 = graph.conv2d %57, %s2_b0_conv3_w, %s2_b0_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %59 = graph.conv2d %53, %s2_b0_down_w, %s2_b0_down_b strides = [2, 2] : tensor<1x512x28x28xf32>, tensor<1024x512x1x1xf32>, tensor<1024xf32>
  %60 = graph.add %58, %59 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %61 = graph.relu %60 : tensor<1x1024x14x14xf32>
  %62 = graph.conv2d %61, %s2_b1_conv1_w, %s2_b1_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %63 = graph.relu %62 : tensor<1x1024x14x14xf32>
  %64 = graph.conv2d %63, %s2_b1_conv2_w, %s2_b1_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %65 = graph.relu %64 : tensor<1x1024x14x14xf32>
  %66 = graph.conv2d %65, %s2_b1_conv3_w, %s2_b1_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %67 = graph.add %66, %61 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %68 = graph.relu %67 : tensor<1x1024x14x14xf32>
  %69 = graph.conv2d %68, %s2_b2_conv1_w, %s2_b2_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %70 = graph.relu %69 : tensor<1x1024x14x14xf32>
  %71 = graph.conv2d %70, %s2_b2_conv2_w, %s2_b2_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %72 = graph.relu %71 : tensor<1x1024x14x14xf32>
  %73 = graph.conv2d %72, %s2_b2_conv3_w, %s2_b2_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %74 = graph.add %73, %68 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %75 = graph.relu %74 : tensor<1x1024x14x14xf32>
  %76 = graph.conv2d %75, %s2_b3_conv1_w, %s2_b3_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %77 = graph.relu %76 : tensor<1x1024x14x14xf32>
  %78 = graph.conv2d %77, %s2_b3_conv2_w, %s2_b3_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %79 = graph.relu %78 : tensor<1x1024x14x14xf32>
  %80 = graph.conv2d %79, %s2_b3_conv3_w, %s2_b3_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %81 = graph.add %80, %75 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %82 = graph.relu %81 : tensor<1x1024x14x14xf32>
  %83 = graph.conv2d %82, %s2_b4_conv1_w, %s2_b4_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %84 = graph.relu %83 : tensor<1x1024x14x14xf32>
  %85 = graph.conv2d %84, %s2_b4_conv2_w, %s2_b4_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %86 = graph.relu %85 : tensor<1x1024x14x14xf32>
  %87 = graph.conv2d %86, %s2_b4_conv3_w, %s2_b4_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %88 = graph.add %87, %82 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %89 = graph.relu %88 : tensor<1x1024x14x14xf32>
  %90 = graph.conv2d %89, %s2_b5_conv1_w, %s2_b5_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %91 = graph.relu %90 : tensor<1x1024x14x14xf32>
  %92 = graph.conv2d %91, %s2_b5_conv2_w, %s2_b5_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %93 = graph.relu %92 : tensor<1x1024x14x14xf32>
  %94 = graph.conv2d %93, %s2_b5_conv3_w, %s2_b5_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %95 = graph.add %94, %89 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %96 = graph.relu %95 : tensor<1x1024x14x14xf32>
  %97 = graph.conv2d %96, %s2_b6_conv1_w, %s2_b6_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %98 = graph.relu %97 : tensor<1x1024x14x14xf32>
  %99 = graph.conv2d %98, %s2_b6_conv2_w, %s2_b6_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %100 = graph.relu %99 : tensor<1x1024x14x14xf32>
  %101 = graph.conv2d %100, %s2_b6_conv3_w, %s2_b6_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %102 = graph.add %101, %96 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %103 = graph.relu %102 : tensor<1x1024x14x14xf32>
  %104 = graph.conv2d %103, %s2_b7_conv1_w, %s2_b7_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %105 = graph.relu %104 : tensor<1x1024x14x14xf32>
  %106 = graph.conv2d %105, %s2_b7_conv2_w, %s2_b7_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %107 = graph.relu %106 : tensor<1x1024x14x14xf32>
  %108 = graph.conv2d %107, %s2_b7_conv3_w, %s2_b7_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %109 = graph.add %108, %103 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %110 = graph.relu %109 : tensor<1x1024x14x14xf32>
  %111 = graph.conv2d %110, %s2_b8_conv1_w, %s2_b8_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %112 = graph.relu %111 : tensor<1x1024x14x14xf32>
  %113 = graph.conv2d %112, %s2_b8_conv2_w, %s2_b8_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %114 = graph.relu %113 : tensor<1x1024x14x14xf32>
  %115 = graph.conv2d %114, %s2_b8_conv3_w, %s2_b8_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %116 = graph.add %115, %110 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %117 = graph.relu %116 : tensor<1x1024x14x14xf32>
  %118 = graph.conv2d %117, %s2_b9_conv1_w, %s2_b9_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %119 = graph.relu %118 : tensor<1x1024x14x14xf32>
  %120 = graph.conv2d %119, %s2_b9_conv2_w, %s2_b9_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %121 = graph.relu %120 : tensor<1x1024x14x14xf32>
  %122 = graph.conv2d %121, %s2_b9_conv3_w, %s2_b9_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %123 = graph.add %122, %117 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %124 = graph.relu %123 : tensor<1x1024x14x14xf32>
  %125 = graph.conv2d %124, %s2_b10_conv1_w, %s2_b10_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %126 = graph.relu %125 : tensor<1x1024x14x14xf32>
  %127 = graph.conv2d %126, %s2_b10_conv2_w, %s2_b10_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %128 = graph.relu %127 : tensor<1x1024x14x14xf32>
  %129 = graph.conv2d %128, %s2_b10_conv3_w, %s2_b10_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %130 = graph.add %129, %124 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %131 = graph.relu %130 : tensor<1x1024x14x14xf32>
  %132 = graph.conv2d %131, %s2_b11_conv1_w, %s2_b11_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %133 = graph.relu %132 : tensor<1x1024x14x14xf32>
  %134 = graph.conv2d %133, %s2_b11_conv2_w, %s2_b11_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %135 = graph.relu %134 : tensor<1x1024x14x14xf32>
  %136 = graph.conv2d %135, %s2_b11_conv3_w, %s2_b11_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %137 = graph.add %136, %131 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %138 = graph.relu %137 : tensor<1x1024x14x14xf32>
  %139 = graph.conv2d %138, %s2_b12_conv1_w, %s2_b12_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %140 = graph.relu %139 : tensor<1x1024x14x14xf32>
  %141 = graph.conv2d %140, %s2_b12_conv2_w, %s2_b12_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %142 = graph.relu %141 : tensor<1x1024x14x14xf32>
  %143 = graph.conv2d %142, %s2_b12_conv3_w, %s2_b12_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %144 = graph.add %143, %138 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %145 = graph.relu %144 : tensor<1x1024x14x14xf32>
  %146 = graph.conv2d %145, %s2_b13_conv1_w, %s2_b13_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %147 = graph.relu %146 : tensor<1x1024x14x14xf32>
  %148 = graph.conv2d %147, %s2_b13_conv2_w, %s2_b13_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %149 = graph.relu %148 : tensor<1x1024x14x14xf32>
  %150 = graph.conv2d %149, %s2_b13_conv3_w, %s2_b13_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %151 = graph.add %150, %145 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %152 = graph.relu %151 : tensor<1x1024x14x14xf32>
  %153 = graph.conv2d %152, %s2_b14_conv1_w, %s2_b14_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %154 = graph.relu %153 : tensor<1x1024x14x14xf32>
  %155 = graph.conv2d %154, %s2_b14_conv2_w, %s2_b14_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %156 = graph.relu %155 : tensor<1x1024x14x14xf32>
  %157 = graph.conv2d %156, %s2_b14_conv3_w, %s2_b14_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %158 = graph.add %157, %152 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %159 = graph.relu %158 : tensor<1x1024x14x14xf32>
  %160 = graph.conv2d %159, %s2_b15_conv1_w, %s2_b15_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %161 = graph.relu %160 : tensor<1x1024x14x14xf32>
  %162 = graph.conv2d %161, %s2_b15_conv2_w, %s2_b15_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %163 = graph.relu %162 : tensor<1x1024x14x14xf32>
  %164 = graph.conv2d %163, %s2_b15_conv3_w, %s2_b15_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %165 = graph.add %164, %159 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %166 = graph.relu %165 : tensor<1x1024x14x14xf32>
  %167 = graph.conv2d %166, %s2_b16_conv1_w, %s2_b16_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %168 = graph.relu %167 : tensor<1x1024x14x14xf32>
  %169 = graph.conv2d %168, %s2_b16_conv2_w, %s2_b16_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %170 = graph.relu %169 : tensor<1x1024x14x14xf32>
  %171 = graph.conv2d %170, %s2_b16_conv3_w, %s2_b16_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %172 = graph.add %171, %166 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %173 = graph.relu %172 : tensor<1x1024x14x14xf32>
  %174 = graph.conv2d %173, %s2_b17_conv1_w, %s2_b17_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %175 = graph.relu %174 : tensor<1x1024x14x14xf32>
  %176 = graph.conv2d %175, %s2_b17_conv2_w, %s2_b17_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %177 = graph.relu %176 : tensor<1x1024x14x14xf32>
  %178 = graph.conv2d %177, %s2_b17_conv3_w, %s2_b17_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %179 = graph.add %178, %173 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %180 = graph.relu %179 : tensor<1x1024x14x14xf32>
  %181 = graph.conv2d %180, %s2_b18_conv1_w, %s2_b18_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %182 = graph.relu %181 : tensor<1x1024x14x14xf32>
  %183 = graph.conv2d %182, %s2_b18_conv2_w, %s2_b18_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %184 = graph.relu %183 : tensor<1x1024x14x14xf32>
  %185 = graph.conv2d %184, %s2_b18_conv3_w, %s2_b18_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %186 = graph.add %185, %180 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %187 = graph.relu %186 : tensor<1x1024x14x14xf32>
  %188 = graph.conv2d %187, %s2_b19_conv1_w, %s2_b19_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %189 = graph.relu %188 : tensor<1x1024x14x14xf32>
  %190 = graph.conv2d %189, %s2_b19_conv2_w, %s2_b19_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %191 = graph.relu %190 : tensor<1x1024x14x14xf32>
  %192 = graph.conv2d %191, %s2_b19_conv3_w, %s2_b19_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %193 = graph.add %192, %187 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %194 = graph.relu %193 : tensor<1x1024x14x14xf32>
  %195 = graph.conv2d %194, %s2_b20_conv1_w, %s2_b20_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %196 = graph.relu %195 : tensor<1x1024x14x14xf32>
  %197 = graph.conv2d %196, %s2_b20_conv2_w, %s2_b20_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %198 = graph.relu %197 : tensor<1x1024x14x14xf32>
  %199 = graph.conv2d %198, %s2_b20_conv3_w, %s2_b20_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %200 = graph.add %199, %194 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %201 = graph.relu %200 : tensor<1x1024x14x14xf32>
  %202 = graph.conv2d %201, %s2_b21_conv1_w, %s2_b21_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %203 = graph.relu %202 : tensor<1x1024x14x14xf32>
  %204 = graph.conv2d %203, %s2_b21_conv2_w, %s2_b21_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %205 = graph.relu %204 : tensor<1x1024x14x14xf32>
  %206 = graph.conv2d %205, %s2_b21_conv3_w, %s2_b21_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %207 = graph.add %206, %201 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %208 = graph.relu %207 : tensor<1x1024x14x14xf32>
  %209 = graph.conv2d %208, %s2_b22_conv1_w, %s2_b22_conv1_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %210 = graph.relu %209 : tensor<1x1024x14x14xf32>
  %211 = graph.conv2d %210, %s2_b22_conv2_w, %s2_b22_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x1024x14x14xf32>, tensor<1024x16x3x3xf32>, tensor<1024xf32>
  %212 = graph.relu %211 : tensor<1x1024x14x14xf32>
  %213 = graph.conv2d %212, %s2_b22_conv3_w, %s2_b22_conv3_b : tensor<1x1024x14x14xf32>, tensor<1024x1024x1x1xf32>, tensor<1024xf32>
  %214 = graph.add %213, %208 : tensor<1x1024x14x14xf32>, tensor<1x1024x14x14xf32>
  %215 = graph.relu %214 : tensor<1x1024x14x14xf32>
  %216 = graph.conv2d %215, %s3_b0_conv1_w, %s3_b0_conv1_b : tensor<1x1024x14x14xf32>, tensor<2048x1024x1x1xf32>, tensor<2048xf32>
  %217 = graph.relu %216 : tensor<1x2048x14x14xf32>
  %218 = graph.conv2d %217, %s3_b0_conv2_w, %s3_b0_conv2_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 64 : tensor<1x2048x14x14xf32>, tensor<2048x32x3x3xf32>, tensor<2048xf32>
  %219 = graph.relu %218 : tensor<1x2048x7x7xf32>
  %220 = graph.conv2d %219, %s3_b0_conv3_w, %s3_b0_conv3_b : tensor<1x2048x7x7xf32>, tensor<2048x2048x1x1xf32>, tensor<2048xf32>
  %221 = graph.conv2d %215, %s3_b0_down_w, %s3_b0_down_b strides = [2, 2] : tensor<1x1024x14x14xf32>, tensor<2048x1024x1x1xf32>, tensor<2048xf32>
  %222 = graph.add %220, %221 : tensor<1x2048x7x7xf32>, tensor<1x2048x7x7xf32>
  %223 = graph.relu %222 : tensor<1x2048x7x7xf32>
  %224 = graph.conv2d %223, %s3_b1_conv1_w, %s3_b1_conv1_b : tensor<1x2048x7x7xf32>, tensor<2048x2048x1x1xf32>, tensor<2048xf32>
  %225 = graph.relu %224 : tensor<1x2048x7x7xf32>
  %226 = graph.conv2d %225, %s3_b1_conv2_w, %s3_b1_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x2048x7x7xf32>, tensor<2048x32x3x3xf32>, tensor<2048xf32>
  %227 = graph.relu %226 : tensor<1x2048x7x7xf32>
  %228 = graph.conv2d %227, %s3_b1_conv3_w, %s3_b1_conv3_b : tensor<1x2048x7x7xf32>, tensor<2048x2048x1x1xf32>, tensor<2048xf32>
  %229 = graph.add %228, %223 : tensor<1x2048x7x7xf32>, tensor<1x2048x7x7xf32>
  %230 = graph.relu %229 : tensor<1x2048x7x7xf32>
  %231 = graph.conv2d %230, %s3_b2_conv1_w, %s3_b2_conv1_b : tensor<1x2048x7x7xf32>, tensor<2048x2048x1x1xf32>, tensor<2048xf32>
  %232 = graph.relu %231 : tensor<1x2048x7x7xf32>
  %233 = graph.conv2d %232, %s3_b2_conv2_w, %s3_b2_conv2_b pads = [1, 1, 1, 1] groups = 64 : tensor<1x2048x7x7xf32>, tensor<2048x32x3x3xf32>, tensor<2048xf32>
  %234 = graph.relu %233 : tensor<1x2048x7x7xf32>
  %235 = graph.conv2d %234, %s3_b2_conv3_w, %s3_b2_conv3_b : tensor<1x2048x7x7xf32>, tensor<2048x2048x1x1xf32>, tensor<2048xf32>
  %236 = graph.add %235, %230 : tensor<1x2048x7x7xf32>, tensor<1x2048x7x7xf32>
  %237 = graph.relu %236 : tensor<1x2048x7x7xf32>
  %238 = graph.global_avg_pool %237 : tensor<1x2048x7x7xf32>
  %239 = graph.reshape %238 : tensor<1x2048x1x1xf32> to tensor<1x2048xf32>
  %240 = graph.matmul %239, %fc_w : tensor<1x2048xf32>, tensor<2048x1000xf32>
  %241 = graph.add %240, %fc_b : tensor<1x1000xf32>, tensor<1000xf32>
  return %241 : tensor<1x1000xf32>
}
