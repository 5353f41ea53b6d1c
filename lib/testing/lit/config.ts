// Suite configuration: finding lit.config.json / lit.config.js above a test and loading it.

import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The file names that mark a suite's root; the JSON is read first, then the JS may refine it. */
export const CONFIG_JSON = 'lit.config.json';
export const CONFIG_JS = 'lit.config.js';

/** A suite's configuration as written in lit.config.json (every field optional). */
export interface SuiteConfigInput {
  name?: string;
  suffixes?: string[];
  excludes?: string[];
  substitutions?: Record<string, string>;
  features?: string[];
  environment?: Record<string, string>;
}

/** A loaded suite: plain data, so that it can be posted to worker threads. */
export interface SuiteConfig {
  readonly name: string;
  /** The directory holding the config file; test names are relative to it. */
  readonly root: string;
  /** Where `%t` and `%T` live: a directory of this suite and this run under the system's temporary one. */
  readonly execRoot: string;
  readonly suffixes: readonly string[];
  readonly excludes: readonly string[];
  /** Configured substitutions, in order, with paths already resolved. */
  readonly substitutions: readonly (readonly [string, string])[];
  readonly features: readonly string[];
  readonly environment: Readonly<Record<string, string>>;
}

/** What a lit.config.js default export receives besides the JSON config. */
export interface ConfigContext {
  /** The suite root (the config file's directory). */
  readonly root: string;
  /** `--param K=V` values from the command line. */
  readonly params: Readonly<Record<string, string>>;
}

/** A lit.config.js default export: a config object, or a function computing one. */
export type ConfigModule =
  | SuiteConfigInput
  | ((base: SuiteConfigInput, ctx: ConfigContext) => SuiteConfigInput | Promise<SuiteConfigInput>);

/** A problem with a suite's configuration, reported as a message naming the file. */
export class ConfigError extends Error {}

/** The directory of the nearest suite config at or above `dir`, or undefined. */
export function findSuiteRoot(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    if (existsSync(join(d, CONFIG_JSON)) || existsSync(join(d, CONFIG_JS))) return d;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Whether `dir` holds a suite config of its own (a nested suite). */
export function isSuiteRoot(dir: string): boolean {
  return existsSync(join(dir, CONFIG_JSON)) || existsSync(join(dir, CONFIG_JS));
}

/**
 * Resolves the words of a substitution or environment value that start with `./` or
 * `../` against the config's directory, so that configs can name tools beside them.
 */
export function resolveRelativeWords(value: string, root: string): string {
  return value.replace(/(^|\s)(\.\.?\/\S*)/g, (_m, pre: string, path: string) => pre + resolve(root, path));
}

function stringList(v: unknown, field: string, file: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new ConfigError(`${file}: "${field}" must be an array of strings`);
  }
  return v as string[];
}

function stringMap(v: unknown, field: string, file: string): Record<string, string> {
  if (v === undefined) return {};
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string')) {
    throw new ConfigError(`${file}: "${field}" must be an object of strings`);
  }
  return v as Record<string, string>;
}

function readJson(file: string): SuiteConfigInput {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${file}: cannot read config: ${(e as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(`${file}: the config must be a JSON object`);
  }
  return data as SuiteConfigInput;
}

async function runJsConfig(file: string, base: SuiteConfigInput, ctx: ConfigContext): Promise<SuiteConfigInput> {
  let mod: { default?: ConfigModule };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: ConfigModule };
  } catch (e) {
    throw new ConfigError(`${file}: cannot load config: ${(e as Error).message}`);
  }
  const exported = mod.default;
  if (exported === undefined) throw new ConfigError(`${file}: the config must have a default export`);
  try {
    return typeof exported === 'function' ? await exported(base, ctx) : { ...base, ...exported };
  } catch (e) {
    throw new ConfigError(`${file}: config failed: ${(e as Error).message}`);
  }
}

// One directory per suite and per run: runs of one suite at the same time (two people
// running the tests of one checkout) must not share their temporary files.
function execRootFor(name: string, root: string): string {
  const hash = createHash('sha1').update(root).digest('hex').slice(0, 10);
  return join(tmpdir(), 'dlc-lit', `${name.replace(/[^\w.-]/g, '_')}-${hash}-${process.pid}`);
}

/** Loads the suite whose config lives in `root`: the JSON, then the JS refining it. */
export async function loadSuiteConfig(root: string, params: Readonly<Record<string, string>> = {}): Promise<SuiteConfig> {
  const jsonFile = join(root, CONFIG_JSON);
  const jsFile = join(root, CONFIG_JS);
  let input: SuiteConfigInput = existsSync(jsonFile) ? readJson(jsonFile) : {};
  if (existsSync(jsFile)) input = await runJsConfig(jsFile, input, { root, params });
  const file = existsSync(jsFile) ? jsFile : jsonFile;
  const name = input.name ?? 'lit';
  if (typeof name !== 'string') throw new ConfigError(`${file}: "name" must be a string`);
  const substitutions = Object.entries(stringMap(input.substitutions, 'substitutions', file)).map(
    ([k, v]) => [k, resolveRelativeWords(v, root)] as const,
  );
  const environment = Object.fromEntries(
    Object.entries(stringMap(input.environment, 'environment', file)).map(([k, v]) => [k, resolveRelativeWords(v, root)]),
  );
  return {
    name,
    root,
    execRoot: execRootFor(name, root),
    suffixes: stringList(input.suffixes, 'suffixes', file),
    excludes: stringList(input.excludes, 'excludes', file),
    substitutions,
    features: stringList(input.features, 'features', file),
    environment,
  };
}

/** Loads each suite once per run, however many of its tests are named. */
export class SuiteCache {
  private readonly suites = new Map<string, Promise<SuiteConfig>>();
  constructor(private readonly params: Readonly<Record<string, string>> = {}) {}

  /** The suite rooted at `root`. */
  get(root: string): Promise<SuiteConfig> {
    let s = this.suites.get(root);
    if (!s) {
      s = loadSuiteConfig(root, this.params);
      this.suites.set(root, s);
    }
    return s;
  }
}
