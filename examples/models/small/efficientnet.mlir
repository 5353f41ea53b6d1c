// EfficientNet (4 MBConv stages, 6 blocks) at 8x8, 10 classes, f32; batch norm folded into conv biases.
func.func @main(%image: tensor<1x3x8x8xf32> {dlc.name = "image"}, %stem_w: tensor<4x3x3x3xf32> {dlc.name = "stem.w"}, %stem_b: tensor<4xf32> {dlc.name = "stem.b"}, %s0_b0_dw_w: tensor<4x1x3x3xf32> {dlc.name = "s0.b0.dw.w"}, %s0_b0_dw_b: tensor<4xf32> {dlc.name = "s0.b0.dw.b"}, %s0_b0_se_reduce_w: tensor<1x4x1x1xf32> {dlc.name = "s0.b0.se.reduce.w"}, %s0_b0_se_reduce_b: tensor<1xf32> {dlc.name = "s0.b0.se.reduce.b"}, %s0_b0_se_expand_w: tensor<4x1x1x1xf32> {dlc.name = "s0.b0.se.expand.w"}, %s0_b0_se_expand_b: tensor<4xf32> {dlc.name = "s0.b0.se.expand.b"}, %s0_b0_project_w: tensor<4x4x1x1xf32> {dlc.name = "s0.b0.project.w"}, %s0_b0_project_b: tensor<4xf32> {dlc.name = "s0.b0.project.b"}, %s1_b0_expand_w: tensor<24x4x1x1xf32> {dlc.name = "s1.b0.expand.w"}, %s1_b0_expand_b: tensor<24xf32> {dlc.name = "s1.b0.expand.b"}, %s1_b0_dw_w: tensor<24x1x3x3xf32> {dlc.name = "s1.b0.dw.w"}, %s1_b0_dw_b: tensor<24xf32> {dlc.name = "s1.b0.dw.b"}, %s1_b0_se_reduce_w: tensor<1x24x1x1xf32> {dlc.name = "s1.b0.se.reduce.w"}, %s1_b0_se_reduce_b: tensor<1xf32> {dlc.name = "s1.b0.se.reduce.b"}, %s1_b0_se_expand_w: tensor<24x1x1x1xf32> {dlc.name = "s1.b0.se.expand.w"}, %s1_b0_se_expand_b: tensor<24xf32> {dlc.name = "s1.b0.se.expand.b"}, %s1_b0_project_w: tensor<6x24x1x1xf32> {dlc.name = "s1.b0.project.w"}, %s1_b0_project_b: tensor<6xf32> {dlc.name = "s1.b0.project.b"}, %s1_b1_expand_w: tensor<36x6x1x1xf32> {dlc.name = "s1.b1.expand.w"}, %s1_b1_expand_b: tensor<36xf32> {dlc.name = "s1.b1.expand.b"}, %s1_b1_dw_w: tensor<36x1x3x3xf32> {dlc.name = "s1.b1.dw.w"}, %s1_b1_dw_b: tensor<36xf32> {dlc.name = "s1.b1.dw.b"}, %s1_b1_se_reduce_w: tensor<1x36x1x1xf32> {dlc.name = "s1.b1.se.reduce.w"}, %s1_b1_se_reduce_b: tensor<1xf32> {dlc.name = "s1.b1.se.reduce.b"}, %s1_b1_se_expand_w: tensor<36x1x1x1xf32> {dlc.name = "s1.b1.se.expand.w"}, %s1_b1_se_expand_b: tensor<36xf32> {dlc.name = "s1.b1.se.expand.b"}, %s1_b1_project_w: tensor<6x36x1x1xf32> {dlc.name = "s1.b1.project.w"}, %s1_b1_project_b: tensor<6xf32> {dlc.name = "s1.b1.project.b"}, %s2_b0_expand_w: tensor<36x6x1x1xf32> {dlc.name = "s2.b0.expand.w"}, %s2_b0_expand_b: tensor<36xf32> {dlc.name = "s2.b0.expand.b"}, %s2_b0_dw_w: tensor<36x1x5x5xf32> {dlc.name = "s2.b0.dw.w"}, %s2_b0_dw_b: tensor<36xf32> {dlc.name = "s2.b0.dw.b"}, %s2_b0_se_reduce_w: tensor<1x36x1x1xf32> {dlc.name = "s2.b0.se.reduce.w"}, %s2_b0_se_reduce_b: tensor<1xf32> {dlc.name = "s2.b0.se.reduce.b"}, %s2_b0_se_expand_w: tensor<36x1x1x1xf32> {dlc.name = "s2.b0.se.expand.w"}, %s2_b0_se_expand_b: tensor<36xf32> {dlc.name = "s2.b0.se.expand.b"}, %s2_b0_project_w: tensor<8x36x1x1xf32> {dlc.name = "s2.b0.project.w"}, %s2_b0_project_b: tensor<8xf32> {dlc.name = "s2.b0.project.b"}, %s2_b1_expand_w: tensor<48x8x1x1xf32> {dlc.name = "s2.b1.expand.w"}, %s2_b1_expand_b: tensor<48xf32> {dlc.name = "s2.b1.expand.b"}, %s2_b1_dw_w: tensor<48x1x5x5xf32> {dlc.name = "s2.b1.dw.w"}, %s2_b1_dw_b: tensor<48xf32> {dlc.name = "s2.b1.dw.b"}, %s2_b1_se_reduce_w: tensor<2x48x1x1xf32> {dlc.name = "s2.b1.se.reduce.w"}, %s2_b1_se_reduce_b: tensor<2xf32> {dlc.name = "s2.b1.se.reduce.b"}, %s2_b1_se_expand_w: tensor<48x2x1x1xf32> {dlc.name = "s2.b1.se.expand.w"}, %s2_b1_se_expand_b: tensor<48xf32> {dlc.name = "s2.b1.se.expand.b"}, %s2_b1_project_w: tensor<8x48x1x1xf32> {dlc.name = "s2.b1.project.w"}, %s2_b1_project_b: tensor<8xf32> {dlc.name = "s2.b1.project.b"}, %s3_b0_expand_w: tensor<48x8x1x1xf32> {dlc.name = "s3.b0.expand.w"}, %s3_b0_expand_b: tensor<48xf32> {dlc.name = "s3.b0.expand.b"}, %s3_b0_dw_w: tensor<48x1x3x3xf32> {dlc.name = "s3.b0.dw.w"}, %s3_b0_dw_b: tensor<48xf32> {dlc.name = "s3.b0.dw.b"}, %s3_b0_se_reduce_w: tensor<2x48x1x1xf32> {dlc.name = "s3.b0.se.reduce.w"}, %s3_b0_se_reduce_b: tensor<2xf32> {dlc.name = "s3.b0.se.reduce.b"}, %s3_b0_se_expand_w: tensor<48x2x1x1xf32> {dlc.name = "s3.b0.se.expand.w"}, %s3_b0_se_expand_b: tensor<48xf32> {dlc.name = "s3.b0.se.expand.b"}, %s3_b0_project_w: tensor<16x48x1x1xf32> {dlc.name = "s3.b0.project.w"}, %s3_b0_project_b: tensor<16xf32> {dlc.name = "s3.b0.project.b"}, %head_w: tensor<32x16x1x1xf32> {dlc.name = "head.w"}, %head_b: tensor<32xf32> {dlc.name = "head.b"}, %fc_w: tensor<32x10xf32> {dlc.name = "fc.w"}, %fc_b: tensor<10xf32> {dlc.name = "fc.b"}) -> (tensor<1x10xf32> {dlc.name = "logits"}) {
  %0 = graph.conv2d %image, %stem_w, %stem_b strides = [2, 2] pads = [1, 1, 1, 1] : tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>
  %1 = graph.sigmoid %0 : tensor<1x4x4x4xf32>
  %2 = graph.mul %0, %1 : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
  %3 = graph.conv2d %2, %s0_b0_dw_w, %s0_b0_dw_b pads = [1, 1, 1, 1] groups = 4 : tensor<1x4x4x4xf32>, tensor<4x1x3x3xf32>, tensor<4xf32>
  %4 = graph.sigmoid %3 : tensor<1x4x4x4xf32>
  %5 = graph.mul %3, %4 : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
  %6 = graph.global_avg_pool %5 : tensor<1x4x4x4xf32>
  %7 = graph.conv2d %6, %s0_b0_se_reduce_w, %s0_b0_se_reduce_b : tensor<1x4x1x1xf32>, tensor<1x4x1x1xf32>, tensor<1xf32>
  %8 = graph.sigmoid %7 : tensor<1x1x1x1xf32>
  %9 = graph.mul %7, %8 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>
  %10 = graph.conv2d %9, %s0_b0_se_expand_w, %s0_b0_se_expand_b : tensor<1x1x1x1xf32>, tensor<4x1x1x1xf32>, tensor<4xf32>
  %11 = graph.sigmoid %10 : tensor<1x4x1x1xf32>
  %12 = graph.mul %5, %11 : tensor<1x4x4x4xf32>, tensor<1x4x1x1xf32>
  %13 = graph.conv2d %12, %s0_b0_project_w, %s0_b0_project_b : tensor<1x4x4x4xf32>, tensor<4x4x1x1xf32>, tensor<4xf32>
  %14 = graph.add %13, %2 : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
  %15 = graph.conv2d %14, %s1_b0_expand_w, %s1_b0_expand_b : tensor<1x4x4x4xf32>, tensor<24x4x1x1xf32>, tensor<24xf32>
  %16 = graph.sigmoid %15 : tensor<1x24x4x4xf32>
  %17 = graph.mul %15, %16 : tensor<1x24x4x4xf32>, tensor<1x24x4x4xf32>
  %18 = graph.conv2d %17, %s1_b0_dw_w, %s1_b0_dw_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 24 : tensor<1x24x4x4xf32>, tensor<24x1x3x3xf32>, tensor<24xf32>
  %19 = graph.sigmoid %18 : tensor<1x24x2x2xf32>
  %20 = graph.mul %18, %19 : tensor<1x24x2x2xf32>, tensor<1x24x2x2xf32>
  %21 = graph.global_avg_pool %20 : tensor<1x24x2x2xf32>
  %22 = graph.conv2d %21, %s1_b0_se_reduce_w, %s1_b0_se_reduce_b : tensor<1x24x1x1xf32>, tensor<1x24x1x1xf32>, tensor<1xf32>
  %23 = graph.sigmoid %22 : tensor<1x1x1x1xf32>
  %24 = graph.mul %22, %23 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>
  %25 = graph.conv2d %24, %s1_b0_se_expand_w, %s1_b0_se_expand_b : tensor<1x1x1x1xf32>, tensor<24x1x1x1xf32>, tensor<24xf32>
  %26 = graph.sigmoid %25 : tensor<1x24x1x1xf32>
  %27 = graph.mul %20, %26 : tensor<1x24x2x2xf32>, tensor<1x24x1x1xf32>
  %28 = graph.conv2d %27, %s1_b0_project_w, %s1_b0_project_b : tensor<1x24x2x2xf32>, tensor<6x24x1x1xf32>, tensor<6xf32>
  %29 = graph.conv2d %28, %s1_b1_expand_w, %s1_b1_expand_b : tensor<1x6x2x2xf32>, tensor<36x6x1x1xf32>, tensor<36xf32>
  %30 = graph.sigmoid %29 : tensor<1x36x2x2xf32>
  %31 = graph.mul %29, %30 : tensor<1x36x2x2xf32>, tensor<1x36x2x2xf32>
  %32 = graph.conv2d %31, %s1_b1_dw_w, %s1_b1_dw_b pads = [1, 1, 1, 1] groups = 36 : tensor<1x36x2x2xf32>, tensor<36x1x3x3xf32>, tensor<36xf32>
  %33 = graph.sigmoid %32 : tensor<1x36x2x2xf32>
  %34 = graph.mul %32, %33 : tensor<1x36x2x2xf32>, tensor<1x36x2x2xf32>
  %35 = graph.global_avg_pool %34 : tensor<1x36x2x2xf32>
  %36 = graph.conv2d %35, %s1_b1_se_reduce_w, %s1_b1_se_reduce_b : tensor<1x36x1x1xf32>, tensor<1x36x1x1xf32>, tensor<1xf32>
  %37 = graph.sigmoid %36 : tensor<1x1x1x1xf32>
  %38 = graph.mul %36, %37 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>
  %39 = graph.conv2d %38, %s1_b1_se_expand_w, %s1_b1_se_expand_b : tensor<1x1x1x1xf32>, tensor<36x1x1x1xf32>, tensor<36xf32>
  %40 = graph.sigmoid %39 : tensor<1x36x1x1xf32>
  %41 = graph.mul %34, %40 : tensor<1x36x2x2xf32>, tensor<1x36x1x1xf32>
  %42 = graph.conv2d %41, %s1_b1_project_w, %s1_b1_project_b : tensor<1x36x2x2xf32>, tensor<6x36x1x1xf32>, tensor<6xf32>
  %43 = graph.add %42, %28 : tensor<1x6x2x2xf32>, tensor<1x6x2x2xf32>
  %44 = graph.conv2d %43, %s2_b0_expand_w, %s2_b0_expand_b : tensor<1x6x2x2xf32>, tensor<36x6x1x1xf32>, tensor<36xf32>
  %45 = graph.sigmoid %44 : tensor<1x36x2x2xf32>
  %46 = graph.mul %44, %45 : tensor<1x36x2x2xf32>, tensor<1x36x2x2xf32>
  %47 = graph.conv2d %46, %s2_b0_dw_w, %s2_b0_dw_b strides = [2, 2] pads = [2, 2, 2, 2] groups = 36 : tensor<1x36x2x2xf32>, tensor<36x1x5x5xf32>, tensor<36xf32>
  %48 = graph.sigmoid %47 : tensor<1x36x1x1xf32>
  %49 = graph.mul %47, %48 : tensor<1x36x1x1xf32>, tensor<1x36x1x1xf32>
  %50 = graph.global_avg_pool %49 : tensor<1x36x1x1xf32>
  %51 = graph.conv2d %50, %s2_b0_se_reduce_w, %s2_b0_se_reduce_b : tensor<1x36x1x1xf32>, tensor<1x36x1x1xf32>, tensor<1xf32>
  %52 = graph.sigmoid %51 : tensor<1x1x1x1xf32>
  %53 = graph.mul %51, %52 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>
  %54 = graph.conv2d %53, %s2_b0_se_expand_w, %s2_b0_se_expand_b : tensor<1x1x1x1xf32>, tensor<36x1x1x1xf32>, tensor<36xf32>
  %55 = graph.sigmoid %54 : tensor<1x36x1x1xf32>
  %56 = graph.mul %49, %55 : tensor<1x36x1x1xf32>, tensor<1x36x1x1xf32>
  %57 = graph.conv2d %56, %s2_b0_project_w, %s2_b0_project_b : tensor<1x36x1x1xf32>, tensor<8x36x1x1xf32>, tensor<8xf32>
  %58 = graph.conv2d %57, %s2_b1_expand_w, %s2_b1_expand_b : tensor<1x8x1x1xf32>, tensor<48x8x1x1xf32>, tensor<48xf32>
  %59 = graph.sigmoid %58 : tensor<1x48x1x1xf32>
  %60 = graph.mul %58, %59 : tensor<1x48x1x1xf32>, tensor<1x48x1x1xf32>
  %61 = graph.conv2d %60, %s2_b1_dw_w, %s2_b1_dw_b pads = [2, 2, 2, 2] groups = 48 : tensor<1x48x1x1xf32>, tensor<48x1x5x5xf32>, tensor<48xf32>
  %62 = graph.sigmoid %61 : tensor<1x48x1x1xf32>
  %63 = graph.mul %61, %62 : tensor<1x48x1x1xf32>, tensor<1x48x1x1xf32>
  %64 = graph.global_avg_pool %63 : tensor<1x48x1x1xf32>
  %65 = graph.conv2d %64, %s2_b1_se_reduce_w, %s2_b1_se_reduce_b : tensor<1x48x1x1xf32>, tensor<2x48x1x1xf32>, tensor<2xf32>
  %66 = graph.sigmoid %65 : tensor<1x2x1x1xf32>
  %67 = graph.mul %65, %66 : tensor<1x2x1x1xf32>, tensor<1x2x1x1xf32>
  %68 = graph.conv2d %67, %s2_b1_se_expand_w, %s2_b1_se_expand_b : tensor<1x2x1x1xf32>, tensor<48x2x1x1xf32>, tensor<48xf32>
  %69 = graph.sigmoid %68 : tensor<1x48x1x1xf32>
  %70 = graph.mul %63, %69 : tensor<1x48x1x1xf32>, tensor<1x48x1x1xf32>
  %71 = graph.conv2d %70, %s2_b1_project_w, %s2_b1_project_b : tensor<1x48x1x1xf32>, tensor<8x48x1x1xf32>, tensor<8xf32>
  %72 = graph.add %71, %57 : tensor<1x8x1x1xf32>, tensor<1x8x1x1xf32>
  %73 = graph.conv2d %72, %s3_b0_expand_w, %s3_b0_expand_b : tensor<1x8x1x1xf32>, tensor<48x8x1x1xf32>, tensor<48xf32>
  %74 = graph.sigmoid %73 : tensor<1x48x1x1xf32>
  %75 = graph.mul %73, %74 : tensor<1x48x1x1xf32>, tensor<1x48x1x1xf32>
  %76 = graph.conv2d %75, %s3_b0_dw_w, %s3_b0_dw_b strides = [2, 2] pads = [1, 1, 1, 1] groups = 48 : tensor<1x48x1x1xf32>, tensor<48x1x3x3xf32>, tensor<48xf32>
  %77 = graph.sigmoid %76 : tensor<1x48x1x1xf32>
  %78 = graph.mul %76, %77 : tensor<1x48x1x1xf32>, tensor<1x48x1x1xf32>
  %79 = graph.global_avg_pool %78 : tensor<1x48x1x1xf32>
  %80 = graph.conv2d %79, %s3_b0_se_reduce_w, %s3_b0_se_reduce_b : tensor<1x48x1x1xf32>, tensor<2x48x1x1xf32>, tensor<2xf32>
  %81 = graph.sigmoid %80 : tensor<1x2x1x1xf32>
  %82 = graph.mul %80, %81 : tensor<1x2x1x1xf32>, tensor<1x2x1x1xf32>
  %83 = graph.conv2d %82, %s3_b0_se_expand_w, %s3_b0_se_expand_b : tensor<1x2x1x1xf32>, tensor<48x2x1x1xf32>, tensor<48xf32>
  %84 = graph.sigmoid %83 : tensor<1x48x1x1xf32>
  %85 = graph.mul %78, %84 : tensor<1x48x1x1xf32>, tensor<1x48x1x1xf32>
  %86 = graph.conv2d %85, %s3_b0_project_w, %s3_b0_project_b : tensor<1x48x1x1xf32>, tensor<16x48x1x1xf32>, tensor<16xf32>
  %87 = graph.conv2d %86, %head_w, %head_b : tensor<1x16x1x1xf32>, tensor<32x16x1x1xf32>, tensor<32xf32>
  %88 = graph.sigmoid %87 : tensor<1x32x1x1xf32>
  %89 = graph.mul %87, %88 : tensor<1x32x1x1xf32>, tensor<1x32x1x1xf32>
  %90 = graph.global_avg_pool %89 : tensor<1x32x1x1xf32>
  %91 = graph.reshape %90 : tensor<1x32x1x1xf32> to tensor<1x32xf32>
  %92 = graph.matmul %91, %fc_w : tensor<1x32xf32>, tensor<32x10xf32>
  %93 = graph.add %92, %fc_b : tensor<1x10xf32>, tensor<10xf32>
  return %93 : tensor<1x10xf32>
}
