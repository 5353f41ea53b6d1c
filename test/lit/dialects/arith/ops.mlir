// arith round trip, pretty and generic: constants with MLIR's result names, binary ops, overflow and fastmath flags.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s

// CHECK-LABEL: func.func @constants() -> (i32, i1, f32) {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c42_i64 = arith.constant 42 : i64
// CHECK-NEXT: %c-1_i32 = arith.constant -1 : i32
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: %cst = arith.constant 1.500000e+00 : f32
// CHECK-NEXT: %cst_0 = arith.constant -0.000000e+00 : f16
// CHECK-NEXT: %cst_1 = arith.constant 2.000000e+00 : bf16
// CHECK-NEXT: %cst_2 = arith.constant 0x7FF8000000000000 : f64
// CHECK-NEXT: %cst_3 = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
// CHECK-NEXT: %cst_4 = arith.constant dense<5.000000e-01> : tensor<2x3xf32>
// CHECK-NEXT: %c7_i8 = arith.constant {tag = "x"} 7 : i8
// CHECK-NEXT: return %c-1_i32, %true, %cst : i32, i1, f32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @integers(%arg0: i32, %arg1: i32, %arg2: index, %arg3: vector<4xi32>, %arg4: tensor<?xi64>) {
// CHECK-NEXT: %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT: %1 = arith.subi %arg0, %arg1 overflow<nsw> : i32
// CHECK-NEXT: %2 = arith.muli %arg0, %arg1 overflow<nuw> : i32
// CHECK-NEXT: %3 = arith.addi %arg2, %arg2 overflow<nsw, nuw> : index
// CHECK-NEXT: %4 = arith.shli %arg0, %arg1 overflow<nsw, nuw> : i32
// CHECK-NEXT: %5 = arith.divsi %arg0, %arg1 : i32
// CHECK-NEXT: %6 = arith.divui %arg0, %arg1 : i32
// CHECK-NEXT: %7 = arith.ceildivsi %arg0, %arg1 : i32
// CHECK-NEXT: %8 = arith.ceildivui %arg0, %arg1 : i32
// CHECK-NEXT: %9 = arith.floordivsi %arg0, %arg1 : i32
// CHECK-NEXT: %10 = arith.remsi %arg0, %arg1 : i32
// CHECK-NEXT: %11 = arith.remui %arg0, %arg1 : i32
// CHECK-NEXT: %12 = arith.minsi %arg0, %arg1 : i32
// CHECK-NEXT: %13 = arith.minui %arg0, %arg1 : i32
// CHECK-NEXT: %14 = arith.maxsi %arg0, %arg1 : i32
// CHECK-NEXT: %15 = arith.maxui %arg0, %arg1 : i32
// CHECK-NEXT: %16 = arith.andi %arg0, %arg1 : i32
// CHECK-NEXT: %17 = arith.ori %arg0, %arg1 : i32
// CHECK-NEXT: %18 = arith.xori %arg0, %arg1 : i32
// CHECK-NEXT: %19 = arith.shrsi %arg0, %arg1 : i32
// CHECK-NEXT: %20 = arith.shrui %arg0, %arg1 : i32
// CHECK-NEXT: %21 = arith.addi %arg3, %arg3 : vector<4xi32>
// CHECK-NEXT: %22 = arith.muli %arg4, %arg4 overflow<nsw> : tensor<?xi64>
// CHECK-NEXT: %23 = arith.xori %arg2, %arg2 {tag} : index
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-LABEL: func.func @floats(%arg0: f32, %arg1: f32, %arg2: f16, %arg3: vector<2xf64>, %arg4: tensor<4xbf16>) {
// CHECK-NEXT: %0 = arith.addf %arg0, %arg1 : f32
// CHECK-NEXT: %1 = arith.subf %arg0, %arg1 fastmath<fast> : f32
// CHECK-NEXT: %2 = arith.mulf %arg0, %arg1 fastmath<nnan,ninf> : f32
// CHECK-NEXT: %3 = arith.divf %arg0, %arg1 fastmath<reassoc,nsz,arcp,contract,afn> : f32
// CHECK-NEXT: %4 = arith.remf %arg0, %arg1 : f32
// CHECK-NEXT: %5 = arith.minimumf %arg2, %arg2 : f16
// CHECK-NEXT: %6 = arith.maximumf %arg2, %arg2 fastmath<nnan> : f16
// CHECK-NEXT: %7 = arith.minnumf %arg3, %arg3 : vector<2xf64>
// CHECK-NEXT: %8 = arith.maxnumf %arg3, %arg3 : vector<2xf64>
// CHECK-NEXT: %9 = arith.negf %arg0 : f32
// CHECK-NEXT: %10 = arith.negf %arg4 fastmath<contract> : tensor<4xbf16>
// CHECK-NEXT: %11 = arith.addf %arg0, %arg1 : f32
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-NEXT: }

