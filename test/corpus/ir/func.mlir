// func dialect pretty forms.
func.func private @decl(i32, f32) -> i64
func.func private @decl_attrs(i32 {unk.a}, f32) -> (i64 {unk.r = 1 : i32})
func.func nested @nested_vis() {
  return
}
func.func @no_results(%arg0: i32) {
  return
}
func.func @results(%a: i32, %b: i32) -> (i32, i32) {
  return %b, %a : i32, i32
}
func.func @arg_attrs(%arg0: i32 {unk.attr = "x"}, %arg1: f32) -> (f32 {unk.res}) attributes {unk.fn, other = 3 : i64} {
  return %arg1 : f32
}
func.func @calls(%x: i32) -> i64 {
  %c = "unk.const"() : () -> f32
  %0 = call @decl(%x, %c) : (i32, f32) -> i64
  %f = constant @decl : (i32, f32) -> i64
  %1 = call_indirect %f(%x, %c) : (i32, f32) -> i64
  return %1 : i64
}
func.func @blocks(%cond: i1) -> i32 {
  "unk.cond_br"(%cond)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  %0 = "unk.a"() : () -> i32
  "unk.br"(%0)[^bb3] : (i32) -> ()
^bb2:
  %1 = "unk.b"() : () -> i32
  "unk.br"(%1)[^bb3] : (i32) -> ()
^bb3(%r: i32):
  return %r : i32
}
