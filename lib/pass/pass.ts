// Passes: a definition (name, summary, anchor op, options, statistics, body) and its configured instances.
import type { Operation } from '../ir/operation.js';
import type { Diagnostic } from '../diag/diagnostic.js';
import { AnalysisManager, PreservedAnalyses, type AnalysisClass } from './analysis.js';
import { defaultOptionValues, parseOptions, printOptions, type OptionSchema, type OptionValues } from './options.js';

/** What a pass body sees while it runs on one op. */
export interface PassContext<O> {
  /** The op the pass runs on. */
  readonly op: Operation;
  /** The configured option values. */
  readonly options: O;
  /** Marks the pass failed; the pass manager stops and dlc-opt exits 1. Emit a diagnostic first. */
  signalPassFailure(): void;
  /** The analysis `cls` of the op, computed or taken from the cache. */
  getAnalysis<T>(cls: AnalysisClass<T>): T;
  /** The analysis `cls` of the op when cached, else undefined. */
  getCachedAnalysis<T>(cls: AnalysisClass<T>): T | undefined;
  /** The analysis `cls` of a nested op. */
  getChildAnalysis<T>(child: Operation, cls: AnalysisClass<T>): T;
  /** Keeps every analysis valid: the pass did not change the IR. */
  markAllAnalysesPreserved(): void;
  /** Keeps the named analyses valid. */
  markAnalysesPreserved(...classes: AnalysisClass<unknown>[]): void;
  /** Adds `n` (default 1) to a declared statistic. */
  addStatistic(name: string, n?: number): void;
  /** Emits an error at the op and marks the pass failed. */
  fail(message: string): Diagnostic;
  /** Where passes that report (print-op-stats, test-print-liveness) write; stderr in dlc-opt, as mlir-opt. */
  readonly output: PassOutput;
}

/** Text sinks for passes that print reports. */
export interface PassOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The process's own streams. */
export const processOutput: PassOutput = Object.freeze({
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
});

/** What `definePass` takes. */
export interface PassSpec<S extends OptionSchema> {
  /** The pipeline name and flag, `canonicalize`. */
  readonly name: string;
  /** The name in timing, statistics and IR dumps, `Canonicalizer`; defaults to `name`. */
  readonly displayName?: string;
  /** One line for --help. */
  readonly summary: string;
  /** Longer text for documentation. */
  readonly description?: string;
  /** The op name the pass runs on, or 'any' (the default) for an op-agnostic pass. */
  readonly anchor?: string;
  readonly options?: S;
  /** Statistic names and their descriptions. */
  readonly statistics?: Readonly<Record<string, string>>;
  /** Dialects the pass may create ops of; loaded before the pipeline runs. */
  readonly dependentDialects?: readonly string[];
  /** The body. Returning false is the same as calling signalPassFailure. */
  run(ctx: PassContext<OptionValues<S>>): void | boolean;
}

/** A registered (or registrable) pass: its spec, and a factory for configured instances. */
export class PassDefinition<S extends OptionSchema = OptionSchema> {
  readonly name: string;
  readonly displayName: string;
  readonly summary: string;
  readonly description: string;
  readonly anchor: string;
  readonly options: S;
  readonly statistics: Readonly<Record<string, string>>;
  readonly dependentDialects: readonly string[];

  constructor(readonly spec: PassSpec<S>) {
    if (!/^[A-Za-z_][\w.-]*$/.test(spec.name)) throw new Error(`invalid pass name '${spec.name}'`);
    this.name = spec.name;
    this.displayName = spec.displayName ?? spec.name;
    this.summary = spec.summary;
    this.description = spec.description ?? '';
    this.anchor = spec.anchor ?? 'any';
    this.options = spec.options ?? ({} as S);
    this.statistics = spec.statistics ?? {};
    this.dependentDialects = spec.dependentDialects ?? [];
  }

  /** An instance with `options` over the defaults. */
  create(options: Partial<OptionValues<S>> = {}): Pass<S> {
    return new Pass(this, { ...defaultOptionValues(this.options), ...options });
  }

  /** An instance configured from option text (`a=1 b=true`); throws OptionError. */
  createFromText(text: string): Pass<S> {
    return new Pass(this, parseOptions(this.options, text));
  }
}

/** Defines a pass; register it with `registerPass` to make it usable from pipelines and flags. */
export function definePass<const S extends OptionSchema = Record<never, never>>(spec: PassSpec<S>): PassDefinition<S> {
  return new PassDefinition(spec);
}

/** A configured pass in a pipeline. Statistics accumulate over every op it runs on. */
export class Pass<S extends OptionSchema = OptionSchema> {
  readonly statistics = new Map<string, number>();
  constructor(
    readonly definition: PassDefinition<S>,
    readonly options: OptionValues<S>,
  ) {
    for (const name of Object.keys(definition.statistics)) this.statistics.set(name, 0);
  }
  get name(): string {
    return this.definition.name;
  }
  get displayName(): string {
    return this.definition.displayName;
  }
  get anchor(): string {
    return this.definition.anchor;
  }
  /** The pass in pipeline syntax, with every option: `canonicalize{max-iterations=10 ...}`. */
  toString(): string {
    return `${this.name}${printOptions(this.definition.options, this.options as Record<string, unknown>)}`;
  }

  /** @internal Runs the body on `op`; returns whether it succeeded and what it preserved. */
  execute(op: Operation, am: AnalysisManager, output: PassOutput = processOutput): { ok: boolean; preserved: PreservedAnalyses } {
    const preserved = new PreservedAnalyses();
    let failed = false;
    const stats = this.statistics;
    const ctx: PassContext<OptionValues<S>> = {
      op,
      options: this.options,
      output,
      signalPassFailure: () => {
        failed = true;
      },
      getAnalysis: (cls) => am.get(cls),
      getCachedAnalysis: (cls) => am.getCached(cls),
      getChildAnalysis: (child, cls) => am.nest(child).get(cls),
      markAllAnalysesPreserved: () => preserved.preserveAll(),
      markAnalysesPreserved: (...classes) => preserved.preserve(...classes),
      addStatistic: (name, n = 1) => {
        if (!stats.has(name)) throw new Error(`pass '${this.name}' has no statistic '${name}'; declare it in 'statistics'`);
        stats.set(name, stats.get(name)! + n);
      },
      fail: (message) => {
        failed = true;
        return op.emitError(message);
      },
    };
    if (this.definition.spec.run(ctx) === false) failed = true;
    return { ok: !failed, preserved };
  }
}
