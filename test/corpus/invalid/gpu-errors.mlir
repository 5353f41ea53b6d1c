// gpu dialect verifier errors that MLIR 22 reports the same way (and memref.atomic_rmw's).

module {
  gpu.module @m { gpu.func @k() kernel { gpu.return } }
  func.func @h(%c: index) {
    // expected-error @+1 {{'gpu.launch_func' op expected the closest surrounding module to have the 'gpu.container_module' attribute}}
    gpu.launch_func @m::@k blocks in (%c, %c, %c) threads in (%c, %c, %c)
    return
  }
}

// -----

module attributes {gpu.container_module} {
  func.func @h(%c: index) {
    // expected-error @+1 {{'gpu.launch_func' op kernel container 'm' is undefined}}
    gpu.launch_func @m::@k blocks in (%c, %c, %c) threads in (%c, %c, %c)
    return
  }
}

// -----

module attributes {gpu.container_module} {
  gpu.module @m { }
  func.func @h(%c: index) {
    // expected-error @+1 {{'gpu.launch_func' op kernel function '@m::@k' is undefined}}
    gpu.launch_func @m::@k blocks in (%c, %c, %c) threads in (%c, %c, %c)
    return
  }
}

// -----

module attributes {gpu.container_module} {
  gpu.module @m { gpu.func @k() { gpu.return } }
  func.func @h(%c: index) {
    // expected-error @+1 {{'gpu.launch_func' op kernel function is missing the 'gpu.kernel' attribute}}
    gpu.launch_func @m::@k blocks in (%c, %c, %c) threads in (%c, %c, %c)
    return
  }
}

// -----

module attributes {gpu.container_module} {
  gpu.module @m { gpu.func @k(%a: f32) kernel { gpu.return } }
  func.func @h(%c: index) {
    // expected-error @+1 {{'gpu.launch_func' op type of function argument 0 does not match}}
    gpu.launch_func @m::@k blocks in (%c, %c, %c) threads in (%c, %c, %c) args(%c : index)
    return
  }
}

// -----

module attributes {gpu.container_module} {
  gpu.module @m { gpu.func @k(%a: f32, %b: f32) kernel { gpu.return } }
  func.func @h(%c: index, %f: f32) {
    // expected-error @+1 {{'gpu.launch_func' op got 1 kernel operands but expected 2}}
    gpu.launch_func @m::@k blocks in (%c, %c, %c) threads in (%c, %c, %c) args(%f : f32)
    return
  }
}

// -----

gpu.module @m {
  // expected-error @+1 {{'gpu.func' op expected void return type for kernel function}}
  gpu.func @k(%a: f32) -> f32 kernel { gpu.return %a : f32 }
}

// -----

gpu.module @m {
  // expected-note @+1 {{return type declared here}}
  gpu.func @k(%a: f32) -> f32 {
    // expected-error @+1 {{'gpu.return' op expected 1 result operands}}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%a: f32) -> f32 {
    %c = arith.constant 1 : i32
    // expected-error @+1 {{'gpu.return' op unexpected type `'i32'' for operand #0}}
    gpu.return %c : i32
  }
}

// -----

gpu.module @m {
  // expected-error @+1 {{'gpu.func' op expected memory space private in attribution}}
  gpu.func @k() private(%s: memref<4xf32, #gpu.address_space<workgroup>>) kernel { gpu.return }
}

// -----

gpu.module @m {
  // expected-error @+1 {{'gpu.func' op expected memory space workgroup in attribution}}
  gpu.func @k() workgroup(%s: memref<4xf32, #gpu.address_space<private>>) kernel { gpu.return }
}

// -----

gpu.module @m {
  // expected-error @+1 {{'gpu.func' op expected memref type in attribution}}
  gpu.func @k() workgroup(%s: f32) kernel { gpu.return }
}

// -----

func.func @f() {
  // expected-error @+1 {{'gpu.return' op expects parent op 'gpu.func'}}
  gpu.return
}

// -----

gpu.module @m {
  gpu.func @k(%v: f32) kernel {
    // expected-error @+1 {{'gpu.subgroup_reduce' op cluster size 3 is not a power of two}}
    %a = gpu.subgroup_reduce add %v cluster(size = 3) : (f32) -> f32
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%v: f32) kernel {
    // expected-error @+1 {{`and` reduction operation is not compatible with type 'f32'}}
    %a = gpu.subgroup_reduce and %v : (f32) -> f32
    gpu.return
  }
}

// -----

func.func @f(%m: memref<4xf32>, %n: memref<4xf16>) {
  // expected-error @+1 {{'gpu.memcpy' op arguments have incompatible element type}}
  gpu.memcpy %m, %n : memref<4xf32>, memref<4xf16>
  return
}

// -----

func.func @f(%m: memref<4xf32>, %n: memref<5xf32>) {
  // expected-error @+1 {{'gpu.memcpy' op arguments have incompatible shape}}
  gpu.memcpy %m, %n : memref<4xf32>, memref<5xf32>
  return
}

// -----

func.func @f(%m: memref<4xf32>, %n: i32) {
  // expected-error @+1 {{'gpu.memset' op failed to verify that all of {dst, value} have same element type}}
  gpu.memset %m, %n : memref<4xf32>, i32
  return
}

// -----

func.func @f(%c: index) {
  // expected-error @+1 {{'gpu.alloc' op incorrect number of dynamic sizes, has 1, expected 0}}
  %m = gpu.alloc (%c) : memref<4xf32>
  return
}

// -----

func.func @f(%m: memref<4xf32>, %c: index, %v: f32) {
  // expected-error @+1 {{'memref.atomic_rmw' op expects the number of subscripts to be equal to memref rank}}
  %x = memref.atomic_rmw addf %v, %m[%c, %c] : (f32, memref<4xf32>) -> f32
  return
}

// -----

func.func @f(%m: memref<4xi32>, %c: index, %v: i32) {
  // expected-error @+1 {{'memref.atomic_rmw' op with kind 'addf' expects a floating-point type}}
  %x = memref.atomic_rmw addf %v, %m[%c] : (i32, memref<4xi32>) -> i32
  return
}

// -----

func.func @f(%m: memref<4xf32>, %c: index, %v: f32) {
  // expected-error @+1 {{'memref.atomic_rmw' op with kind 'addi' expects an integer type}}
  %x = memref.atomic_rmw addi %v, %m[%c] : (f32, memref<4xf32>) -> f32
  return
}

// -----

func.func @f(%m: memref<4xf32>, %c: index, %v: f16) {
  // expected-error @+1 {{'memref.atomic_rmw' op failed to verify that value type matches element type of memref}}
  %x = memref.atomic_rmw addf %v, %m[%c] : (f16, memref<4xf32>) -> f16
  return
}

// -----

gpu.module @m {
  gpu.func @k(%v: index, %i: i32) kernel {
    // expected-error @+1 {{'gpu.shuffle' op operand #0 must be Integer or Float or fixed-length vector of Integer or Float values of ranks 1, but got 'index'}}
    %a, %b = gpu.shuffle xor %v, %i, %i : index
    gpu.return
  }
}
