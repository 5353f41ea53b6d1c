// dlc-run on memrefs: globals, subviews (with rank reduction), reinterpret_cast, copy, cast, dim, dynamic alloc.
// RUN: %dlc-run %s --print=full | %filecheck %s
// RUN: %dlc-run %s --entry @dynamic --input 0=zeros | %filecheck %s --check-prefix=DYN

memref.global "private" constant @table : memref<3x4xi32> = dense<[[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23]]>

// Column 2 of rows 1 and 2 through a subview; row 0 through a rank-reducing subview;
// the table read as 4x3 through reinterpret_cast; a copy of the column, doubled in place.
// CHECK:      result #0: memref<2xi32, strided<[4], offset: 6>> shape=[2] dtype=i32 checksum=34 values=[12, 22]
// CHECK-NEXT: result #1: memref<4xi32, strided<[1]>> shape=[4] dtype=i32 checksum=6 values=[0, 1, 2, 3]
// CHECK-NEXT: result #2: memref<4x3xi32> shape=[4, 3] dtype=i32 checksum=138 values=[0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23]
// CHECK-NEXT: result #3: memref<2xi32> shape=[2] dtype=i32 checksum=68 values=[24, 44]
// CHECK-NEXT: result #4: index 4
func.func @main() -> (memref<2xi32, strided<[4], offset: 6>>, memref<4xi32, strided<[1]>>, memref<4x3xi32>, memref<2xi32>, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %g = memref.get_global @table : memref<3x4xi32>
  %col = memref.subview %g[1, 2] [2, 1] [1, 1] : memref<3x4xi32> to memref<2xi32, strided<[4], offset: 6>>
  %row = memref.subview %g[0, 0] [1, 4] [1, 1] : memref<3x4xi32> to memref<4xi32, strided<[1]>>
  %v = memref.reinterpret_cast %g to offset: [0], sizes: [4, 3], strides: [3, 1] : memref<3x4xi32> to memref<4x3xi32>
  %copy = memref.alloc() : memref<2xi32>
  memref.copy %col, %copy : memref<2xi32, strided<[4], offset: 6>> to memref<2xi32>
  scf.for %i = %c0 to %c2 step %c1 {
    %x = memref.load %copy[%i] : memref<2xi32>
    %d = arith.addi %x, %x : i32
    memref.store %d, %copy[%i] : memref<2xi32>
  }
  %any = memref.cast %g : memref<3x4xi32> to memref<?x?xi32>
  %n = memref.dim %any, %c1 : memref<?x?xi32>
  return %col, %row, %v, %copy, %n : memref<2xi32, strided<[4], offset: 6>>, memref<4xi32, strided<[1]>>, memref<4x3xi32>, memref<2xi32>, index
}

// A buffer sized at run time, filled with its indices.
// DYN: result #0: memref<?xindex> shape=[5] dtype=index checksum=10 values=[0, 1, 2, 3, 4]
func.func @dynamic(%unused: index) -> memref<?xindex> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant 5 : index
  %m = memref.alloc(%n) : memref<?xindex>
  %len = memref.dim %m, %c0 : memref<?xindex>
  scf.for %i = %c0 to %len step %c1 {
    memref.store %i, %m[%i] : memref<?xindex>
  }
  return %m : memref<?xindex>
}
