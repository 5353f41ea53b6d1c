// Line diffs in unified format (Myers' O(ND) algorithm), for the `diff` built-in and update-checks' --dry-run.

/** One edit of a line-level diff: a kept, removed or added line. */
export interface Edit {
  readonly kind: ' ' | '-' | '+';
  readonly text: string;
}

/**
 * The shortest edit script turning `a` into `b`, compared with `eq`. Myers' greedy
 * algorithm: fast when the inputs are similar, which is the case that matters in tests.
 */
export function diffLines(
  a: readonly string[],
  b: readonly string[],
  eq: (x: string, y: string) => boolean = (x, y) => x === y,
): Edit[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && eq(a[x]!, b[y]!)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace backwards to recover the path.
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      edits.push({ kind: ' ', text: a[--x]! });
      y--;
    }
    if (d > 0) {
      if (x === prevX) edits.push({ kind: '+', text: b[--y]! });
      else edits.push({ kind: '-', text: a[--x]! });
    }
  }
  return edits.reverse();
}

/** Formats edits as unified-diff hunks with `context` lines around each change. */
export function formatHunks(edits: readonly Edit[], context = 3): string {
  // The line numbers (1-based) in `a` and `b` at which each edit stands.
  const aNo: number[] = [];
  const bNo: number[] = [];
  let a = 1;
  let b = 1;
  for (const e of edits) {
    aNo.push(a);
    bNo.push(b);
    if (e.kind !== '+') a++;
    if (e.kind !== '-') b++;
  }
  const groups: [number, number][] = [];
  edits.forEach((e, i) => {
    if (e.kind === ' ') return;
    const last = groups[groups.length - 1];
    if (last && i - last[1] <= 2 * context) last[1] = i;
    else groups.push([i, i]);
  });
  const out: string[] = [];
  for (const [first, last] of groups) {
    const start = Math.max(0, first - context);
    const end = Math.min(edits.length, last + context + 1);
    const slice = edits.slice(start, end);
    const aCount = slice.filter((e) => e.kind !== '+').length;
    const bCount = slice.filter((e) => e.kind !== '-').length;
    const aStart = aCount === 0 ? aNo[start]! - 1 : aNo[start]!;
    const bStart = bCount === 0 ? bNo[start]! - 1 : bNo[start]!;
    out.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`, ...slice.map((e) => `${e.kind}${e.text}`));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** A unified diff of two texts by lines, with `---`/`+++` headers; empty when they are equal. */
export function unifiedDiff(a: string, b: string, aName: string, bName: string, context = 3): string {
  const split = (s: string): string[] => (s === '' ? [] : s.replace(/\n$/, '').split('\n'));
  const hunks = formatHunks(diffLines(split(a), split(b)), context);
  return hunks ? `--- ${aName}\n+++ ${bName}\n${hunks}` : '';
}
