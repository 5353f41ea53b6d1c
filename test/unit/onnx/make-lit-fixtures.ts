// Writes the lit tests' .onnx fixtures: `node scripts/build.mjs && node build/test/unit/onnx/make-lit-fixtures.js` from the repository root.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from './model-builder.js';
import { FIXTURE_DIR, litFixtures } from './lit-fixtures.js';

mkdirSync(FIXTURE_DIR, { recursive: true });
for (const [name, spec] of Object.entries(litFixtures)) writeFileSync(join(FIXTURE_DIR, name), buildModel(spec));
console.log(`wrote ${Object.keys(litFixtures).length} models to ${FIXTURE_DIR}`);
