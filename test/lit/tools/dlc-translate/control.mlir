// dlc-translate on control flow and memory in kernels: scf.for with loop-carried values, scf.if
// with results, scf.index_switch, scf.while, dynamic shapes (sizes as parameters), strided views,
// private attributions and local arrays, and shared memory carved from dynamic shared memory
// when it exceeds the 48 KiB of static __shared__ arrays.
// RUN: %dlc-translate --mlir-to-cuda --no-harness %s | %filecheck %s

module attributes {gpu.container_module} {
  // CHECK: __device__ __align__(16) float dlc_global_weights[2] = {0.25f, -3.0f};
  memref.global "private" constant @weights : memref<2xf32> = dense<[0.25, -3.0]>

  gpu.module @kernels {
    // CHECK: __device__ __align__(16) unsigned short dlc_global_table[4] = {0x3c00, 0x4000, 0x3800, 0xbc00};
    memref.global "private" constant @table : memref<4xf16> = dense<[1.0, 2.0, 0.5, -1.0]>
    // CHECK-LABEL: extern "C" __global__ void __launch_bounds__(4) lookup(__half* arg0, float* arg1)
    gpu.func @lookup(%out: memref<4xf16>, %w: memref<2xf32>) kernel {
      %t = gpu.thread_id x
      %table = memref.get_global @table : memref<4xf16>
      // CHECK: const __half v1 = ((__half*)dlc_global_table)[v0];
      %x = memref.load %table[%t] : memref<4xf16>
      memref.store %x, %out[%t] : memref<4xf16>
      gpu.return
    }

    // CHECK-LABEL: extern "C" __global__ void __launch_bounds__(32) loops(float* arg0, int64_t arg0_size0, float* arg1)
    gpu.func @loops(%a: memref<?x8xf32>, %out: memref<4xf32>) private(%acc: memref<2xf32, #gpu.address_space<private>>) kernel {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c2 = arith.constant 2 : index
      %c8 = arith.constant 8 : index
      %zero = arith.constant 0.0 : f32
      // CHECK: float private0[2];
      // CHECK: const int64_t v5 = arg0_size0;
      %n = memref.dim %a, %c0 : memref<?x8xf32>
      // CHECK: float v6 = v4;
      // CHECK-NEXT: for (int64_t i7 = v0; i7 < v5; i7 += v1) {
      // CHECK-NEXT: const float v8 = v6;
      %sum = scf.for %i = %c0 to %n step %c1 iter_args(%s = %zero) -> (f32) {
        // CHECK: const float v12 = arg0[i7 * 8 + i10];
        %row = scf.for %j = %c0 to %c8 step %c1 iter_args(%r = %s) -> (f32) {
          %x = memref.load %a[%i, %j] : memref<?x8xf32>
          %y = arith.addf %r, %x : f32
          scf.yield %y : f32
        }
        scf.yield %row : f32
      }
      memref.store %sum, %acc[%c0] : memref<2xf32, #gpu.address_space<private>>
      %t = gpu.thread_id x
      %odd = arith.remui %t, %c2 : index
      %is = arith.cmpi eq, %odd, %c1 : index
      // CHECK: float [[R:v[0-9]+]];
      // CHECK-NEXT: if (v{{[0-9]+}}) {
      // CHECK: [[R]] = v{{[0-9]+}};
      // CHECK-NEXT: } else {
      // CHECK-NEXT: [[R]] = v4;
      %v = scf.if %is -> (f32) {
        %l = memref.load %acc[%c0] : memref<2xf32, #gpu.address_space<private>>
        scf.yield %l : f32
      } else {
        scf.yield %zero : f32
      }
      // CHECK: switch (v{{[0-9]+}}) {
      // CHECK-NEXT: case 0: {
      // CHECK: break;
      // CHECK: default: {
      %w = scf.index_switch %t -> f32
      case 0 {
        scf.yield %v : f32
      }
      case 1 {
        %neg = arith.negf %v : f32
        scf.yield %neg : f32
      }
      default {
        scf.yield %zero : f32
      }
      // CHECK: while (true) {
      // CHECK: if (!v{{[0-9]+}}) {
      // CHECK: break;
      %k = scf.while (%i = %c0) : (index) -> index {
        %lt = arith.cmpi slt, %i, %c8 : index
        scf.condition(%lt) %i : index
      } do {
      ^bb0(%i: index):
        %next = arith.addi %i, %c2 : index
        scf.yield %next : index
      }
      // CHECK: float local{{[0-9]+}}[4];
      %tmp = memref.alloca() : memref<4xf32>
      memref.store %w, %tmp[%c0] : memref<4xf32>
      %kk = arith.remui %k, %c2 : index
      %u = memref.load %tmp[%kk] : memref<4xf32>
      %view = memref.subview %out[1] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1], offset: 1>>
      // CHECK: arg1[1 + v{{[0-9]+}}] = v{{[0-9]+}};
      memref.store %u, %view[%c0] : memref<2xf32, strided<[1], offset: 1>>
      gpu.return
    }

