// The attribute dictionary MLIR's `op->getAttrs()` returns: properties and discardable
// attributes merged in name order.
import { compareNames, type NamedAttribute } from '../ir/attributes.js';
import type { Operation } from '../ir/operation.js';

/** Properties and discardable attributes of `op`, merged and sorted by name. */
export function mergedAttributes(op: Operation): NamedAttribute[] {
  const props = op.properties.entries;
  const attrs = op.attributes.entries;
  if (props.length === 0) return attrs as NamedAttribute[];
  if (attrs.length === 0) return props as NamedAttribute[];
  const out: NamedAttribute[] = [];
  let i = 0;
  let j = 0;
  while (i < props.length && j < attrs.length) out.push(compareNames(props[i].name, attrs[j].name) <= 0 ? props[i++] : attrs[j++]);
  while (i < props.length) out.push(props[i++]);
  while (j < attrs.length) out.push(attrs[j++]);
  return out;
}
