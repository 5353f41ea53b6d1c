// Dominance and isolation errors with MLIR's notes.

func.func @same_block() {
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "test.use"(%0) : (i32) -> ()
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %0 = "test.def"() : () -> i32
  return
}

// -----

func.func @parent_region() {
  "test.wrap"() ({
    // expected-error @+1 {{operand #0 does not dominate this use}}
    "test.use"(%0) : (i32) -> ()
    "test.x"() : () -> ()
  }) : () -> ()
  // expected-note @+1 {{operand defined here (op in a parent region)}}
  %0 = "test.def"() : () -> i32
  return
}

// -----

func.func @join() {
  "test.cond_br"() [^bb1, ^bb2] : () -> ()
^bb1:
  // expected-note @+1 {{operand defined here (op in the same region)}}
  %0 = "test.def"() : () -> i32
  "test.br"() [^bb3] : () -> ()
^bb2:
  "test.br"() [^bb3] : () -> ()
^bb3:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "test.use"(%0) : (i32) -> ()
  return
}

// -----

// expected-note @+1 {{operand defined as a block argument (block #2 in the same region)}}
func.func @block_arg() {
  "test.br"() [^bb1] : () -> ()
^bb1:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "test.use"(%a) : (i32) -> ()
  return
^bb2(%a: i32):
  return
}

// -----

func.func @unreachable_blocks_are_not_checked() {
  return
^bb1:
  "test.use"(%0) : (i32) -> ()
  %0 = "test.def"() : () -> i32
  return
}

// -----

func.func @loop() {
  %0 = "test.def"() : () -> i32
  "test.br"() [^bb1] : () -> ()
^bb1:
  %1 = "test.def"() : () -> i32
  "test.cond_br"() [^bb2, ^bb3] : () -> ()
^bb2:
  "test.use"(%0, %1) : (i32, i32) -> ()
  "test.br"() [^bb1] : () -> ()
^bb3:
  return
}

// -----

func.func @isolated() {
  %0 = "test.def"() : () -> i32
  "test.wrap"() ({
    // expected-note @+1 {{required by region isolation constraints}}
    func.func @inner() {
      // expected-error @+1 {{'test.use' op using value defined outside the region}}
      "test.use"(%0) : (i32) -> ()
      return
    }
  }) : () -> ()
  return
}

// -----

func.func @nested_symbol() {
  // expected-error @+1 {{'func.func' op symbol's parent must have the SymbolTable trait}}
  func.func @inner() {
    return
  }
  return
}
