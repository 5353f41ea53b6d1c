// The pass registry: every pass and named pipeline that pipelines and dlc-opt flags can name.
import { PassDefinition, type PassSpec } from './pass.js';
import { closestNames, defaultOptionValues, parseOptions, type OptionSchema, type OptionValues } from './options.js';
import type { OpPassManager } from './pass-manager.js';

/** A named pipeline: expands into passes when it appears in a pipeline or as a flag. */
export interface PipelineDefinition<S extends OptionSchema = OptionSchema> {
  readonly kind: 'pipeline';
  readonly name: string;
  readonly summary: string;
  readonly options: S;
  /** Adds the pipeline's passes to `pm`, which is anchored where the pipeline appeared. */
  build(pm: OpPassManager, options: OptionValues<S>): void;
}

/** What `registerPassPipeline` takes: a builder function, or pipeline text such as `cse,canonicalize`. */
export interface PipelineSpec<S extends OptionSchema> {
  readonly name: string;
  readonly summary: string;
  readonly options?: S;
  readonly build: ((pm: OpPassManager, options: OptionValues<S>) => void) | string;
}

/** A registry entry. */
export type RegistryEntry = PassDefinition | PipelineDefinition;

const entries = new Map<string, RegistryEntry>();
/** Text pipelines are parsed lazily by the pipeline parser, which installs this hook (no import cycle). */
let textPipelineBuilder: ((pm: OpPassManager, text: string) => void) | null = null;

/** @internal Installed by pipeline-parser.ts. */
export function setTextPipelineBuilder(fn: (pm: OpPassManager, text: string) => void): void {
  textPipelineBuilder = fn;
}

/** Registers a pass (a definition, or a spec to define). A second registration of a name replaces the first. */
export function registerPass<S extends OptionSchema>(pass: PassDefinition<S> | PassSpec<S>): PassDefinition<S> {
  const def = pass instanceof PassDefinition ? pass : new PassDefinition(pass);
  entries.set(def.name, def as unknown as PassDefinition);
  return def;
}

/** Registers a named pipeline. */
export function registerPassPipeline<const S extends OptionSchema = Record<never, never>>(spec: PipelineSpec<S>): PipelineDefinition<S> {
  const { build } = spec;
  const def: PipelineDefinition<S> = {
    kind: 'pipeline',
    name: spec.name,
    summary: spec.summary,
    options: spec.options ?? ({} as S),
    build:
      typeof build === 'string'
        ? (pm) => {
            if (!textPipelineBuilder) throw new Error('pipeline parser not loaded');
            textPipelineBuilder(pm, build);
          }
        : build,
  };
  entries.set(spec.name, def as unknown as PipelineDefinition);
  return def;
}

/** The pass or pipeline registered as `name`. */
export function lookupPassOrPipeline(name: string): RegistryEntry | undefined {
  return entries.get(name);
}

/** Every registered pass and pipeline, sorted by name. */
export function registeredEntries(): RegistryEntry[] {
  return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The registered names closest to a misspelt one. */
export function suggestPassNames(name: string): string[] {
  return closestNames(name, entries.keys());
}

/** True for a named pipeline entry. */
export function isPipelineDefinition(e: RegistryEntry): e is PipelineDefinition {
  return !(e instanceof PassDefinition);
}

/** Options of a pipeline entry from text. */
export function parsePipelineOptions<S extends OptionSchema>(def: PipelineDefinition<S>, text: string): OptionValues<S> {
  return text === '' ? defaultOptionValues(def.options) : parseOptions(def.options, text);
}
