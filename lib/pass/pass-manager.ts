// Pass managers: a pipeline of passes and nested managers anchored on an op name, and the run loop.
import type { Operation } from '../ir/operation.js';
import type { MLIRContext } from '../ir/context.js';
import { AnalysisManager } from './analysis.js';
import { InstrumentationList, type PassInstrumentation } from './instrumentation.js';
import { Pass, PassDefinition, processOutput, type PassOutput } from './pass.js';

/** Thrown when a pass cannot be added where it was asked for (the pipeline parser reports it). */
export class PassManagerError extends Error {}

/** An element of a pipeline: a pass or a nested pass manager. */
export type PipelineElement = Pass | OpPassManager;

/**
 * A pipeline anchored on one op name (or 'any'). Nested managers run on the ops directly
 * inside the anchor op's regions whose name matches theirs.
 */
export class OpPassManager {
  readonly elements: PipelineElement[] = [];

  /**
   * @param anchor the op name this manager runs on, or 'any'
   * @param implicitNesting when true, a pass anchored on another op is nested automatically
   *   (dlc-opt's `--pass` flags); when false that is an error (textual pipelines)
   */
  constructor(
    readonly anchor: string,
    readonly implicitNesting = false,
  ) {}

  /** Adds a pass (or a definition, created with default options). */
  addPass(pass: Pass | PassDefinition): this {
    const p = pass instanceof PassDefinition ? pass.create() : pass;
    if (p.anchor === 'any' || p.anchor === this.anchor) {
      this.elements.push(p);
      return this;
    }
    if (this.implicitNesting) {
      this.nest(p.anchor).addPass(p);
      return this;
    }
    if (this.anchor === 'any') {
      // Checked again per op at run time: the op may turn out to be the pass's anchor.
      this.elements.push(p);
      return this;
    }
    throw new PassManagerError(
      `can't add pass '${p.name}' restricted to '${p.anchor}' on a pass manager intended to run on '${this.anchor}'; did you intend to nest it as '${p.anchor}(${p.name})'?`,
    );
  }

  /** The manager for `anchor` nested here: the last element when it already is one, else a new one. */
  nest(anchor: string): OpPassManager {
    const last = this.elements[this.elements.length - 1];
    if (this.implicitNesting && last instanceof OpPassManager && last.anchor === anchor) return last;
    const pm = new OpPassManager(anchor, this.implicitNesting);
    this.elements.push(pm);
    return pm;
  }

  /** Appends a nested manager as is. */
  addNested(pm: OpPassManager): this {
    this.elements.push(pm);
    return this;
  }

  /** Every pass in this pipeline, nested ones included, in order. */
  get passes(): Pass[] {
    return this.elements.flatMap((e) => (e instanceof Pass ? [e] : e.passes));
  }

  /** The pipeline in MLIR's textual syntax: `builtin.module(func.func(cse),symbol-dce)`. */
  toString(): string {
    return `${this.anchor}(${this.elements.map((e) => e.toString()).join(',')})`;
  }

  /** The indented form of `--dump-pass-pipeline`. */
  toTree(indent = ''): string {
    if (this.elements.length === 0) return `${indent}${this.anchor}()`;
    const inner = this.elements.map((e) => (e instanceof Pass ? `${indent}  ${e.toString()}` : e.toTree(`${indent}  `)));
    return `${indent}${this.anchor}(\n${inner.join(',\n')}\n${indent})`;
  }
}

/** How a PassManager checks the IR after each pass. */
export type Verifier = (op: Operation) => boolean;

/** The top-level manager: owns instrumentations and the verify-each setting, and runs the pipeline. */
export class PassManager extends OpPassManager {
  readonly instrumentations = new InstrumentationList();
  /** Verify the op after every pass (`--verify-each`, on by default when a verifier is set). */
  verifyEach = true;
  /** Where reporting passes write. */
  output: PassOutput = processOutput;
  private verifier: Verifier | null = null;

  constructor(
    readonly context: MLIRContext,
    anchor = 'builtin.module',
    implicitNesting = false,
  ) {
    super(anchor, implicitNesting);
  }

