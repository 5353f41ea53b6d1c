// dlc-run on scf.index_switch: each case region and the default run for their values.
// RUN: %dlc-run %s | %filecheck %s

// CHECK:      result #0: i32 100
// CHECK-NEXT: result #1: i32 200
// CHECK-NEXT: result #2: i32 -1
func.func @main() -> (i32, i32, i32) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c7 = arith.constant 7 : index
  %a = func.call @pick(%c0) : (index) -> i32
  %b = func.call @pick(%c2) : (index) -> i32
  %c = func.call @pick(%c7) : (index) -> i32
  return %a, %b, %c : i32, i32, i32
}

func.func @pick(%arg: index) -> i32 {
  %r = scf.index_switch %arg -> i32
  case 0 {
    %c = arith.constant 100 : i32
    scf.yield %c : i32
  }
  case 2 {
    %c = arith.constant 200 : i32
    scf.yield %c : i32
  }
  default {
    %c = arith.constant -1 : i32
    scf.yield %c : i32
  }
  return %r : i32
}
