// The harness `main` of an emitted .cu file (left out under -DDLC_NO_MAIN): it allocates the entry
// function's inputs (from .npy files or a seed), runs warm-up and timed runs with CUDA events,
// prints the median time and writes the results as .npy files, as dlc-run does.
import { ArrayAttr, DictionaryAttr, FloatType, IndexType, IntegerType, MemRefType, StringAttr, type Operation, type Type } from '../../ir/index.js';
import { EmitError } from './emitter.js';
import { functionTypeOf, symbolName } from './kernel.js';
import { hostName } from './host.js';
import { cType } from './types.js';

/** The harness's library: options, a seeded generator, .npy reading and writing. */
const HARNESS_LIBRARY = `#ifndef DLC_NO_MAIN
#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace dlc_harness {

const char* const usage =
    "usage: %s [--input NAME=FILE.npy]... [--seed N] [--warmup N] [--runs N] [--out DIR] [--weights FILE]\\n"
    "  NAME is an argument's position or its dlc.name; other inputs are random from the seed.\\n"
    "  Prints the median time of the runs; with --out, writes DIR/result<i>.npy.\\n"
    "  --weights: the side weights file, if the model has one (default: its name beside the executable).\\n";

[[noreturn]] inline void fail(const std::string& message) {
  fprintf(stderr, "dlc: %s\\n", message.c_str());
  exit(1);
}

struct Options {
  std::vector<std::pair<std::string, std::string>> inputs;
  uint64_t seed = 0;
  int warmup = 3;
  int runs = 20;
  std::string out;
  std::string weights;
};

inline Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) fail("missing value after " + a);
      return argv[++i];
    };
    if (a == "--input") {
      std::string v = value();
      size_t eq = v.find('=');
      if (eq == std::string::npos) fail("--input takes NAME=FILE.npy, got " + v);
      o.inputs.push_back({v.substr(0, eq), v.substr(eq + 1)});
    } else if (a == "--seed") {
      o.seed = std::stoull(value());
    } else if (a == "--warmup") {
      o.warmup = std::stoi(value());
    } else if (a == "--runs") {
      o.runs = std::stoi(value());
    } else if (a == "--out") {
      o.out = value();
    } else if (a == "--weights") {
      o.weights = value();
    } else if (a == "--help") {
      printf(usage, argv[0]);
      exit(0);
    } else {
      fail("unknown option '" + a + "' (try --help)");
    }
  }
  if (o.runs < 1 || o.warmup < 0) fail("--runs must be at least 1 and --warmup at least 0");
  return o;
}

// \`name\` in the directory of the executable \`argv0\` (the current one when it has no slash).
inline std::string beside(const char* argv0, const std::string& name) {
  std::string self = argv0;
  size_t slash = self.rfind('/');
  return slash == std::string::npos ? name : self.substr(0, slash + 1) + name;
}

// splitmix64: small, seedable, the same on every platform.
struct Rng {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  double uniform() { return (double)(next() >> 11) * 0x1.0p-53; }
};

inline size_t count_of(const std::vector<int64_t>& shape) {
  size_t n = 1;
  for (int64_t d : shape) n *= (size_t)d;
  return n;
}

inline std::string shape_text(const std::vector<int64_t>& shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + (shape.size() == 1 ? ",)" : ")");
}

// The elements of a .npy file of dtype descr and the given shape (C order), as raw bytes.
inline std::vector<char> read_npy(const std::string& path, const char* descr, const std::vector<int64_t>& shape, size_t element_bytes) {
  FILE* f = fopen(path.c_str(), "rb");
  if (!f) fail("cannot read '" + path + "'");
  std::vector<char> bytes;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) bytes.insert(bytes.end(), chunk, chunk + n);
  fclose(f);
  if (bytes.size() < 12 || memcmp(bytes.data(), "\\x93NUMPY", 6) != 0) fail("'" + path + "' is not a .npy file");
  const unsigned char* b = (const unsigned char*)bytes.data();
  size_t header_length = b[6] == 1 ? (size_t)(b[8] | (b[9] << 8)) : (size_t)(b[8] | (b[9] << 8) | (b[10] << 16) | ((size_t)b[11] << 24));
  size_t start = b[6] == 1 ? 10 : 12;
  if (bytes.size() < start + header_length) fail("'" + path + "': truncated header");
  std::string header(bytes.data() + start, header_length);
  if (header.find(std::string("'descr': '") + descr + "'") == std::string::npos) fail("'" + path + "': expected dtype " + descr + ", header " + header);
  if (header.find("'fortran_order': False") == std::string::npos) fail("'" + path + "': only C order is supported");
  if (header.find("'shape': " + shape_text(shape)) == std::string::npos) fail("'" + path + "': expected shape " + shape_text(shape) + ", header " + header);
  size_t data_bytes = count_of(shape) * element_bytes;
  if (bytes.size() < start + header_length + data_bytes) fail("'" + path + "': truncated data");
  return std::vector<char>(bytes.begin() + start + header_length, bytes.begin() + start + header_length + data_bytes);
}

inline void write_npy(const std::string& path, const char* descr, const std::vector<int64_t>& shape, const void* data, size_t data_bytes) {
  std::string header = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': " + shape_text(shape) + ", }";
  header += std::string((64 - (10 + header.size() + 1) % 64) % 64, ' ') + "\\n";
  FILE* f = fopen(path.c_str(), "wb");
  if (!f) fail("cannot write '" + path + "'");
  unsigned char head[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (unsigned char)(header.size() & 0xff), (unsigned char)(header.size() >> 8)};
  fwrite(head, 1, sizeof head, f);
  fwrite(header.data(), 1, header.size(), f);
  fwrite(data, 1, data_bytes, f);
  fclose(f);
}

template <class T> T random_value(Rng& rng) {
  if constexpr (std::is_same<T, bool>::value) {
    return (rng.next() & 1) != 0;
  } else if constexpr (std::is_integral<T>::value) {
    return (T)((int64_t)(rng.next() % 17) - 8);
  } else {
    return dlc::narrow<T>((float)(rng.uniform() * 2 - 1));
  }
}

// Host copies hold bool as a byte (std::vector<bool> packs bits); bf16 has no numpy dtype: its files hold float32, as dlc-run writes them.
template <class T> using storage_t = typename std::conditional<std::is_same<T, bool>::value, uint8_t, T>::type;
template <class T> using file_t = typename std::conditional<std::is_same<T, __nv_bfloat16>::value, float, storage_t<T>>::type;

inline std::string input_path(const Options& o, int index, const char* name) {
  std::string path;
  for (const auto& in : o.inputs)
    if (in.first == name || in.first == std::to_string(index)) path = in.second;
  return path;
}

// The host values of input index: read from its file, or random.
template <class T> std::vector<storage_t<T>> host_input(const Options& o, int index, const char* name, const std::vector<int64_t>& shape, const char* descr, Rng& rng) {
  std::vector<storage_t<T>> host(count_of(shape));
  std::string path = input_path(o, index, name);
  if (path.empty()) {
    for (auto& x : host) x = random_value<T>(rng);
    return host;
  }
  std::vector<char> raw = read_npy(path, descr, shape, sizeof(file_t<T>));
  const file_t<T>* values = (const file_t<T>*)raw.data();
  for (size_t i = 0; i < host.size(); ++i) host[i] = dlc::narrow<storage_t<T>>(values[i]);
  return host;
}

template <class T> T* device_input(const Options& o, int index, const char* name, const std::vector<int64_t>& shape, const char* descr, Rng& rng) {
  std::vector<storage_t<T>> host = host_input<T>(o, index, name, shape, descr, rng);
  T* device = nullptr;
  DLC_CHECK(cudaMalloc(&device, std::max<size_t>(host.size(), 1) * sizeof(T)));
  DLC_CHECK(cudaMemcpy(device, host.data(), host.size() * sizeof(T), cudaMemcpyHostToDevice));
  return device;
}

template <class T> void save(const Options& o, int index, const T* values, bool on_device, const std::vector<int64_t>& shape, const char* descr) {
  std::vector<storage_t<T>> host(count_of(shape));
  if (on_device) DLC_CHECK(cudaMemcpy(host.data(), values, host.size() * sizeof(T), cudaMemcpyDeviceToHost));
  else for (size_t i = 0; i < host.size(); ++i) host[i] = (storage_t<T>)values[i];
  std::vector<file_t<T>> file(host.size());
  for (size_t i = 0; i < host.size(); ++i) file[i] = (file_t<T>)dlc::widen(host[i]);
  std::string path = o.out + "/result" + std::to_string(index) + ".npy";
  write_npy(path, descr, shape, file.data(), file.size() * sizeof(file_t<T>));
  printf("result #%d saved to %s\\n", index, path.c_str());
}

// Frees a result between runs unless it is one of the inputs (a function may return its argument).
inline void release(const void* result, std::initializer_list<const void*> inputs) {
  if (!result) return;
  for (const void* in : inputs)
    if (in == result) return;
  dlc::release((void*)result);
}

inline float median(std::vector<float> times) {
  std::sort(times.begin(), times.end());
  size_t n = times.size();
  return n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
}

}  // namespace dlc_harness
`;

