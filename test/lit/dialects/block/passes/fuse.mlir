// block-fuse, one function per decision: identity edges fuse (the producer's result leaves the
// tile when the program still returns it), a bounded edge fuses when recomputing its halo is
// cheap and stays apart when it is not, slab and all edges never fuse, nor does a fusion that
// would make a cycle, leave a returned result partly unwritten, or overflow shared memory.
// RUN: %dlc-opt %s --block-fuse | %filecheck %s
// RUN: %dlc-opt %s --block-fuse=explain=true 2>&1 >/dev/null | %filecheck %s --check-prefix=WHY

// CHECK-LABEL: func.func @identity
// CHECK: block.program deps []
// CHECK-NEXT: block.tile @e tile [4] grid [2] reads {{\[\[}}4], [4], [4]] smem 32 regs 128 -> tensor<8xf32> {
// CHECK-NEXT: %[[P:.*]] = tensor.compute [i: 8] (%arg0[i]) -> [i]
// CHECK: %[[E:.*]] = tensor.compute [i: 8] (%[[P]][i], %arg0[i]) -> [i]
// CHECK: block.yield %[[E]] : tensor<8xf32>
// WHY: remark: @p -> @e: identity edge: fused into @e (32 bytes stay on chip, 2 flag waits removed)

// CHECK-LABEL: func.func @leaves
// CHECK: block.tile @e tile [4] grid [2] reads {{\[\[}}4], [4]] smem 32 regs 128 -> (tensor<8xf32>, tensor<8xf32>) {
// CHECK: block.yield %[[E:.*]], %[[P:.*]] : tensor<8xf32>, tensor<8xf32>
// CHECK: block.yield %[[T:.*]]#0, %[[T]]#1
// WHY: remark: @p -> @e: identity edge: fused into @e

// CHECK-LABEL: func.func @halo
// CHECK: block.tile @w tile [4, 3] grid [2, 1] reads {{\[\[}}6], [6]] smem 48 regs 192 -> tensor<8xf32> {
// CHECK-NEXT: tensor.compute [i: 10]
// CHECK: tensor.compute [i: 8, j: 3 reduce]
// WHY: remark: @p -> @w: bounded edge: fused into @w with its halo recomputed: recomputing 2 points and reading 8 more bytes (0.0024 ns) costs no more than the 88 bytes and the wait it saves (700 ns)

// CHECK-LABEL: func.func @costly_halo
// CHECK: block.program deps [@p -> @w barrier]
// WHY: remark: @p -> @w: bounded edge: not fused: recomputing 120000000 points and reading 480000000 more bytes (150000 ns) costs more than the 552 bytes and the wait it saves (700 ns)

// CHECK-LABEL: func.func @slab_all
// CHECK: block.program deps [@p -> @mm barrier, @p -> @sum barrier]
// WHY: remark: @p -> @mm: slab edge: never fused: each consumer tile needs a whole band of producer tiles
// WHY: remark: @p -> @sum: all edge: never fused: each consumer tile needs every producer tile

// CHECK-LABEL: func.func @cycle
// CHECK: block.program deps [@p -> @q barrier, @q -> @c barrier, @p -> @c barrier]
// WHY: remark: @p -> @q: all edge: never fused
// WHY: remark: @q -> @c: all edge: never fused
// WHY: remark: @p -> @c: identity edge: not fused: it would make a cycle through @q

// CHECK-LABEL: func.func @uncovered
// CHECK: block.program deps [@p -> @e barrier]
// WHY: remark: @p -> @e: bounded edge: not fused: a result of @p leaves the tile but @e's tiles would compute only 4 of its 8 elements

// CHECK-LABEL: func.func @too_big
// CHECK: block.program deps [@p -> @e barrier]
// WHY: remark: @p -> @e: identity edge: not fused: the fused tile would need 524288 bytes of shared memory, over the 232448 a block may use

func.func @identity(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [@p -> @e barrier] -> tensor<8xf32> {
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %e = block.tile @e tile [4] grid [2] reads [[4], [4]] smem 32 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%p[i], %a[i]) -> [i] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32, %z: f32):
        %y = arith.addf %x, %z : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %e : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

func.func @leaves(%a: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %r:2 = block.program deps [@p -> @e barrier] -> (tensor<8xf32>, tensor<8xf32>) {
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
        %y = arith.mulf %x, %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %e, %p : tensor<8xf32>, tensor<8xf32>
  }
  return %r#0, %r#1 : tensor<8xf32>, tensor<8xf32>
}

