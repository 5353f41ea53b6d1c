// tensor-classify: Souffle's global analysis over the TEs of an op. Each TE gets its kind, each
// producer→consumer edge the combined kind of the operator-pair table, its data reuse and
// whether it needs a global synchronisation. Passes query it through the analysis manager.
import type { OpResult, Operation } from '../../../lib/ir/index.js';
import { accessKind, combineKinds, isLocalAccess, teKind, type TeKind } from './kinds.js';
import { domainSize, elementCount, isCompute, producerOf, viewTe, type TeView } from './te.js';
import { dimName } from '../index.js';

/** One TE of the analysed op. */
export interface TeNode {
  readonly te: TeView;
  /** Position among the op's TEs in walk order (`te #N` in remarks). */
  readonly index: number;
  readonly kind: TeKind;
  /** How the TE reads each input (see accessKind). */
  readonly inputKinds: readonly TeKind[];
}

/** A value made by one TE and read by another. */
export interface TeEdge {
  readonly producer: TeNode;
  /** Which result of the producer. */
  readonly result: number;
  readonly consumer: TeNode;
  /** Which operand (input) of the consumer. */
  readonly operand: number;
  /** The table's kind of the pair (producer kind, consumer's access kind); undefined for ×. */
  readonly combined: TeKind | undefined;
  /** Average number of times the consumer reads each element of the tensor (domain points / elements). */
  readonly reuse: number;
  /** True when the consumer needs parts of the tensor that other parts of the producer computed. */
  readonly globalSync: boolean;
}

/** The classification of every TE nested in an op, and of the edges between them. */
export class TensorClassification {
  // The issue's name for the analysis; timing reports show it.
  static readonly analysisName = 'tensor-classify';
  readonly nodes: TeNode[] = [];
  readonly edges: TeEdge[] = [];
  private readonly byOp = new Map<Operation, TeNode>();

  constructor(root: Operation) {
    root.walk((op) => {
      if (op === root || !isCompute(op)) return;
      const node = classifyTe(viewTe(op), this.nodes.length);
      this.nodes.push(node);
      this.byOp.set(op, node);
    }, 'pre');
    for (const consumer of this.nodes) {
      consumer.te.op.operands.forEach((v, operand) => {
        const producerOp = producerOf(v);
        const producer = producerOp && this.byOp.get(producerOp);
        if (!producer) return;
        this.edges.push(classifyEdge(producer, (v as OpResult).index, consumer, operand));
      });
    }
  }

  /** The node of a TE, when it is one of the analysed op's. */
  node(op: Operation): TeNode | undefined {
    return this.byOp.get(op);
  }

  /** The edges into `op`, by operand. */
  edgesInto(op: Operation): TeEdge[] {
    return this.edges.filter((e) => e.consumer.te.op === op);
  }

  /** The edges out of `op`. */
  edgesFrom(op: Operation): TeEdge[] {
    return this.edges.filter((e) => e.producer.te.op === op);
  }
}

/** The kinds of one TE. */
export function classifyTe(te: TeView, index: number): TeNode {
  const output = te.outputMaps[0];
  const inputKinds = output ? te.inputMaps.map((m) => accessKind(m, output, te.iterators)) : te.inputMaps.map(() => 'many-to-many' as const);
  const kind = output ? teKind(te.inputMaps, output, te.iterators) : 'many-to-many';
  return { te, index, kind, inputKinds };
}

/** The combined kind, reuse and synchronisation of the edge from `producer`'s result to `consumer`'s operand. */
export function classifyEdge(producer: TeNode, result: number, consumer: TeNode, operand: number): TeEdge {
  const c = consumer.te;
  const tensor = c.op.operand(operand);
  const output = c.outputMaps[0];
  const access = consumer.inputKinds[operand] ?? 'many-to-many';
  return {
    producer,
    result,
    consumer,
    operand,
    combined: combineKinds(producer.kind, access),
    reuse: domainSize(c.bounds) / elementCount(tensor.type),
    globalSync: !output || !isLocalAccess(c.inputMaps[operand], output, c.iterators),
  };
}

/** `[i: 128, k: 64 reduce]`, the domain as the custom syntax writes it. */
export function describeDomain(te: TeView): string {
  return `[${te.bounds.map((b, d) => `${dimName(d)}: ${b}${te.iterators[d] === 'reduction' ? ' reduce' : ''}`).join(', ')}]`;
}

/** The remark the analysis prints for a TE. */
export function describeNode(n: TeNode): string {
  return `te #${n.index} is ${n.kind} over ${describeDomain(n.te)}; reads ${n.inputKinds.join(', ') || 'nothing'}`;
}

/** The remark the analysis prints for an edge. */
export function describeEdge(e: TeEdge): string {
  const reuse = Number.isInteger(e.reuse) ? String(e.reuse) : e.reuse.toFixed(2);
  const access = e.consumer.inputKinds[e.operand];
  return (
    `edge te #${e.producer.index} -> te #${e.consumer.index} (operand #${e.operand}): ${e.producer.kind} then ${access} ` +
    `gives ${e.combined ?? '× (no fusion)'}; reuse ${reuse}; ${e.globalSync ? 'global sync' : 'local'}`
  );
}
