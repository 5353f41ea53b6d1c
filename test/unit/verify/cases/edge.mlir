// Corner cases of the verifier's order and notes, annotated so that mlir-opt 22 accepts them.

// An isolated op inside an unregistered op: its error is the only one of the outer function.
func.func @outer() {
  "test.wrap"() ({
    func.func @inner() -> i32 {
      // expected-error @+1 {{'func.return' op has 0 operands, but enclosing function (@inner) returns 1}}
      return
    }
  }) : () -> ()
  %0 = "test.def"() : () -> i32
  return %0 : i32
}

// -----

// Every broken function of nested modules reports, and symbol uses are not checked then.
module {
  module @m1 {
    func.func @a() -> i32 {
      // expected-error @+1 {{'func.return' op has 0 operands, but enclosing function (@a) returns 1}}
      return
    }
  }
  module @m2 {
    func.func @b() -> i32 {
      // expected-error @+1 {{'func.return' op has 0 operands, but enclosing function (@b) returns 1}}
      return
    }
  }
  func.func @c() {
    call @nope() : () -> ()
    return
  }
}

// -----

func.func @child_block_arg() {
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "test.use"(%x) : (i32) -> ()
  // expected-note @+1 {{operand defined as a block argument (block #0 in a child region)}}
  "test.wrap"() ({
  ^bb0(%x: i32):
    "test.end"() : () -> ()
  }) : () -> ()
  return
}

// -----

// A multi-block region of an unregistered op has SSA dominance.
func.func @multi() {
  "test.wrap"() ({
    "test.br"() [^bb1] : () -> ()
  ^bb1:
    // expected-error @+1 {{operand #0 does not dominate this use}}
    "test.use"(%1) : (i32) -> ()
    // expected-note @+1 {{operand defined here (op in the same block)}}
    %1 = "test.def"() : () -> i32
    "test.end"() : () -> ()
  }) : () -> ()
  return
}

// -----

func.func @two_bad_blocks() {
  "test.br"() [^bb1] : () -> ()
^bb1:
  // expected-error @+1 {{block with no terminator, has %0 = "builtin.unrealized_conversion_cast"() : () -> i32}}
  %0 = "builtin.unrealized_conversion_cast"() : () -> i32
^bb2:
  "test.foo"() : () -> ()
}

// -----

module {
  func.func private @f() -> i32
  func.func @g() {
    %0 = func.constant @f : () -> i32
    %1 = func.call @f() : () -> i32
    return
  }
}

// -----

// Symbols in an unregistered op are not a symbol table: no redefinition error.
"test.region"() ({
  func.func @x() {
    return
  }
  func.func @x() {
    return
  }
}) : () -> ()

// -----

func.func @self_use() {
  // expected-error @+2 {{operand #0 does not dominate this use}}
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %0 = "test.op"(%0) : (i32) -> i32
  return
}
