// Input for the toy plugins: see README.md next to this file.
func.func @f(%x: i32) -> (i32, i32) {
  %c = "toy.const"() {value = 21 : i32} : () -> i32
  %0 = "toy.double"(%c) : (i32) -> i32
  %1 = "toy.double"(%x) : (i32) -> i32
  return %0, %1 : i32, i32
}
