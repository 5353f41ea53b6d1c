// Plugins: ESM modules named by --load-pass-plugin / --load-dialect-plugin, loaded before flags are parsed.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DialectLoader } from '../ir/context.js';
import * as dlcApi from '../../index.js';

/** The public API handed to a plugin, plus the hook that registers dialects into dlc-opt's contexts. */
export type PluginApi = typeof dlcApi & {
  /** Makes dialect `name` available in every context dlc-opt creates. */
  registerDialect(name: string, loader: DialectLoader): void;
};

/**
 * What a plugin module exports: a function named `registerPlugin` (or the default export)
 * that receives the API. Taking the API as an argument, rather than importing 'dlc', means
 * the plugin registers into this very copy of dlc even when dlc-opt runs from a bundle.
 */
export type PluginEntry = (api: PluginApi) => void;

const pluginDialects = new Map<string, DialectLoader>();

/** The dialects registered by plugins, to add to each new context. */
export function pluginDialectLoaders(): ReadonlyMap<string, DialectLoader> {
  return pluginDialects;
}

let api: PluginApi | undefined;

/**
 * The API handed to plugins, made when the first one loads: copying the API's few hundred
 * exports costs every run 2% of a trivial run's instructions, and most runs load no plugin.
 */
function pluginApi(): PluginApi {
  return (api ??= { ...dlcApi, registerDialect: (name, loader) => void pluginDialects.set(name, loader) });
}

/** Loads the plugin at `path` and calls its entry; returns an error message on failure. */
export function loadPlugin(path: string): string | undefined {
  const abs = resolve(path);
  let mod: { registerPlugin?: unknown; default?: unknown };
  try {
    mod = requireModule(abs) as typeof mod;
  } catch (e) {
    return `could not load plugin '${path}': ${(e as Error).message.split('\n')[0]} (${pathToFileURL(abs).href})`;
  }
  const entry = typeof mod.registerPlugin === 'function' ? mod.registerPlugin : mod.default;
  if (typeof entry !== 'function') return `plugin '${path}' exports neither a 'registerPlugin' function nor a default function`;
  try {
    (entry as PluginEntry)(pluginApi());
  } catch (e) {
    return `plugin '${path}' failed while registering: ${(e as Error).message}`;
  }
  return undefined;
}

/**
 * Loads the module at `abs`: require() of an ES module is synchronous on Node >= 20.19, so
 * dlc-opt's main stays synchronous. node:module is fetched here, not imported: loading it costs
 * every start 3% of a trivial run's instructions, and most runs load no plugin.
 */
function requireModule(abs: string): unknown {
  const { createRequire } = process.getBuiltinModule('node:module');
  return createRequire(import.meta.url)(abs);
}

/** Finds the plugin flags in argv (they must be loaded before the other flags can be parsed). */
export function pluginArgs(argv: readonly string[]): { pass: string[]; dialect: string[] } {
  const out = { pass: [] as string[], dialect: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--?load-(pass|dialect)-plugin(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    const value = m[2] ?? argv[++i];
    if (value !== undefined) out[m[1] as 'pass' | 'dialect'].push(value);
  }
  return out;
}
