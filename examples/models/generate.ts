// Rewrites the shipped model files (examples/models/*.mlir and small/*.mlir) from the builders,
// and the table of what each holds in examples/models/README.md: `node build/examples/models/generate.js`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FULL_MODELS, SMALL_MODELS } from './catalog.js';

/** examples/models in the source tree (this file runs from build/examples/models). */
const MODELS_DIR = fileURLToPath(new URL('../../../examples/models/', import.meta.url));

const BEGIN = '<!-- generated table: begin -->';
const END = '<!-- generated table: end -->';

function main(): void {
  const rows = ['| file | graph ops | argument elements | KiB | ops by kind |', '|---|---|---|---|---|'];
  for (const m of [...FULL_MODELS, ...SMALL_MODELS]) {
    const p = m.make();
    const file = join(MODELS_DIR, m.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, p.text);
    const kinds = [...p.opCounts].map(([n, c]) => `${n.replace('graph.', '')} ${c}`).join(', ');
    rows.push(`| ${m.path} | ${p.ops} | ${p.parameters.toLocaleString('en-US')} | ${Math.ceil(p.text.length / 1024)} | ${kinds} |`);
  }
  const readme = join(MODELS_DIR, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const [head, rest] = text.split(BEGIN);
  if (rest === undefined || !rest.includes(END)) throw new Error(`${readme} lacks the ${BEGIN} ... ${END} markers`);
  writeFileSync(readme, `${head}${BEGIN}\n${rows.join('\n')}\n${END}${rest.slice(rest.indexOf(END) + END.length)}`);
  console.log(`wrote ${FULL_MODELS.length + SMALL_MODELS.length} models and the table in ${readme}`);
}

main();
