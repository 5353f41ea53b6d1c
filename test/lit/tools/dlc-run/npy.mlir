// dlc-run writes results as .npy files and reads them back as inputs, by position or by dlc.name;
// an input whose dtype or shape does not fit its argument is an error at the function.
// RUN: rm -rf %t && %dlc-run %s --seed 7 --print=npy:%t | %filecheck %s --check-prefix=SAVE
// RUN: %dlc-run %s --input x=%t/result0.npy --input 1=%t/result1.npy --input flag=%t/result2.npy --input 3=%t/result3.npy | %filecheck %s --check-prefix=LOAD
// RUN: not %dlc-run %s --entry @square --input 0=%t/result1.npy 2>&1 | %filecheck %s --check-prefix=SHAPE
// RUN: not %dlc-run %s --input 1=%t/result0.npy 2>&1 | %filecheck %s --check-prefix=DTYPE
// RUN: not %dlc-run %s --input y=zeros 2>&1 | %filecheck %s --check-prefix=NAME
// RUN: not %dlc-run %s --input x=%t/missing.npy 2>&1 | %filecheck %s --check-prefix=MISSING

// SAVE:      result #0: tensor<2x3xf16> shape=[2, 3] dtype=f16 checksum=0.203125 values=[-1.3125, -1.719, -0.5313, 0.3438, 1.609, 1.8125]
// SAVE-NEXT:   saved to {{.*}}result0.npy
// SAVE-NEXT: result #1: memref<4xi64> shape=[4] dtype=i64 checksum=5 values=[-3, 3, 5, 0]
// SAVE-NEXT:   saved to {{.*}}result1.npy
// SAVE-NEXT: result #2: i1 1
// SAVE-NEXT:   saved to {{.*}}result2.npy
// SAVE-NEXT: result #3: tensor<3xbf16> shape=[3] dtype=bf16 checksum=-2.234375 values=[-0.453, -1.72, -0.0625]

// Reading the saved files back gives the same values.
// LOAD:      result #0: tensor<2x3xf16> shape=[2, 3] dtype=f16 checksum=0.203125 values=[-1.3125, -1.719, -0.5313, 0.3438, 1.609, 1.8125]
// LOAD-NEXT: result #1: memref<4xi64> shape=[4] dtype=i64 checksum=5 values=[-3, 3, 5, 0]
// LOAD-NEXT: result #2: i1 1
// LOAD-NEXT: result #3: tensor<3xbf16> shape=[3] dtype=bf16 checksum=-2.234375 values=[-0.453, -1.72, -0.0625]

// DTYPE: error: bad input for '@main': argument #1: '{{.*}}result0.npy': expected dtype '<i8' for element type 'i64', got '<f2'
// NAME: error: bad input for '@main': no argument 'y' (arguments are 0 to 3, or named x, flag)
// MISSING: error: bad input for '@main': argument #0 ('x'): cannot read '{{.*}}missing.npy'
func.func @main(%x: tensor<2x3xf16> {dlc.name = "x"}, %m: memref<4xi64>, %flag: i1 {dlc.name = "flag"}, %b: tensor<3xbf16>)
    -> (tensor<2x3xf16>, memref<4xi64>, i1, tensor<3xbf16>) {
  return %x, %m, %flag, %b : tensor<2x3xf16>, memref<4xi64>, i1, tensor<3xbf16>
}

// SHAPE: npy.mlir:[[# @LINE + 3]]:1: error: bad input for '@square': argument #0: '{{.*}}result1.npy': expected shape [2, 2] for 'memref<2x2xi64>', got [4]
// SHAPE-NEXT: func.func @square(%m: memref<2x2xi64>) {
// SHAPE-NEXT: ^
func.func @square(%m: memref<2x2xi64>) {
  return
}
