// block-print-deps and block-deps-dot: the block-dependency analysis as remarks (one per edge:
// class, fan-in per consumer tile, bytes crossing) and as a Graphviz DOT drawing.
import { writeFileSync } from 'node:fs';
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { BlockDependency, type BlockEdge, type TileNode } from '../analysis/dependency.js';

/** Above this many tiles in a program, the independent pairs are counted, not listed. */
const MAX_LISTED_TILES = 64;

/** `@mm -> @relu: identity, fan-in 1 (1..1 per tile, 8 tiles), 16384 bytes`. */
export function describeEdge(e: BlockEdge): string {
  const fanIn = e.fanInMin === e.fanInMax ? `${e.fanInMax}` : `${e.fanInMin}..${e.fanInMax}`;
  return `@${e.producer.name} -> @${e.consumer.name}: ${e.kind}, fan-in ${fanIn} per tile over ${e.consumer.count} tiles, ${e.bytes} bytes`;
}

const shape = (xs: readonly number[]) => xs.join('x');

export const printDepsPass = definePass({
  name: 'block-print-deps',
  summary: 'Print the block-level dependency of every edge of every block.program as remarks',
  description:
    'One remark per producer→consumer edge, on the consumer tile: its class (identity, bounded, slab, all), the producer tiles each ' +
    'consumer tile needs and the bytes the consumer tiles read across it. Pairs of tiles with no path between them get a `none` remark ' +
    `(listed for programs of up to ${MAX_LISTED_TILES} tiles, counted above).`,
  anchor: 'func.func',
  run(ctx) {
    const deps = ctx.getAnalysis(BlockDependency);
    for (const e of deps.edges) e.consumer.op.emitRemark(describeEdge(e));
    const byProgram = new Map<unknown, [TileNode, TileNode][]>();
    for (const pair of deps.independentPairs()) (byProgram.get(pair[0].program) ?? byProgram.set(pair[0].program, []).get(pair[0].program)!).push(pair);
    for (const pairs of byProgram.values()) {
      const program = pairs[0][0].program;
      const tiles = deps.tiles.filter((t) => t.program === program).length;
      if (tiles > MAX_LISTED_TILES) program.emitRemark(`${pairs.length} pairs of tiles are independent (none)`);
      else for (const [a, b] of pairs) b.op.emitRemark(`@${a.name} -- @${b.name}: none`);
    }
    ctx.markAllAnalysesPreserved();
  },
});

const COLOURS: Readonly<Record<string, string>> = Object.freeze({ identity: 'darkgreen', bounded: 'orange', slab: 'blue', all: 'red' });

/** The analysis as Graphviz DOT: one cluster per program, a node per tiled TE (grid and tile), an edge per dependency. */
export function depsToDot(deps: BlockDependency): string {
  const lines = ['digraph block_deps {', '  node [shape=box, fontname="monospace"];'];
  const programs = [...new Set(deps.tiles.map((t) => t.program))];
  programs.forEach((program, p) => {
    lines.push(`  subgraph cluster_${p} {`, `    label="block.program #${p}";`);
    for (const t of deps.tiles.filter((x) => x.program === program)) {
      lines.push(`    t${t.index} [label="@${t.name}\\ngrid ${shape(t.grid)} (${t.count} tiles)\\ntile ${shape(t.tile)}"];`);
    }
    lines.push('  }');
  });
  for (const e of deps.edges) {
    const fanIn = e.fanInMin === e.fanInMax ? `${e.fanInMax}` : `${e.fanInMin}..${e.fanInMax}`;
    lines.push(`  t${e.producer.index} -> t${e.consumer.index} [label="${e.kind}\\nfan-in ${fanIn}\\n${e.bytes} B", color=${COLOURS[e.kind]}];`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

export const depsDotPass = definePass({
  name: 'block-deps-dot',
  summary: 'Write the block-level dependencies as a Graphviz DOT file',
  description: 'Nodes are tiled TEs (grid and tile sizes), edges are dependencies coloured by class and labelled with fan-in and bytes.',
  anchor: 'builtin.module',
  options: { file: Option.string('', 'the DOT file to write') },
  run(ctx) {
    if (!ctx.options.file) {
      ctx.fail("block-deps-dot needs a file to write: --block-deps-dot='file=deps.dot'");
      return;
    }
    try {
      writeFileSync(ctx.options.file, depsToDot(ctx.getAnalysis(BlockDependency)));
    } catch (e) {
      ctx.fail(`cannot write '${ctx.options.file}': ${(e as Error).message}`);
      return;
    }
    ctx.markAllAnalysesPreserved();
  },
});
