// block-coschedule: tiles with no path between them (the Q, K and V projections) share a
// single-phase launch; every other tile runs in the launch of its dependency depth.
// RUN: %dlc-opt %s --block-coschedule | %filecheck %s
// RUN: %dlc-opt %s --block-coschedule=explain=true 2>&1 >/dev/null | %filecheck %s --check-prefix=WHY

// CHECK-LABEL: func.func @qkv
// CHECK: block.program deps [{{.*}}] launches {{\[}}{{\[}}[@q, @k, @v]], {{\[}}[@s]], {{\[}}[@o]]] -> tensor<f32>
// WHY: remark: @q, @k, @v share launch #0: no path joins them, so their 6 tasks fill the GPU together
// WHY: remark: @s runs alone in launch #1 (2 tasks): no other tile is at depth 1 of its dependency graph
// WHY: remark: @o runs alone in launch #2 (1 task): no other tile is at depth 2 of its dependency graph
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

// An existing schedule is replaced; an ordering-only dependency (@v -> @k) counts like any other.
// CHECK-LABEL: func.func @ordered
// CHECK: launches {{\[}}{{\[}}[@q, @v]], {{\[}}[@k]], {{\[}}[@s]], {{\[}}[@o]]]
func.func @ordered(%a: tensor<8xf32>) -> tensor<f32> {
  %r = block.program deps [@q -> @s barrier, @k -> @s barrier, @s -> @o barrier, @v -> @o barrier, @v -> @k flags] launches [[[@q], [@v], [@k], [@s], [@o]]] -> tensor<f32> {
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
