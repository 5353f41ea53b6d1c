// Building merged TEs: a producer's body inlined at a consumer's read (prologue), a consumer's
// body added to its producer as another output (epilogue), and independent TEs side by side
// (horizontal). The callers decide whether a merge is wanted; these functions only build it.
import { AffineMap, inversePermutation } from '../../../lib/affine/index.js';
import { Builder, IRMapping, IntegerAttr, IntegerType, type Block, type OpResult, type Operation, type Value } from '../../../lib/ir/index.js';
import { buildCompute, computeBody, explicitInits, yieldedValues, type ComputeSpec } from '../index.js';
import { isPermutationMap, viewTe } from '../analysis/te.js';
import { simplifyMapInDomain } from '../analysis/simplify.js';

/**
 * The map from a consumer's domain to the producer's domain that a read through `read` (the
 * consumer's map of the producer's result) corresponds to, given the producer's output map;
 * undefined unless the output map is a permutation (it can then be inverted).
 */
export function readThrough(read: AffineMap, producerOutput: AffineMap): AffineMap | undefined {
  if (!isPermutationMap(producerOutput)) return undefined;
  return inversePermutation(producerOutput)!.compose(read);
}

/**
 * For each `tensor.index` in `te`'s body, the dim it reads after the domain is changed through
 * `change` (new domain → old domain); undefined when one of them is not a plain dim there.
 */
export function remapIndexDims(te: Operation, change: AffineMap): Map<number, number> | undefined {
  const dims = new Map<number, number>();
  for (const op of computeBody(te)) {
    if (op.name.name !== 'tensor.index') continue;
    const d = Number((op.getAttr('dim') as IntegerAttr).value);
    const e = change.results[d];
    if (e?.kind !== 'dim') return undefined;
    dims.set(d, e.position);
  }
  return dims;
}

/** The inputs of a TE being built: (value, map) pairs, each pair once. */
class Inputs {
  readonly values: Value[] = [];
  readonly maps: AffineMap[] = [];
  /** Adds the pair (or finds it) and returns its position. */
  add(value: Value, map: AffineMap): number {
    const at = this.values.findIndex((v, i) => v === value && this.maps[i] === map);
    if (at >= 0) return at;
    this.values.push(value);
    this.maps.push(map);
    return this.values.length - 1;
  }
}

/**
 * Clones the ops of `te`'s body that the yields at `outputs` need, at `b`'s insertion point,
 * with its block arguments mapped by `mapping` and `tensor.index` dims renumbered by `dims`;
 * returns the values those yields get.
 */
function cloneBody(te: Operation, outputs: readonly number[], b: Builder, mapping: IRMapping, dims?: ReadonlyMap<number, number>): Value[] {
  const body = computeBody(te);
  const yields = yieldedValues(te);
  const needed = new Set<Operation>();
  const stack = outputs.map((o) => yields[o]);
  while (stack.length) {
    const def = stack.pop()!.definingOp;
    if (!def || def.parent !== body || needed.has(def)) continue;
    needed.add(def);
    stack.push(...def.operands);
  }
  for (const op of body) {
    if (!needed.has(op)) continue;
    const copy = b.insert(op.clone(mapping));
    const d = op.name.name === 'tensor.index' ? dims?.get(Number((op.getAttr('dim') as IntegerAttr).value)) : undefined;
    if (d !== undefined) copy.setAttrOrProp('dim', IntegerAttr.get(IntegerType.get(b.context, 64), d));
  }
  return outputs.map((o) => mapping.lookup(yields[o]));
}

function mapArgs(block: Block, positions: readonly number[], args: readonly Value[], mapping: IRMapping): void {
  positions.forEach((p, i) => mapping.map(block.arguments[i], args[p]));
}

/**
 * Prologue fusion: a new consumer in which the read of operand `operand` (a result of a
 * parallel TE whose output map is a permutation) is replaced by the producer's body, reading
 * the producer's inputs through composed maps. Inserted before the consumer, which is left
 * in place for the caller to replace.
 */
