// symbol-dce erases private symbols nothing references, transitively, and keeps public ones.
// RUN: %dlc-opt %s --allow-unregistered-dialect --split-input-file --symbol-dce | %filecheck %s
// RUN: not %dlc-opt %s --allow-unregistered-dialect --pass-pipeline='builtin.module(func.func(symbol-dce))' 2>&1 | %filecheck %s --check-prefix=NOTABLE

// CHECK-NOT: func.func private @dead
// CHECK-NOT: func.func private @dead_chain
// CHECK: func.func private @live
// CHECK: func.func private @live_via_attr
// CHECK: func.func @public
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
// CHECK: module @nested
// CHECK: func.func @inner_public
// CHECK-NOT: @inner_private
module @nested {
  func.func @inner_public() {
    return
  }
  func.func private @inner_private() {
    return
  }
}

// NOTABLE: 'func.func' op was scheduled to run under SymbolDCE, but does not define a symbol table
