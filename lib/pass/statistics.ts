// The pass statistics report (--mlir-pass-statistics), in mlir-opt's pipeline layout.
import { Pass } from './pass.js';
import type { OpPassManager } from './pass-manager.js';

/** Renders the counters every pass of `pm` declared, nested as the pipeline is. */
export function passStatisticsReport(pm: OpPassManager): string {
  const lines = [
    '===-------------------------------------------------------------------------===',
    '                         ... Pass statistics report ...',
    '===-------------------------------------------------------------------------===',
  ];
  const visit = (m: OpPassManager, depth: number): void => {
    for (const e of m.elements) {
      const pad = '  '.repeat(depth);
      if (e instanceof Pass) {
        if (e.statistics.size === 0) continue;
        lines.push(`${pad}${e.displayName}`);
        const width = Math.max(...[...e.statistics.values()].map((v) => String(v).length));
        const nameWidth = Math.max(...[...e.statistics.keys()].map((k) => k.length));
        for (const [name, value] of e.statistics) {
          lines.push(`${pad}  (S) ${String(value).padStart(width)} ${name.padEnd(nameWidth)} - ${e.definition.statistics[name]}`);
        }
      } else if (e.passes.some((p) => p.statistics.size > 0)) {
        lines.push(`${pad}'${e.anchor}' Pipeline`);
        visit(e, depth + 1);
      }
    }
  };
  visit(pm, 0);
  return `${lines.join('\n')}\n`;
}
