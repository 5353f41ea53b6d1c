// convert-graph-to-tensor on seeded random configurations: shapes, broadcasts, permutations,
// reshapes, slices, reductions and convolution windows drawn at random, each checked in the
// interpreter against the graph op (1e-5 relative).
import { test } from 'uvu';
import { assertLoweringPreserves } from './to-tensor-harness.js';

/** A small deterministic generator (LCG), so every run checks the same cases. */
class Draw {
  constructor(private state: number) {}
  int(lo: number, hi: number): number {
    this.state = (Math.imul(this.state, 1103515245) + 12345) >>> 0;
    return lo + ((this.state >>> 8) % (hi - lo + 1));
  }
  shape(rankLo: number, rankHi: number): number[] {
    return Array.from({ length: this.int(rankLo, rankHi) }, () => this.int(1, 4));
  }
  perm(n: number): number[] {
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = this.int(0, i);
      [p[i], p[j]] = [p[j], p[i]];
    }
    return p;
  }
}

const t = (shape: readonly number[]) => `tensor<${shape.map((d) => `${d}x`).join('')}f32>`;
const list = (xs: readonly number[]) => `[${xs.join(', ')}]`;
const CASES = 20;

function check(args: string, body: string, type: string): void {
  assertLoweringPreserves(`func.func @main(${args}) -> ${type} {\n${body}\n  return %r : ${type}\n}`, [0]);
}

test('broadcast binary ops', () => {
  const d = new Draw(1);
  for (let c = 0; c < CASES; c++) {
    const out = d.shape(1, 4);
    // Each operand: a suffix of the output's dims, some of them 1.
    const operand = () => out.slice(d.int(0, out.length - 1)).map((s) => (d.int(0, 2) === 0 ? 1 : s));
    const [a, b] = [operand(), operand()];
    const rank = Math.max(a.length, b.length);
    const full = Array.from({ length: rank }, (_, i) => Math.max(a[i - (rank - a.length)] ?? 1, b[i - (rank - b.length)] ?? 1));
    check(`%a: ${t(a)}, %b: ${t(b)}`, `  %r = graph.mul %a, %b : ${t(a)}, ${t(b)}`, t(full));
  }
});

test('transposes', () => {
  const d = new Draw(2);
  for (let c = 0; c < CASES; c++) {
    const s = d.shape(1, 4);
    const perm = d.perm(s.length);
    check(`%a: ${t(s)}`, `  %r = graph.transpose %a perm = ${list(perm)} : ${t(s)}`, t(perm.map((p) => s[p])));
  }
});

test('reshapes to random factorisations of the element count', () => {
  const d = new Draw(3);
  for (let c = 0; c < CASES; c++) {
    const s = d.shape(1, 4);
    let left = s.reduce((a, b) => a * b, 1);
    const to: number[] = [];
    while (left > 1 && to.length < 3) {
      const divisors = Array.from({ length: left }, (_, i) => i + 1).filter((k) => left % k === 0);
      const k = divisors[d.int(0, divisors.length - 1)];
      to.push(k);
      left /= k;
    }
    to.push(left);
    if (d.int(0, 1)) to.splice(d.int(0, to.length), 0, 1);
    check(`%a: ${t(s)}`, `  %r = graph.reshape %a : ${t(s)} to ${t(to)}`, t(to));
  }
});

test('slices with random starts, ends and steps (negative ones included)', () => {
  const d = new Draw(4);
  for (let c = 0; c < CASES; c++) {
    const s = d.shape(1, 3).map((x) => x + 2);
    const axis = d.int(0, s.length - 1);
    const n = s[axis];
    const step = [1, 2, -1, -2][d.int(0, 3)];
    const start = d.int(-n, n - 1);
    const end = step > 0 ? d.int(start < 0 ? start + n + 1 : start + 1, n + 2) : -n - 1;
    const first = Math.max(0, Math.min(start < 0 ? start + n : start, step > 0 ? n : n - 1));
    const last = step > 0 ? Math.min(end, n) : -1;
    const count = Math.max(0, Math.ceil((last - first) / step));
    if (count === 0) continue;
    const out = s.map((x, i) => (i === axis ? count : x));
    check(`%a: ${t(s)}`, `  %r = graph.slice %a starts = [${start}] ends = [${end}] axes = [${axis}] steps = [${step}] : ${t(s)}`, t(out));
  }
});

test('reductions over random axes, with and without keepdims', () => {
  const d = new Draw(5);
  const kinds = ['sum', 'mean', 'max'];
  for (let c = 0; c < CASES; c++) {
    const s = d.shape(1, 4);
    const axes = s.map((_, i) => i).filter(() => d.int(0, 1) === 1);
    const keep = d.int(0, 1) === 1;
    const reduced = new Set(axes.length ? axes : s.map((_, i) => i));
    const out = keep ? s.map((x, i) => (reduced.has(i) ? 1 : x)) : s.filter((_, i) => !reduced.has(i));
    const kind = kinds[d.int(0, 2)];
    check(`%a: ${t(s)}`, `  %r = graph.reduce_${kind} %a axes = ${list(axes)}${keep ? ' keepdims' : ''} : ${t(s)}`, t(out));
  }
});

test('convolutions with random windows (strides, pads, dilations, groups)', () => {
  const d = new Draw(6);
  for (let c = 0; c < CASES; c++) {
    const groups = d.int(1, 2);
    const [cin, fout] = [groups * d.int(1, 2), groups * d.int(1, 2)];
    const [kh, kw] = [d.int(1, 3), d.int(1, 3)];
    const strides = [d.int(1, 2), d.int(1, 2)];
    const dil = [d.int(1, 2), d.int(1, 2)];
    const pads = [d.int(0, 2), d.int(0, 2), d.int(0, 2), d.int(0, 2)];
    const [h, w] = [d.int(5, 7), d.int(5, 7)];
    const oh = Math.floor((h + pads[0] + pads[2] - dil[0] * (kh - 1) - 1) / strides[0]) + 1;
    const ow = Math.floor((w + pads[1] + pads[3] - dil[1] * (kw - 1) - 1) / strides[1]) + 1;
    const x = t([1, cin, h, w]);
    const wt = t([fout, cin / groups, kh, kw]);
    check(
      `%x: ${x}, %w: ${wt}`,
      `  %r = graph.conv2d %x, %w strides = ${list(strides)} pads = ${list(pads)} dilations = ${list(dil)} groups = ${groups} : ${x}, ${wt}`,
      t([1, fout, oh, ow]),
    );
  }
});

test.run();