func.func @halo(%a: tensor<10xf32>) -> tensor<8xf32> {
  %r = block.program deps [@p -> @w barrier] -> tensor<8xf32> {
    %p = block.tile @p tile [4] grid [3] reads [[4]] smem 16 regs 128 -> tensor<10xf32> {
      %c = tensor.compute [i: 10] (%a[i]) -> [i] : (tensor<10xf32>) -> tensor<10xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<10xf32>
    }
    %w = block.tile @w tile [4, 3] grid [2, 1] reads [[6]] smem 24 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8, r: 3 reduce] (%p[i + r]) -> [i] add : (tensor<10xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %w : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

func.func @costly_halo(%a: tensor<66x20000000xf32>) -> tensor<64xf32> {
  %r = block.program deps [@p -> @w barrier] -> tensor<64xf32> {
    %p = block.tile @p tile [33, 20000000] grid [2, 1] reads [[33, 20000000]] smem 4224 regs 1056 -> tensor<66xf32> {
      %c = tensor.compute [i: 66, k: 20000000 reduce] (%a[i, k]) -> [i] add : (tensor<66x20000000xf32>) -> tensor<66xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<66xf32>
    }
    %w = block.tile @w tile [16, 3] grid [4, 1] reads [[18]] smem 72 regs 512 -> tensor<64xf32> {
      %c = tensor.compute [i: 64, r: 3 reduce] (%p[i + r]) -> [i] add : (tensor<66xf32>) -> tensor<64xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<64xf32>
    }
    block.yield %w : tensor<64xf32>
  }
  return %r : tensor<64xf32>
}

func.func @slab_all(%a: tensor<8x8xf32>) -> (tensor<8x8xf32>, tensor<f32>) {
  %r:2 = block.program deps [@p -> @mm barrier, @p -> @sum barrier] -> (tensor<8x8xf32>, tensor<f32>) {
    %p = block.tile @p tile [4, 4] grid [2, 2] reads [[4, 4]] smem 64 regs 512 -> tensor<8x8xf32> {
      %c = tensor.compute [i: 8, j: 8] (%a[i, j]) -> [i, j] : (tensor<8x8xf32>) -> tensor<8x8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8x8xf32>
    }
    %mm = block.tile @mm tile [4, 4, 8] grid [2, 2, 1] reads [[4, 8], [8, 4]] smem 256 regs 512 -> tensor<8x8xf32> {
      %c = tensor.compute [i: 8, j: 8, k: 8 reduce] (%p[i, k], %a[k, j]) -> [i, j] add : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32> {
      ^bb0(%x: f32, %y: f32):
        %z = arith.mulf %x, %y : f32
        tensor.yield %z : f32
      }
      block.yield %c : tensor<8x8xf32>
    }
    %sum = block.tile @sum tile [8, 8] grid [1, 1] reads [[8, 8]] smem 256 regs 0 -> tensor<f32> {
      %c = tensor.compute [i: 8 reduce, j: 8 reduce] (%p[i, j]) -> [] add : (tensor<8x8xf32>) -> tensor<f32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<f32>
    }
    block.yield %mm, %sum : tensor<8x8xf32>, tensor<f32>
  }
  return %r#0, %r#1 : tensor<8x8xf32>, tensor<f32>
}

func.func @cycle(%a: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %r = block.program deps [@p -> @q barrier, @q -> @c barrier, @p -> @c barrier] -> tensor<8x8xf32> {
    %p = block.tile @p tile [4, 4] grid [2, 2] reads [[4, 4]] smem 64 regs 512 -> tensor<8x8xf32> {
      %c = tensor.compute [i: 8, j: 8] (%a[i, j]) -> [i, j] : (tensor<8x8xf32>) -> tensor<8x8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8x8xf32>
    }
    %q = block.tile @q tile [8, 8] grid [1, 1] reads [[8, 8]] smem 256 regs 0 -> tensor<f32> {
      %c = tensor.compute [i: 8 reduce, j: 8 reduce] (%p[i, j]) -> [] add : (tensor<8x8xf32>) -> tensor<f32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<f32>
    }
    %c = block.tile @c tile [4, 4] grid [2, 2] reads [[4, 4], []] smem 68 regs 512 -> tensor<8x8xf32> {
      %c = tensor.compute [i: 8, j: 8] (%p[i, j], %q[]) -> [i, j] : (tensor<8x8xf32>, tensor<f32>) -> tensor<8x8xf32> {
      ^bb0(%x: f32, %y: f32):
        %z = arith.divf %x, %y : f32
        tensor.yield %z : f32
      }
      block.yield %c : tensor<8x8xf32>
    }
    block.yield %c : tensor<8x8xf32>
  }
  return %r : tensor<8x8xf32>
}

func.func @uncovered(%a: tensor<8xf32>) -> (tensor<4xf32>, tensor<8xf32>) {
  %r:2 = block.program deps [@p -> @e barrier] -> (tensor<4xf32>, tensor<8xf32>) {
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %e = block.tile @e tile [2] grid [2] reads [[2]] smem 8 regs 64 -> tensor<4xf32> {
      %c = tensor.compute [i: 4] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<4xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<4xf32>
    }
    block.yield %e, %p : tensor<4xf32>, tensor<8xf32>
  }
  return %r#0, %r#1 : tensor<4xf32>, tensor<8xf32>
}

func.func @too_big(%a: tensor<65536xf32>) -> tensor<65536xf32> {
  %r = block.program deps [@p -> @e barrier] -> tensor<65536xf32> {
    %p = block.tile @p tile [65536] grid [1] reads [[65536]] smem 262144 regs 32768 -> tensor<65536xf32> {
      %c = tensor.compute [i: 65536] (%a[i]) -> [i] : (tensor<65536xf32>) -> tensor<65536xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<65536xf32>
    }
    %e = block.tile @e tile [65536] grid [1] reads [[65536]] smem 262144 regs 32768 -> tensor<65536xf32> {
      %c = tensor.compute [i: 65536] (%p[i]) -> [i] : (tensor<65536xf32>) -> tensor<65536xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<65536xf32>
    }
    block.yield %e : tensor<65536xf32>
  }
  return %r : tensor<65536xf32>
}

// A schedule naming a fused tile is dropped (one launch per tile until block-schedule runs again).
// CHECK-LABEL: func.func @scheduled
// CHECK: block.program deps [] -> tensor<8xf32> {
// WHY: remark: @p -> @e: identity edge: fused into @e
func.func @scheduled(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [@p -> @e flags] launches [[[@p], [@e]]] -> tensor<8xf32> {
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
    block.yield %e : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}
