// The cost model's L2: which reads of global memory hit in L2 over a stream of phases (the
// phases of a host function's launches, or the eager baseline's kernels), by reuse distance
// over whole buffers. The rules and the capacity: docs/design/gpu-dialect.md, cost model section.

/** What one phase of the stream touches: bytes read and written per buffer (distinct bytes, each bounded by the buffer). */
export interface StreamPhase<K> {
  readonly reads: ReadonlyMap<K, number>;
  readonly writes: ReadonlyMap<K, number>;
}

/** A buffer's latest touch: the phase and the bytes of it that phase touched (its footprint there). */
interface Touch {
  readonly phase: number;
  readonly bytes: number;
}

/** The bytes of each buffer a phase touches: the larger of what it reads and what it writes (an update touches the same bytes twice). */
function footprints<K>(p: StreamPhase<K>): Map<K, number> {
  const m = new Map<K, number>(p.reads);
  for (const [k, b] of p.writes) m.set(k, Math.max(m.get(k) ?? 0, b));
  return m;
}

/**
 * The distinct bytes of buffers other than `b` touched between `b`'s latest touch (phase `q`)
 * and its read in phase `p`: buffers whose latest touch lies strictly between count whole;
 * the other buffers of phases `q` and `p` count half each (the order of accesses inside a
 * phase is unknown: on average half of a phase-mate's bytes come after `b`'s in `q`, and half
 * before them in `p`), capped at whole. Stops counting once past `limit`.
 */
function reuseDistance<K>(b: K, q: number, p: number, touched: readonly Map<K, number>[], last: ReadonlyMap<K, Touch>, limit: number): number {
  const now = touched[p];
  let sum = 0;
  for (let i = p - 1; i > q && sum <= limit; i--) {
    for (const [x, bytes] of touched[i]) if (x !== b && last.get(x)!.phase === i) sum += bytes;
  }
  for (const [x, bytes] of touched[q]) {
    if (x !== b && last.get(x)!.phase === q) sum += Math.min(bytes, bytes / 2 + (now.get(x) ?? 0) / 2);
  }
  for (const [x, bytes] of now) {
    const t = last.get(x);
    if (x !== b && (t === undefined || t.phase < q)) sum += bytes / 2;
  }
  return sum;
}

/**
 * For each phase of `stream`, the bytes of its reads that hit in an L2 of `capacity` bytes.
 * A read of buffer B hits for the bytes of B that the phase which last touched B (read or
 * wrote it) touched, when those bytes together with everything else touched in between (the
 * reuse distance, `reuseDistance`) fit in `capacity`; the first touch of a buffer misses, but
 * for one case: a phase that both writes and reads a `fresh` buffer (one whose contents are
 * undefined until written, an allocation) before anything else touched it reads what it wrote
 * (a producer and its consumer in one phase, synchronised by flags), and those bytes hit when
 * they fit together with half the phase's other bytes. (A buffer with contents, an argument,
 * read and written by one phase may be updated in place: its reads are of the old contents.)
 * Writes are not changed (write-back: they reach DRAM anyway) but make what they
 * wrote resident. Repeated reads inside one phase are the kernel counter's (it bounds a
 * phase's bytes per buffer by the buffer), so they are not counted again here.
 */
export function l2Hits<K>(stream: readonly StreamPhase<K>[], capacity: number, fresh: (buffer: K) => boolean = () => false): number[] {
  const touched = stream.map(footprints);
  const last = new Map<K, Touch>();
  return stream.map((phase, p) => {
    const total = [...touched[p].values()].reduce((a, b) => a + b, 0);
    let hits = 0;
    for (const [b, bytes] of phase.reads) {
      const t = last.get(b);
      if (t === undefined) {
        const written = phase.writes.get(b) ?? 0;
        if (written > 0 && fresh(b) && written + (total - touched[p].get(b)!) / 2 <= capacity) hits += Math.min(bytes, written);
        continue;
      }
      if (t.bytes > capacity) continue;
      const limit = capacity - t.bytes;
      if (reuseDistance(b, t.phase, p, touched, last, limit) <= limit) hits += Math.min(bytes, t.bytes);
    }
    for (const [b, bytes] of touched[p]) last.set(b, { phase: p, bytes });
    return hits;
  });
}
