// dense_resource globals (what dlc-import-onnx makes of large weights, after --dlc-gpu): the blob's
// bytes as words of the element's width, read through a cast pointer; above --cuda-inline-limit
// they go to the side file <out>.weights, which dlc_load_weights copies and the harness loads.
// RUN: %dlc-translate --mlir-to-cuda %s | %filecheck %s
// RUN: %dlc-translate --mlir-to-cuda %s --cuda-inline-limit=5 -o %t.cu
// RUN: %filecheck %s --check-prefix=SIDE < %t.cu
// RUN: not %dlc-translate --mlir-to-cuda %s --cuda-inline-limit=5 2>&1 | %filecheck %s --check-prefix=NOFILE

// CHECK: __device__ __align__(16) uint32_t dlc_global_w[4] = {
// CHECK-NEXT: 0x3f800000u, 0xbf000000u, 0x7fc00001u, 0x0u
// CHECK-NEXT: };
// CHECK: __device__ __align__(16) uint8_t dlc_global_m[3] = {
// CHECK-NEXT: 0x1u, 0x0u, 0x1u
// CHECK: __device__ __align__(16) uint16_t dlc_global_h[3] = {
// CHECK-NEXT: 0x3c00u, 0x7e01u, 0x8000u
// CHECK-NOT: dlc_load_weights
// CHECK-LABEL: __global__ void __launch_bounds__(4) apply(
// CHECK: ((__half*)dlc_global_h)[
// CHECK-LABEL: void host_main(
// CHECK-NOT: dlc_require_weights
// CHECK: cudaGetSymbolAddress((void**)&{{.*}}, dlc_global_w)

// SIDE: __device__ __align__(16) uint32_t dlc_global_w[4];  // from the weights file
// SIDE: __device__ __align__(16) uint8_t dlc_global_m[3] = {
// SIDE: __device__ __align__(16) uint16_t dlc_global_h[3];  // from the weights file
// SIDE: extern "C" void dlc_load_weights(const char* path) {
// SIDE: if (got != 536 || memcmp(data.data(), "DLCWGHT1", 8) != 0 || size != 512ull
// SIDE: cudaMemcpyToSymbol(dlc_global_w, data.data() + 24, 16)
// SIDE: cudaMemcpyToSymbol(dlc_global_h, data.data() + 280, 6)
// SIDE-LABEL: void host_main(
// SIDE: dlc_require_weights();
// SIDE: cudaGetSymbolAddress((void**)&{{.*}}, dlc_global_w)
// SIDE: dlc_load_weights((o.weights.empty() ? dlc_harness::beside(argv[0], "{{.*}}.weights") : o.weights).c_str());

// NOFILE: error: a dense_resource of 16 bytes goes to a side weights file (above the inline limit of 5 bytes a blob, 80 in all): translate with -o FILE, or raise --cuda-inline-limit

module attributes {gpu.container_module} {
  memref.global "private" constant @w : memref<4xf32> = dense_resource<w>
  memref.global "private" constant @m : memref<3xi1> = dense_resource<m>
  gpu.module @kernels {
    memref.global "private" constant @h : memref<3xf16> = dense_resource<h>
    gpu.func @apply(%x: memref<4xf32>, %w: memref<4xf32>, %m: memref<3xi1>, %y: memref<4xf32>) kernel {
      %t = gpu.thread_id x
      %c3 = arith.constant 3 : index
      %t3 = arith.remui %t, %c3 : index
      %h = memref.get_global @h : memref<3xf16>
      %hv = memref.load %h[%t3] : memref<3xf16>
      %he = arith.extf %hv : f16 to f32
      %mv = memref.load %m[%t3] : memref<3xi1>
      %a = memref.load %x[%t] : memref<4xf32>
      %b = memref.load %w[%t] : memref<4xf32>
      %s = arith.addf %a, %b : f32
      %p = arith.mulf %s, %he : f32
      %r = arith.select %mv, %p, %a : f32
      memref.store %r, %y[%t] : memref<4xf32>
      gpu.return
    }
  }
  func.func @main(%x: memref<4xf32>) -> memref<4xf32> {
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %w = memref.get_global @w : memref<4xf32>
    %m = memref.get_global @m : memref<3xi1>
    %y = memref.alloc() : memref<4xf32>
    gpu.launch_func @kernels::@apply blocks in (%c1, %c1, %c1) threads in (%c4, %c1, %c1) args(%x : memref<4xf32>, %w : memref<4xf32>, %m : memref<3xi1>, %y : memref<4xf32>)
    return %y : memref<4xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F000000BF0100C07F00000000",
      h: "0x02000000003C017E0080",
      m: "0x01000000010001"
    }
  }
#-}
