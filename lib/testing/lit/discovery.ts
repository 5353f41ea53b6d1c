// Test discovery: from command-line paths to the tests of their suites, as lit walks directories.

import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_JS, CONFIG_JSON, ConfigError, SuiteCache, findSuiteRoot, isSuiteRoot, type SuiteConfig } from './config.js';

/** One test: a file of a suite. */
export interface LitTest {
  readonly suite: SuiteConfig;
  /** Absolute path of the test file. */
  readonly path: string;
  /** Path relative to the suite root, with `/` separators. */
  readonly relPath: string;
}

/** `suite :: path`, the name lit prints and filters on. */
export function fullName(t: LitTest): string {
  return `${t.suite.name} :: ${t.relPath}`;
}

function isTestFile(suite: SuiteConfig, name: string): boolean {
  if (name === CONFIG_JSON || name === CONFIG_JS) return false;
  return suite.suffixes.includes(extname(name));
}

async function collectDir(dir: string, suite: SuiteConfig, cache: SuiteCache, out: LitTest[]): Promise<void> {
  const names = readdirSync(dir).sort();
  for (const name of names) {
    if (name.startsWith('.') || suite.excludes.includes(name)) continue;
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      // A directory with a config of its own is a nested suite, as in lit.
      const sub = isSuiteRoot(path) ? await cache.get(path) : suite;
      await collectDir(path, sub, cache, out);
    } else if (isTestFile(suite, name)) {
      out.push(makeTest(suite, path));
    }
  }
}

function makeTest(suite: SuiteConfig, path: string): LitTest {
  return { suite, path, relPath: relative(suite.root, path).split(sep).join('/') };
}

/**
 * The tests named by `paths` (files or directories), each in the suite whose config is
 * nearest above it; sorted by full name, without duplicates. A file named explicitly is a
 * test whatever its suffix. Throws ConfigError for a path with no suite or that is missing.
 */
export async function discoverTests(paths: readonly string[], cache: SuiteCache): Promise<LitTest[]> {
  const out: LitTest[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new ConfigError(`${p}: no such file or directory`);
    }
    const root = findSuiteRoot(st.isDirectory() ? abs : dirname(abs));
    if (root === undefined) {
      throw new ConfigError(`${p}: no ${CONFIG_JSON} or ${CONFIG_JS} found here or in any parent directory`);
    }
    const suite = await cache.get(root);
    if (st.isDirectory()) await collectDir(abs, suite, cache, out);
    else if (basename(abs) !== CONFIG_JSON && basename(abs) !== CONFIG_JS) out.push(makeTest(suite, abs));
  }
  const seen = new Set<string>();
  return out
    .filter((t) => (seen.has(t.path) ? false : (seen.add(t.path), true)))
    .sort((a, b) => (fullName(a) < fullName(b) ? -1 : fullName(a) > fullName(b) ? 1 : 0));
}
