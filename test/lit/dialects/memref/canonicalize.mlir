// memref folds and canonicalisation as MLIR 22: casts fold into their users, dim of static extents and alloc sizes, constant alloc sizes, dead allocs; compared with mlir-opt in differential-canonicalize.test.
// RUN: %dlc-opt %s --allow-unregistered-dialect --canonicalize | %filecheck %s

// CHECK: module {
// CHECK-LABEL: func.func @dim_alloc(
// CHECK-SAME: [[ARG0:%.*]]: index) -> (index, index) {
// CHECK:     [[C4:%.*]] = arith.constant 4 : index
// CHECK-NEXT:     [[ALLOC:%.*]] = memref.alloc([[ARG0]]) : memref<?x4xf32>
// CHECK-NEXT:     "unk.use"([[ALLOC]]) : (memref<?x4xf32>) -> ()
// CHECK-NEXT:     return [[ARG0]], [[C4]] : index, index
// CHECK-NEXT:   }
func.func @dim_alloc(%n: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %m = memref.alloc(%n) : memref<?x4xf32>
  %d0 = memref.dim %m, %c0 : memref<?x4xf32>
  %d1 = memref.dim %m, %c1 : memref<?x4xf32>
  "unk.use"(%m) : (memref<?x4xf32>) -> ()
  return %d0, %d1 : index, index
}
// CHECK-LABEL: func.func @cast_load(
// CHECK-SAME: [[ARG0:%.*]]: memref<4xf32>) -> f32 {
// CHECK:     [[C0:%.*]] = arith.constant 0 : index
// CHECK-NEXT:     [[VAL_0:%.*]] = memref.load [[ARG0]][[[C0]]] : memref<4xf32>
// CHECK-NEXT:     return [[VAL_0]] : f32
// CHECK-NEXT:   }
func.func @cast_load(%m: memref<4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %0 = memref.cast %m : memref<4xf32> to memref<?xf32>
  %1 = memref.load %0[%c0] : memref<?xf32>
  return %1 : f32
}
// CHECK-LABEL: func.func @cast_cast(
// CHECK-SAME: [[ARG0:%.*]]: memref<4xf32>) -> memref<4xf32> {
// CHECK:     return [[ARG0]] : memref<4xf32>
// CHECK-NEXT:   }
func.func @cast_cast(%m: memref<4xf32>) -> memref<4xf32> {
  %0 = memref.cast %m : memref<4xf32> to memref<?xf32>
  %1 = memref.cast %0 : memref<?xf32> to memref<4xf32>
  return %1 : memref<4xf32>
}
// CHECK-LABEL: func.func @alloc_const(
// CHECK-SAME: ) -> memref<?xf32> {
// CHECK:     [[ALLOC:%.*]] = memref.alloc() : memref<4xf32>
// CHECK-NEXT:     [[CAST:%.*]] = memref.cast [[ALLOC]] : memref<4xf32> to memref<?xf32>
// CHECK-NEXT:     return [[CAST]] : memref<?xf32>
// CHECK-NEXT:   }
func.func @alloc_const() -> memref<?xf32> {
  %c4 = arith.constant 4 : index
  %m = memref.alloc(%c4) : memref<?xf32>
  return %m : memref<?xf32>
}
// CHECK-LABEL: func.func @dead_alloc(
// CHECK-SAME: ) {
// CHECK:     return
// CHECK-NEXT:   }
func.func @dead_alloc() {
  %m = memref.alloc() : memref<4xf32>
  %cst = arith.constant 1.0 : f32
  %c0 = arith.constant 0 : index
  memref.store %cst, %m[%c0] : memref<4xf32>
  memref.dealloc %m : memref<4xf32>
  return
}
// CHECK-LABEL: func.func @store_load(
// CHECK-SAME: [[ARG0:%.*]]: memref<4xf32>, [[ARG1:%.*]]: f32) -> f32 {
// CHECK:     [[C0:%.*]] = arith.constant 0 : index
// CHECK-NEXT:     memref.store [[ARG1]], [[ARG0]][[[C0]]] : memref<4xf32>
// CHECK-NEXT:     [[VAL_0:%.*]] = memref.load [[ARG0]][[[C0]]] : memref<4xf32>
// CHECK-NEXT:     return [[VAL_0]] : f32
// CHECK-NEXT:   }
func.func @store_load(%m: memref<4xf32>, %v: f32) -> f32 {
  %c0 = arith.constant 0 : index
  memref.store %v, %m[%c0] : memref<4xf32>
  %1 = memref.load %m[%c0] : memref<4xf32>
  return %1 : f32
}
// CHECK-LABEL: func.func @dim_static(
// CHECK-SAME: [[ARG0:%.*]]: memref<4x?xf32>) -> index {
// CHECK:     [[C4:%.*]] = arith.constant 4 : index
// CHECK-NEXT:     return [[C4]] : index
// CHECK-NEXT:   }
func.func @dim_static(%m: memref<4x?xf32>) -> index {
  %c0 = arith.constant 0 : index
  %d = memref.dim %m, %c0 : memref<4x?xf32>
  return %d : index
}
// CHECK-LABEL: func.func @cast_dealloc(
// CHECK-SAME: [[ARG0:%.*]]: memref<4xf32>) {
// CHECK:     memref.dealloc [[ARG0]] : memref<4xf32>
// CHECK-NEXT:     return
// CHECK-NEXT:   }
func.func @cast_dealloc(%m: memref<4xf32>) {
  %0 = memref.cast %m : memref<4xf32> to memref<?xf32>
  memref.dealloc %0 : memref<?xf32>
  return
}
// CHECK-LABEL: func.func @alloca_mixed(
// CHECK-SAME: [[ARG0:%.*]]: index) -> memref<?x?xf32> {
// CHECK:     [[ALLOCA:%.*]] = memref.alloca([[ARG0]]) {alignment = 64 : i64} : memref<?x8xf32>
// CHECK-NEXT:     [[CAST:%.*]] = memref.cast [[ALLOCA]] : memref<?x8xf32> to memref<?x?xf32>
// CHECK-NEXT:     return [[CAST]] : memref<?x?xf32>
// CHECK-NEXT:   }
func.func @alloca_mixed(%n: index) -> memref<?x?xf32> {
  %c8 = arith.constant 8 : index
  %m = memref.alloca(%n, %c8) {alignment = 64 : i64} : memref<?x?xf32>
  return %m : memref<?x?xf32>
}
// CHECK-LABEL: func.func @copy_cast(
// CHECK-SAME: [[ARG0:%.*]]: memref<4xf32>, [[ARG1:%.*]]: memref<4xf32>) {
// CHECK:     memref.copy [[ARG0]], [[ARG1]] : memref<4xf32> to memref<4xf32>
// CHECK-NEXT:     return
// CHECK-NEXT:   }
func.func @copy_cast(%a: memref<4xf32>, %b: memref<4xf32>) {
  %0 = memref.cast %a : memref<4xf32> to memref<?xf32>
  %1 = memref.cast %b : memref<4xf32> to memref<?xf32>
  memref.copy %0, %1 : memref<?xf32> to memref<?xf32>
  return
}
// CHECK-LABEL: func.func @dim_cast(
// CHECK-SAME: [[ARG0:%.*]]: memref<4x?xf32>) -> index {
// CHECK:     [[C1:%.*]] = arith.constant 1 : index
// CHECK-NEXT:     [[DIM:%.*]] = memref.dim [[ARG0]], [[C1]] : memref<4x?xf32>
// CHECK-NEXT:     return [[DIM]] : index
// CHECK-NEXT:   }
func.func @dim_cast(%a: memref<4x?xf32>) -> index {
  %c1 = arith.constant 1 : index
  %0 = memref.cast %a : memref<4x?xf32> to memref<?x?xf32>
  %d = memref.dim %0, %c1 : memref<?x?xf32>
  return %d : index
}
// CHECK-LABEL: func.func @store_cast(
// CHECK-SAME: [[ARG0:%.*]]: memref<4xf32>, [[ARG1:%.*]]: f32) {
// CHECK:     [[C0:%.*]] = arith.constant 0 : index
// CHECK-NEXT:     memref.store [[ARG1]], [[ARG0]][[[C0]]] : memref<4xf32>
// CHECK-NEXT:     return
// CHECK-NEXT:   }
func.func @store_cast(%a: memref<4xf32>, %v: f32) {
  %c0 = arith.constant 0 : index
  %0 = memref.cast %a : memref<4xf32> to memref<?xf32>
  memref.store %v, %0[%c0] : memref<?xf32>
  return
}
// CHECK-LABEL: func.func @no_fold_static(
// CHECK-SAME: [[ARG0:%.*]]: memref<?xf32>) -> f32 {
// CHECK:     [[C0:%.*]] = arith.constant 0 : index
// CHECK-NEXT:     [[VAL_0:%.*]] = memref.load [[ARG0]][[[C0]]] : memref<?xf32>
// CHECK-NEXT:     return [[VAL_0]] : f32
// CHECK-NEXT:   }
func.func @no_fold_static(%a: memref<?xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %0 = memref.cast %a : memref<?xf32> to memref<4xf32>
  %1 = memref.load %0[%c0] : memref<4xf32>
  return %1 : f32
}
// CHECK-LABEL: func.func @dead_with_load(
// CHECK-SAME: ) -> f32 {
// CHECK:     [[C0:%.*]] = arith.constant 0 : index
// CHECK-NEXT:     [[ALLOC:%.*]] = memref.alloc() : memref<4xf32>
// CHECK-NEXT:     [[VAL_0:%.*]] = memref.load [[ALLOC]][[[C0]]] : memref<4xf32>
// CHECK-NEXT:     return [[VAL_0]] : f32
// CHECK-NEXT:   }
func.func @dead_with_load() -> f32 {
  %m = memref.alloc() : memref<4xf32>
  %c0 = arith.constant 0 : index
  %1 = memref.load %m[%c0] : memref<4xf32>
  return %1 : f32
}
// CHECK-LABEL: func.func @self_copy_and_dead_dim(
// CHECK-SAME: [[ARG0:%.*]]: memref<4xf32>, [[ARG1:%.*]]: index, [[ARG2:%.*]]: f32) {
// CHECK:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
func.func @self_copy_and_dead_dim(%a: memref<4xf32>, %n: index, %v: f32) {
  %m = memref.alloc(%n) : memref<?xf32>
  memref.store %v, %m[%n] : memref<?xf32>
  %d = memref.dim %m, %n : memref<?xf32>
  memref.copy %a, %a : memref<4xf32> to memref<4xf32>
  memref.dealloc %m : memref<?xf32>
  return
}
