// RUN-line substitutions: the suite's own (%dlc-opt, ...) and lit's built-ins (%s %S %p %t %T %{pathsep} %%).

import { basename, delimiter, dirname, join, sep } from 'node:path';
import type { LitTest } from './discovery.js';

/** An ordered list of (from, to) pairs, applied one after another as lit does. */
export type Substitutions = readonly (readonly [string, string])[];

// `%%` is parked under a marker first so that no later substitution sees its `%`.
const MARKER = '#_MARKER_#';

/** Where a test's temporary files go: `%T` is the directory, `%t` the file base. */
export function tmpPaths(test: LitTest): { tmpDir: string; tmpBase: string } {
  const relDir = dirname(test.relPath);
  const tmpDir = join(test.suite.execRoot, relDir === '.' ? '' : relDir, 'Output');
  return { tmpDir, tmpBase: join(tmpDir, basename(test.path)) };
}

/** The substitutions of one test, in lit's order: `%%`, the suite's, then the built-ins. */
export function testSubstitutions(test: LitTest): Substitutions {
  const { tmpDir, tmpBase } = tmpPaths(test);
  const srcDir = dirname(test.path);
  const tmpName = `${tmpBase}.tmp`;
  return [
    ['%%', MARKER],
    ...test.suite.substitutions,
    ['%s', test.path],
    ['%S', srcDir],
    ['%p', srcDir],
    ['%{pathsep}', delimiter],
    ['%t', tmpName],
    ['%basename_t', basename(tmpBase)],
    ['%T', tmpDir],
    ['%{fs-sep}', sep],
    ['%/s', test.path],
    ['%/S', srcDir],
    ['%/p', srcDir],
    ['%/t', tmpName],
    ['%/T', tmpDir],
  ];
}

/** Applies substitutions to a line, each over the whole line in turn, then restores `%%` as `%`. */
export function applySubstitutions(line: string, subs: Substitutions): string {
  let out = line;
  for (const [from, to] of subs) out = out.split(from).join(to);
  return out.split(MARKER).join('%');
}
