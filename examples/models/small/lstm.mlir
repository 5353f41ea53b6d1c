// LSTM unrolled: 3 layers x 4 steps, hidden 8, f32.
func.func @main(%x: tensor<4x8xf32> {dlc.name = "x"}, %l0_w: tensor<8x32xf32> {dlc.name = "l0.w"}, %l0_u: tensor<8x32xf32> {dlc.name = "l0.u"}, %l0_b: tensor<32xf32> {dlc.name = "l0.b"}, %l1_w: tensor<8x32xf32> {dlc.name = "l1.w"}, %l1_u: tensor<8x32xf32> {dlc.name = "l1.u"}, %l1_b: tensor<32xf32> {dlc.name = "l1.b"}, %l2_w: tensor<8x32xf32> {dlc.name = "l2.w"}, %l2_u: tensor<8x32xf32> {dlc.name = "l2.u"}, %l2_b: tensor<32xf32> {dlc.name = "l2.b"}) -> (tensor<1x8xf32> {dlc.name = "h"}) {
  %0 = graph.constant dense<0.00000000e+0> : tensor<1x8xf32>
  %1 = graph.slice %x starts = [0] ends = [1] axes = [0] : tensor<4x8xf32>
  %2 = graph.matmul %1, %l0_w : tensor<1x8xf32>, tensor<8x32xf32>
  %3 = graph.matmul %0, %l0_u : tensor<1x8xf32>, tensor<8x32xf32>
  %4 = graph.add %2, %3 : tensor<1x32xf32>, tensor<1x32xf32>
  %5 = graph.add %4, %l0_b : tensor<1x32xf32>, tensor<32xf32>
  %6:4 = graph.split %5 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %7 = graph.sigmoid %6#1 : tensor<1x8xf32>
  %8 = graph.mul %7, %0 : tensor<1x8xf32>, tensor<1x8xf32>
  %9 = graph.sigmoid %6#0 : tensor<1x8xf32>
  %10 = graph.tanh %6#2 : tensor<1x8xf32>
  %11 = graph.mul %9, %10 : tensor<1x8xf32>, tensor<1x8xf32>
  %12 = graph.add %8, %11 : tensor<1x8xf32>, tensor<1x8xf32>
  %13 = graph.sigmoid %6#3 : tensor<1x8xf32>
  %14 = graph.tanh %12 : tensor<1x8xf32>
  %15 = graph.mul %13, %14 : tensor<1x8xf32>, tensor<1x8xf32>
  %16 = graph.matmul %15, %l1_w : tensor<1x8xf32>, tensor<8x32xf32>
  %17 = graph.matmul %0, %l1_u : tensor<1x8xf32>, tensor<8x32xf32>
  %18 = graph.add %16, %17 : tensor<1x32xf32>, tensor<1x32xf32>
  %19 = graph.add %18, %l1_b : tensor<1x32xf32>, tensor<32xf32>
  %20:4 = graph.split %19 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %21 = graph.sigmoid %20#1 : tensor<1x8xf32>
  %22 = graph.mul %21, %0 : tensor<1x8xf32>, tensor<1x8xf32>
  %23 = graph.sigmoid %20#0 : tensor<1x8xf32>
  %24 = graph.tanh %20#2 : tensor<1x8xf32>
  %25 = graph.mul %23, %24 : tensor<1x8xf32>, tensor<1x8xf32>
  %26 = graph.add %22, %25 : tensor<1x8xf32>, tensor<1x8xf32>
  %27 = graph.sigmoid %20#3 : tensor<1x8xf32>
  %28 = graph.tanh %26 : tensor<1x8xf32>
  %29 = graph.mul %27, %28 : tensor<1x8xf32>, tensor<1x8xf32>
  %30 = graph.matmul %29, %l2_w : tensor<1x8xf32>, tensor<8x32xf32>
  %31 = graph.matmul %0, %l2_u : tensor<1x8xf32>, tensor<8x32xf32>
  %32 = graph.add %30, %31 : tensor<1x32xf32>, tensor<1x32xf32>
  %33 = graph.add %32, %l2_b : tensor<1x32xf32>, tensor<32xf32>
  %34:4 = graph.split %33 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %35 = graph.sigmoid %34#1 : tensor<1x8xf32>
  %36 = graph.mul %35, %0 : tensor<1x8xf32>, tensor<1x8xf32>
  %37 = graph.sigmoid %34#0 : tensor<1x8xf32>
  %38 = graph.tanh %34#2 : tensor<1x8xf32>
  %39 = graph.mul %37, %38 : tensor<1x8xf32>, tensor<1x8xf32>
  %40 = graph.add %36, %39 : tensor<1x8xf32>, tensor<1x8xf32>
  %41 = graph.sigmoid %34#3 : tensor<1x8xf32>
  %42 = graph.tanh %40 : tensor<1x8xf32>
  %43 = graph.mul %41, %42 : tensor<1x8xf32>, tensor<1x8xf32>
  %44 = graph.slice %x starts = [1] ends = [2] axes = [0] : tensor<4x8xf32>
  %45 = graph.matmul %44, %l0_w : tensor<1x8xf32>, tensor<8x32xf32>
  %46 = graph.matmul %15, %l0_u : tensor<1x8xf32>, tensor<8x32xf32>
  %47 = graph.add %45, %46 : tensor<1x32xf32>, tensor<1x32xf32>
  %48 = graph.add %47, %l0_b : tensor<1x32xf32>, tensor<32xf32>
  %49:4 = graph.split %48 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %50 = graph.sigmoid %49#1 : tensor<1x8xf32>
  %51 = graph.mul %50, %12 : tensor<1x8xf32>, tensor<1x8xf32>
  %52 = graph.sigmoid %49#0 : tensor<1x8xf32>
  %53 = graph.tanh %49#2 : tensor<1x8xf32>
  %54 = graph.mul %52, %53 : tensor<1x8xf32>, tensor<1x8xf32>
  %55 = graph.add %51, %54 : tensor<1x8xf32>, tensor<1x8xf32>
  %56 = graph.sigmoid %49#3 : tensor<1x8xf32>
  %57 = graph.tanh %55 : tensor<1x8xf32>
  %58 = graph.mul %56, %57 : tensor<1x8xf32>, tensor<1x8xf32>
  %59 = graph.matmul %58, %l1_w : tensor<1x8xf32>, tensor<8x32xf32>
  %60 = graph.matmul %29, %l1_u : tensor<1x8xf32>, tensor<8x32xf32>
  %61 = graph.add %59, %60 : tensor<1x32xf32>, tensor<1x32xf32>
  %62 = graph.add %61, %l1_b : tensor<1x32xf32>, tensor<32xf32>
  %63:4 = graph.split %62 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %64 = graph.sigmoid %63#1 : tensor<1x8xf32>
  %65 = graph.mul %64, %26 : tensor<1x8xf32>, tensor<1x8xf32>
  %66 = graph.sigmoid %63#0 : tensor<1x8xf32>
  %67 = graph.tanh %63#2 : tensor<1x8xf32>
  %68 = graph.mul %66, %67 : tensor<1x8xf32>, tensor<1x8xf32>
  %69 = graph.add %65, %68 : tensor<1x8xf32>, tensor<1x8xf32>
  %70 = graph.sigmoid %63#3 : tensor<1x8xf32>
  %71 = graph.tanh %69 : tensor<1x8xf32>
  %72 = graph.mul %70, %71 : tensor<1x8xf32>, tensor<1x8xf32>
  %73 = graph.matmul %72, %l2_w : tensor<1x8xf32>, tensor<8x32xf32>
  %74 = graph.matmul %43, %l2_u : tensor<1x8xf32>, tensor<8x32xf32>
  %75 = graph.add %73, %74 : tensor<1x32xf32>, tensor<1x32xf32>
  %76 = graph.add %75, %l2_b : tensor<1x32xf32>, tensor<32xf32>
  %77:4 = graph.split %76 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %78 = graph.sigmoid %77#1 : tensor<1x8xf32>
  %79 = graph.mul %78, %40 : tensor<1x8xf32>, tensor<1x8xf32>
  %80 = graph.sigmoid %77#0 : tensor<1x8xf32>
  %81 = graph.tanh %77#2 : tensor<1x8xf32>
  %82 = graph.mul %80, %81 : tensor<1x8xf32>, tensor<1x8xf32>
  %83 = graph.add %79, %82 : tensor<1x8xf32>, tensor<1x8xf32>
  %84 = graph.sigmoid %77#3 : tensor<1x8xf32>
  %85 = graph.tanh %83 : tensor<1x8xf32>
  %86 = graph.mul %84, %85 : tensor<1x8xf32>, tensor<1x8xf32>
  %87 = graph.slice %x starts = [2] ends = [3] axes = [0] : tensor<4x8xf32>
  %88 = graph.matmul %87, %l0_w : tensor<1x8xf32>, tensor<8x32xf32>
  %89 = graph.matmul %58, %l0_u : tensor<1x8xf32>, tensor<8x32xf32>
  %90 = graph.add %88, %89 : tensor<1x32xf32>, tensor<1x32xf32>
  %91 = graph.add %90, %l0_b : tensor<1x32xf32>, tensor<32xf32>
  %92:4 = graph.split %91 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %93 = graph.sigmoid %92#1 : tensor<1x8xf32>
  %94 = graph.mul %93, %55 : tensor<1x8xf32>, tensor<1x8xf32>
  %95 = graph.sigmoid %92#0 : tensor<1x8xf32>
  %96 = graph.tanh %92#2 : tensor<1x8xf32>
  %97 = graph.mul %95, %96 : tensor<1x8xf32>, tensor<1x8xf32>
  %98 = graph.add %94, %97 : tensor<1x8xf32>, tensor<1x8xf32>
  %99 = graph.sigmoid %92#3 : tensor<1x8xf32>
  %100 = graph.tanh %98 : tensor<1x8xf32>
  %101 = graph.mul %99, %100 : tensor<1x8xf32>, tensor<1x8xf32>
  %102 = graph.matmul %101, %l1_w : tensor<1x8xf32>, tensor<8x32xf32>
  %103 = graph.matmul %72, %l1_u : tensor<1x8xf32>, tensor<8x32xf32>
  %104 = graph.add %102, %103 : tensor<1x32xf32>, tensor<1x32xf32>
  %105 = graph.add %104, %l1_b : tensor<1x32xf32>, tensor<32xf32>
  %106:4 = graph.split %105 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %107 = graph.sigmoid %106#1 : tensor<1x8xf32>
  %108 = graph.mul %107, %69 : tensor<1x8xf32>, tensor<1x8xf32>
  %109 = graph.sigmoid %106#0 : tensor<1x8xf32>
  %110 = graph.tanh %106#2 : tensor<1x8xf32>
  %111 = graph.mul %109, %110 : tensor<1x8xf32>, tensor<1x8xf32>
  %112 = graph.add %108, %111 : tensor<1x8xf32>, tensor<1x8xf32>
  %113 = graph.sigmoid %106#3 : tensor<1x8xf32>
  %114 = graph.tanh %112 : tensor<1x8xf32>
  %115 = graph.mul %113, %114 : tensor<1x8xf32>, tensor<1x8xf32>
  %116 = graph.matmul %115, %l2_w : tensor<1x8xf32>, tensor<8x32xf32>
  %117 = graph.matmul %86, %l2_u : tensor<1x8xf32>, tensor<8x32xf32>
  %118 = graph.add %116, %117 : tensor<1x32xf32>, tensor<1x32xf32>
  %119 = graph.add %118, %l2_b : tensor<1x32xf32>, tensor<32xf32>
  %120:4 = graph.split %119 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %121 = graph.sigmoid %120#1 : tensor<1x8xf32>
  %122 = graph.mul %121, %83 : tensor<1x8xf32>, tensor<1x8xf32>
  %123 = graph.sigmoid %120#0 : tensor<1x8xf32>
  %124 = graph.tanh %120#2 : tensor<1x8xf32>
  %125 = graph.mul %123, %124 : tensor<1x8xf32>, tensor<1x8xf32>
  %126 = graph.add %122, %125 : tensor<1x8xf32>, tensor<1x8xf32>
  %127 = graph.sigmoid %120#3 : tensor<1x8xf32>
  %128 = graph.tanh %126 : tensor<1x8xf32>
  %129 = graph.mul %127, %128 : tensor<1x8xf32>, tensor<1x8xf32>
  %130 = graph.slice %x starts = [3] ends = [4] axes = [0] : tensor<4x8xf32>
  %131 = graph.matmul %130, %l0_w : tensor<1x8xf32>, tensor<8x32xf32>
  %132 = graph.matmul %101, %l0_u : tensor<1x8xf32>, tensor<8x32xf32>
  %133 = graph.add %131, %132 : tensor<1x32xf32>, tensor<1x32xf32>
  %134 = graph.add %133, %l0_b : tensor<1x32xf32>, tensor<32xf32>
  %135:4 = graph.split %134 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %136 = graph.sigmoid %135#1 : tensor<1x8xf32>
  %137 = graph.mul %136, %98 : tensor<1x8xf32>, tensor<1x8xf32>
  %138 = graph.sigmoid %135#0 : tensor<1x8xf32>
  %139 = graph.tanh %135#2 : tensor<1x8xf32>
  %140 = graph.mul %138, %139 : tensor<1x8xf32>, tensor<1x8xf32>
  %141 = graph.add %137, %140 : tensor<1x8xf32>, tensor<1x8xf32>
  %142 = graph.sigmoid %135#3 : tensor<1x8xf32>
  %143 = graph.tanh %141 : tensor<1x8xf32>
  %144 = graph.mul %142, %143 : tensor<1x8xf32>, tensor<1x8xf32>
  %145 = graph.matmul %144, %l1_w : tensor<1x8xf32>, tensor<8x32xf32>
  %146 = graph.matmul %115, %l1_u : tensor<1x8xf32>, tensor<8x32xf32>
  %147 = graph.add %145, %146 : tensor<1x32xf32>, tensor<1x32xf32>
  %148 = graph.add %147, %l1_b : tensor<1x32xf32>, tensor<32xf32>
  %149:4 = graph.split %148 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %150 = graph.sigmoid %149#1 : tensor<1x8xf32>
  %151 = graph.mul %150, %112 : tensor<1x8xf32>, tensor<1x8xf32>
  %152 = graph.sigmoid %149#0 : tensor<1x8xf32>
  %153 = graph.tanh %149#2 : tensor<1x8xf32>
  %154 = graph.mul %152, %153 : tensor<1x8xf32>, tensor<1x8xf32>
  %155 = graph.add %151, %154 : tensor<1x8xf32>, tensor<1x8xf32>
  %156 = graph.sigmoid %149#3 : tensor<1x8xf32>
  %157 = graph.tanh %155 : tensor<1x8xf32>
  %158 = graph.mul %156, %157 : tensor<1x8xf32>, tensor<1x8xf32>
  %159 = graph.matmul %158, %l2_w : tensor<1x8xf32>, tensor<8x32xf32>
  %160 = graph.matmul %129, %l2_u : tensor<1x8xf32>, tensor<8x32xf32>
  %161 = graph.add %159, %160 : tensor<1x32xf32>, tensor<1x32xf32>
  %162 = graph.add %161, %l2_b : tensor<1x32xf32>, tensor<32xf32>
  %163:4 = graph.split %162 axis = 1 sizes = [8, 8, 8, 8] : tensor<1x32xf32>
  %164 = graph.sigmoid %163#1 : tensor<1x8xf32>
  %165 = graph.mul %164, %126 : tensor<1x8xf32>, tensor<1x8xf32>
  %166 = graph.sigmoid %163#0 : tensor<1x8xf32>
  %167 = graph.tanh %163#2 : tensor<1x8xf32>
  %168 = graph.mul %166, %167 : tensor<1x8xf32>, tensor<1x8xf32>
  %169 = graph.add %165, %168 : tensor<1x8xf32>, tensor<1x8xf32>
  %170 = graph.sigmoid %163#3 : tensor<1x8xf32>
  %171 = graph.tanh %169 : tensor<1x8xf32>
  %172 = graph.mul %170, %171 : tensor<1x8xf32>, tensor<1x8xf32>
  return %172 : tensor<1x8xf32>
}
