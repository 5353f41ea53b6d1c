// Random two-tile block programs for the dependency tests: a producer TE and a consumer reading
// it through elementwise, transposed, matmul, broadcast, reduction, strided/dilated conv,
// floordiv and mod maps, with random shapes and tilings; printed as MLIR text.
import { parseAffineMap, type AffineMap } from '../../../../lib/affine/index.js';
import { footprintExtent, gridOf } from '../../../../dialects/block/index.js';
import { projectedDims } from '../../../../dialects/block/tile-regions.js';
import { rngFor } from '../../../../dialects/block/interp-random.js';

/** A seeded generator of integers in [lo, hi]. */
export function rng(seed: number): (lo: number, hi: number) => number {
  const next = rngFor(seed);
  return (lo, hi) => lo + next(hi - lo + 1);
}

/** One TE of a generated program. */
export interface TeSpec {
  readonly bounds: number[];
  readonly reduce: boolean[];
  readonly tile: number[];
  /** The input map (consumer only) and the output map, as `affine_map` text results over d0.. */
  readonly input?: string;
  readonly output: string;
  readonly outShape: number[];
  readonly inShape?: number[];
}

export interface Case {
  readonly kind: string;
  readonly producer: TeSpec;
  readonly consumer: TeSpec;
}

const NAMES = ['i', 'j', 'k', 'l', 'm', 'n'];

function mapOf(rank: number, results: string): AffineMap {
  const text = `affine_map<(${NAMES.slice(0, rank).map((_, d) => `d${d}`).join(', ')}) -> (${results})>`;
  const r = parseAffineMap(text.slice('affine_map<'.length, -1), 0);
  if ('error' in r) throw new Error(`${r.error} in ${text}`);
  return r.value;
}

/** `d0 * 2 + d1` written with the domain names (`i * 2 + j`), as the access syntax wants. */
function access(results: string): string {
  return results.replace(/d(\d)/g, (_, d: string) => NAMES[Number(d)]);
}

const tileOf = (r: (lo: number, hi: number) => number, bounds: number[], reduce: boolean[]) => bounds.map((b, d) => (reduce[d] ? b : r(1, b)));

/** A random case of the given kind. */
export function randomCase(kind: string, r: (lo: number, hi: number) => number): Case {
  const n = () => r(1, 9);
  const par = (bounds: number[], reduce: boolean[] = bounds.map(() => false)) => ({ bounds, reduce, tile: tileOf(r, bounds, reduce) });
  // A producer writing a tensor of `shape`, transposed when asked, with an optional reduction dim.
  const producer = (shape: number[], transpose = r(0, 1) === 1 && shape.length === 2, reduction = r(0, 2) === 0): TeSpec => {
    const bounds = transpose ? [shape[1], shape[0]] : [...shape];
    const out = transpose ? 'd1, d0' : shape.map((_, d) => `d${d}`).join(', ');
    const reduce = bounds.map(() => false);
    if (reduction) {
      bounds.push(r(1, 3));
      reduce.push(true);
    }
    return { ...par(bounds, reduce), output: out, outShape: shape };
  };
  switch (kind) {
    case 'elementwise': {
      const s = [n(), n()];
      return { kind, producer: producer(s), consumer: { ...par(s), input: 'd0, d1', output: 'd0, d1', inShape: s, outShape: s } };
    }
    case 'transpose': {
      const s = [n(), n()];
      return { kind, producer: producer(s), consumer: { ...par([s[1], s[0]]), input: 'd1, d0', output: 'd0, d1', inShape: s, outShape: [s[1], s[0]] } };
    }
    case 'matmul':
    case 'transposed-matmul': {
      const [m, k, nn] = [n(), n(), n()];
      const t = kind === 'transposed-matmul';
      const s = t ? [k, m] : [m, k];
      const c = par([m, nn, k], [false, false, true]);
      return { kind, producer: producer(s), consumer: { ...c, input: t ? 'd2, d0' : 'd0, d2', output: 'd0, d1', inShape: s, outShape: [m, nn] } };
    }
    case 'broadcast': {
      const [m, nn] = [n(), n()];
      return { kind, producer: producer([nn]), consumer: { ...par([m, nn]), input: 'd1', output: 'd0, d1', inShape: [nn], outShape: [m, nn] } };
    }
    case 'reduction': {
      const s = [n(), n()];
      return { kind, producer: producer(s), consumer: { ...par(s, [false, true]), input: 'd0, d1', output: 'd0', inShape: s, outShape: [s[0]] } };
    }
    case 'conv': {
      const [oh, ow, kh, kw, st, dl] = [r(1, 5), r(1, 5), r(1, 3), r(1, 3), r(1, 3), r(1, 2)];
      const s = [st * (oh - 1) + dl * (kh - 1) + 1, st * (ow - 1) + dl * (kw - 1) + 1];
      const c = par([oh, ow, kh, kw], [false, false, true, true]);
      const input = `d0 * ${st} + d2 * ${dl}, d1 * ${st} + d3 * ${dl}`;
      return { kind, producer: producer(s), consumer: { ...c, input, output: 'd0, d1', inShape: s, outShape: [oh, ow] } };
    }
    case 'floordiv': {
      const [m, q] = [r(1, 12), r(1, 4)];
      const s = [Math.ceil(m / q)];
      return { kind, producer: producer(s), consumer: { ...par([m]), input: `d0 floordiv ${q}`, output: 'd0', inShape: s, outShape: [m] } };
    }
    case 'mod': {
      const [m, off] = [r(1, 12), r(0, 5)];
      const s = [m];
      return { kind, producer: producer(s), consumer: { ...par([m]), input: `(d0 + ${off}) mod ${m}`, output: 'd0', inShape: s, outShape: [m] } };
    }
  }
  throw new Error(`unknown kind ${kind}`);
}

