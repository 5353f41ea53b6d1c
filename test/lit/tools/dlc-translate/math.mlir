// dlc-translate on the math dialect: CUDA's math library, f16/bf16 computed in float and rounded once.
// RUN: %dlc-translate --mlir-to-cuda %s | %filecheck %s

module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @math_f32(%a: f32, %b: f32, %c: f32, %o: memref<32xf32>) kernel {
      %exp = math.exp %a : f32
      %i0 = arith.constant 0 : index
      memref.store %exp, %o[%i0] : memref<32xf32>
      %exp2 = math.exp2 %a : f32
      %i1 = arith.constant 1 : index
      memref.store %exp2, %o[%i1] : memref<32xf32>
      %log = math.log %a : f32
      %i2 = arith.constant 2 : index
      memref.store %log, %o[%i2] : memref<32xf32>
      %log2 = math.log2 %a : f32
      %i3 = arith.constant 3 : index
      memref.store %log2, %o[%i3] : memref<32xf32>
      %log10 = math.log10 %a : f32
      %i4 = arith.constant 4 : index
      memref.store %log10, %o[%i4] : memref<32xf32>
      %sqrt = math.sqrt %a : f32
      %i5 = arith.constant 5 : index
      memref.store %sqrt, %o[%i5] : memref<32xf32>
      %rsqrt = math.rsqrt %a : f32
      %i6 = arith.constant 6 : index
      memref.store %rsqrt, %o[%i6] : memref<32xf32>
      %tanh = math.tanh %a : f32
      %i7 = arith.constant 7 : index
      memref.store %tanh, %o[%i7] : memref<32xf32>
      %erf = math.erf %a : f32
      %i8 = arith.constant 8 : index
      memref.store %erf, %o[%i8] : memref<32xf32>
      %absf = math.absf %a : f32
      %i9 = arith.constant 9 : index
      memref.store %absf, %o[%i9] : memref<32xf32>
      %sin = math.sin %a : f32
      %i10 = arith.constant 10 : index
      memref.store %sin, %o[%i10] : memref<32xf32>
      %cos = math.cos %a : f32
      %i11 = arith.constant 11 : index
      memref.store %cos, %o[%i11] : memref<32xf32>
      %ceil = math.ceil %a : f32
      %i12 = arith.constant 12 : index
      memref.store %ceil, %o[%i12] : memref<32xf32>
      %floor = math.floor %a : f32
      %i13 = arith.constant 13 : index
      memref.store %floor, %o[%i13] : memref<32xf32>
      %powf = math.powf %a, %b : f32
      %i14 = arith.constant 14 : index
      memref.store %powf, %o[%i14] : memref<32xf32>
      %fma = math.fma %a, %b, %c : f32
      %i15 = arith.constant 15 : index
      memref.store %fma, %o[%i15] : memref<32xf32>
      gpu.return
    }
    gpu.func @math_f64(%a: f64, %b: f64, %c: f64, %o: memref<32xf64>) kernel {
      %exp = math.exp %a : f64
      %i0 = arith.constant 0 : index
      memref.store %exp, %o[%i0] : memref<32xf64>
      %exp2 = math.exp2 %a : f64
      %i1 = arith.constant 1 : index
      memref.store %exp2, %o[%i1] : memref<32xf64>
      %log = math.log %a : f64
      %i2 = arith.constant 2 : index
      memref.store %log, %o[%i2] : memref<32xf64>
      %log2 = math.log2 %a : f64
      %i3 = arith.constant 3 : index
      memref.store %log2, %o[%i3] : memref<32xf64>
      %log10 = math.log10 %a : f64
      %i4 = arith.constant 4 : index
      memref.store %log10, %o[%i4] : memref<32xf64>
      %sqrt = math.sqrt %a : f64
      %i5 = arith.constant 5 : index
      memref.store %sqrt, %o[%i5] : memref<32xf64>
      %rsqrt = math.rsqrt %a : f64
      %i6 = arith.constant 6 : index
      memref.store %rsqrt, %o[%i6] : memref<32xf64>
      %tanh = math.tanh %a : f64
      %i7 = arith.constant 7 : index
      memref.store %tanh, %o[%i7] : memref<32xf64>
      %erf = math.erf %a : f64
      %i8 = arith.constant 8 : index
      memref.store %erf, %o[%i8] : memref<32xf64>
      %absf = math.absf %a : f64
      %i9 = arith.constant 9 : index
      memref.store %absf, %o[%i9] : memref<32xf64>
      %sin = math.sin %a : f64
      %i10 = arith.constant 10 : index
      memref.store %sin, %o[%i10] : memref<32xf64>
      %cos = math.cos %a : f64
      %i11 = arith.constant 11 : index
      memref.store %cos, %o[%i11] : memref<32xf64>
      %ceil = math.ceil %a : f64
      %i12 = arith.constant 12 : index
      memref.store %ceil, %o[%i12] : memref<32xf64>
      %floor = math.floor %a : f64
      %i13 = arith.constant 13 : index
      memref.store %floor, %o[%i13] : memref<32xf64>
      %powf = math.powf %a, %b : f64
      %i14 = arith.constant 14 : index
      memref.store %powf, %o[%i14] : memref<32xf64>
      %fma = math.fma %a, %b, %c : f64
      %i15 = arith.constant 15 : index
      memref.store %fma, %o[%i15] : memref<32xf64>
      gpu.return
    }
    gpu.func @math_f16(%a: f16, %b: f16, %c: f16, %o: memref<32xf16>) kernel {
      %exp = math.exp %a : f16
      %i0 = arith.constant 0 : index
      memref.store %exp, %o[%i0] : memref<32xf16>
      %exp2 = math.exp2 %a : f16
      %i1 = arith.constant 1 : index
      memref.store %exp2, %o[%i1] : memref<32xf16>
      %log = math.log %a : f16
      %i2 = arith.constant 2 : index
      memref.store %log, %o[%i2] : memref<32xf16>
      %log2 = math.log2 %a : f16
      %i3 = arith.constant 3 : index
      memref.store %log2, %o[%i3] : memref<32xf16>
      %log10 = math.log10 %a : f16
      %i4 = arith.constant 4 : index
      memref.store %log10, %o[%i4] : memref<32xf16>
      %sqrt = math.sqrt %a : f16
      %i5 = arith.constant 5 : index
      memref.store %sqrt, %o[%i5] : memref<32xf16>
      %rsqrt = math.rsqrt %a : f16
      %i6 = arith.constant 6 : index
      memref.store %rsqrt, %o[%i6] : memref<32xf16>
      %tanh = math.tanh %a : f16
      %i7 = arith.constant 7 : index
      memref.store %tanh, %o[%i7] : memref<32xf16>
      %erf = math.erf %a : f16
      %i8 = arith.constant 8 : index
      memref.store %erf, %o[%i8] : memref<32xf16>
      %absf = math.absf %a : f16
      %i9 = arith.constant 9 : index
      memref.store %absf, %o[%i9] : memref<32xf16>
      %sin = math.sin %a : f16
      %i10 = arith.constant 10 : index
      memref.store %sin, %o[%i10] : memref<32xf16>
      %cos = math.cos %a : f16
      %i11 = arith.constant 11 : index
      memref.store %cos, %o[%i11] : memref<32xf16>
      %ceil = math.ceil %a : f16
      %i12 = arith.constant 12 : index
      memref.store %ceil, %o[%i12] : memref<32xf16>
      %floor = math.floor %a : f16
      %i13 = arith.constant 13 : index
      memref.store %floor, %o[%i13] : memref<32xf16>
      %powf = math.powf %a, %b : f16
      %i14 = arith.constant 14 : index
      memref.store %powf, %o[%i14] : memref<32xf16>
      %fma = math.fma %a, %b, %c : f16
      %i15 = arith.constant 15 : index
      memref.store %fma, %o[%i15] : memref<32xf16>
      gpu.return
    }
    gpu.func @math_bf16(%a: bf16, %b: bf16, %c: bf16, %o: memref<32xbf16>) kernel {
      %exp = math.exp %a : bf16
      %i0 = arith.constant 0 : index
      memref.store %exp, %o[%i0] : memref<32xbf16>
      %exp2 = math.exp2 %a : bf16
      %i1 = arith.constant 1 : index
      memref.store %exp2, %o[%i1] : memref<32xbf16>
      %log = math.log %a : bf16
      %i2 = arith.constant 2 : index
      memref.store %log, %o[%i2] : memref<32xbf16>
      %log2 = math.log2 %a : bf16
      %i3 = arith.constant 3 : index
      memref.store %log2, %o[%i3] : memref<32xbf16>
      %log10 = math.log10 %a : bf16
      %i4 = arith.constant 4 : index
      memref.store %log10, %o[%i4] : memref<32xbf16>
      %sqrt = math.sqrt %a : bf16
      %i5 = arith.constant 5 : index
      memref.store %sqrt, %o[%i5] : memref<32xbf16>
      %rsqrt = math.rsqrt %a : bf16
      %i6 = arith.constant 6 : index
      memref.store %rsqrt, %o[%i6] : memref<32xbf16>
      %tanh = math.tanh %a : bf16
      %i7 = arith.constant 7 : index
      memref.store %tanh, %o[%i7] : memref<32xbf16>
      %erf = math.erf %a : bf16
      %i8 = arith.constant 8 : index
      memref.store %erf, %o[%i8] : memref<32xbf16>
      %absf = math.absf %a : bf16
      %i9 = arith.constant 9 : index
      memref.store %absf, %o[%i9] : memref<32xbf16>
      %sin = math.sin %a : bf16
      %i10 = arith.constant 10 : index
      memref.store %sin, %o[%i10] : memref<32xbf16>
      %cos = math.cos %a : bf16
      %i11 = arith.constant 11 : index
      memref.store %cos, %o[%i11] : memref<32xbf16>
      %ceil = math.ceil %a : bf16
      %i12 = arith.constant 12 : index
      memref.store %ceil, %o[%i12] : memref<32xbf16>
      %floor = math.floor %a : bf16
      %i13 = arith.constant 13 : index
      memref.store %floor, %o[%i13] : memref<32xbf16>
      %powf = math.powf %a, %b : bf16
      %i14 = arith.constant 14 : index
      memref.store %powf, %o[%i14] : memref<32xbf16>
      %fma = math.fma %a, %b, %c : bf16
      %i15 = arith.constant 15 : index
      memref.store %fma, %o[%i15] : memref<32xbf16>
      gpu.return
    }
    gpu.func @absi(%a: i32, %b: i8, %o: memref<2xi32>, %p: memref<2xi8>) kernel {
      %x = math.absi %a : i32
      %y = math.absi %b : i8
      %c0 = arith.constant 0 : index
      memref.store %x, %o[%c0] : memref<2xi32>
      memref.store %y, %p[%c0] : memref<2xi8>
      gpu.return
    }
  }
}

