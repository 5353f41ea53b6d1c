// The printer's output buffer: text is copied into a byte buffer and handed out in chunks.

/** Text is handed to the sink once this many characters are buffered. */
const CHUNK = 1 << 16;
/** Strings up to this length are copied by a loop, longer ones natively. */
const SHORT = 16;
/** The byte buffer's size: a chunk plus room for the piece that crosses the chunk size. */
const CAPACITY = CHUNK * 2;

/**
 * The byte buffer of the last print closed, for the next print to take. Each print had one
 * of its own, 128 KiB for every op printed into a diagnostic note; the buffer's size stays a
 * constant rather than a field, since `write`'s room check runs for every piece printed. A
 * print made while another is under way (a custom printer that prints) finds none and
 * allocates its own.
 */
let spare: Buffer | null = null;

/**
 * Collects printed text and hands it to a sink in chunks of about 64K characters. Pieces
 * are copied into a byte buffer (one byte per character) and a chunk becomes one flat string
 * at the end (a copy of the bytes). Building the chunk with `+=` instead made a rope node per
 * piece, garbage for the collector, and a walk over all of them to flatten it.
 *
 * Characters above U+00FF do not fit a byte: a piece holding one is kept as a string, after
 * the bytes before it (`spilled`). Everything the printer writes of its own is ASCII, so this
 * is the rare path of non-Latin-1 strings in the IR (names, dialect bodies, locations).
 */
export class OutputBuffer {
  private readonly bytes: Buffer;
  private pos = 0;
  /** Text of the current chunk that precedes `bytes`: pieces that did not fit a byte each. */
  private spilled = '';

  constructor(
    /** Receives the text in chunks, in order. */
    private readonly sink: (chunk: string) => void,
  ) {
    this.bytes = spare ?? Buffer.allocUnsafe(CAPACITY);
    spare = null;
  }

  /** Hands all buffered text to the sink and gives the byte buffer back: nothing may be written after. */
  close(): void {
    this.flush();
    spare = this.bytes;
  }

  /** Appends `s`. */
  write(s: string): void {
    const n = s.length;
    let p = this.pos;
    // Room for three bytes per character, so that a non-ASCII string is written whole as
    // UTF-8 below and its byte count shows it.
    if (p + 3 * n > CAPACITY) {
      this.spill();
      p = 0;
      if (3 * n > CAPACITY) {
        this.spilled += s;
        return;
      }
    }
    const bytes = this.bytes;
    if (n > SHORT) {
      // Native copy: its call costs less than a character loop over a long string. UTF-8
      // takes more bytes than characters exactly when the string is not ASCII.
      if (bytes.write(s, p) === n) this.pos = p + n;
      else this.spillWith(s);
      return;
    }
    let all = 0;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      bytes[p + i] = c;
      all |= c;
    }
    if (all > 0xff) this.spillWith(s);
    else this.pos = p + n;
  }

  /** Appends `s` as a string, after the buffered bytes (what was written of `s` is left behind). */
  private spillWith(s: string): void {
    this.spill();
    this.spilled += s;
  }

  /** Hands the buffered text to the sink when a chunk's worth has been written. */
  maybeFlush(): void {
    if (this.pos + this.spilled.length > CHUNK) this.flush();
  }

  /** Hands all buffered text to the sink (nothing when empty). */
  private flush(): void {
    this.spill();
    if (this.spilled === '') return;
    const text = this.spilled;
    this.spilled = '';
    this.sink(text);
  }

  /** Moves the bytes into `spilled`, emptying the byte buffer. */
  private spill(): void {
    if (this.pos === 0) return;
    const text = this.bytes.toString('latin1', 0, this.pos);
    this.spilled = this.spilled === '' ? text : this.spilled + text;
    this.pos = 0;
  }
}
