// A small program in the builtin and func dialects: dlc-opt parses, verifies and prints it.
func.func private @scale(f32) -> f32

func.func @twice(%x: f32) -> (f32, f32) attributes {dlc.kind = "example"} {
  %0 = call @scale(%x) : (f32) -> f32
  %1 = call @scale(%0) : (f32) -> f32
  return %0, %1 : f32, f32
}
