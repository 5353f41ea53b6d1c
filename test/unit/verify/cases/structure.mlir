// Structural verifier errors with annotations that mlir-opt 22 accepts too.

// expected-error @+1 {{empty block: expect at least a terminator}}
func.func @empty() {
^bb0:
}

// -----

func.func @not_last() {
  // expected-error @+1 {{'func.return' op must be the last operation in the parent block}}
  "func.return"() : () -> ()
  "test.foo"() : () -> ()
}

// -----

func.func @no_terminator() {
  // expected-error @+1 {{block with no terminator, has}}
  %0 = "builtin.unrealized_conversion_cast"() : () -> i32
}

// -----

func.func @successors_in_the_middle() {
  // expected-error @+1 {{operation with block successors must terminate its parent block}}
  "test.br"() [^bb1] : () -> ()
  "test.br"() [^bb1] : () -> ()
^bb1:
  return
}

// -----

// expected-error @+1 {{entry block of region may not have predecessors}}
func.func @entry_pred() {
^bb0:
  "test.br"() [^bb0] : () -> ()
}

// -----

"test.wrap"() ({
  // expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
  "func.return"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'builtin.module' op region should have no arguments}}
module {
^bb0(%a: i32):
}

// -----

// expected-error @+1 {{'builtin.module' op expects region #0 to have 0 or 1 blocks}}
"builtin.module"() ({
^bb0:
  "builtin.module"() ({}) : () -> ()
^bb1:
}) : () -> ()

// -----

// expected-error @+1 {{'builtin.module' op region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks}}
"builtin.module"() ({}) : () -> ()

// -----

// expected-error @+1 {{'builtin.module' op requires zero results}}
%0 = "builtin.module"() ({
^bb0:
}) : () -> (i32)

// -----

// expected-error @+1 {{'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'foo'}}
module attributes {foo = 1} {}

// -----

func.func @cast() {
  // expected-error @+1 {{'builtin.unrealized_conversion_cast' op expected at least one result for cast operation}}
  "builtin.unrealized_conversion_cast"() : () -> ()
  return
}

// -----

func.func @return_successor() {
  // expected-error @+1 {{'func.return' op requires 0 successors but found 1}}
  "func.return"() [^bb1] : () -> ()
^bb1:
  return
}

// -----

// expected-error @+1 {{'func.func' op requires one region}}
"func.func"() <{function_type = () -> (), sym_name = "two_regions"}> ({
  "func.return"() : () -> ()
}, {}) : () -> ()

// -----

// Two broken functions: each reports its own error.
func.func @one() {
  %0 = "test.def"() : () -> i32
  // expected-error @+1 {{'func.return' op has 1 operands, but enclosing function (@one) returns 0}}
  return %0 : i32
}
func.func @two() -> i32 {
  // expected-error @+1 {{'func.return' op has 0 operands, but enclosing function (@two) returns 1}}
  return
}

// -----

// Graph regions: the module body and unregistered ops' single-block regions.
"test.use"(%late) : (i32) -> ()
%late = "test.def"() : () -> i32
func.func @graph() {
  "test.graph"() ({
    "test.use"(%x) : (i32) -> ()
    %x = "test.def"() : () -> i32
  }) : () -> ()
  return
}
