// The options that bound fusion, as the explanations name them: without recomputation a
// multi-user producer takes its one-to-one consumer as an epilogue unless that would create a
// cycle; max-body-size stops a merge that would grow a body too far.
// RUN: %dlc-opt %s --pass-pipeline='builtin.module(func.func(tensor-explain-fusion{allow-recompute=false max-body-size=3}))' --verify-diagnostics

func.func @bounded(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
  %x = tensor.compute [i: 4, j: 8] (%a[i, j], %b[i, j]) -> [i, j] : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%u: f32, %v: f32):
    %0 = arith.addf %u, %v : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+1 {{not fused with the producer of operand #0 by rule 'recompute-disallowed': the producer has 4 uses and allow-recompute=false}}
  %mean = tensor.compute [i: 4, j: 8 reduce] (%x[i, j]) -> [i] add : (tensor<4x8xf32>) -> tensor<4xf32> {
  ^bb0(%u: f32):
    tensor.yield %u : f32
  }
  // expected-remark @+2 {{not fused with the producer of operand #0 by rule 'epilogue-would-cycle': the consumer also depends on the producer through other TEs}}
  // expected-remark @+1 {{not fused with the producer of operand #1 by rule 'producer-reduces'}}
  %c = tensor.compute [i: 4, j: 8] (%x[i, j], %mean[i]) -> [i, j] : (tensor<4x8xf32>, tensor<4xf32>) -> tensor<4x8xf32> {
  ^bb0(%u: f32, %m: f32):
    %0 = arith.subf %u, %m : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+1 {{fused (epilogue) with the producer of operand #0 by rule 'epilogue': the producer has other users: the consumer's body joins it as another output}}
  %t = tensor.compute [i: 8, j: 4] (%x[j, i]) -> [i, j] : (tensor<4x8xf32>) -> tensor<8x4xf32> {
  ^bb0(%u: f32):
    %0 = math.tanh %u : f32
    tensor.yield %0 : f32
  }
  // expected-remark @+1 {{not fused with the producer of operand #0 by rule 'body-too-large': the fused body would hold 4 ops, more than max-body-size=3}}
  %big = tensor.compute [i: 4, j: 8] (%c[i, j]) -> [i, j] : (tensor<4x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%u: f32):
    %0 = math.exp %u : f32
    %1 = math.exp %0 : f32
    %2 = math.exp %1 : f32
    tensor.yield %2 : f32
  }
  // expected-remark @+1 {{fused (epilogue) with the producer of operand #0 by rule 'epilogue'}}
  %tt = tensor.compute [i: 4, j: 8] (%t[j, i]) -> [i, j] : (tensor<8x4xf32>) -> tensor<4x8xf32> {
  ^bb0(%u: f32):
    tensor.yield %u : f32
  }
  return %big, %x, %tt : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
}
