// Errors in builtin types and attributes, one per chunk.

// expected-error @+1 {{vector types must have positive constant sizes but got 0}}
"unk.op"() : () -> vector<0xf32>

// -----

// expected-error @+1 {{invalid element type for complex}}
"unk.op"() : () -> complex<tensor<4xf32>>

// -----

// expected-error @+1 {{integer bitwidth is limited to 16777215 bits}}
"unk.op"() : () -> i16777216

// -----

// expected-error @+1 {{expected ',' or ']'}}
"unk.op"() {a = [1, 2} : () -> ()

// -----

// expected-error @+1 {{inferred shape of elements literal ([3]) does not match type ([4])}}
"unk.op"() {a = dense<[1, 2, 3]> : tensor<4xi32>} : () -> ()

// -----

// expected-error @+1 {{expected integer elements, but parsed floating-point}}
"unk.op"() {a = dense<[1.5]> : tensor<1xi32>} : () -> ()

// -----

// expected-error @+1 {{use of undeclared identifier}}
"unk.op"() {a = affine_map<(d0) -> (d1)>} : () -> ()

// -----

// expected-error @+1 {{unknown escape in string literal}}
"unk.op"() {a = "\q"} : () -> ()

// -----

// expected-error @+1 {{expected ':'}}
"unk.op"() {a = dense<"0x00">} : () -> ()
