// What convert-block-to-gpu cannot lower is reported at the op, and the module is left as it was.
// RUN: %dlc-opt %s --split-input-file --convert-block-to-gpu --verify-diagnostics

func.func @outside(%a: tensor<2x3xf32>) -> tensor<3x3xf32> {
  %z = arith.constant 0.0 : f32
  // expected-error @+1 {{convert-block-to-gpu: 'tensor.pad' on tensors outside a block.program cannot be lowered (run convert-tensor-to-block first; only TEs lower to kernels)}}
  %p = tensor.pad %a low[0, 0] high[1, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %z : f32
  } : tensor<2x3xf32> to tensor<3x3xf32>
  return %p : tensor<3x3xf32>
}

// -----

// expected-error @+1 {{convert-block-to-gpu: argument of type 'tensor<?xf32>' has no static shape}}
func.func @dynamic(%a: tensor<?xf32>) -> tensor<?xf32> {
  return %a : tensor<?xf32>
}

// -----

func.func @body(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    %t = block.tile @t tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        // expected-error @+1 {{convert-block-to-gpu: 'builtin.unrealized_conversion_cast' in a TE body has no kernel lowering (arith, math, scf and tensor.index only)}}
        %y = builtin.unrealized_conversion_cast %x : f32 to f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

// A host scf.if lowers when its results have static shapes; what its branches hold is checked too.
func.func @dynamic_if(%c: i1, %n: index) -> tensor<?xf32> {
  // expected-error @+1 {{convert-block-to-gpu: scf.if result of type 'tensor<?xf32>' must be a tensor of static shape}}
  %r = scf.if %c -> (tensor<?xf32>) {
    // expected-error @+1 {{convert-block-to-gpu: tensor.empty with dynamic sizes is not supported}}
    %d = tensor.empty(%n) : tensor<?xf32>
    scf.yield %d : tensor<?xf32>
  } else {
    // expected-error @+1 {{convert-block-to-gpu: tensor.empty with dynamic sizes is not supported}}
    %d = tensor.empty(%n) : tensor<?xf32>
    scf.yield %d : tensor<?xf32>
  }
  return %r : tensor<?xf32>
}
