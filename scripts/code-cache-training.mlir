// The input the build runs dlc-opt on to fill its code cache (scripts/build.mjs): functions a
// run compiles are in the cache, so the next runs skip compiling them. A round trip of the
// common shapes: custom-form and generic-form func and arith ops, and unregistered ops with
// regions and attributes (run with --allow-unregistered-dialect).
module {
  func.func @custom(%arg0: i32, %arg1: i32) -> i32 {
    %c0_i32 = arith.constant 0 : i32
    %0 = arith.muli %c0_i32, %arg1 : i32
    %1 = arith.subi %0, %arg0 : i32
    %2 = arith.xori %1, %arg1 : i32
    %3 = arith.addi %2, %arg0 : i32
    return %3 : i32
  }
  "func.func"() <{function_type = (i32, i32) -> i32, sym_name = "generic"}> ({
  ^bb0(%arg0: i32, %arg1: i32):
    %0 = "arith.constant"() <{value = 0 : i32}> : () -> i32
    %1 = "arith.muli"(%0, %arg1) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %2 = "arith.xori"(%1, %arg0) : (i32, i32) -> i32
    "func.return"(%2) : (i32) -> ()
  }) : () -> ()
  "test.graph"() ({
  ^bb0(%arg0: tensor<4x8xf32>):
    %0 = "test.op"(%arg0) ({
      "test.yield"(%arg0) {note = "r0"} : (tensor<4x8xf32>) -> ()
    }) {count = 0 : i64, names = ["a", "b"], scale = 1.500000e+00 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
    "test.yield"(%0) : (tensor<4x8xf32>) -> ()
  }) {id = 0 : i64} : () -> ()
}
