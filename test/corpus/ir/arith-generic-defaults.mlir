// Generic-form ops get their defaulted properties (overflowFlags), as MLIR fills them in.
func.func @f(%a: i32) -> i32 {
  %0 = "arith.addi"(%a, %a) : (i32, i32) -> i32
  %1 = arith.addi %0, %a : i32
  return %1 : i32
}
