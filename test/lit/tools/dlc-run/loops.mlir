// dlc-run on scf loops: scf.for with iter_args, scf.while, scf.parallel with a reduction.
// RUN: %dlc-run %s | %filecheck %s
// RUN: %dlc-run %s --entry @collatz | %filecheck %s --check-prefix=WHILE
// RUN: %dlc-run %s --entry=@parallel --print=full | %filecheck %s --check-prefix=PAR

// The sum and the product of 1..10, and the loop index stored in a buffer.
// CHECK:      result #0: i32 55
// CHECK-NEXT: result #1: i64 3628800
// CHECK-NEXT: result #2: memref<10xindex> shape=[10] dtype=index checksum=45 values=[0, 1, 2, 3, 4, 5, 6, 7, ...]
func.func @main() -> (i32, i64, memref<10xindex>) {
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i64
  %buf = memref.alloc() : memref<10xindex>
  %sum, %prod = scf.for %i = %c0 to %c10 step %c1 iter_args(%s = %zero, %p = %one) -> (i32, i64) {
    memref.store %i, %buf[%i] : memref<10xindex>
    %k = arith.addi %i, %c1 : index
    %k32 = arith.index_cast %k : index to i32
    %k64 = arith.index_cast %k : index to i64
    %s2 = arith.addi %s, %k32 : i32
    %p2 = arith.muli %p, %k64 : i64
    scf.yield %s2, %p2 : i32, i64
  }
  return %sum, %prod, %buf : i32, i64, memref<10xindex>
}

// Steps of the Collatz sequence from 27 to 1.
// WHILE: result #0: i32 111
func.func @collatz() -> i32 {
  %start = arith.constant 27 : i32
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %two = arith.constant 2 : i32
  %three = arith.constant 3 : i32
  %r:2 = scf.while (%n = %start, %steps = %zero) : (i32, i32) -> (i32, i32) {
    %more = arith.cmpi ne, %n, %one : i32
    scf.condition(%more) %n, %steps : i32, i32
  } do {
  ^bb0(%x: i32, %k: i32):
    %rem = arith.remui %x, %two : i32
    %even = arith.cmpi eq, %rem, %zero : i32
    %next = scf.if %even -> i32 {
      %h = arith.divui %x, %two : i32
      scf.yield %h : i32
    } else {
      %t = arith.muli %x, %three : i32
      %t1 = arith.addi %t, %one : i32
      scf.yield %t1 : i32
    }
    %k1 = arith.addi %k, %one : i32
    scf.yield %next, %k1 : i32, i32
  }
  return %r#1 : i32
}

// A 2-d scf.parallel writing i*j and reducing its sum.
// PAR:      result #0: f32 36
// PAR-NEXT: result #1: memref<4x4xf32> shape=[4, 4] dtype=f32 checksum=36 values=[0, 0, 0, 0, 0, 1, 2, 3, 0, 2, 4, 6, 0, 3, 6, 9]
func.func @parallel() -> (f32, memref<4x4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %init = arith.constant 0.0 : f32
  %m = memref.alloc() : memref<4x4xf32>
  %r = scf.parallel (%i, %j) = (%c0, %c0) to (%c4, %c4) step (%c1, %c1) init (%init) -> f32 {
    %ij = arith.muli %i, %j : index
    %n = arith.index_cast %ij : index to i32
    %f = arith.sitofp %n : i32 to f32
    memref.store %f, %m[%i, %j] : memref<4x4xf32>
    scf.reduce(%f : f32) {
    ^bb0(%a: f32, %b: f32):
      %s = arith.addf %a, %b : f32
      scf.reduce.return %s : f32
    }
  }
  return %r, %m : f32, memref<4x4xf32>
}
