// symbol-privatize makes top-level symbols private, except the excluded ones.
// RUN: %dlc-opt %s --symbol-privatize=exclude=keep | %filecheck %s
// RUN: %dlc-opt %s --pass-pipeline='builtin.module(symbol-privatize{exclude=keep,other})' | %filecheck %s

// CHECK: func.func private @a()
// CHECK: func.func @keep()
func.func @a() {
  return
}
func.func @keep() {
  return
}
