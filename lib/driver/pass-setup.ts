// Builds dlc-opt's pass manager from its options: the pipeline (textual or flags), verify-each and instrumentation.
import type { MLIRContext } from '../ir/context.js';
import type { Operation } from '../ir/operation.js';
import { PassManager } from '../pass/pass-manager.js';
import { parsePassPipeline, PipelineError } from '../pass/pipeline-parser.js';
import { lookupPassOrPipeline, isPipelineDefinition, parsePipelineOptions } from '../pass/registry.js';
import { OptionError } from '../pass/options.js';
import { IRPrinterInstrumentation } from '../pass/ir-printing.js';
import type { TimingManager } from '../pass/timing.js';
import type { PassOutput } from '../pass/pass.js';
import { printOperation } from '../print/index.js';
import { verify } from '../verify/index.js';
import type { OptOptions } from './options.js';

/** True when the options ask for any pass to run. */
export function hasPipeline(o: OptOptions): boolean {
  return o.passPipeline !== null || o.passes.length > 0;
}

/**
 * The pass manager for `o`, or an error message (pipeline errors point into the pipeline
 * text). Flags nest implicitly: `--cse` runs on the module, `--some-func-pass` on each function.
 */
export function buildPassManager(ctx: MLIRContext, o: OptOptions): PassManager | { error: string } {
  try {
    if (o.passPipeline !== null) {
      return parsePassPipeline(o.passPipeline, (anchor) => new PassManager(ctx, anchor));
    }
    const pm = new PassManager(ctx, 'builtin.module', true);
    for (const flag of o.passes) {
      const entry = lookupPassOrPipeline(flag.name)!;
      try {
        if (isPipelineDefinition(entry)) entry.build(pm, parsePipelineOptions(entry, flag.options));
        else pm.addPass(entry.createFromText(flag.options));
      } catch (e) {
        if (e instanceof OptionError) return { error: `for the --${flag.name} option: ${e.message}` };
        throw e;
      }
    }
    return pm;
  } catch (e) {
    if (e instanceof PipelineError) return { error: e.render('pass pipeline').trimEnd() };
    throw e;
  }
}

/** Sets verify-each and the IR-printing instrumentation that `o` asks for. */
export function configurePassManager(pm: PassManager, o: OptOptions, output: PassOutput, timing: TimingManager | null): void {
  pm.setVerifier((op) => verify(op));
  pm.verifyEach = o.verifyEach;
  pm.output = output;
  const before = new Set(o.printIrBefore);
  const after = new Set(o.printIrAfter);
  const printing = o.printIrBeforeAll || o.printIrAfterAll || before.size > 0 || after.size > 0 || o.printIrAfterFailure;
  if (printing) {
    const print = (op: Operation): string =>
      printOperation(op, { generic: o.printOpGeneric, debugInfo: o.printDebugInfo, printLocalScope: op.parentOp !== null }).replace(/\n$/, '');
    pm.addInstrumentation(
      new IRPrinterInstrumentation(
        {
          before: (p) => o.printIrBeforeAll || before.has(p.name),
          after: (p) => o.printIrAfterAll || after.has(p.name),
          afterOnlyIfChanged: o.printIrAfterChange,
          afterFailure: o.printIrAfterFailure,
          moduleScope: o.printIrModuleScope,
          treeDir: o.printIrTreeDir ?? undefined,
          print,
          write: (t) => output.stderr(t),
        },
        pm,
      ),
    );
  }
  if (timing) pm.addInstrumentation(timing);
}
