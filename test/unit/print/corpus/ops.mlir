// Unregistered ops: regions, blocks, successors, result groups, properties, names.
"x.f"() ({
  "x.br"()[^bb1, ^bb1] : () -> ()
^bb1:
  "x.cond"()[^bb2, ^bb3] : () -> ()
^bb2:
  %z:3 = "x.r"() : () -> (i32, i64, f32)
  "x.br"(%z#1)[^bb3] : (i64) -> ()
^bb3:
  "x.r"() : () -> ()
^bb4:
  "x.r"() : () -> ()
^bb5(%a: i32, %b: i64):
  "x.use"(%a, %b, %z#0, %z#2) : (i32, i64, i32, f32) -> ()
}) : () -> ()
"x.props"() <{a = 1, m = affine_map<(d0) -> (d0)>}> {q = affine_map<(d0) -> (d0 + 2)>} : () -> ()
%x = "x.outer"() ({
^bb0(%i: index, %j: index):
  %y = "x.inner"(%i) ({
    %w = "x.deep"(%j) : (index) -> index
    "x.yield"(%w) : (index) -> ()
  }) : (index) -> index
  "x.yield"(%y) : (index) -> ()
}, {
  %q = "x.other"() : () -> f32
}) : () -> i1
%later = "x.after"(%x) : (i1) -> i8
"x.empty_regions"() ({}, {
^bb0:
}) : () -> ()
// -----
// Graph-like use before definition inside an unregistered op's region.
"x.graph"() ({
  "x.use"(%1) : (i32) -> ()
  %1 = "x.def"() : () -> i32
}) : () -> ()
