// print-op-stats: counts the ops of each name, in mlir-opt's table layout or as JSON.
import { definePass } from '../pass/pass.js';
import { Option } from '../pass/options.js';

export const printOpStatsPass = definePass({
  name: 'print-op-stats',
  displayName: 'PrintOpStats',
  summary: 'Print statistics of operations',
  options: { json: Option.bool(false, 'print the stats as JSON') },
  run(ctx) {
    const counts = new Map<string, number>();
    ctx.op.walk((op) => void counts.set(op.name.name, (counts.get(op.name.name) ?? 0) + 1));
    const names = [...counts.keys()].sort();
    let text: string;
    if (ctx.options.json) {
      text = `{\n${names.map((n) => `  "${n}" : ${counts.get(n)}`).join(',\n')}\n}\n`;
    } else {
      const split = names.map((n) => {
        const dot = n.indexOf('.');
        return dot < 0 ? ['', n] : [n.slice(0, dot), n.slice(dot + 1)];
      });
      const dialectWidth = Math.max(0, ...split.map(([d]) => d.length));
      const opWidth = Math.max(0, ...split.map(([, o]) => o.length));
      const rows = names.map((n, i) => {
        const [d, o] = split[i];
        return `  ${d.padStart(dialectWidth)}${d ? '.' : ' '}${o.padEnd(opWidth)} , ${counts.get(n)}`;
      });
      text = `Operations encountered:\n-----------------------\n${rows.join('\n')}\n`;
    }
    ctx.output.stderr(text);
    ctx.markAllAnalysesPreserved();
  },
});
