// Lexer throughput: lexes MLIR files with the hand-written scanner (through the parser's
// TokenStream, reading each token's kind and offset as the parser does) and with the Chevrotain
// reference lexer, and prints MB/s of process CPU time: for the first run (what a tool run
// pays, JIT warm-up included) and the best of five.
// Run: node scripts/build.mjs && node build/bench/lex.js FILE... [--no-chevrotain]
import { readFileSync } from 'node:fs';
import { Tok } from '../lib/parse/lexer.js';
import { TokenStream } from '../lib/parse/token-stream.js';
import { lexRange } from '../lib/parse/chevrotain-lexer.js';

/** Window size for the Chevrotain runs, so that its token objects do not pile up. */
const CHEVROTAIN_WINDOW = 1 << 15;

/** Walks every token as the parser does; returns the token count. */
function streamAll(text: string): number {
  const ts = new TokenStream(text);
  let n = 0;
  while (ts.kind(0) !== Tok.Eof) {
    if (ts.offset(0) < 0) throw new Error('negative offset');
    ts.advance();
    n++;
  }
  return n;
}

/** Lexes with the Chevrotain lexer in newline-ended windows; returns the token count. */
function chevrotainAll(text: string): number {
  let n = 0;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHEVROTAIN_WINDOW);
    if (end < text.length) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
    }
    const r = lexRange(text, start, end);
    n += r.tokens.length;
    if (r.error) break;
    start = end;
  }
  return n;
}

/** MB/s of `fn` on `text` in CPU time, first run and best of five, with its token count. */
function measure(text: string, fn: (t: string) => number): string {
  const times: number[] = [];
  let tokens = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = process.cpuUsage();
    tokens = fn(text);
    const t = process.cpuUsage(t0);
    times.push((t.user + t.system) / 1e6);
  }
  const mbs = (seconds: number): string => (text.length / 1e6 / seconds).toFixed(0);
  return `${tokens} tokens, ${mbs(times[0])} MB/s first, ${mbs(Math.min(...times))} MB/s best`;
}

const args = process.argv.slice(2);
const withChevrotain = !args.includes('--no-chevrotain');
for (const file of args.filter((a) => !a.startsWith('--'))) {
  const text = readFileSync(file, 'utf8');
  console.log(`${file}: ${(text.length / 1e6).toFixed(1)} MB`);
  console.log(`  scanner:    ${measure(text, streamAll)}`);
  if (withChevrotain) console.log(`  chevrotain: ${measure(text, chevrotainAll)}`);
}
