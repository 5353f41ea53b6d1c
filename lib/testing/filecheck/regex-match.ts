// Searching with a translated POSIX regex: compiled once per distinct source, leftmost match
// from JS, then widened to POSIX's longest match at that position when the regex is one
// where JS's first choice can end early (alternation, `?`, quantified groups, back-references),
// and, when captures are wanted, submatches re-assigned the way Spencer's engine does.
import { translatePosixRegex, type FlatItem, type TranslatedRegex } from './posix-regex.js';

/** A regex ready to search byte strings. */
export interface CompiledRegex {
  readonly translated: TranslatedRegex;
  readonly search: RegExp;
  /**
   * Lazily compiled sticky variants anchored to end exactly at the end of a probe string (''
   * or 1 byte after): the whole regex ('all'), flat pieces ('p' + i) and suffixes ('r' + i).
   */
  readonly parts: Map<string, readonly [RegExp, RegExp]>;
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
    parts: new Map(),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** Sticky regexes matching `source` exactly up to the end of a probe (nothing or one byte after). */
function anchoredPair(source: string): readonly [RegExp, RegExp] {
  return [new RegExp(`(?:${source})$`, 'dy'), new RegExp(`(?:${source})(?=[^]$)`, 'dy')];
}

function toMatch(m: RegExpExecArray, shift: number): RegexMatch {
  return {
    index: m.index + shift,
    length: m[0].length,
    groups: [...m],
    groupStarts: m.indices ? m.indices.map((r) => (r ? r[0] + shift : undefined)) : [m.index + shift],
  };
}

/**
 * The POSIX match of `re` in `subject`: leftmost start, longest length; with `captures`, the
 * capture groups as POSIX assigns them too.
 */
export function searchPosix(re: CompiledRegex, subject: string, captures = false): RegexMatch | undefined {
  re.search.lastIndex = 0;
  const m = re.search.exec(subject);
  if (!m) return undefined;
  const first = toMatch(m, 0);
  const t = re.translated;
  if (!t.ambiguous) return first;
  const whole = longest(re, subject, first);
  if (!captures || t.groups === 0 || t.backrefs || !t.flat) return whole;
  return assignSubmatches(re, t.flat, subject, whole) ?? whole;
}

/** Runs an end-anchored sticky pair on subject[start, end) with one byte of context each side. */
function exactAt(pair: readonly [RegExp, RegExp], subject: string, start: number, end: number): RegExpExecArray | null {
  const ctx = start > 0 ? start - 1 : start;
  const tail = end < subject.length ? 1 : 0;
  const sticky = pair[tail]!;
  sticky.lastIndex = start - ctx;
  const m = sticky.exec(subject.slice(ctx, end + tail));
  if (m) m.index += ctx;
  return m;
}

function part(re: CompiledRegex, key: string, source: () => string): readonly [RegExp, RegExp] {
  let p = re.parts.get(key);
  if (!p) {
    p = anchoredPair(source());
    re.parts.set(key, p);
  }
  return p;
}

// Spencer's engine gives each step of the regex, in order, the longest extent that still lets
// the rest of the regex match up to the end of the (already longest) match; groups capture
// what their steps covered. Steps of fixed width need no search.
function assignSubmatches(re: CompiledRegex, flat: readonly FlatItem[], subject: string, whole: RegexMatch): RegexMatch | undefined {
  const end = whole.index + whole.length;
  const groups: (string | undefined)[] = new Array<string | undefined>(re.translated.groups + 1).fill(undefined);
  const starts: (number | undefined)[] = new Array<number | undefined>(re.translated.groups + 1).fill(undefined);
  groups[0] = whole.groups[0];
  starts[0] = whole.index;
  const openedAt = new Map<number, number>();
  let s = whole.index;
  for (let i = 0; i < flat.length; i++) {
    const item = flat[i]!;
    if (item.kind === 'open') {
      openedAt.set(item.group, s);
      continue;
    }
    if (item.kind === 'close') {
      const o = openedAt.get(item.group)!;
      groups[item.group] = subject.slice(o, s);
      starts[item.group] = o;
      continue;
    }
    let t: number;
    const piece = part(re, `p${i}`, () => item.source);
    if (item.width !== undefined) t = s + item.width;
    else {
      const restSource = flat.slice(i + 1).map((x) => (x.kind === 'piece' ? x.source : '')).join('');
      const rest = part(re, `r${i + 1}`, () => restSource);
      for (t = end; t >= s; t--) {
        if ((restSource === '' ? t === end : exactAt(rest, subject, t, end) !== null) && exactAt(piece, subject, s, t)) break;
      }
      if (t < s) return undefined;
    }
    if (item.groups > 0) {
      const pm = exactAt(piece, subject, s, t);
      if (!pm) return undefined;
      for (let k = 1; k <= item.groups; k++) {
        groups[item.firstGroup + k - 1] = pm[k];
        starts[item.firstGroup + k - 1] = pm.indices?.[k]?.[0] !== undefined ? pm.indices[k]![0] + pm.index - pm.indices[0]![0] : undefined;
      }
    }
    s = t;
  }
  return { index: whole.index, length: whole.length, groups, groupStarts: starts };
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
    const sticky = part(re, 'all', () => re.translated.source)[tail]!;
    sticky.lastIndex = start - ctx;
    const m = sticky.exec(probe);
    if (m) return toMatch(m, ctx);
  }
  return first;
}