// CHECK-LABEL: extern "C" __global__ void math_f32(float arg0, float arg1, float arg2, float* arg3) {
// CHECK: const float v0 = expf(arg0);
// CHECK: const float v2 = exp2f(arg0);
// CHECK: const float v4 = logf(arg0);
// CHECK: const float v6 = log2f(arg0);
// CHECK: const float v8 = log10f(arg0);
// CHECK: const float v10 = sqrtf(arg0);
// CHECK: const float v12 = rsqrtf(arg0);
// CHECK: const float v14 = tanhf(arg0);
// CHECK: const float v16 = erff(arg0);
// CHECK: const float v18 = fabsf(arg0);
// CHECK: const float v20 = sinf(arg0);
// CHECK: const float v22 = cosf(arg0);
// CHECK: const float v24 = ceilf(arg0);
// CHECK: const float v26 = floorf(arg0);
// CHECK: const float v28 = powf(arg0, arg1);
// CHECK: const float v30 = fmaf(arg0, arg1, arg2);
// CHECK-LABEL: extern "C" __global__ void math_f64(double arg0, double arg1, double arg2, double* arg3) {
// CHECK: const double v0 = exp(arg0);
// CHECK: const double v2 = exp2(arg0);
// CHECK: const double v4 = log(arg0);
// CHECK: const double v6 = log2(arg0);
// CHECK: const double v8 = log10(arg0);
// CHECK: const double v10 = sqrt(arg0);
// CHECK: const double v12 = rsqrt(arg0);
// CHECK: const double v14 = tanh(arg0);
// CHECK: const double v16 = erf(arg0);
// CHECK: const double v18 = fabs(arg0);
// CHECK: const double v20 = sin(arg0);
// CHECK: const double v22 = cos(arg0);
// CHECK: const double v24 = ceil(arg0);
// CHECK: const double v26 = floor(arg0);
// CHECK: const double v28 = pow(arg0, arg1);
// CHECK: const double v30 = fma(arg0, arg1, arg2);
// CHECK-LABEL: extern "C" __global__ void math_f16(__half arg0, __half arg1, __half arg2, __half* arg3) {
// CHECK: const __half v0 = __float2half_rn(expf(__half2float(arg0)));
// CHECK: const __half v2 = __float2half_rn(exp2f(__half2float(arg0)));
// CHECK: const __half v4 = __float2half_rn(logf(__half2float(arg0)));
// CHECK: const __half v6 = __float2half_rn(log2f(__half2float(arg0)));
// CHECK: const __half v8 = __float2half_rn(log10f(__half2float(arg0)));
// CHECK: const __half v10 = __float2half_rn(sqrtf(__half2float(arg0)));
// CHECK: const __half v12 = __float2half_rn(rsqrtf(__half2float(arg0)));
// CHECK: const __half v14 = __float2half_rn(tanhf(__half2float(arg0)));
// CHECK: const __half v16 = __float2half_rn(erff(__half2float(arg0)));
// CHECK: const __half v18 = __float2half_rn(fabsf(__half2float(arg0)));
// CHECK: const __half v20 = __float2half_rn(sinf(__half2float(arg0)));
// CHECK: const __half v22 = __float2half_rn(cosf(__half2float(arg0)));
// CHECK: const __half v24 = __float2half_rn(ceilf(__half2float(arg0)));
// CHECK: const __half v26 = __float2half_rn(floorf(__half2float(arg0)));
// CHECK: const __half v28 = __float2half_rn(powf(__half2float(arg0), __half2float(arg1)));
// CHECK: const __half v30 = __float2half_rn(fmaf(__half2float(arg0), __half2float(arg1), __half2float(arg2)));
// CHECK-LABEL: extern "C" __global__ void math_bf16(__nv_bfloat16 arg0, __nv_bfloat16 arg1, __nv_bfloat16 arg2, __nv_bfloat16* arg3) {
// CHECK: const __nv_bfloat16 v0 = __float2bfloat16_rn(expf(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v2 = __float2bfloat16_rn(exp2f(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v4 = __float2bfloat16_rn(logf(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v6 = __float2bfloat16_rn(log2f(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v8 = __float2bfloat16_rn(log10f(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v10 = __float2bfloat16_rn(sqrtf(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v12 = __float2bfloat16_rn(rsqrtf(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v14 = __float2bfloat16_rn(tanhf(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v16 = __float2bfloat16_rn(erff(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v18 = __float2bfloat16_rn(fabsf(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v20 = __float2bfloat16_rn(sinf(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v22 = __float2bfloat16_rn(cosf(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v24 = __float2bfloat16_rn(ceilf(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v26 = __float2bfloat16_rn(floorf(__bfloat162float(arg0)));
// CHECK: const __nv_bfloat16 v28 = __float2bfloat16_rn(powf(__bfloat162float(arg0), __bfloat162float(arg1)));
// CHECK: const __nv_bfloat16 v30 = __float2bfloat16_rn(fmaf(__bfloat162float(arg0), __bfloat162float(arg1), __bfloat162float(arg2)));
// CHECK-LABEL: extern "C" __global__ void absi(int32_t arg0, int8_t arg1, int32_t* arg2, int8_t* arg3) {
// CHECK: const int32_t v0 = (int32_t)((int32_t)arg0 < 0 ? -(uint64_t)(int32_t)arg0 : (uint64_t)(int32_t)arg0);
// CHECK: const int8_t v1 = (int8_t)((int32_t)arg1 < 0 ? -(uint64_t)(int32_t)arg1 : (uint64_t)(int32_t)arg1);
