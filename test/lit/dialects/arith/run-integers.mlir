// dlc-run on arith's integer ops: wrap-around at every width, MLIR's division rounding for
// negative operands, shifts past the width (poison in MLIR: 0 or the sign here), casts.
// RUN: %dlc-run %s --entry @wrap | %filecheck %s --check-prefix=WRAP
// RUN: %dlc-run %s --entry @divide | %filecheck %s --check-prefix=DIV
// RUN: %dlc-run %s --entry @shift | %filecheck %s --check-prefix=SHIFT
// RUN: %dlc-run %s --entry @casts | %filecheck %s --check-prefix=CAST
// RUN: %dlc-run %s --entry @compare | %filecheck %s --check-prefix=CMP
// RUN: %dlc-run %s --entry @predicates | %filecheck %s --check-prefix=PRED

// WRAP:      result #0: i1 0
// WRAP-NEXT: result #1: i8 -128
// WRAP-NEXT: result #2: i16 24464
// WRAP-NEXT: result #3: i32 -2
// WRAP-NEXT: result #4: i64 -9223372036854775808
// WRAP-NEXT: result #5: index -1
// WRAP-NEXT: result #6: i8 -1
// WRAP-NEXT: result #7: i8 127
func.func @wrap() -> (i1, i8, i16, i32, i64, index, i8, i8) {
  %t = arith.constant true
  %a1 = arith.addi %t, %t : i1
  %c127 = arith.constant 127 : i8
  %c1 = arith.constant 1 : i8
  %a8 = arith.addi %c127, %c1 overflow<nsw> : i8
  %c300 = arith.constant 300 : i16
  %m16 = arith.muli %c300, %c300 : i16
  %max32 = arith.constant 2147483647 : i32
  %c2 = arith.constant 2 : i32
  %m32 = arith.muli %max32, %c2 : i32
  %max64 = arith.constant 9223372036854775807 : i64
  %one64 = arith.constant 1 : i64
  %a64 = arith.addi %max64, %one64 : i64
  %z = arith.constant 0 : index
  %o = arith.constant 1 : index
  %si = arith.subi %z, %o : index
  %x = arith.constant -128 : i8
  %nx = arith.subi %c127, %x : i8
  %mx = arith.maxui %c127, %c1 : i8
  return %a1, %a8, %m16, %m32, %a64, %si, %nx, %mx : i1, i8, i16, i32, i64, index, i8, i8
}

// DIV:      result #0: i32 -3
// DIV-NEXT: result #1: i32 -4
// DIV-NEXT: result #2: i32 -3
// DIV-NEXT: result #3: i32 -1
// DIV-NEXT: result #4: i32 2147483644
// DIV-NEXT: result #5: i32 1
// DIV-NEXT: result #6: i32 2147483645
// DIV-NEXT: result #7: i8 0
// DIV-NEXT: result #8: i32 4
func.func @divide() -> (i32, i32, i32, i32, i32, i32, i32, i8, i32) {
  %m7 = arith.constant -7 : i32
  %c2 = arith.constant 2 : i32
  %d = arith.divsi %m7, %c2 : i32
  %f = arith.floordivsi %m7, %c2 : i32
  %c = arith.ceildivsi %m7, %c2 : i32
  %r = arith.remsi %m7, %c2 : i32
  %du = arith.divui %m7, %c2 : i32
  %ru = arith.remui %m7, %c2 : i32
  %cu = arith.ceildivui %m7, %c2 : i32
  %min = arith.constant -128 : i8
  %m1 = arith.constant -1 : i8
  %rm = arith.remsi %min, %m1 : i8
  %c7 = arith.constant 7 : i32
  %cc = arith.ceildivsi %c7, %c2 : i32
  return %d, %f, %c, %r, %du, %ru, %cu, %rm, %cc : i32, i32, i32, i32, i32, i32, i32, i8, i32
}

// SHIFT:      result #0: i32 0
// SHIFT-NEXT: result #1: i32 0
// SHIFT-NEXT: result #2: i32 -1
// SHIFT-NEXT: result #3: i32 -2147483648
// SHIFT-NEXT: result #4: i32 1
// SHIFT-NEXT: result #5: i32 -1
func.func @shift() -> (i32, i32, i32, i32, i32, i32) {
  %one = arith.constant 1 : i32
  %m1 = arith.constant -1 : i32
  %c32 = arith.constant 32 : i32
  %c31 = arith.constant 31 : i32
  %a = arith.shli %one, %c32 : i32
  %b = arith.shrui %m1, %c32 : i32
  %c = arith.shrsi %m1, %c32 : i32
  %d = arith.shli %one, %c31 : i32
  %e = arith.shrui %m1, %c31 : i32
  %f = arith.shrsi %d, %c31 : i32
  return %a, %b, %c, %d, %e, %f : i32, i32, i32, i32, i32, i32
}

