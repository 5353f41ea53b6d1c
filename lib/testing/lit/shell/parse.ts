// Parses a RUN command into pipelines joined by `&&`, `||`, `;`, with redirections, as lit's ShParser.

/** A word after quote removal; `glob` is set when it has unquoted wildcards to expand. */
export interface Word {
  readonly text: string;
  readonly glob: boolean;
}

/** `fd> file`, `fd>> file`, `fd< file`, `fd>&fd2`, `&> file` (stdout and stderr). */
export interface Redirect {
  readonly fd: number;
  readonly op: '>' | '>>' | '<' | '>&' | '&>';
  readonly target: Word;
}

/** One simple command: its words and its redirections in order. */
export interface Command {
  readonly args: readonly Word[];
  readonly redirects: readonly Redirect[];
}

/** Commands joined by `|`. */
export interface Pipeline {
  readonly kind: 'pipeline';
  readonly commands: readonly Command[];
}

/** Two parts joined by `&&`, `||` or `;`, evaluated left to right. */
export interface Sequence {
  readonly kind: 'seq';
  readonly lhs: ShellNode;
  readonly op: '&&' | '||' | ';';
  readonly rhs: ShellNode;
}

export type ShellNode = Pipeline | Sequence;

/** A command line the shell cannot parse; the message says where. */
export class ShellSyntaxError extends Error {}

type Token = { kind: 'word'; word: Word } | { kind: 'op'; op: string; fd?: number };

const OPERATORS = ['&&', '||', '>>', '>&', '&>', '|', ';', '>', '<', '&'];

function lex(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    // A number directly before `>` or `<` names the descriptor redirected, as in `2>&1`.
    const fdMatch = /^(\d+)(>>|>&|>|<)/.exec(line.slice(i));
    if (fdMatch) {
      tokens.push({ kind: 'op', op: fdMatch[2]!, fd: Number(fdMatch[1]) });
      i += fdMatch[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => line.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', op });
      i += op.length;
      continue;
    }
    let text = '';
    let glob = false;
    while (i < line.length) {
      const ch = line[i]!;
      if (' \t\n\r|&;<>'.includes(ch)) break;
      if (ch === "'") {
        const end = line.indexOf("'", i + 1);
        if (end < 0) throw new ShellSyntaxError(`missing quote character in: ${line}`);
        text += line.slice(i + 1, end);
        i = end + 1;
      } else if (ch === '"') {
        i++;
        while (i < line.length && line[i] !== '"') {
          // As in lit, a backslash inside double quotes escapes only `"` and itself.
          if (line[i] === '\\' && i + 1 < line.length && '"\\'.includes(line[i + 1]!)) i++;
          text += line[i];
          i++;
        }
        if (i >= line.length) throw new ShellSyntaxError(`missing quote character in: ${line}`);
        i++;
      } else if (ch === '\\' && i + 1 < line.length) {
        text += line[i + 1];
        i += 2;
      } else {
        if (ch === '*' || ch === '?' || ch === '[') glob = true;
        text += ch;
        i++;
      }
    }
    tokens.push({ kind: 'word', word: { text, glob } });
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly line: string,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private fail(what: string): never {
    throw new ShellSyntaxError(`${what} in: ${this.line}`);
  }

  parseSequence(): ShellNode {
    let node: ShellNode = this.parsePipeline();
    for (;;) {
      const t = this.peek();
      if (!t) return node;
      if (t.kind !== 'op' || !['&&', '||', ';'].includes(t.op)) {
        if (t.kind === 'op' && t.op === '&') this.fail("unsupported shell operator: '&'");
        this.fail(`unexpected token '${t.kind === 'op' ? t.op : t.word.text}'`);
      }
      this.pos++;
      if (!this.peek()) {
        if (t.op === ';') return node;
        this.fail(`missing command after '${t.op}'`);
      }
      node = { kind: 'seq', lhs: node, op: t.op as Sequence['op'], rhs: this.parsePipeline() };
    }
  }

  private parsePipeline(): Pipeline {
    const commands = [this.parseCommand()];
    while (this.peek()?.kind === 'op' && (this.peek() as { op: string }).op === '|') {
      this.pos++;
      commands.push(this.parseCommand());
    }
    return { kind: 'pipeline', commands };
  }

  private parseCommand(): Command {
    const args: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.kind === 'word') {
        args.push(t.word);
        this.pos++;
        continue;
      }
      if (!['>', '>>', '<', '>&', '&>'].includes(t.op)) break;
      this.pos++;
      const target = this.peek();
      if (!target || target.kind !== 'word') this.fail(`missing file name after '${t.op}'`);
      this.pos++;
      const fd = t.fd ?? (t.op === '<' ? 0 : 1);
      redirects.push({ fd, op: t.op as Redirect['op'], target: target.word });
    }
    if (args.length === 0) this.fail('empty command');
    return { args, redirects };
  }
}

/** Parses one command line. Throws ShellSyntaxError for unbalanced quotes or misplaced operators. */
export function parseShell(line: string): ShellNode {
  const tokens = lex(line);
  if (tokens.length === 0) throw new ShellSyntaxError(`empty command in: ${line}`);
  return new Parser(tokens, line).parseSequence();
}

/** A command quoted for display, the way lit logs what it runs: `"echo" "hi"`. */
export function quoteArgs(args: readonly string[]): string {
  return args.map((a) => `"${a.replace(/(["\\])/g, '\\$1')}"`).join(' ');
}
