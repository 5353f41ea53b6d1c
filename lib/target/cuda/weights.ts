// dense_resource globals: their blob bytes as a `__device__` initialiser when small, else in a side
// weights file that the emitted `dlc_load_weights` copies to the device (see README.md).
import { createHash } from 'node:crypto';
import { DenseResourceElementsAttr, type Operation } from '../../ir/index.js';
import { fileResources } from '../../parse/index.js';
import { blobElementBytes } from '../../interp/resource-blobs.js';
import { EmitError } from './emitter.js';

/** Default largest blob (bytes) written into the .cu file; larger ones go to the side file. */
export const DEFAULT_INLINE_LIMIT = 64 * 1024;
/** The inline blobs of one file together stay within this many times the per-blob limit. */
export const INLINE_TOTAL_FACTOR = 16;

/** The side file starts with this magic, then the payload size and a 64-bit tag of the payload (little endian). */
export const WEIGHTS_MAGIC = 'DLCWGHT1';
const HEADER_BYTES = 24;
/** Each blob starts at a multiple of this in the payload. */
const BLOB_ALIGN = 256;

/** The C storage type of blob elements of `size` bytes (the element type's bits, unsigned). */
export function wordType(size: number): string {
  return `uint${size * 8}_t`;
}

/** The outermost op holding `op`: the module whose file resources it may use. */
function topLevel(op: Operation): Operation {
  let top = op;
  while (top.parentOp) top = top.parentOp;
  return top;
}

/** The elements' bytes of `attr` (the blob without its 4-byte alignment header), element size; an error at `op` when the blob is missing or has the wrong size. */
export function resourceBytes(attr: DenseResourceElementsAttr, op: Operation): { bytes: Buffer; size: number } {
  const size = blobElementBytes(attr.type.elementType);
  if (size === undefined) throw new EmitError(op, `dense_resource elements of type '${String(attr.type.elementType)}' have no CUDA C++ translation`);
  const hex = fileResources.get(topLevel(op))?.dialect.get('builtin')?.get(attr.handle) ?? op.context.resourceBlobs.get('builtin', attr.handle);
  if (hex === undefined) throw new EmitError(op, `dense_resource blob '${attr.handle}' is missing from the file's resources`);
  const count = 'shape' in attr.type ? attr.type.shape.reduce((a, b) => a * b, 1) : 0;
  const bytes = Buffer.from(hex.slice(2 + 8), 'hex');
  if (bytes.length !== count * size) throw new EmitError(op, `dense_resource blob '${attr.handle}' holds ${bytes.length} bytes, not ${count * size} for ${count} elements of '${String(attr.type.elementType)}'`);
  return { bytes, size };
}

/** The brace initialiser of `bytes` as little-endian words of `size` bytes, 12 words a line. */
export function wordsInitialiser(bytes: Buffer, size: number): string {
  const words: string[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    let hex = '';
    for (let k = size - 1; k >= 0; k--) hex += bytes[at + k].toString(16).padStart(2, '0');
    words.push(`0x${hex.replace(/^0+(?=.)/, '')}${size === 8 ? 'ull' : 'u'}`);
  }
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += 12) lines.push(`    ${words.slice(i, i + 12).join(', ')}`);
  return `{\n${lines.join(',\n')}\n}`;
}

/** Decides which blobs go inline and collects the others into the side file. */
export class WeightsPlan {
  private inlineBytes = 0;
  private readonly side: { symbol: string; bytes: Buffer; offset: number }[] = [];
  private payload = 0;
  private built?: Buffer;

  /** `limit`: the largest blob written inline; `file`: the side file's name the harness looks for (undefined: no side file, an error for larger blobs). */
  constructor(readonly limit: number, readonly file?: string) {}

  /** Whether `bytes` goes inline; otherwise it is added to the side file for C symbol `symbol` (an error at `op` without one). */
  place(symbol: string, bytes: Buffer, op: Operation): boolean {
    if (bytes.length <= this.limit && this.inlineBytes + bytes.length <= this.limit * INLINE_TOTAL_FACTOR) {
      this.inlineBytes += bytes.length;
      return true;
    }
    if (this.file === undefined) {
      throw new EmitError(op, `a dense_resource of ${bytes.length} bytes goes to a side weights file (above the inline limit of ${this.limit} bytes a blob, ${this.limit * INLINE_TOTAL_FACTOR} in all): translate with -o FILE, or raise --cuda-inline-limit`);
    }
    this.side.push({ symbol, bytes, offset: this.payload });
    this.payload = Math.ceil((this.payload + bytes.length) / BLOB_ALIGN) * BLOB_ALIGN;
    return false;
  }

  /** Whether any blob went to the side file. */
  get hasSideFile(): boolean {
    return this.side.length > 0;
  }

  /** The side file: header (magic, payload bytes, tag), then each blob at its offset. */
  fileBytes(): Buffer {
    if (this.built) return this.built;
    const out = Buffer.alloc(HEADER_BYTES + this.payload);
    out.write(WEIGHTS_MAGIC, 0, 'latin1');
    out.writeBigUInt64LE(BigInt(this.payload), 8);
    for (const s of this.side) s.bytes.copy(out, HEADER_BYTES + s.offset);
    out.writeBigUInt64LE(this.tag(out.subarray(HEADER_BYTES)), 16);
    return (this.built = out);
  }

  /** The first 64 bits of the payload's SHA-256: tells a weights file of another translation from this one's. */
  private tag(payload: Buffer): bigint {
    return createHash('sha256').update(payload).digest().readBigUInt64LE(0);
  }

  /** `dlc_load_weights(path)`: reads the side file, checks its header against this translation, copies each blob to its symbol. */
  loaderText(): string {
    const file = this.fileBytes();
    const copies = this.side.map((s) => `  DLC_CHECK(cudaMemcpyToSymbol(${s.symbol}, data.data() + ${HEADER_BYTES + s.offset}, ${s.bytes.length}));`);
    return `// The dense_resource globals above ${this.limit} bytes live in the side file ${JSON.stringify(this.file)}; call this before any host function.
static bool dlc_weights_loaded = false;
extern "C" void dlc_load_weights(const char* path) {
  FILE* f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "dlc: cannot open the weights file %s\\n", path);
    exit(1);
  }
  std::vector<unsigned char> data(${file.length} + 1);
  size_t got = fread(data.data(), 1, data.size(), f);
  fclose(f);
  uint64_t size = 0, tag = 0;
  if (got >= ${HEADER_BYTES}) {
    memcpy(&size, data.data() + 8, 8);
    memcpy(&tag, data.data() + 16, 8);
  }
  if (got != ${file.length} || memcmp(data.data(), "${WEIGHTS_MAGIC}", 8) != 0 || size != ${this.payload}ull || tag != 0x${file.readBigUInt64LE(16).toString(16)}ull) {
    fprintf(stderr, "dlc: %s is not the weights file of this translation (expected ${file.length} bytes with tag %016llx)\\n", path, 0x${file.readBigUInt64LE(16).toString(16)}ull);
    exit(1);
  }
${copies.join('\n')}
  dlc_weights_loaded = true;
}

inline void dlc_require_weights() {
  if (!dlc_weights_loaded) {
    fprintf(stderr, "dlc: call dlc_load_weights(\\"${this.file}\\") before running the model\\n");
    exit(1);
  }
}
`;
  }
}
