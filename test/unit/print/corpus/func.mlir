// The func dialect's pretty forms.
module {
  func.func @f(%a: i32 {foo.bar}, %b: f32) -> (i32, f32) attributes {llvm.x = "y", no_inline} {
    %0:2 = func.call @f(%a, %b) {z.q} : (i32, f32) -> (i32, f32)
    %c = func.constant {w.w} @f : (i32, f32) -> (i32, f32)
    %c2 = func.constant @f : (i32, f32) -> (i32, f32)
    %r:2 = func.call_indirect %c(%a, %b) {k.k} : (i32, f32) -> (i32, f32)
    %u = builtin.unrealized_conversion_cast %a, %b : i32, f32 to i64 {y.y}
    %v = builtin.unrealized_conversion_cast to i64
    %w:2 = builtin.unrealized_conversion_cast %u : i64 to i32, i32
    func.return {r.r} %0#0, %r#1 : i32, f32
  }
  func.func @g() {
    return
  }
  func.func nested @h() -> (f32 {a.b})
  func.func private @i(i32 {a.b}, f32) -> (() -> ())
  func.func private @j(%x: i32) -> (i32 {r.s = 1 : i64}, f32) attributes {sym.x} {
    %0:2 = call @j(%x) {arg_attrs = [{a.b}], res_attrs = [{c.d}, {}], no_inline} : (i32) -> (i32, f32)
    %c = constant @j : (i32) -> (i32, f32)
    return %0#0, %0#1 : i32, f32
  }
  func.func private @"quoted name"()
}
// -----
module @named attributes {x.a = 1, sym_visibility = "private"} {
  module {
    %0 = "x.a"() : () -> i32
    "x.b"(%0) : (i32) -> ()
  }
  func.func private @m(memref<4xf32, affine_map<(d0) -> (d0 + 1)>> {x.m = affine_map<(d0) -> (d0 + 2)>})
  func.func @n(%arg0: memref<4xf32, affine_map<(d0) -> (d0 + 1)>> {x.m = affine_map<(d0) -> (d0 + 3)>}) {
    return
  }
}
