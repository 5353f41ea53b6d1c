// Turns a tool's output into FileCheck lines: SSA names become captures, each function a CHECK-LABEL block.

/** The check lines generated for one function (or for top-level text when `func` is unset). */
export interface CheckBlock {
  /** The function's symbol name without `@`, when the block is a function's. */
  readonly func?: string;
  /** Directive and pattern of each line, without the comment marker: `CHECK-NEXT:  foo`. */
  readonly lines: readonly string[];
}

// An SSA value name as MLIR prints it (`%0`, `%arg0`, `%c1_i32`), without a `#N` result index.
const SSA = /%([0-9]+|[a-zA-Z$._-][a-zA-Z0-9$._-]*)/g;
// A function-like op with a symbol: `func.func @f(`, `gpu.func @k(`, `func.func private @g(`.
const FUNC = /^(\s*)(?:[\w$.-]+\.)?func\b[^@]*@("[^"]*"|[\w$.-]+)\s*\(/;
// `split-input-file` separators are not output to check: in a test file they would split it.
const SEPARATOR = /^\s*\/\/ -----\s*$/;

/** Gives FileCheck variable names to SSA names within one function. */
class Namer {
  private readonly names = new Map<string, string>();
  private readonly used = new Set<string>();

  /** `[[NAME]]` for a known value, `[[NAME:%.*]]` (a capture) the first time a value is seen. */
  ref(ssa: string): string {
    const known = this.names.get(ssa);
    if (known) return `[[${known}]]`;
    let base = /^[0-9]+$/.test(ssa) ? `VAL_${ssa}` : ssa.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    if (!/^[A-Z_]/.test(base)) base = `V_${base}`;
    let name = base;
    for (let i = 1; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    this.names.set(ssa, name);
    return `[[${name}:%.*]]`;
  }
}

/** Escapes text FileCheck would read as a regex or variable (`{{`, `[[`). */
function escapeLiteral(text: string): string {
  return text.replace(/\[\[|\{\{/g, (m) => (m === '[[' ? '{{\\[\\[}}' : '{{\\{\\{}}'));
}

/** A line of output as a pattern: literal text with its SSA names captured or reused. */
function pattern(line: string, namer: Namer): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(SSA)) {
    out += escapeLiteral(line.slice(last, m.index)) + namer.ref(m[1]!);
    last = m.index! + m[0].length;
  }
  return (out + escapeLiteral(line.slice(last))).trimEnd();
}

/**
 * The check blocks for a tool's output, in output order: top-level text before the first
 * function joins that function's block, text after a function joins its block. Within a
 * block the first line is `CHECK:` (a function's is `CHECK-LABEL:` with its arguments on
 * `CHECK-SAME:`), later lines `CHECK-NEXT:`, blank lines in a function `CHECK-EMPTY:`.
 */
export function generateChecks(output: string, prefix: string): CheckBlock[] {
  const lines = output.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const blocks: { func?: string; lines: string[] }[] = [];
  let current: { func?: string; lines: string[] } = { lines: [] };
  let namer = new Namer();
  let funcIndent: string | undefined;
  // The next line opens a run of lines (CHECK:) rather than continuing one (CHECK-NEXT:).
  let opensRun = true;
  for (const line of lines) {
    if (SEPARATOR.test(line)) continue;
    const f = funcIndent === undefined ? FUNC.exec(line) : null;
    if (f) {
      const func = f[2]!.replace(/^"|"$/g, '');
      // Top-level text before the first function joins that function's block.
      if (current.func === undefined) current = { func, lines: current.lines };
      else {
        blocks.push(current);
        current = { func, lines: [] };
      }
      namer = new Namer();
      current.lines.push(`${prefix}-LABEL: ${escapeLiteral(f[0].trimStart())}`);
      const rest = pattern(line.slice(f[0].length), namer);
      if (rest !== '') current.lines.push(`${prefix}-SAME: ${rest}`);
      funcIndent = line.trimEnd().endsWith('{') ? f[1]! : undefined;
      opensRun = true;
      continue;
    }
    if (line.trim() === '') {
      if (funcIndent !== undefined) current.lines.push(`${prefix}-EMPTY:`);
      else opensRun = true;
      continue;
    }
    current.lines.push(`${prefix}${opensRun ? '' : '-NEXT'}: ${pattern(line, namer)}`);
    opensRun = false;
    if (funcIndent !== undefined && line.startsWith(`${funcIndent}}`)) funcIndent = undefined;
  }
  if (current.lines.length > 0) blocks.push(current);
  return blocks;
}
