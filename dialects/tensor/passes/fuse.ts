// tensor-fuse: vertical fusion of TEs. A parallel producer's body moves into its consumer
// (prologue) when that reads each element once, or when recomputing it is cheaper than writing
// and reading it back or fits in the arithmetic a memory-bound consumer leaves idle; otherwise
// a one-to-one consumer of a multi-user producer joins it as another output (epilogue). Every
// decision names the rule that made it (see README.md).
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { FileLineColLoc, type Location, type OpResult, type Operation, type Value } from '../../../lib/ir/index.js';
import { accessKind, combineKinds } from '../analysis/kinds.js';
import { classifyTe } from '../analysis/classify.js';
import { bodyCost, bodySize, domainSize, elementBytes, elementCount, isCompute, isPermutationMap, producerOf, reduces, shapeOf, viewTe } from '../analysis/te.js';
import { readsInBounds, simplifyMapInDomain } from '../analysis/simplify.js';
import { appendConsumer, epilogueChange, epilogueOperands, inlineProducer, readThrough, remapIndexDims, withoutUnusedOutputs } from './merge.js';
import { mergePosition } from './placement.js';

/** What bounds the fusion. */
export interface FuseOptions {
  /** The most ops a fused body may hold. */
  readonly maxBodySize: number;
  /** Whether a producer may be recomputed (read more than once per element, or by several users). */
  readonly allowRecompute: boolean;
  /** Arithmetic operations the target performs in the time it moves one byte to or from memory. */
  readonly flopsPerByte: number;
}

export const DEFAULT_FUSE_OPTIONS: FuseOptions = Object.freeze({ maxBodySize: 64, allowRecompute: true, flopsPerByte: 20 });

/** The outcome for one producer→consumer edge: the rule that decided, and how to fuse if at all. */
export interface FusionDecision {
  readonly rule: string;
  readonly why: string;
  readonly fuse?: 'prologue' | 'epilogue';
  /** For an epilogue: where the merged TE goes. */
  readonly at?: 'first' | 'second';
}

function usesOf(op: Operation): number {
  return op.results.reduce((n, r) => n + r.uses.length, 0);
}

/** Decides the edge from the TE defining `consumer`'s operand `operand` to `consumer`. */
export function decideFusion(consumer: Operation, operand: number, opts: FuseOptions): FusionDecision {
  const read = consumer.operand(operand) as OpResult;
  const producer = read.definingOp;
  const p = viewTe(producer);
  const c = viewTe(consumer);
  if (reduces(p)) {
    return { rule: 'producer-reduces', why: 'the producer is a reduction (many-to-many); its result is materialised' };
  }
  const kind = classifyTe(p, 0).kind;
  const access = accessKind(c.inputMaps[operand], c.outputMaps[0], c.iterators);
  if (!combineKinds(kind, access)) {
    return { rule: 'table-forbids', why: `${kind} then ${access} is × in Souffle's table` };
  }
  const toProducer = readThrough(c.inputMaps[operand], p.outputMaps[read.index]);
  if (!toProducer) return { rule: 'producer-map-not-invertible', why: "the producer's output map is not a permutation" };
  if (!remapIndexDims(producer, toProducer)) {
    return { rule: 'producer-reads-its-index', why: 'the producer reads its own index through a map the consumer cannot express' };
  }
  const fits = producer.operands.every((v, k) => readsInBounds(simplifyMapInDomain(p.inputMaps[k].compose(toProducer), c.bounds), c.bounds, shapeOf(v.type)));
  if (!fits) return { rule: 'bounds-unprovable', why: "interval bounds cannot prove the composed reads of the producer's inputs in bounds" };
  const size = bodySize(producer) + bodySize(consumer);
  if (size > opts.maxBodySize) return { rule: 'body-too-large', why: `the fused body would hold ${size} ops, more than max-body-size=${opts.maxBodySize}` };
  // Reads of the same result through the same map share one inlined value: they count once.
  const sameReads = consumer.operands.filter((v, i) => v === read && c.inputMaps[i] === c.inputMaps[operand]).length;
  const uses = usesOf(producer) - sameReads + 1;
  const elems = elementCount(read.type);
  const reads = domainSize(c.bounds);
  if (uses === 1 && reads <= elems) {
    return { rule: 'prologue', fuse: 'prologue', why: "the only user reads each element once: the producer's body moves into it" };
  }
  const reason = uses > 1 ? `the producer has ${uses} uses` : `the consumer reads each element ${fmt(reads / elems)} times`;
  if (!opts.allowRecompute) {
    return epilogue(producer, consumer, operand) ?? { rule: 'recompute-disallowed', why: `${reason} and allow-recompute=false` };
  }
  const recompute = (reads - elems / uses) * bodyCost(producer);
  const roundTrip = elems * elementBytes(read.type) * (1 + 1 / uses) * opts.flopsPerByte;
  if (recompute <= roundTrip) {
    return { rule: 'recompute-cheaper', fuse: 'prologue', why: `${reason}; recomputing costs ${fmt(recompute)} flops, the round trip ${fmt(roundTrip)}` };
  }
  const slack = idleArithmetic(consumer, opts);
  if (recompute <= slack) {
    return {
      rule: 'recompute-hidden',
      fuse: 'prologue',
      why: `${reason}; the consumer is memory-bound: recomputing costs ${fmt(recompute)} flops, within the ${fmt(slack)} its memory traffic leaves idle`,
    };
  }
  return (
    epilogue(producer, consumer, operand) ?? {
      rule: 'recompute-too-costly',
      why: `${reason}; recomputing costs ${fmt(recompute)} flops, more than the round trip's ${fmt(roundTrip)}`,
    }
  );
}

