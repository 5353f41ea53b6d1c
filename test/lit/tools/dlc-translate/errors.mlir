// dlc-translate's diagnostics: an op without a CUDA translation is an error at the op (every
// function reports its own), a harness that cannot be built says why, the exit code is 1 and
// no output file is written.
// RUN: rm -f %t.cu
// RUN: not %dlc-translate --mlir-to-cuda %s -o %t.cu 2>&1 | %filecheck %s
// RUN: not test -e %t.cu
// RUN: not %dlc-translate %s 2>&1 | %filecheck %s --check-prefix=CHOOSE
// RUN: not %dlc-translate --mlir-to-cuda %t.missing.mlir 2>&1 | %filecheck %s --check-prefix=MISSING
// RUN: %dlc-translate --help | %filecheck %s --check-prefix=HELP

// CHOOSE: dlc-translate: error: no translation chosen (use --mlir-to-cuda)
// MISSING: dlc-translate: error: cannot read '{{.*}}missing.mlir'
// HELP: USAGE: dlc-translate --mlir-to-cuda [options] <input file>

module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @copies(%a: memref<4xf32>, %b: memref<4xf32>) kernel {
      // CHECK: errors.mlir:[[@LINE+1]]:7: error: 'memref.copy' op has no CUDA C++ translation in kernels
      memref.copy %a, %b : memref<4xf32> to memref<4xf32>
      gpu.return
    }

    // CHECK: errors.mlir:[[@LINE+1]]:5: error: type 'complex<f32>' has no CUDA C++ type
    gpu.func @complex(%m: memref<4xcomplex<f32>>, %z: complex<f32>) kernel {
      %true = arith.constant true
      %p = arith.select %true, %z, %z : complex<f32>
      %c = arith.constant 0 : index
      memref.store %p, %m[%c] : memref<4xcomplex<f32>>
      gpu.return
    }
  }

  // CHECK: errors.mlir:[[@LINE+1]]:3: error: argument #0 of type 'memref<?xf32>': the harness needs static shapes with the identity layout
  func.func @main(%a: memref<?xf32>) {
    return
  }
}