  /** Sets the function used by verify-each (lib/verify's `verify`). */
  setVerifier(verifier: Verifier | null): void {
    this.verifier = verifier;
  }

  addInstrumentation(i: PassInstrumentation): void {
    this.instrumentations.add(i);
  }

  /** Runs the pipeline on `op`. Diagnostics go to the context; returns false on failure. */
  run(op: Operation): boolean {
    for (const pass of this.passes) for (const d of pass.definition.dependentDialects) this.context.getOrLoadDialect(d);
    if (this.anchor !== 'any' && op.name.name !== this.anchor) {
      op.emitError(`can't run '${this.anchor}' pass manager on '${op.name.name}' op`);
      return false;
    }
    const instr = this.instrumentations;
    const am = new AnalysisManager(op, instr.empty ? null : {
      beforeAnalysis: (name, o) => instr.before('runBeforeAnalysis', name, o),
      afterAnalysis: (name, o) => instr.after('runAfterAnalysis', name, o),
    });
    return new PipelineRunner(instr, this.verifyEach ? this.verifier : null, this.output).runManager(this, op, am);
  }
}

/** The run loop, separate from the managers so that a pipeline can be run more than once. */
class PipelineRunner {
  constructor(
    private readonly instr: InstrumentationList,
    private readonly verifier: Verifier | null,
    private readonly output: PassOutput,
  ) {}

  runManager(pm: OpPassManager, op: Operation, am: AnalysisManager): boolean {
    for (const element of pm.elements) {
      const ok = element instanceof Pass ? this.runPass(element, op, am) : this.runNested(element, op, am);
      if (!ok) return false;
    }
    return true;
  }

  private runNested(pm: OpPassManager, parent: Operation, am: AnalysisManager): boolean {
    this.instr.before('runBeforePipeline', pm, parent);
    let ok = true;
    outer: for (const region of parent.regions) {
      for (const block of region.blocks) {
        for (let child = block.first; child; ) {
          const next = child.next;
          if (pm.anchor === 'any' ? isSchedulable(child) : child.name.name === pm.anchor) {
            if (!this.checkSchedulable(child)) {
              ok = false;
              break outer;
            }
            if (!this.runManager(pm, child, am.nest(child))) {
              ok = false;
              break outer;
            }
          }
          child = next;
        }
      }
    }
    this.instr.after('runAfterPipeline', pm, parent);
    return ok;
  }

  private checkSchedulable(op: Operation): boolean {
    if (!op.isRegistered) {
      op.emitError(`trying to schedule a pass on an unregistered operation '${op.name.name}'`);
      return false;
    }
    if (!op.hasTrait('IsolatedFromAbove')) {
      op.emitError(`trying to schedule a pass on an operation not marked as 'IsolatedFromAbove'`);
      return false;
    }
    return true;
  }

  private runPass(pass: Pass, op: Operation, am: AnalysisManager): boolean {
    if (pass.anchor !== 'any' && pass.anchor !== op.name.name) {
      op.emitError(`can't run '${pass.name}' pass on '${op.name.name}' op: it is restricted to '${pass.anchor}'`);
      return false;
    }
    this.instr.before('runBeforePass', pass, op);
    let ok: boolean;
    let result;
    try {
      result = pass.execute(op, am, this.output);
      ok = result.ok;
    } catch (e) {
      op.emitError(`pass '${pass.name}' failed with an internal error: ${(e as Error).message}`);
      ok = false;
    }
    // As MLIR: a pass that preserved every analysis cannot have changed the IR, so it is not verified again.
    if (ok && this.verifier && !result?.preserved.isAll && !this.verifier(op)) ok = false;
    if (ok) this.instr.after('runAfterPass', pass, op);
    else this.instr.after('runAfterPassFailed', pass, op);
    if (result) am.invalidate(result.preserved);
    else am.clear();
    return ok;
  }
}

/** Ops that an op-agnostic (`any`) nested manager may run on: registered and isolated from above. */
function isSchedulable(op: Operation): boolean {
  return op.isRegistered && op.hasTrait('IsolatedFromAbove');
}