/**
 * The arithmetic a TE's compulsory memory traffic leaves idle (roofline): the time to read each
 * input and write each output once, in operations, less the work of its body. Recomputation
 * within it costs nothing on a memory-bound TE.
 */
export function idleArithmetic(te: Operation, opts: FuseOptions): number {
  const bytes = [...te.operands, ...te.results].reduce((n, v) => n + elementCount(v.type) * elementBytes(v.type), 0);
  const work = domainSize(viewTe(te).bounds) * bodyCost(te);
  return Math.max(0, bytes * opts.flopsPerByte - work);
}

/** The epilogue decision, when the consumer can join the producer as another output. */
function epilogue(producer: Operation, consumer: Operation, operand: number): FusionDecision | undefined {
  const c = viewTe(consumer);
  // The consumer must read the whole result, each element at one point: a permutation over a domain of the result's size.
  const whole = domainSize(c.bounds) === elementCount(consumer.operand(operand).type);
  if (usesOf(producer) < 2 || reduces(c) || !whole || !isPermutationMap(c.inputMaps[operand])) return undefined;
  const change = epilogueChange(producer, consumer, operand);
  if (!remapIndexDims(consumer, change)) return undefined;
  const p = viewTe(producer);
  const fits = consumer.operands.every((v, i) => v.definingOp === producer || readsInBounds(simplifyMapInDomain(c.inputMaps[i].compose(change), p.bounds), p.bounds, shapeOf(v.type)));
  if (!fits) return undefined;
  if (!epilogueOperands(producer, consumer, operand)) {
    return { rule: 'epilogue-misaligned', why: "the consumer also reads the producer's results at other points" };
  }
  const at = mergePosition(producer, consumer);
  if (at === 'cycle') return { rule: 'epilogue-would-cycle', why: 'the consumer also depends on the producer through other TEs; merging them would create a cycle' };
  if (at === 'order') return { rule: 'epilogue-no-place', why: "no position sees all of the consumer's inputs before the producer's other users" };
  return { rule: 'epilogue', fuse: 'epilogue', at, why: "the producer has other users: the consumer's body joins it as another output" };
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

/** What fuseVertically did. */
export interface FuseCounts {
  prologue: number;
  epilogue: number;
  erased: number;
  /** Unused outputs dropped from TEs. */
  pruned: number;
}

/**
 * Fuses the TEs of `root` vertically, visiting consumers in order. `explain` receives each
 * decision once, at the consumer it concerns.
 */
export function fuseVertically(
  root: Operation,
  opts: FuseOptions,
  explain?: (consumer: Operation, operand: number, d: FusionDecision) => void,
): FuseCounts {
  const counts: FuseCounts = { prologue: 0, epilogue: 0, erased: 0, pruned: 0 };
  const queue: Operation[] = [];
  root.walk((op) => void (op !== root && isCompute(op) && queue.push(op)), 'pre');
  // A consumer is scanned again after each fusion into it: an edge that was already refused
  // (same consumer location, same tensor, same rule) is explained once.
  const said = new Map<Location, Map<Value, string>>();
  const tell = (consumer: Operation, operand: number, d: FusionDecision) => {
    if (!explain) return;
    const seen = said.get(consumer.location) ?? new Map<Value, string>();
    said.set(consumer.location, seen);
    const tensor = consumer.operand(operand);
    if (seen.get(tensor) === d.rule) return;
    seen.set(tensor, d.rule);
    explain(consumer, operand, d);
  };
  // An index, not shift(): shifting a queue of thousands of TEs is quadratic.
  for (let next = 0; next < queue.length; next++) {
    let consumer = queue[next];
    if (!consumer.parent) continue;
    for (let j = 0; j < consumer.numOperands; j++) {
      const producer = producerOf(consumer.operand(j));
      if (!producer || producer.parent !== consumer.parent) continue;
      const d = decideFusion(consumer, j, opts);
      tell(consumer, j, d);
      if (d.fuse === 'prologue') {
        const fused = inlineProducer(consumer, j);
        consumer.replaceAllUsesWith(fused.results);
        consumer.erase();
        if (usesOf(producer) === 0) {
          producer.erase();
          counts.erased++;
        }
        counts.prologue++;
        consumer = fused;
        j = -1;
      } else if (d.fuse === 'epilogue') {
        const merged = appendConsumer(producer, consumer, j, d.at === 'first' ? producer : consumer);
        producer.replaceAllUsesWith(merged.results.slice(0, producer.numResults));
        consumer.replaceAllUsesWith(merged.results.slice(producer.numResults));
        consumer.erase();
        producer.erase();
        counts.epilogue++;
        queue.push(merged);
        break;
      }
    }
  }
  // An epilogue may leave a producer output whose only reader joined it: drop such outputs.
  const tes: Operation[] = [];
  root.walk((op) => void (op !== root && isCompute(op) && tes.push(op)));
  for (const op of tes) {
    const pruned = withoutUnusedOutputs(op);
    if (!pruned) continue;
    pruned.kept.forEach((o, k) => op.result(o).replaceAllUsesWith(pruned.op.result(k)));
    op.erase();
    counts.pruned++;
  }
  return counts;
}

const fuseOptions = {
  'max-body-size': Option.int(DEFAULT_FUSE_OPTIONS.maxBodySize, 'The most ops a fused body may hold'),
  'allow-recompute': Option.bool(DEFAULT_FUSE_OPTIONS.allowRecompute, 'Let a producer be recomputed by a consumer that reads it several times, or by each of several users'),
  'flops-per-byte': Option.int(DEFAULT_FUSE_OPTIONS.flopsPerByte, 'Operations the target performs per byte of memory traffic (the recomputation trade-off)'),
};

function optionsOf(o: { 'max-body-size': number; 'allow-recompute': boolean; 'flops-per-byte': number }): FuseOptions {
  return { maxBodySize: o['max-body-size'], allowRecompute: o['allow-recompute'], flopsPerByte: o['flops-per-byte'] };
}

/** The remark text of a decision. */
/** The remark text of a decision about `consumer`'s operand `operand`; names the producer's line when it has one. */
export function describeDecision(consumer: Operation, operand: number, d: FusionDecision): string {
  const at = consumer.operand(operand).definingOp?.location;
  const where = at instanceof FileLineColLoc ? ` [producer at line ${at.line}]` : '';
  return `${d.fuse ? `fused (${d.fuse})` : 'not fused'} with the producer of operand #${operand} by rule '${d.rule}': ${d.why}${where}`;
}

export const fusePass = definePass({
  name: 'tensor-fuse',
  summary: 'Fuse chains of TEs vertically (prologue and epilogue fusion)',
  description:
    'One-to-one producers move into their consumers; producers read several times are recomputed where that is ' +
    'cheaper than the memory round trip; with allow-recompute=false a consumer joins a multi-user producer as another output.',
  anchor: 'func.func',
  options: { ...fuseOptions, explain: Option.bool(false, 'Emit a remark per edge naming the rule that decided it') },
  statistics: { 'num-prologue': 'Producers moved into a consumer', 'num-epilogue': 'Consumers merged into a producer', 'num-erased': 'Producers erased' },
  run(ctx) {
    const explain = ctx.options.explain ? (c: Operation, j: number, d: FusionDecision) => void c.emitRemark(describeDecision(c, j, d)) : undefined;
    const counts = fuseVertically(ctx.op, optionsOf(ctx.options), explain);
    ctx.addStatistic('num-prologue', counts.prologue);
    ctx.addStatistic('num-epilogue', counts.epilogue);
    ctx.addStatistic('num-erased', counts.erased);
    if (counts.prologue + counts.epilogue === 0) ctx.markAllAnalysesPreserved();
  },
});

export const explainFusionPass = definePass({
  name: 'tensor-explain-fusion',
  summary: 'Explain, as remarks, what tensor-fuse would decide for every edge (the IR is left unchanged)',
  anchor: 'func.func',
  options: fuseOptions,
  run(ctx) {
    // Fusion runs on a copy; its ops keep the original locations, so the remarks point at the input.
    const copy = ctx.op.clone();
    fuseVertically(copy, optionsOf(ctx.options), (c, j, d) => void c.emitRemark(describeDecision(c, j, d)));
    copy.erase();
    ctx.markAllAnalysesPreserved();
  },
});
