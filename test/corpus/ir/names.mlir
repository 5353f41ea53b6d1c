// SSA and symbol names: numbering, custom names, escaped symbols, result groups, shadowing across regions.
func.func @"name with spaces"(%custom: i32) -> i32 {
  %a = "unk.op"(%custom) : (i32) -> i32
  %b:3 = "unk.three"() : () -> (i32, i32, i32)
  %c = "unk.region"(%b#2) ({
    %inner = "unk.op"(%a) : (i32) -> i32
    "unk.yield"(%inner) : (i32) -> ()
  }) : (i32) -> i32
  return %c : i32
}
func.func @"quoted\"name"() {
  return
}
