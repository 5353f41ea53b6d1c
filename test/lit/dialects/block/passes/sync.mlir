// block-sync: identity, bounded and slab edges get per-tile flags, 'all' edges a grid barrier,
// undeclared data edges are declared, ordering-only edges kept; block-explain (and
// block-sync{explain=true}) say why for each edge, block-explain leaving the IR unchanged
// (it explains block-fuse's decisions first, then the syncs, each on the program as given).
// RUN: %dlc-opt %s --block-sync | %filecheck %s
// RUN: %dlc-opt %s --block-sync=explain=true 2>&1 >/dev/null | %filecheck %s --check-prefix=WHY
// RUN: %dlc-opt %s --block-explain 2>&1 | %filecheck %s --check-prefix=EXPLAIN

// CHECK: block.program deps [@p -> @all barrier, @e -> @w none, @p -> @e flags, @p -> @w flags]
// WHY: remark: @p -> @e: identity edge (undeclared): each consumer tile needs only its own producer tile: per-tile flags
// WHY: remark: @p -> @w: bounded edge (undeclared): each consumer tile needs 1 to 2 of the 2 producer tiles: per-tile flags
// WHY: remark: @p -> @all: all edge (was flags): every consumer tile needs all 2 producer tiles: a grid barrier
// EXPLAIN: remark: @p -> @e: identity edge: fused into @e (32 bytes stay on chip, 2 flag waits removed)
// EXPLAIN: remark: @e -> @w: bounded edge: not fused: @w reads only fused results of @e, not its anchor
// EXPLAIN: remark: @p -> @all: all edge (was flags)
// EXPLAIN: block.program deps [@p -> @all flags, @e -> @w none]
func.func @syncs(%a: tensor<8xf32>) -> (tensor<8xf32>, tensor<6xf32>, tensor<f32>) {
  %r:3 = block.program deps [@p -> @all flags, @e -> @w none] -> (tensor<8xf32>, tensor<6xf32>, tensor<f32>) {
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %e = block.tile @e tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %w = block.tile @w tile [4, 3] grid [2, 1] reads [[6]] smem 24 regs 128 -> tensor<6xf32> {
      %c = tensor.compute [i: 6, r: 3 reduce] (%p[i + r]) -> [i] add : (tensor<8xf32>) -> tensor<6xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<6xf32>
    }
    %all = block.tile @all tile [8] grid [1] reads [[8]] smem 32 regs 0 -> tensor<f32> {
      %c = tensor.compute [i: 8 reduce] (%p[i]) -> [] add : (tensor<8xf32>) -> tensor<f32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<f32>
    }
    block.yield %e, %w, %all : tensor<8xf32>, tensor<6xf32>, tensor<f32>
  }
  return %r#0, %r#1, %r#2 : tensor<8xf32>, tensor<6xf32>, tensor<f32>
}
