// IR fingerprints for expensive checks: a pattern that reports success must have changed the IR.
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';
import type { Block } from '../ir/block.js';

/**
 * A string that changes when anything under `op` changes: op names and order, operands,
 * attributes, properties, result types, successors, block arguments and locations. Values
 * and blocks are numbered by identity, so replacing a value by another changes it too.
 */
export function fingerprint(op: Operation): string {
  const values = new Map<Value, number>();
  const blocks = new Map<Block, number>();
  const id = (v: Value) => values.get(v) ?? (values.set(v, values.size), values.size - 1);
  const bid = (b: Block) => blocks.get(b) ?? (blocks.set(b, blocks.size), blocks.size - 1);
  const parts: string[] = [];
  op.walk((o) => {
    parts.push(`${o.name.name}|${o.attributes.id}|${o.properties.id}|${o.location.id}|${o.operands.map(id).join(',')}|${o.resultTypes.map((t) => t.id).join(',')}|${o.results.map(id).join(',')}|${o.successors.map(bid).join(',')}`);
    for (const r of o.regions) {
      parts.push(`r${r.blocks.length}`);
      for (const b of r.blocks) parts.push(`b${bid(b)}:${b.arguments.map((a) => `${id(a)}:${a.type.id}`).join(',')}`);
    }
  }, 'pre');
  return parts.join('\n');
}
