// Alias ordering: depth, types before attributes, names; big tuples become !tuple aliases.
#m0 = affine_map<(d0) -> (d0 + 5)>
"x.a"() {a = [affine_map<(d0) -> (d0 + 1)>, affine_set<(d0) : (d0 >= 0)>], b = loc(fused<affine_map<(d0) -> (d0 + 7)>>["q":1:1]), t = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>} : () -> memref<4xf32, affine_map<(d0) -> (d0 + 2)>>
"x.b"() : () -> (tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17, i18>, tuple<tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>>)
"x.c"() {m = #m0, s = affine_set<(d0)[s0] : (d0 - s0 == 0)>, f = (memref<2xf32, affine_map<(d0) -> (d0 + 3)>>) -> ()} : () -> ()
"x.d"() ({
^bb0(%x: memref<4xf32, affine_map<(d0) -> (d0 + 9)>>):
  "x.e"() : () -> ()
}) : () -> ()
