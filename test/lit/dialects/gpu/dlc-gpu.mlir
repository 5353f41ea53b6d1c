// The dlc-gpu pipeline takes a graph-level model to gpu kernels in one flag, recording the
// eager baseline and compulsory traffic first, which the cost report then shows.
// RUN: %dlc-opt %s --dlc-gpu --dump-pass-pipeline 2>&1 >/dev/null | %filecheck %s --check-prefix=PIPE
// RUN: %dlc-opt %s --dlc-gpu --gpu-cost-report 2>%t.err | %filecheck %s
// RUN: cat %t.err | %filecheck %s --check-prefix=COST
// RUN: %dlc-opt %s --dlc-gpu=gpu=a100,merge=false --dump-pass-pipeline 2>&1 >/dev/null | %filecheck %s --check-prefix=A100

// PIPE: func.func(
// PIPE-NEXT: gpu-cost-baseline,
// PIPE-NEXT: convert-graph-to-tensor,
// PIPE: convert-tensor-to-block{{.*}}gpu=h100
// PIPE: convert-block-to-gpu{{.*}}gpu=h100
// PIPE: gpu-merge-kernels{{.*}}gpu=h100

// A100: convert-tensor-to-block{{.*}}gpu=a100
// A100-NOT: gpu-merge-kernels

// CHECK: module attributes {gpu.container_module}
// CHECK: func.func @main({{.*}}: memref<4x16xf32>
// CHECK-SAME: dlc.cost_baseline = {compulsory_bytes_read = 3752 : i64, compulsory_bytes_written = 160 : i64, dram_bytes_read = {a100 = 3752 : i64, h100 = 3752 : i64, h200 = 3752 : i64}, dram_bytes_read_no_l2 = 5608 : i64, dram_bytes_written = 2016 : i64, estimated_ms = {a100 = {{.*}}, h100 = {{.*}}, h200 = {{.*}}}, flops = 7152 : i64, kernels = 6 : i64, l2_bytes = 7624 : i64}
// CHECK: gpu.launch_func
// CHECK: gpu.module @kernels

// The two-layer perceptron of test/models/mlp.mlir (its baseline is counted by hand in
// test/unit/target/cost-model-graph.test.ts).
// COST: @main: {{[0-9]+}} launches of {{[0-9]+}} kernels
// COST: compulsory: 0.004 MB read, 0.000 MB written
// COST-NEXT: eager baseline: 6 kernels, DRAM 0.004 MB read (0.006 without L2), 0.002 MB written; L2 0.008 MB; 0.007 MFLOP; 0.0180 ms

func.func @main(%x: tensor<4x16xf32>, %w1: tensor<16x32xf32>, %b1: tensor<32xf32>, %w2: tensor<32x10xf32>, %b2: tensor<10xf32>) -> tensor<4x10xf32> {
  %0 = graph.matmul %x, %w1 : tensor<4x16xf32>, tensor<16x32xf32>
  %1 = graph.add %0, %b1 : tensor<4x32xf32>, tensor<32xf32>
  %2 = graph.relu %1 : tensor<4x32xf32>
  %3 = graph.matmul %2, %w2 : tensor<4x32xf32>, tensor<32x10xf32>
  %4 = graph.add %3, %b2 : tensor<4x10xf32>, tensor<10xf32>
  %5 = graph.softmax %4 axis = 1 : tensor<4x10xf32>
  return %5 : tensor<4x10xf32>
}
