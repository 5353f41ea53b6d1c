// arith: every cast op on scalars, vectors, tensors and memrefs, with trunci's overflow flags and truncf's rounding mode.
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
