// func dialect and symbol errors with MLIR's messages.

func.func private @callee(i32) -> i32

func.func @unknown_callee(%x: i32) {
  // expected-error @+1 {{'func.call' op 'missing' does not reference a valid function}}
  %0 = call @missing(%x) : (i32) -> i32
  return
}

// -----

func.func private @callee(i32) -> i32

func.func @operand_count() {
  // expected-error @+1 {{'func.call' op incorrect number of operands for callee}}
  %0 = call @callee() : () -> i32
  return
}

// -----

func.func private @callee(i32) -> i32

func.func @result_count(%x: i32) {
  // expected-error @+1 {{'func.call' op incorrect number of results for callee}}
  call @callee(%x) : (i32) -> ()
  return
}

// -----

func.func private @callee(i32) -> i32

func.func @result_type(%x: i32) {
  // expected-error @+3 {{'func.call' op result type mismatch at index 0}}
  // expected-note @+2 {{op result types:}}
  // expected-note @+1 {{function result types:}}
  %0 = call @callee(%x) : (i32) -> i64
  return
}

// -----

func.func @no_callee() {
  // expected-error @+1 {{'func.call' op requires attribute 'callee'}}
  "func.call"() : () -> ()
  return
}

// -----

func.func private @f(i32) -> i32

func.func @constants() {
  // expected-error @+1 {{'func.constant' op reference to undefined function 'g'}}
  %0 = constant @g : (i32) -> i32
  return
}

// -----

func.func private @f(i32) -> i32

func.func @constant_type() {
  // expected-error @+1 {{'func.constant' op reference to function with mismatched type}}
  %0 = constant @f : (i32) -> i64
  return
}

// -----

func.func @indirect(%x: i32, %f: (i32) -> i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee result types match result types}}
  %1 = "func.call_indirect"(%f, %x) : ((i32) -> i32, i32) -> i64
  return
}

// -----

func.func @indirect_inputs(%f: (i32) -> i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee input types match argument types}}
  %1 = "func.call_indirect"(%f) : ((i32) -> i32) -> i32
  return
}

// -----

module {
  // expected-note @+1 {{see existing symbol definition here}}
  func.func private @a()
  // expected-error @+1 {{redefinition of symbol named 'a'}}
  func.func private @a()
}

// -----

// expected-error @+1 {{'func.func' op symbol declaration cannot have public visibility}}
func.func @public_decl()

// -----

// expected-error @+1 {{'func.func' op visibility expected to be one of ["public", "private", "nested"], but got "foo"}}
"func.func"() <{function_type = () -> (), sym_name = "a", sym_visibility = "foo"}> ({
}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op requires attribute 'function_type'}}
"func.func"() ({}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op requires attribute 'sym_name'}}
"func.func"() <{function_type = () -> ()}> ({
}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op entry block must have 1 arguments to match function signature}}
"func.func"() <{function_type = (i32) -> (), sym_name = "a"}> ({
^bb0:
  "func.return"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op arguments may only have dialect attributes}}
func.func @arg_attrs(%a: i32 {foo = 1}) {
  return
}

// -----

// expected-error @+1 {{'func.func' op expects argument attribute array to have the same number of elements as the number of function arguments, got 2, but expected 1}}
"func.func"() <{function_type = (i32) -> (), sym_name = "a", arg_attrs = [{}, {}]}> ({
^bb0(%a: i32):
  "func.return"() : () -> ()
}) : () -> ()
