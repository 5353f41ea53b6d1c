// The textual pipeline parser, in stages: structure, then names against the registry, then pass managers.
import { OpPassManager, PassManagerError } from './pass-manager.js';
import { OptionError } from './options.js';
import { PassDefinition } from './pass.js';
import { lookupPassOrPipeline, parsePipelineOptions, setTextPipelineBuilder, suggestPassNames, type PipelineDefinition } from './registry.js';

/** A pipeline error: a message, the 0-based offset in the pipeline text it points at, and hints. */
export class PipelineError extends Error {
  constructor(
    message: string,
    readonly text: string,
    readonly offset: number,
    readonly notes: readonly string[] = [],
  ) {
    super(message);
  }

  /** The error as dlc-opt prints it: position, message, the pipeline line and a caret. */
  render(source = 'pass pipeline'): string {
    const col = this.offset + 1;
    const lines = [`${source}:1:${col}: error: ${this.message}`, this.text, `${' '.repeat(this.offset)}^`];
    for (const n of this.notes) lines.push(`note: ${n}`);
    return `${lines.join('\n')}\n`;
  }
}

/** Stage 1's output: one `name{options}(children)` element with the offsets it came from. */
interface PipelineNode {
  name: string;
  offset: number;
  options: string;
  optionsOffset: number;
  /** Present when the element was written with parentheses (a nested manager or an anchor). */
  children: PipelineNode[] | null;
}

/** Stage 1: the bracket structure of the text, without looking anything up. */
class StructureParser {
  private pos = 0;
  constructor(private readonly text: string) {}

  parseList(closing: string | null): PipelineNode[] {
    const nodes: PipelineNode[] = [];
    this.skipSpace();
    if (closing !== null && this.text[this.pos] === closing) return nodes;
    if (closing === null && this.pos >= this.text.length) return nodes;
    for (;;) {
      nodes.push(this.parseElement());
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipSpace();
        continue;
      }
      if (closing !== null) {
        if (this.text[this.pos] !== closing) throw this.error('encountered unbalanced parentheses while parsing pipeline', this.pos);
      } else if (this.pos < this.text.length) {
        throw this.error(`unexpected '${this.text[this.pos]}' in pipeline; expected ',' between passes`, this.pos);
      }
      return nodes;
    }
  }

  private parseElement(): PipelineNode {
    const start = this.pos;
    const m = /^[A-Za-z_][\w.-]*/.exec(this.text.slice(this.pos));
    if (!m) {
      const what = this.pos >= this.text.length ? 'end of pipeline' : `'${this.text[this.pos]}'`;
      throw this.error(`expected a pass or pipeline name, found ${what}`, this.pos);
    }
    this.pos += m[0].length;
    const node: PipelineNode = { name: m[0], offset: start, options: '', optionsOffset: this.pos, children: null };
    this.skipSpace();
    if (this.text[this.pos] === '{') {
      const open = this.pos;
      const close = this.matchBrace(open);
      node.options = this.text.slice(open + 1, close);
      node.optionsOffset = open + 1;
      this.pos = close + 1;
      this.skipSpace();
    }
    if (this.text[this.pos] === '(') {
      this.pos++;
      node.children = this.parseList(')');
      this.pos++;
    }
    return node;
  }

  /** The offset of the `}` matching the `{` at `open`, skipping quoted text and nested braces. */
  private matchBrace(open: number): number {
    let depth = 0;
    let quote: string | null = null;
    for (let i = open; i < this.text.length; i++) {
      const c = this.text[i];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i;
    }
    throw this.error("unbalanced '{' in pass options", open);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  error(message: string, offset: number): PipelineError {
    return new PipelineError(message, this.text, offset);
  }
}

/** Stage 2: a node resolved against the registry. */
type ResolvedNode =
  | { kind: 'nest'; node: PipelineNode; children: ResolvedNode[] }
  | { kind: 'pass'; node: PipelineNode; def: PassDefinition }
  | { kind: 'pipeline'; node: PipelineNode; def: PipelineDefinition };

function resolve(nodes: readonly PipelineNode[], text: string): ResolvedNode[] {
  return nodes.map((node): ResolvedNode => {
    if (node.children !== null) return { kind: 'nest', node, children: resolve(node.children, text) };
    const entry = lookupPassOrPipeline(node.name);
    if (!entry) {
      const hints = suggestPassNames(node.name);
      const notes = hints.length ? [`did you mean ${hints.map((h) => `'${h}'`).join(', ')}?`] : ['run dlc-opt --list-passes to see the registered passes'];
      throw new PipelineError(`'${node.name}' does not refer to a registered pass or pass pipeline`, text, node.offset, notes);
    }
    return entry instanceof PassDefinition ? { kind: 'pass', node, def: entry } : { kind: 'pipeline', node, def: entry };
  });
}

/** Stage 3: adds resolved nodes to `pm`, configuring options. */
function build(pm: OpPassManager, nodes: readonly ResolvedNode[], text: string): void {
  for (const r of nodes) {
    try {
      switch (r.kind) {
        case 'nest':
          if (r.node.options !== '') throw new PipelineError(`a nested pass manager ('${r.node.name}') takes no options`, text, r.node.optionsOffset);
          build(pm.nest(r.node.name), r.children, text);
          break;
        case 'pass':
          pm.addPass(r.def.createFromText(r.node.options));
          break;
        case 'pipeline':
          r.def.build(pm, parsePipelineOptions(r.def, r.node.options));
          break;
      }
    } catch (e) {
      if (e instanceof PipelineError) throw e;
      if (e instanceof OptionError) {
        throw new PipelineError(e.message, text, r.node.optionsOffset + e.offset, [`while configuring '${r.node.name}'`]);
      }
      if (e instanceof PassManagerError) throw new PipelineError(e.message, text, r.node.offset);
      throw e;
    }
  }
}

/**
 * Parses a full pipeline, `builtin.module(func.func(cse),symbol-dce)`: one anchor op with
 * the passes nested in it. Throws PipelineError.
 */
export function parsePassPipeline(text: string): OpPassManager;
/** As above, with the top manager made by `make` (a PassManager, say) for the anchor that was written. */
export function parsePassPipeline<T extends OpPassManager>(text: string, make: (anchor: string) => T): T;
export function parsePassPipeline(text: string, make: (anchor: string) => OpPassManager = (a) => new OpPassManager(a)): OpPassManager {
  const nodes = new StructureParser(text).parseList(null);
  if (nodes.length !== 1 || nodes[0].children === null) {
    throw new PipelineError(
      "expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'",
      text,
      nodes.length > 1 ? nodes[1].offset : 0,
    );
  }
  const top = nodes[0];
  const pm = make(top.name);
  build(pm, resolve(top.children!, text), text);
  return pm;
}

/** Parses a list of passes (`cse,canonicalize{top-down=false}`) and adds them to `pm`. Throws PipelineError. */
export function addPipelineText(pm: OpPassManager, text: string): void {
  const nodes = new StructureParser(text).parseList(null);
  build(pm, resolve(nodes, text), text);
}

setTextPipelineBuilder(addPipelineText);
