// Type and attribute aliases, defined before use.
!tensor_t = tensor<4x8xf32>
!pair = tuple<!tensor_t, i32>
#map = affine_map<(d0, d1) -> (d0 + d1)>
#attr = {key = "value"}
#arr = [1, 2, #map]
func.func @aliased(%a: !tensor_t, %b: !pair) -> !tensor_t attributes {m = #map, a = #attr, r = #arr} {
  %0 = "unk.op"(%a) {m = #map, m2 = affine_map<(d0) -> (d0 * 2)>} : (!tensor_t) -> !tensor_t
  return %0 : !tensor_t
}
