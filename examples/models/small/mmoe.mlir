// MMoE: input 6, 3 experts of 4 units, 2 tasks, f32.
func.func @main(%x: tensor<1x6xf32> {dlc.name = "x"}, %experts_w: tensor<6x12xf32> {dlc.name = "experts.w"}, %experts_b: tensor<12xf32> {dlc.name = "experts.b"}, %gate0_w: tensor<6x3xf32> {dlc.name = "gate0.w"}, %gate0_b: tensor<3xf32> {dlc.name = "gate0.b"}, %gate1_w: tensor<6x3xf32> {dlc.name = "gate1.w"}, %gate1_b: tensor<3xf32> {dlc.name = "gate1.b"}) -> (tensor<1x4xf32> {dlc.name = "task0"}, tensor<1x4xf32> {dlc.name = "task1"}) {
  %0 = graph.matmul %x, %experts_w : tensor<1x6xf32>, tensor<6x12xf32>
  %1 = graph.add %0, %experts_b : tensor<1x12xf32>, tensor<12xf32>
  %2 = graph.relu %1 : tensor<1x12xf32>
  %3 = graph.reshape %2 : tensor<1x12xf32> to tensor<3x4xf32>
  %4 = graph.matmul %x, %gate0_w : tensor<1x6xf32>, tensor<6x3xf32>
  %5 = graph.add %4, %gate0_b : tensor<1x3xf32>, tensor<3xf32>
  %6 = graph.softmax %5 : tensor<1x3xf32>
  %7 = graph.matmul %6, %3 : tensor<1x3xf32>, tensor<3x4xf32>
  %8 = graph.matmul %x, %gate1_w : tensor<1x6xf32>, tensor<6x3xf32>
  %9 = graph.add %8, %gate1_b : tensor<1x3xf32>, tensor<3xf32>
  %10 = graph.softmax %9 : tensor<1x3xf32>
  %11 = graph.matmul %10, %3 : tensor<1x3xf32>, tensor<3x4xf32>
  return %7, %11 : tensor<1x4xf32>, tensor<1x4xf32>
}