    // CHECK-LABEL: extern "C" __global__ void __launch_bounds__(256) big_shared(float* arg0)
    // CHECK: extern __shared__ __align__(32) unsigned char dlc_shared[];
    // CHECK-NEXT: float* shared0 = (float*)&dlc_shared[0];
    // CHECK-NEXT: float* shared1 = (float*)&dlc_shared[40960];
    gpu.func @big_shared(%a: memref<256xf32>) workgroup(%s: memref<10240xf32, #gpu.address_space<workgroup>>, %s2: memref<4096xf32, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %x = memref.load %a[%t] : memref<256xf32>
      memref.store %x, %s[%t] : memref<10240xf32, #gpu.address_space<workgroup>>
      memref.store %x, %s2[%t] : memref<4096xf32, #gpu.address_space<workgroup>>
      gpu.barrier
      %c0 = arith.constant 0 : index
      %y = memref.load %s[%c0] : memref<10240xf32, #gpu.address_space<workgroup>>
      %z = memref.load %s2[%c0] : memref<4096xf32, #gpu.address_space<workgroup>>
      %w = arith.addf %y, %z : f32
      memref.store %w, %a[%t] : memref<256xf32>
      gpu.return
    }
  }

  // CHECK-LABEL: extern "C" void host_run(float* arg0, int64_t arg0_size0, float* arg1, __half* arg2, float* result0)
  func.func @run(%a: memref<?x8xf32>, %b: memref<256xf32>, %h: memref<4xf16>) -> f32 {
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    // CHECK: float* global{{[0-9]+}} = nullptr;
    // CHECK-NEXT: DLC_CHECK(cudaGetSymbolAddress((void**)&global{{[0-9]+}}, dlc_global_weights));
    %w = memref.get_global @weights : memref<2xf32>
    gpu.launch_func @kernels::@lookup blocks in (%c1, %c1, %c1) threads in (%c4, %c1, %c1) args(%h : memref<4xf16>, %w : memref<2xf32>)
    %c32 = arith.constant 32 : index
    %c256 = arith.constant 256 : index
    %out = memref.alloc() : memref<4xf32>
    // CHECK: loops<<<dim3(v0, v0, v0), dim3(v3, v0, v0), 0>>>(arg0, arg0_size0, buf5);
    gpu.launch_func @kernels::@loops blocks in (%c1, %c1, %c1) threads in (%c32, %c1, %c1) args(%a : memref<?x8xf32>, %out : memref<4xf32>)
    // CHECK: dlc::allow_shared((const void*)big_shared, 57344);
    // CHECK-NEXT: big_shared<<<dim3(v0, v0, v0), dim3(v{{[0-9]+}}, v0, v0), 57344>>>(arg1);
    gpu.launch_func @kernels::@big_shared blocks in (%c1, %c1, %c1) threads in (%c256, %c1, %c1) args(%b : memref<256xf32>)
    %c0 = arith.constant 0 : index
    %n = memref.dim %a, %c0 : memref<?x8xf32>
    // CHECK: float* buf{{[0-9]+}} = nullptr;
    // CHECK-NEXT: dlc::alloc(&buf[[N:[0-9]+]], v{{[0-9]+}} * 8);
    %copy = memref.alloc(%n) : memref<?x8xf32>
    // CHECK: DLC_CHECK(cudaMemcpy(buf[[N]], arg0, v{{[0-9]+}} * 8 * sizeof(float), cudaMemcpyDefault));
    memref.copy %a, %copy : memref<?x8xf32> to memref<?x8xf32>
    memref.dealloc %copy : memref<?x8xf32>
    memref.dealloc %out : memref<4xf32>
    %r = arith.constant 1.0 : f32
    // CHECK: *result0 = v{{[0-9]+}};
    return %r : f32
  }
}
