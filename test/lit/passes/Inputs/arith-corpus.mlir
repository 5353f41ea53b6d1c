// arith/cf programs for the differential tests of canonicalize, cse and sccp against mlir-opt.

func.func @t1(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %a, %a : i32
  %2 = arith.muli %0, %1 : i32
  return %2 : i32
}

// -----

func.func @commutative(%a: i32, %b: i32) -> (i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %b, %a : i32
  return %0, %1 : i32, i32
}

// -----

func.func @fold_chain(%a: i32) -> (i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %s = arith.addi %c1, %c2 : i32
  %t = arith.addi %s, %s : i32
  %u = arith.addi %t, %a : i32
  %z = arith.constant 0 : i32
  %v = arith.addi %u, %z : i32
  return %t, %v : i32, i32
}

// -----

func.func @dead(%a: i32, %f: f32) -> f32 {
  %0 = arith.muli %a, %a : i32
  %1 = arith.addf %f, %f : f32
  %2 = arith.addf %f, %f : f32
  %3 = arith.mulf %1, %2 : f32
  return %3 : f32
}

// -----

func.func @branches(%a: i32, %c: i1) -> i32 {
  %c3 = arith.constant 3 : i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = arith.addi %a, %c3 : i32
  %1 = arith.addi %a, %c3 : i32
  %2 = arith.muli %0, %1 : i32
  cf.br ^bb3(%2 : i32)
^bb2:
  %4 = arith.addi %a, %c3 : i32
  cf.br ^bb3(%4 : i32)
^bb3(%r: i32):
  %5 = arith.addi %a, %c3 : i32
  %6 = arith.addi %r, %5 : i32
  return %6 : i32
}

// -----

func.func @cmp_select(%a: i32, %b: i32) -> i32 {
  %true = arith.constant true
  %0 = arith.select %true, %a, %b : i32
  %1 = arith.cmpi eq, %a, %a : i32
  %2 = arith.select %1, %0, %b : i32
  return %2 : i32
}