export function inlineProducer(consumer: Operation, operand: number): Operation {
  const c = viewTe(consumer);
  const read = consumer.operand(operand);
  const producer = read.definingOp!;
  const p = viewTe(producer);
  const result = (read as OpResult).index;
  const toProducer = readThrough(c.inputMaps[operand], p.outputMaps[result])!;
  const dims = remapIndexDims(producer, toProducer);
  const inputs = new Inputs();
  const consumerSlots: number[] = [];
  const producerSlots: number[] = [];
  // Every read of the same result through the same map gets the one inlined value.
  consumer.operands.forEach((v, i) => {
    if (i === operand) {
      producer.operands.forEach((pv, k) => producerSlots.push(inputs.add(pv, simplifyMapInDomain(p.inputMaps[k].compose(toProducer), c.bounds))));
      consumerSlots.push(-1);
    } else if (v === read && c.inputMaps[i] === c.inputMaps[operand]) consumerSlots.push(-1);
    else consumerSlots.push(inputs.add(v, c.inputMaps[i]));
  });
  return buildLike(consumer, consumer, inputs, {
    body: (bb, args) => {
      const mapping = new IRMapping();
      mapArgs(computeBody(producer), producerSlots, args, mapping);
      const [value] = cloneBody(producer, [result], bb, mapping, dims);
      consumerSlots.forEach((slot, i) => mapping.map(computeBody(consumer).arguments[i], slot < 0 ? value : args[slot]));
      return cloneBody(consumer, consumer.results.map((_, o) => o), bb, mapping);
    },
  });
}

/** The map from the producer's domain to the consumer's, for an epilogue through `operand`. */
export function epilogueChange(producer: Operation, consumer: Operation, operand: number): AffineMap {
  const read = viewTe(consumer).inputMaps[operand];
  // Producer point → the consumer point that reads what it wrote.
  return inversePermutation(read)!.compose(viewTe(producer).outputMaps[(consumer.operand(operand) as OpResult).index]);
}

/**
 * For each operand of `consumer`, the producer result it reads at the very point that computes
 * it (so that an epilogue can use the yielded value), or -1 for an operand read from memory;
 * undefined when the consumer reads a producer result elsewhere, which an epilogue cannot.
 */
export function epilogueOperands(producer: Operation, consumer: Operation, operand: number): number[] | undefined {
  const change = epilogueChange(producer, consumer, operand);
  const p = viewTe(producer);
  const c = viewTe(consumer);
  const out: number[] = [];
  for (let i = 0; i < consumer.numOperands; i++) {
    const v = consumer.operand(i);
    if (v.definingOp !== producer) {
      out.push(-1);
      continue;
    }
    const r = (v as OpResult).index;
    if (simplifyMapInDomain(c.inputMaps[i].compose(change), p.bounds) !== p.outputMaps[r]) return undefined;
    out.push(r);
  }
  return out;
}

/**
 * Epilogue fusion: a new producer that also computes `consumer` (a parallel TE reading the
 * producer's result through a permutation of its own domain at operand `operand`) as extra
 * outputs. Inserted at `before`; the caller replaces both ops' results.
 */
