// The checked-in lit fixtures are exactly what their specs build (rerun make-lit-fixtures after changing one).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from './model-builder.js';
import { FIXTURE_DIR, litFixtures } from './lit-fixtures.js';

for (const [name, spec] of Object.entries(litFixtures)) {
  test(name, () => {
    const onDisk = readFileSync(join(FIXTURE_DIR, name));
    assert.ok(Buffer.from(buildModel(spec)).equals(onDisk), `${FIXTURE_DIR}/${name} is stale: run node build/test/unit/onnx/make-lit-fixtures.js`);
  });
}

test.run();
