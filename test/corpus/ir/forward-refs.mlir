// Forward references: to later blocks, to values defined in a dominating block printed later,
// and within graph regions of unregistered ops.
func.func @forward_block() -> i32 {
  "unk.br"()[^bb2] : () -> ()
^bb1:
  return %v : i32
^bb2:
  %v = "unk.def"() : () -> i32
  "unk.br"()[^bb1] : () -> ()
}
"unk.graph"() ({
  %1 = "unk.use"(%0) : (i32) -> i32
  %0 = "unk.def"(%1) : (i32) -> i32
}) : () -> ()
