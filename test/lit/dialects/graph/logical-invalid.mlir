// graph comparison, logical, where and item verifier errors: a diagnostic on the op each time.
// RUN: %dlc-opt %s --split-input-file --verify-diagnostics

func.func @compare_elements(%a: tensor<2xf32>, %b: tensor<2xi32>) {
  // expected-error @+1 {{'graph.less' op rhs has element type 'i32', but lhs has 'f32' (insert a graph.cast)}}
  %0 = graph.less %a, %b : tensor<2xf32>, tensor<2xi32>
  return
}

// -----

func.func @and_of_floats(%a: tensor<2xf32>) {
  // expected-error @+1 {{'graph.and' op operand #0 must be statically shaped tensor of 1-bit signless integer values, but got 'tensor<2xf32>'}}
  %0 = graph.and %a, %a : tensor<2xf32>, tensor<2xf32>
  return
}

// -----

func.func @where_shapes(%c: tensor<2xi1>, %a: tensor<3xf32>) {
  // expected-error @+1 {{'graph.where' op condition and true_value are not broadcast-compatible: 2 and 3 differ in dimension 0 of the result (2 vs 3)}}
  %0 = graph.where %c, %a, %a : tensor<2xi1>, tensor<3xf32>, tensor<3xf32>
  return
}

// -----

func.func @where_elements(%c: tensor<3xi1>, %a: tensor<3xf32>, %b: tensor<3xf16>) {
  // expected-error @+1 {{'graph.where' op false_value has element type 'f16', but true_value has 'f32' (insert a graph.cast)}}
  %0 = graph.where %c, %a, %b : tensor<3xi1>, tensor<3xf32>, tensor<3xf16>
  return
}

// -----

func.func @item_count(%a: tensor<2xi1>) {
  // expected-error @+1 {{'graph.item' op input must have exactly one element, but 'tensor<2xi1>' has 2}}
  %0 = graph.item %a : tensor<2xi1>
  return
}
