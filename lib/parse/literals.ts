// Literal values: string unescaping, integer spellings, and floats rounded to each float type.
import type { FloatKind } from '../ir/types.js';

/** The value of a lexed string token (quotes included), with MLIR's escapes decoded. */
export function unescapeString(image: string): string {
  const body = image.slice(1, -1);
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let bytes: number[] = [];
  const flushBytes = (): void => {
    if (bytes.length) {
      out += decodeBytes(bytes);
      bytes = [];
    }
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      flushBytes();
      out += c;
      continue;
    }
    const d = body[i + 1];
    if (d === '"' || d === '\\') {
      flushBytes();
      out += d;
      i++;
    } else if (d === 'n') {
      flushBytes();
      out += '\n';
      i++;
    } else if (d === 't') {
      flushBytes();
      out += '\t';
      i++;
    } else {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    }
  }
  flushBytes();
  return out;
}

/**
 * Hex escapes are bytes. Runs that form valid UTF-8 become characters; a byte that does not
 * becomes the lone surrogate U+DC00+byte (Python's "surrogateescape"), so that the printer can
 * write the original byte back and `"\FF"` round-trips.
 */
function decodeBytes(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let cp = len === 1 ? b : len === 2 ? b & 0x1f : len === 3 ? b & 0x0f : b & 0x07;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) ok = false;
      cp = (cp << 6) | (c & 0x3f);
    }
    const min = [0, 0, 0x80, 0x800, 0x10000][len];
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      out += String.fromCodePoint(cp);
      i += len;
    } else {
      out += String.fromCharCode(0xdc00 + b);
      i++;
    }
  }
  return out;
}

/** The value of an integer token: decimal or `0x` hex. */
export function integerValue(image: string): bigint {
  return BigInt(image);
}

/** True when an integer token is spelled in hex. */
export function isHexInteger(image: string): boolean {
  return image.length > 1 && image[1] === 'x';
}

/** Exponent and significand bits of the IEEE-like float kinds, for rounding parsed values. */
const FORMATS: Partial<Record<FloatKind, { mant: number; minExp: number; maxExp: number; bits: number }>> = {
  f16: { mant: 10, minExp: -14, maxExp: 15, bits: 16 },
  bf16: { mant: 7, minExp: -126, maxExp: 127, bits: 16 },
  tf32: { mant: 10, minExp: -126, maxExp: 127, bits: 19 },
  f32: { mant: 23, minExp: -126, maxExp: 127, bits: 32 },
  f64: { mant: 52, minExp: -1022, maxExp: 1023, bits: 64 },
  f8E5M2: { mant: 2, minExp: -14, maxExp: 15, bits: 8 },
  f8E4M3: { mant: 3, minExp: -6, maxExp: 7, bits: 8 },
  f8E3M4: { mant: 4, minExp: -2, maxExp: 3, bits: 8 },
};

/** Rounds `value` to the nearest value of `kind` (ties to even), as APFloat's convert does. */
export function roundToFloat(value: number, kind: FloatKind): number {
  if (kind === 'f64' || !Number.isFinite(value) || value === 0) return value;
  if (kind === 'f32') return Math.fround(value);
  const f = FORMATS[kind];
  if (!f) return value;
  const abs = Math.abs(value);
  const exp = Math.max(Math.floor(Math.log2(abs)), f.minExp);
  const ulp = 2 ** (exp - f.mant);
  const q = abs / ulp;
  let r = Math.round(q);
  if (r - q === 0.5 && r % 2 === 1) r -= 1;
  const rounded = r * ulp;
  const max = (2 - 2 ** -f.mant) * 2 ** f.maxExp;
  const result = rounded > max ? Infinity : rounded;
  return value < 0 ? -result : result;
}

/** The float of `kind` whose bit pattern is `bits`, or undefined when the kind is not decodable. */
export function floatFromBits(bits: bigint, kind: FloatKind): number | undefined {
  const view = new DataView(new ArrayBuffer(8));
  switch (kind) {
    case 'f64':
      view.setBigUint64(0, bits);
      return view.getFloat64(0);
    case 'f32':
      view.setUint32(0, Number(bits));
      return view.getFloat32(0);
    case 'bf16':
      view.setUint32(0, Number(bits) << 16);
      return view.getFloat32(0);
    default: {
      const f = FORMATS[kind];
      if (!f) return undefined;
      const expBits = f.bits - 1 - f.mant;
      const b = Number(bits);
      const sign = (b >> (f.bits - 1)) & 1 ? -1 : 1;
      const e = (b >> f.mant) & ((1 << expBits) - 1);
      const m = b & ((1 << f.mant) - 1);
      const bias = (1 << (expBits - 1)) - 1;
      if (e === (1 << expBits) - 1) return m ? NaN : sign * Infinity;
      if (e === 0) return sign * m * 2 ** (1 - bias - f.mant);
      return sign * (1 + m / 2 ** f.mant) * 2 ** (e - bias);
    }
  }
}

/** Storage width in bits of a float kind, for hex literal range checks. */
export function floatBits(kind: FloatKind): number {
  const w: Record<string, number> = { f80: 80, f128: 128, tf32: 32 };
  return w[kind] ?? FORMATS[kind]?.bits ?? (kind.startsWith('f4') ? 4 : kind.startsWith('f6') ? 6 : 8);
}
