// Unit test of gpu-cost-report's JSON: the keys scripts read, with the L2 figures and the ones
// without L2 side by side, for a function and for its recorded eager baseline (the test MLP).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { costReport, costReportJson, formatCostReport } from '../../../../../dialects/gpu/passes/cost-report.js';
import { recordBaseline } from '../../../../../dialects/gpu/passes/cost-report-baseline.js';
import { gpuProfile } from '../../../../../lib/target/gpu-profiles.js';
import { load } from '../../tensor/passes/helpers.js';

const root = fileURLToPath(new URL('../../../../../../', import.meta.url));

test('the JSON has dram_bytes_read (after L2), dram_bytes_read_no_l2 and l2_bytes for the function and its baseline', () => {
  const module = load(readFileSync(`${root}test/models/mlp.mlir`, 'utf8'), 'mlp.mlir');
  recordBaseline(module.regions[0].blocks[0].operations[0]);
  const a100 = gpuProfile('a100')!;
  const reports = costReport(module, a100);
  const json = costReportJson(reports, a100) as { functions: Record<string, unknown>[] };
  const f = json.functions[0];
  for (const key of ['dram_bytes_read', 'dram_bytes_read_no_l2', 'dram_bytes_written', 'l2_bytes', 'flops', 'tensor_flops', 'estimated_ms']) assert.ok(key in f, key);
  // The MLP's eager baseline: 5608 bytes read without L2; with it, only the compulsory 3752; all
  // 5608 and the 2016 written cross the L2.
  assert.equal(f.baseline, { kernels: 6, dram_bytes_read: 3752, dram_bytes_read_no_l2: 5608, dram_bytes_written: 2016, l2_bytes: 7624, flops: 7152, estimated_ms: (f.baseline as { estimated_ms: number }).estimated_ms });
  assert.match(formatCostReport(reports, a100), 'eager baseline: 6 kernels, DRAM 0.004 MB read (0.006 without L2)');
});

test.run();
