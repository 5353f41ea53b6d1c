// view-op-graph writes the data-flow graph as DOT: clusters for ops with regions, records for ops, edges for uses.
// RUN: %dlc-opt %s --allow-unregistered-dialect --view-op-graph -o /dev/null 2>&1 | %filecheck %s
// RUN: %dlc-opt %s --allow-unregistered-dialect --view-op-graph=output=- | %filecheck %s
// RUN: %dlc-opt %s --allow-unregistered-dialect --view-op-graph=output=%t.dot -o /dev/null && %filecheck %s --input-file %t.dot

// CHECK: digraph G {
// CHECK-NEXT: compound = true;
// CHECK: label = "builtin.module : ()\l";
// CHECK: label = "func.func : ()\lfunction_type: (i32) -\> i32\lsym_name: \"f\"\l";
// CHECK: [[ARG:v[0-9]+]] [label = "<res_arg0> %arg0 i32", shape = Mrecord];
// CHECK: [[FOO:v[0-9]+]] [fillcolor = "{{.*}}", label = "{{[{][{]}}<arg_arg0> %arg0}|test.foo\l|{<res_0> %0 i32}}", shape = Mrecord, style = filled];
// CHECK: [[ARG]]:res_arg0:s -> [[FOO]]:arg_arg0:n[style = solid];
// CHECK: }
func.func @f(%a: i32) -> i32 {
  %0 = "test.foo"(%a) : (i32) -> i32
  return %0 : i32
}