/** The .npy dtype of element type `t` (bf16 files hold float32). */
function npyDescr(t: Type, op: Operation): string {
  if (t instanceof FloatType && ['f16', 'bf16', 'f32', 'f64'].includes(t.name)) return { f16: '<f2', bf16: '<f4', f32: '<f4', f64: '<f8' }[t.name as 'f32'];
  if (t instanceof IndexType) return '<i8';
  if (t instanceof IntegerType && [1, 8, 16, 32, 64].includes(t.width)) return t.width === 1 ? '|b1' : t.width === 8 ? '|i1' : `<i${t.width / 8}`;
  throw new EmitError(op, `the harness cannot read or write elements of type '${String(t)}'`);
}

/** The `dlc.name` of each argument of `fn`. */
function argumentNames(fn: Operation): (string | undefined)[] {
  const attrs = fn.getAttr('arg_attrs') ?? fn.getProp('arg_attrs');
  if (!(attrs instanceof ArrayAttr)) return [];
  return attrs.elements.map((d) => {
    const name = d instanceof DictionaryAttr ? d.get('dlc.name') : undefined;
    return name instanceof StringAttr ? name.value : undefined;
  });
}

/** The harness library and a `main` that runs host function `fn`, loading the side weights file `weightsFile` first when given. */
export function emitHarness(fn: Operation, weightsFile?: string): string {
  const type = functionTypeOf(fn);
  const fnName = symbolName(fn);
  const names = argumentNames(fn);
  const shapeOf = (t: Type, what: string): string => {
    if (!(t instanceof MemRefType)) return '{}';
    if (t.shape.some((d) => d < 0) || t.layout !== null) throw new EmitError(fn, `${what} of type '${String(t)}': the harness needs static shapes with the identity layout`);
    return `{${t.shape.join(', ')}}`;
  };
  const elementOf = (t: Type) => (t instanceof MemRefType ? t.elementType : t);
  const ct = (t: Type) => {
    try {
      return cType(elementOf(t));
    } catch (e) {
      throw new EmitError(fn, (e as Error).message);
    }
  };
  const body: string[] = ['  dlc_harness::Options o = dlc_harness::parse(argc, argv);', '  dlc_harness::Rng rng{o.seed};'];
  if (weightsFile !== undefined) {
    body.push(`  dlc_load_weights((o.weights.empty() ? dlc_harness::beside(argv[0], ${JSON.stringify(weightsFile)}) : o.weights).c_str());`);
  }
  const inputs: string[] = [];
  type.inputs.forEach((t, i) => {
    const label = JSON.stringify(names[i] ?? String(i));
    const args = `o, ${i}, ${label}, ${shapeOf(t, `argument #${i}`)}, "${npyDescr(elementOf(t), fn)}", rng`;
    if (t instanceof MemRefType) body.push(`  ${ct(t)}* in${i} = dlc_harness::device_input<${ct(t)}>(${args});`);
    else body.push(`  ${ct(t)} in${i} = dlc_harness::host_input<${ct(t)}>(${args})[0];`);
    inputs.push(`in${i}`);
  });
  const outputs = type.results.map((t, i) => {
    shapeOf(t, `result #${i}`);
    body.push(t instanceof MemRefType ? `  ${ct(t)}* out${i} = nullptr;` : `  ${ct(t)} out${i}{};`);
    return `&out${i}`;
  });
  const pointers = type.inputs.flatMap((t, i) => (t instanceof MemRefType ? [`in${i}`] : []));
  const releases = type.results.flatMap((t, i) => (t instanceof MemRefType ? [`      dlc_harness::release(out${i}, {${pointers.join(', ')}});`] : []));
  body.push(
    '  cudaEvent_t start, stop;',
    '  DLC_CHECK(cudaEventCreate(&start));',
    '  DLC_CHECK(cudaEventCreate(&stop));',
    '  std::vector<float> times;',
    '  for (int run = 0; run < o.warmup + o.runs; ++run) {',
    '    DLC_CHECK(cudaEventRecord(start));',
    `    ${hostName(fnName)}(${[...inputs, ...outputs].join(', ')});`,
    '    DLC_CHECK(cudaEventRecord(stop));',
    '    DLC_CHECK(cudaEventSynchronize(stop));',
    '    DLC_CHECK(cudaGetLastError());',
    '    float ms = 0;',
    '    DLC_CHECK(cudaEventElapsedTime(&ms, start, stop));',
    '    if (run >= o.warmup) times.push_back(ms);',
    ...(releases.length ? ['    if (run + 1 < o.warmup + o.runs) {', ...releases, '    }'] : []),
    '  }',
    `  printf("@${fnName}: median %.4f ms over %d runs (%d warm-up)\\n", dlc_harness::median(times), o.runs, o.warmup);`,
    '  if (!o.out.empty()) {',
    ...type.results.map((t, i) => `    dlc_harness::save<${ct(t)}>(o, ${i}, ${t instanceof MemRefType ? `out${i}, true` : `&out${i}, false`}, ${shapeOf(t, '')}, "${npyDescr(elementOf(t), fn)}");`),
    '  }',
    '  return 0;',
  );
  return `${HARNESS_LIBRARY}\nint main(int argc, char** argv) {\n${body.join('\n')}\n}\n#endif  // DLC_NO_MAIN\n`;
}
