// Benchmark: dlc-filecheck against LLVM FileCheck on a 100k-line input with 10k CHECK lines
// (plain, -NEXT, -SAME, -DAG, -NOT, regex and variable directives). Prints a table of wall
// times. Run: node scripts/build.mjs && node build/bench/filecheck.js [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFileCheck } from '../lib/testing/filecheck/index.js';

const LLVM_FILECHECK = '/usr/lib/llvm-22/bin/FileCheck';
const LINES = 100_000;
const CHECKS = 10_000;

/** A synthetic MLIR-like listing and checks that match every tenth line in a varied way. */
function workload(): { input: string; check: string } {
  const input: string[] = [];
  for (let i = 0; i < LINES; i++) {
    if (i % 1000 === 0) input.push(`func.func @f${i / 1000}(%arg0: tensor<4x8xf32>) {`);
    else input.push(`  %${i} = arith.addf %${i - 1}, %arg0 : tensor<4x8xf32> // id ${i} hash ${(i * 2654435761) % 1000003}`);
  }
  const check: string[] = [];
  // Every 14th line gets one or two directives, which makes CHECKS directives in all.
  for (let k = 0; check.length < CHECKS; k++) {
    const i = k * 14;
    const line = input[i]!;
    switch (k % 10) {
      case 0:
        check.push(line.startsWith('func') ? `// CHECK-LABEL: func.func @f${i / 1000}(` : `// CHECK: %${i} = arith.addf`);
        break;
      case 1:
        check.push(`// CHECK: %[[V${k}:[0-9]+]] = arith.addf %{{[0-9]+}}, %arg0`);
        break;
      case 2:
        check.push(`// CHECK: id ${i} hash {{[0-9]+}}`);
        check.push(`// CHECK-NEXT: id ${i + 1} hash`);
        break;
      case 3:
        check.push(`// CHECK-DAG: id ${i} hash`);
        check.push(`// CHECK-DAG: id ${i + 2} hash`);
        break;
      case 4:
        check.push('// CHECK-NOT: arith.mulf');
        check.push(`// CHECK: %[[#N${k}:]] = arith.addf ${k > 10 ? `%[[#N${k - 10}+139]]` : ''}`);
        check.push(`// CHECK-SAME: id [[#N${k}]] hash`);
        break;
      case 5:
        check.push(`// CHECK: %${i} = {{arith\\.(addf|subf)}} %${i - 1}`);
        break;
      case 6:
        check.push(`// CHECK: id ${i} hash`);
        check.push('// CHECK-SAME: {{[0-9]+$}}');
        break;
      default:
        check.push(`// CHECK: %${i} = arith.addf`);
    }
  }
  return { input: `${input.join('\n')}\n`, check: `${check.join('\n')}\n` };
}

function time(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const dir = mkdtempSync(join(tmpdir(), 'dlc-bench-filecheck-'));
try {
  const { input, check } = workload();
  const checkPath = join(dir, 'check.mlir');
  const inputPath = join(dir, 'input.mlir');
  writeFileSync(checkPath, check);
  writeFileSync(inputPath, input);
  const args = [checkPath, '--input-file', inputPath];
  const cli = join(new URL('../..', import.meta.url).pathname, 'dist/dlc-filecheck.js');
  const rows: [string, number][] = [];

  const inProcess: number[] = [];
  for (let r = 0; r < runs; r++) {
    inProcess.push(
      time(() => {
        const res = runFileCheck({ checkFile: checkPath, inputFile: inputPath });
        if (res.exitCode !== 0) throw new Error(`dlc FileCheck failed:\n${res.stderr.slice(0, 2000)}`);
      }),
    );
  }
  rows.push(['dlc runFileCheck (in-process)', median(inProcess)]);

  if (existsSync(cli)) {
    const t: number[] = [];
    for (let r = 0; r < runs; r++) t.push(time(() => spawnSync(process.execPath, [cli, ...args])));
    rows.push(['dlc-filecheck (CLI, node start included)', median(t)]);
  }
  if (existsSync(LLVM_FILECHECK)) {
    const t: number[] = [];
    for (let r = 0; r < runs; r++) {
      t.push(
        time(() => {
          const res = spawnSync(LLVM_FILECHECK, args);
          if (res.status !== 0) throw new Error(`LLVM FileCheck failed:\n${res.stderr.toString().slice(0, 2000)}`);
        }),
      );
    }
    rows.push(['LLVM FileCheck 22', median(t)]);
  }
  const llvm = rows.find(([n]) => n.startsWith('LLVM'))?.[1];
  console.log(`FileCheck benchmark: ${LINES} input lines, ${check.split('\n').length - 1} check lines, median of ${runs} runs\n`);
  console.log(`| ${'tool'.padEnd(42)} | wall ms | vs LLVM |`);
  console.log(`|${'-'.repeat(44)}|---------|---------|`);
  for (const [name, ms] of rows) console.log(`| ${name.padEnd(42)} | ${ms.toFixed(0).padStart(7)} | ${llvm ? `${(ms / llvm).toFixed(2)}x`.padStart(7) : '    n/a'} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
