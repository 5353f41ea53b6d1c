// IR printing instrumentation: --mlir-print-ir-before/after(-all), after-change, after-failure, tree-dir.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Operation } from '../ir/operation.js';
import { getSymbolName } from '../ir/symbol-table.js';
import type { PassInstrumentation } from './instrumentation.js';
import { Pass } from './pass.js';
import type { OpPassManager } from './pass-manager.js';

/** When and how to print. `print` renders an op (lib/print's printOperation); `write` receives dumps. */
export interface IRPrintingConfig {
  /** Print before a pass when this holds for it. */
  readonly before?: (pass: Pass) => boolean;
  /** Print after a pass when this holds for it. */
  readonly after?: (pass: Pass) => boolean;
  /** Print after a pass only when it changed the IR. */
  readonly afterOnlyIfChanged?: boolean;
  /** Print after a pass that failed. */
  readonly afterFailure?: boolean;
  /** Print the top-level op rather than the op the pass ran on. */
  readonly moduleScope?: boolean;
  /** Write each dump to a file in this directory tree instead of calling `write`. */
  readonly treeDir?: string;
  readonly print: (op: Operation) => string;
  readonly write: (text: string) => void;
}

/** Prints the IR around passes in mlir-opt's format: `// -----// IR Dump After CSE (cse) //----- //`. */
export class IRPrinterInstrumentation implements PassInstrumentation {
  private readonly beforeText = new Map<Operation, string>();
  private readonly passPaths = new Map<Pass, number[]>();

  constructor(
    private readonly config: IRPrintingConfig,
    pipeline?: OpPassManager,
  ) {
    if (pipeline) indexPasses(pipeline, [], this.passPaths);
  }

  runBeforePass(pass: Pass, op: Operation): void {
    if (this.config.afterOnlyIfChanged && this.config.after?.(pass)) this.beforeText.set(op, this.config.print(op));
    if (this.config.before?.(pass)) this.dump(`IR Dump Before ${pass.displayName} (${pass.name})`, pass, op);
  }

  runAfterPass(pass: Pass, op: Operation): void {
    if (!this.config.after?.(pass)) return;
    if (this.config.afterOnlyIfChanged) {
      const before = this.beforeText.get(op);
      this.beforeText.delete(op);
      if (before === this.config.print(op)) return;
    }
    this.dump(`IR Dump After ${pass.displayName} (${pass.name})`, pass, op);
  }

  runAfterPassFailed(pass: Pass, op: Operation): void {
    this.beforeText.delete(op);
    if (this.config.afterFailure) this.dump(`IR Dump After ${pass.displayName} Failed (${pass.name})`, pass, op);
  }

  private dump(title: string, pass: Pass, op: Operation): void {
    const target = this.config.moduleScope ? topLevel(op) : op;
    const text = `// -----// ${title} //----- //\n${this.config.print(target)}\n\n`;
    if (this.config.treeDir === undefined) {
      this.config.write(text);
      return;
    }
    const dir = join(this.config.treeDir, ...opPath(op));
    mkdirSync(dir, { recursive: true });
    const index = (this.passPaths.get(pass) ?? [0]).join('_');
    writeFileSync(join(dir, `${index}_${pass.name}.mlir`), text, { flag: 'a' });
  }
}

function indexPasses(pm: OpPassManager, prefix: number[], out: Map<Pass, number[]>): void {
  pm.elements.forEach((e, i) => {
    if (e instanceof Pass) out.set(e, [...prefix, i]);
    else indexPasses(e, [...prefix, i], out);
  });
}

function topLevel(op: Operation): Operation {
  let top = op;
  while (top.parentOp) top = top.parentOp;
  return top;
}

/** Directory names from the top op down to `op`: `builtin_module_no-symbol-name/func_func_f`. */
function opPath(op: Operation): string[] {
  const parts: string[] = [];
  for (let o: Operation | null = op; o; o = o.parentOp) {
    parts.unshift(`${o.name.name.replace(/\./g, '_')}_${getSymbolName(o) ?? 'no-symbol-name'}`);
  }
  return parts;
}
