// The file metadata section: only referenced builtin blobs are printed back; external resources all are.
module {
  "x.a"() {a = dense_resource<blob1> : tensor<2xi32>} : () -> ()
}
{-#
  dialect_resources: {
    builtin: {
      blob1: "0x040000000100000002000000",
      unused: "0x0400000003000000"
    }
  },
  external_resources: {
    ext: { k: "v" }
  }
#-}
