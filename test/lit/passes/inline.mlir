// inline inlines calls of single-block callees, callees first, erases dead private callees,
// and leaves recursive calls, declarations and no_inline calls alone.
// RUN: %dlc-opt %s --allow-unregistered-dialect --split-input-file --inline | %filecheck %s

// CHECK-NOT: func.func private @callee
// CHECK-LABEL: func.func @pub
// CHECK-LABEL: func.func @caller
// CHECK-NEXT: %[[A:.*]] = "test.foo"(%arg0)
// CHECK-NEXT: %[[B:.*]] = "test.bar"(%[[A]], %[[A]])
// CHECK-NEXT: return %[[B]]
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
// CHECK-LABEL: func.func @c
// CHECK-NEXT: "test.leaf"
// CHECK-NEXT: return
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

// CHECK-LABEL: func.func @rec
// CHECK-NEXT: call @rec()
// CHECK-LABEL: func.func @decl_user
// CHECK-NEXT: call @decl()
// CHECK-LABEL: func.func @kept
// CHECK-NEXT: call @small() {no_inline}
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
