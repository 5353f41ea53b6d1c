// One LSTM cell step: gates = x W + h U + b, split into input, forget, cell and output gates;
// c' = f * c + i * g, h' = o * tanh(c'). Returns h' and c'.
func.func @main(%x: tensor<1x16xf32>, %h: tensor<1x32xf32>, %c: tensor<1x32xf32>, %w: tensor<16x128xf32>, %u: tensor<32x128xf32>, %b: tensor<128xf32>) -> (tensor<1x32xf32>, tensor<1x32xf32>) {
  %xw = graph.matmul %x, %w : tensor<1x16xf32>, tensor<16x128xf32>
  %hu = graph.matmul %h, %u : tensor<1x32xf32>, tensor<32x128xf32>
  %s = graph.add %xw, %hu : tensor<1x128xf32>, tensor<1x128xf32>
  %gates = graph.add %s, %b : tensor<1x128xf32>, tensor<128xf32>
  %g:4 = graph.split %gates axis = 1 sizes = [32, 32, 32, 32] : tensor<1x128xf32>
  %i = graph.sigmoid %g#0 : tensor<1x32xf32>
  %f = graph.sigmoid %g#1 : tensor<1x32xf32>
  %cc = graph.tanh %g#2 : tensor<1x32xf32>
  %o = graph.sigmoid %g#3 : tensor<1x32xf32>
  %fc = graph.mul %f, %c : tensor<1x32xf32>, tensor<1x32xf32>
  %ic = graph.mul %i, %cc : tensor<1x32xf32>, tensor<1x32xf32>
  %c2 = graph.add %fc, %ic : tensor<1x32xf32>, tensor<1x32xf32>
  %tc = graph.tanh %c2 : tensor<1x32xf32>
  %h2 = graph.mul %o, %tc : tensor<1x32xf32>, tensor<1x32xf32>
  return %h2, %c2 : tensor<1x32xf32>, tensor<1x32xf32>
}
