// A view of part of a source buffer (LLVM's StringRef), so that every parser error can point
// at the exact bytes it is about.
import type { SourceBuffer } from './source.js';

/** An immutable [start, end) window onto a SourceBuffer's text. */
export class StrRef {
  constructor(
    readonly src: SourceBuffer,
    readonly start: number,
    readonly end: number,
  ) {}

  /** A view of the whole buffer. */
  static of(src: SourceBuffer): StrRef {
    return new StrRef(src, 0, src.text.length);
  }

  get str(): string {
    return this.src.text.slice(this.start, this.end);
  }

  get length(): number {
    return this.end - this.start;
  }

  get empty(): boolean {
    return this.end === this.start;
  }

  /** Byte at index `i` of the view ('' past the end). */
  at(i: number): string {
    return this.start + i < this.end ? this.src.text[this.start + i]! : '';
  }

  startsWith(s: string): boolean {
    return this.length >= s.length && this.src.text.startsWith(s, this.start);
  }

  /** Index of `s` in the view at or after `from`, or -1. */
  find(s: string, from = 0): number {
    // Search a slice: an unbounded indexOf would scan to the end of the buffer on every miss.
    const i = this.src.text.slice(this.start + from, this.end).indexOf(s);
    return i === -1 ? -1 : i + from;
  }

  /** Index of the first byte that is one of `chars`, or -1. */
  findFirstOf(chars: string): number {
    for (let i = this.start; i < this.end; i++) if (chars.includes(this.src.text[i]!)) return i - this.start;
    return -1;
  }

  substr(from: number, n = Infinity): StrRef {
    const s = Math.min(this.start + from, this.end);
    return new StrRef(this.src, s, Math.min(this.end, s + n));
  }

  dropFront(n: number): StrRef {
    return this.substr(n);
  }

  dropBack(n: number): StrRef {
    return new StrRef(this.src, this.start, Math.max(this.start, this.end - n));
  }

  takeFront(n: number): StrRef {
    return this.substr(0, n);
  }

  ltrim(chars = ' \t\n\v\f\r'): StrRef {
    let s = this.start;
    while (s < this.end && chars.includes(this.src.text[s]!)) s++;
    return new StrRef(this.src, s, this.end);
  }

  rtrim(chars = ' \t\n\v\f\r'): StrRef {
    let e = this.end;
    while (e > this.start && chars.includes(this.src.text[e - 1]!)) e--;
    return new StrRef(this.src, this.start, e);
  }
}
