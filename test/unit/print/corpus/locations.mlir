// Locations of every kind, shared and nested, on ops and block arguments.
#loc = loc("shared.mlir":7:8)
module {
  "x.a"() : () -> () loc("a.mlir":3:4)
  "x.b"() : () -> () loc(fused["a":1:2, "b":3:4])
  "x.c"() : () -> () loc(callsite("f" at "g":1:1))
  "x.d"() : () -> () loc(unknown)
  "x.e"() : () -> () loc("n"("q":1:1))
  "x.f"() : () -> () loc("n")
  "x.g"() : () -> () loc(#loc)
  "x.h"() : () -> () loc(#loc)
  "x.i"() : () -> () loc(fused<"meta">[#loc, "z":9:9])
  "x.j"() : () -> () loc("r":1:2 to :5)
  "x.k"() : () -> () loc("r":1:2 to 3:4)
  "x.l"() {l = loc("attr":1:1)} : () -> ()
  "x.m"() ({
  ^bb0(%a: i32 loc("arg":1:1), %b: i32 loc(#loc)):
    "x.n"(%a) : (i32) -> () loc(callsite(callsite("a" at "b":1:1) at fused["c":2:2, "d":3:3]))
  }) : () -> ()
  func.func @f(%x: i32 loc("fa":1:1)) {
    return loc("fr":2:2)
  } loc("ff":3:3)
}
