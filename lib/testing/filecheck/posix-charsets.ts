// Byte-level building blocks of the POSIX regex translation: C-locale character classes,
// collating-element names, case folding, and JS source for single bytes and byte sets.

/** The C-locale character classes of `[[:name:]]`. */
export const CLASSES: Readonly<Record<string, (c: number) => boolean>> = {
  alnum: (c) => isAlpha(c) || isDigit(c),
  alpha: (c) => isAlpha(c),
  blank: (c) => c === 0x20 || c === 0x09,
  cntrl: (c) => c < 0x20 || c === 0x7f,
  digit: (c) => isDigit(c),
  graph: (c) => c > 0x20 && c < 0x7f,
  lower: (c) => c >= 0x61 && c <= 0x7a,
  print: (c) => c >= 0x20 && c < 0x7f,
  punct: (c) => c > 0x20 && c < 0x7f && !isAlpha(c) && !isDigit(c),
  space: (c) => c === 0x20 || (c >= 0x09 && c <= 0x0d),
  upper: (c) => c >= 0x41 && c <= 0x5a,
  xdigit: (c) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66),
};

// Collating-element names of POSIX's portable character set, as in regcomp's table.
export const COLLATING_NAMES: Readonly<Record<string, number>> = {
  NUL: 0, SOH: 1, STX: 2, ETX: 3, EOT: 4, ENQ: 5, ACK: 6, BEL: 7, BS: 8, HT: 9, LF: 10, VT: 11,
  FF: 12, CR: 13, SO: 14, SI: 15, DLE: 16, DC1: 17, DC2: 18, DC3: 19, DC4: 20, NAK: 21, SYN: 22,
  ETB: 23, CAN: 24, EM: 25, SUB: 26, ESC: 27, IS4: 28, FS: 28, IS3: 29, GS: 29, IS2: 30, RS: 30,
  IS1: 31, US: 31, alert: 7, backspace: 8, tab: 9, newline: 10, 'vertical-tab': 11, 'form-feed': 12,
  'carriage-return': 13, space: 32, 'exclamation-mark': 33, 'quotation-mark': 34,
  'number-sign': 35, 'dollar-sign': 36, 'percent-sign': 37, ampersand: 38, apostrophe: 39,
  'left-parenthesis': 40, 'right-parenthesis': 41, asterisk: 42, 'plus-sign': 43, comma: 44,
  hyphen: 45, 'hyphen-minus': 45, period: 46, 'full-stop': 46, slash: 47, solidus: 47,
  zero: 48, one: 49, two: 50, three: 51, four: 52, five: 53, six: 54, seven: 55, eight: 56,
  nine: 57, colon: 58, semicolon: 59, 'less-than-sign': 60, 'equals-sign': 61,
  'greater-than-sign': 62, 'question-mark': 63, 'commercial-at': 64,
  'left-square-bracket': 91, backslash: 92, 'reverse-solidus': 92, 'right-square-bracket': 93,
  circumflex: 94, 'circumflex-accent': 94, underscore: 95, 'low-line': 95, 'grave-accent': 96,
  'left-brace': 123, 'left-curly-bracket': 123, 'vertical-line': 124, 'right-brace': 125,
  'right-curly-bracket': 125, tilde: 126, DEL: 127,
};

/** ASCII letter test on a byte. */
export function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** ASCII digit test on a byte. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The other case of an ASCII letter; other bytes unchanged. */
export function otherCase(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0x61 && c <= 0x7a) return c - 32;
  return c;
}

function hex(c: number): string {
  return `\\x${c.toString(16).padStart(2, '0')}`;
}

/** JS source matching exactly the byte `c` (both cases of a letter under ignore-case). */
export function literal(c: number, ignoreCase: boolean): string {
  if (ignoreCase && isAlpha(c)) return `[${String.fromCharCode(c)}${String.fromCharCode(otherCase(c))}]`;
  if (isAlpha(c) || isDigit(c) || c === 0x5f || c === 0x20) return String.fromCharCode(c);
  return hex(c);
}

/** JS character class for a set of bytes 0..255. */
export function byteClass(set: Uint8Array): string {
  let count = 0;
  for (const b of set) count += b;
  if (count === 256) return '[^]';
  let out = '[';
  for (let c = 0; c < 256; c++) {
    if (!set[c]) continue;
    let end = c;
    while (end + 1 < 256 && set[end + 1]) end++;
    out += end === c ? hex(c) : `${hex(c)}-${hex(end)}`;
    c = end;
  }
  return `${out}]`;
}

// Bytes that stand for themselves in an ERE (everything but ( ) | * + ? . [ \ ^ $ {).
export const ORDINARY = new Uint8Array(256).fill(1);
for (const c of '()|*+?.[\\^${') ORDINARY[c.charCodeAt(0)] = 0;