export const KINDS = ['elementwise', 'transpose', 'matmul', 'transposed-matmul', 'broadcast', 'reduction', 'conv', 'floordiv', 'mod'];

const tensor = (shape: number[]) => `tensor<${shape.length ? shape.join('x') + 'x' : ''}f32>`;
const list = (xs: readonly number[]) => `[${xs.join(', ')}]`;

function domain(te: TeSpec): string {
  return `[${te.bounds.map((b, d) => `${NAMES[d]}: ${b}${te.reduce[d] ? ' reduce' : ''}`).join(', ')}]`;
}

/** The inputs' maps of a TE spec (none or one). */
export function inputMapOf(te: TeSpec): AffineMap | undefined {
  return te.input === undefined ? undefined : mapOf(te.bounds.length, te.input);
}

/** The output map of a TE spec. */
export function outputMapOf(te: TeSpec): AffineMap {
  return mapOf(te.bounds.length, te.output);
}

// A producer reads the function's argument %a at its output's position when `operand` is 'a'.
function tileText(name: string, te: TeSpec, operand: string | undefined): string {
  const combiner = te.reduce.some((x) => x) ? ' add' : '';
  const fromArg = operand === 'a' && te.input === undefined;
  const inMap = fromArg ? outputMapOf(te) : inputMapOf(te);
  const reads = inMap ? [footprintExtent(inMap, te.bounds, te.tile)] : [];
  const ins = operand ? `(%${operand}[${access(fromArg ? te.output : te.input!)}])` : '()';
  const inTypes = operand ? tensor(fromArg ? te.outShape : te.inShape!) : '';
  const args = operand ? '%x: f32' : '';
  const value = operand ? '%x' : '%one';
  return `    %${name} = block.tile @${name} tile ${list(te.tile)} grid ${list(gridOf(te.bounds, te.tile))} reads [${reads.map(list).join(', ')}] smem 0 regs 0 -> ${tensor(te.outShape)} {
      %c = tensor.compute ${domain(te)} ${ins} -> [${access(te.output)}]${combiner} : (${inTypes}) -> ${tensor(te.outShape)} {
      ^bb0(${args}):
        %one = arith.constant 1.0 : f32
        tensor.yield ${value} : f32
      }
      block.yield %c : ${tensor(te.outShape)}
    }
`;
}

/**
 * The case as a function holding one block.program of two tiles, @p and @c; with `withInput`
 * the producer reads an argument %a (so its values vary with the position).
 */
export function caseText(c: Case, withInput = false): string {
  const out = tensor(c.consumer.outShape);
  return `func.func @main(${withInput ? `%a: ${tensor(c.producer.outShape)}` : ''}) -> ${out} {
  %r = block.program deps [@p -> @c barrier] -> ${out} {
${tileText('p', c.producer, withInput ? 'a' : undefined)}${tileText('c', c.consumer, 'p')}    block.yield %c : ${out}
  }
  return %r : ${out}
}`;
}

/**
 * The case with a third tile: @p, then @e (elementwise over @p's output, tiled as @p, so
 * block-fuse puts @p inside it and @p's result leaves that tile), then the case's consumer @c
 * reading @p; the producer reads an argument %a. Returns @e and @c.
 */
export function leavingCaseText(c: Case): string {
  const p = c.producer;
  const dims = projectedDims(outputMapOf(p))!;
  const shape = p.outShape;
  const ident = shape.map((_, d) => `d${d}`).join(', ');
  const e: TeSpec = { bounds: [...shape], reduce: shape.map(() => false), tile: dims.map((d) => p.tile[d]), input: ident, output: ident, inShape: shape, outShape: shape };
  const [outE, outC] = [tensor(shape), tensor(c.consumer.outShape)];
  return `func.func @main(%a: ${outE}) -> (${outE}, ${outC}) {
  %r:2 = block.program deps [@p -> @e barrier, @p -> @c barrier] -> (${outE}, ${outC}) {
${tileText('p', p, 'a')}${tileText('e', e, 'p')}${tileText('c', c.consumer, 'p')}    block.yield %e, %c : ${outE}, ${outC}
  }
  return %r#0, %r#1 : ${outE}, ${outC}
}`;
}
