// Func-only programs (with unregistered ops) for the differential tests against mlir-opt.
// inline inlines calls of single-block callees, callees first, erases dead private callees,
// and leaves recursive calls, declarations and no_inline calls alone.

func.func private @callee(%a: i32) -> i32 {
  %0 = "test.foo"(%a) : (i32) -> i32
  return %0 : i32
}
func.func @pub(%a: i32) -> i32 {
  return %a : i32
}
func.func @caller(%a: i32) -> i32 {
  %0 = call @callee(%a) : (i32) -> i32
  %1 = call @pub(%0) : (i32) -> i32
  %2 = "test.bar"(%1, %1) : (i32, i32) -> i32
  return %2 : i32
}

// -----

// Chains inline transitively: c calls b calls a.
func.func private @a() {
  "test.leaf"() : () -> ()
  return
}
func.func private @b() {
  call @a() : () -> ()
  return
}
func.func @c() {
  call @b() : () -> ()
  return
}

// -----

func.func @rec() {
  call @rec() : () -> ()
  return
}
func.func private @decl()
func.func @decl_user() {
  call @decl() : () -> ()
  return
}
func.func private @small() {
  return
}
func.func @kept() {
  call @small() {no_inline} : () -> ()
  return
}

// -----

// CSE merges identical effect-free ops, keeps ops with unknown effects, and respects scopes.

func.func @merge_constants() -> ((i32) -> i32, (i32) -> i32) {
  %0 = func.constant @callee : (i32) -> i32
  %1 = func.constant @callee : (i32) -> i32
  return %0, %1 : (i32) -> i32, (i32) -> i32
}
func.func private @callee(i32) -> i32

// -----

// Unregistered ops have unknown effects: never merged, never erased.
func.func @unknown_effects(%a: i32) -> (i32, i32) {
  %0 = "test.op"(%a) : (i32) -> i32
  %1 = "test.op"(%a) : (i32) -> i32
  %2 = "test.unused"(%a) : (i32) -> i32
  return %0, %1 : i32, i32
}

// -----

// Unused effect-free ops are erased; different attributes are different values.
func.func @dead_and_distinct() -> ((i32) -> i32, (i32) -> i32) {
  %0 = func.constant @a : (i32) -> i32
  %1 = func.constant @b : (i32) -> i32
  %2 = func.constant @a : (i32) -> i32
  return %0, %1 : (i32) -> i32, (i32) -> i32
}
func.func private @a(i32) -> i32
func.func private @b(i32) -> i32

// -----

// Functions are isolated: equal constants in two functions both stay.
func.func @f1() -> ((i32) -> i32) {
  %0 = func.constant @a : (i32) -> i32
  return %0 : (i32) -> i32
}
func.func @f2() -> ((i32) -> i32) {
  %0 = func.constant @a : (i32) -> i32
  return %0 : (i32) -> i32
}
func.func private @a(i32) -> i32

// -----

// symbol-dce erases private symbols nothing references, transitively, and keeps public ones.

func.func private @dead() {
  func.call @dead_chain() : () -> ()
  return
}
func.func private @dead_chain() {
  return
}
func.func private @live() {
  return
}
func.func private @live_via_attr() {
  return
}
func.func @public() {
  func.call @live() : () -> ()
  "test.user"() {refs = [@live_via_attr]} : () -> ()
  return
}

// -----

// Nested symbol tables: a public symbol of a public nested module is live.
module @nested {
  func.func @inner_public() {
    return
  }
  func.func private @inner_private() {
    return
  }
}


// -----

// canonicalize erases dead effect-free ops and leaves ops with unknown effects and live values alone.

func.func @dead(%a: i32) -> i32 {
  %0 = func.constant @dead : (i32) -> i32
  %1 = "test.effect"(%a) : (i32) -> i32
  return %a : i32
}

// -----

// Constants are de-duplicated and hoisted to the entry block of the function.
func.func @dedup(%a: i32) -> ((i32) -> i32, (i32) -> i32) {
  "test.effect"(%a) : (i32) -> ()
  %0 = func.constant @g : (i32) -> i32
  %1 = func.constant @g : (i32) -> i32
  return %0, %1 : (i32) -> i32, (i32) -> i32
}
func.func private @g(i32) -> i32

// -----

// Nothing to do: the IR is printed back unchanged.
func.func @nothing(%a: i32) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32
  return %0 : i32
}
