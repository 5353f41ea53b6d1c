// Generic operation syntax: results, operands, properties, regions, successors, attributes.
"unk.func"() ({
^bb0(%arg0: i32, %arg1: f32):
  %0 = "unk.op"(%arg0) : (i32) -> i32
  %1:2 = "unk.two"(%0, %arg1) : (i32, f32) -> (i32, f32)
  %2 = "unk.use"(%1#0, %1#1) <{prop = 1 : i64, other = "p"}> {attr = [1, 2]} : (i32, f32) -> i1
  "unk.br"(%2)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  "unk.region"() ({
    "unk.inner"(%0) : (i32) -> ()
  }, {
    ^bb0(%x: index):
      "unk.inner2"(%x) : (index) -> ()
  }) : () -> ()
  "unk.br"(%0)[^bb2] : (i32) -> ()
^bb2:
  "unk.return"() : () -> ()
}) {sym_name = "generic"} : () -> ()
"unk.empty_region"() ({
}) : () -> ()
"unk.props_only"() <{a = 1 : i32}> : () -> ()
