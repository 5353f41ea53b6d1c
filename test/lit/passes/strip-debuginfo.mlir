// strip-debuginfo replaces every location, block arguments included, with loc(unknown).
// RUN: %dlc-opt %s --strip-debuginfo --mlir-print-debuginfo | %filecheck %s

// CHECK: #[[LOC:.*]] = loc(unknown)
// CHECK: func.func @f(%arg0: i32 loc(unknown)) -> i32 {
// CHECK-NEXT: return %arg0 : i32 loc(#[[LOC]])
// CHECK-NEXT: } loc(#[[LOC]])
func.func @f(%a: i32 loc("a.py":1:2)) -> i32 {
  return %a : i32 loc("a.py":3:4)
}
