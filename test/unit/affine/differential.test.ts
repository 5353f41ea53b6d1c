// Differential tests against mlir-opt: maps and sets (hand-written and random) are
// parsed and printed by us and by mlir-opt, and the texts must be equal; likewise for
// simplifyAffineMap (affine-simplify-structures), composition (the compose-maps test
// pass), evaluation (folding affine.apply) and parse errors. Skipped without mlir-opt.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AffineMap, IntegerSet, parseAffineMap, parseAffineMapOrSet } from '../../../lib/affine/index.js';
import { attributeBodies, lineCol, mlirOpt, runMlirOpt } from './mlir-opt.js';
import { randomMap, randomMapShape, randomSet, rng } from './random-affine.js';
import { handWrittenBodies, invalidBodies } from './cases.js';

const it = mlirOpt ? test : test.skip;

function ours(body: string): string {
  const r = parseAffineMapOrSet(body, 0);
  if ('error' in r) return `error: ${r.error} at ${r.offset}`;
  return r.value.toString();
}

function opLine(body: string): string {
  const kind = body.includes('->') ? 'affine_map' : 'affine_set';
  return `"test.op"() {m = ${kind}<${body}>} : () -> ()`;
}

// Runs all bodies through mlir-opt in one file and compares with our printing; returns
// mlir-opt's printing.
function compareOnce(bodies: readonly string[]): string[] {
  const r = runMlirOpt([], bodies.map(opLine).join('\n') + '\n');
  assert.is(r.stderr, '', 'mlir-opt rejected the batch');
  const theirs = attributeBodies(r.stdout);
  assert.is(theirs.length, bodies.length);
  const mismatches: string[] = [];
  bodies.forEach((body, i) => {
    const mine = ours(body);
    if (mine !== theirs[i]) mismatches.push(`input:  ${body}\nmlir:   ${theirs[i]}\nours:   ${mine}`);
  });
  assert.is(mismatches.length, 0, `${mismatches.length} mismatches:\n${mismatches.slice(0, 10).join('\n\n')}`);
  return theirs;
}

// Printed text does not always re-parse to the same expression (parsing simplifies
// again), in MLIR as here; so the printed texts go round once more, compared again.
// Texts that no longer parse (a printed INT64_MIN is too large for the parser, in
// MLIR too) are left out of the second round.
function compareBodies(bodies: readonly string[]): void {
  compareOnce(compareOnce(bodies).filter((t) => 'value' in parseAffineMapOrSet(t, 0)));
}

it('hand-written maps and sets print as mlir-opt prints them', () => {
  compareBodies(handWrittenBodies);
});

it('400 random maps print as mlir-opt prints them', () => {
  const r = rng(20260122);
  compareBodies(Array.from({ length: 400 }, () => randomMap(r)));
});

it('150 random integer sets print as mlir-opt prints them', () => {
  const r = rng(7);
  compareBodies(Array.from({ length: 150 }, () => randomSet(r)));
});

it('simplify() matches affine-simplify-structures on 300 random maps', () => {
  const r = rng(99);
  const bodies = Array.from({ length: 300 }, () => randomMap(r, 3));
  const ops = bodies.map((b) => `  ${opLine(b)}`).join('\n');
  const out = runMlirOpt(['--pass-pipeline=builtin.module(func.func(affine-simplify-structures))'], `func.func @f() {\n${ops}\n  return\n}\n`);
  assert.is(out.stderr, '');
  const theirs = attributeBodies(out.stdout);
  assert.is(theirs.length, bodies.length);
  const mismatches: string[] = [];
  bodies.forEach((body, i) => {
    const r = parseAffineMap(body, 0);
    const mine = 'error' in r ? r.error : r.value.simplify().toString();
    if (mine !== theirs[i]) mismatches.push(`input:  ${body}\nmlir:   ${theirs[i]}\nours:   ${mine}`);
  });
  assert.is(mismatches.length, 0, `${mismatches.length} mismatches:\n${mismatches.slice(0, 10).join('\n\n')}`);
});

