// Generated tensor-level programs for the scheduling tests: random DAGs of TEs over square
// tensors (elementwise, transposed, row-reduced and broadcast, shifted by a mod) and wide
// layered programs of thousands of TEs with independent TEs in every layer.
import { rng } from './random-programs.js';

const T = (n: number) => `tensor<${n}x${n}xf32>`;

/** One TE reading `inputs` through the access `kind`, as tensor.compute text. */
function te(name: string, n: number, inputs: readonly string[], kind: number): string {
  const t = T(n);
  const types = inputs.map(() => t).join(', ');
  const args = inputs.map((_, i) => `%x${i}: f32`).join(', ');
  const sum = inputs.slice(1).map((_, i) => `    %s${i + 1} = arith.addf %s${i}, %x${i + 1} : f32`);
  const body = [`  ^bb0(${args}):`, '    %s0 = arith.mulf %x0, %x0 : f32', ...sum, `    tensor.yield %s${inputs.length - 1} : f32`, '  }'];
  const first = inputs[0];
  const rest = inputs.slice(1).map((v) => `, %${v}[i, j]`).join('');
  switch (kind % 4) {
    case 1: // transposed
      return [`  %${name} = tensor.compute [i: ${n}, j: ${n}] (%${first}[j, i]${rest}) -> [i, j] : (${types}) -> ${t} {`, ...body].join('\n');
    case 2: // a row reduced and broadcast back along j (every consumer tile needs a whole row band)
      return [`  %${name} = tensor.compute [i: ${n}, j: ${n}, r: ${n} reduce] (%${first}[i, r]${inputs.slice(1).map((v) => `, %${v}[i, j]`).join('')}) -> [i, j] add : (${types}) -> ${t} {`, ...body].join('\n');
    case 3: // shifted by one column, wrapping
      return [`  %${name} = tensor.compute [i: ${n}, j: ${n}] (%${first}[i, (j + 1) mod ${n}]${rest}) -> [i, j] : (${types}) -> ${t} {`, ...body].join('\n');
    default:
      return [`  %${name} = tensor.compute [i: ${n}, j: ${n}] (%${first}[i, j]${rest}) -> [i, j] : (${types}) -> ${t} {`, ...body].join('\n');
  }
}

/** A random DAG of `count` TEs over n x n tensors: each reads one or two earlier values (or the argument); the last few are returned. */
export function randomDag(seed: number, count: number, n = 6): string {
  const r = rng(seed);
  const values = ['a'];
  const lines: string[] = [];
  for (let k = 0; k < count; k++) {
    const pick = () => values[r(Math.max(0, values.length - 4), values.length - 1)];
    const inputs = r(0, 1) ? [pick(), pick()] : [pick()];
    lines.push(te(`v${k}`, n, inputs, r(0, 3)));
    values.push(`v${k}`);
  }
  const out = values.slice(-2);
  return [`func.func @main(%a: ${T(n)}) -> (${out.map(() => T(n)).join(', ')}) {`, ...lines, `  return ${out.map((v) => '%' + v).join(', ')} : ${out.map(() => T(n)).join(', ')}`, '}'].join('\n');
}

/** `layers` layers of `width` independent TEs, each reading two TEs of the layer before (a 10,000-TE program: 2,500 x 4). */
export function wideProgram(layers: number, width: number, n = 16): string {
  const lines: string[] = [];
  let previous = ['a'];
  for (let l = 0; l < layers; l++) {
    const layer: string[] = [];
    for (let w = 0; w < width; w++) {
      const name = `l${l}w${w}`;
      const inputs = previous.length === 1 ? [previous[0]] : [previous[w % previous.length], previous[(w + 1) % previous.length]];
      lines.push(te(name, n, inputs, (l + w) % 4));
      layer.push(name);
    }
    previous = layer;
  }
  const out = previous[0];
  return [`func.func @main(%a: ${T(n)}) -> ${T(n)} {`, ...lines, `  return %${out} : ${T(n)}`, '}'].join('\n');
}
