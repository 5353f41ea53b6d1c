// dlc-translate on every arith op: integers wrap at their width (computed unsigned, viewed signed or
// unsigned as each op says), floats round once per op (f16/bf16 in float), casts with MLIR's semantics.
// RUN: %dlc-translate --mlir-to-cuda %s | %filecheck %s

module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @ints_i32(%a: i32, %b: i32, %o: memref<39xi32>, %p: memref<10xi1>) kernel {
      %addi = arith.addi %a, %b : i32
      %c0 = arith.constant 0 : index
      memref.store %addi, %o[%c0] : memref<39xi32>
      %subi = arith.subi %a, %b : i32
      %c1 = arith.constant 1 : index
      memref.store %subi, %o[%c1] : memref<39xi32>
      %muli = arith.muli %a, %b : i32
      %c2 = arith.constant 2 : index
      memref.store %muli, %o[%c2] : memref<39xi32>
      %divsi = arith.divsi %a, %b : i32
      %c3 = arith.constant 3 : index
      memref.store %divsi, %o[%c3] : memref<39xi32>
      %divui = arith.divui %a, %b : i32
      %c4 = arith.constant 4 : index
      memref.store %divui, %o[%c4] : memref<39xi32>
      %ceildivsi = arith.ceildivsi %a, %b : i32
      %c5 = arith.constant 5 : index
      memref.store %ceildivsi, %o[%c5] : memref<39xi32>
      %ceildivui = arith.ceildivui %a, %b : i32
      %c6 = arith.constant 6 : index
      memref.store %ceildivui, %o[%c6] : memref<39xi32>
      %floordivsi = arith.floordivsi %a, %b : i32
      %c7 = arith.constant 7 : index
      memref.store %floordivsi, %o[%c7] : memref<39xi32>
      %remsi = arith.remsi %a, %b : i32
      %c8 = arith.constant 8 : index
      memref.store %remsi, %o[%c8] : memref<39xi32>
      %remui = arith.remui %a, %b : i32
      %c9 = arith.constant 9 : index
      memref.store %remui, %o[%c9] : memref<39xi32>
      %minsi = arith.minsi %a, %b : i32
      %c10 = arith.constant 10 : index
      memref.store %minsi, %o[%c10] : memref<39xi32>
      %minui = arith.minui %a, %b : i32
      %c11 = arith.constant 11 : index
      memref.store %minui, %o[%c11] : memref<39xi32>
      %maxsi = arith.maxsi %a, %b : i32
      %c12 = arith.constant 12 : index
      memref.store %maxsi, %o[%c12] : memref<39xi32>
      %maxui = arith.maxui %a, %b : i32
      %c13 = arith.constant 13 : index
      memref.store %maxui, %o[%c13] : memref<39xi32>
      %andi = arith.andi %a, %b : i32
      %c14 = arith.constant 14 : index
      memref.store %andi, %o[%c14] : memref<39xi32>
      %ori = arith.ori %a, %b : i32
      %c15 = arith.constant 15 : index
      memref.store %ori, %o[%c15] : memref<39xi32>
      %xori = arith.xori %a, %b : i32
      %c16 = arith.constant 16 : index
      memref.store %xori, %o[%c16] : memref<39xi32>
      %shli = arith.shli %a, %b : i32
      %c17 = arith.constant 17 : index
      memref.store %shli, %o[%c17] : memref<39xi32>
      %shrsi = arith.shrsi %a, %b : i32
      %c18 = arith.constant 18 : index
      memref.store %shrsi, %o[%c18] : memref<39xi32>
      %shrui = arith.shrui %a, %b : i32
      %c19 = arith.constant 19 : index
      memref.store %shrui, %o[%c19] : memref<39xi32>
      %cmp_eq = arith.cmpi eq, %a, %b : i32
      %d0 = arith.constant 0 : index
      memref.store %cmp_eq, %p[%d0] : memref<10xi1>
      %cmp_ne = arith.cmpi ne, %a, %b : i32
      %d1 = arith.constant 1 : index
      memref.store %cmp_ne, %p[%d1] : memref<10xi1>
      %cmp_slt = arith.cmpi slt, %a, %b : i32
      %d2 = arith.constant 2 : index
      memref.store %cmp_slt, %p[%d2] : memref<10xi1>
      %cmp_sle = arith.cmpi sle, %a, %b : i32
      %d3 = arith.constant 3 : index
      memref.store %cmp_sle, %p[%d3] : memref<10xi1>
      %cmp_sgt = arith.cmpi sgt, %a, %b : i32
      %d4 = arith.constant 4 : index
      memref.store %cmp_sgt, %p[%d4] : memref<10xi1>
      %cmp_sge = arith.cmpi sge, %a, %b : i32
      %d5 = arith.constant 5 : index
      memref.store %cmp_sge, %p[%d5] : memref<10xi1>
      %cmp_ult = arith.cmpi ult, %a, %b : i32
      %d6 = arith.constant 6 : index
      memref.store %cmp_ult, %p[%d6] : memref<10xi1>
      %cmp_ule = arith.cmpi ule, %a, %b : i32
      %d7 = arith.constant 7 : index
      memref.store %cmp_ule, %p[%d7] : memref<10xi1>
      %cmp_ugt = arith.cmpi ugt, %a, %b : i32
      %d8 = arith.constant 8 : index
      memref.store %cmp_ugt, %p[%d8] : memref<10xi1>
      %cmp_uge = arith.cmpi uge, %a, %b : i32
      %d9 = arith.constant 9 : index
      memref.store %cmp_uge, %p[%d9] : memref<10xi1>
      %sel = arith.select %cmp_slt, %a, %b : i32
      %s0 = arith.constant 20 : index
      memref.store %sel, %o[%s0] : memref<39xi32>
      gpu.return
    }
    gpu.func @ints_i8(%a: i8, %b: i8, %o: memref<39xi8>, %p: memref<10xi1>) kernel {
      %addi = arith.addi %a, %b : i8
      %c0 = arith.constant 0 : index
      memref.store %addi, %o[%c0] : memref<39xi8>
      %subi = arith.subi %a, %b : i8
      %c1 = arith.constant 1 : index
      memref.store %subi, %o[%c1] : memref<39xi8>
      %muli = arith.muli %a, %b : i8
      %c2 = arith.constant 2 : index
      memref.store %muli, %o[%c2] : memref<39xi8>
      %divsi = arith.divsi %a, %b : i8
      %c3 = arith.constant 3 : index
      memref.store %divsi, %o[%c3] : memref<39xi8>
      %divui = arith.divui %a, %b : i8
      %c4 = arith.constant 4 : index
      memref.store %divui, %o[%c4] : memref<39xi8>
      %ceildivsi = arith.ceildivsi %a, %b : i8
      %c5 = arith.constant 5 : index
      memref.store %ceildivsi, %o[%c5] : memref<39xi8>
      %ceildivui = arith.ceildivui %a, %b : i8
      %c6 = arith.constant 6 : index
      memref.store %ceildivui, %o[%c6] : memref<39xi8>
      %floordivsi = arith.floordivsi %a, %b : i8
      %c7 = arith.constant 7 : index
      memref.store %floordivsi, %o[%c7] : memref<39xi8>
      %remsi = arith.remsi %a, %b : i8
      %c8 = arith.constant 8 : index
      memref.store %remsi, %o[%c8] : memref<39xi8>
      %remui = arith.remui %a, %b : i8
      %c9 = arith.constant 9 : index
      memref.store %remui, %o[%c9] : memref<39xi8>
      %minsi = arith.minsi %a, %b : i8
      %c10 = arith.constant 10 : index
      memref.store %minsi, %o[%c10] : memref<39xi8>
      %minui = arith.minui %a, %b : i8
      %c11 = arith.constant 11 : index
      memref.store %minui, %o[%c11] : memref<39xi8>
      %maxsi = arith.maxsi %a, %b : i8
      %c12 = arith.constant 12 : index
      memref.store %maxsi, %o[%c12] : memref<39xi8>
      %maxui = arith.maxui %a, %b : i8
      %c13 = arith.constant 13 : index
      memref.store %maxui, %o[%c13] : memref<39xi8>
      %andi = arith.andi %a, %b : i8
      %c14 = arith.constant 14 : index
      memref.store %andi, %o[%c14] : memref<39xi8>
      %ori = arith.ori %a, %b : i8
      %c15 = arith.constant 15 : index
      memref.store %ori, %o[%c15] : memref<39xi8>
      %xori = arith.xori %a, %b : i8
      %c16 = arith.constant 16 : index
      memref.store %xori, %o[%c16] : memref<39xi8>
      %shli = arith.shli %a, %b : i8
      %c17 = arith.constant 17 : index
      memref.store %shli, %o[%c17] : memref<39xi8>
      %shrsi = arith.shrsi %a, %b : i8
      %c18 = arith.constant 18 : index
      memref.store %shrsi, %o[%c18] : memref<39xi8>
      %shrui = arith.shrui %a, %b : i8
      %c19 = arith.constant 19 : index
      memref.store %shrui, %o[%c19] : memref<39xi8>
      %cmp_eq = arith.cmpi eq, %a, %b : i8
      %d0 = arith.constant 0 : index
      memref.store %cmp_eq, %p[%d0] : memref<10xi1>
      %cmp_ne = arith.cmpi ne, %a, %b : i8
      %d1 = arith.constant 1 : index
      memref.store %cmp_ne, %p[%d1] : memref<10xi1>
      %cmp_slt = arith.cmpi slt, %a, %b : i8
      %d2 = arith.constant 2 : index
      memref.store %cmp_slt, %p[%d2] : memref<10xi1>
      %cmp_sle = arith.cmpi sle, %a, %b : i8
      %d3 = arith.constant 3 : index
      memref.store %cmp_sle, %p[%d3] : memref<10xi1>
      %cmp_sgt = arith.cmpi sgt, %a, %b : i8
      %d4 = arith.constant 4 : index
      memref.store %cmp_sgt, %p[%d4] : memref<10xi1>
      %cmp_sge = arith.cmpi sge, %a, %b : i8
      %d5 = arith.constant 5 : index
      memref.store %cmp_sge, %p[%d5] : memref<10xi1>
      %cmp_ult = arith.cmpi ult, %a, %b : i8
      %d6 = arith.constant 6 : index
      memref.store %cmp_ult, %p[%d6] : memref<10xi1>
      %cmp_ule = arith.cmpi ule, %a, %b : i8
      %d7 = arith.constant 7 : index
      memref.store %cmp_ule, %p[%d7] : memref<10xi1>
      %cmp_ugt = arith.cmpi ugt, %a, %b : i8
      %d8 = arith.constant 8 : index
      memref.store %cmp_ugt, %p[%d8] : memref<10xi1>
      %cmp_uge = arith.cmpi uge, %a, %b : i8
      %d9 = arith.constant 9 : index
      memref.store %cmp_uge, %p[%d9] : memref<10xi1>
      %sel = arith.select %cmp_slt, %a, %b : i8
      %s0 = arith.constant 20 : index
      memref.store %sel, %o[%s0] : memref<39xi8>
      gpu.return
    }
    gpu.func @ints_i4(%a: i4, %b: i4, %o: memref<39xi4>, %p: memref<10xi1>) kernel {
      %addi = arith.addi %a, %b : i4
      %c0 = arith.constant 0 : index
      memref.store %addi, %o[%c0] : memref<39xi4>
      %subi = arith.subi %a, %b : i4
      %c1 = arith.constant 1 : index
      memref.store %subi, %o[%c1] : memref<39xi4>
      %muli = arith.muli %a, %b : i4
      %c2 = arith.constant 2 : index
      memref.store %muli, %o[%c2] : memref<39xi4>
      %divsi = arith.divsi %a, %b : i4
      %c3 = arith.constant 3 : index
      memref.store %divsi, %o[%c3] : memref<39xi4>
      %divui = arith.divui %a, %b : i4
      %c4 = arith.constant 4 : index
      memref.store %divui, %o[%c4] : memref<39xi4>
      %ceildivsi = arith.ceildivsi %a, %b : i4
      %c5 = arith.constant 5 : index
      memref.store %ceildivsi, %o[%c5] : memref<39xi4>
      %ceildivui = arith.ceildivui %a, %b : i4
      %c6 = arith.constant 6 : index
      memref.store %ceildivui, %o[%c6] : memref<39xi4>
      %floordivsi = arith.floordivsi %a, %b : i4
      %c7 = arith.constant 7 : index
      memref.store %floordivsi, %o[%c7] : memref<39xi4>
      %remsi = arith.remsi %a, %b : i4
      %c8 = arith.constant 8 : index
      memref.store %remsi, %o[%c8] : memref<39xi4>
      %remui = arith.remui %a, %b : i4
      %c9 = arith.constant 9 : index
      memref.store %remui, %o[%c9] : memref<39xi4>
      %minsi = arith.minsi %a, %b : i4
      %c10 = arith.constant 10 : index
      memref.store %minsi, %o[%c10] : memref<39xi4>
      %minui = arith.minui %a, %b : i4
      %c11 = arith.constant 11 : index
      memref.store %minui, %o[%c11] : memref<39xi4>
      %maxsi = arith.maxsi %a, %b : i4
      %c12 = arith.constant 12 : index
      memref.store %maxsi, %o[%c12] : memref<39xi4>
      %maxui = arith.maxui %a, %b : i4
      %c13 = arith.constant 13 : index
      memref.store %maxui, %o[%c13] : memref<39xi4>
      %andi = arith.andi %a, %b : i4
      %c14 = arith.constant 14 : index
      memref.store %andi, %o[%c14] : memref<39xi4>
      %ori = arith.ori %a, %b : i4
      %c15 = arith.constant 15 : index
      memref.store %ori, %o[%c15] : memref<39xi4>
      %xori = arith.xori %a, %b : i4
      %c16 = arith.constant 16 : index
      memref.store %xori, %o[%c16] : memref<39xi4>
      %shli = arith.shli %a, %b : i4
      %c17 = arith.constant 17 : index
      memref.store %shli, %o[%c17] : memref<39xi4>
      %shrsi = arith.shrsi %a, %b : i4
      %c18 = arith.constant 18 : index
      memref.store %shrsi, %o[%c18] : memref<39xi4>
      %shrui = arith.shrui %a, %b : i4
      %c19 = arith.constant 19 : index
      memref.store %shrui, %o[%c19] : memref<39xi4>
      %cmp_eq = arith.cmpi eq, %a, %b : i4
      %d0 = arith.constant 0 : index
      memref.store %cmp_eq, %p[%d0] : memref<10xi1>
      %cmp_ne = arith.cmpi ne, %a, %b : i4
      %d1 = arith.constant 1 : index
      memref.store %cmp_ne, %p[%d1] : memref<10xi1>
      %cmp_slt = arith.cmpi slt, %a, %b : i4
      %d2 = arith.constant 2 : index
      memref.store %cmp_slt, %p[%d2] : memref<10xi1>
      %cmp_sle = arith.cmpi sle, %a, %b : i4
      %d3 = arith.constant 3 : index
      memref.store %cmp_sle, %p[%d3] : memref<10xi1>
      %cmp_sgt = arith.cmpi sgt, %a, %b : i4
      %d4 = arith.constant 4 : index
      memref.store %cmp_sgt, %p[%d4] : memref<10xi1>
      %cmp_sge = arith.cmpi sge, %a, %b : i4
      %d5 = arith.constant 5 : index
      memref.store %cmp_sge, %p[%d5] : memref<10xi1>
      %cmp_ult = arith.cmpi ult, %a, %b : i4
      %d6 = arith.constant 6 : index
      memref.store %cmp_ult, %p[%d6] : memref<10xi1>
      %cmp_ule = arith.cmpi ule, %a, %b : i4
      %d7 = arith.constant 7 : index
      memref.store %cmp_ule, %p[%d7] : memref<10xi1>
      %cmp_ugt = arith.cmpi ugt, %a, %b : i4
      %d8 = arith.constant 8 : index
      memref.store %cmp_ugt, %p[%d8] : memref<10xi1>
      %cmp_uge = arith.cmpi uge, %a, %b : i4
      %d9 = arith.constant 9 : index
      memref.store %cmp_uge, %p[%d9] : memref<10xi1>
      %sel = arith.select %cmp_slt, %a, %b : i4
      %s0 = arith.constant 20 : index
      memref.store %sel, %o[%s0] : memref<39xi4>
      gpu.return
    }
    gpu.func @ints_i1(%a: i1, %b: i1, %o: memref<39xi1>, %p: memref<10xi1>) kernel {
      %addi = arith.addi %a, %b : i1
      %c0 = arith.constant 0 : index
      memref.store %addi, %o[%c0] : memref<39xi1>
      %subi = arith.subi %a, %b : i1
      %c1 = arith.constant 1 : index
      memref.store %subi, %o[%c1] : memref<39xi1>
      %muli = arith.muli %a, %b : i1
      %c2 = arith.constant 2 : index
      memref.store %muli, %o[%c2] : memref<39xi1>
      %divsi = arith.divsi %a, %b : i1
      %c3 = arith.constant 3 : index
      memref.store %divsi, %o[%c3] : memref<39xi1>
      %divui = arith.divui %a, %b : i1
      %c4 = arith.constant 4 : index
      memref.store %divui, %o[%c4] : memref<39xi1>
      %ceildivsi = arith.ceildivsi %a, %b : i1
      %c5 = arith.constant 5 : index
      memref.store %ceildivsi, %o[%c5] : memref<39xi1>
      %ceildivui = arith.ceildivui %a, %b : i1
      %c6 = arith.constant 6 : index
      memref.store %ceildivui, %o[%c6] : memref<39xi1>
      %floordivsi = arith.floordivsi %a, %b : i1
      %c7 = arith.constant 7 : index
      memref.store %floordivsi, %o[%c7] : memref<39xi1>
      %remsi = arith.remsi %a, %b : i1
      %c8 = arith.constant 8 : index
      memref.store %remsi, %o[%c8] : memref<39xi1>
      %remui = arith.remui %a, %b : i1
      %c9 = arith.constant 9 : index
      memref.store %remui, %o[%c9] : memref<39xi1>
      %minsi = arith.minsi %a, %b : i1
      %c10 = arith.constant 10 : index
      memref.store %minsi, %o[%c10] : memref<39xi1>
      %minui = arith.minui %a, %b : i1
      %c11 = arith.constant 11 : index
      memref.store %minui, %o[%c11] : memref<39xi1>
      %maxsi = arith.maxsi %a, %b : i1
      %c12 = arith.constant 12 : index
      memref.store %maxsi, %o[%c12] : memref<39xi1>
      %maxui = arith.maxui %a, %b : i1
      %c13 = arith.constant 13 : index
      memref.store %maxui, %o[%c13] : memref<39xi1>
      %andi = arith.andi %a, %b : i1
      %c14 = arith.constant 14 : index
      memref.store %andi, %o[%c14] : memref<39xi1>
      %ori = arith.ori %a, %b : i1
      %c15 = arith.constant 15 : index
      memref.store %ori, %o[%c15] : memref<39xi1>
      %xori = arith.xori %a, %b : i1
      %c16 = arith.constant 16 : index
      memref.store %xori, %o[%c16] : memref<39xi1>
      %shli = arith.shli %a, %b : i1
      %c17 = arith.constant 17 : index
      memref.store %shli, %o[%c17] : memref<39xi1>
      %shrsi = arith.shrsi %a, %b : i1
      %c18 = arith.constant 18 : index
      memref.store %shrsi, %o[%c18] : memref<39xi1>
      %shrui = arith.shrui %a, %b : i1
      %c19 = arith.constant 19 : index
      memref.store %shrui, %o[%c19] : memref<39xi1>
      %cmp_eq = arith.cmpi eq, %a, %b : i1
      %d0 = arith.constant 0 : index
      memref.store %cmp_eq, %p[%d0] : memref<10xi1>
      %cmp_ne = arith.cmpi ne, %a, %b : i1
      %d1 = arith.constant 1 : index
      memref.store %cmp_ne, %p[%d1] : memref<10xi1>
      %cmp_slt = arith.cmpi slt, %a, %b : i1
      %d2 = arith.constant 2 : index
      memref.store %cmp_slt, %p[%d2] : memref<10xi1>
      %cmp_sle = arith.cmpi sle, %a, %b : i1
      %d3 = arith.constant 3 : index
      memref.store %cmp_sle, %p[%d3] : memref<10xi1>
      %cmp_sgt = arith.cmpi sgt, %a, %b : i1
      %d4 = arith.constant 4 : index
      memref.store %cmp_sgt, %p[%d4] : memref<10xi1>
      %cmp_sge = arith.cmpi sge, %a, %b : i1
      %d5 = arith.constant 5 : index
      memref.store %cmp_sge, %p[%d5] : memref<10xi1>
      %cmp_ult = arith.cmpi ult, %a, %b : i1
      %d6 = arith.constant 6 : index
      memref.store %cmp_ult, %p[%d6] : memref<10xi1>
      %cmp_ule = arith.cmpi ule, %a, %b : i1
      %d7 = arith.constant 7 : index
      memref.store %cmp_ule, %p[%d7] : memref<10xi1>
      %cmp_ugt = arith.cmpi ugt, %a, %b : i1
      %d8 = arith.constant 8 : index
      memref.store %cmp_ugt, %p[%d8] : memref<10xi1>
      %cmp_uge = arith.cmpi uge, %a, %b : i1
      %d9 = arith.constant 9 : index
      memref.store %cmp_uge, %p[%d9] : memref<10xi1>
      %sel = arith.select %cmp_slt, %a, %b : i1
      %s0 = arith.constant 20 : index
      memref.store %sel, %o[%s0] : memref<39xi1>
      gpu.return
    }
    gpu.func @ints_index(%a: index, %b: index, %o: memref<39xindex>, %p: memref<10xi1>) kernel {
      %addi = arith.addi %a, %b : index
      %c0 = arith.constant 0 : index
      memref.store %addi, %o[%c0] : memref<39xindex>
      %subi = arith.subi %a, %b : index
      %c1 = arith.constant 1 : index
      memref.store %subi, %o[%c1] : memref<39xindex>
      %muli = arith.muli %a, %b : index
      %c2 = arith.constant 2 : index
      memref.store %muli, %o[%c2] : memref<39xindex>
      %divsi = arith.divsi %a, %b : index
      %c3 = arith.constant 3 : index
      memref.store %divsi, %o[%c3] : memref<39xindex>
      %divui = arith.divui %a, %b : index
      %c4 = arith.constant 4 : index
      memref.store %divui, %o[%c4] : memref<39xindex>
      %ceildivsi = arith.ceildivsi %a, %b : index
      %c5 = arith.constant 5 : index
      memref.store %ceildivsi, %o[%c5] : memref<39xindex>
      %ceildivui = arith.ceildivui %a, %b : index
      %c6 = arith.constant 6 : index
      memref.store %ceildivui, %o[%c6] : memref<39xindex>
      %floordivsi = arith.floordivsi %a, %b : index
      %c7 = arith.constant 7 : index
      memref.store %floordivsi, %o[%c7] : memref<39xindex>
      %remsi = arith.remsi %a, %b : index
      %c8 = arith.constant 8 : index
      memref.store %remsi, %o[%c8] : memref<39xindex>
      %remui = arith.remui %a, %b : index
      %c9 = arith.constant 9 : index
      memref.store %remui, %o[%c9] : memref<39xindex>
      %minsi = arith.minsi %a, %b : index
      %c10 = arith.constant 10 : index
      memref.store %minsi, %o[%c10] : memref<39xindex>
      %minui = arith.minui %a, %b : index
      %c11 = arith.constant 11 : index
      memref.store %minui, %o[%c11] : memref<39xindex>
      %maxsi = arith.maxsi %a, %b : index
      %c12 = arith.constant 12 : index
      memref.store %maxsi, %o[%c12] : memref<39xindex>
      %maxui = arith.maxui %a, %b : index
      %c13 = arith.constant 13 : index
      memref.store %maxui, %o[%c13] : memref<39xindex>
      %andi = arith.andi %a, %b : index
      %c14 = arith.constant 14 : index
      memref.store %andi, %o[%c14] : memref<39xindex>
      %ori = arith.ori %a, %b : index
      %c15 = arith.constant 15 : index
      memref.store %ori, %o[%c15] : memref<39xindex>
      %xori = arith.xori %a, %b : index
      %c16 = arith.constant 16 : index
      memref.store %xori, %o[%c16] : memref<39xindex>
      %shli = arith.shli %a, %b : index
      %c17 = arith.constant 17 : index
      memref.store %shli, %o[%c17] : memref<39xindex>
      %shrsi = arith.shrsi %a, %b : index
      %c18 = arith.constant 18 : index
      memref.store %shrsi, %o[%c18] : memref<39xindex>
      %shrui = arith.shrui %a, %b : index
      %c19 = arith.constant 19 : index
      memref.store %shrui, %o[%c19] : memref<39xindex>
      %cmp_eq = arith.cmpi eq, %a, %b : index
      %d0 = arith.constant 0 : index
      memref.store %cmp_eq, %p[%d0] : memref<10xi1>
      %cmp_ne = arith.cmpi ne, %a, %b : index
      %d1 = arith.constant 1 : index
      memref.store %cmp_ne, %p[%d1] : memref<10xi1>
      %cmp_slt = arith.cmpi slt, %a, %b : index
      %d2 = arith.constant 2 : index
      memref.store %cmp_slt, %p[%d2] : memref<10xi1>
      %cmp_sle = arith.cmpi sle, %a, %b : index
      %d3 = arith.constant 3 : index
      memref.store %cmp_sle, %p[%d3] : memref<10xi1>
      %cmp_sgt = arith.cmpi sgt, %a, %b : index
      %d4 = arith.constant 4 : index
      memref.store %cmp_sgt, %p[%d4] : memref<10xi1>
      %cmp_sge = arith.cmpi sge, %a, %b : index
      %d5 = arith.constant 5 : index
      memref.store %cmp_sge, %p[%d5] : memref<10xi1>
      %cmp_ult = arith.cmpi ult, %a, %b : index
      %d6 = arith.constant 6 : index
      memref.store %cmp_ult, %p[%d6] : memref<10xi1>
      %cmp_ule = arith.cmpi ule, %a, %b : index
      %d7 = arith.constant 7 : index
      memref.store %cmp_ule, %p[%d7] : memref<10xi1>
      %cmp_ugt = arith.cmpi ugt, %a, %b : index
      %d8 = arith.constant 8 : index
      memref.store %cmp_ugt, %p[%d8] : memref<10xi1>
      %cmp_uge = arith.cmpi uge, %a, %b : index
      %d9 = arith.constant 9 : index
      memref.store %cmp_uge, %p[%d9] : memref<10xi1>
      %sel = arith.select %cmp_slt, %a, %b : index
      %s0 = arith.constant 20 : index
      memref.store %sel, %o[%s0] : memref<39xindex>
      gpu.return
    }
    gpu.func @floats_f32(%a: f32, %b: f32, %o: memref<11xf32>, %p: memref<16xi1>) kernel {
      %addf = arith.addf %a, %b : f32
      %c0 = arith.constant 0 : index
      memref.store %addf, %o[%c0] : memref<11xf32>
      %subf = arith.subf %a, %b : f32
      %c1 = arith.constant 1 : index
      memref.store %subf, %o[%c1] : memref<11xf32>
      %mulf = arith.mulf %a, %b : f32
      %c2 = arith.constant 2 : index
      memref.store %mulf, %o[%c2] : memref<11xf32>
      %divf = arith.divf %a, %b : f32
      %c3 = arith.constant 3 : index
      memref.store %divf, %o[%c3] : memref<11xf32>
      %remf = arith.remf %a, %b : f32
      %c4 = arith.constant 4 : index
      memref.store %remf, %o[%c4] : memref<11xf32>
      %minimumf = arith.minimumf %a, %b : f32
      %c5 = arith.constant 5 : index
      memref.store %minimumf, %o[%c5] : memref<11xf32>
      %maximumf = arith.maximumf %a, %b : f32
      %c6 = arith.constant 6 : index
      memref.store %maximumf, %o[%c6] : memref<11xf32>
      %minnumf = arith.minnumf %a, %b : f32
      %c7 = arith.constant 7 : index
      memref.store %minnumf, %o[%c7] : memref<11xf32>
      %maxnumf = arith.maxnumf %a, %b : f32
      %c8 = arith.constant 8 : index
      memref.store %maxnumf, %o[%c8] : memref<11xf32>
      %negf = arith.negf %a : f32
      %c9 = arith.constant 9 : index
      memref.store %negf, %o[%c9] : memref<11xf32>
      %fm = arith.mulf %a, %b fastmath<contract> : f32
      %c10 = arith.constant 10 : index
      memref.store %fm, %o[%c10] : memref<11xf32>
      %cmp_false = arith.cmpf false, %a, %b : f32
      %d0 = arith.constant 0 : index
      memref.store %cmp_false, %p[%d0] : memref<16xi1>
      %cmp_oeq = arith.cmpf oeq, %a, %b : f32
      %d1 = arith.constant 1 : index
      memref.store %cmp_oeq, %p[%d1] : memref<16xi1>
      %cmp_ogt = arith.cmpf ogt, %a, %b : f32
      %d2 = arith.constant 2 : index
      memref.store %cmp_ogt, %p[%d2] : memref<16xi1>
      %cmp_oge = arith.cmpf oge, %a, %b : f32
      %d3 = arith.constant 3 : index
      memref.store %cmp_oge, %p[%d3] : memref<16xi1>
      %cmp_olt = arith.cmpf olt, %a, %b : f32
      %d4 = arith.constant 4 : index
      memref.store %cmp_olt, %p[%d4] : memref<16xi1>
      %cmp_ole = arith.cmpf ole, %a, %b : f32
      %d5 = arith.constant 5 : index
      memref.store %cmp_ole, %p[%d5] : memref<16xi1>
      %cmp_one = arith.cmpf one, %a, %b : f32
      %d6 = arith.constant 6 : index
      memref.store %cmp_one, %p[%d6] : memref<16xi1>
      %cmp_ord = arith.cmpf ord, %a, %b : f32
      %d7 = arith.constant 7 : index
      memref.store %cmp_ord, %p[%d7] : memref<16xi1>
      %cmp_ueq = arith.cmpf ueq, %a, %b : f32
      %d8 = arith.constant 8 : index
      memref.store %cmp_ueq, %p[%d8] : memref<16xi1>
      %cmp_ugt = arith.cmpf ugt, %a, %b : f32
      %d9 = arith.constant 9 : index
      memref.store %cmp_ugt, %p[%d9] : memref<16xi1>
      %cmp_uge = arith.cmpf uge, %a, %b : f32
      %d10 = arith.constant 10 : index
      memref.store %cmp_uge, %p[%d10] : memref<16xi1>
      %cmp_ult = arith.cmpf ult, %a, %b : f32
      %d11 = arith.constant 11 : index
      memref.store %cmp_ult, %p[%d11] : memref<16xi1>
      %cmp_ule = arith.cmpf ule, %a, %b : f32
      %d12 = arith.constant 12 : index
      memref.store %cmp_ule, %p[%d12] : memref<16xi1>
      %cmp_une = arith.cmpf une, %a, %b : f32
      %d13 = arith.constant 13 : index
      memref.store %cmp_une, %p[%d13] : memref<16xi1>
      %cmp_uno = arith.cmpf uno, %a, %b : f32
      %d14 = arith.constant 14 : index
      memref.store %cmp_uno, %p[%d14] : memref<16xi1>
      %cmp_true = arith.cmpf true, %a, %b : f32
      %d15 = arith.constant 15 : index
      memref.store %cmp_true, %p[%d15] : memref<16xi1>
      gpu.return
    }
    gpu.func @floats_f16(%a: f16, %b: f16, %o: memref<11xf16>, %p: memref<16xi1>) kernel {
      %addf = arith.addf %a, %b : f16
      %c0 = arith.constant 0 : index
      memref.store %addf, %o[%c0] : memref<11xf16>
      %subf = arith.subf %a, %b : f16
      %c1 = arith.constant 1 : index
      memref.store %subf, %o[%c1] : memref<11xf16>
      %mulf = arith.mulf %a, %b : f16
      %c2 = arith.constant 2 : index
      memref.store %mulf, %o[%c2] : memref<11xf16>
      %divf = arith.divf %a, %b : f16
      %c3 = arith.constant 3 : index
      memref.store %divf, %o[%c3] : memref<11xf16>
      %remf = arith.remf %a, %b : f16
      %c4 = arith.constant 4 : index
      memref.store %remf, %o[%c4] : memref<11xf16>
      %minimumf = arith.minimumf %a, %b : f16
      %c5 = arith.constant 5 : index
      memref.store %minimumf, %o[%c5] : memref<11xf16>
      %maximumf = arith.maximumf %a, %b : f16
      %c6 = arith.constant 6 : index
      memref.store %maximumf, %o[%c6] : memref<11xf16>
      %minnumf = arith.minnumf %a, %b : f16
      %c7 = arith.constant 7 : index
      memref.store %minnumf, %o[%c7] : memref<11xf16>
      %maxnumf = arith.maxnumf %a, %b : f16
      %c8 = arith.constant 8 : index
      memref.store %maxnumf, %o[%c8] : memref<11xf16>
      %negf = arith.negf %a : f16
      %c9 = arith.constant 9 : index
      memref.store %negf, %o[%c9] : memref<11xf16>
      %fm = arith.mulf %a, %b fastmath<contract> : f16
      %c10 = arith.constant 10 : index
      memref.store %fm, %o[%c10] : memref<11xf16>
      %cmp_false = arith.cmpf false, %a, %b : f16
      %d0 = arith.constant 0 : index
      memref.store %cmp_false, %p[%d0] : memref<16xi1>
      %cmp_oeq = arith.cmpf oeq, %a, %b : f16
      %d1 = arith.constant 1 : index
      memref.store %cmp_oeq, %p[%d1] : memref<16xi1>
      %cmp_ogt = arith.cmpf ogt, %a, %b : f16
      %d2 = arith.constant 2 : index
      memref.store %cmp_ogt, %p[%d2] : memref<16xi1>
      %cmp_oge = arith.cmpf oge, %a, %b : f16
      %d3 = arith.constant 3 : index
      memref.store %cmp_oge, %p[%d3] : memref<16xi1>
      %cmp_olt = arith.cmpf olt, %a, %b : f16
      %d4 = arith.constant 4 : index
      memref.store %cmp_olt, %p[%d4] : memref<16xi1>
      %cmp_ole = arith.cmpf ole, %a, %b : f16
      %d5 = arith.constant 5 : index
      memref.store %cmp_ole, %p[%d5] : memref<16xi1>
      %cmp_one = arith.cmpf one, %a, %b : f16
      %d6 = arith.constant 6 : index
      memref.store %cmp_one, %p[%d6] : memref<16xi1>
      %cmp_ord = arith.cmpf ord, %a, %b : f16
      %d7 = arith.constant 7 : index
      memref.store %cmp_ord, %p[%d7] : memref<16xi1>
      %cmp_ueq = arith.cmpf ueq, %a, %b : f16
      %d8 = arith.constant 8 : index
      memref.store %cmp_ueq, %p[%d8] : memref<16xi1>
      %cmp_ugt = arith.cmpf ugt, %a, %b : f16
      %d9 = arith.constant 9 : index
      memref.store %cmp_ugt, %p[%d9] : memref<16xi1>
      %cmp_uge = arith.cmpf uge, %a, %b : f16
      %d10 = arith.constant 10 : index
      memref.store %cmp_uge, %p[%d10] : memref<16xi1>
      %cmp_ult = arith.cmpf ult, %a, %b : f16
      %d11 = arith.constant 11 : index
      memref.store %cmp_ult, %p[%d11] : memref<16xi1>
      %cmp_ule = arith.cmpf ule, %a, %b : f16
      %d12 = arith.constant 12 : index
      memref.store %cmp_ule, %p[%d12] : memref<16xi1>
      %cmp_une = arith.cmpf une, %a, %b : f16
      %d13 = arith.constant 13 : index
      memref.store %cmp_une, %p[%d13] : memref<16xi1>
      %cmp_uno = arith.cmpf uno, %a, %b : f16
      %d14 = arith.constant 14 : index
      memref.store %cmp_uno, %p[%d14] : memref<16xi1>
      %cmp_true = arith.cmpf true, %a, %b : f16
      %d15 = arith.constant 15 : index
      memref.store %cmp_true, %p[%d15] : memref<16xi1>
      gpu.return
    }
    gpu.func @floats_bf16(%a: bf16, %b: bf16, %o: memref<11xbf16>, %p: memref<16xi1>) kernel {
      %addf = arith.addf %a, %b : bf16
      %c0 = arith.constant 0 : index
      memref.store %addf, %o[%c0] : memref<11xbf16>
      %subf = arith.subf %a, %b : bf16
      %c1 = arith.constant 1 : index
      memref.store %subf, %o[%c1] : memref<11xbf16>
      %mulf = arith.mulf %a, %b : bf16
      %c2 = arith.constant 2 : index
      memref.store %mulf, %o[%c2] : memref<11xbf16>
      %divf = arith.divf %a, %b : bf16
      %c3 = arith.constant 3 : index
      memref.store %divf, %o[%c3] : memref<11xbf16>
      %remf = arith.remf %a, %b : bf16
      %c4 = arith.constant 4 : index
      memref.store %remf, %o[%c4] : memref<11xbf16>
      %minimumf = arith.minimumf %a, %b : bf16
      %c5 = arith.constant 5 : index
      memref.store %minimumf, %o[%c5] : memref<11xbf16>
      %maximumf = arith.maximumf %a, %b : bf16
      %c6 = arith.constant 6 : index
      memref.store %maximumf, %o[%c6] : memref<11xbf16>
      %minnumf = arith.minnumf %a, %b : bf16
      %c7 = arith.constant 7 : index
      memref.store %minnumf, %o[%c7] : memref<11xbf16>
      %maxnumf = arith.maxnumf %a, %b : bf16
      %c8 = arith.constant 8 : index
      memref.store %maxnumf, %o[%c8] : memref<11xbf16>
      %negf = arith.negf %a : bf16
      %c9 = arith.constant 9 : index
      memref.store %negf, %o[%c9] : memref<11xbf16>
      %fm = arith.mulf %a, %b fastmath<contract> : bf16
      %c10 = arith.constant 10 : index
      memref.store %fm, %o[%c10] : memref<11xbf16>
      %cmp_false = arith.cmpf false, %a, %b : bf16
      %d0 = arith.constant 0 : index
      memref.store %cmp_false, %p[%d0] : memref<16xi1>
      %cmp_oeq = arith.cmpf oeq, %a, %b : bf16
      %d1 = arith.constant 1 : index
      memref.store %cmp_oeq, %p[%d1] : memref<16xi1>
      %cmp_ogt = arith.cmpf ogt, %a, %b : bf16
      %d2 = arith.constant 2 : index
      memref.store %cmp_ogt, %p[%d2] : memref<16xi1>
      %cmp_oge = arith.cmpf oge, %a, %b : bf16
      %d3 = arith.constant 3 : index
      memref.store %cmp_oge, %p[%d3] : memref<16xi1>
      %cmp_olt = arith.cmpf olt, %a, %b : bf16
      %d4 = arith.constant 4 : index
      memref.store %cmp_olt, %p[%d4] : memref<16xi1>
      %cmp_ole = arith.cmpf ole, %a, %b : bf16
      %d5 = arith.constant 5 : index
      memref.store %cmp_ole, %p[%d5] : memref<16xi1>
      %cmp_one = arith.cmpf one, %a, %b : bf16
      %d6 = arith.constant 6 : index
      memref.store %cmp_one, %p[%d6] : memref<16xi1>
      %cmp_ord = arith.cmpf ord, %a, %b : bf16
      %d7 = arith.constant 7 : index
      memref.store %cmp_ord, %p[%d7] : memref<16xi1>
      %cmp_ueq = arith.cmpf ueq, %a, %b : bf16
      %d8 = arith.constant 8 : index
      memref.store %cmp_ueq, %p[%d8] : memref<16xi1>
      %cmp_ugt = arith.cmpf ugt, %a, %b : bf16
      %d9 = arith.constant 9 : index
      memref.store %cmp_ugt, %p[%d9] : memref<16xi1>
      %cmp_uge = arith.cmpf uge, %a, %b : bf16
      %d10 = arith.constant 10 : index
      memref.store %cmp_uge, %p[%d10] : memref<16xi1>
      %cmp_ult = arith.cmpf ult, %a, %b : bf16
      %d11 = arith.constant 11 : index
      memref.store %cmp_ult, %p[%d11] : memref<16xi1>
      %cmp_ule = arith.cmpf ule, %a, %b : bf16
      %d12 = arith.constant 12 : index
      memref.store %cmp_ule, %p[%d12] : memref<16xi1>
      %cmp_une = arith.cmpf une, %a, %b : bf16
      %d13 = arith.constant 13 : index
      memref.store %cmp_une, %p[%d13] : memref<16xi1>
      %cmp_uno = arith.cmpf uno, %a, %b : bf16
      %d14 = arith.constant 14 : index
      memref.store %cmp_uno, %p[%d14] : memref<16xi1>
      %cmp_true = arith.cmpf true, %a, %b : bf16
      %d15 = arith.constant 15 : index
      memref.store %cmp_true, %p[%d15] : memref<16xi1>
      gpu.return
    }
    gpu.func @floats_f64(%a: f64, %b: f64, %o: memref<11xf64>, %p: memref<16xi1>) kernel {
      %addf = arith.addf %a, %b : f64
      %c0 = arith.constant 0 : index
      memref.store %addf, %o[%c0] : memref<11xf64>
      %subf = arith.subf %a, %b : f64
      %c1 = arith.constant 1 : index
      memref.store %subf, %o[%c1] : memref<11xf64>
      %mulf = arith.mulf %a, %b : f64
      %c2 = arith.constant 2 : index
      memref.store %mulf, %o[%c2] : memref<11xf64>
      %divf = arith.divf %a, %b : f64
      %c3 = arith.constant 3 : index
      memref.store %divf, %o[%c3] : memref<11xf64>
      %remf = arith.remf %a, %b : f64
      %c4 = arith.constant 4 : index
      memref.store %remf, %o[%c4] : memref<11xf64>
      %minimumf = arith.minimumf %a, %b : f64
      %c5 = arith.constant 5 : index
      memref.store %minimumf, %o[%c5] : memref<11xf64>
      %maximumf = arith.maximumf %a, %b : f64
      %c6 = arith.constant 6 : index
      memref.store %maximumf, %o[%c6] : memref<11xf64>
      %minnumf = arith.minnumf %a, %b : f64
      %c7 = arith.constant 7 : index
      memref.store %minnumf, %o[%c7] : memref<11xf64>
      %maxnumf = arith.maxnumf %a, %b : f64
      %c8 = arith.constant 8 : index
      memref.store %maxnumf, %o[%c8] : memref<11xf64>
      %negf = arith.negf %a : f64
      %c9 = arith.constant 9 : index
      memref.store %negf, %o[%c9] : memref<11xf64>
      %fm = arith.mulf %a, %b fastmath<contract> : f64
      %c10 = arith.constant 10 : index
      memref.store %fm, %o[%c10] : memref<11xf64>
      %cmp_false = arith.cmpf false, %a, %b : f64
      %d0 = arith.constant 0 : index
      memref.store %cmp_false, %p[%d0] : memref<16xi1>
      %cmp_oeq = arith.cmpf oeq, %a, %b : f64
      %d1 = arith.constant 1 : index
      memref.store %cmp_oeq, %p[%d1] : memref<16xi1>
      %cmp_ogt = arith.cmpf ogt, %a, %b : f64
      %d2 = arith.constant 2 : index
      memref.store %cmp_ogt, %p[%d2] : memref<16xi1>
      %cmp_oge = arith.cmpf oge, %a, %b : f64
      %d3 = arith.constant 3 : index
      memref.store %cmp_oge, %p[%d3] : memref<16xi1>
      %cmp_olt = arith.cmpf olt, %a, %b : f64
      %d4 = arith.constant 4 : index
      memref.store %cmp_olt, %p[%d4] : memref<16xi1>
      %cmp_ole = arith.cmpf ole, %a, %b : f64
      %d5 = arith.constant 5 : index
      memref.store %cmp_ole, %p[%d5] : memref<16xi1>
      %cmp_one = arith.cmpf one, %a, %b : f64
      %d6 = arith.constant 6 : index
      memref.store %cmp_one, %p[%d6] : memref<16xi1>
      %cmp_ord = arith.cmpf ord, %a, %b : f64
      %d7 = arith.constant 7 : index
      memref.store %cmp_ord, %p[%d7] : memref<16xi1>
      %cmp_ueq = arith.cmpf ueq, %a, %b : f64
      %d8 = arith.constant 8 : index
      memref.store %cmp_ueq, %p[%d8] : memref<16xi1>
      %cmp_ugt = arith.cmpf ugt, %a, %b : f64
      %d9 = arith.constant 9 : index
      memref.store %cmp_ugt, %p[%d9] : memref<16xi1>
      %cmp_uge = arith.cmpf uge, %a, %b : f64
      %d10 = arith.constant 10 : index
      memref.store %cmp_uge, %p[%d10] : memref<16xi1>
      %cmp_ult = arith.cmpf ult, %a, %b : f64
      %d11 = arith.constant 11 : index
      memref.store %cmp_ult, %p[%d11] : memref<16xi1>
      %cmp_ule = arith.cmpf ule, %a, %b : f64
      %d12 = arith.constant 12 : index
      memref.store %cmp_ule, %p[%d12] : memref<16xi1>
      %cmp_une = arith.cmpf une, %a, %b : f64
      %d13 = arith.constant 13 : index
      memref.store %cmp_une, %p[%d13] : memref<16xi1>
      %cmp_uno = arith.cmpf uno, %a, %b : f64
      %d14 = arith.constant 14 : index
      memref.store %cmp_uno, %p[%d14] : memref<16xi1>
      %cmp_true = arith.cmpf true, %a, %b : f64
      %d15 = arith.constant 15 : index
      memref.store %cmp_true, %p[%d15] : memref<16xi1>
      gpu.return
    }
    gpu.func @casts(%i8: i8, %i32: i32, %i64: i64, %i1: i1, %idx: index, %f16: f16, %bf16: bf16, %f32: f32, %f64: f64,
                    %oi: memref<16xi64>, %of: memref<16xf64>, %oh: memref<4xf16>, %ob: memref<4xbf16>, %o32: memref<8xf32>, %oi32: memref<8xi32>) kernel {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c2 = arith.constant 2 : index
      %c3 = arith.constant 3 : index
      %c4 = arith.constant 4 : index
      %c5 = arith.constant 5 : index
      %c6 = arith.constant 6 : index
      %c7 = arith.constant 7 : index
      %extsi = arith.extsi %i8 : i8 to i64
      memref.store %extsi, %oi[%c0] : memref<16xi64>
      %extui = arith.extui %i8 : i8 to i64
      memref.store %extui, %oi[%c1] : memref<16xi64>
      %extsi1 = arith.extsi %i1 : i1 to i64
      memref.store %extsi1, %oi[%c2] : memref<16xi64>
      %extui1 = arith.extui %i1 : i1 to i64
      memref.store %extui1, %oi[%c3] : memref<16xi64>
      %trunci = arith.trunci %i64 : i64 to i32
      memref.store %trunci, %oi32[%c0] : memref<8xi32>
      %index_cast = arith.index_cast %i32 : i32 to index
      %ic = arith.index_cast %index_cast : index to i64
      memref.store %ic, %oi[%c4] : memref<16xi64>
      %index_castui = arith.index_castui %i32 : i32 to index
      %icu = arith.index_castui %index_castui : index to i64
      memref.store %icu, %oi[%c5] : memref<16xi64>
      %fptosi = arith.fptosi %f32 : f32 to i64
      memref.store %fptosi, %oi[%c6] : memref<16xi64>
      %fptoui = arith.fptoui %f16 : f16 to i32
      memref.store %fptoui, %oi32[%c1] : memref<8xi32>
      %sitofp = arith.sitofp %i32 : i32 to f64
      memref.store %sitofp, %of[%c0] : memref<16xf64>
      %uitofp = arith.uitofp %i32 : i32 to f64
      memref.store %uitofp, %of[%c1] : memref<16xf64>
      %sitofp16 = arith.sitofp %i64 : i64 to f16
      memref.store %sitofp16, %oh[%c0] : memref<4xf16>
      %uitofpb = arith.uitofp %i8 : i8 to bf16
      memref.store %uitofpb, %ob[%c0] : memref<4xbf16>
      %extf = arith.extf %f16 : f16 to f64
      memref.store %extf, %of[%c2] : memref<16xf64>
      %extfb = arith.extf %bf16 : bf16 to f32
      memref.store %extfb, %o32[%c0] : memref<8xf32>
      %truncf = arith.truncf %f64 : f64 to f16
      memref.store %truncf, %oh[%c1] : memref<4xf16>
      %truncfb = arith.truncf %f32 : f32 to bf16
      memref.store %truncfb, %ob[%c1] : memref<4xbf16>
      %truncf32 = arith.truncf %f64 : f64 to f32
      memref.store %truncf32, %o32[%c1] : memref<8xf32>
      %bitcast = arith.bitcast %f32 : f32 to i32
      memref.store %bitcast, %oi32[%c2] : memref<8xi32>
      %bitcastb = arith.bitcast %i32 : i32 to f32
      memref.store %bitcastb, %o32[%c2] : memref<8xf32>
      %bitcasth = arith.bitcast %f16 : f16 to i16
      %bh = arith.extui %bitcasth : i16 to i32
      memref.store %bh, %oi32[%c3] : memref<8xi32>
      %bitcastd = arith.bitcast %i64 : i64 to f64
      memref.store %bitcastd, %of[%c3] : memref<16xf64>
      %cf = arith.constant 0.1 : f32
      memref.store %cf, %o32[%c3] : memref<8xf32>
      %cinf = arith.constant 0x7F800000 : f32
      memref.store %cinf, %o32[%c4] : memref<8xf32>
      %cneg0 = arith.constant -0.0 : f32
      memref.store %cneg0, %o32[%c5] : memref<8xf32>
      %ch = arith.constant 1.5 : f16
      memref.store %ch, %oh[%c2] : memref<4xf16>
      %cb = arith.constant 0.1 : bf16
      memref.store %cb, %ob[%c2] : memref<4xbf16>
      %cd = arith.constant 0.1 : f64
      memref.store %cd, %of[%c4] : memref<16xf64>
      %cmin = arith.constant -9223372036854775808 : i64
      memref.store %cmin, %oi[%c7] : memref<16xi64>
      %cbig = arith.constant 4294967296 : i64
      memref.store %cbig, %oi[%c7] : memref<16xi64>
      %cmin32 = arith.constant -2147483648 : i32
      memref.store %cmin32, %oi32[%c4] : memref<8xi32>
      gpu.return
    }
  }
}

