// Searching with a translated POSIX regex: compiled once per distinct source, leftmost match
// from JS, then widened to POSIX's longest match at that position when the regex is one
// where JS's first choice can end early (alternation, `?`, quantified groups, back-references).
import { translatePosixRegex, type TranslatedRegex } from './posix-regex.js';

/** A regex ready to search byte strings. */
export interface CompiledRegex {
  readonly translated: TranslatedRegex;
  readonly search: RegExp;
  /** Sticky variants anchored to end exactly at the end of a probe string ('' or 1 byte after). */
  readonly endsHere: readonly [RegExp, RegExp];
}

/** A match: start offset, length, and capture group texts (index 0 is the whole match). */
export interface RegexMatch {
  readonly index: number;
  readonly length: number;
  readonly groups: readonly (string | undefined)[];
  /** Start offset of each group within the subject, when the group took part. */
  readonly groupStarts: readonly (number | undefined)[];
}

const cache = new Map<string, CompiledRegex>();
const CACHE_LIMIT = 4096;

/** Compiles a POSIX ERE (cached); throws PosixRegexError for malformed input. */
export function compilePosix(source: string, ignoreCase: boolean): CompiledRegex {
  const key = `${ignoreCase ? 'i' : 's'}${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const translated = translatePosixRegex(source, ignoreCase);
  const compiled: CompiledRegex = {
    translated,
    search: new RegExp(translated.source, translated.groups > 0 ? 'dg' : 'g'),
    endsHere: [new RegExp(`(?:${translated.source})$`, 'dy'), new RegExp(`(?:${translated.source})(?=[^]$)`, 'dy')],
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

function toMatch(m: RegExpExecArray, shift: number): RegexMatch {
  return {
    index: m.index + shift,
    length: m[0].length,
    groups: [...m],
    groupStarts: m.indices ? m.indices.map((r) => (r ? r[0] + shift : undefined)) : [m.index + shift],
  };
}

/** The POSIX match of `re` in `subject`: leftmost start, longest length. */
export function searchPosix(re: CompiledRegex, subject: string): RegexMatch | undefined {
  re.search.lastIndex = 0;
  const m = re.search.exec(subject);
  if (!m) return undefined;
  const first = toMatch(m, 0);
  if (!re.translated.ambiguous) return first;
  return longest(re, subject, first);
}

// A user regex cannot match a newline (`.` and negated brackets exclude it and there is no
// escape for it), so longer matches are looked for up to the end of the line only.
function longest(re: CompiledRegex, subject: string, first: RegexMatch): RegexMatch {
  const start = first.index;
  const firstEnd = start + first.length;
  let lineEnd = subject.indexOf('\n', firstEnd);
  if (lineEnd === -1) lineEnd = subject.length;
  // One byte of context before the start keeps `^` and word-boundary lookbehinds exact.
  const ctx = start > 0 ? start - 1 : start;
  for (let end = lineEnd; end > firstEnd; end--) {
    const tail = end < subject.length ? 1 : 0;
    const probe = subject.slice(ctx, end + tail);
    const sticky = re.endsHere[tail]!;
    sticky.lastIndex = start - ctx;
    const m = sticky.exec(probe);
    if (m) return toMatch(m, ctx);
  }
  return first;
}
