// tensor ops print back in their custom form, and the generic form reads back to the same IR.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s

// CHECK-LABEL: func.func @matmul
// CHECK: tensor.compute [i: 128, j: 64, k: 32 reduce] (%{{.*}}[i, k], %{{.*}}[k, j]) -> [i, j] add : (tensor<128x32xf32>, tensor<32x64xf32>) -> tensor<128x64xf32> {
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32):
// CHECK-NEXT:   %[[M:.*]] = arith.mulf %[[X]], %[[Y]] : f32
// CHECK-NEXT:   tensor.yield %[[M]] : f32
// CHECK-NEXT: }
func.func @matmul(%a: tensor<128x32xf32>, %b: tensor<32x64xf32>) -> tensor<128x64xf32> {
  %c = tensor.compute [i: 128, j: 64, k: 32 reduce] (%a[i, k], %b[k, j]) -> [i, j] add
      : (tensor<128x32xf32>, tensor<32x64xf32>) -> tensor<128x64xf32> {
  ^bb0(%x: f32, %y: f32):
    %m = arith.mulf %x, %y : f32
    tensor.yield %m : f32
  }
  return %c : tensor<128x64xf32>
}

// Domain names are the printer's (i, j, k, ...), whatever the text called them; expressions
// are printed simplified, as affine maps are.
// CHECK-LABEL: func.func @conv
// CHECK: tensor.compute [i: 1, j: 4, k: 3, l: 3, m: 2 reduce, n: 3 reduce, p: 3 reduce] (%{{.*}}[i, m, k * 2 + n, l * 2 + p], %{{.*}}[j, m, n, p]) -> [i, j, k, l] add :
func.func @conv(%x: tensor<1x2x7x7xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  %c = tensor.compute [b: 1, f: 4, oh: 3, ow: 3, c: 2 reduce, kh: 3 reduce, kw: 3 reduce]
      (%x[b, c, 2*oh + kh, ow*2 + kw], %w[f, c, kh, kw]) -> [b, f, oh, ow] add
      : (tensor<1x2x7x7xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  ^bb0(%in: f32, %wt: f32):
    %m = arith.mulf %in, %wt : f32
    tensor.yield %m : f32
  }
  return %c : tensor<1x4x3x3xf32>
}

// Several outputs, an explicit initial value, discardable attributes.
// CHECK-LABEL: func.func @two_outputs
// CHECK: %{{.*}}:2 = tensor.compute [i: 4, j: 8 reduce] (%{{.*}}[i, j]) -> [i] max, [i] add init(1.000000e+00 : f32) : (tensor<4x8xf32>) -> (tensor<4xf32>, tensor<4xf32>) attributes {tag = "x"} {
// CHECK: tensor.yield %{{.*}}, %{{.*}} : f32, f32
func.func @two_outputs(%a: tensor<4x8xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %c:2 = tensor.compute [i: 4, j: 8 reduce] (%a[i, j]) -> [i] max, [i] add init(1.0 : f32)
      : (tensor<4x8xf32>) -> (tensor<4xf32>, tensor<4xf32>) attributes {tag = "x"} {
  ^bb0(%x: f32):
    tensor.yield %x, %x : f32, f32
  }
  return %c#0, %c#1 : tensor<4xf32>, tensor<4xf32>
}

// Layout changes are maps: a transpose reads permuted, a reshape writes through div/mod,
// a broadcast reads a constant index, a slice reads at an offset.
// CHECK-LABEL: func.func @layouts
// CHECK: tensor.compute [i: 3, j: 2] (%{{.*}}[j, i]) -> [i, j] :
// CHECK: tensor.compute [i: 12] (%{{.*}}[i floordiv 3, i mod 3]) -> [i] :
// CHECK: tensor.compute [i: 4, j: 3] (%{{.*}}[0, j]) -> [i, j] :
// CHECK: tensor.compute [i: 2] (%{{.*}}[i + 1, -i + 2]) -> [i] :
// CHECK: tensor.compute [i: 2, j: 3] (%{{.*}}[i, j]) -> [-j + 2, i] :
// CHECK: tensor.compute [i: 2, j: 6] (%{{.*}}[i, j floordiv 2, j mod 2]) -> [i * 6 + j] :
func.func @layouts(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>, %c: tensor<2x3x2xf32>) {
  %t = tensor.compute [i: 3, j: 2] (%a[j, i]) -> [i, j] : (tensor<2x3xf32>) -> tensor<3x2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %r = tensor.compute [i: 12] (%b[i floordiv 3, i mod 3]) -> [i] : (tensor<4x3xf32>) -> tensor<12xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %s = tensor.compute [i: 4, j: 3] (%a[0, j]) -> [i, j] : (tensor<2x3xf32>) -> tensor<4x3xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %d = tensor.compute [i: 2] (%b[i + 1, 2 - i]) -> [i] : (tensor<4x3xf32>) -> tensor<2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %w = tensor.compute [i: 2, j: 3] (%a[i, j]) -> [2 - j, i] : (tensor<2x3xf32>) -> tensor<3x2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %f = tensor.compute [i: 2, j: 6] (%c[i, j floordiv 2, j mod 2]) -> [i * 6 + j] : (tensor<2x3x2xf32>) -> tensor<12xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return
}

