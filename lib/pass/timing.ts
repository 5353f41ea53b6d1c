// Pass timing: a tree of wall times (pipelines, passes, analyses) printed as mlir-opt's execution time report.
import type { Operation } from '../ir/operation.js';
import type { PassInstrumentation } from './instrumentation.js';
import type { Pass } from './pass.js';
import type { OpPassManager } from './pass-manager.js';

/** One timer; children are keyed so that repeated runs (a pass over many functions) add up. */
class TimerNode {
  total = 0;
  readonly children = new Map<unknown, TimerNode>();
  constructor(readonly name: string) {}
  child(key: unknown, name: string): TimerNode {
    let c = this.children.get(key);
    if (!c) {
      c = new TimerNode(name);
      this.children.set(key, c);
    }
    return c;
  }
}

/**
 * Collects wall times. The driver times its own phases with `time('Parser', ...)`; the
 * pass manager's hooks nest pipelines, passes and analyses beneath.
 */
export class TimingManager implements PassInstrumentation {
  private readonly root = new TimerNode('Total');
  private readonly stack: { node: TimerNode; start: number }[] = [];
  private readonly created = performance.now();

  /** Runs `fn` under a timer named `name`, nested in the current one. */
  time<T>(name: string, fn: () => T): T {
    this.start(name, name);
    try {
      return fn();
    } finally {
      this.stop();
    }
  }

  private start(key: unknown, name: string): void {
    const parent = this.stack.length ? this.stack[this.stack.length - 1].node : this.root;
    this.stack.push({ node: parent.child(key, name), start: performance.now() });
  }

  private stop(): void {
    const top = this.stack.pop();
    if (top) top.node.total += performance.now() - top.start;
  }

  runBeforePipeline(pm: OpPassManager): void {
    this.start(pm, `'${pm.anchor}' Pipeline`);
  }
  runAfterPipeline(): void {
    this.stop();
  }
  runBeforePass(pass: Pass): void {
    this.start(pass, pass.displayName);
  }
  runAfterPass(): void {
    this.stop();
  }
  runAfterPassFailed(): void {
    this.stop();
  }
  runBeforeAnalysis(name: string, _op: Operation): void {
    this.start(`(A) ${name}`, `(A) ${name}`);
  }
  runAfterAnalysis(): void {
    this.stop();
  }

  /** The report, in mlir-opt's layout; `Rest` is the time outside every top-level timer. */
  report(): string {
    const total = (performance.now() - this.created) / 1000;
    const row = (seconds: number, name: string, depth: number): string =>
      `  ${seconds.toFixed(4).padStart(8)} (${((100 * seconds) / (total || 1)).toFixed(1).padStart(5)}%)  ${'  '.repeat(depth)}${name}`;
    const lines = [
      '===-------------------------------------------------------------------------===',
      '                         ... Execution time report ...',
      '===-------------------------------------------------------------------------===',
      `  Total Execution Time: ${total.toFixed(4)} seconds`,
      '',
      '  ----Wall Time----  ----Name----',
    ];
    const visit = (node: TimerNode, depth: number): void => {
      lines.push(row(node.total / 1000, node.name, depth));
      for (const c of node.children.values()) visit(c, depth + 1);
    };
    let measured = 0;
    for (const c of this.root.children.values()) {
      measured += c.total / 1000;
      visit(c, 0);
    }
    lines.push(row(Math.max(0, total - measured), 'Rest', 0));
    lines.push(row(total, 'Total', 0));
    return `${lines.join('\n')}\n`;
  }
}
