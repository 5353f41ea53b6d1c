// Programs whose arith and math ops fold under --canonicalize, compared byte for byte with mlir-opt 22.
func.func @int_consts() -> (i32, i32, i32, i32, i32, i32, i32, i32, i8, i8, i1, i1) {
  %a = arith.constant 2147483647 : i32
  %b = arith.constant 1 : i32
  %c = arith.constant -7 : i32
  %d = arith.constant 2 : i32
  %0 = arith.addi %a, %b : i32
  %1 = arith.muli %a, %d : i32
  %2 = arith.divsi %c, %d : i32
  %3 = arith.ceildivsi %c, %d : i32
  %4 = arith.floordivsi %c, %d : i32
  %5 = arith.remsi %c, %d : i32
  %6 = arith.divui %c, %d : i32
  %7 = arith.shrui %c, %d : i32
  %e = arith.constant 200 : i8
  %f = arith.constant 100 : i8
  %8 = arith.addi %e, %f : i8
  %9 = arith.maxui %e, %f : i8
  %10 = arith.cmpi ult, %c, %d : i32
  %11 = arith.cmpi slt, %c, %d : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : i32, i32, i32, i32, i32, i32, i32, i32, i8, i8, i1, i1
}

// -----

func.func @identities(%x: i32, %y: i32, %c: i1) -> (i32, i32, i32, i32, i32, i32, i32, i32, i1, i32) {
  %z = arith.constant 0 : i32
  %o = arith.constant 1 : i32
  %0 = arith.addi %x, %z : i32
  %1 = arith.muli %x, %o : i32
  %2 = arith.muli %x, %z : i32
  %3 = arith.subi %x, %x : i32
  %4 = arith.andi %x, %x : i32
  %5 = arith.ori %x, %x : i32
  %6 = arith.xori %x, %x : i32
  %7 = arith.divsi %x, %o : i32
  %8 = arith.cmpi eq, %x, %x : i32
  %t = arith.constant true
  %9 = arith.select %t, %x, %y : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : i32, i32, i32, i32, i32, i32, i32, i32, i1, i32
}

// -----

func.func @casts() -> (i64, i64, i8, f32, i32, f64, i32, index, f32) {
  %a = arith.constant -1 : i32
  %0 = arith.extsi %a : i32 to i64
  %1 = arith.extui %a : i32 to i64
  %2 = arith.trunci %a : i32 to i8
  %3 = arith.sitofp %a : i32 to f32
  %f = arith.constant 3.75 : f32
  %4 = arith.fptosi %f : f32 to i32
  %5 = arith.extf %f : f32 to f64
  %6 = arith.bitcast %f : f32 to i32
  %7 = arith.index_cast %a : i32 to index
  %8 = arith.uitofp %a : i32 to f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i64, i64, i8, f32, i32, f64, i32, index, f32
}

// -----

func.func @vectors() -> (vector<4xi32>, vector<4xi1>) {
  %a = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  %b = arith.constant dense<3> : vector<4xi32>
  %0 = arith.muli %a, %b : vector<4xi32>
  %1 = arith.cmpi sgt, %a, %b : vector<4xi32>
  return %0, %1 : vector<4xi32>, vector<4xi1>
}

// -----

func.func @math() -> (f32, f64, f32, f32, f32, i32, f32, f32) {
  %a = arith.constant 2.0 : f32
  %d = arith.constant 0.5 : f64
  %m = arith.constant -2.5 : f32
  %i = arith.constant -5 : i32
  %0 = math.exp %a : f32
  %1 = math.sqrt %d : f64
  %2 = math.sqrt %a : f32
  %3 = math.absf %m : f32
  %4 = math.floor %m : f32
  %5 = math.absi %i : i32
  %6 = math.powf %a, %m : f32
  %7 = math.fma %a, %a, %m : f32
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f64, f32, f32, f32, i32, f32, f32
}

// -----

func.func @floats() -> (f32, f32, f32, f64, i1, i1, f32, f32, f32) {
  %a = arith.constant 1.5 : f32
  %b = arith.constant 0.1 : f32
  %n = arith.constant 0x7FC00000 : f32
  %z = arith.constant -0.0 : f32
  %0 = arith.addf %a, %b : f32
  %1 = arith.mulf %a, %b : f32
  %2 = arith.divf %a, %b : f32
  %d = arith.constant 0.1 : f64
  %3 = arith.subf %d, %d : f64
  %4 = arith.cmpf olt, %a, %n : f32
  %5 = arith.cmpf une, %a, %n : f32
  %6 = arith.maximumf %a, %n : f32
  %7 = arith.minimumf %z, %b : f32
  %8 = arith.remf %a, %b : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f32, f32, f32, f64, i1, i1, f32, f32, f32
}

