// Differential tests against mlir-opt 22: each chunk of the corpus in test/unit/print/corpus,
// parsed and printed in process, equals mlir-opt's output in the pretty, generic and
// debug-info forms; printing what we printed gives the same text again (idempotence).
// The comparisons with mlir-opt are skipped when it is not installed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../../../dialects/registry.js';
import { fileResources, parseSourceString, splitInputFile } from '../../../lib/parse/index.js';
import { printOperation, type PrintOptions } from '../../../lib/print/index.js';
import type { Operation } from '../../../lib/ir/index.js';

const corpusDir = join(new URL('../../../..', import.meta.url).pathname, 'test/unit/print/corpus');
const MLIR_OPT = '/usr/lib/llvm-22/bin/mlir-opt';
const haveMlirOpt = existsSync(MLIR_OPT);

/** Print modes; `reparse` is false where the output is not meant to be parsed again. */
const MODES: ReadonlyArray<{ name: string; flags: string[]; options: PrintOptions; reparse: boolean }> = [
  { name: 'pretty', flags: [], options: {}, reparse: true },
  { name: 'generic', flags: ['--mlir-print-op-generic'], options: { generic: true }, reparse: true },
  { name: 'debuginfo', flags: ['--mlir-print-debuginfo'], options: { debugInfo: true }, reparse: true },
  { name: 'generic+debuginfo', flags: ['--mlir-print-op-generic', '--mlir-print-debuginfo'], options: { generic: true, debugInfo: true }, reparse: true },
  { name: 'local-scope', flags: ['--mlir-print-local-scope', '--mlir-print-debuginfo'], options: { printLocalScope: true, debugInfo: true }, reparse: true },
  { name: 'pretty-debuginfo', flags: ['--mlir-print-debuginfo', '--mlir-pretty-debuginfo'], options: { prettyDebugInfo: true }, reparse: false },
  { name: 'elided', flags: ['--mlir-elide-elementsattrs-if-larger=2'], options: { elideElementsAttrsIfLarger: 2 }, reparse: false },
];

function parse(text: string, filename: string, startLine = 1, startColumn = 1): Operation {
  const context = createContext();
  context.allowUnregisteredDialects = true;
  const op = parseSourceString(text, { context, filename, startLine, startColumn });
  if (!op) {
    const messages = context.diagnostics.unhandled.map((d) => `${String(d.location)}: ${d.message}`);
    throw new Error(`parse failed: ${messages.join('; ')}`);
  }
  return op;
}

/** Prints a parsed module with its file's resource section, as dlc-opt does. */
function print(op: Operation, options: PrintOptions): string {
  return printOperation(op, { ...options, resources: fileResources.get(op) });
}

/** mlir-opt's output for every chunk of `file`, or null when mlir-opt is absent. */
function mlirOptChunks(file: string, flags: readonly string[]): string[] | null {
  if (!haveMlirOpt) return null;
  const r = spawnSync(MLIR_OPT, ['--allow-unregistered-dialect', '--split-input-file', ...flags, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`mlir-opt failed on ${file}: ${r.stderr}`);
  return r.stdout.split('// -----\n');
}

for (const name of readdirSync(corpusDir).filter((f) => f.endsWith('.mlir')).sort()) {
  const file = join(corpusDir, name);
  const chunks = splitInputFile(readFileSync(file, 'utf8'));
  for (const mode of MODES) {
    let expected: string[] | null | undefined;
    chunks.forEach((chunk, i) => {
      const label = `${name}#${i} ${mode.name}`;
      test(`${label}: prints as mlir-opt does`, () => {
        if (!haveMlirOpt) return;
        expected ??= mlirOptChunks(file, mode.flags);
        const ours = print(parse(chunk.text, file, chunk.startLine, chunk.startColumn), mode.options);
        assert.fixture(`${ours}\n`, expected![i]);
      });
      if (!mode.reparse) return;
      test(`${label}: printing is idempotent`, () => {
        const once = print(parse(chunk.text, file, chunk.startLine, chunk.startColumn), mode.options);
        const twice = print(parse(once, file), mode.options);
        assert.fixture(twice, once);
      });
    });
  }
}

test.run();
