// The example plugins: a dialect plugin and a pass plugin, loaded by dlc-opt and used from flags and pipelines.
// RUN: %dlc-opt %S/../../../examples/plugins/toy.mlir --load-dialect-plugin=%S/../../../examples/plugins/toy-dialect.mjs --load-pass-plugin=%S/../../../examples/plugins/toy-passes.mjs --toy-expand | %filecheck %s --check-prefix=EXPAND
// RUN: %dlc-opt %S/../../../examples/plugins/toy.mlir --load-dialect-plugin=%S/../../../examples/plugins/toy-dialect.mjs --load-pass-plugin=%S/../../../examples/plugins/toy-passes.mjs --allow-unregistered-dialect --pass-pipeline='builtin.module(toy-expand{max-iterations=4},toy-lower)' | %filecheck %s --check-prefix=LOWER
// RUN: not %dlc-opt %S/../../../examples/plugins/toy.mlir --load-dialect-plugin=%S/../../../examples/plugins/toy-dialect.mjs --load-pass-plugin=%S/../../../examples/plugins/toy-passes.mjs --allow-unregistered-dialect --toy-lower 2>&1 | %filecheck %s --check-prefix=FAIL
// RUN: %dlc-opt --load-pass-plugin=%S/../../../examples/plugins/toy-passes.mjs --list-passes | %filecheck %s --check-prefix=LIST
// RUN: not %dlc-opt %s --load-pass-plugin=%S/does-not-exist.mjs 2>&1 | %filecheck %s --check-prefix=MISSING

// EXPAND:      %[[C:.*]] = "toy.const"() {value = 42 : i32}
// EXPAND-NEXT: %[[X:.*]] = "toy.add"(%arg0, %arg0)
// EXPAND-NEXT: return %[[C]], %[[X]]

// LOWER: "toy.const"() {value = 42 : i32}
// LOWER-NEXT: "lowered.add"(%arg0, %arg0)

// FAIL: error: failed to legalize operation 'toy.double' that was explicitly marked illegal

// LIST: --toy-expand{{ +}}- Expand toy.double into toy.add and fold
// LIST-NEXT: --max-iterations=<int>

// MISSING: dlc-opt: could not load plugin '{{.*}}does-not-exist.mjs'