// -----

func.func @no_fold() -> (i32, i32, i32, i32, f32, i8) {
  %a = arith.constant 5 : i32
  %z = arith.constant 0 : i32
  %big = arith.constant 33 : i32
  %min = arith.constant -2147483648 : i32
  %m1 = arith.constant -1 : i32
  %0 = arith.divsi %a, %z : i32
  %1 = arith.shli %a, %big : i32
  %2 = arith.divsi %min, %m1 : i32
  %3 = arith.remui %a, %z : i32
  %d = arith.constant 1.0e300 : f64
  %4 = arith.truncf %d : f64 to f32
  %n = arith.constant 1000.0 : f32
  %5 = arith.fptosi %n : f32 to i8
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, i32, f32, i8
}

// -----

func.func @identities_more(%x: i32, %c: i1, %f: f32, %i: index) -> (i32, i32, i32, i32, i1, f32, f32, i32, index, i32, i32) {
  %z = arith.constant 0 : i32
  %o = arith.constant 1 : i32
  %ones = arith.constant -1 : i32
  %t = arith.constant true
  %fl = arith.constant false
  %0 = arith.ori %x, %ones : i32
  %1 = arith.andi %x, %ones : i32
  %2 = arith.remsi %x, %o : i32
  %3 = arith.shrsi %x, %z : i32
  %4 = arith.select %c, %t, %fl : i1
  %5 = arith.negf %f : f32
  %6 = arith.negf %5 : f32
  %7 = arith.bitcast %f : f32 to i32
  %8 = arith.subi %i, %i : index
  %9 = arith.minui %x, %z : i32
  %10 = arith.maxsi %x, %x : i32
  %n0 = arith.constant 1.0 : f32
  %11 = arith.mulf %6, %n0 : f32
  return %0, %1, %2, %3, %4, %11, %11, %7, %8, %9, %10 : i32, i32, i32, i32, i1, f32, f32, i32, index, i32, i32
}

// -----

func.func @wrap_and_compare() -> (i8, i8, i16, i1, i1, i1, i64, index) {
  %a = arith.constant 127 : i8
  %b = arith.constant -128 : i8
  %0 = arith.subi %b, %a : i8
  %1 = arith.muli %a, %a : i8
  %c = arith.constant -300 : i16
  %s = arith.constant 4 : i16
  %2 = arith.shrsi %c, %s : i16
  %3 = arith.cmpi ugt, %b, %a : i8
  %4 = arith.cmpi sge, %b, %a : i8
  %x = arith.constant 0.0 : f32
  %y = arith.constant -0.0 : f32
  %5 = arith.cmpf oeq, %x, %y : f32
  %l = arith.constant 9223372036854775807 : i64
  %6 = arith.addi %l, %l : i64
  %i = arith.constant 10 : index
  %j = arith.constant 3 : index
  %7 = arith.floordivsi %i, %j : index
  return %0, %1, %2, %3, %4, %5, %6, %7 : i8, i8, i16, i1, i1, i1, i64, index
}

// -----

func.func @f(%x: f32) -> (f32, f32, f32, f32, f32, f32) {
  %ni = arith.constant 0xFF800000 : f32
  %pi = arith.constant 0x7F800000 : f32
  %n = arith.constant 0x7FC00000 : f32
  %0 = arith.maxnumf %x, %ni : f32
  %1 = arith.minnumf %x, %pi : f32
  %2 = arith.maximumf %x, %ni : f32
  %3 = arith.minimumf %x, %pi : f32
  %4 = arith.maxnumf %x, %n : f32
  %5 = arith.maximumf %x, %n : f32
  return %0, %1, %2, %3, %4, %5 : f32, f32, f32, f32, f32, f32
}

// -----

func.func @patterns(%x: i32, %y: i32, %c: i1) -> (i32, i1, i32, i32, i1) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c5 = arith.constant 5 : i32
  %0 = arith.addi %x, %c1 overflow<nsw, nuw> : i32
  %1 = arith.addi %0, %c2 overflow<nsw> : i32
  %2 = arith.cmpi slt, %c1, %x : i32
  %3 = arith.addi %y, %c5 : i32
  %4 = arith.subi %3, %c1 : i32
  %5 = arith.subi %3, %c5 : i32
  %6 = arith.cmpi uge, %c5, %y : i32
  return %1, %2, %4, %5, %6 : i32, i1, i32, i32, i1
}
