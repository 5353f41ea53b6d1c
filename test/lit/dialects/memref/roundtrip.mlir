// memref ops print back in their custom form, and the generic form reads back to the same IR.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s

// CHECK: memref.global "private" constant @c : memref<2xf32> = dense<[1.000000e+00, 2.000000e+00]>
memref.global "private" constant @c : memref<2xf32> = dense<[1.0, 2.0]>

// CHECK-LABEL: func.func @ops
func.func @ops(%m: memref<8x8xf32>, %i: index) -> f32 {
  // CHECK: %[[G:.*]] = memref.get_global @c : memref<2xf32>
  %g = memref.get_global @c : memref<2xf32>
  // CHECK: %[[A:.*]] = memref.alloc(%{{.*}}) {alignment = 16 : i64} : memref<?xf32>
  %a = memref.alloc(%i) {alignment = 16 : i64} : memref<?xf32>
  // CHECK: memref.load %[[G]][%{{.*}}] : memref<2xf32>
  %v = memref.load %g[%i] : memref<2xf32>
  // CHECK: memref.store %{{.*}}, %[[A]][%{{.*}}] : memref<?xf32>
  memref.store %v, %a[%i] : memref<?xf32>
  // CHECK: memref.subview %{{.*}}[%{{.*}}, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1], offset: ?>>
  %s = memref.subview %m[%i, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1], offset: ?>>
  // CHECK: memref.reinterpret_cast %[[A]] to offset: [0], sizes: [%{{.*}}, 1], strides: [1, 1] : memref<?xf32> to memref<?x1xf32>
  %r = memref.reinterpret_cast %a to offset: [0], sizes: [%i, 1], strides: [1, 1] : memref<?xf32> to memref<?x1xf32>
  // CHECK: memref.dealloc %[[A]] : memref<?xf32>
  memref.dealloc %a : memref<?xf32>
  return %v : f32
}
