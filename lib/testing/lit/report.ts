// Console output of a run in lit's form: the header, one line per result, failure details, the summary.

import { RESULT_CODES, RESULT_LABELS, isFailure, isPass, type ResultCode, type TestResult } from './result.js';

/** What to show. */
export interface DisplayOptions {
  /** Show the output of failing tests (-v). */
  readonly verbose: boolean;
  /** Show the output of every test (-a). */
  readonly all: boolean;
  /** Show only failures and their counts (-q). */
  readonly quiet: boolean;
  /** Draw a progress bar on the last line (when writing to a terminal). */
  readonly progress: boolean;
}

const STARS = '*'.repeat(20);

/** Prints results as they arrive, then the summary; tracks what it has printed. */
export class Display {
  private done = 0;
  private barShown = false;

  constructor(
    private readonly total: number,
    private readonly opts: DisplayOptions,
    private readonly write: (s: string) => void = (s) => process.stdout.write(s),
  ) {}

  /** `-- Testing: N tests, J workers --`. */
  header(jobs: number): void {
    if (!this.opts.quiet) this.write(`-- Testing: ${this.total} tests, ${jobs} workers --\n`);
    this.drawBar('');
  }

  /** Prints one finished test: its result line and, when asked for, its output. */
  result(r: TestResult): void {
    this.done++;
    this.clearBar();
    const failed = isFailure(r.code);
    if (failed || this.opts.all || !this.opts.quiet) {
      this.write(`${r.code}: ${r.name} (${this.done} of ${this.total})\n`);
    }
    if ((failed && (this.opts.verbose || this.opts.all)) || (this.opts.all && r.output)) {
      const title = failed ? 'FAILED' : r.code;
      this.write(`${STARS} TEST '${r.name}' ${title} ${STARS}\n${r.output.replace(/\n?$/, '\n')}${STARS}\n`);
    }
    this.drawBar(r.name);
  }

  /** Lists the unexpected results by kind, the counts, and the final `N passed, N failed` line. */
  summary(results: readonly TestResult[], elapsed: number): void {
    this.clearBar();
    const byCode = new Map<ResultCode, TestResult[]>(RESULT_CODES.map((c) => [c, []]));
    for (const r of results) byCode.get(r.code)!.push(r);
    for (const code of RESULT_CODES) {
      const list = byCode.get(code)!;
      if (!isFailure(code) || list.length === 0) continue;
      this.write(`${STARS}\n${RESULT_LABELS[code]} Tests (${list.length}):\n`);
      for (const r of [...list].sort((a, b) => (a.name < b.name ? -1 : 1))) this.write(`  ${r.name}\n`);
      this.write('\n');
    }
    if (!this.opts.quiet) this.write(`\nTesting Time: ${elapsed.toFixed(2)}s\n`);
    const groups = RESULT_CODES.filter((c) => byCode.get(c)!.length && (!this.opts.quiet || isFailure(c)));
    const width = Math.max(0, ...groups.map((c) => RESULT_LABELS[c].length));
    const countWidth = Math.max(0, ...groups.map((c) => String(byCode.get(c)!.length).length));
    for (const c of groups) {
      this.write(`  ${RESULT_LABELS[c].padEnd(width)}: ${String(byCode.get(c)!.length).padStart(countWidth)}\n`);
    }
    const passed = results.filter((r) => isPass(r.code)).length;
    const failed = results.filter((r) => isFailure(r.code)).length;
    this.write(`\n${passed} passed, ${failed} failed\n`);
  }

  private drawBar(name: string): void {
    if (!this.opts.progress || this.total === 0) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const pct = Math.floor((this.done / this.total) * 100);
    const cols = process.stdout.columns || 80;
    const line = `Testing: [${'='.repeat(filled)}${' '.repeat(width - filled)}] ${String(pct).padStart(3)}% ${name}`;
    this.write(line.slice(0, cols - 1));
    this.barShown = true;
  }

  private clearBar(): void {
    if (!this.barShown) return;
    this.write('\r\x1b[K');
    this.barShown = false;
  }
}
