// tensor dialect verifier errors, one per message.
// RUN: %dlc-opt %s --split-input-file --verify-diagnostics

func.func @map_arity(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op indexing map of input #0 has 2 dims, but the domain has rank 1}}
  %c = "tensor.compute"(%a) <{bounds = array<i64: 4>, iterators = ["parallel"], combiners = ["none"],
      indexing_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0) -> (d0)>]}> ({
  ^bb0(%x: f32):
    "tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}

// -----

func.func @map_symbols(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op indexing map of output #0 must not have symbols}}
  %c = "tensor.compute"(%a) <{bounds = array<i64: 4>, iterators = ["parallel"], combiners = ["none"],
      indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0)[s0] -> (d0)>]}> ({
  ^bb0(%x: f32):
    "tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}

// -----

func.func @map_results_vs_input_rank(%a: tensor<4x4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op indexing map of input #0 has 1 results, but tensor<4x4xf32> has rank 2}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4x4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @map_results_vs_output_rank(%a: tensor<4xf32>) -> tensor<4x1xf32> {
  // expected-error @+1 {{'tensor.compute' op indexing map of output #0 has 1 results, but tensor<4x1xf32> has rank 2}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4x1xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4x1xf32>
}

// -----

func.func @map_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op expected 2 indexing maps (1 inputs + 1 outputs), but got 1}}
  %c = "tensor.compute"(%a) <{bounds = array<i64: 4>, iterators = ["parallel"], combiners = ["none"],
      indexing_maps = [affine_map<(d0) -> (d0)>]}> ({
  ^bb0(%x: f32):
    "tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}

// -----

func.func @iterator_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op expected 1 iterator kinds (one per domain dimension), but got 2}}
  %c = "tensor.compute"(%a) <{bounds = array<i64: 4>, iterators = ["parallel", "parallel"], combiners = ["none"],
      indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>]}> ({
  ^bb0(%x: f32):
    "tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}

// -----

func.func @iterator_kind(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op attribute 'iterators' failed to satisfy constraint: array attribute of allowed string cases: 'parallel', 'reduction'}}
  %c = "tensor.compute"(%a) <{bounds = array<i64: 4>, iterators = ["window"], combiners = ["none"],
      indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>]}> ({
  ^bb0(%x: f32):
    "tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}

// -----

func.func @combiner_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op expected 1 combiners (one per output), but got 0}}
  %c = "tensor.compute"(%a) <{bounds = array<i64: 4>, iterators = ["parallel"], combiners = [],
      indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>]}> ({
  ^bb0(%x: f32):
    "tensor.yield"(%x) : (f32) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}

// -----

func.func @bound(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op domain dimension j must have a positive bound, but got 0}}
  %c = tensor.compute [i: 4, j: 0] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @reduction_dim_in_output(%a: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'tensor.compute' op output #0 is indexed [i, j] by reduction dimension j; outputs may only use parallel dimensions}}
  %c = tensor.compute [i: 4, j: 8 reduce] (%a[i, j]) -> [i, j] add : (tensor<4x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4x8xf32>
}

// -----

func.func @combiner_required(%a: tensor<4x8xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op output #0 needs a combiner (add, mul, max or min): the domain reduces over j}}
  %c = tensor.compute [i: 4, j: 8 reduce] (%a[i, j]) -> [i] : (tensor<4x8xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @parallel_dim_unused(%a: tensor<4x8xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op output #0 is indexed [i], which does not use parallel dimension j; make it a reduction dimension}}
  %c = tensor.compute [i: 4, j: 8] (%a[i, j]) -> [i] add : (tensor<4x8xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @output_shape(%a: tensor<4xf32>) -> tensor<5xf32> {
  // expected-error @+1 {{'tensor.compute' op output #0 is indexed [i], so its dimension 0 must have size 4 (the bound of i), but tensor<5xf32> has 5}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<5xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<5xf32>
}

// -----

func.func @output_not_covered(%a: tensor<4xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'tensor.compute' op output #0 has 8 elements, but the parallel domain has 4 points; each element must be written once}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i * 2] : (tensor<4xf32>) -> tensor<8xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<8xf32>
}

// -----

func.func @output_written_twice(%a: tensor<4xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{'tensor.compute' op output #0 is written twice by [i floordiv 2, 0], at (0, 0)}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i floordiv 2, 0] : (tensor<4xf32>) -> tensor<2x2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<2x2xf32>
}

// -----

func.func @out_of_bounds(%a: tensor<7xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op input #0 is read out of bounds: index 0 of [i * 2 + 1] ranges over [1, 7], but tensor<7xf32> has size 7 there}}
  %c = tensor.compute [i: 4] (%a[i * 2 + 1]) -> [i] : (tensor<7xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @negative_index(%a: tensor<8xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op input #0 is read out of bounds: index 0 of [i - 1] ranges over [-1, 2], but tensor<8xf32> has size 8 there}}
  %c = tensor.compute [i: 4] (%a[i - 1]) -> [i] : (tensor<8xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @init_without_combiner(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op output #0 has an initial value but no combiner}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] init(0.0 : f32) : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @init_type(%a: tensor<4x2xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op initial value of output #0 must be a f32 attribute, but got 0 : i32}}
  %c = tensor.compute [i: 4, j: 2 reduce] (%a[i, j]) -> [i] add init(0 : i32) : (tensor<4x2xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @body_arity(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op expected the body to have 1 arguments (one per input), but it has 2}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32, %y: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @body_type(%a: tensor<4xf32>) -> tensor<4xf16> {
  // expected-error @+1 {{'tensor.compute' op body argument #0 has type f16, but input #0 has element type f32}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf16> {
  ^bb0(%x: f16):
    tensor.yield %x : f16
  }
  return %c : tensor<4xf16>
}

// -----

func.func @yield_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op expected the body to yield 1 values (one per output), but it yields 2}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x, %x : f32, f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @yield_type(%a: tensor<4xf32>) -> tensor<4xf16> {
  // expected-error @+1 {{'tensor.compute' op yielded value #0 has type f32, but output #0 has element type f16}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf16> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf16>
}

// -----

func.func @dynamic_shape(%a: tensor<?xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op operand #0 must be variadic of statically shaped tensor of any type values, but got 'tensor<?xf32>'}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<?xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @captured(%a: tensor<4xf32>, %s: f32) -> tensor<4xf32> {
  // expected-note @+1 {{required by region isolation constraints}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    // expected-error @+1 {{using value defined outside the region}}
    %y = arith.addf %x, %s : f32
    tensor.yield %y : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @index_dim(%a: tensor<4xf32>) -> tensor<4xf32> {
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    // expected-error @+1 {{'tensor.index' op dimension 1 is out of range for a domain of rank 1}}
    %j = tensor.index 1 : index
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @index_outside() -> index {
  // expected-error @+1 {{'tensor.index' op expected to be inside a 'tensor.compute' body}}
  %j = tensor.index 0 : index
  return %j : index
}

// -----

func.func @yield_parent(%a: f32) {
  // expected-error @+1 {{'tensor.yield' op expects parent op to be one of 'tensor.compute, tensor.pad'}}
  tensor.yield %a : f32
}

// -----

func.func @empty_dynamic(%n: index) {
  // expected-error @+1 {{'tensor.empty' op incorrect number of dynamic sizes, has 2, expected 1}}
  %x = tensor.empty(%n, %n) : tensor<?x3xf16>
  return
}

// -----

func.func @pad_type(%t: tensor<2x3xf32>) -> tensor<3x8xf32> {
  %cst = arith.constant 0.0 : f32
  // expected-error @+1 {{specified type 'tensor<3x8xf32>' does not match the inferred type 'tensor<3x7xf32>'}}
  %0 = tensor.pad %t low[0, 1] high[1, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<2x3xf32> to tensor<3x8xf32>
  return %0 : tensor<3x8xf32>
}

// -----

func.func @pad_amounts(%t: tensor<2x3xf32>) -> tensor<3x7xf32> {
  %cst = arith.constant 0.0 : f32
  // expected-error @+1 {{failed to infer expectedType from sourceType 'tensor<2x3xf32>', specified resultType is 'tensor<3x7xf32>'}}
  %0 = tensor.pad %t low[0, 1, 1] high[1, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<2x3xf32> to tensor<3x7xf32>
  return %0 : tensor<3x7xf32>
}

// -----

func.func @pad_block_args(%t: tensor<2x3xf32>) -> tensor<3x7xf32> {
  %cst = arith.constant 0.0 : f32
  // expected-error @+1 {{expected the block to have 2 arguments}}
  %0 = tensor.pad %t low[0, 1] high[1, 3] {
  ^bb0(%i: index):
    tensor.yield %cst : f32
  } : tensor<2x3xf32> to tensor<3x7xf32>
  return %0 : tensor<3x7xf32>
}

// -----

func.func @pad_block_arg_type(%t: tensor<2x3xf32>) -> tensor<3x7xf32> {
  %cst = arith.constant 0.0 : f32
  // expected-error @+1 {{'tensor.pad' op expected block argument 2 to be an index}}
  %0 = tensor.pad %t low[0, 1] high[1, 3] {
  ^bb0(%i: index, %j: i32):
    tensor.yield %cst : f32
  } : tensor<2x3xf32> to tensor<3x7xf32>
  return %0 : tensor<3x7xf32>
}

// -----

func.func @pad_yield(%t: tensor<2x3xf32>) -> tensor<3x7xf32> {
  %cst = arith.constant 0.0 : f16
  // expected-error @+1 {{'tensor.pad' op expected yield type to match shape element type}}
  %0 = tensor.pad %t low[0, 1] high[1, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f16
  } : tensor<2x3xf32> to tensor<3x7xf32>
  return %0 : tensor<3x7xf32>
}

// -----

func.func @take_axis(%data: tensor<10x4xf32>, %ids: tensor<3xi64>) {
  // expected-error @+1 {{'tensor.take' op axis 2 is out of range for data of rank 2}}
  %0 = tensor.take %data[%ids] axis 2 : (tensor<10x4xf32>, tensor<3xi64>) -> tensor<3x4xf32>
  return
}

// -----

func.func @take_shape(%data: tensor<10x4xf32>, %ids: tensor<3xi64>) {
  // expected-error @+1 {{'tensor.take' op expected result type tensor<3x4xf32> (data dims before axis 0, the indices' dims, data dims after it), but got tensor<4x3xf32>}}
  %0 = tensor.take %data[%ids] axis 0 : (tensor<10x4xf32>, tensor<3xi64>) -> tensor<4x3xf32>
  return
}

// -----

func.func @take_element_type(%data: tensor<10x4xf32>, %ids: tensor<3xi64>) {
  // expected-error @+1 {{'tensor.take' op result element type f16 must match the data's, f32}}
  %0 = tensor.take %data[%ids] axis 0 : (tensor<10x4xf32>, tensor<3xi64>) -> tensor<3x4xf16>
  return
}

// -----

func.func @take_indices(%data: tensor<10x4xf32>, %ids: tensor<3xf32>) {
  // expected-error @+1 {{'tensor.take' op operand #1 must be statically shaped tensor of integer or index values, but got 'tensor<3xf32>'}}
  %0 = tensor.take %data[%ids] axis 0 : (tensor<10x4xf32>, tensor<3xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @impure_body(%a: tensor<4xf32>, %m: memref<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op body op 'func.call' may have memory effects; a body computes a scalar from scalars}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    // expected-note @+1 {{op here}}
    %y = func.call @f(%x) : (f32) -> f32
    tensor.yield %y : f32
  }
  return %c : tensor<4xf32>
}
func.func private @f(f32) -> f32

// -----

func.func @output_out_of_bounds(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op output #0 is written out of bounds: index 0 of [i + 1] ranges over [1, 4], but tensor<4xf32> has size 4 there}}
  %c = tensor.compute [i: 4] (%a[i]) -> [i + 1] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @output_not_one_to_one(%a: tensor<2x2xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.compute' op output #0 is not written exactly once: its flat index i + j is not a one-to-one map of the domain onto its 4 elements}}
  %c = tensor.compute [i: 2, j: 2] (%a[i, j]) -> [i + j] : (tensor<2x2xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// -----

func.func @rank(%t: tensor<2x3xf32>, %i: index) -> f32 {
  // expected-error @+1 {{'tensor.extract' op incorrect number of indices for extract_element}}
  %0 = tensor.extract %t[%i] : tensor<2x3xf32>
  return %0 : f32
}
