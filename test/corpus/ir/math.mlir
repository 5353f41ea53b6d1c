// math: every supported op on scalars, vectors and tensors, with and without fastmath flags.
func.func @math(%x: f32, %y: f32, %z: f32, %d: f64, %h: f16, %i: i32, %v: vector<4xf32>, %t: tensor<?xbf16>, %vi: vector<2xi64>) {
  %0 = math.exp %x : f32
  %1 = math.exp2 %d fastmath<fast> : f64
  %2 = math.log %x : f32
  %3 = math.log2 %h : f16
  %4 = math.log10 %v : vector<4xf32>
  %5 = math.sqrt %x fastmath<afn> : f32
  %6 = math.rsqrt %t : tensor<?xbf16>
  %7 = math.tanh %x : f32
  %8 = math.erf %d : f64
  %9 = math.absf %x : f32
  %10 = math.absi %i : i32
  %11 = math.absi %vi : vector<2xi64>
  %12 = math.powf %x, %y : f32
  %13 = math.powf %v, %v fastmath<nnan,ninf> : vector<4xf32>
  %14 = math.fma %x, %y, %z : f32
  %15 = math.fma %v, %v, %v fastmath<contract> : vector<4xf32>
  %16 = math.sin %x : f32
  %17 = math.cos %d : f64
  %18 = math.ceil %h : f16
  %19 = math.floor %t fastmath<fast> : tensor<?xbf16>
  return
}
