// verify-each checks the IR after every pass (on by default); --mlir-print-ir-after-failure shows the failing pass's IR.
// RUN: not %dlc-opt %s --load-pass-plugin=%S/Inputs/test-passes.mjs --test-drop-terminators 2>&1 | %filecheck %s --check-prefix=VERIFY
// RUN: %dlc-opt %s --load-pass-plugin=%S/Inputs/test-passes.mjs --test-drop-terminators --verify-each=false | %filecheck %s --check-prefix=NOVERIFY
// RUN: not %dlc-opt %s --load-pass-plugin=%S/Inputs/test-passes.mjs --test-fail --mlir-print-ir-after-failure 2>&1 | %filecheck %s --check-prefix=FAILURE
// RUN: %dlc-opt %s --load-pass-plugin=%S/Inputs/test-passes.mjs --test-named-pipeline --dump-pass-pipeline -o /dev/null 2>&1 | %filecheck %s --check-prefix=NAMED
// RUN: %dlc-opt %s --load-pass-plugin=%S/Inputs/test-passes.mjs --pass-pipeline='builtin.module(test-named-pipeline)' | %filecheck %s --check-prefix=PIPE

// VERIFY: error: empty block: expect at least a terminator
// VERIFY-NOT: module {

// NOVERIFY: func.func @f() {
// NOVERIFY-NEXT: }

// FAILURE: // -----// IR Dump After test-fail Failed (test-fail) //----- //
// FAILURE-NEXT: func.func @f() {
// FAILURE: error: test-fail failed here

// NAMED:      builtin.module(
// NAMED-NEXT:   cse,
// NAMED-NEXT:   canonicalize{

// PIPE: func.func @f() {
// PIPE-NEXT: return
func.func @f() {
  return
}