it('compose() then simplify() matches the compose-maps test pass on 150 random chains', () => {
  const r = rng(4242);
  const chains: string[][] = [];
  for (let i = 0; i < 150; i++) {
    // f: (numDims) -> (k1), g: (k1) -> (k2), [h: (k2) -> (k3)]; composed h(g(f)).
    const sizes = Array.from({ length: 2 + Math.floor(r() * 2) + 1 }, () => 1 + Math.floor(r() * 3));
    const chain: string[] = [];
    for (let j = 0; j + 1 < sizes.length; j++) chain.push(randomMapShape(r, sizes[j]!, Math.floor(r() * 2), sizes[j + 1]!, 2));
    chains.push(chain);
  }
  const input = chains
    .map((c) => `func.func @f() {\n${c.map((m) => `  "test_affine_map"() { affine_map = affine_map<${m}> } : () -> ()`).join('\n')}\n  return\n}\n`)
    .join('// -----\n');
  const out = runMlirOpt(['--affine-super-vectorizer-test=compose-maps', '--split-input-file'], input);
  const theirs = [...(out.stdout + out.stderr).matchAll(/Composed map: (.*)/g)].map((m) => m[1]!);
  assert.is(theirs.length, chains.length, out.stderr);
  const mismatches: string[] = [];
  chains.forEach((chain, i) => {
    const maps = chain.map((m) => {
      const p = parseAffineMap(m, 0);
      if ('error' in p) throw new Error(`${m}: ${p.error}`);
      return p.value;
    });
    let composed: AffineMap = maps[maps.length - 1]!;
    for (let j = maps.length - 2; j >= 0; j--) composed = composed.compose(maps[j]!);
    const mine = composed.simplify().toString();
    if (mine !== theirs[i]) mismatches.push(`chain:  ${chain.join('  |  ')}\nmlir:   ${theirs[i]}\nours:   ${mine}`);
  });
  assert.is(mismatches.length, 0, `${mismatches.length} mismatches:\n${mismatches.slice(0, 10).join('\n\n')}`);
});

it('evaluate() matches mlir-opt folding affine.apply of constants on 300 random maps', () => {
  const r = rng(31337);
  const cases = Array.from({ length: 300 }, () => {
    const numDims = Math.floor(r() * 3);
    const numSymbols = Math.floor(r() * 2);
    const body = randomMapShape(r, numDims, numSymbols, 1, 3);
    const inputs = Array.from({ length: numDims + numSymbols }, () => Math.floor(r() * 41) - 20);
    return { body, numDims, inputs };
  });
  const funcs = cases.map(({ body, numDims, inputs }, i) => {
    const consts = inputs.map((v, j) => `  %c${j} = arith.constant ${v} : index\n`).join('');
    const dimArgs = inputs.slice(0, numDims).map((_, j) => `%c${j}`);
    const symArgs = inputs.slice(numDims).map((_, j) => `%c${numDims + j}`);
    const apply = `affine.apply affine_map<${body}>(${dimArgs.join(', ')})${symArgs.length ? `[${symArgs.join(', ')}]` : ''}`;
    return `func.func @f${i}() -> index {\n${consts}  %r = ${apply}\n  return %r : index\n}\n`;
  });
  const out = runMlirOpt(['--canonicalize'], funcs.join(''));
  assert.is(out.stderr, '');
  // One value per function: the folded constant, or undefined for ub.poison.
  const theirs = out.stdout
    .split('func.func @f')
    .slice(1)
    .map((f) => (f.includes('ub.poison') ? undefined : Number(/arith\.constant (-?\d+) : index/.exec(f)?.[1])));
  assert.is(theirs.length, cases.length);
  const mismatches: string[] = [];
  cases.forEach(({ body, numDims, inputs }, i) => {
    const m = parseAffineMap(body, 0);
    const mine = 'error' in m ? m.error : m.value.evaluate(inputs.slice(0, numDims), inputs.slice(numDims))[0];
    if (mine !== theirs[i]) mismatches.push(`${body} at (${inputs.join(', ')}): mlir ${theirs[i]}, ours ${mine}`);
  });
  assert.is(mismatches.length, 0, `${mismatches.length} mismatches:\n${mismatches.slice(0, 10).join('\n')}`);
});

it('parse errors have mlir-opt message and position', () => {
  const mismatches: string[] = [];
  for (const body of invalidBodies) {
    const kind = body.includes('->') || !body.includes(':') ? 'affine_map' : 'affine_set';
    const prefix = `"test.op"() {m = ${kind}<`;
    const text = `${prefix}${body}>} : () -> ()\n`;
    const r = runMlirOpt([], text);
    const m = /^<stdin>:(\d+):(\d+): error: (.*)$/m.exec(r.stderr);
    const theirs = m ? `${m[1]}:${m[2]}: ${m[3]}` : `no error (${r.stdout.trim()})`;
    const p = parseAffineMapOrSet(text, prefix.length);
    let mine: string;
    if ('error' in p) {
      const { line, col } = lineCol(text, p.offset);
      mine = `${line}:${col}: ${p.error}`;
    } else {
      mine = `no error (${p.value})`;
      // The body parsed: mlir-opt must then fail on what follows, not on the body.
      if (text.slice(p.end).startsWith('>')) mine = `no error but mlir says ${theirs}`;
    }
    if (mine !== theirs) mismatches.push(`input:  ${body}\nmlir:   ${theirs}\nours:   ${mine}`);
  }
  assert.is(mismatches.length, 0, `${mismatches.length} mismatches:\n${mismatches.join('\n\n')}`);
});

it('IntegerSet.empty prints as MLIR prints its empty set', () => {
  compareBodies([IntegerSet.empty(2, 1).toString(), IntegerSet.universe(1, 0).toString()]);
});

test.run();
