// view-op-graph: the data-flow graph as Graphviz DOT — clusters for ops with regions and for regions,
// a record node per op and block argument, an edge per use (and, optionally, per control-flow edge).
import { writeFileSync } from 'node:fs';
import { definePass } from '../pass/pass.js';
import { Option } from '../pass/options.js';
import type { Operation } from '../ir/operation.js';
import type { Block } from '../ir/block.js';
import { BlockArgument, type Value } from '../ir/value.js';

/** Escapes text for a DOT record label. */
function escape(s: string): string {
  return s.replace(/[\\"{}<>|]/g, (c) => `\\${c}`);
}

function truncate(s: string, max: number): string {
  return max > 0 && s.length > max ? `${s.slice(0, max)}...` : s;
}

/** Builds the DOT text of `root`. */
export function opGraph(root: Operation, opts: { printAttrs: boolean; maxLabelLen: number; controlFlowEdges: boolean; dataFlowEdges: boolean }): string {
  let nextId = 1;
  const lines: string[] = ['digraph G {', '  compound = true;'];
  const edges: string[] = [];
  const nodes = new Map<Value, { node: string; port: string }>();
  const blockAnchors = new Map<Block, string>();
  const names = new Map<Value, string>();
  const hues = new Map<string, number>();
  const nameOf = (v: Value): string => {
    let n = names.get(v);
    if (n === undefined) {
      n = v instanceof BlockArgument ? `arg${[...names.keys()].filter((x) => x instanceof BlockArgument).length}` : String([...names.keys()].filter((x) => !(x instanceof BlockArgument)).length);
      names.set(v, n);
    }
    return n;
  };
  const attrText = (op: Operation): string => {
    if (!opts.printAttrs) return '';
    const all = [...op.properties.entries, ...op.attributes.entries];
    return all.map((a) => `${a.name}: ${escape(truncate(String(a.value), opts.maxLabelLen))}\\l`).join('');
  };
  const emitOp = (op: Operation, indent: string): void => {
    if (op.regions.length) {
      lines.push(`${indent}subgraph cluster_${nextId++} {`);
      lines.push(`${indent}  v${nextId++} [label = " ", shape = plain];`);
      lines.push(`${indent}  label = "${escape(op.name.name)} : ()\\l${attrText(op)}";`);
      for (const region of op.regions) {
        lines.push(`${indent}  subgraph cluster_${nextId++} {`);
        lines.push(`${indent}    v${nextId++} [label = " ", shape = plain];`);
        lines.push(`${indent}    label = "";`);
        for (const block of region.blocks) emitBlock(block, `${indent}    `);
        lines.push(`${indent}  }`);
      }
      lines.push(`${indent}}`);
      return;
    }
    const id = `v${nextId++}`;
    const args = op.operands.map((v) => `<arg_${nameOf(v)}> %${nameOf(v)}`).join('|');
    const results = op.results.map((r) => `<res_${nameOf(r)}> %${nameOf(r)} ${escape(String(r.type))}`).join('|');
    if (!hues.has(op.name.name)) hues.set(op.name.name, hues.size);
    const hue = ((hues.get(op.name.name)! * 0.166667) % 1).toFixed(6);
    const attrs = attrText(op);
    const label = `{${args ? `{${args}}|` : ''}${escape(op.name.name)}\\l${attrs ? `\\l${attrs}` : ''}${results ? `|{${results}}` : ''}}`;
    lines.push(`${indent}${id} [fillcolor = "${hue} 0.3 0.95", label = "${label}", shape = Mrecord, style = filled];`);
    for (const r of op.results) nodes.set(r, { node: id, port: `res_${nameOf(r)}` });
    if (opts.dataFlowEdges) {
      for (const v of op.operands) {
        const from = nodes.get(v);
        if (from) edges.push(`  ${from.node}:${from.port}:s -> ${id}:arg_${nameOf(v)}:n[style = solid];`);
      }
    }
    if (opts.controlFlowEdges) {
      for (const s of op.successors) edges.push(`  ${id} -> ${blockAnchors.get(s) ?? id}[style = dashed];`);
    }
  };
  const emitBlock = (block: Block, indent: string): void => {
    for (const a of block.arguments) {
      const id = `v${nextId++}`;
      lines.push(`${indent}${id} [label = "<res_${nameOf(a)}> %${nameOf(a)} ${escape(String(a.type))}", shape = Mrecord];`);
      nodes.set(a, { node: id, port: `res_${nameOf(a)}` });
      if (!blockAnchors.has(block)) blockAnchors.set(block, id);
    }
    for (const op of block) {
      if (!blockAnchors.has(block)) blockAnchors.set(block, `v${nextId}`);
      emitOp(op, indent);
    }
  };
  emitOp(root, '  ');
  return `${[...lines, ...edges, '}'].join('\n')}\n`;
}

export const viewOpGraphPass = definePass({
  name: 'view-op-graph',
  displayName: 'PrintOpGraph',
  summary: 'Print Graphviz visualization of an operation',
  options: {
    'max-label-len': Option.int(20, 'Limit attribute/type length to number of chars'),
    'print-attrs': Option.bool(true, 'Print attributes of operations'),
    'print-control-flow-edges': Option.bool(false, 'Print control flow edges'),
    'print-data-flow-edges': Option.bool(true, 'Print data flow edges'),
    output: Option.string('', "Where to write the graph: a file, '-' for stdout, stderr when empty"),
  },
  run(ctx) {
    const o = ctx.options;
    const dot = opGraph(ctx.op, { printAttrs: o['print-attrs'], maxLabelLen: o['max-label-len'], controlFlowEdges: o['print-control-flow-edges'], dataFlowEdges: o['print-data-flow-edges'] });
    if (o.output === '') ctx.output.stderr(dot);
    else if (o.output === '-') ctx.output.stdout(dot);
    else writeFileSync(o.output, dot);
    ctx.markAllAnalysesPreserved();
  },
});
