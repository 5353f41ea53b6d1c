// dlc-run on arith's float ops: f16/bf16 results rounded to nearest even after every op (shown
// as bit patterns), NaN in all 16 cmpf predicates, maximumf vs maxnumf, saturating fptosi.
// RUN: %dlc-run %s --entry @narrow | %filecheck %s --check-prefix=NARROW
// RUN: %dlc-run %s --entry @nan_compare | %filecheck %s --check-prefix=CMPF
// RUN: %dlc-run %s --entry @min_max | %filecheck %s --check-prefix=MINMAX
// RUN: %dlc-run %s --entry @convert | %filecheck %s --check-prefix=CONV

// 2048 + 1 is a tie in f16 (to even: 2048); 2048 + 3 rounds up to 2052 (0x6802);
// 1/3 in f16 is 0x3555; 0.1 in bf16 is 0x3DCD; 65504 + 16 overflows to inf (0x7C00);
// 2^-25 is half the smallest f16 subnormal: a tie, to 0; 3 * 2^-25 rounds to 2^-23 (0x0002).
// NARROW:      result #0: i16 26624
// NARROW-NEXT: result #1: i16 26626
// NARROW-NEXT: result #2: i16 13653
// NARROW-NEXT: result #3: i16 15821
// NARROW-NEXT: result #4: i16 31744
// NARROW-NEXT: result #5: i16 0
// NARROW-NEXT: result #6: i16 2
// NARROW-NEXT: result #7: i16 16256
func.func @narrow() -> (i16, i16, i16, i16, i16, i16, i16, i16) {
  %h2048 = arith.constant 2048.0 : f16
  %h1 = arith.constant 1.0 : f16
  %h3 = arith.constant 3.0 : f16
  %tie = arith.addf %h2048, %h1 : f16
  %up = arith.addf %h2048, %h3 : f16
  %third = arith.divf %h1, %h3 : f16
  %b = arith.constant 0.1 : bf16
  %hmax = arith.constant 65504.0 : f16
  %h16 = arith.constant 16.0 : f16
  %inf = arith.addf %hmax, %h16 : f16
  %tiny = arith.constant 2.9802322387695313e-08 : f32
  %tz = arith.truncf %tiny : f32 to f16
  %c3 = arith.constant 3.0 : f32
  %tiny3 = arith.mulf %tiny, %c3 : f32
  %t3 = arith.truncf %tiny3 : f32 to f16
  %one = arith.constant 1.0 : f32
  %b1 = arith.truncf %one : f32 to bf16
  %r0 = arith.bitcast %tie : f16 to i16
  %r1 = arith.bitcast %up : f16 to i16
  %r2 = arith.bitcast %third : f16 to i16
  %r3 = arith.bitcast %b : bf16 to i16
  %r4 = arith.bitcast %inf : f16 to i16
  %r5 = arith.bitcast %tz : f16 to i16
  %r6 = arith.bitcast %t3 : f16 to i16
  %r7 = arith.bitcast %b1 : bf16 to i16
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : i16, i16, i16, i16, i16, i16, i16, i16
}

