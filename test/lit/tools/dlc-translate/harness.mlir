// The harness main: inputs from .npy files (by position or dlc.name) or the seed, warm-up and
// timed runs around the host function with CUDA events, results freed between runs unless they
// are inputs, the median printed, results written as .npy; left out with -DDLC_NO_MAIN or --no-harness.
// RUN: %dlc-translate --mlir-to-cuda %s | %filecheck %s
// RUN: %dlc-translate --mlir-to-cuda --no-harness %s | %filecheck %s --check-prefix=NONE

// NONE-NOT: int main(

module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @scale(%x: memref<8xbf16>, %s: f32, %y: memref<8xbf16>) kernel {
      %t = gpu.thread_id x
      %v = memref.load %x[%t] : memref<8xbf16>
      %w = arith.extf %v : bf16 to f32
      %p = arith.mulf %w, %s : f32
      %r = arith.truncf %p : f32 to bf16
      memref.store %r, %y[%t] : memref<8xbf16>
      gpu.return
    }
  }

  // CHECK-LABEL: extern "C" void host_main(__nv_bfloat16* arg0, float arg1, __nv_bfloat16** result0, __nv_bfloat16** result1)
  func.func @main(%x: memref<8xbf16> {dlc.name = "x"}, %s: f32) -> (memref<8xbf16>, memref<8xbf16>) {
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %y = memref.alloc() : memref<8xbf16>
    gpu.launch_func @kernels::@scale blocks in (%c1, %c1, %c1) threads in (%c8, %c1, %c1) args(%x : memref<8xbf16>, %s : f32, %y : memref<8xbf16>)
    return %y, %x : memref<8xbf16>, memref<8xbf16>
  }
}

// CHECK: #ifndef DLC_NO_MAIN
// CHECK: int main(int argc, char** argv) {
// CHECK-NEXT: dlc_harness::Options o = dlc_harness::parse(argc, argv);
// CHECK-NEXT: dlc_harness::Rng rng{o.seed};
// CHECK-NEXT: __nv_bfloat16* in0 = dlc_harness::device_input<__nv_bfloat16>(o, 0, "x", {8}, "<f4", rng);
// CHECK-NEXT: float in1 = dlc_harness::host_input<float>(o, 1, "1", {}, "<f4", rng)[0];
// CHECK-NEXT: __nv_bfloat16* out0 = nullptr;
// CHECK-NEXT: __nv_bfloat16* out1 = nullptr;
// CHECK: for (int run = 0; run < o.warmup + o.runs; ++run) {
// CHECK-NEXT: DLC_CHECK(cudaEventRecord(start));
// CHECK-NEXT: host_main(in0, in1, &out0, &out1);
// CHECK-NEXT: DLC_CHECK(cudaEventRecord(stop));
// CHECK: if (run + 1 < o.warmup + o.runs) {
// CHECK-NEXT: dlc_harness::release(out0, {in0});
// CHECK-NEXT: dlc_harness::release(out1, {in0});
// CHECK: printf("@main: median %.4f ms over %d runs (%d warm-up)\n", dlc_harness::median(times), o.runs, o.warmup);
// CHECK: dlc_harness::save<__nv_bfloat16>(o, 0, out0, true, {8}, "<f4");
// CHECK-NEXT: dlc_harness::save<__nv_bfloat16>(o, 1, out1, true, {8}, "<f4");
// CHECK: #endif  // DLC_NO_MAIN
