// scf: for (index and i32, unsigned, iter_args), if (results, else), while, parallel with reduce,
// execute_region; implicit terminators elided as MLIR does.
func.func @scf(%lb: index, %ub: index, %st: index, %c: i1, %f: f32, %i: i32, %j: i32) -> f32 {
  scf.for %iv = %lb to %ub step %st {
    "test.use"(%iv) : (index) -> ()
  }
  %r:2 = scf.for %iv = %lb to %ub step %st iter_args(%acc = %f, %b = %c) -> (f32, i1) {
    %n = "test.add"(%acc) : (f32) -> f32
    scf.yield %n, %b : f32, i1
  }
  scf.for unsigned %k = %i to %j step %i : i32 {
  }
  scf.if %c {
    "test.then"() : () -> ()
  }
  %x = scf.if %c -> (f32) {
    scf.yield %f : f32
  } else {
    scf.yield %r#0 : f32
  } {attr}
  scf.if %c {
  } else {
    "test.else"() : () -> ()
  }
  %w:2 = scf.while (%a = %i, %b2 = %f) : (i32, f32) -> (i32, f32) {
    %cond = "test.cond"(%a) : (i32) -> i1
    scf.condition(%cond) %a, %b2 : i32, f32
  } do {
  ^bb0(%a2: i32, %b3: f32):
    scf.yield %a2, %b3 : i32, f32
  }
  scf.while : () -> () {
    scf.condition(%c)
  } do {
    scf.yield
  }
  %p = scf.parallel (%p0, %p1) = (%lb, %lb) to (%ub, %ub) step (%st, %st) init (%f) -> f32 {
    %v = "test.val"() : () -> f32
    scf.reduce(%v : f32) {
    ^bb0(%l: f32, %rr: f32):
      %s = "test.sum"(%l, %rr) : (f32, f32) -> f32
      scf.reduce.return %s : f32
    }
  }
  scf.parallel (%q) = (%lb) to (%ub) step (%st) {
    "test.use"(%q) : (index) -> ()
  }
  %e = scf.execute_region -> f32 {
    scf.yield %f : f32
  }
  scf.execute_region no_inline {
    "test.x"() : () -> ()
    scf.yield
  }
  return %x : f32
}

func.func @nested(%lb: i32, %ub: i32, %init: f32, %c: i1) -> f32 {
  %r = scf.for %i = %lb to %ub step %lb iter_args(%acc = %init) -> (f32) : i32 {
    %inner = scf.if %c -> f32 {
      %v = "test.op"(%i, %acc) : (i32, f32) -> f32
      scf.yield %v : f32
    } else {
      scf.yield %acc : f32
    }
    scf.yield %inner : f32
  } {tag = "loop"}
  return %r : f32
}
