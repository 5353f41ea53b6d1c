// block.program's schedule (`launches`) prints back in its custom form and reads back from the generic form.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %filecheck %s --check-prefix=GENERIC
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s

// CHECK-LABEL: func.func @qkv
// CHECK: block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches {{\[}}[{{\[}}@q, @k, @v], [@s]], {{\[}}[@o]]] -> tensor<f32> {
// GENERIC-LABEL: sym_name = "qkv"
// GENERIC: "block.program"() <{deps = {{.*}}, launches = {{\[}}{{\[}}["q", "k", "v"], ["s"]], {{\[}}["o"]]]}> ({
func.func @qkv(%a: tensor<8xf32>) -> tensor<f32> {
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches [[[@q, @k, @v], [@s]], [[@o]]] -> tensor<f32> {
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

// A program without a schedule prints none.
// CHECK-LABEL: func.func @unscheduled
// CHECK: block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] -> tensor<f32> {
func.func @unscheduled(%a: tensor<8xf32>) -> tensor<f32> {
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] -> tensor<f32> {
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