// Every predicate on the pairs (NaN, 1), (NaN, NaN), (1, 1), (0, -0), (1, 2), in MLIR's order.
// CMPF: result #0: tensor<5xi1> {{.*}} values=[0, 0, 0, 0, 0]
// CMPF-NEXT: result #1: tensor<5xi1> {{.*}} values=[0, 0, 1, 1, 0]
// CMPF-NEXT: result #2: tensor<5xi1> {{.*}} values=[0, 0, 0, 0, 0]
// CMPF-NEXT: result #3: tensor<5xi1> {{.*}} values=[0, 0, 1, 1, 0]
// CMPF-NEXT: result #4: tensor<5xi1> {{.*}} values=[0, 0, 0, 0, 1]
// CMPF-NEXT: result #5: tensor<5xi1> {{.*}} values=[0, 0, 1, 1, 1]
// CMPF-NEXT: result #6: tensor<5xi1> {{.*}} values=[0, 0, 0, 0, 1]
// CMPF-NEXT: result #7: tensor<5xi1> {{.*}} values=[0, 0, 1, 1, 1]
// CMPF-NEXT: result #8: tensor<5xi1> {{.*}} values=[1, 1, 1, 1, 0]
// CMPF-NEXT: result #9: tensor<5xi1> {{.*}} values=[1, 1, 0, 0, 0]
// CMPF-NEXT: result #10: tensor<5xi1> {{.*}} values=[1, 1, 1, 1, 0]
// CMPF-NEXT: result #11: tensor<5xi1> {{.*}} values=[1, 1, 0, 0, 1]
// CMPF-NEXT: result #12: tensor<5xi1> {{.*}} values=[1, 1, 1, 1, 1]
// CMPF-NEXT: result #13: tensor<5xi1> {{.*}} values=[1, 1, 0, 0, 1]
// CMPF-NEXT: result #14: tensor<5xi1> {{.*}} values=[1, 1, 0, 0, 0]
// CMPF-NEXT: result #15: tensor<5xi1> {{.*}} values=[1, 1, 1, 1, 1]
func.func @nan_compare() -> (tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>) {
  %xn = arith.constant dense<[0.0, 0.0, 1.0, 0.0, 1.0]> : tensor<5xf32>
  %xd = arith.constant dense<[0.0, 0.0, 1.0, 1.0, 1.0]> : tensor<5xf32>
  %x = arith.divf %xn, %xd : tensor<5xf32>
  %yn = arith.constant dense<[1.0, 0.0, 1.0, -0.0, 2.0]> : tensor<5xf32>
  %y = arith.divf %yn, %xd : tensor<5xf32>
  %p0 = arith.cmpf false, %x, %y : tensor<5xf32>
  %p1 = arith.cmpf oeq, %x, %y : tensor<5xf32>
  %p2 = arith.cmpf ogt, %x, %y : tensor<5xf32>
  %p3 = arith.cmpf oge, %x, %y : tensor<5xf32>
  %p4 = arith.cmpf olt, %x, %y : tensor<5xf32>
  %p5 = arith.cmpf ole, %x, %y : tensor<5xf32>
  %p6 = arith.cmpf one, %x, %y : tensor<5xf32>
  %p7 = arith.cmpf ord, %x, %y : tensor<5xf32>
  %p8 = arith.cmpf ueq, %x, %y : tensor<5xf32>
  %p9 = arith.cmpf ugt, %x, %y : tensor<5xf32>
  %p10 = arith.cmpf uge, %x, %y : tensor<5xf32>
  %p11 = arith.cmpf ult, %x, %y : tensor<5xf32>
  %p12 = arith.cmpf ule, %x, %y : tensor<5xf32>
  %p13 = arith.cmpf une, %x, %y : tensor<5xf32>
  %p14 = arith.cmpf uno, %x, %y : tensor<5xf32>
  %p15 = arith.cmpf true, %x, %y : tensor<5xf32>
  return %p0, %p1, %p2, %p3, %p4, %p5, %p6, %p7, %p8, %p9, %p10, %p11, %p12, %p13, %p14, %p15 : tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>
}

// maximumf/minimumf propagate NaN and order -0 < +0 (zeros shown as bits); maxnumf/minnumf
// return the other operand; remf is C's fmod.
// MINMAX:      result #0: f32 nan
// MINMAX-NEXT: result #1: f32 1
// MINMAX-NEXT: result #2: i32 -2147483648
// MINMAX-NEXT: result #3: i32 0
// MINMAX-NEXT: result #4: f32 1
// MINMAX-NEXT: result #5: f32 -1.5
func.func @min_max() -> (f32, f32, i32, i32, f32, f32) {
  %zero = arith.constant 0.0 : f32
  %nzero = arith.constant -0.0 : f32
  %one = arith.constant 1.0 : f32
  %nan = arith.divf %zero, %zero : f32
  %a = arith.maximumf %nan, %one : f32
  %b = arith.maxnumf %nan, %one : f32
  %c = arith.minimumf %zero, %nzero : f32
  %d = arith.maximumf %nzero, %zero : f32
  %e = arith.minnumf %one, %nan : f32
  %m = arith.constant -5.5 : f32
  %two = arith.constant 2.0 : f32
  %f = arith.remf %m, %two : f32
  %cb = arith.bitcast %c : f32 to i32
  %db = arith.bitcast %d : f32 to i32
  return %a, %b, %cb, %db, %e, %f : f32, f32, i32, i32, f32, f32
}

// fptosi/fptoui out of range are poison in MLIR: the interpreter saturates, NaN gives 0.
// sitofp from i64 to f32 rounds once (2^60 + 2^36 + 1 is above the tie: 2^60 + 2^37).
// CONV:      result #0: i8 127
// CONV-NEXT: result #1: i8 -128
// CONV-NEXT: result #2: i32 0
// CONV-NEXT: result #3: i8 0
// CONV-NEXT: result #4: i32 -2
// CONV-NEXT: result #5: i32 1568669697
// CONV-NEXT: result #6: f16 4096
func.func @convert() -> (i8, i8, i32, i8, i32, i32, f16) {
  %big = arith.constant 300.0 : f32
  %nbig = arith.constant -300.0 : f32
  %zero = arith.constant 0.0 : f32
  %nan = arith.divf %zero, %zero : f32
  %m = arith.constant -2.9 : f32
  %a = arith.fptosi %big : f32 to i8
  %b = arith.fptosi %nbig : f32 to i8
  %c = arith.fptosi %nan : f32 to i32
  %d = arith.fptoui %m : f32 to i8
  %e = arith.fptosi %m : f32 to i32
  %i = arith.constant 1152921573326323713 : i64
  %f = arith.sitofp %i : i64 to f32
  %fb = arith.bitcast %f : f32 to i32
  %n = arith.constant 4097 : i32
  %g = arith.sitofp %n : i32 to f16
  return %a, %b, %c, %d, %e, %fb, %g : i8, i8, i32, i8, i32, i32, f16
}
