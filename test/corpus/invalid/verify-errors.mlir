// Verifier errors, one per chunk.

func.func @dominance() {
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "unk.use"(%0) : (i32) -> ()
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %0 = "unk.def"() : () -> i32
  return
}

// -----

func.func @f() {
  // expected-note @-1 {{see existing symbol definition here}}
  return
}
// expected-error @+1 {{redefinition of symbol named 'f'}}
func.func @f() {
  return
}

// -----

func.func @ret_count() {
  %0 = "unk.def"() : () -> i32
  // expected-error @+1 {{'func.return' op has 1 operands, but enclosing function (@ret_count) returns 0}}
  return %0 : i32
}

// -----

func.func @ret_type() -> f32 {
  %0 = "unk.def"() : () -> i32
  // expected-error @+1 {{type of return operand 0 ('i32') doesn't match function result type ('f32') in function @ret_type}}
  return %0 : i32
}

// -----

func.func private @callee(i32) -> i32

func.func @call_args() {
  %0 = "unk.def"() : () -> f32
  // expected-error @+1 {{operand type mismatch: expected operand type 'i32', but provided 'f32' for operand number 0}}
  %1 = call @callee(%0) : (f32) -> i32
  return
}

// -----

func.func @missing() {
  // expected-error @+1 {{'missing_fn' does not reference a valid function}}
  call @missing_fn() : () -> ()
  return
}

// -----

// expected-error @+1 {{entry block of region may not have predecessors}}
func.func @entry_pred() {
^bb0:
  "unk.br"()[^bb0] : () -> ()
}

// -----

// expected-error @+1 {{symbol declaration cannot have public visibility}}
func.func @public_decl()

// -----

func.func @isolated() {
  %0 = "unk.def"() : () -> i32
  "unk.wrapper"() ({
    // expected-note @+1 {{required by region isolation constraints}}
    func.func @inner() {
      // expected-error @+1 {{using value defined outside the region}}
      "unk.use"(%0) : (i32) -> ()
      return
    }
  }) : () -> ()
  return
}

// -----

// expected-error @+1 {{empty block: expect at least a terminator}}
func.func @no_terminator() {
^bb0:
}

// -----

func.func @return_parent() {
  "unk.wrap"() ({
    // expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
    func.return
  }) : () -> ()
  return
}