// CAST:      result #0: i32 -1
// CAST-NEXT: result #1: i32 255
// CAST-NEXT: result #2: i8 -1
// CAST-NEXT: result #3: i8 -1
// CAST-NEXT: result #4: i32 7
// CAST-NEXT: result #5: index 4294967295
// CAST-NEXT: result #6: index -1
func.func @casts() -> (i32, i32, i8, i8, i32, index, index) {
  %m1 = arith.constant -1 : i8
  %s = arith.extsi %m1 : i8 to i32
  %u = arith.extui %m1 : i8 to i32
  %t = arith.constant true
  %e1 = arith.extsi %t : i1 to i8
  %c511 = arith.constant 511 : i32
  %tr = arith.trunci %c511 : i32 to i8
  %big = arith.constant 4294967303 : index
  %ic = arith.index_cast %big : index to i32
  %u32 = arith.constant -1 : i32
  %iu = arith.index_castui %u32 : i32 to index
  %is = arith.index_cast %u32 : i32 to index
  return %s, %u, %e1, %tr, %ic, %iu, %is : i32, i32, i8, i8, i32, index, index
}

// CMP:      result #0: i1 1
// CMP-NEXT: result #1: i1 0
// CMP-NEXT: result #2: i1 1
// CMP-NEXT: result #3: i1 0
// CMP-NEXT: result #4: i32 -1
func.func @compare() -> (i1, i1, i1, i1, i32) {
  %five = arith.constant 5 : i32
  %m1 = arith.constant -1 : i32
  %ult = arith.cmpi ult, %five, %m1 : i32
  %slt = arith.cmpi slt, %five, %m1 : i32
  %t = arith.constant true
  %f = arith.constant false
  %signed = arith.cmpi slt, %t, %f : i1
  %unsigned = arith.cmpi ult, %t, %f : i1
  %sel = arith.select %signed, %m1, %five : i32
  return %ult, %slt, %signed, %unsigned, %sel : i1, i1, i1, i1, i32
}

// Every cmpi predicate on the i8 pairs (-1, 1), (1, -1), (5, 5), (0, -128), (127, -128), in MLIR's order.
// PRED: result #0: tensor<5xi1> {{.*}} values=[0, 0, 1, 0, 0]
// PRED-NEXT: result #1: tensor<5xi1> {{.*}} values=[1, 1, 0, 1, 1]
// PRED-NEXT: result #2: tensor<5xi1> {{.*}} values=[1, 0, 0, 0, 0]
// PRED-NEXT: result #3: tensor<5xi1> {{.*}} values=[1, 0, 1, 0, 0]
// PRED-NEXT: result #4: tensor<5xi1> {{.*}} values=[0, 1, 0, 1, 1]
// PRED-NEXT: result #5: tensor<5xi1> {{.*}} values=[0, 1, 1, 1, 1]
// PRED-NEXT: result #6: tensor<5xi1> {{.*}} values=[0, 1, 0, 1, 1]
// PRED-NEXT: result #7: tensor<5xi1> {{.*}} values=[0, 1, 1, 1, 1]
// PRED-NEXT: result #8: tensor<5xi1> {{.*}} values=[1, 0, 0, 0, 0]
// PRED-NEXT: result #9: tensor<5xi1> {{.*}} values=[1, 0, 1, 0, 0]
func.func @predicates() -> (tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>) {
  %a = arith.constant dense<[-1, 1, 5, 0, 127]> : tensor<5xi8>
  %b = arith.constant dense<[1, -1, 5, -128, -128]> : tensor<5xi8>
  %p0 = arith.cmpi eq, %a, %b : tensor<5xi8>
  %p1 = arith.cmpi ne, %a, %b : tensor<5xi8>
  %p2 = arith.cmpi slt, %a, %b : tensor<5xi8>
  %p3 = arith.cmpi sle, %a, %b : tensor<5xi8>
  %p4 = arith.cmpi sgt, %a, %b : tensor<5xi8>
  %p5 = arith.cmpi sge, %a, %b : tensor<5xi8>
  %p6 = arith.cmpi ult, %a, %b : tensor<5xi8>
  %p7 = arith.cmpi ule, %a, %b : tensor<5xi8>
  %p8 = arith.cmpi ugt, %a, %b : tensor<5xi8>
  %p9 = arith.cmpi uge, %a, %b : tensor<5xi8>
  return %p0, %p1, %p2, %p3, %p4, %p5, %p6, %p7, %p8, %p9 : tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>, tensor<5xi1>
}
