// gpu-cost-report: the table on stderr (IR unchanged on stdout) and the JSON file, for a
// two-phase cooperative kernel whose figures are counted by hand (test/unit/target/cost-model-kernel.test.ts):
// per phase 1024 bytes read and 1024 written, 256 FLOPs; one grid barrier; 512 bytes of shared memory.
// The second phase's reads of %tmp, which the first wrote, hit L2: 1024 bytes read from DRAM, 2048
// without L2. Between L2 and the SMs, each block moves its own bytes: phase 1 reads 512 of %a and
// writes 512 of %tmp (2048 for both blocks), phase 2 reads all 1024 of %tmp and writes 512 of %out
// (3072): 5120 bytes. Phase 1 is DRAM-bound (2048 bytes at 3.35 TB/s on 2 of 132 SMs, 40.3 ns),
// phase 2 L2-bound (3072 bytes at 8 TB/s on 2 of 132 SMs, 25.3 ns; its DRAM time is 20.2 ns);
// + a 3 us launch + a 1.5 us barrier = 0.0045657 ms.
// RUN: %dlc-opt %s --gpu-cost-report 2>&1 >/dev/null | %filecheck %s --check-prefix=TABLE
// RUN: %dlc-opt %s --gpu-cost-report --gpu-cost-report-file=%t.json | %filecheck %s --check-prefix=IR
// RUN: cat %t.json | %filecheck %s --check-prefix=JSON
// RUN: %dlc-opt %s --gpu-cost-report-file=%t.a100.json --gpu-cost-report-table=false --gpu-cost-report-gpu=a100 2>&1 | %filecheck %s --check-prefix=QUIET
// RUN: cat %t.a100.json | %filecheck %s --check-prefix=A100
// RUN: not %dlc-opt %s --gpu-cost-report-file=%t.missing/dir/out.json --gpu-cost-report-table=false 2>&1 | %filecheck %s --check-prefix=NOWRITE
// RUN: not %dlc-opt %s --gpu-cost-report-file 2>&1 | %filecheck %s --check-prefix=NOVALUE

// TABLE: gpu-cost-report: NVIDIA H100 SXM5 80GB (h100): 132 SMs, 3.35 TB/s DRAM, 50 MiB L2 (the model keeps data in 25 MiB) at 8.00 TB/s; MB = 10^6 bytes
// TABLE-NEXT: @host: 1 launches of 1 kernels, 1 grid barriers, 0 flag waits; DRAM 0.001 MB read (0.002 without L2), 0.002 MB written; L2 0.005 MB; 0.001 MFLOP; 0.0046 ms
// TABLE-NEXT: launch grid x thr dtype   smem B blk/SM  coop phases  syncs   waits    read MB   no-L2 MB   write MB      L2 MB       MFLOP        ms
// TABLE-NEXT: @kernels::@k 2 x 128 f32      512     16   yes      2      1       0      0.001      0.002      0.002      0.005       0.001    0.0046
// TABLE-NEXT: compulsory and eager baseline: not recorded

// IR: gpu.launch_func  @kernels::@k

// JSON:      "gpu": "h100",
// JSON:      "name": "host",
// JSON-NEXT: "kernels": 1,
// JSON:      "grid_syncs": 1,
// JSON-NEXT: "flag_waits": 0,
// JSON-NEXT: "dram_bytes_read": 1024,
// JSON-NEXT: "dram_bytes_read_no_l2": 2048,
// JSON-NEXT: "dram_bytes_written": 2048,
// JSON-NEXT: "l2_bytes": 5120,
// JSON-NEXT: "flops": 512,
// JSON-NEXT: "tensor_flops": 0,
// JSON-NEXT: "estimated_ms": 0.004565{{[0-9]+}},
// JSON:      "baseline": null,
// JSON:      "kernel": "@kernels::@k",
// JSON:      "shared_memory": 512,
// JSON:      "dram_bytes_read": 1024,
// JSON-NEXT: "dram_bytes_read_no_l2": 2048,

// QUIET-NOT: gpu-cost-report:
// A100: "gpu": "a100",
// NOWRITE: error: gpu-cost-report: cannot write '{{.*}}out.json'
// NOVALUE: option 'gpu-cost-report-file' requires a value

module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @k(%a: memref<256xf32>, %tmp: memref<256xf32>, %out: memref<256xf32>) workgroup(%s: memref<128xf32, #gpu.address_space<workgroup>>) kernel {
      %c1 = arith.constant 1 : index
      %c128 = arith.constant 128 : index
      %c256 = arith.constant 256 : index
      %two = arith.constant 2.0 : f32
      %t = gpu.thread_id x
      %bid = gpu.block_id x
      %o = arith.muli %bid, %c128 : index
      %g = arith.addi %o, %t : index
      %x = memref.load %a[%g] : memref<256xf32>
      %d = arith.mulf %x, %two : f32
      memref.store %d, %s[%t] : memref<128xf32, #gpu.address_space<workgroup>>
      memref.store %d, %tmp[%g] : memref<256xf32>
      gpu.grid_sync
      %g1 = arith.addi %g, %c1 : index
      %n = arith.remui %g1, %c256 : index
      %u = memref.load %tmp[%g] : memref<256xf32>
      %v = memref.load %tmp[%n] : memref<256xf32>
      %w = arith.addf %u, %v : f32
      memref.store %w, %out[%g] : memref<256xf32>
      gpu.return
    }
  }
  func.func @host(%a: memref<256xf32>, %tmp: memref<256xf32>, %out: memref<256xf32>) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c128 = arith.constant 128 : index
    gpu.launch_func @kernels::@k blocks in (%c2, %c1, %c1) threads in (%c128, %c1, %c1) args(%a : memref<256xf32>, %tmp : memref<256xf32>, %out : memref<256xf32>) {cooperative}
    return
  }
}
