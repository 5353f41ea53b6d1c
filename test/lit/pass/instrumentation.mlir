// IR printing, timing, statistics and the pipeline dump, in mlir-opt's formats (all on stderr).
// RUN: %dlc-opt %s --pass-pipeline='builtin.module(func.func(cse),symbol-dce)' --mlir-print-ir-before=cse --mlir-print-ir-after-all -o /dev/null 2>&1 | %filecheck %s --check-prefix=PRINT
// RUN: %dlc-opt %s --cse --symbol-dce --mlir-print-ir-after-all --mlir-print-ir-after-change -o /dev/null 2>&1 | %filecheck %s --check-prefix=CHANGE
// RUN: %dlc-opt %s --pass-pipeline='builtin.module(func.func(cse,canonicalize))' --mlir-timing -o /dev/null 2>&1 | %filecheck %s --check-prefix=TIMING
// RUN: %dlc-opt %s --pass-pipeline='builtin.module(func.func(cse))' --mlir-pass-statistics -o /dev/null 2>&1 | %filecheck %s --check-prefix=STATS
// RUN: %dlc-opt %s --cse --canonicalize=max-iterations=3 --dump-pass-pipeline -o /dev/null 2>&1 | %filecheck %s --check-prefix=DUMP
// RUN: %dlc-opt %s --cse --mlir-disable-threading --verify-each=false | %filecheck %s --check-prefix=FLAGS
// RUN: rm -rf %t && %dlc-opt %s --pass-pipeline='builtin.module(func.func(cse),symbol-dce)' --mlir-print-ir-after-all --mlir-print-ir-tree-dir=%t -o /dev/null && cat %t/builtin_module_no-symbol-name/func_func_f/0_0_cse.mlir | %filecheck %s --check-prefix=TREE

// PRINT:      // -----// IR Dump Before CSE (cse) //----- //
// PRINT-NEXT: func.func @f() -> (() -> (), () -> ()) {
// PRINT:      // -----// IR Dump After CSE (cse) //----- //
// PRINT-NEXT: func.func @f() -> (() -> (), () -> ()) {
// PRINT-NEXT:   %[[G:.*]] = constant @g : () -> ()
// PRINT-NEXT:   return %[[G]], %[[G]]
// PRINT:      // -----// IR Dump After SymbolDCE (symbol-dce) //----- //
// PRINT-NEXT: module {

// CHANGE: IR Dump After CSE (cse)
// CHANGE-NOT: IR Dump After SymbolDCE

// TIMING:      ... Execution time report ...
// TIMING:      Total Execution Time: {{[0-9.]+}} seconds
// TIMING:      ----Wall Time----  ----Name----
// TIMING-NEXT: {{.*}}Parser
// TIMING-NEXT: {{.*}}'func.func' Pipeline
// TIMING-NEXT: {{.*}}  CSE
// TIMING-NEXT: {{.*}}  Canonicalizer
// TIMING-NEXT: {{.*}}Output
// TIMING-NEXT: {{.*}}Rest
// TIMING-NEXT: {{.*}}100.0%)  Total

// STATS:      ... Pass statistics report ...
// STATS:      'func.func' Pipeline
// STATS-NEXT:   CSE
// STATS-NEXT:     (S) 1 num-cse'd - Number of operations CSE'd
// STATS-NEXT:     (S) 0 num-dce'd - Number of operations DCE'd

// DUMP:      Pass Manager with 2 passes:
// DUMP-NEXT: builtin.module(
// DUMP-NEXT:   cse,
// DUMP-NEXT:   canonicalize{max-iterations=3 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true disable-patterns={} enable-patterns={} test-expensive-checks=false}
// DUMP-NEXT: )

// FLAGS: return %[[G:.*]], %[[G]] :

// TREE: // -----// IR Dump After CSE (cse) //----- //
// TREE-NEXT: func.func @f()
func.func @f() -> (() -> (), () -> ()) {
  %0 = func.constant @g : () -> ()
  %1 = func.constant @g : () -> ()
  return %0, %1 : () -> (), () -> ()
}
func.func private @g()
