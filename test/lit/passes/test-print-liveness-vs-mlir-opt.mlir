// test-print-liveness against mlir-opt 22: the same report, byte for byte (branches, nested regions, unused values).
// REQUIRES: mlir-opt
// RUN: %dlc-opt %s --allow-unregistered-dialect --test-print-liveness -o /dev/null 2> %t.dlc
// RUN: %mlir-opt %s --allow-unregistered-dialect --mlir-disable-threading --pass-pipeline='builtin.module(func.func(test-print-liveness))' -o /dev/null 2> %t.mlir
// RUN: diff %t.dlc %t.mlir
func.func @branches(%a: i32, %b: i32) -> i32 {
  %0 = "test.foo"(%a) : (i32) -> i32
  %u = "test.unused"() : () -> i32
  "test.cond_br"(%0)[^bb1, ^bb2] : (i32) -> ()
^bb1:
  %1 = "test.bar"(%0, %b) : (i32, i32) -> i32
  "test.br"()[^bb3] : () -> ()
^bb2:
  "test.br"()[^bb3] : () -> ()
^bb3:
  return %b : i32
}
func.func @straight(%a: i32) -> (i32, i32) {
  %0 = "test.foo"(%a) : (i32) -> i32
  %1 = "test.foo"(%0) : (i32) -> i32
  %2 = "test.foo"(%a) : (i32) -> i32
  return %1, %2 : i32, i32
}
