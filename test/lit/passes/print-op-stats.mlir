// print-op-stats counts ops by name (to stderr), as a table or JSON; the IR is unchanged.
// RUN: %dlc-opt %s --allow-unregistered-dialect --print-op-stats -o /dev/null 2>&1 | %filecheck %s
// RUN: %dlc-opt %s --allow-unregistered-dialect --print-op-stats=json -o /dev/null 2>&1 | %filecheck %s --check-prefix=JSON

// CHECK:      Operations encountered:
// CHECK-NEXT: -----------------------
// CHECK-NEXT:   builtin.module , 1
// CHECK-NEXT:      func.func   , 1
// CHECK-NEXT:      func.return , 1
// CHECK-NEXT:      test.op     , 2

// JSON:      {
// JSON-NEXT:   "builtin.module" : 1,
// JSON-NEXT:   "func.func" : 1,
// JSON-NEXT:   "func.return" : 1,
// JSON-NEXT:   "test.op" : 2
// JSON-NEXT: }
func.func @f(%a: i32) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32
  %1 = "test.op"(%0) : (i32) -> i32
  return %1 : i32
}
