// arith: constants with MLIR's result names, every integer and float binary op, overflow and fastmath flags.
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
