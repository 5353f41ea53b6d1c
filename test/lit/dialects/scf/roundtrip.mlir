// scf ops print back in their custom form (implicit yields elided), and the generic form reads
// back to the same IR.
// RUN: %dlc-opt %s --allow-unregistered-dialect | %dlc-opt --allow-unregistered-dialect | %filecheck %s
// RUN: %dlc-opt %s --allow-unregistered-dialect --mlir-print-op-generic | %dlc-opt --allow-unregistered-dialect | %filecheck %s

// CHECK-LABEL: func.func @loops
func.func @loops(%lb: index, %ub: index, %f: f32, %c: i1, %i: i32) -> f32 {
  // CHECK:      scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} {
  // CHECK-NEXT:   "test.use"
  // CHECK-NEXT: }
  scf.for %iv = %lb to %ub step %lb {
    "test.use"(%iv) : (index) -> ()
  }
  // CHECK:      scf.for unsigned %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[A:.*]] = %{{.*}}) -> (f32)  : i32 {
  // CHECK-NEXT:   scf.yield %[[A]] : f32
  %r = scf.for unsigned %k = %i to %i step %i iter_args(%a = %f) -> (f32) : i32 {
    scf.yield %a : f32
  }
  // CHECK:      scf.if %{{.*}} -> (f32) {
  // CHECK:      } else {
  %x = scf.if %c -> f32 {
    scf.yield %r : f32
  } else {
    scf.yield %f : f32
  }
  // CHECK:      scf.while (%{{.*}} = %{{.*}}) : (f32) -> f32 {
  // CHECK:        scf.condition(%{{.*}}) %{{.*}} : f32
  // CHECK:      } do {
  %w = scf.while (%b = %x) : (f32) -> f32 {
    scf.condition(%c) %b : f32
  } do {
  ^bb0(%b2: f32):
    scf.yield %b2 : f32
  }
  // CHECK:      scf.parallel (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) {
  // CHECK-NEXT:   scf.reduce{{ $}}
  scf.parallel (%p) = (%lb) to (%ub) step (%lb) {
  }
  // CHECK:      scf.execute_region -> f32 {
  %e = scf.execute_region -> f32 {
    scf.yield %w : f32
  }
  return %e : f32
}
