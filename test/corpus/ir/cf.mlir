// cf: branches with and without operands, conditional branches, switches (with negative and
// no cases) and asserts.
func.func @cf(%flag: i32, %a: i32, %b: i32, %c: i1, %w: i64) -> i32 {
  cf.assert %c, "flag must hold"
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  cf.switch %flag : i32, [
    default: ^bb2,
    -1: ^bb3(%x, %b : i32, i32),
    42: ^bb3(%b, %x : i32, i32)
  ]
^bb2:
  cf.switch %w : i64, [
    default: ^bb3(%a, %a : i32, i32)
  ] {tag}
^bb3(%y: i32, %z: i32):
  cf.cond_br %c, ^bb4, ^bb5(%z : i32) {hint = 1 : i32}
^bb4:
  cf.br ^bb5(%y : i32)
^bb5(%r: i32):
  return %r : i32
}
