// tensor.compute custom-syntax errors: the parser names the problem at the offending token.
// RUN: %dlc-opt %s --split-input-file --verify-diagnostics

func.func @undeclared(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{custom op 'tensor.compute' use of undeclared domain dimension 'j'}}
  %c = tensor.compute [i: 4] (%a[j]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @twice(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{custom op 'tensor.compute' domain dimension 'i' is declared twice}}
  %c = tensor.compute [i: 4, i: 2] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @keyword(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{custom op 'tensor.compute' 'mod' is an affine keyword and cannot name a domain dimension}}
  %c = tensor.compute [mod: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @nonaffine(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{custom op 'tensor.compute' expected an affine expression (a product or division needs a constant on its right)}}
  %c = tensor.compute [i: 2, j: 2] (%a[i * j]) -> [i, j] : (tensor<4xf32>) -> tensor<2x2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @result_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{custom op 'tensor.compute' expected 2 result type(s), one per output, but got 1}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i], [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}