// CHECK-LABEL: extern "C" __global__ void ints_i32(int32_t arg0, int32_t arg1, int32_t* arg2, bool* arg3) {
// CHECK: const int32_t v0 = (int32_t)((uint32_t)arg0 + (uint32_t)arg1);
// CHECK: const int32_t v2 = (int32_t)((uint32_t)arg0 - (uint32_t)arg1);
// CHECK: const int32_t v4 = (int32_t)((uint32_t)arg0 * (uint32_t)arg1);
// CHECK: const int32_t v6 = (int32_t)((int32_t)arg0 / (int32_t)arg1);
// CHECK: const int32_t v8 = (int32_t)((uint32_t)arg0 / (uint32_t)arg1);
// CHECK: const int32_t v10 = (int32_t)(dlc::ceildivsi((int32_t)arg0, (int32_t)arg1));
// CHECK: const int32_t v12 = (int32_t)(dlc::ceildivui((uint32_t)arg0, (uint32_t)arg1));
// CHECK: const int32_t v14 = (int32_t)(dlc::floordivsi((int32_t)arg0, (int32_t)arg1));
// CHECK: const int32_t v16 = (int32_t)((int32_t)arg0 % (int32_t)arg1);
// CHECK: const int32_t v18 = (int32_t)((uint32_t)arg0 % (uint32_t)arg1);
// CHECK: const int32_t v20 = (int32_t)arg0 < (int32_t)arg1 ? arg0 : arg1;
// CHECK: const int32_t v22 = (uint32_t)arg0 < (uint32_t)arg1 ? arg0 : arg1;
// CHECK: const int32_t v24 = (int32_t)arg0 > (int32_t)arg1 ? arg0 : arg1;
// CHECK: const int32_t v26 = (uint32_t)arg0 > (uint32_t)arg1 ? arg0 : arg1;
// CHECK: const int32_t v28 = (int32_t)((uint32_t)arg0 & (uint32_t)arg1);
// CHECK: const int32_t v30 = (int32_t)((uint32_t)arg0 | (uint32_t)arg1);
// CHECK: const int32_t v32 = (int32_t)((uint32_t)arg0 ^ (uint32_t)arg1);
// CHECK: const int32_t v34 = (int32_t)((uint32_t)arg0 << (uint32_t)arg1);
// CHECK: const int32_t v36 = (int32_t)((int32_t)arg0 >> (uint32_t)arg1);
// CHECK: const int32_t v38 = (int32_t)((uint32_t)arg0 >> (uint32_t)arg1);
// CHECK: const bool v40 = arg0 == arg1;
// CHECK: const bool v42 = arg0 != arg1;
// CHECK: const bool v44 = (int32_t)arg0 < (int32_t)arg1;
// CHECK: const bool v46 = (int32_t)arg0 <= (int32_t)arg1;
// CHECK: const bool v48 = (int32_t)arg0 > (int32_t)arg1;
// CHECK: const bool v50 = (int32_t)arg0 >= (int32_t)arg1;
// CHECK: const bool v52 = (uint32_t)arg0 < (uint32_t)arg1;
// CHECK: const bool v54 = (uint32_t)arg0 <= (uint32_t)arg1;
// CHECK: const bool v56 = (uint32_t)arg0 > (uint32_t)arg1;
// CHECK: const bool v58 = (uint32_t)arg0 >= (uint32_t)arg1;
// CHECK: const int32_t v60 = v44 ? arg0 : arg1;
// CHECK-LABEL: extern "C" __global__ void ints_i8(int8_t arg0, int8_t arg1, int8_t* arg2, bool* arg3) {
// CHECK: const int8_t v0 = (int8_t)((uint32_t)(uint8_t)arg0 + (uint32_t)(uint8_t)arg1);
// CHECK: const int8_t v2 = (int8_t)((uint32_t)(uint8_t)arg0 - (uint32_t)(uint8_t)arg1);
// CHECK: const int8_t v4 = (int8_t)((uint32_t)(uint8_t)arg0 * (uint32_t)(uint8_t)arg1);
// CHECK: const int8_t v6 = (int8_t)((int32_t)arg0 / (int32_t)arg1);
// CHECK: const int8_t v8 = (int8_t)((uint32_t)(uint8_t)arg0 / (uint32_t)(uint8_t)arg1);
// CHECK: const int8_t v10 = (int8_t)(dlc::ceildivsi((int32_t)arg0, (int32_t)arg1));
// CHECK: const int8_t v12 = (int8_t)(dlc::ceildivui((uint32_t)(uint8_t)arg0, (uint32_t)(uint8_t)arg1));
// CHECK: const int8_t v14 = (int8_t)(dlc::floordivsi((int32_t)arg0, (int32_t)arg1));
// CHECK: const int8_t v16 = (int8_t)((int32_t)arg0 % (int32_t)arg1);
// CHECK: const int8_t v18 = (int8_t)((uint32_t)(uint8_t)arg0 % (uint32_t)(uint8_t)arg1);
// CHECK: const int8_t v20 = (int32_t)arg0 < (int32_t)arg1 ? arg0 : arg1;
// CHECK: const int8_t v22 = (uint32_t)(uint8_t)arg0 < (uint32_t)(uint8_t)arg1 ? arg0 : arg1;
// CHECK: const int8_t v24 = (int32_t)arg0 > (int32_t)arg1 ? arg0 : arg1;
// CHECK: const int8_t v26 = (uint32_t)(uint8_t)arg0 > (uint32_t)(uint8_t)arg1 ? arg0 : arg1;
// CHECK: const int8_t v28 = (int8_t)((uint32_t)(uint8_t)arg0 & (uint32_t)(uint8_t)arg1);
// CHECK: const int8_t v30 = (int8_t)((uint32_t)(uint8_t)arg0 | (uint32_t)(uint8_t)arg1);
// CHECK: const int8_t v32 = (int8_t)((uint32_t)(uint8_t)arg0 ^ (uint32_t)(uint8_t)arg1);
// CHECK: const int8_t v34 = (int8_t)((uint32_t)(uint8_t)arg0 << (uint32_t)(uint8_t)arg1);
// CHECK: const int8_t v36 = (int8_t)((int32_t)arg0 >> (uint32_t)(uint8_t)arg1);
// CHECK: const int8_t v38 = (int8_t)((uint32_t)(uint8_t)arg0 >> (uint32_t)(uint8_t)arg1);
// CHECK: const bool v40 = arg0 == arg1;
// CHECK: const bool v42 = arg0 != arg1;
// CHECK: const bool v44 = (int32_t)arg0 < (int32_t)arg1;
// CHECK: const bool v46 = (int32_t)arg0 <= (int32_t)arg1;
// CHECK: const bool v48 = (int32_t)arg0 > (int32_t)arg1;
// CHECK: const bool v50 = (int32_t)arg0 >= (int32_t)arg1;
// CHECK: const bool v52 = (uint32_t)(uint8_t)arg0 < (uint32_t)(uint8_t)arg1;
// CHECK: const bool v54 = (uint32_t)(uint8_t)arg0 <= (uint32_t)(uint8_t)arg1;
// CHECK: const bool v56 = (uint32_t)(uint8_t)arg0 > (uint32_t)(uint8_t)arg1;
// CHECK: const bool v58 = (uint32_t)(uint8_t)arg0 >= (uint32_t)(uint8_t)arg1;
// CHECK: const int8_t v60 = v44 ? arg0 : arg1;
// CHECK-LABEL: extern "C" __global__ void ints_i4(int8_t arg0, int8_t arg1, int8_t* arg2, bool* arg3) {
// CHECK: const int8_t v0 = dlc::sext<4, int8_t>(((uint32_t)arg0 & 0xfu) + ((uint32_t)arg1 & 0xfu));
// CHECK: const int8_t v2 = dlc::sext<4, int8_t>(((uint32_t)arg0 & 0xfu) - ((uint32_t)arg1 & 0xfu));
// CHECK: const int8_t v4 = dlc::sext<4, int8_t>(((uint32_t)arg0 & 0xfu) * ((uint32_t)arg1 & 0xfu));
// CHECK: const int8_t v6 = dlc::sext<4, int8_t>((int32_t)arg0 / (int32_t)arg1);
// CHECK: const int8_t v8 = dlc::sext<4, int8_t>(((uint32_t)arg0 & 0xfu) / ((uint32_t)arg1 & 0xfu));
// CHECK: const int8_t v10 = dlc::sext<4, int8_t>(dlc::ceildivsi((int32_t)arg0, (int32_t)arg1));
// CHECK: const int8_t v12 = dlc::sext<4, int8_t>(dlc::ceildivui(((uint32_t)arg0 & 0xfu), ((uint32_t)arg1 & 0xfu)));
// CHECK: const int8_t v14 = dlc::sext<4, int8_t>(dlc::floordivsi((int32_t)arg0, (int32_t)arg1));
// CHECK: const int8_t v16 = dlc::sext<4, int8_t>((int32_t)arg0 % (int32_t)arg1);
// CHECK: const int8_t v18 = dlc::sext<4, int8_t>(((uint32_t)arg0 & 0xfu) % ((uint32_t)arg1 & 0xfu));
// CHECK: const int8_t v20 = (int32_t)arg0 < (int32_t)arg1 ? arg0 : arg1;
// CHECK: const int8_t v22 = ((uint32_t)arg0 & 0xfu) < ((uint32_t)arg1 & 0xfu) ? arg0 : arg1;
// CHECK: const int8_t v24 = (int32_t)arg0 > (int32_t)arg1 ? arg0 : arg1;
// CHECK: const int8_t v26 = ((uint32_t)arg0 & 0xfu) > ((uint32_t)arg1 & 0xfu) ? arg0 : arg1;
// CHECK: const int8_t v28 = dlc::sext<4, int8_t>(((uint32_t)arg0 & 0xfu) & ((uint32_t)arg1 & 0xfu));
// CHECK: const int8_t v30 = dlc::sext<4, int8_t>(((uint32_t)arg0 & 0xfu) | ((uint32_t)arg1 & 0xfu));
// CHECK: const int8_t v32 = dlc::sext<4, int8_t>(((uint32_t)arg0 & 0xfu) ^ ((uint32_t)arg1 & 0xfu));
// CHECK: const int8_t v34 = dlc::sext<4, int8_t>(((uint32_t)arg0 & 0xfu) << ((uint32_t)arg1 & 0xfu));
// CHECK: const int8_t v36 = dlc::sext<4, int8_t>((int32_t)arg0 >> ((uint32_t)arg1 & 0xfu));
// CHECK: const int8_t v38 = dlc::sext<4, int8_t>(((uint32_t)arg0 & 0xfu) >> ((uint32_t)arg1 & 0xfu));
// CHECK: const bool v40 = arg0 == arg1;
// CHECK: const bool v42 = arg0 != arg1;
// CHECK: const bool v44 = (int32_t)arg0 < (int32_t)arg1;
// CHECK: const bool v46 = (int32_t)arg0 <= (int32_t)arg1;
// CHECK: const bool v48 = (int32_t)arg0 > (int32_t)arg1;
// CHECK: const bool v50 = (int32_t)arg0 >= (int32_t)arg1;
// CHECK: const bool v52 = ((uint32_t)arg0 & 0xfu) < ((uint32_t)arg1 & 0xfu);
// CHECK: const bool v54 = ((uint32_t)arg0 & 0xfu) <= ((uint32_t)arg1 & 0xfu);
// CHECK: const bool v56 = ((uint32_t)arg0 & 0xfu) > ((uint32_t)arg1 & 0xfu);
// CHECK: const bool v58 = ((uint32_t)arg0 & 0xfu) >= ((uint32_t)arg1 & 0xfu);
// CHECK: const int8_t v60 = v44 ? arg0 : arg1;
// CHECK-LABEL: extern "C" __global__ void ints_i1(bool arg0, bool arg1, bool* arg2, bool* arg3) {
// CHECK: const bool v0 = (bool)(((uint32_t)arg0 + (uint32_t)arg1) & 1);
// CHECK: const bool v2 = (bool)(((uint32_t)arg0 - (uint32_t)arg1) & 1);
// CHECK: const bool v4 = (bool)(((uint32_t)arg0 * (uint32_t)arg1) & 1);
// CHECK: const bool v6 = (bool)(((-(int32_t)arg0) / (-(int32_t)arg1)) & 1);
// CHECK: const bool v8 = (bool)(((uint32_t)arg0 / (uint32_t)arg1) & 1);
// CHECK: const bool v10 = (bool)((dlc::ceildivsi((-(int32_t)arg0), (-(int32_t)arg1))) & 1);
// CHECK: const bool v12 = (bool)((dlc::ceildivui((uint32_t)arg0, (uint32_t)arg1)) & 1);
// CHECK: const bool v14 = (bool)((dlc::floordivsi((-(int32_t)arg0), (-(int32_t)arg1))) & 1);
// CHECK: const bool v16 = (bool)(((-(int32_t)arg0) % (-(int32_t)arg1)) & 1);
// CHECK: const bool v18 = (bool)(((uint32_t)arg0 % (uint32_t)arg1) & 1);
// CHECK: const bool v20 = (-(int32_t)arg0) < (-(int32_t)arg1) ? arg0 : arg1;
// CHECK: const bool v22 = (uint32_t)arg0 < (uint32_t)arg1 ? arg0 : arg1;
// CHECK: const bool v24 = (-(int32_t)arg0) > (-(int32_t)arg1) ? arg0 : arg1;
// CHECK: const bool v26 = (uint32_t)arg0 > (uint32_t)arg1 ? arg0 : arg1;
// CHECK: const bool v28 = (bool)(((uint32_t)arg0 & (uint32_t)arg1) & 1);
// CHECK: const bool v30 = (bool)(((uint32_t)arg0 | (uint32_t)arg1) & 1);
// CHECK: const bool v32 = (bool)(((uint32_t)arg0 ^ (uint32_t)arg1) & 1);
// CHECK: const bool v34 = (bool)(((uint32_t)arg0 << (uint32_t)arg1) & 1);
// CHECK: const bool v36 = (bool)(((-(int32_t)arg0) >> (uint32_t)arg1) & 1);
// CHECK: const bool v38 = (bool)(((uint32_t)arg0 >> (uint32_t)arg1) & 1);
// CHECK: const bool v40 = arg0 == arg1;
// CHECK: const bool v42 = arg0 != arg1;
// CHECK: const bool v44 = (-(int32_t)arg0) < (-(int32_t)arg1);
// CHECK: const bool v46 = (-(int32_t)arg0) <= (-(int32_t)arg1);
// CHECK: const bool v48 = (-(int32_t)arg0) > (-(int32_t)arg1);
// CHECK: const bool v50 = (-(int32_t)arg0) >= (-(int32_t)arg1);
// CHECK: const bool v52 = (uint32_t)arg0 < (uint32_t)arg1;
// CHECK: const bool v54 = (uint32_t)arg0 <= (uint32_t)arg1;
// CHECK: const bool v56 = (uint32_t)arg0 > (uint32_t)arg1;
// CHECK: const bool v58 = (uint32_t)arg0 >= (uint32_t)arg1;
// CHECK: const bool v60 = v44 ? arg0 : arg1;
// CHECK-LABEL: extern "C" __global__ void ints_index(int64_t arg0, int64_t arg1, int64_t* arg2, bool* arg3) {
// CHECK: const int64_t v0 = arg0 + arg1;
// CHECK: const int64_t v2 = arg0 - arg1;
// CHECK: const int64_t v4 = arg0 * arg1;
// CHECK: const int64_t v6 = arg0 / arg1;
// CHECK: const int64_t v8 = (int64_t)((uint64_t)arg0 / (uint64_t)arg1);
// CHECK: const int64_t v10 = dlc::ceildivsi(arg0, arg1);
// CHECK: const int64_t v12 = (int64_t)(dlc::ceildivui((uint64_t)arg0, (uint64_t)arg1));
// CHECK: const int64_t v14 = dlc::floordivsi(arg0, arg1);
// CHECK: const int64_t v16 = arg0 % arg1;
// CHECK: const int64_t v18 = (int64_t)((uint64_t)arg0 % (uint64_t)arg1);
// CHECK: const int64_t v20 = (int64_t)arg0 < (int64_t)arg1 ? arg0 : arg1;
// CHECK: const int64_t v22 = (uint64_t)arg0 < (uint64_t)arg1 ? arg0 : arg1;
// CHECK: const int64_t v24 = (int64_t)arg0 > (int64_t)arg1 ? arg0 : arg1;
// CHECK: const int64_t v26 = (uint64_t)arg0 > (uint64_t)arg1 ? arg0 : arg1;
// CHECK: const int64_t v28 = arg0 & arg1;
// CHECK: const int64_t v30 = arg0 | arg1;
// CHECK: const int64_t v32 = arg0 ^ arg1;
// CHECK: const int64_t v34 = (int64_t)((uint64_t)arg0 << arg1);
// CHECK: const int64_t v36 = arg0 >> arg1;
// CHECK: const int64_t v38 = (int64_t)((uint64_t)arg0 >> arg1);
// CHECK: const bool v40 = arg0 == arg1;
// CHECK: const bool v42 = arg0 != arg1;
// CHECK: const bool v44 = arg0 < arg1;
// CHECK: const bool v46 = arg0 <= arg1;
// CHECK: const bool v48 = arg0 > arg1;
// CHECK: const bool v50 = arg0 >= arg1;
// CHECK: const bool v52 = (uint64_t)arg0 < (uint64_t)arg1;
// CHECK: const bool v54 = (uint64_t)arg0 <= (uint64_t)arg1;
// CHECK: const bool v56 = (uint64_t)arg0 > (uint64_t)arg1;
// CHECK: const bool v58 = (uint64_t)arg0 >= (uint64_t)arg1;
// CHECK: const int64_t v60 = v44 ? arg0 : arg1;
// CHECK-LABEL: extern "C" __global__ void floats_f32(float arg0, float arg1, float* arg2, bool* arg3) {
// CHECK: const float v0 = arg0 + arg1;
// CHECK: const float v2 = arg0 - arg1;
// CHECK: const float v4 = __fmul_rn(arg0, arg1);
// CHECK: const float v6 = __fdiv_rn(arg0, arg1);
// CHECK: const float v8 = fmodf(arg0, arg1);
// CHECK: const float v10 = dlc::minimumf(arg0, arg1);
// CHECK: const float v12 = dlc::maximumf(arg0, arg1);
// CHECK: const float v14 = dlc::minnumf(arg0, arg1);
// CHECK: const float v16 = dlc::maxnumf(arg0, arg1);
// CHECK: const float v18 = -arg0;
// CHECK: const float v20 = arg0 * arg1;
// CHECK: const bool v22 = false;
// CHECK: const bool v24 = arg0 == arg1;
// CHECK: const bool v26 = arg0 > arg1;
// CHECK: const bool v28 = arg0 >= arg1;
// CHECK: const bool v30 = arg0 < arg1;
// CHECK: const bool v32 = arg0 <= arg1;
// CHECK: const bool v34 = (arg0 < arg1 || arg0 > arg1);
// CHECK: const bool v36 = !(isnan(arg0) || isnan(arg1));
// CHECK: const bool v38 = !(arg0 < arg1 || arg0 > arg1);
// CHECK: const bool v40 = !(arg0 <= arg1);
// CHECK: const bool v42 = !(arg0 < arg1);
// CHECK: const bool v44 = !(arg0 >= arg1);
// CHECK: const bool v46 = !(arg0 > arg1);
// CHECK: const bool v48 = arg0 != arg1;
// CHECK: const bool v50 = (isnan(arg0) || isnan(arg1));
// CHECK: const bool v52 = true;
// CHECK-LABEL: extern "C" __global__ void floats_f16(__half arg0, __half arg1, __half* arg2, bool* arg3) {
// CHECK: const __half v0 = __float2half_rn(__half2float(arg0) + __half2float(arg1));
// CHECK: const __half v2 = __float2half_rn(__half2float(arg0) - __half2float(arg1));
// CHECK: const __half v4 = __float2half_rn(__half2float(arg0) * __half2float(arg1));
// CHECK: const __half v6 = __float2half_rn(__half2float(arg0) / __half2float(arg1));
// CHECK: const __half v8 = __float2half_rn(fmodf(__half2float(arg0), __half2float(arg1)));
// CHECK: const __half v10 = __float2half_rn(dlc::minimumf(__half2float(arg0), __half2float(arg1)));
// CHECK: const __half v12 = __float2half_rn(dlc::maximumf(__half2float(arg0), __half2float(arg1)));
// CHECK: const __half v14 = __float2half_rn(dlc::minnumf(__half2float(arg0), __half2float(arg1)));
// CHECK: const __half v16 = __float2half_rn(dlc::maxnumf(__half2float(arg0), __half2float(arg1)));
// CHECK: const __half v18 = __hneg(arg0);
// CHECK: const __half v20 = __float2half_rn(__half2float(arg0) * __half2float(arg1));
// CHECK: const bool v22 = false;
// CHECK: const bool v24 = __half2float(arg0) == __half2float(arg1);
// CHECK: const bool v26 = __half2float(arg0) > __half2float(arg1);
// CHECK: const bool v28 = __half2float(arg0) >= __half2float(arg1);
// CHECK: const bool v30 = __half2float(arg0) < __half2float(arg1);
// CHECK: const bool v32 = __half2float(arg0) <= __half2float(arg1);
// CHECK: const bool v34 = (__half2float(arg0) < __half2float(arg1) || __half2float(arg0) > __half2float(arg1));
// CHECK: const bool v36 = !(isnan(__half2float(arg0)) || isnan(__half2float(arg1)));
// CHECK: const bool v38 = !(__half2float(arg0) < __half2float(arg1) || __half2float(arg0) > __half2float(arg1));
// CHECK: const bool v40 = !(__half2float(arg0) <= __half2float(arg1));
// CHECK: const bool v42 = !(__half2float(arg0) < __half2float(arg1));
// CHECK: const bool v44 = !(__half2float(arg0) >= __half2float(arg1));
// CHECK: const bool v46 = !(__half2float(arg0) > __half2float(arg1));
// CHECK: const bool v48 = __half2float(arg0) != __half2float(arg1);
// CHECK: const bool v50 = (isnan(__half2float(arg0)) || isnan(__half2float(arg1)));
// CHECK: const bool v52 = true;
// CHECK-LABEL: extern "C" __global__ void floats_bf16(__nv_bfloat16 arg0, __nv_bfloat16 arg1, __nv_bfloat16* arg2, bool* arg3) {
// CHECK: const __nv_bfloat16 v0 = __float2bfloat16_rn(__bfloat162float(arg0) + __bfloat162float(arg1));
// CHECK: const __nv_bfloat16 v2 = __float2bfloat16_rn(__bfloat162float(arg0) - __bfloat162float(arg1));
// CHECK: const __nv_bfloat16 v4 = __float2bfloat16_rn(__bfloat162float(arg0) * __bfloat162float(arg1));
// CHECK: const __nv_bfloat16 v6 = __float2bfloat16_rn(__bfloat162float(arg0) / __bfloat162float(arg1));
// CHECK: const __nv_bfloat16 v8 = __float2bfloat16_rn(fmodf(__bfloat162float(arg0), __bfloat162float(arg1)));
// CHECK: const __nv_bfloat16 v10 = __float2bfloat16_rn(dlc::minimumf(__bfloat162float(arg0), __bfloat162float(arg1)));
// CHECK: const __nv_bfloat16 v12 = __float2bfloat16_rn(dlc::maximumf(__bfloat162float(arg0), __bfloat162float(arg1)));
// CHECK: const __nv_bfloat16 v14 = __float2bfloat16_rn(dlc::minnumf(__bfloat162float(arg0), __bfloat162float(arg1)));
// CHECK: const __nv_bfloat16 v16 = __float2bfloat16_rn(dlc::maxnumf(__bfloat162float(arg0), __bfloat162float(arg1)));
// CHECK: const __nv_bfloat16 v18 = __hneg(arg0);
// CHECK: const __nv_bfloat16 v20 = __float2bfloat16_rn(__bfloat162float(arg0) * __bfloat162float(arg1));
// CHECK: const bool v22 = false;
// CHECK: const bool v24 = __bfloat162float(arg0) == __bfloat162float(arg1);
// CHECK: const bool v26 = __bfloat162float(arg0) > __bfloat162float(arg1);
// CHECK: const bool v28 = __bfloat162float(arg0) >= __bfloat162float(arg1);
// CHECK: const bool v30 = __bfloat162float(arg0) < __bfloat162float(arg1);
// CHECK: const bool v32 = __bfloat162float(arg0) <= __bfloat162float(arg1);
// CHECK: const bool v34 = (__bfloat162float(arg0) < __bfloat162float(arg1) || __bfloat162float(arg0) > __bfloat162float(arg1));
// CHECK: const bool v36 = !(isnan(__bfloat162float(arg0)) || isnan(__bfloat162float(arg1)));
// CHECK: const bool v38 = !(__bfloat162float(arg0) < __bfloat162float(arg1) || __bfloat162float(arg0) > __bfloat162float(arg1));
// CHECK: const bool v40 = !(__bfloat162float(arg0) <= __bfloat162float(arg1));
// CHECK: const bool v42 = !(__bfloat162float(arg0) < __bfloat162float(arg1));
// CHECK: const bool v44 = !(__bfloat162float(arg0) >= __bfloat162float(arg1));
// CHECK: const bool v46 = !(__bfloat162float(arg0) > __bfloat162float(arg1));
// CHECK: const bool v48 = __bfloat162float(arg0) != __bfloat162float(arg1);
// CHECK: const bool v50 = (isnan(__bfloat162float(arg0)) || isnan(__bfloat162float(arg1)));
// CHECK: const bool v52 = true;
// CHECK-LABEL: extern "C" __global__ void floats_f64(double arg0, double arg1, double* arg2, bool* arg3) {
// CHECK: const double v0 = arg0 + arg1;
// CHECK: const double v2 = arg0 - arg1;
// CHECK: const double v4 = __dmul_rn(arg0, arg1);
// CHECK: const double v6 = arg0 / arg1;
// CHECK: const double v8 = fmod(arg0, arg1);
// CHECK: const double v10 = dlc::minimumf(arg0, arg1);
// CHECK: const double v12 = dlc::maximumf(arg0, arg1);
// CHECK: const double v14 = dlc::minnumf(arg0, arg1);
// CHECK: const double v16 = dlc::maxnumf(arg0, arg1);
// CHECK: const double v18 = -arg0;
// CHECK: const double v20 = arg0 * arg1;
// CHECK: const bool v22 = false;
// CHECK: const bool v24 = arg0 == arg1;
// CHECK: const bool v26 = arg0 > arg1;
// CHECK: const bool v28 = arg0 >= arg1;
// CHECK: const bool v30 = arg0 < arg1;
// CHECK: const bool v32 = arg0 <= arg1;
// CHECK: const bool v34 = (arg0 < arg1 || arg0 > arg1);
// CHECK: const bool v36 = !(isnan(arg0) || isnan(arg1));
// CHECK: const bool v38 = !(arg0 < arg1 || arg0 > arg1);
// CHECK: const bool v40 = !(arg0 <= arg1);
// CHECK: const bool v42 = !(arg0 < arg1);
// CHECK: const bool v44 = !(arg0 >= arg1);
// CHECK: const bool v46 = !(arg0 > arg1);
// CHECK: const bool v48 = arg0 != arg1;
// CHECK: const bool v50 = (isnan(arg0) || isnan(arg1));
// CHECK: const bool v52 = true;
// CHECK-LABEL: extern "C" __global__ void casts(int8_t arg0, int32_t arg1, int64_t arg2, bool arg3, int64_t arg4, __half arg5, __nv_bfloat16 arg6, float arg7, double arg8, int64_t* arg9, double* arg10, __half* arg11, __nv_bfloat16* arg12, float* arg13, int32_t* arg14) {
// CHECK: const int64_t v8 = (int64_t)((int32_t)arg0);
// CHECK: const int64_t v9 = (int64_t)((uint32_t)(uint8_t)arg0);
// CHECK: const int64_t v10 = (int64_t)((-(int32_t)arg3));
// CHECK: const int64_t v11 = (int64_t)((uint32_t)arg3);
// CHECK: const int32_t v12 = (int32_t)((uint64_t)arg2);
// CHECK: const int64_t v13 = (int64_t)(int32_t)arg1;
// CHECK: const int64_t v14 = (int64_t)((uint64_t)v13);
// CHECK: const int64_t v15 = (int64_t)(uint32_t)arg1;
// CHECK: const int64_t v16 = (int64_t)((uint64_t)v15);
// CHECK: const int64_t v17 = (int64_t)((int64_t)arg7);
// CHECK: const int32_t v18 = (int32_t)((uint32_t)__half2float(arg5));
// CHECK: const double v19 = (double)(int32_t)arg1;
// CHECK: const double v20 = (double)(uint32_t)arg1;
// CHECK: const __half v21 = __ll2half_rn((int64_t)arg2);
// CHECK: const __nv_bfloat16 v22 = __uint2bfloat16_rn((uint32_t)(uint8_t)arg0);
// CHECK: const double v23 = (double)__half2float(arg5);
// CHECK: const float v24 = __bfloat162float(arg6);
// CHECK: const __half v25 = __double2half(arg8);
// CHECK: const __nv_bfloat16 v26 = __float2bfloat16_rn(arg7);
// CHECK: const float v27 = (float)(arg8);
// CHECK: const int32_t v28 = dlc::bit_cast<int32_t>(arg7);
// CHECK: const float v29 = dlc::bit_cast<float>(arg1);
// CHECK: const int16_t v30 = dlc::bit_cast<int16_t>(arg5);
// CHECK: const int32_t v31 = (int32_t)((uint32_t)(uint16_t)v30);
// CHECK: const double v32 = dlc::bit_cast<double>(arg2);
// CHECK: const float v33 = 0.1f;
// CHECK: const float v34 = dlc::f32_from_bits(0x7f800000u);
// CHECK: const float v35 = -0.0f;
// CHECK: const __half v36 = __ushort_as_half((unsigned short)0x3e00u);
// CHECK: const __nv_bfloat16 v37 = __ushort_as_bfloat16((unsigned short)0x3dcdu);
// CHECK: const double v38 = 0.1;
// CHECK: const int64_t v39 = (-9223372036854775807ll - 1);
// CHECK: const int64_t v40 = 4294967296ll;
// CHECK: const int32_t v41 = (-2147483647 - 1);
