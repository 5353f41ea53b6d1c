// Verifier errors of block.program's schedule (`launches`), one per message.
// RUN: %dlc-opt %s --split-input-file --verify-diagnostics

func.func @unknown(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op schedule names no tile '@x' of this program (phase #0 of launch #0)}}
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches [[[@q, @k, @v, @x], [@s]], [[@o]]] -> tensor<f32> {
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

// -----

func.func @twice(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op tile '@q' is scheduled twice: in phase #0 of launch #0 and in phase #1 of launch #0}}
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches [[[@q, @k, @v], [@s, @q]], [[@o]]] -> tensor<f32> {
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

// -----

func.func @missing(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op tile '@o' is in no phase of the schedule; every tile runs in exactly one phase}}
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches [[[@q, @k, @v], [@s]]] -> tensor<f32> {
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

// -----

func.func @backwards(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op dependency '@s -> @o' points backwards in the schedule: @o (phase #1 of launch #0) is dispatched before @s (phase #0 of launch #1)}}
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches [[[@q, @k, @v], [@o]], [[@s]]] -> tensor<f32> {
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

// -----

func.func @listed_backwards(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op dependency '@q -> @s' points backwards in the schedule: @s (phase #0 of launch #0) is dispatched before @q (phase #0 of launch #0)}}
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches [[[@s, @q, @k, @v]], [[@o]]] -> tensor<f32> {
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

// -----

func.func @barrier_inside(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op dependency '@s -> @o' is a grid barrier inside phase #0 of launch #0; put @o in a later phase or launch (or wait on flags)}}
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches [[[@q, @k, @v, @s, @o]]] -> tensor<f32> {
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

// -----

func.func @empty_phase(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op phase #1 of launch #0 has no tile}}
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches [[[@q, @k, @v], []], [[@s], [@o]]] -> tensor<f32> {
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

// -----

func.func @empty_launch(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op launch #1 of the schedule has no phase}}
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches [[[@q, @k, @v], [@s], [@o]], []] -> tensor<f32> {
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

// -----

func.func @occupancy(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op launch #0 needs its blocks resident together (a grid barrier between its phases) but no block of it fits on an SM of h100: 300000 bytes of shared memory per block exceed the limit of 232448}}
  %r = block.program deps [@q -> @s flags, @k -> @s flags, @s -> @o barrier, @v -> @o barrier] launches [[[@q, @k, @v], [@s], [@o]]] -> tensor<f32> {
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
    %o = block.tile @o tile [8] grid [1] reads [[8], [8]] smem 300000 regs 128 -> tensor<f32> {
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

// -----

func.func @occupancy_a100(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op launch #0 needs its blocks resident together (a grid barrier between its phases) but no block of it fits on an SM of a100: 200000 bytes of shared memory per block exceed the limit of 166912}}
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
    %s = block.tile @s tile [4] grid [2] reads [[4], [4]] smem 200000 regs 128 -> tensor<8xf32> {
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
  } attributes {block.gpu = "a100"}
  return %r : tensor<f32>
}

// -----

func.func @gpu(%a: tensor<8xf32>) -> tensor<f32> {
  // expected-error @+1 {{'block.program' op 'block.gpu' names no GPU profile 'v100'; expected one of a100, h100, h200}}
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
  } attributes {block.gpu = "v100"}
  return %r : tensor<f32>
}
