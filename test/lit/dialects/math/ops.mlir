// math round trip, pretty and generic: every op with and without fastmath flags.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s

// CHECK-LABEL: func.func @math(%arg0: f32, %arg1: f32, %arg2: f32, %arg3: f64, %arg4: f16, %arg5: i32, %arg6: vector<4xf32>, %arg7: tensor<?xbf16>, %arg8: vector<2xi64>) {
// CHECK-NEXT: %0 = math.exp %arg0 : f32
// CHECK-NEXT: %1 = math.exp2 %arg3 fastmath<fast> : f64
// CHECK-NEXT: %2 = math.log %arg0 : f32
// CHECK-NEXT: %3 = math.log2 %arg4 : f16
// CHECK-NEXT: %4 = math.log10 %arg6 : vector<4xf32>
// CHECK-NEXT: %5 = math.sqrt %arg0 fastmath<afn> : f32
// CHECK-NEXT: %6 = math.rsqrt %arg7 : tensor<?xbf16>
// CHECK-NEXT: %7 = math.tanh %arg0 : f32
// CHECK-NEXT: %8 = math.erf %arg3 : f64
// CHECK-NEXT: %9 = math.absf %arg0 : f32
// CHECK-NEXT: %10 = math.absi %arg5 : i32
// CHECK-NEXT: %11 = math.absi %arg8 : vector<2xi64>
// CHECK-NEXT: %12 = math.powf %arg0, %arg1 : f32
// CHECK-NEXT: %13 = math.powf %arg6, %arg6 fastmath<nnan,ninf> : vector<4xf32>
// CHECK-NEXT: %14 = math.fma %arg0, %arg1, %arg2 : f32
// CHECK-NEXT: %15 = math.fma %arg6, %arg6, %arg6 fastmath<contract> : vector<4xf32>
// CHECK-NEXT: %16 = math.sin %arg0 : f32
// CHECK-NEXT: %17 = math.cos %arg3 : f64
// CHECK-NEXT: %18 = math.ceil %arg4 : f16
// CHECK-NEXT: %19 = math.floor %arg7 fastmath<fast> : tensor<?xbf16>
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-NEXT: }

func.func @math(%x: f32, %y: f32, %z: f32, %d: f64, %h: f16, %i: i32, %v: vector<4xf32>, %t: tensor<?xbf16>, %vi: vector<2xi64>) {
  %0 = math.exp %x : f32
  %1 = math.exp2 %d fastmath<fast> : f64
  %2 = math.log %x : f32
  %3 = math.log2 %h : f16
  %4 = math.log10 %v : vector<4xf32>
  %5 = math.sqrt %x fastmath<afn> : f32
  %6 = math.rsqrt %t : tensor<?xbf16>
  %7 = math.tanh %x : f32
  %8 = math.erf %d : f64
  %9 = math.absf %x : f32
  %10 = math.absi %i : i32
  %11 = math.absi %vi : vector<2xi64>
  %12 = math.powf %x, %y : f32
  %13 = math.powf %v, %v fastmath<nnan,ninf> : vector<4xf32>
  %14 = math.fma %x, %y, %z : f32
  %15 = math.fma %v, %v, %v fastmath<contract> : vector<4xf32>
  %16 = math.sin %x : f32
  %17 = math.cos %d : f64
  %18 = math.ceil %h : f16
  %19 = math.floor %t fastmath<fast> : tensor<?xbf16>
  return
}
