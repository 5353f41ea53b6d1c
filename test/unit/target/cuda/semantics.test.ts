// The emitted arithmetic means what MLIR says: host functions applying every arith op (and casts)
// to edge-case operands of i1..i64, i4, index, f16, bf16, f32 and f64 are translated, compiled with
// nvcc into a CPU program (host code: no GPU needed) and run; every result must equal dlc's
// interpreter bit for bit (NaNs as NaNs). Skipped where nvcc is absent.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { FloatType, type Type } from '../../../../lib/ir/index.js';
import { runFunction, type RtValue } from '../../../../lib/interp/index.js';
import { floatFormat, floatToBits, roundTo } from '../../../../lib/interp/scalar/index.js';
import { cType } from '../../../../lib/target/cuda/types.js';
import { NVCC_FLAGS, context, haveNvcc, nvcc, parse, translate } from './helpers.js';

type Scalar = bigint | number;
/** One function of the test module: its name, argument and result types (as MLIR text), body, and argument tuples. */
interface Case {
  name: string;
  args: string[];
  results: string[];
  body: string[];
  inputs: Scalar[][];
}

const INT_TYPES = ['i1', 'i4', 'i8', 'i16', 'i32', 'i64', 'index'];
const FLOAT_TYPES = ['f16', 'bf16', 'f32', 'f64'] as const;
const width = (t: string) => (t === 'index' ? 64 : Number(t.slice(1)));
const wrap = (v: bigint, t: string) => (t === 'i1' ? v & 1n : BigInt.asIntN(width(t), v));

/** `ops` applied to %a and %b, each result returned. */
function binaryCase(name: string, t: string, ops: readonly string[], inputs: Scalar[][], cmp?: { op: string; preds: readonly string[] }): Case {
  const body = ops.map((op, i) => `%r${i} = arith.${op} %a, %b : ${t}`);
  const results = ops.map(() => t);
  for (const p of cmp?.preds ?? []) {
    body.push(`%r${results.length} = arith.${cmp!.op} ${p}, %a, %b : ${t}`);
    results.push('i1');
  }
  return { name, args: [t, t], results, body, inputs };
}

function intCases(): Case[] {
  const cases: Case[] = [];
  for (const t of INT_TYPES) {
    const w = width(t);
    const min = t === 'i1' ? 0n : -(1n << BigInt(w - 1));
    const max = t === 'i1' ? 1n : (1n << BigInt(w - 1)) - 1n;
    const values = [...new Set([0n, 1n, -1n, 3n, -7n, min, max, wrap(min + 1n, t)].map((v) => wrap(v, t)))];
    const pairs = values.flatMap((a) => values.map((b) => [a, b]));
    cases.push(
      binaryCase(`plain_${t}`, t, ['addi', 'subi', 'muli', 'andi', 'ori', 'xori', 'minsi', 'minui', 'maxsi', 'maxui'], pairs, {
        op: 'cmpi',
        preds: ['eq', 'ne', 'slt', 'sle', 'sgt', 'sge', 'ult', 'ule', 'ugt', 'uge'],
      }),
    );
    if (t === 'i1') continue;
    // Division by zero and MIN / -1 are undefined in MLIR too; shifts by the width or more are poison.
    const divisions = pairs.filter(([a, b]) => b !== 0n && !(a === min && b === wrap(-1n, t)));
    cases.push(binaryCase(`div_${t}`, t, ['divsi', 'divui', 'remsi', 'remui', 'ceildivsi', 'ceildivui', 'floordivsi'], divisions));
    const shifts = values.flatMap((a) => [0n, 1n, BigInt(w - 1), BigInt(Math.floor(w / 2))].map((b) => [a, b]));
    cases.push(binaryCase(`shift_${t}`, t, ['shli', 'shrsi', 'shrui'], shifts));
  }
  const casts = [
    'extsi %a : i8 to i32', 'extui %a : i8 to i32', 'extsi %a : i8 to i64', 'extui %a : i8 to i16', 'trunci %a : i8 to i4', 'trunci %a : i8 to i1',
    'index_cast %a : i8 to index', 'index_castui %a : i8 to index', 'sitofp %a : i8 to f32', 'uitofp %a : i8 to f32', 'sitofp %a : i8 to f16',
    'uitofp %a : i8 to bf16', 'sitofp %a : i8 to f64', 'extsi %b : i1 to i8', 'extui %b : i1 to i8', 'sitofp %b : i1 to f32', 'uitofp %b : i1 to f64',
  ];
  cases.push({
    name: 'casts_int',
    args: ['i8', 'i1'],
    results: casts.map((c) => c.split(' to ')[1]),
    body: casts.map((c, i) => `%r${i} = arith.${c}`),
    inputs: [-128n, -1n, 0n, 5n, 127n].flatMap((a) => [[a, 0n], [a, 1n]]),
  });
  return cases;
}

