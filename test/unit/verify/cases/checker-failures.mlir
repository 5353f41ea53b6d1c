// Annotations that do NOT hold: mlir-opt's --verify-diagnostics output for this file is compared
// with ours byte for byte (unexpected, missing, near misses, bad regexes, @unknown).
// expected-error-re@+1 {{abc{{x}}
func.func @f() {
  %0 = "test.foo"() : () -> i32
  // expected-error @+1 {{has 2 operands}}
  return %0 : i32
}
// expected-warning {{foo}}

// -----

func.func @near_miss() {
  %0 = "test.foo"() : () -> i32
  // expected-warning @+1 {{has 1 operands}}
  return %0 : i32
}

// -----

// expected-error@unknown {{never}}
func.func @regex() -> i32 {
  // expected-error-re @+1 {{has {{[0-9]+}} operands, but enclosing function (@regex) returns 1}}
  return
}

// -----

func.func @dominance() {
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "test.use"(%0) : (i32) -> ()
  %0 = "test.def"() : () -> i32
  return
}
// expected-remark@below {{dangling}}
