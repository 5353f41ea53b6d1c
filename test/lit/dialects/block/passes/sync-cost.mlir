// block-sync weighs flags against a grid barrier on the GPU profile: 400 tiles of 160000 bytes of
// shared memory leave one resident block per SM (132 on h100, 108 on a100), so each block runs 4
// consumer tiles of @q and waits 4 times (2.8 us at 0.7 us a wait): more than one grid barrier
// (1.5 us), so @p -> @q gets a barrier; @r's 100 tiles wait once per block: flags.
// RUN: %dlc-opt %s --block-sync | %filecheck %s
// RUN: %dlc-opt %s --block-sync=explain=true 2>&1 >/dev/null | %filecheck %s --check-prefix=WHY
// RUN: %dlc-opt %s --block-sync='gpu=a100 explain=true' 2>&1 >/dev/null | %filecheck %s --check-prefix=A100

// CHECK: block.program deps [@p -> @q barrier, @p -> @r flags]
// WHY: remark: @p -> @q: identity edge (undeclared): each consumer tile needs 1 of the 400 producer tiles, but 4 flag waits on a block's chain (4 consumer tiles per block, 132 resident; 1 wait per tile) x 0.7 us = 2.8 us cost more than one grid barrier (1.5 us on h100): a grid barrier
// WHY: remark: @p -> @r: bounded edge (undeclared): each consumer tile needs 1 of the 400 producer tiles: per-tile flags wait for exactly those instead of a barrier (1 flag wait on a block's chain (1 consumer tile per block, 132 resident; 1 wait per tile) x 0.7 us = 0.7 us, no more than one grid barrier's 1.5 us on h100)
// A100: remark: @p -> @q: {{.*}} (4 consumer tiles per block, 108 resident; 1 wait per tile) {{.*}} (1.5 us on a100): a grid barrier
func.func @cost(%a: tensor<400xf32>) -> (tensor<400xf32>, tensor<100xf32>) {
  %r:2 = block.program deps [] -> (tensor<400xf32>, tensor<100xf32>) {
    %p = block.tile @p tile [1] grid [400] reads [[1]] smem 160000 regs 32 -> tensor<400xf32> {
      %c = tensor.compute [i: 400] (%a[i]) -> [i] : (tensor<400xf32>) -> tensor<400xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<400xf32>
    }
    %q = block.tile @q tile [1] grid [400] reads [[1]] smem 160000 regs 32 -> tensor<400xf32> {
      %c = tensor.compute [i: 400] (%p[i]) -> [i] : (tensor<400xf32>) -> tensor<400xf32> {
      ^bb0(%x: f32):
        %y = arith.negf %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<400xf32>
    }
    %s = block.tile @r tile [1] grid [100] reads [[1]] smem 160000 regs 32 -> tensor<100xf32> {
      %c = tensor.compute [i: 100] (%p[i]) -> [i] : (tensor<400xf32>) -> tensor<100xf32> {
      ^bb0(%x: f32):
        %y = arith.negf %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<100xf32>
    }
    block.yield %q, %s : tensor<400xf32>, tensor<100xf32>
  }
  return %r#0, %r#1 : tensor<400xf32>, tensor<100xf32>
}