function floatCases(): Case[] {
  const cases: Case[] = [];
  for (const t of FLOAT_TYPES) {
    const f = floatFormat(t)!;
    const big = t === 'f16' ? 60000 : t === 'f64' ? 1e300 : 3e38;
    const values = [0, -0, 1, -1.5, 0.1, 3.25, big, -big, 1e-3, Infinity, -Infinity, NaN].map((x) => roundTo(f, x));
    const pairs = values.flatMap((a) => values.map((b) => [a, b]));
    cases.push(
      binaryCase(`float_${t}`, t, ['addf', 'subf', 'mulf', 'divf', 'remf', 'minimumf', 'maximumf', 'minnumf', 'maxnumf'], pairs, {
        op: 'cmpf',
        preds: ['false', 'oeq', 'ogt', 'oge', 'olt', 'ole', 'one', 'ord', 'ueq', 'ugt', 'uge', 'ult', 'ule', 'une', 'uno', 'true'],
      }),
    );
  }
  const casts = [
    'extf %a : f16 to f32', 'extf %a : f16 to f64', 'extf %b : bf16 to f32', 'truncf %c : f32 to f16', 'truncf %c : f32 to bf16', 'truncf %d : f64 to f32',
    'truncf %d : f64 to f16', 'truncf %d : f64 to bf16', 'negf %a : f16', 'negf %c : f32', 'fptosi %c : f32 to i32', 'fptoui %e : f32 to i8',
    'fptosi %a : f16 to i16', 'fptosi %d : f64 to i64', 'bitcast %c : f32 to i32', 'bitcast %a : f16 to i16', 'bitcast %d : f64 to i64',
  ];
  const resultOf = (c: string) => (c.includes(' to ') ? c.split(' to ')[1] : c.split(' : ')[1]);
  const round = (t: string, x: number) => roundTo(floatFormat(t)!, x);
  cases.push({
    name: 'casts_float',
    args: ['f16', 'bf16', 'f32', 'f64', 'f32'],
    results: casts.map(resultOf),
    body: casts.map((c, i) => `%r${i} = arith.${c}`),
    // In range for every conversion to an integer (out of range is poison; %e, for fptoui, is not negative).
    inputs: [0, -0, 1.5, -2.75, 100.25, 0.1, 1 / 3].map((x) => [round('f16', x), round('bf16', x), round('f32', x), x, round('f32', Math.abs(x))]),
  });
  return cases;
}

function moduleText(cases: readonly Case[]): string {
  const names = ['%a', '%b', '%c', '%d', '%e'];
  const fns = cases.map((c) => {
    const args = c.args.map((t, i) => `${names[i]}: ${t}`).join(', ');
    const results = c.results.map((_, i) => `%r${i}`).join(', ');
    return `func.func @${c.name}(${args}) -> (${c.results.join(', ')}) {\n  ${c.body.join('\n  ')}\n  return ${results} : ${c.results.join(', ')}\n}`;
  });
  return `module {\n${fns.join('\n')}\n}\n`;
}

/** A C++ expression for argument value `v` of type `t`. */
function cArgument(v: Scalar, t: Type): string {
  if (!(t instanceof FloatType)) return `(${cType(t)})${String(v)}ll`;
  const bits = floatToBits(floatFormat(t.name)!, v as number).toString(16);
  return { f16: `__ushort_as_half(0x${bits})`, bf16: `__ushort_as_bfloat16(0x${bits})`, f32: `dlc::f32_from_bits(0x${bits}u)`, f64: `dlc::f64_from_bits(0x${bits}ull)` }[t.name as 'f32'];
}

