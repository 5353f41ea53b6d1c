// Parser errors, one per chunk.

// expected-error @+1 {{expected non-function type}}
func.func @f(%a: ) {
  return
}

// -----

func.func @undef() {
  // expected-error @+1 {{use of undeclared SSA value name}}
  "unk.op"(%nope) : (i32) -> ()
  return
}

// -----

func.func @redef() {
  %0 = "unk.a"() : () -> i32
  // expected-note @-1 {{previously defined here}}
  // expected-error @+1 {{redefinition of SSA value '%0'}}
  %0 = "unk.b"() : () -> i32
  return
}

// -----

// expected-error @+1 {{expected attribute value}}
"unk.op"() {a = } : () -> ()

// -----

// expected-error @+1 {{undefined symbol alias id 'nothere'}}
"unk.op"() {a = #nothere} : () -> ()

// -----

func.func @block_ref() {
  // expected-error @+1 {{reference to an undefined block}}
  "unk.br"()[^missing] : () -> ()
}

// -----

// expected-error @+1 {{custom op 'nonsense' is unknown (tried 'builtin.nonsense' as well)}}
nonsense

// -----

func.func @type_mismatch() {
  %0 = "unk.a"() : () -> i32
  // expected-note @-1 {{prior use here}}
  // expected-error @+1 {{use of value '%0' expects different type than prior uses: 'f32' vs 'i32'}}
  "unk.b"(%0) : (f32) -> ()
  return
}

// -----

// expected-error @+1 {{unbalanced '<' character in pretty dialect name}}
"unk.op"() : () -> !foo.bar<)>

// -----

// expected-error @+1 {{expected '>' in tensor type}}
"unk.op"() : () -> tensor<4xf32

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"unk.op"() {a = 300 : i8} : () -> ()