// No inputs: the body has no arguments and reads the point with tensor.index.
// CHECK-LABEL: func.func @iota
// CHECK: tensor.compute [i: 4, j: 3] () -> [i, j] : () -> tensor<4x3xi64> {
// CHECK-NEXT: %[[I:.*]] = tensor.index 1 : index
// CHECK-NEXT: %[[C:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK-NEXT: tensor.yield %[[C]] : i64
func.func @iota() -> tensor<4x3xi64> {
  %c = tensor.compute [i: 4, j: 3] () -> [i, j] : () -> tensor<4x3xi64> {
    %j = tensor.index 1 : index
    %v = arith.index_cast %j : index to i64
    tensor.yield %v : i64
  }
  return %c : tensor<4x3xi64>
}

// A rank-0 domain and a rank-0 tensor.
// CHECK-LABEL: func.func @scalar
// CHECK: tensor.compute [] (%{{.*}}[]) -> [] : (tensor<f32>) -> tensor<f32> {
func.func @scalar(%a: tensor<f32>) -> tensor<f32> {
  %c = tensor.compute [] (%a[]) -> [] : (tensor<f32>) -> tensor<f32> {
  ^bb0(%x: f32):
    %y = math.exp %x : f32
    tensor.yield %y : f32
  }
  return %c : tensor<f32>
}

// CHECK-LABEL: func.func @empty
// CHECK: tensor.empty() : tensor<2x3xf32>
// CHECK: tensor.empty(%{{.*}}) : tensor<?x3xf16>
func.func @empty(%n: index) {
  %e = tensor.empty() : tensor<2x3xf32>
  %d = tensor.empty(%n) : tensor<?x3xf16>
  return
}

// tensor.pad as MLIR writes it (static and dynamic amounts, nofold).
// CHECK-LABEL: func.func @pad
// CHECK: %[[P:.*]] = tensor.pad %{{.*}} low[0, 1] high[1, 3] {
// CHECK-NEXT: ^bb0(%{{.*}}: index, %{{.*}}: index):
// CHECK-NEXT:   tensor.yield %{{.*}} : f32
// CHECK-NEXT: } : tensor<2x3xf32> to tensor<3x7xf32>
// CHECK: tensor.pad %{{.*}} nofold low[%{{.*}}, 1] high[1, 3] {
func.func @pad(%t: tensor<2x3xf32>, %n: index) -> tensor<3x7xf32> {
  %cst = arith.constant 0.0 : f32
  %0 = tensor.pad %t low[0, 1] high[1, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<2x3xf32> to tensor<3x7xf32>
  %1 = tensor.pad %t nofold low[%n, 1] high[1, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<2x3xf32> to tensor<?x7xf32>
  return %0 : tensor<3x7xf32>
}

// CHECK-LABEL: func.func @take
// CHECK: tensor.take %{{.*}}[%{{.*}}] axis 0 : (tensor<10x4xf32>, tensor<2x3xi64>) -> tensor<2x3x4xf32>
// CHECK: tensor.take %{{.*}}[%{{.*}}] axis 1 : (tensor<10x4xf32>, tensor<5xindex>) -> tensor<10x5xf32>
func.func @take(%data: tensor<10x4xf32>, %ids: tensor<2x3xi64>, %cols: tensor<5xindex>) {
  %0 = tensor.take %data[%ids] axis 0 : (tensor<10x4xf32>, tensor<2x3xi64>) -> tensor<2x3x4xf32>
  %1 = tensor.take %data[%cols] axis 1 : (tensor<10x4xf32>, tensor<5xindex>) -> tensor<10x5xf32>
  return
}

// A reduction keeping its reduced dim (keepdims): the output map holds a constant.
// CHECK-LABEL: func.func @keepdims
// CHECK: tensor.compute [i: 2, j: 3, k: 4 reduce] (%{{.*}}[i, k, j]) -> [i, 0, j] add :
func.func @keepdims(%a: tensor<2x4x3xf32>) -> tensor<2x1x3xf32> {
  %r = tensor.compute [i: 2, j: 3, k: 4 reduce] (%a[i, k, j]) -> [i, 0, j] add : (tensor<2x4x3xf32>) -> tensor<2x1x3xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %r : tensor<2x1x3xf32>
}
