// Default dialects: an unregistered op's region resets the prefix that may be dropped.
func.func @f(%a: i32) -> i32 {
  "x.wrap"() ({
    %fn = "x.fn"() : () -> ((i32) -> i32)
    %0 = func.call_indirect %fn(%a) : (i32) -> i32
    "x.term"() : () -> ()
  }) : () -> ()
  %b = builtin.unrealized_conversion_cast %a : i32 to i32
  "x.br"(%b)[^bb1] : (i32) -> ()
^bb1:
  "x.cbr"(%b, %b)[^bb2, ^bb3] : (i32, i32) -> ()
^bb2:
  %r = func.call @f(%b) : (i32) -> i32
  return %r : i32
^bb3:
  return %a : i32
}
builtin.module @inner {
  func.func private @g()
}
"x.top"() ({
  builtin.module {
  }
  %c = builtin.unrealized_conversion_cast to i8
}) : () -> ()
