// memref: globals, allocation, loads and stores, dims, casts, copies, subviews and reinterpret casts.
#map = affine_map<(d0)[s0] -> (d0 + s0)>
memref.global "private" constant @cst : memref<2xf32> = dense<1.000000e+00>
memref.global @ext : memref<4xi32>
memref.global @zero : memref<4xi32> = uninitialized
func.func @m(%arg0: memref<4xf32>, %n: index, %f: f32, %u: memref<*xf32>, %big: memref<8x8xf32>) {
  %0 = memref.get_global @cst : memref<2xf32>
  %alloc = memref.alloc(%n) : memref<?xf32>
  %alloc_0 = memref.alloc(%n)[%n] {alignment = 64 : i64} : memref<?xf32, #map>
  %alloca = memref.alloca() : memref<4x4xi32>
  %1 = memref.load %arg0[%n] : memref<4xf32>
  %2 = memref.load %arg0[%n] {nontemporal = true} : memref<4xf32>
  memref.store %1, %alloc[%n] : memref<?xf32>
  memref.store %1, %alloc[%n] {nontemporal = true} : memref<?xf32>
  %dim = memref.dim %alloc, %n : memref<?xf32>
  %cast = memref.cast %arg0 : memref<4xf32> to memref<?xf32>
  %cast_1 = memref.cast %arg0 : memref<4xf32> to memref<*xf32>
  memref.copy %arg0, %arg0 : memref<4xf32> to memref<4xf32>
  %subview = memref.subview %big[0, %n] [4, %n] [1, 1] : memref<8x8xf32> to memref<4x?xf32, strided<[8, 1], offset: ?>>
  %rc = memref.reinterpret_cast %arg0 to offset: [0], sizes: [%n, 2], strides: [2, 1] : memref<4xf32> to memref<?x2xf32>
  memref.dealloc %alloc : memref<?xf32>
  return
}

func.func @views(%m: memref<?x?xf32>, %i: index, %u: memref<*xf32>) -> memref<?xf32, strided<[1], offset: ?>> {
  %a = memref.alloca(%i)[%i] : memref<?xf32, #map>
  %c = memref.cast %u : memref<*xf32> to memref<4xf32>
  %s = memref.subview %m[%i, %i] [1, %i] [%i, 1] : memref<?x?xf32> to memref<?xf32, strided<[1], offset: ?>>
  %r = memref.reinterpret_cast %u to offset: [%i], sizes: [10], strides: [%i] : memref<*xf32> to memref<10xf32, strided<[?], offset: ?>>
  memref.copy %c, %u : memref<4xf32> to memref<*xf32>
  %d = memref.dim %u, %i : memref<*xf32>
  return %s : memref<?xf32, strided<[1], offset: ?>>
}
