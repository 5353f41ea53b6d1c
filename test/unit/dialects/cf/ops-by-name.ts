// Shared by the cf, scf and memref dialect tests: parse and verify a source, then index its ops by name.
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import type { Operation } from '../../../../lib/ir/index.js';
import { roundTrip } from '../../dialect/harness.js';

/** The last op of each name in `source`, after asserting that it verifies. */
export function opsByName(source: string): Map<string, Operation> {
  const r = roundTrip(createContext(), source);
  assert.ok(r.verified, r.errors.join('\n'));
  const found = new Map<string, Operation>();
  r.module!.walk((op) => void found.set(op.name.name, op));
  return found;
}
