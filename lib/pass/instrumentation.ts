// Pass instrumentation: hooks around pipelines, passes and analyses (IR printing, timing, statistics use them).
import type { Operation } from '../ir/operation.js';
import type { Pass } from './pass.js';
import type { OpPassManager } from './pass-manager.js';

/** Observes a pass manager run. Every hook is optional. */
export interface PassInstrumentation {
  /** Before a nested pass manager runs over the ops nested in `parentOp`. */
  runBeforePipeline?(pm: OpPassManager, parentOp: Operation): void;
  runAfterPipeline?(pm: OpPassManager, parentOp: Operation): void;
  runBeforePass?(pass: Pass, op: Operation): void;
  runAfterPass?(pass: Pass, op: Operation): void;
  runAfterPassFailed?(pass: Pass, op: Operation): void;
  runBeforeAnalysis?(name: string, op: Operation): void;
  runAfterAnalysis?(name: string, op: Operation): void;
}

/** Calls a hook on every instrumentation, in order (after-hooks in reverse, as MLIR does). */
export class InstrumentationList {
  readonly items: PassInstrumentation[] = [];
  add(i: PassInstrumentation): void {
    this.items.push(i);
  }
  get empty(): boolean {
    return this.items.length === 0;
  }
  before<K extends 'runBeforePipeline' | 'runBeforePass' | 'runBeforeAnalysis'>(hook: K, ...args: Parameters<NonNullable<PassInstrumentation[K]>>): void {
    for (const i of this.items) (i[hook] as ((...a: unknown[]) => void) | undefined)?.apply(i, args);
  }
  after<K extends 'runAfterPipeline' | 'runAfterPass' | 'runAfterPassFailed' | 'runAfterAnalysis'>(
    hook: K,
    ...args: Parameters<NonNullable<PassInstrumentation[K]>>
  ): void {
    for (let k = this.items.length - 1; k >= 0; k--) {
      const i = this.items[k];
      (i[hook] as ((...a: unknown[]) => void) | undefined)?.apply(i, args);
    }
  }
}
