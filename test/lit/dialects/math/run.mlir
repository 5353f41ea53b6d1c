// dlc-run on math ops: results rounded to the operand's type (f16 shown as bits), erf, fma
// rounded once, C's pow special cases, absi of the minimum, elementwise on tensors.
// RUN: %dlc-run %s | %filecheck %s

// exp(1) in f16 is 2.71875 (0x4170); erf(1) in f16 is 0x3ABE; fma(1 + 2^-52, 1 - 2^-52, -1)
// is -2^-104 exactly (a multiply then add gives 0); pow(1, NaN) is 1; abs(-128 : i8) is -128.
// CHECK:      result #0: i16 16752
// CHECK-NEXT: result #1: i16 15038
// CHECK-NEXT: result #2: f64 -4.930380657631324e-32
// CHECK-NEXT: result #3: f32 1
// CHECK-NEXT: result #4: i8 -128
// CHECK-NEXT: result #5: f64 0.8427007929497149
// CHECK-NEXT: result #6: tensor<4xf32> shape=[4] dtype=f32 checksum={{.*}} values=[1, 2, 3, 0.5]
func.func @main() -> (i16, i16, f64, f32, i8, f64, tensor<4xf32>) {
  %h1 = arith.constant 1.0 : f16
  %e = math.exp %h1 : f16
  %eb = arith.bitcast %e : f16 to i16
  %erf = math.erf %h1 : f16
  %erfb = arith.bitcast %erf : f16 to i16
  %a = arith.constant 1.0000000000000002 : f64
  %b = arith.constant 0.9999999999999998 : f64
  %m1 = arith.constant -1.0 : f64
  %fma = math.fma %a, %b, %m1 : f64
  %one = arith.constant 1.0 : f32
  %zero = arith.constant 0.0 : f32
  %nan = arith.divf %zero, %zero : f32
  %pow = math.powf %one, %nan : f32
  %min = arith.constant -128 : i8
  %abs = math.absi %min : i8
  %d1 = arith.constant 1.0 : f64
  %erf64 = math.erf %d1 : f64
  %t = arith.constant dense<[1.0, 4.0, 9.0, 0.25]> : tensor<4xf32>
  %s = math.sqrt %t : tensor<4xf32>
  return %eb, %erfb, %fma, %pow, %abs, %erf64, %s : i16, i16, f64, f32, i8, f64, tensor<4xf32>
}
