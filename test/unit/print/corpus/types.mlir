// Every builtin type, as op result types.
%0:8 = "x.ints"() : () -> (i1, i7, si8, ui64, index, i128, si1, ui1)
%1:12 = "x.floats"() : () -> (f16, bf16, f32, f64, f80, f128, tf32, f8E5M2, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ)
%2:6 = "x.shaped"() : () -> (tensor<4x?xf32>, tensor<*xi8>, tensor<f32>, tensor<0x4xi1>, vector<4x[8]xf32>, vector<f32>)
%3:6 = "x.memrefs"() : () -> (memref<4xf32>, memref<?x?xf32, strided<[?, 1], offset: ?>>, memref<*xf32, 1>, memref<f32, 3>, memref<4xf32, strided<[1]>>, memref<2x2xf32, affine_map<(d0, d1) -> (d1, d0)>>)
%4:6 = "x.misc"() : () -> (complex<f32>, tuple<i32, f32>, tuple<>, none, tuple<tuple<i1>>, complex<i8>)
%5:4 = "x.fns"() : () -> ((i32) -> (i32, i32), () -> (), () -> (() -> ()), (i32) -> i1)
%6:3 = "x.opaque"() : () -> (!foo.bar, !foo<"x y">, !foo.bar<1, 2>)
%7 = "x.enc"() : () -> tensor<4xf32, "enc">
%8 = "x.big_tuple"() : () -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
