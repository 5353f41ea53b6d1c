// Lexical printing helpers shared by the attribute, type and op printers: string escaping,
// bare identifiers versus quoted strings, and dialect symbol bodies.

// Strings made only of printable ASCII without `"` and `\` print as they are; testing this
// with one regex is much faster than walking bytes, and it is by far the common case.
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const HEX = '0123456789ABCDEF';
const encoder = new TextEncoder();

/**
 * `"text"` with MLIR's escaping: `\\`, `\22` for quotes, `\XX` for every byte that is not
 * printable ASCII. Characters are written as UTF-8, except lone surrogates U+DC00..U+DCFF,
 * which stand for single raw bytes (the parser's "surrogateescape" for invalid UTF-8).
 */
export function escapeString(s: string): string {
  if (PLAIN.test(s)) return `"${s}"`;
  let out = '"';
  const byte = (c: number): void => {
    if (c === 0x5c) out += '\\\\';
    else if (c >= 0x20 && c <= 0x7e && c !== 0x22) out += String.fromCharCode(c);
    else out += `\\${HEX[c >> 4]}${HEX[c & 15]}`;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      byte(c);
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdcff) {
      byte(c - 0xdc00);
      continue;
    }
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    for (const b of encoder.encode(String.fromCodePoint(cp))) byte(b);
  }
  return `${out}"`;
}

const BARE = /^[A-Za-z_][A-Za-z0-9_$.]*$/;

/** True when `s` can print without quotes (MLIR's isBareIdentifier). */
export function isBareIdentifier(s: string): boolean {
  return BARE.test(s);
}

/** `name` when it is a bare identifier, else the escaped string. */
export function keywordOrString(s: string): string {
  return BARE.test(s) ? s : escapeString(s);
}

/** `@name` or `@"quoted name"`. */
export function symbolReference(s: string): string {
  return s === '' ? '@<<INVALID EMPTY SYMBOL>>' : `@${keywordOrString(s)}`;
}

const PRETTY_SYMBOL = /^[A-Za-z][A-Za-z0-9._]*(<[^]*>)?$/;

/** `!dialect.body` when the body is simple enough (MLIR's pretty form), else `!dialect<body>`. */
export function dialectSymbol(prefix: '!' | '#', dialect: string, body: string): string {
  return PRETTY_SYMBOL.test(body) ? `${prefix}${dialect}.${body}` : `${prefix}${dialect}<${body}>`;
}
