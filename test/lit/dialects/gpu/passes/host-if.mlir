// A host scf.if on tensors (an ONNX If whose condition is known at run time) through --dlc-gpu: the
// condition is read back with a host memref.load of the program result that computed it, the
// branches' kernels launch under a result-less scf.if, and their results land in memrefs
// allocated before it (a program or a nested if writes there directly; other yields are copied).
// The CUDA host code reads the condition with a one-element cudaMemcpy.
// RUN: %dlc-opt %s --dlc-gpu | %filecheck %s
// RUN: %dlc-opt %s --dlc-gpu | %dlc-translate --mlir-to-cuda | %filecheck %s --check-prefix=CUDA

// CHECK-LABEL: func.func @main(
// CHECK: %[[FLAG:.*]] = memref.alloc() : memref<i1>
// CHECK: gpu.launch_func
// CHECK-SAME: %[[FLAG]] : memref<i1>
// CHECK: %[[C:.*]] = memref.load %[[FLAG]][] : memref<i1>
// CHECK: %[[R:.*]] = memref.alloc() : memref<4x8xf32>
// CHECK-NEXT: scf.if %[[C]] {
// CHECK-NEXT: gpu.launch_func
// CHECK-SAME: %[[R]] : memref<4x8xf32>)
// CHECK-NEXT: } else {
// CHECK: gpu.launch_func
// CHECK-SAME: %[[R]] : memref<4x8xf32>)
// CHECK-NEXT: }
// CHECK: %[[P0:.*]] = memref.alloc() : memref<4x8xf32>
// CHECK-NEXT: %[[P1:.*]] = memref.alloc() : memref<4x8xf32>
// CHECK-NEXT: scf.if %[[C]] {
// CHECK-NEXT: memref.copy %arg0, %[[P0]]
// CHECK-NEXT: memref.copy %[[R]], %[[P1]]
// CHECK-NEXT: } else {
// CHECK: scf.if
// CHECK-NEXT: gpu.launch_func
// CHECK-SAME: %[[P0]] : memref<4x8xf32>)
// CHECK: memref.copy %[[P0]], %[[P1]]
// CHECK-NEXT: memref.dealloc
// CHECK-NEXT: }
// CHECK: return {{.*}}, %[[P1]], %[[R]] :

// CUDA-LABEL: extern "C" void host_main(
// CUDA: bool [[C:v[0-9]+]];
// CUDA-NEXT: DLC_CHECK(cudaMemcpy(&[[C]], &{{buf[0-9]+}}[0], sizeof([[C]]), cudaMemcpyDeviceToHost));
// CUDA: if ([[C]]) {
// CUDA: <<<
// CUDA: } else {
// CUDA: <<<
// CUDA: if ([[C]]) {
// CUDA-NEXT: DLC_CHECK(cudaMemcpy(
// CUDA: } else {

func.func @main(%x: tensor<4x8xf32>, %w: tensor<8x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
  %s = graph.reduce_sum %x axes = [] : tensor<4x8xf32>
  %zero = graph.constant dense<0.0> : tensor<f32>
  %gt = graph.greater %s, %zero : tensor<f32>, tensor<f32>
  %c = graph.item %gt : tensor<i1>
  %minus1 = graph.constant dense<-1.0> : tensor<f32>
  %lt = graph.less %s, %minus1 : tensor<f32>, tensor<f32>
  %c2 = graph.item %lt : tensor<i1>
  %r = scf.if %c -> (tensor<4x8xf32>) {
    %m = graph.matmul %x, %w : tensor<4x8xf32>, tensor<8x8xf32>
    scf.yield %m : tensor<4x8xf32>
  } else {
    %t = graph.tanh %x : tensor<4x8xf32>
    %k = graph.constant dense<2.0> : tensor<f32>
    %u = graph.mul %t, %k : tensor<4x8xf32>, tensor<f32>
    scf.yield %u : tensor<4x8xf32>
  }
  %p:2 = scf.if %c -> (tensor<4x8xf32>, tensor<4x8xf32>) {
    scf.yield %x, %r : tensor<4x8xf32>, tensor<4x8xf32>
  } else {
    %n = graph.neg %r : tensor<4x8xf32>
    %q = scf.if %c2 -> (tensor<4x8xf32>) {
      %e = graph.exp %n : tensor<4x8xf32>
      scf.yield %e : tensor<4x8xf32>
    } else {
      %a = graph.abs %n : tensor<4x8xf32>
      scf.yield %a : tensor<4x8xf32>
    }
    scf.yield %q, %q : tensor<4x8xf32>, tensor<4x8xf32>
  }
  %y = graph.add %r, %p#0 : tensor<4x8xf32>, tensor<4x8xf32>
  return %y, %p#1, %r : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
}
