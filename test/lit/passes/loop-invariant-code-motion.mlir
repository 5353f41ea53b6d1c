// loop-invariant-code-motion hoists pure ops whose operands come from outside an scf.for (chains
// included) and keeps what depends on the induction variable or has effects; same as mlir-opt.
// RUN: %dlc-opt %s --allow-unregistered-dialect --loop-invariant-code-motion | %filecheck %s

// CHECK-LABEL: func.func @licm
// CHECK-NEXT:   %[[S:.*]] = arith.addi %arg3, %arg4 : i32
// CHECK-NEXT:   %[[M:.*]] = arith.muli %[[S]], %[[S]] : i32
// CHECK-NEXT:   scf.for %[[I:.*]] = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:     %[[C:.*]] = arith.index_cast %[[I]] : index to i32
// CHECK-NEXT:     %[[A:.*]] = arith.addi %[[M]], %[[C]] : i32
// CHECK-NEXT:     "test.use"(%[[A]]) : (i32) -> ()
// CHECK-NEXT:   }
func.func @licm(%lb: index, %ub: index, %step: index, %a: i32, %b: i32) {
  scf.for %i = %lb to %ub step %step {
    %0 = arith.addi %a, %b : i32
    %1 = arith.muli %0, %0 : i32
    %2 = arith.index_cast %i : index to i32
    %3 = arith.addi %1, %2 : i32
    "test.use"(%3) : (i32) -> ()
  }
  return
}
