// Locations of every kind, inline and through aliases.
#loc0 = loc("alias.mlir":10:20)
func.func @locs(%arg0: i32 loc("arg.mlir":1:2)) {
  "unk.a"() : () -> () loc(unknown)
  "unk.b"() : () -> () loc("file.mlir":3:4)
  "unk.c"() : () -> () loc("named")
  "unk.d"() : () -> () loc("named"("file.mlir":5:6))
  "unk.e"() : () -> () loc(callsite("callee.mlir":1:1 at "caller.mlir":2:2))
  "unk.f"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])
  "unk.g"() : () -> () loc(fused<"meta">["a.mlir":1:1])
  "unk.h"() : () -> () loc(#loc0)
  "unk.i"() : () -> () loc("range.mlir":1:2 to 3:4)
  return loc("ret.mlir":9:9)
} loc("func.mlir":7:7)