func.func @constants() -> (i32, i1, f32) {
  %c0 = arith.constant 0 : index
  %c42_i64 = arith.constant 42 : i64
  %c-1_i32 = arith.constant -1 : i32
  %t = arith.constant true
  %f = arith.constant false
  %x = arith.constant 1.5 : f32
  %h = arith.constant -0.0 : f16
  %b = arith.constant 2.0 : bf16
  %d = arith.constant 0x7FF8000000000000 : f64
  %v = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  %s = arith.constant dense<0.5> : tensor<2x3xf32>
  %named = arith.constant {tag = "x"} 7 : i8
  return %c-1_i32, %t, %x : i32, i1, f32
}

func.func @integers(%a: i32, %b: i32, %i: index, %v: vector<4xi32>, %t: tensor<?xi64>) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.subi %a, %b overflow<nsw> : i32
  %2 = arith.muli %a, %b overflow<nuw> : i32
  %3 = arith.addi %i, %i overflow<nsw, nuw> : index
  %4 = arith.shli %a, %b overflow<nsw, nuw> : i32
  %5 = arith.divsi %a, %b : i32
  %6 = arith.divui %a, %b : i32
  %7 = arith.ceildivsi %a, %b : i32
  %8 = arith.ceildivui %a, %b : i32
  %9 = arith.floordivsi %a, %b : i32
  %10 = arith.remsi %a, %b : i32
  %11 = arith.remui %a, %b : i32
  %12 = arith.minsi %a, %b : i32
  %13 = arith.minui %a, %b : i32
  %14 = arith.maxsi %a, %b : i32
  %15 = arith.maxui %a, %b : i32
  %16 = arith.andi %a, %b : i32
  %17 = arith.ori %a, %b : i32
  %18 = arith.xori %a, %b : i32
  %19 = arith.shrsi %a, %b : i32
  %20 = arith.shrui %a, %b : i32
  %21 = arith.addi %v, %v : vector<4xi32>
  %22 = arith.muli %t, %t overflow<nsw> : tensor<?xi64>
  %23 = arith.xori %i, %i {tag} : index
  return
}

func.func @floats(%x: f32, %y: f32, %h: f16, %v: vector<2xf64>, %t: tensor<4xbf16>) {
  %0 = arith.addf %x, %y : f32
  %1 = arith.subf %x, %y fastmath<fast> : f32
  %2 = arith.mulf %x, %y fastmath<nnan,ninf> : f32
  %3 = arith.divf %x, %y fastmath<reassoc,nsz,arcp,contract,afn> : f32
  %4 = arith.remf %x, %y : f32
  %5 = arith.minimumf %h, %h : f16
  %6 = arith.maximumf %h, %h fastmath<nnan> : f16
  %7 = arith.minnumf %v, %v : vector<2xf64>
  %8 = arith.maxnumf %v, %v : vector<2xf64>
  %9 = arith.negf %x : f32
  %10 = arith.negf %t fastmath<contract> : tensor<4xbf16>
  %11 = arith.addf %x, %y fastmath<none> : f32
  return
}
