func.func @if_pure(%b: i1, %x: i32, %y: i32) -> i32 {
  %r:3 = scf.if %b -> (i32, i32, i32) {
    %s = arith.addi %x, %y : i32
    scf.yield %s, %x, %s : i32, i32, i32
  } else {
    %m = arith.muli %x, %y : i32
    scf.yield %y, %m, %m : i32, i32, i32
  }
  return %r#2 : i32
}
func.func @for_two_dead(%lb: index, %ub: index, %st: index, %x: i32, %mm: memref<i32>) -> i32 {
  %r:3 = scf.for %i = %lb to %ub step %st iter_args(%a = %x, %b = %x, %c = %x) -> (i32, i32, i32) {
    %n = arith.subi %a, %x : i32
    %m = arith.muli %b, %c : i32
    memref.store %n, %mm[] : memref<i32>
    scf.yield %n, %m, %m : i32, i32, i32
  }
  return %r#0 : i32
}
func.func @exec(%x: i32, %mm: memref<i32>) -> i32 {
  %r:2 = scf.execute_region -> (i32, i32) {
    %a = arith.addi %x, %x : i32
    %v = memref.load %mm[] : memref<i32>
    scf.yield %a, %v : i32, i32
  }
  return %r#1 : i32
}
func.func @nested_dead(%b: i1, %lb: index, %ub: index, %st: index, %x: i32, %mm: memref<i32>) {
  %r = scf.for %i = %lb to %ub step %st iter_args(%a = %x) -> (i32) {
    %t = scf.if %b -> (i32) {
      %p = arith.addi %a, %x : i32
      memref.store %p, %mm[] : memref<i32>
      scf.yield %p : i32
    } else {
      scf.yield %a : i32
    }
    scf.yield %t : i32
  }
  return
}
func.func @cf_dead(%b: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %b, ^bb1(%x, %y : i32, i32), ^bb2(%y : i32)
^bb1(%p: i32, %q: i32):
  cf.br ^bb2(%p : i32)
^bb2(%v: i32):
  return %x : i32
}
func.func @switch_dead(%f: i32, %x: i32, %m: memref<i32>) -> i32 {
  %s = arith.addi %f, %f : i32
  cf.switch %f : i32, [default: ^bb1(%s : i32), 2: ^bb2(%s, %x : i32, i32)]
^bb1(%b: i32):
  memref.store %x, %m[] : memref<i32>
  return %x : i32
^bb2(%c: i32, %d: i32):
  return %d : i32
}
