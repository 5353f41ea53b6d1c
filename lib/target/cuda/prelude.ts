// The fixed C++ every emitted .cu file starts with: includes, DLC_CHECK, and namespace dlc's
// helpers for MLIR semantics C lacks (odd-width integers, floor/ceil division, minimumf), flags,
// warp reductions, atomics by compare-and-swap, memset and cooperative launches.

/** The prelude; `cooperative` adds cooperative_groups (for grid syncs). */
export function prelude(cooperative: boolean): string {
  return `#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cmath>
#include <map>
#include <type_traits>
#include <vector>
#include <cuda_runtime.h>
#include <cuda_fp16.h>
#include <cuda_bf16.h>
#include <mma.h>
${cooperative ? '#include <cooperative_groups.h>\n' : ''}
// Every CUDA runtime call is checked: a failure names the call and its place, and exits.
#define DLC_CHECK(call) dlc::check((call), #call, __FILE__, __LINE__)

namespace dlc {

inline void check(cudaError_t err, const char* what, const char* file, int line) {
  if (err != cudaSuccess) {
    fprintf(stderr, "%s:%d: CUDA error: %s in %s\\n", file, line, cudaGetErrorString(err), what);
    exit(1);
  }
}

// An integer of W bits (not 8, 16, 32 or 64) kept sign-extended in its storage type T.
template <int W, class T> __host__ __device__ inline T sext(uint64_t x) {
  return (T)((int64_t)(x << (64 - W)) >> (64 - W));
}

// arith.floordivsi / ceildivsi / ceildivui: rounding toward -inf / +inf, without overflow in between.
template <class T> __host__ __device__ inline T floordivsi(T a, T b) {
  T q = a / b;
  return (q * b != a && ((a < 0) != (b < 0))) ? q - 1 : q;
}
template <class T> __host__ __device__ inline T ceildivsi(T a, T b) {
  T q = a / b;
  return (q * b != a && ((a < 0) == (b < 0))) ? q + 1 : q;
}
template <class T> __host__ __device__ inline T ceildivui(T a, T b) {
  return a == 0 ? 0 : (a - 1) / b + 1;
}

// arith.minnumf / maxnumf: the other operand if one is NaN, and -0 < +0 as MLIR's folds (fminf may return either zero).
template <class T> __host__ __device__ inline T minnumf(T a, T b) {
  if (isnan(a)) return b;
  if (isnan(b)) return a;
  if (a == b) return signbit(a) ? a : b;
  return a < b ? a : b;
}
template <class T> __host__ __device__ inline T maxnumf(T a, T b) {
  if (isnan(a)) return b;
  if (isnan(b)) return a;
  if (a == b) return signbit(a) ? b : a;
  return a > b ? a : b;
}

// arith.minimumf / maximumf: NaN if either is NaN, and -0 < +0.
template <class T> __host__ __device__ inline T minimumf(T a, T b) {
  if (isnan(a) || isnan(b)) return a + b;
  if (a == b) return signbit(a) ? a : b;
  return a < b ? a : b;
}
template <class T> __host__ __device__ inline T maximumf(T a, T b) {
  if (isnan(a) || isnan(b)) return a + b;
  if (a == b) return signbit(a) ? b : a;
  return a > b ? a : b;
}

// arith.bitcast between types of one width.
template <class To, class From> __host__ __device__ inline To bit_cast(From x) {
  static_assert(sizeof(To) == sizeof(From), "bit_cast between types of one width");
  To y;
  memcpy(&y, &x, sizeof y);
  return y;
}

__host__ __device__ inline float f32_from_bits(uint32_t bits) {
  float f;
  memcpy(&f, &bits, sizeof f);
  return f;
}
__host__ __device__ inline double f64_from_bits(uint64_t bits) {
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

// f16 and bf16 compute in float; other types in themselves.
__host__ __device__ inline float widen(__half x) { return __half2float(x); }
__host__ __device__ inline float widen(__nv_bfloat16 x) { return __bfloat162float(x); }
template <class T> __host__ __device__ inline T widen(T x) { return x; }
template <class T, class C> __host__ __device__ inline T narrow(C x) { return (T)x; }
template <> __host__ __device__ inline __half narrow<__half, float>(float x) { return __float2half_rn(x); }
template <> __host__ __device__ inline __nv_bfloat16 narrow<__nv_bfloat16, float>(float x) { return __float2bfloat16_rn(x); }

template <class T> using unsigned_of = typename std::make_unsigned<T>::type;

// Combining functions of gpu.subgroup_reduce and memref.atomic_rmw.
struct op_add { template <class T> __host__ __device__ T operator()(T a, T b) const { return narrow<T>(widen(a) + widen(b)); } };
struct op_mul { template <class T> __host__ __device__ T operator()(T a, T b) const { return narrow<T>(widen(a) * widen(b)); } };
struct op_and { template <class T> __host__ __device__ T operator()(T a, T b) const { return (T)(a & b); } };
struct op_or { template <class T> __host__ __device__ T operator()(T a, T b) const { return (T)(a | b); } };
struct op_xor { template <class T> __host__ __device__ T operator()(T a, T b) const { return (T)(a ^ b); } };
struct op_mins { template <class T> __host__ __device__ T operator()(T a, T b) const { return a < b ? a : b; } };
struct op_maxs { template <class T> __host__ __device__ T operator()(T a, T b) const { return a > b ? a : b; } };
struct op_minu { template <class T> __host__ __device__ T operator()(T a, T b) const { return (unsigned_of<T>)a < (unsigned_of<T>)b ? a : b; } };
struct op_maxu { template <class T> __host__ __device__ T operator()(T a, T b) const { return (unsigned_of<T>)a > (unsigned_of<T>)b ? a : b; } };
struct op_minnumf { template <class T> __host__ __device__ T operator()(T a, T b) const { return narrow<T>(minnumf(widen(a), widen(b))); } };
struct op_maxnumf { template <class T> __host__ __device__ T operator()(T a, T b) const { return narrow<T>(maxnumf(widen(a), widen(b))); } };
struct op_minimumf { template <class T> __host__ __device__ T operator()(T a, T b) const { return narrow<T>(minimumf(widen(a), widen(b))); } };
struct op_maximumf { template <class T> __host__ __device__ T operator()(T a, T b) const { return narrow<T>(maximumf(widen(a), widen(b))); } };
struct op_assign { template <class T> __host__ __device__ T operator()(T, T b) const { return b; } };

template <int Bytes> struct word;
template <> struct word<2> { using type = unsigned short int; };
template <> struct word<4> { using type = unsigned int; };
template <> struct word<8> { using type = unsigned long long int; };

// memref.atomic_rmw where CUDA has no atomic for the kind and type: a compare-and-swap loop; returns the old value.
template <class T, class F> __device__ inline T atomic_update(T* address, T value, F f) {
  using W = typename word<sizeof(T)>::type;
  W* p = (W*)address;
  W old = *p;
  W assumed;
  do {
    assumed = old;
    T current;
    memcpy(&current, &assumed, sizeof(T));
    T next = f(current, value);
    W bits;
    memcpy(&bits, &next, sizeof(T));
    old = atomicCAS(p, assumed, bits);
  } while (old != assumed);
  T result;
  memcpy(&result, &old, sizeof(T));
  return result;
}

// gpu.lane_id: the lane of the thread's linear id in the block.
__device__ inline int64_t lane_id() {
  return (int64_t)(((threadIdx.z * blockDim.y + threadIdx.y) * blockDim.x + threadIdx.x) % 32u);
}

// gpu.shuffle's valid flag: whether the source lane is within width.
__device__ inline bool shuffle_valid_xor(int32_t offset, int32_t width) { return (int32_t)((lane_id() % width) ^ offset) < width; }
__device__ inline bool shuffle_valid_down(int32_t offset, int32_t width) { return (int32_t)(lane_id() % width) + offset < width; }
__device__ inline bool shuffle_valid_up(int32_t offset, int32_t width) { return (int32_t)(lane_id() % width) >= offset; }
__device__ inline bool shuffle_valid_idx(int32_t offset, int32_t width) { return offset < width; }

// gpu.subgroup_reduce: a butterfly over clusters of lanes (the whole warp by default).
template <class T, class F> __device__ inline T subgroup_reduce(T v, F f, int cluster = 32) {
  for (int offset = cluster / 2; offset > 0; offset /= 2) v = f(v, __shfl_xor_sync(0xffffffffu, v, offset));
  return v;
}

__device__ inline bool first_thread() { return threadIdx.x == 0 && threadIdx.y == 0 && threadIdx.z == 0; }

// gpu.flag_signal: once every thread of the block is done, make its writes visible, then count.
__device__ inline void flag_signal(int32_t* flag) {
  __syncthreads();
  if (first_thread()) {
    __threadfence();
    atomicAdd((int*)flag, 1);
  }
}

// gpu.flag_wait: spin until the flag reaches count, then fence so the producers' writes are seen.
__device__ inline void flag_wait(const int32_t* flag, int32_t count) {
  if (first_thread()) {
    while (*(const volatile int32_t*)flag < count) {
    }
    __threadfence();
  }
  __syncthreads();
}

template <class T> __global__ void fill_kernel(T* p, int64_t n, T value) {
  int64_t i = (int64_t)blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) p[i] = value;
}

// gpu.memset: every element of p[0..n) set to value.
template <class T> inline void fill(T* p, int64_t n, T value) {
  if (n <= 0) return;
  fill_kernel<<<(unsigned)((n + 255) / 256), 256>>>(p, n, value);
  DLC_CHECK(cudaGetLastError());
}

// A cooperative launch, after checking that every block of the grid can be resident at once.
inline void launch_cooperative(const void* kernel, const char* name, dim3 grid, dim3 block, size_t shared, void** args) {
  int device = 0;
  int sms = 0;
  int per_sm = 0;
  DLC_CHECK(cudaGetDevice(&device));
  DLC_CHECK(cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, device));
  DLC_CHECK(cudaOccupancyMaxActiveBlocksPerMultiprocessor(&per_sm, kernel, (int)(block.x * block.y * block.z), shared));
  long long blocks = (long long)grid.x * grid.y * grid.z;
  if ((long long)per_sm * sms < blocks) {
    fprintf(stderr, "dlc: cooperative kernel %s needs %lld resident blocks; %d per SM x %d SMs fit\\n", name, blocks, per_sm, sms);
    exit(1);
  }
  DLC_CHECK(cudaLaunchCooperativeKernel(kernel, grid, block, args, shared, 0));
}

// Device buffers of host functions (memref.alloc, gpu.alloc) come from a cache: a buffer freed by one
// run is reused by the next, so timed runs make no cudaMalloc or cudaFree calls (cudaFree
// synchronizes the whole device).
inline std::map<size_t, std::vector<void*>>& cached_buffers() {
  static std::map<size_t, std::vector<void*>> buffers;
  return buffers;
}
inline std::map<void*, size_t>& buffer_sizes() {
  static std::map<void*, size_t> sizes;
  return sizes;
}
template <class T> inline void alloc(T** p, int64_t count) {
  size_t bytes = count > 0 ? (size_t)count * sizeof(T) : 1;
  std::vector<void*>& cached = cached_buffers()[bytes];
  if (!cached.empty()) {
    *p = (T*)cached.back();
    cached.pop_back();
    return;
  }
  DLC_CHECK(cudaMalloc((void**)p, bytes));
  buffer_sizes()[(void*)*p] = bytes;
}
// Returns a buffer of alloc's to the cache; other pointers are cudaFree'd.
inline void release(void* p) {
  auto it = buffer_sizes().find(p);
  if (it == buffer_sizes().end()) DLC_CHECK(cudaFree(p));
  else cached_buffers()[it->second].push_back(p);
}

// A kernel whose shared memory exceeds the 48 KiB default must opt in to more.
inline void allow_shared(const void* kernel, size_t bytes) {
  if (bytes > 48 * 1024) DLC_CHECK(cudaFuncSetAttribute(kernel, cudaFuncAttributeMaxDynamicSharedMemorySize, (int)bytes));
}

}  // namespace dlc
`;
}
