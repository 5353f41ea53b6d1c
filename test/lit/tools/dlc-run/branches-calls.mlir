// dlc-run on unstructured control flow and calls: cf.br, cf.cond_br, cf.switch, recursion, call_indirect.
// RUN: %dlc-run %s | %filecheck %s

// gcd by Euclid's algorithm in a CFG loop.
func.func @gcd(%a: i64, %b: i64) -> i64 {
  %zero = arith.constant 0 : i64
  cf.br ^loop(%a, %b : i64, i64)
^loop(%x: i64, %y: i64):
  %done = arith.cmpi eq, %y, %zero : i64
  cf.cond_br %done, ^exit(%x : i64), ^step
^step:
  %r = arith.remsi %x, %y : i64
  cf.br ^loop(%y, %r : i64, i64)
^exit(%g: i64):
  return %g : i64
}

func.func @fib(%n: i32) -> i32 {
  %two = arith.constant 2 : i32
  %one = arith.constant 1 : i32
  %small = arith.cmpi slt, %n, %two : i32
  cf.cond_br %small, ^base, ^rec
^base:
  return %n : i32
^rec:
  %n1 = arith.subi %n, %one : i32
  %n2 = arith.subi %n, %two : i32
  %f1 = call @fib(%n1) : (i32) -> i32
  %f2 = call @fib(%n2) : (i32) -> i32
  %s = arith.addi %f1, %f2 : i32
  return %s : i32
}

func.func @classify(%x: i32) -> i32 {
  cf.switch %x : i32, [
    default: ^other,
    1: ^one,
    2: ^two(%x : i32)
  ]
^one:
  %a = arith.constant 100 : i32
  return %a : i32
^two(%v: i32):
  %b = arith.constant 200 : i32
  %c = arith.addi %b, %v : i32
  return %c : i32
^other:
  %d = arith.constant -1 : i32
  return %d : i32
}

// CHECK:      result #0: i64 6
// CHECK-NEXT: result #1: i32 55
// CHECK-NEXT: result #2: i32 100
// CHECK-NEXT: result #3: i32 202
// CHECK-NEXT: result #4: i32 -1
// CHECK-NEXT: result #5: i32 5
func.func @main() -> (i64, i32, i32, i32, i32, i32) {
  %a = arith.constant 84 : i64
  %b = arith.constant 30 : i64
  %g = call @gcd(%a, %b) : (i64, i64) -> i64
  %ten = arith.constant 10 : i32
  %f = call @fib(%ten) : (i32) -> i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c7 = arith.constant 7 : i32
  %k1 = call @classify(%c1) : (i32) -> i32
  %k2 = call @classify(%c2) : (i32) -> i32
  %k7 = call @classify(%c7) : (i32) -> i32
  %fp = constant @fib : (i32) -> i32
  %c5 = arith.constant 5 : i32
  %i = call_indirect %fp(%c5) : (i32) -> i32
  return %g, %f, %k1, %k2, %k7, %i : i64, i32, i32, i32, i32, i32
}