/** A C++ statement printing result variable `r` of type `t`: integers in decimal, floats as their bits in hex. */
function cPrint(r: string, t: Type): string {
  if (!(t instanceof FloatType)) return `printf(" %lld", (long long)${r});`;
  const bits = { f16: `__half_as_ushort(${r})`, bf16: `__bfloat16_as_ushort(${r})`, f32: `dlc_bits(${r})`, f64: `dlc_bits(${r})` }[t.name as 'f32'];
  return `printf(" %llx", (unsigned long long)${bits});`;
}

/** What the C++ program prints for `value` of type `t`. */
function expected(value: RtValue, t: Type): string {
  if (t instanceof FloatType) return Number.isNaN(value as number) ? 'nan' : floatToBits(floatFormat(t.name)!, value as number).toString(16);
  return String(value);
}

/** The printed bits of a float of type `t`, or `nan` for a NaN of any payload. */
function normalize(token: string, t: Type): string {
  if (!(t instanceof FloatType)) return token;
  const f = floatFormat(t.name)!;
  const bits = BigInt(`0x${token}`);
  const expMask = (1n << BigInt(f.exponentBits)) - 1n;
  const exponent = (bits >> BigInt(f.fractionBits)) & expMask;
  const fraction = bits & ((1n << BigInt(f.fractionBits)) - 1n);
  return exponent === expMask && fraction !== 0n ? 'nan' : token;
}

if (!haveNvcc()) {
  test('nvcc is absent: skipped', () => {});
} else {
  test('every arith op and cast, run on the CPU from the emitted C++, equals the interpreter bit for bit', async () => {
    const cases = [...intCases(), ...floatCases()];
    const ctx = context();
    const module = parse(ctx, moduleText(cases), 'semantics.mlir');
    const fns = new Map(module.regions[0].entry!.operations.map((op) => [(op.getProp('sym_name') as unknown as { value: string }).value, op]));
    const typesOf = (name: string, which: 'inputs' | 'results') => (fns.get(name)!.getProp('function_type') as unknown as { value: Record<typeof which, Type[]> }).value[which];
    const driver: string[] = [
      'static unsigned long long dlc_bits(float x) { uint32_t b; memcpy(&b, &x, 4); return b; }',
      'static unsigned long long dlc_bits(double x) { uint64_t b; memcpy(&b, &x, 8); return b; }',
      'int main() {',
    ];
    const want: string[] = [];
    const resultTypes: Type[][] = [];
    for (const c of cases) {
      const [inputs, results] = [typesOf(c.name, 'inputs'), typesOf(c.name, 'results')];
      for (const args of c.inputs) {
        const decls = results.map((t, i) => `${cType(t)} r${i};`).join(' ');
        const call = `host_${c.name}(${[...args.map((v, i) => cArgument(v, inputs[i])), ...results.map((_, i) => `&r${i}`)].join(', ')});`;
        driver.push(`  { ${decls} ${call} ${results.map((t, i) => cPrint(`r${i}`, t)).join(' ')} printf("\\n"); }`);
        const got = runFunction(module, c.name, args);
        assert.ok(got, `interpreter failed on @${c.name}(${args.join(', ')})`);
        want.push(got!.map((v, i) => expected(v, results[i])).join(' '));
        resultTypes.push(results);
      }
    }
    driver.push('  return 0;', '}');
    const dir = mkdtempSync(join(tmpdir(), 'dlc-semantics-'));
    const cu = join(dir, 'semantics.cu');
    writeFileSync(cu, `${translate(module, { harness: false })}\n${driver.join('\n')}\n`);
    const built = await nvcc([...NVCC_FLAGS, cu, '-o', join(dir, 'semantics')]);
    assert.is(built.status, 0, `${cu}:\n${built.output.slice(0, 3000)}`);
    const lines = execFileSync(join(dir, 'semantics'), { encoding: 'utf8' }).trim().split('\n');
    assert.is(lines.length, want.length);
    const mismatches: string[] = [];
    let row = 0;
    for (const c of cases) {
      for (const args of c.inputs) {
        const got = lines[row].trim().split(' ').map((tok, i) => normalize(tok, resultTypes[row][i])).join(' ');
        if (got !== want[row]) mismatches.push(`@${c.name}(${args.join(', ')}):\n  C++:         ${got}\n  interpreter: ${want[row]}`);
        row++;
      }
    }
    assert.is(mismatches.length, 0, `${mismatches.length} of ${want.length} calls differ (in ${dir}):\n${mismatches.slice(0, 8).join('\n')}`);
  });
}

test.run();
