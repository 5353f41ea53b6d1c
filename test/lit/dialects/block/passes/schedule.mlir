// block-schedule: phases of independent tiles (block-coschedule's) go into waves (a wave per
// grid barrier, flags inside one) and waves into launches while their blocks fit and none
// slows the rest; a tile whose shared memory would leave too few resident blocks for the
// rest runs apart. block-explain gives the same remarks after the sync ones.
// RUN: %dlc-opt %s --block-sync --block-coschedule --block-schedule | %filecheck %s
// RUN: %dlc-opt %s --block-sync --block-coschedule --block-schedule=gpu=a100 | %filecheck %s --check-prefix=A100
// RUN: %dlc-opt %s --block-sync --block-coschedule --block-schedule=explain=true 2>&1 >/dev/null | %filecheck %s --check-prefix=WHY
// RUN: %dlc-opt %s --block-explain 2>&1 >/dev/null | %filecheck %s --check-prefix=WHY
// RUN: %dlc-opt %s --block-schedule | %filecheck %s --check-prefix=BARRIERS

// Q, K, V and the sum of Q and K (per-tile flags after block-sync) share a phase; the
// reduction waits at a grid barrier in a second phase of the same launch.
// CHECK-LABEL: func.func @qkv
// CHECK: launches {{\[}}{{\[}}[@q, @k, @v, @s], [@o]]] -> tensor<f32>
// CHECK: attributes {block.gpu = "h100"}
// A100: attributes {block.gpu = "a100"}
// WHY: remark: @q, @k, @v: wave #0, no producer in the program
// WHY: remark: @s: wave #0, with its producer @q: @q -> @s waits on per-tile flags, no grid barrier
// WHY: remark: @o: wave #1, after the wave of @s: @s -> @o is a grid barrier
// WHY: remark: wave #0 (@q, @k, @v, @s, 8 tasks) starts launch #0: 4224 blocks resident (32 per SM, bound by blocks: at most 32 blocks per SM)
// WHY: remark: wave #1 (@o, 1 task) joins launch #0 as phase #1 behind a grid barrier: 4224 blocks resident (32 per SM, bound by blocks: at most 32 blocks per SM), 8 at once, no fewer than either part alone
// Without block-sync every edge is a grid barrier: one tile level per phase.
// BARRIERS-LABEL: func.func @qkv
// BARRIERS: launches {{\[}}{{\[}}[@q, @k, @v], [@s], [@o]]]
func.func @qkv(%a: tensor<8xf32>) -> tensor<f32> {
  %r = block.program deps [@q -> @s barrier, @k -> @s barrier, @s -> @o barrier, @v -> @o barrier] -> tensor<f32> {
    %q = block.tile @q tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x0: f32):
        tensor.yield %x0 : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %k = block.tile @k tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x0: f32):
        tensor.yield %x0 : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %v = block.tile @v tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x0: f32):
        tensor.yield %x0 : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %s = block.tile @s tile [4] grid [2] reads [[4], [4]] smem 32 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%q[i], %k[i]) -> [i] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x0: f32, %x1: f32):
        %y = arith.addf %x0, %x1 : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %o = block.tile @o tile [8] grid [1] reads [[8], [8]] smem 64 regs 128 -> tensor<f32> {
      %c = tensor.compute [i: 8 reduce] (%s[i], %v[i]) -> [] add : (tensor<8xf32>, tensor<8xf32>) -> tensor<f32> {
      ^bb0(%x0: f32, %x1: f32):
        %y = arith.addf %x0, %x1 : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<f32>
    }
    block.yield %o : tensor<f32>
  }
  return %r : tensor<f32>
}

// @s needs 200000 bytes of shared memory: one block per SM (132 resident on an H100) would
// slow the 768 tasks of Q, K and V, so @s gets a wave and a launch of its own; the
// one-task reduction does not narrow it and follows as its second phase.
// CHECK-LABEL: func.func @split
// CHECK: launches {{\[}}{{\[}}[@q, @k, @v]], {{\[}}[@s], [@o]]] -> tensor<f32>
// On an A100 (163 KiB per block) no block of @s fits at all: it runs alone in a one-phase launch.
// A100-LABEL: func.func @split
// A100: launches {{\[}}{{\[}}[@q, @k, @v]], {{\[}}[@s]], {{\[}}[@o]]] -> tensor<f32>
// WHY: remark: @s: wave #1 (its edges allow wave #0, with its producer @q: @q -> @s waits on per-tile flags, no grid barrier; there together only 132 blocks would run at once (1 per SM, bound by shared memory: 201088 bytes per block (with the 1 KiB reserve, in 128-byte units) of 233472 per SM), fewer than the 768 of one part alone)
// WHY: remark: wave #1 (@s, 256 tasks) starts launch #1: with launch #0 together only 132 blocks would run at once
// WHY: remark: wave #2 (@o, 1 task) joins launch #1 as phase #1 behind a grid barrier: 132 blocks resident
func.func @split(%a: tensor<256xf32>) -> tensor<f32> {
  %r = block.program deps [@q -> @s barrier, @k -> @s barrier, @s -> @o barrier, @v -> @o barrier] -> tensor<f32> {
    %q = block.tile @q tile [1] grid [256] reads [[1]] smem 16 regs 128 -> tensor<256xf32> {
      %c = tensor.compute [i: 256] (%a[i]) -> [i] : (tensor<256xf32>) -> tensor<256xf32> {
      ^bb0(%x0: f32):
        tensor.yield %x0 : f32
      }
      block.yield %c : tensor<256xf32>
    }
    %k = block.tile @k tile [1] grid [256] reads [[1]] smem 16 regs 128 -> tensor<256xf32> {
      %c = tensor.compute [i: 256] (%a[i]) -> [i] : (tensor<256xf32>) -> tensor<256xf32> {
      ^bb0(%x0: f32):
        tensor.yield %x0 : f32
      }
      block.yield %c : tensor<256xf32>
    }
    %v = block.tile @v tile [1] grid [256] reads [[1]] smem 16 regs 128 -> tensor<256xf32> {
      %c = tensor.compute [i: 256] (%a[i]) -> [i] : (tensor<256xf32>) -> tensor<256xf32> {
      ^bb0(%x0: f32):
        tensor.yield %x0 : f32
      }
      block.yield %c : tensor<256xf32>
    }
    %s = block.tile @s tile [1] grid [256] reads [[1], [1]] smem 200000 regs 128 -> tensor<256xf32> {
      %c = tensor.compute [i: 256] (%q[i], %k[i]) -> [i] : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32> {
      ^bb0(%x0: f32, %x1: f32):
        %y = arith.addf %x0, %x1 : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<256xf32>
    }
    %o = block.tile @o tile [256] grid [1] reads [[256], [256]] smem 64 regs 128 -> tensor<f32> {
      %c = tensor.compute [i: 256 reduce] (%s[i], %v[i]) -> [] add : (tensor<256xf32>, tensor<256xf32>) -> tensor<f32> {
      ^bb0(%x0: f32, %x1: f32):
        %y = arith.addf %x0, %x1 : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<f32>
    }
    block.yield %o : tensor<f32>
  }
  return %r : tensor<f32>
}
