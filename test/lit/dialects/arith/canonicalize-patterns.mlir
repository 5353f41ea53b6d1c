// arith canonicalisation patterns of MLIR 22 (ArithCanonicalization.td, SelectToExtUI) and the folds of cast chains; the same inputs are compared with mlir-opt in differential-patterns.test.
// RUN: %dlc-opt %s --canonicalize | %filecheck %s

// CHECK: module {
// CHECK-LABEL: func.func @muli_const(
// CHECK-SAME: [[ARG0:%.*]]: i32) -> i32 {
// CHECK:     [[C15_I32:%.*]] = arith.constant 15 : i32
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.muli [[ARG0]], [[C15_I32]] : i32
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @muli_const(%x: i32) -> i32 {
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %0 = arith.muli %x, %c3 : i32
  %1 = arith.muli %0, %c5 : i32
  return %1 : i32
}
// CHECK-LABEL: func.func @addi_subi(
// CHECK-SAME: [[ARG0:%.*]]: i32) -> (i32, i32, i32, i32, i32, i32) {
// CHECK:     [[C_2_I32:%.*]] = arith.constant -2 : i32
// CHECK-NEXT:     [[C2_I32:%.*]] = arith.constant 2 : i32
// CHECK-NEXT:     [[C8_I32:%.*]] = arith.constant 8 : i32
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.subi [[C8_I32]], [[ARG0]] : i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.addi [[ARG0]], [[C2_I32]] : i32
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.subi [[ARG0]], [[C8_I32]] : i32
// CHECK-NEXT:     [[VAL_3:%.*]] = arith.subi [[C8_I32]], [[ARG0]] : i32
// CHECK-NEXT:     [[VAL_4:%.*]] = arith.subi [[C2_I32]], [[ARG0]] : i32
// CHECK-NEXT:     [[VAL_5:%.*]] = arith.subi [[C_2_I32]], [[ARG0]] : i32
// CHECK-NEXT:     return [[VAL_0]], [[VAL_1]], [[VAL_2]], [[VAL_3]], [[VAL_4]], [[VAL_5]] : i32, i32, i32, i32, i32, i32
// CHECK-NEXT:   }
func.func @addi_subi(%x: i32) -> (i32, i32, i32, i32, i32, i32) {
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %0 = arith.subi %c3, %x : i32
  %1 = arith.addi %0, %c5 : i32
  %2 = arith.subi %x, %c3 : i32
  %3 = arith.addi %2, %c5 : i32
  %4 = arith.subi %2, %c5 : i32
  %5 = arith.subi %c5, %2 : i32
  %6 = arith.addi %x, %c3 : i32
  %7 = arith.subi %c5, %6 : i32
  %8 = arith.subi %0, %c5 : i32
  return %1, %3, %4, %5, %7, %8 : i32, i32, i32, i32, i32, i32
}
// CHECK-LABEL: func.func @neg_one(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> (i32, i32) {
// CHECK:     [[VAL_0:%.*]] = arith.subi [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.subi [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     return [[VAL_0]], [[VAL_1]] : i32, i32
// CHECK-NEXT:   }
func.func @neg_one(%x: i32, %y: i32) -> (i32, i32) {
  %m = arith.constant -1 : i32
  %0 = arith.muli %y, %m : i32
  %1 = arith.addi %x, %0 : i32
  %2 = arith.addi %0, %x : i32
  return %1, %2 : i32, i32
}
// CHECK-LABEL: func.func @exts(
// CHECK-SAME: [[ARG0:%.*]]: i8) -> (i32, i32, i16, i8, i64, i16) {
// CHECK:     [[VAL_0:%.*]] = arith.extsi [[ARG0]] : i8 to i16
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.extsi [[ARG0]] : i8 to i32
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.extui [[ARG0]] : i8 to i32
// CHECK-NEXT:     [[VAL_3:%.*]] = arith.extsi [[ARG0]] : i8 to i16
// CHECK-NEXT:     [[VAL_4:%.*]] = arith.extui [[VAL_0]] : i16 to i64
// CHECK-NEXT:     [[VAL_5:%.*]] = arith.extui [[ARG0]] : i8 to i16
// CHECK-NEXT:     return [[VAL_1]], [[VAL_2]], [[VAL_3]], [[ARG0]], [[VAL_4]], [[VAL_5]] : i32, i32, i16, i8, i64, i16
// CHECK-NEXT:   }
func.func @exts(%x: i8) -> (i32, i32, i16, i8, i64, i16) {
  %0 = arith.extsi %x : i8 to i16
  %1 = arith.extsi %0 : i16 to i32
  %2 = arith.extui %x : i8 to i16
  %3 = arith.extui %2 : i16 to i32
  %4 = arith.trunci %1 : i32 to i16
  %5 = arith.trunci %1 : i32 to i8
  %6 = arith.extui %0 : i16 to i64
  %7 = arith.trunci %3 : i32 to i16
  return %1, %3, %4, %5, %6, %7 : i32, i32, i16, i8, i64, i16
}
// CHECK-LABEL: func.func @index_cast(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: index) -> (i32, index, i64) {
// CHECK:     [[VAL_0:%.*]] = arith.index_castui [[ARG0]] : i32 to index
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.index_castui [[VAL_0]] : index to i64
// CHECK-NEXT:     return [[ARG0]], [[ARG1]], [[VAL_1]] : i32, index, i64
// CHECK-NEXT:   }
func.func @index_cast(%x: i32, %i: index) -> (i32, index, i64) {
  %0 = arith.index_cast %x : i32 to index
  %1 = arith.index_cast %0 : index to i32
  %2 = arith.index_cast %i : index to i32
  %3 = arith.index_cast %2 : i32 to index
  %4 = arith.index_castui %x : i32 to index
  %5 = arith.index_castui %4 : index to i64
  return %1, %3, %5 : i32, index, i64
}
// CHECK-LABEL: func.func @cmpi_ext(
// CHECK-SAME: [[ARG0:%.*]]: i8, [[ARG1:%.*]]: i8) -> (i1, i1) {
// CHECK:     [[VAL_0:%.*]] = arith.extsi [[ARG0]] : i8 to i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.extsi [[ARG1]] : i8 to i32
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.cmpi slt, [[VAL_0]], [[VAL_1]] : i32
// CHECK-NEXT:     [[VAL_3:%.*]] = arith.cmpi eq, [[ARG0]], [[ARG1]] : i8
// CHECK-NEXT:     return [[VAL_2]], [[VAL_3]] : i1, i1
// CHECK-NEXT:   }
func.func @cmpi_ext(%a: i8, %b: i8) -> (i1, i1) {
  %0 = arith.extsi %a : i8 to i32
  %1 = arith.extsi %b : i8 to i32
  %2 = arith.cmpi slt, %0, %1 : i32
  %3 = arith.extui %a : i8 to i32
  %4 = arith.extui %b : i8 to i32
  %5 = arith.cmpi eq, %3, %4 : i32
  return %2, %5 : i1, i1
}
// CHECK-LABEL: func.func @select(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i32, [[ARG3:%.*]]: i1) -> (i32, i32, i1, i1, i32, i32, i1, i1) {
// CHECK:     [[TRUE:%.*]] = arith.constant true
// CHECK-NEXT:     [[FALSE:%.*]] = arith.constant false
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.xori [[ARG0]], [[TRUE]] : i1
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.select [[ARG0]], [[ARG1]], [[ARG2]] : i32
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.select [[ARG0]], [[ARG1]], [[ARG2]] : i32
// CHECK-NEXT:     [[VAL_3:%.*]] = arith.select [[ARG0]], [[ARG3]], [[FALSE]] : i1
// CHECK-NEXT:     [[VAL_4:%.*]] = arith.select [[ARG0]], [[TRUE]], [[ARG3]] : i1
// CHECK-NEXT:     return [[ARG1]], [[ARG1]], [[ARG0]], [[VAL_0]], [[VAL_1]], [[VAL_2]], [[VAL_3]], [[VAL_4]] : i32, i32, i1, i1, i32, i32, i1, i1
// CHECK-NEXT:   }
func.func @select(%c: i1, %a: i32, %b: i32, %d: i1) -> (i32, i32, i1, i1, i32, i32, i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = arith.select %t, %a, %b : i32
  %1 = arith.select %c, %a, %a : i32
  %2 = arith.select %c, %t, %f : i1
  %3 = arith.select %c, %f, %t : i1
  %4 = arith.select %c, %a, %b : i32
  %5 = arith.select %c, %4, %b : i32
  %6 = arith.select %c, %d, %f : i1
  %7 = arith.select %c, %t, %d : i1
  return %0, %1, %2, %3, %4, %5, %6, %7 : i32, i32, i1, i1, i32, i32, i1, i1
}
// CHECK-LABEL: func.func @select_ext(
// CHECK-SAME: [[ARG0:%.*]]: i1) -> (i32, i32) {
// CHECK:     [[TRUE:%.*]] = arith.constant true
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.extui [[ARG0]] : i1 to i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.xori [[ARG0]], [[TRUE]] : i1
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.extui [[VAL_1]] : i1 to i32
// CHECK-NEXT:     return [[VAL_0]], [[VAL_2]] : i32, i32
// CHECK-NEXT:   }
func.func @select_ext(%c: i1) -> (i32, i32) {
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  %0 = arith.select %c, %one, %zero : i32
  %1 = arith.select %c, %zero, %one : i32
  return %0, %1 : i32, i32
}
// CHECK-LABEL: func.func @xor_cmpi(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> i1 {
// CHECK:     [[VAL_0:%.*]] = arith.cmpi sge, [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     return [[VAL_0]] : i1
// CHECK-NEXT:   }
func.func @xor_cmpi(%a: i32, %b: i32) -> i1 {
  %t = arith.constant true
  %0 = arith.cmpi slt, %a, %b : i32
  %1 = arith.xori %0, %t : i1
  return %1 : i1
}
// CHECK-LABEL: func.func @negf(
// CHECK-SAME: [[ARG0:%.*]]: f32) -> f32 {
// CHECK:     return [[ARG0]] : f32
// CHECK-NEXT:   }
func.func @negf(%a: f32) -> f32 {
  %0 = arith.negf %a : f32
  %1 = arith.negf %0 : f32
  return %1 : f32
}
// CHECK-LABEL: func.func @andi_ori(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> (i32, i32, i32) {
// CHECK:     [[C0_I32:%.*]] = arith.constant 0 : i32
// CHECK-NEXT:     return [[ARG0]], [[ARG0]], [[C0_I32]] : i32, i32, i32
// CHECK-NEXT:   }
func.func @andi_ori(%a: i32, %b: i32) -> (i32, i32, i32) {
  %0 = arith.andi %a, %a : i32
  %1 = arith.ori %a, %a : i32
  %2 = arith.xori %a, %a : i32
  return %0, %1, %2 : i32, i32, i32
}
// CHECK-LABEL: func.func @extf_truncf(
// CHECK-SAME: [[ARG0:%.*]]: f16) -> (f16, f64) {
// CHECK:     [[VAL_0:%.*]] = arith.extf [[ARG0]] : f16 to f32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.extf [[VAL_0]] : f32 to f64
// CHECK-NEXT:     return [[ARG0]], [[VAL_1]] : f16, f64
// CHECK-NEXT:   }
func.func @extf_truncf(%a: f16) -> (f16, f64) {
  %0 = arith.extf %a : f16 to f32
  %1 = arith.truncf %0 : f32 to f16
  %2 = arith.extf %0 : f32 to f64
  return %1, %2 : f16, f64
}
// CHECK-LABEL: func.func @bitcast(
// CHECK-SAME: [[ARG0:%.*]]: f32) -> f32 {
// CHECK:     return [[ARG0]] : f32
// CHECK-NEXT:   }
func.func @bitcast(%a: f32) -> f32 {
  %0 = arith.bitcast %a : f32 to i32
  %1 = arith.bitcast %0 : i32 to f32
  return %1 : f32
}
// CHECK-LABEL: func.func @shl_ext(
// CHECK-SAME: [[ARG0:%.*]]: i32) -> i32 {
// CHECK:     [[C2_I32:%.*]] = arith.constant 2 : i32
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.andi [[ARG0]], [[C2_I32]] : i32
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @shl_ext(%a: i32) -> (i32) {
  %c2 = arith.constant 2 : i32
  %0 = arith.andi %a, %c2 : i32
  %1 = arith.andi %0, %c2 : i32
  return %1 : i32
}
// CHECK-LABEL: func.func @sitofp_ext(
// CHECK-SAME: [[ARG0:%.*]]: i8) -> f32 {
// CHECK:     [[VAL_0:%.*]] = arith.extsi [[ARG0]] : i8 to i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.sitofp [[VAL_0]] : i32 to f32
// CHECK-NEXT:     return [[VAL_1]] : f32
// CHECK-NEXT:   }
func.func @sitofp_ext(%a: i8) -> f32 {
  %0 = arith.extsi %a : i8 to i32
  %1 = arith.sitofp %0 : i32 to f32
  return %1 : f32
}
// CHECK-LABEL: func.func @flags(
// CHECK-SAME: [[ARG0:%.*]]: i32) -> (i32, i32) {
// CHECK:     [[C8_I32:%.*]] = arith.constant 8 : i32
// CHECK-NEXT:     [[C15_I32:%.*]] = arith.constant 15 : i32
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.muli [[ARG0]], [[C15_I32]] overflow<nsw> : i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.subi [[ARG0]], [[C8_I32]] overflow<nuw> : i32
// CHECK-NEXT:     return [[VAL_0]], [[VAL_1]] : i32, i32
// CHECK-NEXT:   }
func.func @flags(%x: i32) -> (i32, i32) {
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %0 = arith.muli %x, %c3 overflow<nsw, nuw> : i32
  %1 = arith.muli %0, %c5 overflow<nsw> : i32
  %2 = arith.subi %x, %c3 overflow<nuw> : i32
  %3 = arith.subi %2, %c5 overflow<nuw> : i32
  return %1, %3 : i32, i32
}
// CHECK-LABEL: func.func @vec(
// CHECK-SAME: [[ARG0:%.*]]: vector<4xi32>) -> (vector<4xi32>, vector<4xi32>) {
// CHECK:     [[CST:%.*]] = arith.constant dense<3> : vector<4xi32>
// CHECK-NEXT:     [[CST_0:%.*]] = arith.constant dense<5> : vector<4xi32>
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.addi [[ARG0]], [[CST]] : vector<4xi32>
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.addi [[VAL_0]], [[CST_0]] : vector<4xi32>
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.subi [[VAL_1]], [[ARG0]] : vector<4xi32>
// CHECK-NEXT:     return [[VAL_1]], [[VAL_2]] : vector<4xi32>, vector<4xi32>
// CHECK-NEXT:   }
func.func @vec(%x: vector<4xi32>) -> (vector<4xi32>, vector<4xi32>) {
  %c3 = arith.constant dense<3> : vector<4xi32>
  %c5 = arith.constant dense<5> : vector<4xi32>
  %0 = arith.addi %x, %c3 : vector<4xi32>
  %1 = arith.addi %0, %c5 : vector<4xi32>
  %m = arith.constant dense<-1> : vector<4xi32>
  %2 = arith.muli %x, %m : vector<4xi32>
  %3 = arith.addi %1, %2 : vector<4xi32>
  return %1, %3 : vector<4xi32>, vector<4xi32>
}
// CHECK-LABEL: func.func @subsub(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> i32 {
// CHECK:     [[C0_I32:%.*]] = arith.constant 0 : i32
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.subi [[C0_I32]], [[ARG1]] : i32
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @subsub(%a: i32, %b: i32) -> i32 {
  %0 = arith.subi %a, %b : i32
  %1 = arith.subi %0, %a : i32
  return %1 : i32
}
// CHECK-LABEL: func.func @bitwise_ext(
// CHECK-SAME: [[ARG0:%.*]]: i8, [[ARG1:%.*]]: i8) -> (i32, i32, i32, i32, i1) {
// CHECK:     [[VAL_0:%.*]] = arith.andi [[ARG0]], [[ARG1]] : i8
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.extui [[VAL_0]] : i8 to i32
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.ori [[ARG0]], [[ARG1]] : i8
// CHECK-NEXT:     [[VAL_3:%.*]] = arith.extsi [[VAL_2]] : i8 to i32
// CHECK-NEXT:     [[VAL_4:%.*]] = arith.xori [[ARG0]], [[ARG1]] : i8
// CHECK-NEXT:     [[VAL_5:%.*]] = arith.extui [[VAL_4]] : i8 to i32
// CHECK-NEXT:     [[VAL_6:%.*]] = arith.xori [[ARG0]], [[ARG1]] : i8
// CHECK-NEXT:     [[VAL_7:%.*]] = arith.extsi [[VAL_6]] : i8 to i32
// CHECK-NEXT:     [[VAL_8:%.*]] = arith.cmpi ne, [[ARG0]], [[ARG1]] : i8
// CHECK-NEXT:     return [[VAL_1]], [[VAL_3]], [[VAL_5]], [[VAL_7]], [[VAL_8]] : i32, i32, i32, i32, i1
// CHECK-NEXT:   }
func.func @bitwise_ext(%a: i8, %b: i8) -> (i32, i32, i32, i32, i1) {
  %0 = arith.extui %a : i8 to i32
  %1 = arith.extui %b : i8 to i32
  %2 = arith.andi %0, %1 : i32
  %3 = arith.extsi %a : i8 to i32
  %4 = arith.extsi %b : i8 to i32
  %5 = arith.ori %3, %4 : i32
  %6 = arith.xori %0, %1 : i32
  %7 = arith.xori %3, %4 : i32
  %8 = arith.cmpi ne, %3, %4 : i32
  return %2, %5, %6, %7, %8 : i32, i32, i32, i32, i1
}
// CHECK-LABEL: func.func @casts(
// CHECK-SAME: [[ARG0:%.*]]: i8, [[ARG1:%.*]]: f16, [[ARG2:%.*]]: f32, [[ARG3:%.*]]: i64) -> (index, i32, i16, f32, i8, f16, f16, index) {
// CHECK:     [[VAL_0:%.*]] = arith.index_cast [[ARG0]] : i8 to index
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.extui [[ARG0]] : i8 to i32
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.trunci [[ARG3]] : i64 to i16
// CHECK-NEXT:     [[VAL_3:%.*]] = arith.extf [[ARG1]] : f16 to f64
// CHECK-NEXT:     [[VAL_4:%.*]] = arith.truncf [[VAL_3]] : f64 to f32
// CHECK-NEXT:     [[VAL_5:%.*]] = arith.truncf [[ARG2]] : f32 to f16
// CHECK-NEXT:     [[VAL_6:%.*]] = arith.index_castui [[ARG0]] : i8 to index
// CHECK-NEXT:     return [[VAL_0]], [[VAL_1]], [[VAL_2]], [[VAL_4]], [[ARG0]], [[ARG1]], [[VAL_5]], [[VAL_6]] : index, i32, i16, f32, i8, f16, f16, index
// CHECK-NEXT:   }
func.func @casts(%a: i8, %f: f16, %g: f32, %i: i64) -> (index, i32, i16, f32, i8, f16, f16, index) {
  %0 = arith.extsi %a : i8 to i32
  %1 = arith.index_cast %0 : i32 to index
  %2 = arith.extui %a : i8 to i16
  %3 = arith.extsi %2 : i16 to i32
  %4 = arith.trunci %i : i64 to i32
  %5 = arith.trunci %4 : i32 to i16
  %6 = arith.bitcast %g : f32 to i32
  %7 = arith.bitcast %6 : i32 to f32
  %8 = arith.extf %f : f16 to f64
  %9 = arith.truncf %8 : f64 to f32
  %10 = arith.extsi %a : i8 to i64
  %11 = arith.trunci %10 : i64 to i8
  %12 = arith.extf %f : f16 to f32
  %13 = arith.truncf %12 : f32 to f16
  %14 = arith.extf %g : f32 to f64
  %15 = arith.truncf %14 : f64 to f16
  %16 = arith.extui %a : i8 to i32
  %17 = arith.index_castui %16 : i32 to index
  return %1, %3, %5, %9, %11, %13, %15, %17 : index, i32, i16, f32, i8, f16, f16, index
}
// CHECK-LABEL: func.func @xorxor(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> (i32, i32, i32) {
// CHECK:     [[VAL_0:%.*]] = arith.andi [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     return [[ARG0]], [[ARG0]], [[VAL_0]] : i32, i32, i32
// CHECK-NEXT:   }
func.func @xorxor(%a: i32, %b: i32) -> (i32, i32, i32) {
  %0 = arith.xori %a, %b : i32
  %1 = arith.xori %0, %b : i32
  %2 = arith.xori %b, %0 : i32
  %3 = arith.andi %a, %b : i32
  %4 = arith.andi %3, %a : i32
  return %1, %2, %4 : i32, i32, i32
}
// CHECK-LABEL: func.func @selects(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i32, [[ARG3:%.*]]: i32) -> (i32, i32, i32) {
// CHECK:     [[VAL_0:%.*]] = arith.select [[ARG0]], [[ARG2]], [[ARG1]] : i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.select [[ARG0]], [[ARG3]], [[ARG2]] : i32
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.select [[ARG0]], [[ARG1]], [[ARG3]] : i32
// CHECK-NEXT:     return [[VAL_0]], [[VAL_1]], [[VAL_2]] : i32, i32, i32
// CHECK-NEXT:   }
func.func @selects(%c: i1, %a: i32, %b: i32, %d: i32) -> (i32, i32, i32) {
  %t = arith.constant true
  %n = arith.xori %c, %t : i1
  %0 = arith.select %n, %a, %b : i32
  %1 = arith.select %c, %a, %b : i32
  %2 = arith.select %c, %d, %1 : i32
  %3 = arith.select %c, %1, %d : i32
  return %0, %2, %3 : i32, i32, i32
}
// CHECK-LABEL: func.func @cmp_preds(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> (i1, i1, i1, i1) {
// CHECK:     [[VAL_0:%.*]] = arith.cmpi ne, [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.cmpi uge, [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.cmpi sgt, [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     [[VAL_3:%.*]] = arith.cmpi ule, [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     return [[VAL_0]], [[VAL_1]], [[VAL_2]], [[VAL_3]] : i1, i1, i1, i1
// CHECK-NEXT:   }
func.func @cmp_preds(%a: i32, %b: i32) -> (i1, i1, i1, i1) {
  %t = arith.constant true
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.xori %0, %t : i1
  %2 = arith.cmpi ult, %a, %b : i32
  %3 = arith.xori %2, %t : i1
  %4 = arith.cmpi sle, %a, %b : i32
  %5 = arith.xori %4, %t : i1
  %6 = arith.cmpi ugt, %a, %b : i32
  %7 = arith.xori %6, %t : i1
  return %1, %3, %5, %7 : i1, i1, i1, i1
}
// CHECK-LABEL: func.func @idx(
// CHECK-SAME: [[ARG0:%.*]]: index) -> (index, index) {
// CHECK:     [[C8:%.*]] = arith.constant 8 : index
// CHECK-NEXT:     [[C2:%.*]] = arith.constant 2 : index
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.addi [[ARG0]], [[C2]] : index
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.subi [[C8]], [[ARG0]] : index
// CHECK-NEXT:     return [[VAL_0]], [[VAL_1]] : index, index
// CHECK-NEXT:   }
func.func @idx(%x: index) -> (index, index) {
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %0 = arith.subi %c3, %x : index
  %1 = arith.subi %c5, %0 : index
  %2 = arith.subi %x, %c3 : index
  %3 = arith.subi %c5, %2 : index
  return %1, %3 : index, index
}
// CHECK-LABEL: func.func @floats(
// CHECK-SAME: [[ARG0:%.*]]: f32, [[ARG1:%.*]]: f32) -> (f32, f32, f32, f32, f32, f32) {
// CHECK:     [[CST:%.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.addf [[ARG0]], [[CST]] : f32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.mulf [[ARG1]], [[ARG1]] : f32
// CHECK-NEXT:     return [[ARG0]], [[ARG0]], [[ARG0]], [[ARG0]], [[VAL_0]], [[VAL_1]] : f32, f32, f32, f32, f32, f32
// CHECK-NEXT:   }
func.func @floats(%x: f32, %y: f32) -> (f32, f32, f32, f32, f32, f32) {
  %z = arith.constant 0.0 : f32
  %nz = arith.constant -0.0 : f32
  %one = arith.constant 1.0 : f32
  %0 = arith.addf %x, %nz : f32
  %1 = arith.subf %x, %z : f32
  %2 = arith.mulf %x, %one : f32
  %3 = arith.divf %x, %one : f32
  %4 = arith.addf %x, %z : f32
  %n = arith.negf %y : f32
  %5 = arith.mulf %n, %n : f32
  return %0, %1, %2, %3, %4, %5 : f32, f32, f32, f32, f32, f32
}
// CHECK-LABEL: func.func @ints(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i1, i1) {
// CHECK:     [[TRUE:%.*]] = arith.constant true
// CHECK-NEXT:     [[C0_I32:%.*]] = arith.constant 0 : i32
// CHECK-NEXT:     [[C_1_I32:%.*]] = arith.constant -1 : i32
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.divui [[ARG0]], [[ARG0]] : i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.cmpi ult, [[ARG0]], [[C0_I32]] : i32
// CHECK-NEXT:     return [[ARG0]], [[C0_I32]], [[ARG0]], [[C0_I32]], [[C_1_I32]], [[ARG0]], [[VAL_0]], [[ARG0]], [[TRUE]], [[VAL_1]] : i32, i32, i32, i32, i32, i32, i32, i32, i1, i1
// CHECK-NEXT:   }
func.func @ints(%x: i32, %y: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i1, i1) {
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %m = arith.constant -1 : i32
  %0 = arith.divsi %x, %c1 : i32
  %1 = arith.remsi %x, %c1 : i32
  %2 = arith.maxsi %x, %x : i32
  %3 = arith.minui %x, %c0 : i32
  %4 = arith.ori %x, %m : i32
  %5 = arith.shrsi %x, %c0 : i32
  %6 = arith.divui %x, %x : i32
  %7 = arith.ceildivsi %x, %c1 : i32
  %8 = arith.cmpi sle, %x, %x : i32
  %9 = arith.cmpi ult, %x, %c0 : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : i32, i32, i32, i32, i32, i32, i32, i32, i1, i1
}
// CHECK-LABEL: func.func @more(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i1) -> (i32, i32, i32, i1, i1) {
// CHECK:     [[TRUE:%.*]] = arith.constant true
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.xori [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.andi [[ARG0]], [[VAL_0]] : i32
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.select [[ARG2]], [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     return [[ARG0]], [[VAL_1]], [[VAL_2]], [[ARG2]], [[TRUE]] : i32, i32, i32, i1, i1
// CHECK-NEXT:   }
func.func @more(%x: i32, %y: i32, %c: i1) -> (i32, i32, i32, i1, i1) {
  %0 = arith.subi %x, %y : i32
  %1 = arith.addi %0, %y : i32
  %n = arith.xori %x, %y : i32
  %2 = arith.andi %x, %n : i32
  %3 = arith.select %c, %x, %y : i32
  %4 = arith.cmpi eq, %3, %x : i32
  %t = arith.constant true
  %5 = arith.andi %c, %t : i1
  %6 = arith.ori %c, %t : i1
  return %1, %2, %3, %5, %6 : i32, i32, i32, i1, i1
}
// CHECK-LABEL: func.func @cmpf(
// CHECK-SAME: [[ARG0:%.*]]: f32) -> (i1, i1, i1) {
// CHECK:     [[VAL_0:%.*]] = arith.cmpf oeq, [[ARG0]], [[ARG0]] : f32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.cmpf uno, [[ARG0]], [[ARG0]] : f32
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.cmpf true, [[ARG0]], [[ARG0]] : f32
// CHECK-NEXT:     return [[VAL_0]], [[VAL_1]], [[VAL_2]] : i1, i1, i1
// CHECK-NEXT:   }
func.func @cmpf(%x: f32) -> (i1, i1, i1) {
  %0 = arith.cmpf oeq, %x, %x : f32
  %1 = arith.cmpf uno, %x, %x : f32
  %2 = arith.cmpf true, %x, %x : f32
  return %0, %1, %2 : i1, i1, i1
}
// CHECK-LABEL: func.func @int_float_casts(
// CHECK-SAME: [[ARG0:%.*]]: i32) -> (f32, i64, i32) {
// CHECK:     [[C3_I64:%.*]] = arith.constant 3 : i64
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.sitofp [[ARG0]] : i32 to f32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.extsi [[ARG0]] : i32 to i64
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.muli [[VAL_1]], [[C3_I64]] : i64
// CHECK-NEXT:     [[VAL_3:%.*]] = arith.trunci [[VAL_2]] : i64 to i32
// CHECK-NEXT:     return [[VAL_0]], [[VAL_2]], [[VAL_3]] : f32, i64, i32
// CHECK-NEXT:   }
func.func @int_float_casts(%x: i32) -> (f32, i64, i32) {
  %0 = arith.sitofp %x : i32 to f32
  %1 = arith.fptosi %0 : f32 to i32
  %2 = arith.extsi %x : i32 to i64
  %3 = arith.shli %2, %2 : i64
  %c = arith.constant 3 : i64
  %4 = arith.muli %c, %2 : i64
  %5 = arith.trunci %4 : i64 to i32
  return %0, %4, %5 : f32, i64, i32
}
// CHECK-LABEL: func.func @negs(
// CHECK-SAME: [[ARG0:%.*]]: f32, [[ARG1:%.*]]: f32) -> (f32, f32) {
// CHECK:     [[VAL_0:%.*]] = arith.divf [[ARG0]], [[ARG1]] fastmath<fast> : f32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.mulf [[ARG0]], [[ARG1]] : f32
// CHECK-NEXT:     return [[VAL_0]], [[VAL_1]] : f32, f32
// CHECK-NEXT:   }
// CHECK-NEXT: }
func.func @negs(%x: f32, %y: f32) -> (f32, f32) {
  %a = arith.negf %x : f32
  %b = arith.negf %y : f32
  %0 = arith.divf %a, %b fastmath<fast> : f32
  %1 = arith.mulf %a, %b : f32
  return %0, %1 : f32, f32
}
