// Nested and named modules, module attributes.
module @outer attributes {unk.attr = 1 : i32} {
  module @inner {
    func.func @f() {
      return
    }
  }
  module {
  }
  func.func private @g() attributes {unk.x} {
    return
  }
}