export function appendConsumer(producer: Operation, consumer: Operation, operand: number, before: Operation): Operation {
  const p = viewTe(producer);
  const c = viewTe(consumer);
  const toConsumer = epilogueChange(producer, consumer, operand);
  const dims = remapIndexDims(consumer, toConsumer);
  const own = epilogueOperands(producer, consumer, operand)!;
  const inputs = new Inputs();
  const producerSlots = producer.operands.map((v, k) => inputs.add(v, p.inputMaps[k]));
  const consumerSlots = consumer.operands.map((v, i) =>
    own[i] >= 0 ? -1 : inputs.add(v, simplifyMapInDomain(c.inputMaps[i].compose(toConsumer), p.bounds)),
  );
  return buildLike(producer, before, inputs, {
    resultTypes: [...producer.resultTypes, ...consumer.resultTypes],
    outputMaps: [...p.outputMaps, ...c.outputMaps.map((m) => simplifyMapInDomain(m.compose(toConsumer), p.bounds))],
    combiners: [...p.combiners, ...c.combiners],
    inits: [...explicitInits(producer), ...explicitInits(consumer)],
    body: (bb, args) => {
      const mapping = new IRMapping();
      mapArgs(computeBody(producer), producerSlots, args, mapping);
      const yielded = cloneBody(producer, producer.results.map((_, o) => o), bb, mapping);
      consumerSlots.forEach((slot, i) => mapping.map(computeBody(consumer).arguments[i], slot < 0 ? yielded[own[i]] : args[slot]));
      return [...yielded, ...cloneBody(consumer, consumer.results.map((_, o) => o), bb, mapping, dims)];
    },
  });
}

/**
 * A TE without its unused outputs (built before `te`, which the caller replaces), or undefined
 * when every output is used or none is.
 */
export function withoutUnusedOutputs(te: Operation): { op: Operation; kept: number[] } | undefined {
  const kept = te.results.flatMap((r, o) => (r.useEmpty ? [] : [o]));
  if (kept.length === te.numResults || kept.length === 0) return undefined;
  const t = viewTe(te);
  const inits = explicitInits(te);
  const inputs = new Inputs();
  const slots = te.operands.map((v, i) => inputs.add(v, t.inputMaps[i]));
  const op = buildLike(te, te, inputs, {
    resultTypes: kept.map((o) => te.result(o).type),
    outputMaps: kept.map((o) => t.outputMaps[o]),
    combiners: kept.map((o) => t.combiners[o]),
    inits: kept.map((o) => inits[o]),
    body: (bb, args) => {
      const mapping = new IRMapping();
      mapArgs(computeBody(te), slots, args, mapping);
      return cloneBody(te, kept, bb, mapping);
    },
  });
  return { op, kept };
}

/**
 * Horizontal fusion: one TE computing every output of `tes` (same domain and iterators), with
 * their inputs merged (a shared input read through the same map is read once). Inserted at
 * `before`; results are the TEs' results in order.
 */
export function mergeSideBySide(tes: readonly Operation[], before: Operation): Operation {
  const views = tes.map((op) => viewTe(op));
  const inputs = new Inputs();
  const slots = views.map((t) => t.op.operands.map((v, k) => inputs.add(v, t.inputMaps[k])));
  return buildLike(tes[0], before, inputs, {
    resultTypes: tes.flatMap((op) => op.resultTypes),
    outputMaps: views.flatMap((t) => t.outputMaps),
    combiners: views.flatMap((t) => t.combiners),
    inits: tes.flatMap((op) => explicitInits(op)),
    body: (bb, args) =>
      tes.flatMap((op, t) => {
        const mapping = new IRMapping();
        mapArgs(computeBody(op), slots[t], args, mapping);
        return cloneBody(op, op.results.map((_, o) => o), bb, mapping);
      }),
  });
}

/**
 * Builds, before `before`, a TE with `template`'s domain, outputs and location, reading
 * `inputs`; `changes` overrides the rest of the spec and gives the body.
 */
function buildLike(template: Operation, before: Operation, inputs: Inputs, changes: Partial<ComputeSpec> & Pick<ComputeSpec, 'body'>): Operation {
  const t = viewTe(template);
  const b = new Builder(template.context);
  b.setInsertionPointBefore(before);
  return buildCompute(b, template.location, {
    resultTypes: template.resultTypes,
    bounds: t.bounds,
    iterators: t.iterators,
    outputMaps: t.outputMaps,
    combiners: t.combiners,
    inits: explicitInits(template),
    inputs: inputs.values,
    inputMaps: inputs.maps,
    ...changes,
  });
}
