// arith round trip, pretty and generic: every cast, trunci overflow flags, truncf rounding modes.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s

// CHECK-LABEL: func.func @casts(%arg0: i32, %arg1: i8, %arg2: index, %arg3: f32, %arg4: f64, %arg5: f16, %arg6: vector<4xi16>, %arg7: tensor<?xf32>, %arg8: memref<4xi32>) {
// CHECK-NEXT: %0 = arith.extsi %arg1 : i8 to i32
// CHECK-NEXT: %1 = arith.extui %arg1 : i8 to i64
// CHECK-NEXT: %2 = arith.trunci %arg0 : i32 to i8
// CHECK-NEXT: %3 = arith.trunci %arg0 overflow<nsw, nuw> : i32 to i1
// CHECK-NEXT: %4 = arith.extf %arg3 : f32 to f64
// CHECK-NEXT: %5 = arith.extf %arg5 fastmath<fast> : f16 to f32
// CHECK-NEXT: %6 = arith.truncf %arg4 : f64 to f32
// CHECK-NEXT: %7 = arith.truncf %arg4 upward : f64 to bf16
// CHECK-NEXT: %8 = arith.truncf %arg3 toward_zero fastmath<nnan> : f32 to f16
// CHECK-NEXT: %9 = arith.truncf %arg3 downward : f32 to f16
// CHECK-NEXT: %10 = arith.truncf %arg3 to_nearest_away : f32 to f16
// CHECK-NEXT: %11 = arith.sitofp %arg0 : i32 to f32
// CHECK-NEXT: %12 = arith.uitofp %arg1 : i8 to f16
// CHECK-NEXT: %13 = arith.fptosi %arg3 : f32 to i64
// CHECK-NEXT: %14 = arith.fptoui %arg4 : f64 to i8
// CHECK-NEXT: %15 = arith.index_cast %arg0 : i32 to index
// CHECK-NEXT: %16 = arith.index_cast %arg2 : index to i64
// CHECK-NEXT: %17 = arith.index_castui %arg2 : index to i32
// CHECK-NEXT: %18 = arith.index_cast %arg8 : memref<4xi32> to memref<4xindex>
// CHECK-NEXT: %19 = arith.bitcast %arg3 : f32 to i32
// CHECK-NEXT: %20 = arith.bitcast %arg5 : f16 to bf16
// CHECK-NEXT: %21 = arith.extsi %arg6 : vector<4xi16> to vector<4xi32>
// CHECK-NEXT: %22 = arith.fptosi %arg7 : tensor<?xf32> to tensor<?xi32>
// CHECK-NEXT: %23 = arith.bitcast %arg8 : memref<4xi32> to memref<4xf32>
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-NEXT: }

func.func @casts(%a: i32, %b: i8, %i: index, %x: f32, %d: f64, %h: f16, %v: vector<4xi16>, %t: tensor<?xf32>, %m: memref<4xi32>) {
  %0 = arith.extsi %b : i8 to i32
  %1 = arith.extui %b : i8 to i64
  %2 = arith.trunci %a : i32 to i8
  %3 = arith.trunci %a overflow<nsw, nuw> : i32 to i1
  %4 = arith.extf %x : f32 to f64
  %5 = arith.extf %h fastmath<fast> : f16 to f32
  %6 = arith.truncf %d : f64 to f32
  %7 = arith.truncf %d upward : f64 to bf16
  %8 = arith.truncf %x toward_zero fastmath<nnan> : f32 to f16
  %9 = arith.truncf %x downward : f32 to f16
  %10 = arith.truncf %x to_nearest_away : f32 to f16
  %11 = arith.sitofp %a : i32 to f32
  %12 = arith.uitofp %b : i8 to f16
  %13 = arith.fptosi %x : f32 to i64
  %14 = arith.fptoui %d : f64 to i8
  %15 = arith.index_cast %a : i32 to index
  %16 = arith.index_cast %i : index to i64
  %17 = arith.index_castui %i : index to i32
  %18 = arith.index_cast %m : memref<4xi32> to memref<4xindex>
  %19 = arith.bitcast %x : f32 to i32
  %20 = arith.bitcast %h : f16 to bf16
  %21 = arith.extsi %v : vector<4xi16> to vector<4xi32>
  %22 = arith.fptosi %t : tensor<?xf32> to tensor<?xi32>
  %23 = arith.bitcast %m : memref<4xi32> to memref<4xf32>
  return
}
