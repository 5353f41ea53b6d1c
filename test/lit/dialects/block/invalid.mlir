// block dialect verifier and parser errors, one per message.
// RUN: %dlc-opt %s --split-input-file --verify-diagnostics

func.func @zero(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op tile size of dimension 0 must be positive, got 0}}
    %t = block.tile @t tile [0] grid [1] reads [[1]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @too_big(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op tile size 16 of dimension 0 is larger than the domain (8); use 8}}
    %t = block.tile @t tile [16] grid [1] reads [[16]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @rank(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op has 2 tile sizes but its TE's domain has rank 1}}
    %t = block.tile @t tile [4, 4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @grid(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op grid [3] does not match the tiling; expected [2]}}
    %t = block.tile @t tile [4] grid [3] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @reads(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op footprint of input #0 is declared 3 but a 4 tile reads 4}}
    %t = block.tile @t tile [4] grid [2] reads [[3]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @reads_count(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op declares 2 footprints but its TE has 1 inputs}}
    %t = block.tile @t tile [4] grid [2] reads [[4], [4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @reads_big(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op footprint of input #0 (9) is larger than the input (8)}}
    %t = block.tile @t tile [4] grid [2] reads [[9]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @split_reduction(%a: tensor<8xf32>) -> tensor<f32> {
  %r = block.program deps [] -> tensor<f32> {
    // expected-error @+1 {{'block.tile' op tile size 4 splits reduction dimension 0; a tile reduces over the whole extent (8)}}
    %t = block.tile @t tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<f32> {
      %c = tensor.compute [i: 8 reduce] (%a[i]) -> [] add : (tensor<8xf32>) -> tensor<f32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<f32>
    }
    block.yield %t : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

func.func @body(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op expects its body to hold 'tensor.compute' ops and a 'block.yield' of what leaves the tile}}
    %t = block.tile @t tile [4] grid [2] reads [] smem 0 regs 0 -> tensor<8xf32> {
      block.yield %a : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @cycle(%a: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'block.program' op has cyclic dependencies: @p -> @q -> @p}}
  %r = block.program deps [@p -> @q barrier, @q -> @p flags] -> tensor<8xf32> {
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %q = block.tile @q tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %q : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @unknown(%a: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'block.program' op dependency '@p -> @z' names no tile '@z' of this program}}
  %r = block.program deps [@p -> @z barrier] -> tensor<8xf32> {
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %p : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @self(%a: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'block.program' op dependency '@p -> @p' is a self-dependency}}
  %r = block.program deps [@p -> @p barrier] -> tensor<8xf32> {
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %p : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @twice(%a: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'block.program' op dependency '@p -> @q' is declared twice}}
  %r = block.program deps [@p -> @q barrier, @p -> @q flags] -> tensor<8xf32> {
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %q = block.tile @q tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %q : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @names(%a: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'block.program' op has two tiles named '@p'}}
  %r = block.program deps [] -> tensor<8xf32> {
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %p2 = block.tile @p tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %p2 : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @sync(%a: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{expected a synchronisation (barrier, flags, none) after '@p -> @q'}}
  %r = block.program deps [@p -> @q wait] -> tensor<8xf32> {
  }
  return %r : tensor<8xf32>
}

// -----

func.func @generic_sync(%a: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'block.program' op dependency '@p -> @q' has unknown synchronisation 'wait'; expected one of barrier, flags, none}}
  %r = "block.program"() <{deps = [["p", "q", "wait"]]}> ({
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %q = block.tile @q tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    block.yield %q : tensor<8xf32>
  }) : () -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

func.func @stray(%a: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'block.program' op expects only 'block.tile' ops and a final 'block.yield' in its body, found 'arith.constant'}}
  %r = block.program deps [] -> tensor<8xf32> {
    %z = arith.constant 0.0 : f32
    block.yield %a : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @outside(%a: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'block.tile' op expects parent op 'block.program'}}
%t = block.tile @t tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
    %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
    ^bb0(%x: f32):
      tensor.yield %x : f32
    }
    block.yield %c : tensor<8xf32>
  }
  return %t : tensor<8xf32>
}

// -----

func.func @anchor_first(%a: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %r:2 = block.program deps [] -> (tensor<8xf32>, tensor<8xf32>) {
    // expected-error @+1 {{'block.tile' op must yield the results of its anchor (last) tensor.compute first, in order}}
    %t:2 = block.tile @t tile [4] grid [2] reads [[4], [4]] smem 32 regs 128 -> (tensor<8xf32>, tensor<8xf32>) {
      %p = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      %e = tensor.compute [i: 8] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %p, %e : tensor<8xf32>, tensor<8xf32>
    }
    block.yield %t#0, %t#1 : tensor<8xf32>, tensor<8xf32>
  }
  return %r#0, %r#1 : tensor<8xf32>, tensor<8xf32>
}

// -----

func.func @yield_other(%a: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %r:2 = block.program deps [] -> (tensor<8xf32>, tensor<8xf32>) {
    // expected-error @+1 {{'block.tile' op yields a value that is not a result of one of its fused tensor.compute ops}}
    %t:2 = block.tile @t tile [4] grid [2] reads [[4], [4]] smem 32 regs 128 -> (tensor<8xf32>, tensor<8xf32>) {
      %p = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      %e = tensor.compute [i: 8] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %e, %a : tensor<8xf32>, tensor<8xf32>
    }
    block.yield %t#0, %t#1 : tensor<8xf32>, tensor<8xf32>
  }
  return %r#0, %r#1 : tensor<8xf32>, tensor<8xf32>
}

// -----

func.func @yield_twice(%a: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
  %r:3 = block.program deps [] -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
    // expected-error @+1 {{'block.tile' op yields a fused result twice}}
    %t:3 = block.tile @t tile [4] grid [2] reads [[4], [4]] smem 32 regs 128 -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
      %p = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      %e = tensor.compute [i: 8] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %e, %p, %p : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
    }
    block.yield %t#0, %t#1, %t#2 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
  }
  return %r#0, %r#1, %r#2 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
}

// -----

func.func @unread(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op fused TE #0 is read by no later TE of the tile}}
    %t = block.tile @t tile [4] grid [2] reads [[4], [4]] smem 32 regs 128 -> tensor<8xf32> {
      %p = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      %e = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %e : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @shifted(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op fused TE #0's output map #0 is not a projected permutation}}
    %t = block.tile @t tile [4] grid [2] reads [[4], [4]] smem 32 regs 128 -> tensor<8xf32> {
      %p = tensor.compute [i: 8] (%a[i]) -> [7 - i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      %e = tensor.compute [i: 8] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %e : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @fused_reads(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op footprint of input #0 of TE #1 is declared 3 but the tile reads 4}}
    %t = block.tile @t tile [4] grid [2] reads [[4], [3]] smem 32 regs 128 -> tensor<8xf32> {
      %p = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      %e = tensor.compute [i: 8] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %e : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @fused_count(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op declares 1 footprints but its TEs have 2 inputs}}
    %t = block.tile @t tile [4] grid [2] reads [[4]] smem 32 regs 128 -> tensor<8xf32> {
      %p = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      %e = tensor.compute [i: 8] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %e : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @smem(%a: tensor<8xf32>) -> tensor<8xf32> {
  %r = block.program deps [] -> tensor<8xf32> {
    // expected-error @+1 {{'block.tile' op smem 8 is less than the 16 bytes its fused intermediates stage on chip}}
    %t = block.tile @t tile [4] grid [2] reads [[4], [4]] smem 8 regs 128 -> tensor<8xf32> {
      %p = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      %e = tensor.compute [i: 8] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %e : tensor<8xf32>
    }
    block.yield %t : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}

// -----

func.func @uncovered(%a: tensor<8xf32>) -> (tensor<4xf32>, tensor<8xf32>) {
  %r:2 = block.program deps [] -> (tensor<4xf32>, tensor<8xf32>) {
    // expected-error @+1 {{'block.tile' op fused TE #0's result #0 leaves the tile but its computed boxes cover only 4 of its 8 elements}}
    %t:2 = block.tile @t tile [2] grid [2] reads [[2], [2]] smem 16 regs 64 -> (tensor<4xf32>, tensor<8xf32>) {
      %p = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      %e = tensor.compute [i: 4] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<4xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %e, %p : tensor<4xf32>, tensor<8xf32>
    }
    block.yield %t#0, %t#1 : tensor<4xf32>, tensor<8xf32>
  }
  return %r#0, %r#1 : tensor<4xf32>, tensor<8xf32>
}
